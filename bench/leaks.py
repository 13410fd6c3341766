"""Test strings copied from the evaluation pages: every string constant of 25 or more
characters in tests/*.py that occurs verbatim in a ground-truth body.

    python bench/leaks.py
    python bench/leaks.py --pages DIR [DIR ...]   # outside pages too (HTML, JSON, text)

Why: the pages of ../shared/evaldata are for measuring and must not be copied into the
project; a sentence from a check-half page in a test also pins its reading before any audit
hears it. An early test table held 33 such strings (replaced by invented ones of the same
shape); this keeps it from recurring. The stock titles of the synthetic pages in
tests/test_extract.py ("The Best Home Security Cameras of 2026") and a stock disclaimer are
generic phrases, listed here as known.
"""

from __future__ import annotations

import ast
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.normalize import EVALDATA  # noqa: E402

#: Generic phrases anyone writes, found on some page too: not copies.
KNOWN = frozenset({
    "The Best Ergonomic Mice for 2026", "Buying Guide: The Best Ergonomic Mice for 2026",
    "The Best Home Security Cameras of 2026", "Best Home Security Cameras",
    "The Best Home Security Cameras", "All opinions are mine alone.",
})


def page_text(path: Path) -> str:
    """The text of an outside page: an HTML file's text content (whitespace collapsed, as a
    test would quote it), or any other file as it is (an expected-output JSON, a text)."""
    raw = path.read_bytes()
    if path.suffix.lower() in (".html", ".htm"):
        import lxml.html

        try:
            return " ".join(lxml.html.fromstring(raw).text_content().split())
        except (ValueError, lxml.etree.ParserError):
            return ""
    return raw.decode("utf-8", "replace")


def copied(root: Path = ROOT, evaldata: Path = EVALDATA,
           pages: tuple[Path, ...] = ()) -> list[tuple[str, int, str]]:
    """(file, line, string) for each test string found verbatim in a ground-truth body or,
    with ``pages``, in one of those outside pages (files, or folders searched recursively)."""
    bodies = []
    for p in pages:
        for f in sorted(p.rglob("*")) if p.is_dir() else [p]:
            if f.is_file():
                bodies.append(page_text(f))
    for name, field in (("scrapinghub", "articleBody"), ("wcxb", "main_content")):
        path = evaldata / name / "ground_truth.jsonl"
        for line in path.read_text(encoding="utf-8").split("\n") if path.exists() else ():
            if line.strip():
                bodies.append(json.loads(line).get(field) or "")
    text = "\n\x00\n".join(bodies)
    out = []
    for f in sorted((root / "tests").glob("*.py")):
        for node in ast.walk(ast.parse(f.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Constant) and isinstance(node.value, str)
                    and len(node.value) >= 25 and node.value not in KNOWN and node.value in text):
                out.append((str(f.relative_to(root)), node.lineno, node.value))
    return out


def main(argv: list[str] | None = None) -> int:
    import argparse

    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--pages", nargs="+", type=Path, default=[],
                    help="outside pages (files or folders) to search as well")
    found = copied(pages=tuple(ap.parse_args(argv).pages))
    for path, line, s in found:
        print(f"{path}:{line}\t{s!r}")
    print(f"{len(found)} test strings copied from evaluation pages")
    return 1 if found else 0


if __name__ == "__main__":
    raise SystemExit(main())
