"""Extraction benchmark: narrate's extractor beside plain ``trafilatura.extract``.

Runs against the evaluation pages in ``../shared/evaldata/`` (override with
``--data DIR`` or ``NARRATE_EVALDATA``) and prints, for each set, the
ScrapingHub-style body scores (4-token shingles on lowercased word tokens,
precision / recall / F1 of shingle multisets per page, averaged over pages), the
share of snippet pages fully right (every ``with`` snippet kept, no ``without``
snippet kept), metadata accuracy where the ground truth has it, the slowest page
and the number of crashes. Both extractors run in the same run, on the same
machine, with at most two worker processes.

    python bench/extraction.py                 # all sets
    python bench/extraction.py --sets wcxb     # one set
    python bench/extraction.py --limit 50      # quick look
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import re
import sys
import time
import traceback
import unicodedata
from collections import Counter
from multiprocessing import Pool
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

DEFAULT_DATA = ROOT.parent / "shared" / "evaldata"
SETS = ("scrapinghub", "wcxb", "trafilatura-eval")
BODY_KEY = {"scrapinghub": "articleBody", "wcxb": "main_content"}
META_KEYS = {  # set -> {our field: ground-truth key}
    "wcxb": {"title": "title", "author": "author", "date": "publish_date"},
    "trafilatura-eval": {"title": "title", "author": "author", "date": "date"},
}
_WORD = re.compile(r"\w+")


# --------------------------------------------------------------------------- scoring
def shingles(text: str, n: int = 4) -> Counter:
    """4-token shingles of lowercased word tokens, as the ScrapingHub benchmark counts them."""
    tokens = _WORD.findall(text.lower())
    return Counter(tuple(tokens[i : i + n]) for i in range(max(len(tokens) - n + 1, 0)))


def prf(pred: str, truth: str) -> tuple[float, float, float]:
    """Precision, recall, F1 of shingle multisets for one page."""
    p, t = shingles(pred), shingles(truth)
    tp = sum((p & t).values())
    np_, nt = sum(p.values()), sum(t.values())
    if np_ == 0 and nt == 0:
        return 1.0, 1.0, 1.0
    precision = tp / np_ if np_ else 0.0
    recall = tp / nt if nt else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def _norm(text: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", text).split())


def _meta_words(text: str, fold_accents: bool = False) -> list[str]:
    """Case-folded word tokens of a title or name.

    A narrator reads words, so punctuation and spacing differences ('Checklist::'
    vs 'Checklist ::', 'Christopher S Penn' vs 'Christopher S. Penn', a trailing '?')
    are not heard and do not count; any different, missing or extra word does.
    Accents are folded for names only: bylines and metadata often drop them.
    """
    text = unicodedata.normalize("NFKD" if fold_accents else "NFKC", text)
    if fold_accents:
        text = "".join(c for c in text if not unicodedata.combining(c))
    return re.findall(r"\w+", text.casefold())


# Post-nominal credentials and honorifics: 'Jane Doe, MD' and 'Jane Doe' name the same
# author (the WCXB truth keeps them on some pages and drops them on others).
_CREDENTIALS = frozenset(
    "md rn bsn msn np phd dvm vmd dacvb lvt vts ba bs ms mba mph rd rdn cpt cscs "
    "jd esq cpa cfp dr prof mr mrs ms".split())
_NAME_SPLIT = re.compile(r"\s*(?:;|,|&|\band\b)\s*", re.IGNORECASE)


def author_names(text: str) -> set[tuple[str, ...]]:
    """The set of author names in a byline, each as word tokens, for comparison:
    split on ';', ',', '&' and 'and'; parenthesised notes ('(Content Manager)',
    '(Guha)') and credentials dropped."""
    text = re.sub(r"\([^)]*\)", " ", text)
    names = set()
    for part in _NAME_SPLIT.split(text):
        toks = tuple(w for w in _meta_words(part, fold_accents=True) if w not in _CREDENTIALS)
        if toks:
            names.add(toks)
    return names


def snippets_right(text: str, with_: list[str], without: list[str]) -> bool:
    body = _norm(text)
    return all(_norm(s) in body for s in with_) and not any(_norm(s) in body for s in without)


def meta_right(field: str, ours: str | None, truth: str | list[str]) -> bool:
    """Whether a listener would hear the right title, author or date.

    Titles: the same words (case, punctuation and spacing ignored). Authors: the
    same set of names (order, separators, accents, credentials and parenthesised
    notes ignored). Dates: the same ISO day, or the same month when the truth only
    gives a month ('2015-11').
    """
    if isinstance(truth, list):
        truth = "; ".join(truth)
    if not ours:
        return False
    if field == "date":
        want = truth.strip()[:10]
        return ours[: len(want)] == want
    if field == "author":
        return author_names(ours) == author_names(truth)
    return _meta_words(ours) == _meta_words(truth)


# --------------------------------------------------------------------------- workers
def _run_page(job: tuple[str, str, str]) -> dict:
    which, path, url = job
    data = gzip.decompress(Path(path).read_bytes())
    out: dict = {"error": None}
    t0 = time.perf_counter()
    c0 = time.process_time()
    try:
        if which == "plain":
            import trafilatura

            out["text"] = trafilatura.extract(data) or ""
        else:
            from narrate.errors import NoArticleError
            from narrate.extract import extract_article

            try:
                art = extract_article(data, url=url or None)
                out["text"] = "\n\n".join(b.text for b in art.blocks)
                out["meta"] = {"title": art.title, "author": art.author, "date": art.date}
            except NoArticleError as err:
                out["text"] = ""
                out["meta"] = {}
                out["noarticle"] = str(err)
    except Exception:
        out["text"] = ""
        out["meta"] = {}
        out["error"] = traceback.format_exc(limit=3)
    out["seconds"] = time.perf_counter() - t0
    out["cpu_seconds"] = time.process_time() - c0
    return out


def _warm_up() -> None:
    """Pay each worker's one-off start-up (imports, dateparser's compiled locales) before
    timing, so 'max s/page' is the cost of a page, not of starting Python."""
    from narrate.extract import extract_article

    page = "<html><body><article><h1>Warm up</h1><p>" + "A warm-up sentence. " * 40
    page += "Published on March 3, 2024.</p></article></body></html>"
    extract_article(page)
    import trafilatura

    trafilatura.extract(page)


def run_set(data_dir: Path, name: str, limit: int | None, procs: int) -> dict:
    rows = [json.loads(line) for line in (data_dir / name / "ground_truth.jsonl").open()]
    rows = [r for r in rows if (data_dir / name / "html" / f"{r['id']}.html.gz").exists()]
    if limit:
        rows = rows[:limit]
    results: dict = {}
    with Pool(procs, initializer=_warm_up) as pool:
        for which in ("plain", "ours"):
            jobs = [(which, str(data_dir / name / "html" / f"{r['id']}.html.gz"),
                     r.get("url", "")) for r in rows]
            results[which] = pool.map(_run_page, jobs, chunksize=4)
    report: dict = {"pages": len(rows)}
    for which, outs in results.items():
        fig: dict = {
            "crashes": sum(1 for o in outs if o["error"]),
            "max_s": max((o["seconds"] for o in outs), default=0.0),
            # CPU time of the worker: the page's own cost, without waiting for a core
            # on a machine shared with other jobs (wall time above includes that wait).
            "max_cpu_s": max((o.get("cpu_seconds", 0.0) for o in outs), default=0.0),
        }
        if name in BODY_KEY:
            scored = [(o, r) for o, r in zip(outs, rows, strict=True) if r.get(BODY_KEY[name])]
            scores = [prf(o["text"], r[BODY_KEY[name]]) for o, r in scored]
            for i, k in enumerate(("precision", "recall", "f1")):
                fig[k] = sum(s[i] for s in scores) / len(scores)
            fig["per_page"] = [(r["id"], s) for (_o, r), s in zip(scored, scores, strict=True)]
        pairs = list(zip(outs, rows, strict=True))
        snip = [(o, r) for o, r in pairs if r.get("with") or r.get("without")]
        if snip:
            right = [snippets_right(o["text"], r.get("with", []), r.get("without", []))
                     for o, r in snip]
            fig["snippets"] = (sum(right), len(right))
            fig["snippet_fail"] = [
                r["id"] for (_o, r), ok in zip(snip, right, strict=True) if not ok
            ]
        if which == "ours" and name in META_KEYS:
            for field, key in META_KEYS[name].items():
                have = [(o, r) for o, r in zip(outs, rows, strict=True) if r.get(key)]
                ok = [meta_right(field, o.get("meta", {}).get(field), r[key]) for o, r in have]
                fig[field] = (sum(ok), len(ok))
                fig[f"{field}_fail"] = [
                    (r["id"], o.get("meta", {}).get(field), r[key])
                    for (o, r), good in zip(have, ok, strict=True) if not good
                ]
        fig["errors"] = [(r["id"], o["error"]) for o, r in pairs if o["error"]]
        fig["seconds"] = sorted(((o["seconds"], r["id"]) for o, r in pairs), reverse=True)[:10]
        fig["noarticle"] = [r["id"] for o, r in pairs if o.get("noarticle")]
        report[which] = fig
    return report


def _pct(pair: tuple[int, int]) -> str:
    ok, n = pair
    return f"{ok}/{n} ({100 * ok / n:.1f}%)" if n else "n/a"


def print_table(reports: dict) -> None:
    print("| set | pages | extractor | precision | recall | F1 | snippet pages right "
          "| title | author | date | max s/page (wall) | max CPU s/page | crashes |")
    print("|---|---|---|---|---|---|---|---|---|---|---|---|---|")
    for name, rep in reports.items():
        for which, label in (("ours", "narrate"), ("plain", "plain trafilatura.extract")):
            f = rep[which]
            body = [f"{f[k]:.3f}" if k in f else "–" for k in ("precision", "recall", "f1")]
            snip = _pct(f["snippets"]) if "snippets" in f else "–"
            meta = [_pct(f[k]) if k in f else "–" for k in ("title", "author", "date")]
            print(f"| {name} | {rep['pages']} | {label} | {' | '.join(body)} | {snip} | "
                  f"{' | '.join(meta)} | {f['max_s']:.2f} | {f['max_cpu_s']:.2f} | "
                  f"{f['crashes']} |")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path,
                    default=Path(os.environ.get("NARRATE_EVALDATA", DEFAULT_DATA)))
    ap.add_argument("--sets", nargs="*", default=list(SETS), choices=SETS)
    ap.add_argument("--limit", type=int, default=None, help="first N pages of each set")
    ap.add_argument("--procs", type=int, default=2, choices=(1, 2))
    ap.add_argument("--details", type=Path, default=None,
                    help="write per-page failures and scores as JSON here")
    args = ap.parse_args(argv)
    if not args.data.is_dir():
        print(f"skipped: evaluation data not found at {args.data} "
              "(set NARRATE_EVALDATA or pass --data DIR)")
        return 0
    reports = {}
    for name in args.sets:
        if not (args.data / name / "ground_truth.jsonl").exists():
            print(f"skipped set {name}: not found under {args.data}")
            continue
        reports[name] = run_set(args.data, name, args.limit, args.procs)
    print_table(reports)
    for name, rep in reports.items():
        for which in ("ours", "plain"):
            for pid, err in rep[which]["errors"]:
                print(f"CRASH {name} {which} {pid}: {err.strip().splitlines()[-1]}")
    if args.details:
        args.details.write_text(json.dumps(reports, indent=1, default=str))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
