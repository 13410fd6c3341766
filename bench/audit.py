"""A listener-audit sheet: what narrate's normalizer says for ten real articles, ready to read.

    python bench/audit.py --half tune|check --n 10 --salt S [--exclude-used] --out SHEET.md
    python bench/audit.py --pages DIR/*.html --label SOURCE --full --out SHEET.md

Why: the figure that matters for issue 12 is how often a careful listener stumbles, and that is
judged by a person reading whole articles. This script makes the part before the judging
reproducible: which articles, and what narrate said for every token worth a look.

**Picking rule** (depends only on the page id and the salt, so anyone can recompute it):
the ground-truth bodies of ``../shared/evaldata`` (ScrapingHub ``articleBody``, WCXB
``main_content``) whose page is in the requested half (bench/halves.py), English (the
function-word check of bench/normalize.py) and 400 to 1,500 words long (whitespace words;
``--words MIN MAX`` changes the range), are
sorted by ``sha256(f"{salt}:{source}/{id}")`` (hex) and the first ``n`` are taken.
``--exclude-used`` first drops every ``source/id`` named in bench/NORMALIZE_RESULTS.md (the
pages earlier audits read; a name there may be a prefix of the id, "scrapinghub/aec5deeaada8").
With ``--extracted SET`` the bodies are narrate's own extraction of that set's pages instead
(see :func:`pick_extracted`): the text an edition reads, and the only full text trafilatura-eval
has. The sheet is page text: write it outside the repository.

**Sheet**, per article: its word count; every *sentence-end check* (an input sentence end, a
stop before a capital or digit, whose output has no stop: either a lost sentence end or an
abbreviation rightly read through); and every token whose spoken form differs from its text or
that is risky (digits, capitals, symbols, dotted words, short capitalized abbreviations), with
its reading through the span map (``normalize_with_map``) and its sentence for context.
"""

from __future__ import annotations

import argparse
import functools
import gzip
import hashlib
import json
import re
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.halves import HALVES, half  # noqa: E402
from bench.normalize import EVALDATA, RESULTS, is_english  # noqa: E402
from narrate.normalize import article_vocabulary, normalize_with_map  # noqa: E402

SOURCES = (("scrapinghub", "articleBody"), ("wcxb", "main_content"))
MIN_WORDS, MAX_WORDS = 400, 1500
# trafilatura-eval ids have dots ("example.com.story"); a list's closing dot is not one
_USED_ID = re.compile(r"\b(?:scrapinghub|wcxb|trafilatura-eval)/[\w.-]*[\w-]")
#: A token worth a listener's attention even when narrate leaves it as written.
_RISKY = re.compile(
    r"\d|[$£€¥₩%&@#/*+=<>°§~^|\\™®←→]|[A-Z]{2,}|[a-z][A-Z]|\w\.\w|^\W*[A-Z][a-z]{0,3}\.\W*$"
)
#: An input sentence end: a stop, closing quotes/brackets, space, then a capital or digit.
_SENTENCE_END = re.compile(r"[.!?…]+[\"”’')\]]*\s+(?=[\"“‘'(\[]?[A-Z0-9])")
_STOP = re.compile(r"[.!?…:;]")
#: Titles and single initials that end with a dot inside a sentence ("Dr. Ng", "J. Smith").
_TITLES = {"mr", "mrs", "ms", "dr", "prof", "gen", "sen", "rep", "gov", "lt", "col", "capt",
           "sgt", "rev", "hon", "pres", "supt", "insp", "cpl", "pvt", "adm", "maj", "no"}
_MONTHS = {"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"}


@dataclass(frozen=True)
class Article:
    """One ground-truth body picked for an audit."""

    key: str  # "source/id", as the results file names it
    body: str

    @property
    def words(self) -> int:
        """Whitespace words, the count the audit figures are per 1,000 of."""
        return len(self.body.split())


@dataclass(frozen=True)
class Token:
    """A token of the input, what narrate says for it, and the sentence it stands in."""

    text: str
    reading: str
    sentence: str

    @property
    def changed(self) -> bool:
        """True when the spoken form differs from the text (surrounding punctuation aside)."""
        return _core(self.text) != _core(self.reading)


def _core(s: str) -> str:
    """The token without surrounding punctuation, curly apostrophes made straight."""
    return s.replace("’", "'").strip(" \t\n.,;:!?\"'“”‘()[]")


def sort_key(salt: str, key: str) -> str:
    """The picking order: salted sha256 of the page's "source/id"."""
    return hashlib.sha256(f"{salt}:{key}".encode()).hexdigest()


def used_ids(results: Path = RESULTS) -> set[str]:
    """Every "source/id" named in the results file (pages earlier audits read)."""
    return set(_USED_ID.findall(results.read_text(encoding="utf-8"))) if results.exists() else set()


def load_bodies(evaldata: Path = EVALDATA) -> list[tuple[str, str]]:
    """(source/id, body) for every ground-truth body, in file order."""
    out = []
    for source, field in SOURCES:
        path = evaldata / source / "ground_truth.jsonl"
        if not path.exists():
            continue
        for line in path.read_text(encoding="utf-8").split("\n"):  # U+2028 occurs in bodies
            if line.strip():
                row = json.loads(line)
                out.append((f"{source}/{row['id']}", row.get(field) or ""))
    return out


def pick(
    bodies: list[tuple[str, str]], which: str, n: int, salt: str, exclude: set[str] = frozenset(),
    words: tuple[int, int] = (MIN_WORDS, MAX_WORDS),
) -> list[Article]:
    """Apply the picking rule of the module docstring (``words``: the inclusive length range)."""
    fits = [
        Article(key, body)
        for key, body in bodies
        if not any(key.startswith(used) for used in exclude)
        and half(key.split("/", 1)[1]) == which
        and words[0] <= len(body.split()) <= words[1]
        and is_english(body)
    ]
    return sorted(fits, key=lambda a: sort_key(salt, a.key))[:n]


def pick_extracted(
    evaldata: Path, source: str, which: str, n: int, salt: str,
    exclude: set[str] = frozenset(), words: tuple[int, int] = (MIN_WORDS, MAX_WORDS),
) -> list[Article]:
    """Like :func:`pick`, but each body is narrate's own extraction of the page's HTML, the
    text an edition reads, not a ground truth.

    Why: a ground truth's own flaws (words split by markup, flattened table cells, no-break
    spaces) were heard as errors that an edition never has, and trafilatura-eval's 990 pages
    have no full body to read at all. Pages are taken in the salted order and extracted one by
    one until ``n`` English ones of the right length are found; a page narrate cannot extract
    is skipped, as a batch would report it."""
    from narrate.errors import NarrateError
    from narrate.extract import extract_article

    rows = [json.loads(line) for line in (evaldata / source / "ground_truth.jsonl").read_text(
        encoding="utf-8").split("\n") if line.strip()]
    keys = sorted((f"{source}/{row['id']}" for row in rows
                   if half(str(row["id"])) == which
                   and not any(f"{source}/{row['id']}".startswith(u) for u in exclude)),
                  key=lambda k: sort_key(salt, k))
    urls = {f"{source}/{row['id']}": row.get("url") for row in rows}
    out: list[Article] = []
    for key in keys:
        if len(out) >= n:
            break
        page = evaldata / source / "html" / f"{key.split('/', 1)[1]}.html.gz"
        try:
            article = extract_article(gzip.decompress(page.read_bytes()), url=urls[key])
        except (OSError, NarrateError):
            continue
        body = spoken_body(article.blocks)
        if words[0] <= len(body.split()) <= words[1] and is_english(body):
            out.append(Article(key, body))
    return out


def pick_pages(
    pages: list[Path], label: str, words: tuple[int, int] = (150, 100_000),
) -> list[Article]:
    """Narrate's own extraction of HTML pages from outside the evaluation sets, every English
    one of the right length, keyed ``label/<file stem>``.

    Why: the evaluation sets' tuning halves are read, so later audits draw real pages from other
    public sources (an extraction library's test fixtures, say) that no rule was written from.
    Which of them are held out is decided before anyone reads them, by the caller (a list, a
    folder). A page whose spoken body repeats an earlier page's (one article saved twice) is
    taken once; a page narrate cannot extract is skipped, as a batch would report it."""
    from narrate.errors import NarrateError
    from narrate.extract import extract_article

    out: list[Article] = []
    seen: set[str] = set()
    for page in sorted(pages, key=lambda p: p.name):
        try:
            article = extract_article(page.read_bytes())
        except (OSError, NarrateError):
            continue
        body = spoken_body(article.blocks)
        if body in seen or not (words[0] <= len(body.split()) <= words[1]) or not is_english(body):
            continue
        seen.add(body)
        out.append(Article(f"{label}/{page.name.removesuffix('.html').removesuffix('.htm')}",
                           body))
    return out


def spoken_body(blocks) -> str:
    """The blocks' text as an edition reads it, one block a line: a run of code listings
    (``Block.code``) is the one note the script says in its place (``--code note``, the
    default), so a sheet lists what a listener hears, not the code the transcript keeps."""
    from narrate.script import code_note

    lines: list[str] = []
    for i, b in enumerate(blocks):
        if getattr(b, "code", False):
            if not (i and getattr(blocks[i - 1], "code", False)):
                lines.append(code_note("en"))
        else:
            lines.append(b.text)
    return "\n".join(lines)


def _sentence_at(text: str, pos: int) -> str:
    """The input sentence around ``pos`` (cut at sentence ends), for context."""
    starts = [m.end() for m in _SENTENCE_END.finditer(text) if m.end() <= pos]
    start = starts[-1] if starts else 0
    nxt = _SENTENCE_END.search(text, pos)
    return text[start : nxt.start() + 1 if nxt else len(text)].strip()


def _reading(spans, out: str, start: int, end: int) -> str:
    hits = [s for s in spans if s.in_start < end and s.in_end > start]
    if not hits:
        return ""
    return out[min(s.out_start for s in hits) : max(s.out_end for s in hits)]


@functools.lru_cache(maxsize=1)
def _lexicon():
    """The lexicon an edition loads when no voice profile or user file adds one (the pipeline's
    ``_load_lexicon``): a sheet must say what an edition says. Without it the sheets spelled
    every lexicon word ("FTSE 100" as "F T S E", where an edition says "footsie")."""
    from narrate.lexicon import Lexicon

    return Lexicon.load([], include_default=True).for_language("en")


def paragraph_items(
    paragraph: str, vocabulary: frozenset[str] | None = None
) -> tuple[list[Token], list[Token]]:
    """(tokens worth listing, sentence ends with no stop in the output) of one paragraph.

    ``vocabulary`` is the article's :func:`article_vocabulary`, as the script stage passes it,
    so the sheet says what an edition would."""
    norm = normalize_with_map(paragraph, "en", _lexicon(), vocabulary=vocabulary)
    tokens = []
    for m in re.finditer(r"\S+", paragraph):
        tok = Token(m.group(), _reading(norm.spans, norm.text, m.start(), m.end()).strip(),
                    _sentence_at(paragraph, m.start()))
        if tok.changed or _RISKY.search(tok.text):
            tokens.append(tok)
    ends = []
    for m in _SENTENCE_END.finditer(paragraph):
        before = re.search(r"(\S+)$", paragraph[: m.start()])
        word = before.group(1).lower().strip("(\"“") if before else ""
        if word in _TITLES or re.fullmatch(r"[a-z]", word):
            continue
        if word.rstrip(".") in _MONTHS and paragraph[m.end() : m.end() + 1].isdigit():
            continue  # "Oct. 31": a date, not a sentence end
        start = before.start() if before else m.start()
        reading = _reading(norm.spans, norm.text, start, m.end())
        if not _STOP.search(reading):
            ends.append(Token(paragraph[start : m.end()].strip(), reading.strip(),
                              _sentence_at(paragraph, start)))
    return tokens, ends


def _cell(s: str) -> str:
    return s.replace("|", "\\|").replace("\n", " ")


def sheet(articles: list[Article], header: str, full: bool = False) -> str:
    """The Markdown audit sheet for the picked articles."""
    lines = [header, ""]
    total = sum(a.words for a in articles)
    lines.append(f"{len(articles)} articles, {total:,} words.\n")
    for a in articles:
        lines += [f"## {a.key} ({a.words:,} words)", ""]
        tokens, ends = [], []
        texts = []
        vocabulary = article_vocabulary(a.body)
        for p in re.split(r"\n\s*\n|\n", a.body):
            if p.strip():
                t, e = paragraph_items(p.strip(), vocabulary)
                tokens += t
                ends += e
                texts.append(normalize_with_map(p.strip(), "en", _lexicon(),
                                                vocabulary=vocabulary).text)
        lines.append(f"Sentence-end checks ({len(ends)}): input end | output")
        lines += [f"- `{_cell(e.text)}` → `{_cell(e.reading)}` — {_cell(e.sentence)}" for e in ends]
        lines += ["", f"Tokens ({len(tokens)}; * = spoken form differs):", "",
                  "| token | reading | sentence |", "|---|---|---|"]
        seen = set()
        for t in tokens:
            if (t.text, t.reading, t.sentence) in seen:
                continue
            seen.add((t.text, t.reading, t.sentence))
            mark = "*" if t.changed else ""
            lines.append(f"| {mark}`{_cell(t.text)}` | {_cell(t.reading)} | {_cell(t.sentence)} |")
        if full:
            lines += ["", "Normalized text:", ""] + [f"> {t}\n" for t in texts]
        lines.append("")
    return "\n".join(lines)


def _commit() -> str:
    try:
        return subprocess.run(["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"],
                              capture_output=True, text=True, check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--half", choices=HALVES)
    ap.add_argument("--n", type=int, default=10)
    ap.add_argument("--salt")
    ap.add_argument("--pages", type=Path, nargs="+", metavar="HTML",
                    help="audit these HTML pages from outside the evaluation sets instead "
                         "(narrate's extraction, every English page of 150 words or more; "
                         "--half, --n, --salt do not apply)")
    ap.add_argument("--label", default="pages", help="source name of --pages in the sheet")
    ap.add_argument("--exclude-used", action="store_true",
                    help="skip pages named in bench/NORMALIZE_RESULTS.md")
    ap.add_argument("--words", type=int, nargs=2, default=(MIN_WORDS, MAX_WORDS),
                    metavar=("MIN", "MAX"),
                    help=f"article length range in words (default {MIN_WORDS} {MAX_WORDS}); the "
                         "tuning half's 400-1,500-word articles were all read by audits 1-10")
    ap.add_argument("--out", type=Path, required=True, help="sheet path (outside the repository)")
    ap.add_argument("--full", action="store_true", help="append each article's normalized text")
    ap.add_argument("--extracted", choices=("trafilatura-eval", "wcxb", "scrapinghub"),
                    help="read narrate's own extraction of this set's pages instead of the "
                         "ground-truth bodies (see pick_extracted)")
    ap.add_argument("--evaldata", type=Path, default=None,
                    help=f"evaluation pages (default {EVALDATA}, or ../../shared/evaldata "
                         "from a worktree; NARRATE_EVALDATA also sets it)")
    args = ap.parse_args(argv)
    if args.pages:
        articles = pick_pages(args.pages, args.label)
        return _write(articles, argv, args.out, args.full)
    if not (args.half and args.salt):
        ap.error("--half and --salt are required (or give --pages)")
    default = [EVALDATA, ROOT.parents[1] / "shared" / "evaldata"]
    where = [args.evaldata] if args.evaldata else default
    bodies = next((b for b in map(load_bodies, where) if b), [])
    if not bodies:
        print(f"no ground truth under {where[0]}", file=sys.stderr)
        return 2
    exclude = used_ids() if args.exclude_used else set()
    if args.extracted:
        evaldata = next(p for p in where if (p / args.extracted).exists())
        articles = pick_extracted(evaldata, args.extracted, args.half, args.n, args.salt,
                                  exclude, tuple(args.words))
    else:
        articles = pick(bodies, args.half, args.n, args.salt, exclude, tuple(args.words))
    return _write(articles, argv, args.out, args.full)


def _write(articles: list[Article], argv: list[str] | None, out: Path, full: bool) -> int:
    """Write the sheet (temporary name, then rename) and say how much it holds."""
    cmd = " ".join(["python bench/audit.py"] + (argv if argv is not None else sys.argv[1:]))
    header = f"# Listener audit sheet\n\n`{cmd}` at commit {_commit()}\n\n" + ", ".join(
        a.key for a in articles)
    tmp = out.with_name(out.name + ".tmp")
    tmp.write_text(sheet(articles, header, full), encoding="utf-8")
    tmp.replace(out)
    print(f"{len(articles)} articles, {sum(a.words for a in articles):,} words -> {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
