"""Page-kind benchmark: false refusals and partial flags on real articles, and their cost.

Every page in ``../shared/evaldata/`` (override with ``--data DIR`` or
``NARRATE_EVALDATA``) is a real article with ground truth, so every refusal by
:func:`narrate.pagekind.review_page` there is a false refusal. The script runs
the real extractor on each page and, at the one place the extractor calls
``review_page``, records its verdict and times it (CPU time of the call alone,
beside the CPU time of the whole extraction). It reports, per set and per
half of ``bench/halves.py`` (rules are designed on ``tune``; ``check`` is the
figure to report):

- false refusals, with page ids and reasons, split in two: pages whose
  extracted body holds the article (ground-truth recall of 4-token shingles
  >= 0.5, or at least half of the ``with`` snippets present): these are the
  classifier's errors; and pages whose extracted body is *not* the article
  (the extractor already failed: narrating it would read menus or teasers),
  where refusing is the better outcome;
- articles flagged partial (paywall or truncation), with their reasons, to
  be read by a person: some pages in the sets really are cut off;
- pages the extractor already refused as empty before ``review_page`` runs;
- the median and maximum CPU time of ``review_page`` and its share of extraction.

    python bench/pagekind.py                          # every set, both halves
    python bench/pagekind.py --half check --sets wcxb
    python bench/pagekind.py --blocks /tmp/blocks.pkl # reuse extracted bodies next time
"""

from __future__ import annotations

import argparse
import contextlib
import gzip
import json
import os
import pickle
import re
import statistics
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.extraction import prf  # noqa: E402
from bench.halves import HALVES, half, in_half  # noqa: E402

DEFAULT_DATA = ROOT.parent / "shared" / "evaldata"
SETS = ("scrapinghub", "wcxb", "trafilatura-eval")


def pages(data: Path, sets: list[str], which: str | None):
    for name in sets:
        truth = data / name / "ground_truth.jsonl"
        for line in truth.read_text(encoding="utf-8").split("\n"):  # not at U+2028
            if not line.strip():
                continue
            record = json.loads(line)
            path = data / name / "html" / f"{record['id']}.html.gz"
            if path.exists() and in_half(record["id"], which):
                yield name, record, path


def _words(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.casefold()))


def holds_article(record: dict, blocks: list) -> bool:
    """Does the extracted body hold the article the ground truth describes?"""
    body = " ".join(text for _, text in blocks)
    truth = record.get("articleBody") or record.get("main_content")
    if truth:
        return prf(body, truth)[1] >= 0.5
    snippets = [w for w in record.get("with") or [] if _words(w)]
    if not snippets:
        return bool(body.strip())
    have = _words(body)
    return sum(_words(w) in have for w in snippets) * 2 >= len(snippets)


def run(data: Path, sets: list[str], which: str | None, blocks_cache: Path | None) -> list[dict]:
    """Extract every page, recording the review_page verdict and its CPU time."""
    import narrate.extract as extract
    from narrate import pagekind
    from narrate.errors import NoArticleError
    from narrate.models import Block

    cached: dict = {}
    if blocks_cache and blocks_cache.exists():
        cached = pickle.loads(blocks_cache.read_bytes())
    seen: dict = {}
    call: dict = {}

    def timed_review(tree, blocks, *, source="", cards=None):
        seen["blocks"] = [(b.kind, b.text) for b in blocks]
        started = time.process_time()
        try:
            partial = pagekind.review_page(tree, blocks, source=source, cards=cards)
        except NoArticleError as exc:
            call.update(cpu=time.process_time() - started, refused=str(exc))
            raise
        call.update(cpu=time.process_time() - started, partial=partial)
        return partial

    extract.review_page = timed_review
    rows = []
    for name, record, path in pages(data, sets, which):
        key = (name, record["id"])
        call.clear()
        seen.clear()
        raw = gzip.decompress(path.read_bytes())
        started = time.process_time()
        extracted = not (key in cached and cached[key] is not None)
        if not extracted:
            # the body is known: parse the page and review it as the extractor would
            tree = extract._parse(extract.fix_double_utf8(extract.decode_html(raw)))
            blocks = [Block(k, t) for k, t in cached[key]]
            with contextlib.suppress(NoArticleError):
                timed_review(tree, blocks, source=record["id"])
            empty = None
        else:
            empty = None
            try:
                extract.extract_article(raw, url=record.get("url"), source=record["id"])
            except NoArticleError as exc:
                if not call:
                    empty = str(exc)
            except Exception as exc:  # a crash is reported, not fatal
                empty = f"crash: {type(exc).__name__}: {exc}"
            cached[key] = seen.get("blocks")
        rows.append({
            "set": name, "id": record["id"], "half": half(record["id"]), "extracted": extracted,
            "extract_cpu": time.process_time() - started, "review_cpu": call.get("cpu"),
            "refused": call.get("refused"), "partial": call.get("partial"), "empty": empty,
            "holds_article": holds_article(record, cached.get(key) or []),
        })
    if blocks_cache:
        blocks_cache.write_bytes(pickle.dumps(cached))
    return rows


def report(rows: list[dict]) -> str:
    lines = []
    by = defaultdict(list)
    for row in rows:
        by[(row["set"], row["half"])].append(row)
    lines.append("| set | half | pages | refused: body held the article | refused: extractor "
                 "had missed the article | flagged partial | empty before review |")
    lines.append("|---|---|---|---|---|---|---|")
    for (name, which), group in sorted(by.items()):
        refused = [r for r in group if r["refused"]]
        lines.append(
            f"| {name} | {which} | {len(group)} | {sum(r['holds_article'] for r in refused)} | "
            f"{sum(not r['holds_article'] for r in refused)} | "
            f"{sum(1 for r in group if r['partial'])} | {sum(1 for r in group if r['empty'])} |")
    for which in HALVES:
        for holds, title in ((True, "False refusals, body held the article"),
                             (False, "Refused, the extracted body was not the article")):
            refused = [r for r in rows if r["half"] == which and r["refused"]
                       and r["holds_article"] == holds]
            if refused:
                lines += ["", f"{title} ({which}):"]
                lines += [f"- {r['set']}/{r['id']}: {r['refused']}" for r in refused]
        partial = [r for r in rows if r["half"] == which and r["partial"]]
        if partial:
            lines += ["", f"Flagged partial ({which}):"]
            lines += [f"- {r['set']}/{r['id']}: {r['partial'].kind}: {r['partial'].reason}"
                      for r in partial]
    cpu = [r["review_cpu"] for r in rows if r["review_cpu"] is not None]
    if cpu:
        extract_cpu = [r["extract_cpu"] for r in rows if r["extracted"]]
        kinds = Counter(r["refused"].split(": ", 1)[-1].split(" (")[0][:40]
                        for r in rows if r["refused"])
        lines += ["", f"review_page CPU per page: median {statistics.median(cpu) * 1000:.1f} ms, "
                  f"p95 {sorted(cpu)[int(0.95 * (len(cpu) - 1))] * 1000:.1f} ms, "
                  f"max {max(cpu) * 1000:.1f} ms over {len(cpu)} pages"]
        if extract_cpu:
            lines.append(f"whole extraction CPU per page (pages extracted in this run): median "
                         f"{statistics.median(extract_cpu) * 1000:.0f} ms")
        if kinds:
            lines.append(f"refusals by reason: {dict(kinds)}")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path,
                        default=Path(os.environ.get("NARRATE_EVALDATA", DEFAULT_DATA)))
    parser.add_argument("--sets", nargs="+", default=list(SETS), choices=SETS)
    parser.add_argument("--half", choices=[*HALVES, "all"], default="all")
    parser.add_argument("--blocks", type=Path, default=None,
                        help="pickle of extracted bodies: read if present, written after")
    args = parser.parse_args()
    rows = run(args.data, args.sets, args.half, args.blocks)
    print(report(rows))


if __name__ == "__main__":
    main()
