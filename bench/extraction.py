"""Extraction benchmark: narrate's extractor beside plain ``trafilatura.extract``.

Runs against the evaluation pages in ``../shared/evaldata/`` (override with
``--data DIR`` or ``NARRATE_EVALDATA``) and prints, for each set, the
ScrapingHub-style body scores (4-token shingles on lowercased word tokens,
precision / recall / F1 of shingle multisets per page, averaged over pages), the
share of snippet pages fully right (every ``with`` snippet kept, no ``without``
snippet kept), metadata accuracy where the ground truth has it, the slowest page
and the number of crashes. Both extractors run in the same run, on the same
machine, with at most two worker processes.

Every set is split into a tuning half and a check half by a fixed rule on the
page id (``bench/halves.py``: parity of the first byte of sha256(id)). Rules are
designed on the tune half; figures are reported from the check half.
Beside narrate's title/author/date, trafilatura's own metadata
(``trafilatura.extract_metadata``) is scored; "credit authors" counts pages
whose author names a photo/illustration credit or the publisher (a company)
that the ground truth does not list. CPU time per page is the extraction's
own (plain: ``trafilatura.extract``; the metadata call is not timed).

    python bench/extraction.py --half check          # the reported figures
    python bench/extraction.py --half tune --sets wcxb
    python bench/extraction.py --half tune --ablate recall-extension
    python bench/extraction.py --limit 50            # quick look

An outside set of pages can be scored the same way with ``--pages-dir DIR``: the
directory holds ``source/<key>.html`` and ``expected/<key>.json`` (``{"title": ...,
"text": ...}``, paragraphs separated by blank lines), and optionally
``datamap.json`` (a list of ``{"key", "href"}`` giving each page's URL). Body text
and title are scored as above; pages whose expected text is empty are skipped and
counted. ``--split TSV`` (lines ``key<TAB>site<TAB>side``) with ``--side`` keeps
one side; each side present is reported on its own row. Only that directory runs.

    python bench/extraction.py --pages-dir /tmp/src/art/package/test/reallife \
        --split /work/notes/s23/split.tsv --side held
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
sys.path.insert(0, str(ROOT / "bench"))

from halves import HALVES, in_half  # noqa: E402
from halves import half as page_half  # noqa: E402

DEFAULT_DATA = ROOT.parent / "shared" / "evaldata"
SETS = ("scrapinghub", "wcxb", "trafilatura-eval")
PAGES_DIR = "pages-dir"  # an outside set given by --pages-dir (see load_pages_dir)
BODY_KEY = {"scrapinghub": "articleBody", "wcxb": "main_content", PAGES_DIR: "text"}
META_KEYS = {  # set -> {our field: ground-truth key}
    "wcxb": {"title": "title", "author": "author", "date": "publish_date"},
    "trafilatura-eval": {"title": "title", "author": "author", "date": "date"},
    PAGES_DIR: {"title": "title"},
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
# Separators between the names of one byline. Besides ';', ',', '&' and 'and', the
# truths write 'AFP/The Local', 'E. Barreneche / J. I. Da Silva' and 'Lars Fischer und
# Alina Schadwinkel': without '/' and the other languages' 'and' such a truth was one
# long "name", so a right two-name answer scored as wrong and, worse, its agency
# ('AFP') was counted as a credit author the truth does not list. The other
# languages' conjunctions count only in lower case between spaces, so an initial
# ('E. Barreneche') is never a separator.
_NAME_SPLIT = re.compile(r"\s*(?:;|,|&|/|\band\b)\s*|(?-i:\s+(?:und|et|y|e|og|och)\s+)",
                         re.IGNORECASE)


def author_names(text: str) -> set[tuple[str, ...]]:
    """The set of author names in a byline, each as word tokens, for comparison:
    split on ';', ',', '&', '/', 'and' (and 'und', 'et', 'y', 'e', 'og', 'och' in
    lower case); parenthesised notes ('(Content Manager)', '(Guha)') and credentials
    dropped."""
    text = re.sub(r"\([^)]*\)", " ", text)
    names = set()
    for part in _NAME_SPLIT.split(text):
        toks = tuple(w for w in _meta_words(part, fold_accents=True) if w not in _CREDENTIALS)
        if toks:
            names.add(toks)
    return names


_CREDIT_NAME = re.compile(
    r"\b(?:photo\w*|image|images|illustrat\w*|credits?|courtesy|getty|shutterstock|istock\w*|"
    r"unsplash|pexels|alamy|reuters|afp|associated press)\b", re.IGNORECASE)
_COMPANY_NAME = re.compile(
    r"\b(?:inc|llc|ltd|gmbh|plc|corp|corporation|publishing|publications|media group|"
    r"cond[eé] nast|hearst|dotdash|meredith|future plc)\b\.?", re.IGNORECASE)
_PUBLISHER_LD = re.compile(
    r'"publisher"\s*:\s*\{[^{}]*?"name"\s*:\s*"([^"]{2,80})"', re.IGNORECASE)


def publishers(html: str, site: str | None) -> set[tuple[str, ...]]:
    """The page's publisher names (JSON-LD ``publisher.name`` and the site name) as word
    tuples, to tell when one of them was taken as the author."""
    names = {tuple(_meta_words(m, fold_accents=True)) for m in _PUBLISHER_LD.findall(html)}
    if site:
        names.add(tuple(_meta_words(site, fold_accents=True)))
    return {n for n in names if n}


def credit_author(ours: str | None, truth: str | list[str] | None,
                  pubs: set[tuple[str, ...]] = frozenset()) -> bool:
    """Whether an extracted author names a credit line (photo, illustration, agency), a
    company or the page's publisher that the ground truth does not name as an author."""
    if not ours:
        return False
    if isinstance(truth, list):
        truth = "; ".join(truth)
    want = author_names(truth or "")
    for name in author_names(ours) - want:
        text = " ".join(name)
        if _CREDIT_NAME.search(text) or _COMPANY_NAME.search(text) or name in pubs:
            return True
    return False


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
    data = Path(path).read_bytes()
    if path.endswith(".gz"):
        data = gzip.decompress(data)
    out: dict = {"error": None}
    t0 = time.perf_counter()
    c0 = time.process_time()
    try:
        if which == "plain":
            import trafilatura

            out["text"] = trafilatura.extract(data) or ""
            out["seconds"] = time.perf_counter() - t0
            out["cpu_seconds"] = time.process_time() - c0
            meta = trafilatura.extract_metadata(data, default_url=url or None)
            out["meta"] = {k: getattr(meta, k, None) for k in ("title", "author", "date")}
            out["site"] = getattr(meta, "sitename", None)
        else:
            from narrate.errors import NoArticleError
            from narrate.extract import extract_article

            try:
                art = extract_article(data, url=url or None)
                out["text"] = "\n\n".join(b.text for b in art.blocks)
                out["meta"] = {"title": art.title, "author": art.author, "date": art.date}
                out["site"] = art.site
            except NoArticleError as err:
                out["text"] = ""
                out["meta"] = {}
                out["noarticle"] = str(err)
    except Exception:
        out["text"] = ""
        out["meta"] = {}
        out["error"] = traceback.format_exc(limit=3)
    out.setdefault("seconds", time.perf_counter() - t0)
    out.setdefault("cpu_seconds", time.process_time() - c0)
    if out.get("meta", {}).get("author"):  # for the credit-author count (see credit_author)
        head = data[:400_000].decode("utf-8", "replace")
        out["pubs"] = sorted(publishers(head, out.get("site")))
    return out


# Ablations: switch one mechanism off (in the worker processes only) to measure what
# it contributes. Each maps to (module, attribute, replacement factory).
def _ablations() -> dict:
    from narrate import cleaning
    from narrate import extract as ex
    from narrate import metadata as md

    def none(*_a, **_k):
        return None

    table = {
        "choose-referee": [(ex, "_referee_agrees", lambda *a: True)],
        "recall-extension": [(ex, "_recall_wins", lambda *a: False)],
        "edge-trim": [(ex, "trim_unconfirmed_edges", lambda body, refs: body)],
        "heading-restore": [(ex, "restore_headings", lambda base, fuller: base)],
        "author-byline": [(md, "byline_after_headline", none)],
        "author-marked": [(md, "marked_author", none)],
        "author-bio": [(md, "author_bio", none)],
        "author-note": [(md, "written_by_note", none)],
        "author-markup": [(md, "_author_from_markup", none)],
        "author-link": [(md, "author_link_after_headline", none)],
        "date-dateline": [(md, "dateline_near_headline", none)],
        "date-originally": [(md, "originally_published", none)],
        "date-published": [(md, "published_date", none), (md, "modified_days",
                                                          lambda *a: set())],
        "title-topic": [(md, "_topic_label", lambda *a: False)],
        "title-trail": [(md, "_strip_title_trail", lambda t: t)],
    }
    for rule in cleaning.HTML_RULES:
        kept = tuple(r for r in cleaning.HTML_RULES if r is not rule)
        table[f"html:{rule.name}"] = [(cleaning, "HTML_RULES", kept)]
    for rule in cleaning.TEXT_RULES:
        kept = tuple(r for r in cleaning.TEXT_RULES if r is not rule)
        table[f"text:{rule.name}"] = [(cleaning.clean_blocks, "__defaults__", (kept,))]
    return table


def _warm_up(ablate: tuple[str, ...] = ()) -> None:
    """Pay each worker's one-off start-up (imports, dateparser's compiled locales) before
    timing, so 'max s/page' is the cost of a page, not of starting Python; switch off the
    ablated mechanisms."""
    from narrate.extract import extract_article

    table = _ablations()
    for name in ablate:
        for obj, attr, value in table[name]:
            setattr(obj, attr, value)

    page = "<html><body><article><h1>Warm up</h1><p>" + "A warm-up sentence. " * 40
    page += "Published on March 3, 2024.</p></article></body></html>"
    extract_article(page)
    import trafilatura

    trafilatura.extract(page)


def run_set(data_dir: Path, name: str, limit: int | None, procs: int,
            which_half: str | None = None, ablate: tuple[str, ...] = ()) -> dict:
    """Run both extractors on a set's pages (one half, or all) and score each half."""
    rows = [json.loads(line) for line in (data_dir / name / "ground_truth.jsonl").open()]
    rows = [r for r in rows if (data_dir / name / "html" / f"{r['id']}.html.gz").exists()
            and in_half(r["id"], which_half)]
    if limit:
        rows = rows[:limit]
    for r in rows:
        r["path"] = str(data_dir / name / "html" / f"{r['id']}.html.gz")
    results = run_both(rows, procs, ablate)
    halves = HALVES if which_half in (None, "all") else (which_half,)
    report = {}
    for h in halves:
        keep = [i for i, r in enumerate(rows) if page_half(r["id"]) == h]
        report[h] = score(name, [rows[i] for i in keep],
                          {w: [o[i] for i in keep] for w, o in results.items()})
    return report


def run_both(rows: list[dict], procs: int, ablate: tuple[str, ...] = ()) -> dict:
    """Both extractors' outputs on the pages of ``rows`` (each with ``path`` and ``url``),
    in row order: {"plain": [...], "ours": [...]}."""
    results: dict = {}
    with Pool(procs, initializer=_warm_up, initargs=(ablate,)) as pool:
        for which in ("plain", "ours"):
            jobs = [(which, r["path"], r.get("url", "")) for r in rows]
            results[which] = pool.map(_run_page, jobs, chunksize=4)
    return results


# --------------------------------------------------------------------------- outside sets
def read_split(path: Path) -> dict[str, str]:
    """Page key -> side from a split file (``key<TAB>site<TAB>side`` per line; blank
    lines and ``#`` comments ignored). The split is made by site before anyone reads the
    pages, so a side's figures come from sites no rule was written for."""
    sides = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        key, _site, side = line.split("\t")[:3]
        sides[key.strip()] = side.strip()
    return sides


def load_pages_dir(pages_dir: Path, sides: dict[str, str] | None = None,
                   side: str | None = None) -> tuple[list[dict], int]:
    """Ground-truth rows of an outside set laid out as ``source/<key>.html`` and
    ``expected/<key>.json`` (``title``, ``text``), in key order, and the number of pages
    skipped because their expected text is empty or missing (no body truth to score).

    With ``sides`` (from ``read_split``), each row carries its side (``"unsplit"`` for a
    key the split does not list) and ``side`` keeps one of them (``None``/``"all"``: every
    page). URLs come from ``datamap.json`` when present.
    """
    hrefs: dict[str, str] = {}
    if (pages_dir / "datamap.json").exists():
        hrefs = {e["key"]: e.get("href") or "" for e in
                 json.loads((pages_dir / "datamap.json").read_text(encoding="utf-8"))}
    rows, skipped = [], 0
    for src in sorted((pages_dir / "source").glob("*.html")):
        key = src.stem
        page_side = sides.get(key, "unsplit") if sides is not None else "all"
        if side not in (None, "all") and page_side != side:
            continue
        expected = pages_dir / "expected" / f"{key}.json"
        truth = json.loads(expected.read_text(encoding="utf-8")) if expected.exists() else {}
        if not (truth.get("text") or "").strip():
            skipped += 1
            continue
        rows.append({"id": key, "url": hrefs.get(key, ""), "path": str(src),
                     "side": page_side, "title": truth.get("title") or "",
                     "text": truth["text"]})
    return rows, skipped


def run_pages_dir(rows: list[dict], procs: int, ablate: tuple[str, ...] = ()) -> dict:
    """Run both extractors on an outside set's rows and score each side on its own."""
    results = run_both(rows, procs, ablate)
    report = {}
    for s in sorted({r["side"] for r in rows}):
        keep = [i for i, r in enumerate(rows) if r["side"] == s]
        report[s] = score(PAGES_DIR, [rows[i] for i in keep],
                          {w: [o[i] for i in keep] for w, o in results.items()})
    return report


def worse_than_plain(rep: dict, margin: float = 0.1) -> list[str]:
    """Ids of pages where narrate's body F1 is below plain trafilatura's by more than
    ``margin``: the pages where narrate loses most, counted beside the averages."""
    plain = {pid: s[2] for pid, s in rep["plain"].get("per_page", [])}
    return [pid for pid, s in rep["ours"].get("per_page", [])
            if pid in plain and plain[pid] - s[2] > margin]


def score(name: str, rows: list[dict], results: dict) -> dict:
    """Figures of one half of one set for each extractor."""
    report: dict = {"pages": len(rows)}
    for which, outs in results.items():
        cpu = sorted(o.get("cpu_seconds", 0.0) for o in outs)
        fig: dict = {
            "crashes": sum(1 for o in outs if o["error"]),
            "max_s": max((o["seconds"] for o in outs), default=0.0),
            # CPU time of the worker: the page's own cost, without waiting for a core
            # on a machine shared with other jobs (wall time above includes that wait).
            "max_cpu_s": cpu[-1] if cpu else 0.0,
            "median_cpu_s": cpu[len(cpu) // 2] if cpu else 0.0,
            "over_2s": sum(1 for o in outs if o["seconds"] > 2.0),
        }
        if name in BODY_KEY:
            scored = [(o, r) for o, r in zip(outs, rows, strict=True) if r.get(BODY_KEY[name])]
            scores = [prf(o["text"], r[BODY_KEY[name]]) for o, r in scored]
            for i, k in enumerate(("precision", "recall", "f1")):
                fig[k] = sum(s[i] for s in scores) / len(scores) if scores else 0.0
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
        if name in META_KEYS:
            for field, key in META_KEYS[name].items():
                have = [(o, r) for o, r in pairs if r.get(key)]
                ok = [meta_right(field, o.get("meta", {}).get(field), r[key]) for o, r in have]
                fig[field] = (sum(ok), len(ok))
                fig[f"{field}_fail"] = [
                    (r["id"], o.get("meta", {}).get(field), r[key])
                    for (o, r), good in zip(have, ok, strict=True) if not good
                ]
        if "author" in META_KEYS.get(name, {}):  # only where the truth lists authors
            fig["credit_authors"] = [
                (r["id"], o["meta"]["author"]) for o, r in pairs if o.get("pubs") is not None
                and credit_author(o["meta"]["author"], r.get("author"),
                                  {tuple(n) for n in o["pubs"]})]
        fig["errors"] = [(r["id"], o["error"]) for o, r in pairs if o["error"]]
        fig["seconds"] = sorted(((o["seconds"], r["id"]) for o, r in pairs), reverse=True)[:10]
        fig["noarticle"] = [r["id"] for o, r in pairs if o.get("noarticle")]
        report[which] = fig
    return report


def _pct(pair: tuple[int, int]) -> str:
    ok, n = pair
    return f"{ok}/{n} ({100 * ok / n:.1f}%)" if n else "n/a"


def print_table(reports: dict) -> None:
    """One row per set, half and extractor (trafilatura's metadata is its own
    ``extract_metadata``); then narrate's CPU median over trafilatura's."""
    print("| set | half | pages | extractor | precision | recall | F1 | snippet pages right "
          "| title | author | date | credit authors | max s/page (wall) | pages > 2 s "
          "| median CPU s/page | crashes |")
    print("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|")
    for name, by_half in reports.items():
        for h, rep in by_half.items():
            for which, label in (("ours", "narrate"), ("plain", "plain trafilatura 2.3.1")):
                f = rep[which]
                body = [f"{f[k]:.3f}" if k in f else "–" for k in ("precision", "recall", "f1")]
                snip = _pct(f["snippets"]) if "snippets" in f else "–"
                meta = [_pct(f[k]) if k in f else "–" for k in ("title", "author", "date")]
                credit = str(len(f["credit_authors"])) if "credit_authors" in f else "–"
                print(f"| {name} | {h} | {rep['pages']} | {label} | {' | '.join(body)} | "
                      f"{snip} | {' | '.join(meta)} | {credit} | {f['max_s']:.2f} | "
                      f"{f['over_2s']} | {f['median_cpu_s']:.3f} | {f['crashes']} |")
    for name, by_half in reports.items():
        for h, rep in by_half.items():
            plain = rep["plain"]["median_cpu_s"]
            ratio = rep["ours"]["median_cpu_s"] / plain if plain else float("nan")
            print(f"CPU median {name} {h}: narrate / trafilatura = {ratio:.2f}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path,
                    default=Path(os.environ.get("NARRATE_EVALDATA", DEFAULT_DATA)))
    ap.add_argument("--sets", nargs="*", default=list(SETS), choices=SETS)
    ap.add_argument("--half", choices=("tune", "check", "all"), default="all",
                    help="which half of each set (bench/halves.py); 'all' reports both")
    ap.add_argument("--limit", type=int, default=None, help="first N pages of each set")
    ap.add_argument("--procs", type=int, default=2, choices=(1, 2))
    ap.add_argument("--ablate", default="",
                    help="comma-separated mechanisms to switch off (see --list-ablations)")
    ap.add_argument("--list-ablations", action="store_true")
    ap.add_argument("--details", type=Path, default=None,
                    help="write per-page failures and scores as JSON here")
    ap.add_argument("--pages-dir", type=Path, default=None,
                    help="score an outside set laid out as source/*.html + expected/*.json "
                         "instead of the evaluation sets")
    ap.add_argument("--split", type=Path, default=None,
                    help="with --pages-dir: a key<TAB>site<TAB>side file")
    ap.add_argument("--side", default="all",
                    help="with --split: the side to run (e.g. disc, held); 'all' reports each")
    args = ap.parse_args(argv)
    if args.list_ablations:
        print("\n".join(_ablations()))
        return 0
    ablate = tuple(a for a in args.ablate.split(",") if a)
    unknown = set(ablate) - set(_ablations())
    if unknown:
        ap.error(f"unknown ablation(s): {', '.join(sorted(unknown))}")
    if args.split and not args.pages_dir:
        ap.error("--split needs --pages-dir")
    if args.pages_dir:
        return _main_pages_dir(args, ablate)
    if not args.data.is_dir():
        print(f"skipped: evaluation data not found at {args.data} "
              "(set NARRATE_EVALDATA or pass --data DIR)")
        return 0
    reports = {}
    for name in args.sets:
        if not (args.data / name / "ground_truth.jsonl").exists():
            print(f"skipped set {name}: not found under {args.data}")
            continue
        reports[name] = run_set(args.data, name, args.limit, args.procs, args.half, ablate)
    if ablate:
        print(f"ablated: {', '.join(ablate)}")
    print_table(reports)
    _print_crashes(reports)
    if args.details:
        args.details.write_text(json.dumps(reports, indent=1, default=str))
    return 0


def _main_pages_dir(args: argparse.Namespace, ablate: tuple[str, ...]) -> int:
    """Score the outside set of ``--pages-dir`` (see ``load_pages_dir``)."""
    sides = read_split(args.split) if args.split else None
    rows, skipped = load_pages_dir(args.pages_dir, sides, args.side)
    if args.limit:
        rows = rows[: args.limit]
    print(f"{args.pages_dir}: {len(rows)} pages scored, {skipped} skipped "
          "(empty or missing expected text)")
    if not rows:
        return 0
    reports = {args.pages_dir.name: run_pages_dir(rows, args.procs, ablate)}
    if ablate:
        print(f"ablated: {', '.join(ablate)}")
    print_table(reports)
    for name, by_side in reports.items():
        for side, rep in by_side.items():
            print(f"{name} {side}: narrate body F1 below plain trafilatura's by > 0.1 on "
                  f"{len(worse_than_plain(rep))} of {rep['pages']} pages")
    _print_crashes(reports)
    if args.details:
        args.details.write_text(json.dumps(reports, indent=1, default=str))
    return 0


def _print_crashes(reports: dict) -> None:
    for name, by_half in reports.items():
        for h, rep in by_half.items():
            for which in ("ours", "plain"):
                for pid, err in rep[which]["errors"]:
                    print(f"CRASH {name} {h} {which} {pid}: {err.strip().splitlines()[-1]}")


if __name__ == "__main__":
    raise SystemExit(main())
