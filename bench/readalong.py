"""Read-along acceptance on real pages: cues per sentence, cue length, cues heard as their text.

For a handful of check-half pages of the ScrapingHub set (``bench/halves.py``;
bodies of ``--min-words`` to ``--max-words`` words, in page-id order), each is
narrated with eSpeak NG and its WebVTT read back. Per page and in total:

- **sentences**: the narration's sentences counted on the *article's text* by
  an independent segmenter, pySBD (``pip install pysbd``, MIT, rule-based,
  bench only); without it, by a plain rule (a ``.``, ``!``, ``?`` or ``…``
  followed by a space and a capital or digit) that knows no abbreviations and
  so over-counts ("Dr. Lee" is two), which makes "cues >= sentences" harder;
- **cues** in the VTT, and the longest cue in seconds (acceptance: none over 20 s);
- **heard**: pocketsphinx recognizes each cue's audio with a language model of
  the edition's own transcript and counts the cue when the words heard match
  its own text at least as well as any of its three neighbours' on either side
  (``narrate.verify.cue_speech``; acceptance: >= 85 %). As in ``narrate
  verify``, the check is English only (pocketsphinx's model): a page in
  another language gets no "heard" figure and is left out of its total.

Run::

    python bench/readalong.py [--pages 5] [--min-words 250] [--max-words 700] [--jobs 2]
                              [--half check|tune] [--speech N] [--explain]

Pages run in ``--jobs`` processes at once. The speech check is the slow part
(about as long as the audio per page): ``--speech N`` runs it on the first N
pages only, and the table says "not run" for the others. ``--explain`` makes
no audio: it prints, per page, the segments where narrate's cue units are
fewer than pySBD's sentences, the tool for finding why (design on the tune
half).

On the check half it prints a table and writes ``bench/READALONG_RESULTS.md``
(the table, where pySBD has sentence starts the cues lack, and the file's
hand-written analysis below its marker, kept from the previous file).
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
import tempfile
import time
from itertools import pairwise
from multiprocessing import get_context
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
#: the evaluation pages beside the checkout (or beside its worktrees' folder)
EVAL = next((base / "shared" / "evaldata" / "scrapinghub" for base in
             (ROOT.parent, ROOT.parent.parent) if (base / "shared" / "evaldata").is_dir()),
            ROOT.parent / "shared" / "evaldata" / "scrapinghub")
RESULTS = ROOT / "bench" / "READALONG_RESULTS.md"

from bench.halves import CHECK, HALVES, half  # noqa: E402

#: a sentence end as a plain reader sees it (no abbreviation list, on purpose)
SENTENCE_END = re.compile(r"[.!?…][\"'”’)\]]*\s+(?=[\"'“‘(\[]*[A-Z0-9])")


def count_sentences(text: str) -> int:
    """Sentences in ``text``: pySBD's count where it is installed, else the plain rule's."""
    if not text.strip():
        return 0
    try:
        import pysbd
    except ImportError:
        return len(SENTENCE_END.findall(text.strip())) + 1
    segmenter = pysbd.Segmenter(language="en", clean=False)
    return sum(1 for s in segmenter.segment(text) if s.strip())


def counter_name() -> str:
    from importlib.util import find_spec

    return "pySBD" if find_spec("pysbd") else "plain rule (over-counts abbreviations)"


def pick_pages(n: int, min_words: int, max_words: int, which: str = CHECK) -> list[Path]:
    """The first ``n`` pages of half ``which`` (by id) whose reference body has a fitting length."""
    pages = []
    for line in (EVAL / "ground_truth.jsonl").read_text(encoding="utf-8").splitlines():
        doc = json.loads(line)
        words = len(doc.get("articleBody", "").split())
        path = EVAL / "html" / f"{doc['id']}.html.gz"
        if half(doc["id"]) == which and min_words <= words <= max_words and path.is_file():
            pages.append(path)
    return sorted(pages, key=lambda p: p.name)[:n]


def measure_in(args: tuple[Path, Path, bool]) -> dict:
    page, out, speech = args
    out.mkdir()
    row = measure(page, out, speech)
    print(json.dumps(row), flush=True)
    return row


def measure(page: Path, out: Path, speech: bool = True) -> dict:
    from narrate.encode import decode_mp3
    from narrate.pipeline import EditionOptions, load_article, make_script, render
    from narrate.verify import cue_speech, parse_vtt
    from narrate.voices import load_profile

    html = out / page.name.removesuffix(".gz")
    html.write_bytes(gzip.decompress(page.read_bytes()))
    profile = load_profile(None)
    options = EditionOptions(out_dir=str(out))
    script = make_script(load_article(str(html)), profile, options)
    edition = render(script, profile, options, out)
    cues = parse_vtt(Path(edition.vtt).read_text(encoding="utf-8"))
    samples, rate = decode_mp3(Path(edition.mp3).read_bytes())
    start = time.perf_counter()
    language = (edition.manifest.get("language") or "en").lower()
    heard = cue_speech(samples, rate, cues) if speech and language.startswith("en") else None
    return {
        "page": page.name[:12],
        "words": edition.manifest["words"],
        "sentences": sum(count_sentences(s.text) for s in script.segments),
        "cues": len(cues),
        "longest_s": max(e - s for s, e, _ in cues) / 1000,
        "over_15": sum(1 for s, e, _ in cues if e - s > 15_000),
        "language": language,
        "speech": speech,
        "checked": heard.checked if heard else 0,
        "heard": heard.heard if heard else 0,
        "audio_s": len(samples) / rate,
        "asr_s": time.perf_counter() - start,
    }


def table(rows: list[dict]) -> str:
    lines = [f"{'page':14}{'words':>7}{'sentences':>11}{'cues':>6}{'longest s':>11}"
             f"{'>15 s':>7}{'heard':>12}"]
    for r in rows:
        heard = (f"{r['heard']:>5}/{r['checked']:<3}{100 * r['heard'] / r['checked']:>3.0f}%"
                 if r["checked"] else f"  n/a ({r['language']})" if r.get("speech", True)
                 else "  not run")
        lines.append(f"{r['page']:14}{r['words']:>7}{r['sentences']:>11}{r['cues']:>6}"
                     f"{r['longest_s']:>11.1f}{r['over_15']:>7}{heard}")
    total = {k: sum(r[k] for r in rows) for k in ("words", "sentences", "cues", "over_15",
                                                  "checked", "heard")}
    longest = max(r["longest_s"] for r in rows)
    heard = (f"{total['heard']:>5}/{total['checked']:<3}"
             f"{100 * total['heard'] / total['checked']:>3.0f}%" if total["checked"]
             else "  not run")
    lines.append(f"{'total':14}{total['words']:>7}{total['sentences']:>11}{total['cues']:>6}"
                 f"{longest:>11.1f}{total['over_15']:>7}{heard}")
    ok = (all(r["cues"] >= r["sentences"] for r in rows) and longest <= 20
          and total["checked"] and total["heard"] / total["checked"] >= 0.85)
    enough = sum(1 for r in rows if r["cues"] >= r["sentences"])
    lines.append(f"sentences counted by {counter_name()}; cues >= sentences on {enough} of "
                 f"{len(rows)} pages")
    lines.append(f"acceptance (cues >= sentences on every page, no cue over 20 s, "
                 f">= 85 % heard): {'met' if ok else 'NOT met'}")
    return "\n".join(lines)


def explain(page: Path, full: bool = False) -> list[str]:
    """Where on ``page`` narrate finds fewer sentences than the reference counter.

    No audio: narrate's side is :func:`narrate.readalong.sentence_starts` on the
    spoken text mapped back to the wording, the units a cue starts at before
    long sentences are cut. This is the tool for finding *why* a page has
    fewer cues than sentences; the cue count itself comes from :func:`measure`.
    For each segment where pySBD has more sentences, each sentence start of
    pySBD's that narrate lacks is shown with a few words either side (``full``:
    both splits of the segment, whole; for the terminal, not for the results
    file, which quotes no more of an evaluation page than it must).
    """
    import pysbd

    from narrate.pipeline import EditionOptions, load_article, make_script
    from narrate.readalong import SourceMap, sentence_starts
    from narrate.voices import load_profile

    with tempfile.TemporaryDirectory() as tmp:
        html = Path(tmp) / page.name.removesuffix(".gz")
        html.write_bytes(gzip.decompress(page.read_bytes()))
        script = make_script(load_article(str(html)), load_profile(None), EditionOptions())
    segmenter = pysbd.Segmenter(language="en", clean=False)
    lines = []
    for seg in script.segments:
        text = seg.text
        where = SourceMap(seg)
        starts = sorted({where.boundary(p)
                         for p in sentence_starts(seg.spoken, where.written_at(text))} | {0})
        # a piece without a word (a lone "...") is silent: segment_cues joins it to the next
        starts = [a for a, b in pairwise([*starts, len(text)]) if re.search(r"\w", text[a:b])]
        starts = [0, *starts[1:]]
        theirs, at = [], 0
        for sentence in segmenter.segment(text):
            if sentence.strip():
                at = text.find(sentence.strip(), at)
                theirs.append(at)
                at += len(sentence.strip())
        if len(starts) >= len(theirs):
            continue
        ours = [text[a:b].strip() for a, b in pairwise([*starts, len(text)])]
        if full:
            lines.append(f"  {page.name[:12]} narrate {len(ours)} < pySBD {len(theirs)}")
            lines += [f"    N| {t!r}" for t in ours]
            lines += [f"    P| {text[a:b].strip()!r}" for a, b in pairwise([*theirs, len(text)])]
            continue
        ours_near = {p + d for p in starts for d in range(-3, 4)}
        for a in theirs:
            if a not in ours_near:
                before = " ".join(text[:a].split()[-3:])
                after = " ".join(text[a:].split()[:3])
                lines.append(f"  {page.name[:12]}  …{before} | {after}…")
    return lines


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", type=int, default=5)
    parser.add_argument("--min-words", type=int, default=250)
    parser.add_argument("--max-words", type=int, default=700)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--half", choices=HALVES, default=CHECK,
                        help="half of the pages (design on 'tune'; results file: 'check' only)")
    parser.add_argument("--speech", type=int, default=None, metavar="N",
                        help="run the (slow) speech check on the first N pages only (default: all)")
    parser.add_argument("--explain", action="store_true",
                        help="no audio: print the segments where narrate's sentences are fewer "
                             "than pySBD's, both splits in full")
    args = parser.parse_args()
    pages = pick_pages(args.pages, args.min_words, args.max_words, args.half)
    if not pages:
        print(f"bench: no {args.half}-half pages found under {EVAL}", file=sys.stderr)
        return 1
    if args.explain:
        for page in pages:
            print("\n".join(explain(page, full=True)) or f"  {page.name[:12]} ok", flush=True)
        return 0
    speech = len(pages) if args.speech is None else args.speech
    with tempfile.TemporaryDirectory() as tmp:
        work = [(page, Path(tmp) / page.name, i < speech) for i, page in enumerate(pages)]
        with get_context("spawn").Pool(max(1, args.jobs)) as pool:
            rows = pool.map(measure_in, work, chunksize=1)
    report = table(rows)
    print(report)
    if args.half == CHECK:
        command = " ".join(["python bench/readalong.py", *sys.argv[1:]])
        short = [path for path, row in zip(pages, rows, strict=True)
                 if row["cues"] < row["sentences"]]
        details = "\n".join(line for path in short for line in explain(path))
        RESULTS.write_text(results_text(command, report, details), encoding="utf-8")
    return 0


#: the results file's hand-written analysis starts here; a new run keeps it
ANALYSIS = "<!-- analysis: kept by bench/readalong.py -->"


def results_text(command: str, report: str, details: str) -> str:
    """The results file: the table, the segments behind any shortfall, then the kept analysis."""
    kept = ""
    if RESULTS.is_file():
        old = RESULTS.read_text(encoding="utf-8")
        if ANALYSIS in old:
            kept = old[old.index(ANALYSIS):]
    text = (f"# Read-along on check-half pages (`bench/readalong.py`)\n\n`{command}`\n\n"
            f"```text\n{report}\n```\n")
    if details:
        text += ("\nOn the pages with fewer cues than sentences, each sentence start of pySBD's "
                 "that narrate's cues do not have (`|`), three words either side "
                 "(`--explain` shows the segments whole):\n\n"
                 f"```text\n{details}\n```\n")
    return text + ("\n" + kept if kept else "")


if __name__ == "__main__":
    sys.exit(main())
