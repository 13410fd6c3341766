"""Time the normalization stage on real article text and print ms per 1,000 words.

Reads the article bodies of ../shared/evaldata (scrapinghub, then wcxb) at run time, or a built-in
text when they are absent, and writes the figures to bench/NORMALIZE_RESULTS.md.

    python bench/normalize.py [--repeat 5] [--no-write]
"""

from __future__ import annotations

import argparse
import json
import platform
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from narrate.lexicon import Lexicon  # noqa: E402
from narrate.normalize import normalize  # noqa: E402

EVALDATA = ROOT.parent / "shared" / "evaldata"
BUILTIN = (
    "Gen. Kyrylo Budanov, head of Ukraine's HUR, said on Oct. 23 that the $4.5 billion package "
    "approved in 2024 would arrive by 11:54 PM on 10/23/2024. Temperatures fell to -15°C in "
    "Kharkiv as 1,200 workers repaired 5-10 km of lines; the WSJ reported a 3.5% rise. "
) * 40


def load_articles() -> tuple[list[str], str]:
    """Article bodies with at least 300 words, and where they came from."""
    for name, key in (("scrapinghub", "articleBody"), ("wcxb", "main_content")):
        path = EVALDATA / name / "ground_truth.jsonl"
        if path.exists():
            bodies = []
            for line in path.read_text(encoding="utf-8").splitlines():
                body = json.loads(line).get(key) or ""
                if len(body.split()) >= 300:
                    bodies.append(body)
            if bodies:
                return bodies, f"{name} ground truth ({len(bodies)} articles of 300+ words)"
    return [BUILTIN], "built-in text"


def chunk_1000(bodies: list[str]) -> list[str]:
    """Concatenate bodies and cut ~1,000-word article texts, paragraph by paragraph."""
    texts, current, words = [], [], 0
    for body in bodies:
        for para in body.split("\n\n"):
            current.append(para)
            words += len(para.split())
            if words >= 1000:
                texts.append("\n\n".join(current))
                current, words = [], 0
    if current and not texts:
        texts.append("\n\n".join(current))
    return texts


def measure(texts: list[str], lexicon: Lexicon | None, repeat: int) -> list[float]:
    """ms per 1,000 words for each repeat over all texts."""
    total_words = sum(len(t.split()) for t in texts)
    runs = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        for t in texts:
            normalize(t, "en", lexicon)
        runs.append((time.perf_counter() - t0) * 1000 / total_words * 1000)
    return runs


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--no-write", action="store_true")
    args = ap.parse_args()

    bodies, source = load_articles()
    texts = chunk_1000(bodies)
    words = sum(len(t.split()) for t in texts)
    normalize(texts[0])  # compile patterns once, as a long-running process would
    lexicon = Lexicon.default()
    plain = measure(texts, None, args.repeat)
    with_lex = measure(texts, lexicon, args.repeat)
    best, med = min(plain), statistics.median(plain)
    best_l, med_l = min(with_lex), statistics.median(with_lex)
    lines = [
        "# Normalization benchmark",
        "",
        f"Text: {source}, cut into {len(texts)} article texts of ~1,000 words "
        f"({words:,} words in all). {args.repeat} runs each; Python {platform.python_version()}"
        f" on {platform.machine()} (a 2-core machine shared with other jobs).",
        "",
        "| setting | ms per 1,000 words (median) | best run |",
        "|---|---:|---:|",
        f"| `normalize(text, 'en')` | {med:.1f} | {best:.1f} |",
        f"| with the default lexicon ({len(lexicon)} keys) | {med_l:.1f} | {best_l:.1f} |",
        "",
        f"Against an end-to-end time of about 1-2 s per ~1,000-word article, normalization adds "
        f"{med_l / 2000 * 100:.1f}-{med_l / 1000 * 100:.1f}% (budget: 10%).",
        "",
        "Reproduce: `python bench/normalize.py`.",
    ]
    report = "\n".join(lines) + "\n"
    print(report)
    if not args.no_write:
        (ROOT / "bench" / "NORMALIZE_RESULTS.md").write_text(report, encoding="utf-8")


if __name__ == "__main__":
    main()
