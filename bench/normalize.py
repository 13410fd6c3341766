"""Normalization benchmarks: speed, agreement with NeMo's normalizer, and a context set.

Three commands, each writing its own section of bench/NORMALIZE_RESULTS.md (unless --no-write):

    python bench/normalize.py [time] [--repeat 5]
        ms per 1,000 words on the article bodies of ../shared/evaldata (or a built-in text).
    python bench/normalize.py compare [--nemo-python /work/nemo-venv/bin/python] [--show N]
        every ground-truth sentence of ../shared/evaldata that either normalizer changes, read by
        narrate and by NVIDIA NeMo's deterministic normalizer; disagreements grouped by class,
        per tuning/check half (bench/halves.py).
    python bench/normalize.py context
        the context set bench/data/normalize_context.jsonl scored for narrate and NeMo.

NeMo never runs in narrate's environment: ``--nemo-python`` names the interpreter of a separate
venv (bench/requirements-nemo.txt) that runs bench/nemo_run.py for the sentences missing from
the output cache. Without it, the cached outputs are used and missing sentences are skipped.
"""

from __future__ import annotations

import argparse
import difflib
import hashlib
import json
import os
import platform
import re
import statistics
import subprocess
import sys
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.halves import CHECK, TUNE, half  # noqa: E402
from narrate.lexicon import Lexicon  # noqa: E402
from narrate.normalize import normalize, normalize_with_map  # noqa: E402

#: ../shared/evaldata beside the checkout (or two levels up, for a worktree under wt/); without
#: it the timing fell back to the built-in text unannounced in a worktree
EVALDATA = Path(os.environ.get("NARRATE_EVALDATA", next(
    (p for p in (ROOT.parent / "shared" / "evaldata", ROOT.parent.parent / "shared" / "evaldata")
     if p.exists()), ROOT.parent / "shared" / "evaldata")))
RESULTS = ROOT / "bench" / "NORMALIZE_RESULTS.md"
CONTEXT_SET = ROOT / "bench" / "data" / "normalize_context.jsonl"
CONTEXT_NEMO = ROOT / "bench" / "data" / "nemo_context_outputs.jsonl"
REVIEW_LABELS = ROOT / "bench" / "data" / "nemo_review_labels.jsonl"
# NeMo's readings of evaldata sentences stay outside the repository: they are page text.
NEMO_CACHE = Path(os.environ.get("NARRATE_NEMO_CACHE", "/work/nemo-cache"))
NEMO_OUTPUTS = NEMO_CACHE / "nemo_outputs.jsonl"
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
            for line in path.read_text(encoding="utf-8").split("\n"):
                if not line.strip():
                    continue
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
    """CPU ms per 1,000 words for each repeat over all texts.

    CPU time of this process, not wall clock: on a machine shared with other jobs the wall clock
    swings several-fold with their load, the CPU the normalizer needs does not.
    """
    total_words = sum(len(t.split()) for t in texts)
    runs = []
    for _ in range(repeat):
        t0 = time.process_time()
        for t in texts:
            normalize(t, "en", lexicon)
        runs.append((time.process_time() - t0) * 1000 / total_words * 1000)
    return runs


def timing_report(repeat: int, e2e_rounds: int = 3) -> str:
    """The speed section: ms per 1,000 words without and with the default lexicon, and their
    share of end to end, measured in the same run (bench/edition.py's end to end on its
    ~1,000-word page, ``e2e_rounds`` fresh processes; 0 to skip)."""
    bodies, source = load_articles()
    texts = chunk_1000(bodies)
    words = sum(len(t.split()) for t in texts)
    normalize(texts[0])  # compile patterns once, as a long-running process would
    lexicon = Lexicon.default()
    plain = measure(texts, None, repeat)
    with_lex = measure(texts, lexicon, repeat)
    best, med = min(plain), statistics.median(plain)
    best_l, med_l = min(with_lex), statistics.median(with_lex)
    lines = [
        f"Text: {source}, cut into {len(texts)} article texts of ~1,000 words "
        f"({words:,} words in all). {repeat} runs each; Python {platform.python_version()}"
        f" on {platform.machine()} (a 2-core machine shared with other jobs).",
        "",
        "| setting | CPU ms per 1,000 words (median) | best run |",
        "|---|---:|---:|",
        f"| `normalize(text, 'en')` | {med:.1f} | {best:.1f} |",
        f"| with the default lexicon ({len(lexicon)} keys) | {med_l:.1f} | {best_l:.1f} |",
        "",
        *share_of_end_to_end(med_l, e2e_rounds),
        "Reproduce: `python bench/normalize.py time`.",
    ]
    return "\n".join(lines)


def share_of_end_to_end(ms_per_1000: float, rounds: int) -> list[str]:
    """Lines stating what normalizing an article costs against narrating it end to end, both
    measured now: a figure copied from another day's run moves with the machine's load and
    with every change to the other stages."""
    if rounds <= 0:
        return []
    from bench.edition import end_to_end

    e2e = end_to_end(rounds)
    normalize_s = ms_per_1000 * e2e["words"] / 1000 / 1000
    return [
        f"End to end in this run (`bench/edition.py`'s page, {e2e['words']} words spoken, median "
        f"of {e2e['rounds']} fresh process(es)): {e2e['seconds']:.2f} s wall, "
        f"{e2e['cpu_seconds']:.2f} s CPU. Normalizing that many words takes "
        f"{normalize_s * 1000:.0f} ms of CPU: {normalize_s / e2e['seconds'] * 100:.1f} % of end "
        f"to end by the wall clock, {normalize_s / e2e['cpu_seconds'] * 100:.1f} % of its CPU "
        f"time (budget: 2 %). The one-time compilation of the rules, which end to end pays in "
        f"its fresh process, is left out here: `bench/normalize_speed.py` reports it as the "
        f"first call.",
        "",
    ]


# ---------------------------------------------------------------------------------------------
# Comparing readings: words with punctuation, case and hyphens ignored
# ---------------------------------------------------------------------------------------------

_QUOTES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "‐": "-", "‑": "-", "–": "-", "—": "-"})
_NOT_WORD = re.compile(r"[^\w' ]+")


def words(text: str) -> list[str]:
    """The words of a reading, as a listener would compare them.

    Case, punctuation and hyphens do not change what is heard ("twenty-five" = "twenty five");
    an apostrophe inside a word does ("eighties" vs "eighty's" is the same sound but a different
    reading of "1980's", which is what the comparison is for), so only edge apostrophes go.
    """
    t = text.translate(_QUOTES).lower().replace("-", " ").replace("_", " ")
    t = _NOT_WORD.sub(" ", t)
    return [w.strip("'") for w in t.split() if w.strip("'")]


_CAPS_RUN = re.compile(r"(?<![A-Za-z])[A-Z]{2,}(?![a-rt-z])")
_NUMBER_WORDS = frozenset(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty "
    "ninety hundred thousand million billion trillion dollar dollars cent cents pound pounds "
    "euro euros point".split()
)


def oracle_words(text: str) -> list[str]:
    """``words`` plus three equivalences, for comparing narrate with NeMo only.

    NeMo's English grammars leave an all-capitals word as written for the speech model to
    spell or say, while narrate must decide (eSpeak reads what it gets), so capitals are
    spelled on both sides ("FBI" = "F B I"): the oracle has no opinion on spelling, which the
    context set judges instead. Apostrophes go ("T V's" = "TVs"). "and" inside a number or an
    amount ("three hundred and five", "five dollars and ten cents") and "oh" for a zero digit
    are styles, not misreadings. Word breaks alone ("wi fi" = "WiFi") are handled by the caller.
    """
    text = _CAPS_RUN.sub(lambda m: " ".join(m.group(0)) + " ", text.translate(_QUOTES))
    ws = [w.replace("'", "") for w in words(text)]
    out = []
    for i, w in enumerate(ws):
        prev_num = i > 0 and ws[i - 1] in _NUMBER_WORDS
        next_num = i + 1 < len(ws) and ws[i + 1] in _NUMBER_WORDS
        if w == "and" and prev_num and next_num:
            continue
        if w == "oh" and (prev_num or next_num):
            w = "zero"
        out.append(w)
    return out


def same_reading(a: str, b: str) -> bool:
    """Two readings agree when their word sequences are equal."""
    return words(a) == words(b)


# ---------------------------------------------------------------------------------------------
# Sentences of the ground-truth bodies
# ---------------------------------------------------------------------------------------------

#: Lower-cased words whose period does not end a sentence (titles, "No.", months, "vs.").
_NO_BREAK = {
    "mr", "mrs", "ms", "dr", "st", "no", "nos", "vs", "v", "gen", "sen", "rep", "gov", "lt",
    "col", "sgt", "capt", "prof", "rev", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
    "sept", "oct", "nov", "dec", "fig", "approx", "est", "inc", "jr", "sr", "mt", "ft", "e.g",
    "i.e", "etc", "al", "op", "vol", "pp", "ch",
}
_BOUNDARY = re.compile(r"[.!?…]+[\"”’')\]]*\s+(?=[\"“‘'(\[]?[A-Z0-9$£€])")
_LAST_WORD = re.compile(r"([\w.]+)[.!?…]+[\"”’')\]]*\s+$")
_STOPWORDS = {"the", "and", "of", "to", "a", "in", "is", "that", "for", "it", "with", "on"}


def split_sentences(paragraph: str) -> list[str]:
    """Split a paragraph at full stops followed by a capital or digit.

    Not after a title or other abbreviation, nor after a single initial ("J. Smith"): both
    normalizers should see the sentence an abbreviation belongs to, whole.
    """
    out, start = [], 0
    for m in _BOUNDARY.finditer(paragraph):
        last = _LAST_WORD.search(paragraph, start, m.end())
        word = last.group(1).lower() if last else ""
        if word in _NO_BREAK or (len(word) == 1 and word.isalpha()):
            continue
        out.append(paragraph[start : m.end()].strip())
        start = m.end()
    out.append(paragraph[start:].strip())
    return [s for s in out if s]


def is_english(body: str) -> bool:
    """A cheap language check: English prose is about a fifth function words."""
    ws = re.findall(r"[a-z']+", body.lower())
    return bool(ws) and sum(w in _STOPWORDS for w in ws) / len(ws) >= 0.08


#: Something a normalizer may read out differently from the letters on the page.
_CANDIDATE = re.compile(
    r"\d|[$£€¥%&@#/*+=<>°§~^|\\]|\b[A-Z]{2,}|\b\w+\.\w|"
    r"\b(?:[A-Z][a-z]{0,4}|vs|approx|etc|e\.g|i\.e)\.(?=\s|$)"
)
MAX_WORDS = 80  # longer "sentences" are lists or tables; NeMo is slow on them


@dataclass(frozen=True)
class Sentence:
    """One ground-truth sentence, where it comes from and which half its page is in."""

    text: str
    page: str
    source: str
    half: str


def load_sentences() -> list[Sentence]:
    """Every candidate sentence of the English ground-truth bodies, deduplicated."""
    seen: set[str] = set()
    out: list[Sentence] = []
    for name, key in (("scrapinghub", "articleBody"), ("wcxb", "main_content")):
        path = EVALDATA / name / "ground_truth.jsonl"
        if not path.exists():
            continue
        for line in path.read_text(encoding="utf-8").split("\n"):
            if not line.strip():
                continue
            row = json.loads(line)
            body = row.get(key) or ""
            if not is_english(body):
                continue
            for para in re.split(r"\n+", body):
                for sent in split_sentences(para.strip()):
                    if (
                        sent in seen
                        or not _CANDIDATE.search(sent)
                        or len(sent.split()) > MAX_WORDS
                    ):
                        continue
                    seen.add(sent)
                    out.append(Sentence(sent, row["id"], name, half(row["id"])))
    return out


# ---------------------------------------------------------------------------------------------
# NeMo's outputs: a cache filled by bench/nemo_run.py in NeMo's own venv
# ---------------------------------------------------------------------------------------------


def read_cache(path: Path) -> dict[str, str | None]:
    """sentence -> NeMo's reading (None where NeMo failed), from a JSONL cache."""
    cache: dict[str, str | None] = {}
    if path.exists():
        for line in path.read_text(encoding="utf-8").split("\n"):
            if line.strip():
                row = json.loads(line)
                cache[row["text"]] = row["nemo"]
    return cache


def fill_cache(texts: list[str], cache_path: Path, nemo_python: str | None) -> dict:
    """Read NeMo's outputs for ``texts``, running NeMo (niced, one process) for missing ones."""
    cache = read_cache(cache_path)
    missing = [t for t in dict.fromkeys(texts) if t not in cache]
    if missing and nemo_python:
        cache_path.parent.mkdir(parents=True, exist_ok=True)
        print(f"running NeMo on {len(missing)} sentences...", file=sys.stderr)
        feed = "".join(json.dumps(t, ensure_ascii=False) + "\n" for t in missing)
        cmd = ["nice", "-n", "10", nemo_python, str(ROOT / "bench" / "nemo_run.py"),
               "--cache", str(cache_path), "--grammars", str(NEMO_CACHE)]
        subprocess.run(cmd, input=feed, text=True, check=True)
        cache = read_cache(cache_path)
    elif missing:
        print(f"{len(missing)} sentences have no cached NeMo reading (pass --nemo-python)",
              file=sys.stderr)
    return cache


# ---------------------------------------------------------------------------------------------
# Disagreements, and their class
# ---------------------------------------------------------------------------------------------

CLASSES = (
    "money", "date", "time", "number", "ordinal", "roman", "unit", "abbreviation",
    "acronym/caps", "symbol/slash", "other",
)
_MONTH = (r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?")
_CLASS_RULES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("money", re.compile(r"[$£€¥]\s?\d|\d\s?(?:USD|EUR|GBP|cents?|dollars?|pounds?)\b|"
                         r"\b(?:USD|EUR|GBP|US\$|C\$|A\$)\s?\d")),
    ("time", re.compile(r"\b\d{1,2}:\d{2}\b|\b\d{1,2}\s?(?:a\.?m|p\.?m|AM|PM)\b|\b[ap]\.m\.")),
    ("date", re.compile(rf"\b{_MONTH}\s+\d{{1,2}}\b|\b\d{{1,2}}\s+{_MONTH}|"
                        r"\b\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4}\b|\b(?:1[5-9]|20)\d\d'?s?\b")),
    ("ordinal", re.compile(r"\b\d+(?:st|nd|rd|th)\b", re.I)),
    ("unit", re.compile(r"\d\s?(?:%|°|[kKmMgGtT]?[bB]\b|[kmcµ]?m\b|[kmµ]?g\b|kg|lbs?|oz|ft|"
                        r"in\b|mi\b|mph|km/?h|[kKMG]?Hz|[kKMG]?W\b|mAh|V\b|mins?|hrs?|secs?|"
                        r"s\b|x\b|K\b|M\b|bn\b)")),
    ("roman", re.compile(r"\b[IVXLC]{2,}\b|\b(?:[A-Z][a-z]+|War|Chapter|Part)\s[IVX]+\b")),
    ("symbol/slash", re.compile(r"[/&@#*+=<>~^|\\§]")),
    ("number", re.compile(r"\d")),
    ("abbreviation", re.compile(r"\b\w+\.(?:\w+\.?)*|\b[A-Z][a-z]{0,3}\b")),
    ("acronym/caps", re.compile(r"[A-Z]{2,}")),
)


def classify(fragment: str) -> str:
    """The class of an input fragment two normalizers read differently (first rule that fits)."""
    for name, rule in _CLASS_RULES:
        if rule.search(fragment):
            return name
    return "other"


@dataclass
class Disagreement:
    """One place where narrate and NeMo read a sentence differently."""

    sentence: Sentence
    cls: str
    fragment: str  # the input text the differing words came from
    narrate: str  # narrate's words there
    nemo: str  # NeMo's words there

    @property
    def key(self) -> str:
        """Stable id for review labels, so the labels file holds no page text."""
        raw = f"{self.sentence.text}\x00{self.fragment}\x00{self.narrate}\x00{self.nemo}"
        return hashlib.sha1(raw.encode("utf-8")).hexdigest()[:16]


def _word_offsets(text: str) -> list[tuple[str, int, int]]:
    """``words(text)`` with each word's character span in ``text``."""
    out = []
    for m in re.finditer(r"\S+", text):
        for w in words(m.group(0)):
            out.append((w, m.start(), m.end()))
    return out


def _oracle_offsets(text: str) -> list[tuple[str, int, int]]:
    """``oracle_words(text)`` with spans: each canonical word keeps its source word's span."""
    raw = _word_offsets(text)
    canon = oracle_words(text)
    matcher = difflib.SequenceMatcher(a=[w for w, _, _ in raw], b=canon, autojunk=False)
    out: list[tuple[str, int, int]] = []
    for op, a0, a1, b0, b1 in matcher.get_opcodes():
        if op == "equal":
            out.extend(raw[a0:a1])
            continue
        span0 = raw[min(a0, len(raw) - 1)][1] if raw else 0
        span1 = raw[max(a1 - 1, min(a0, len(raw) - 1))][2] if raw else 0
        out.extend((w, span0, span1) for w in canon[b0:b1])
    return out


def disagreements(sent: Sentence, nemo: str) -> list[Disagreement]:
    """Align narrate's and NeMo's words; classify each differing stretch by its input text."""
    norm = normalize_with_map(sent.text, "en")
    ours = _oracle_offsets(norm.text)
    theirs = oracle_words(nemo)
    matcher = difflib.SequenceMatcher(a=[w for w, _, _ in ours], b=theirs, autojunk=False)
    found = []
    for op, a0, a1, b0, b1 in matcher.get_opcodes():
        if op == "equal" or "".join(w for w, _, _ in ours[a0:a1]) == "".join(theirs[b0:b1]):
            continue  # the same letters, only broken into words differently
        lo, hi = max(a0 - (a0 == a1), 0), max(a1, a0 + 1)  # an insertion: its left neighbour
        hi = min(hi, len(ours))
        if not ours:
            fragment = sent.text
        else:
            span = norm.source_of(ours[lo][1], ours[hi - 1][2]) if lo < hi else None
            fragment = sent.text[span[0] : span[1]] if span else sent.text
        # widen to whole input tokens, so "$125-$150" is classified as money, not as "-"
        s0 = sent.text.rfind(" ", 0, sent.text.find(fragment)) + 1 if fragment else 0
        e0 = sent.text.find(" ", sent.text.find(fragment) + len(fragment))
        fragment = sent.text[s0 : e0 if e0 >= 0 else len(sent.text)].strip()
        found.append(Disagreement(sent, classify(fragment), fragment,
                                  " ".join(w for w, _, _ in ours[a0:a1]),
                                  " ".join(theirs[b0:b1])))
    return found


@dataclass
class Comparison:
    """Counts for one half: candidates, changed sentences, disagreeing sentences, by class."""

    candidates: int = 0
    changed: int = 0
    disagree: int = 0
    nemo_failed: int = 0
    by_class: Counter = field(default_factory=Counter)
    items: list[Disagreement] = field(default_factory=list)
    disagreeing: set[str] = field(default_factory=set)  # sentence texts


def compare(sentences: list[Sentence], cache: dict) -> dict[str, Comparison]:
    """Compare narrate and NeMo on every sentence either of them changes, per half."""
    halves = {TUNE: Comparison(), CHECK: Comparison()}
    for sent in sentences:
        if sent.text not in cache:
            continue
        c = halves[sent.half]
        c.candidates += 1
        nemo = cache[sent.text]
        if nemo is None:
            c.nemo_failed += 1
            continue
        ours = oracle_words(normalize(sent.text, "en"))
        plain = oracle_words(sent.text)
        theirs = oracle_words(nemo)
        if ours == plain and theirs == plain:
            continue  # neither changes anything a listener would hear
        c.changed += 1
        if ours == theirs or "".join(ours) == "".join(theirs):
            continue
        c.disagree += 1
        c.disagreeing.add(sent.text)
        found = disagreements(sent, nemo)
        c.items.extend(found)
        c.by_class.update({d.cls for d in found})
    return halves


def baseline_report(halves: dict[str, Comparison], path: Path) -> str:
    """Markdown: sentences that started or stopped disagreeing since the saved baseline run.

    A falling disagreement rate is not the goal (narrate may rightly say "megapixel" where NeMo
    leaves "MP"); the sentences that *start* disagreeing are where a change may have broken
    something, so they are counted for review.
    """
    base = json.loads(path.read_text(encoding="utf-8"))
    lines = ["| half | disagreeing before | after | started | stopped |",
             "|---|---:|---:|---:|---:|"]
    for name, c in halves.items():
        before = set(base.get(name, []))
        lines.append(f"| {name} | {len(before):,} | {len(c.disagreeing):,} | "
                     f"{len(c.disagreeing - before):,} | {len(before - c.disagreeing):,} |")
    return "\n".join(lines)


def read_labels(path: Path = REVIEW_LABELS) -> dict[str, dict]:
    """Review labels keyed by :attr:`Disagreement.key` (label: narrate, nemo or style)."""
    labels = {}
    if path.exists():
        for line in path.read_text(encoding="utf-8").split("\n"):
            if line.strip():
                row = json.loads(line)
                labels[row["key"]] = row
    return labels


def compare_report(halves: dict[str, Comparison]) -> str:
    """Markdown: disagreement rates per half, the classes, and the reviewed breakdown."""
    lines = [
        "| half | candidate sentences | changed by either | disagree | of changed | "
        "of candidates | NeMo failed |",
        "|---|---:|---:|---:|---:|---:|---:|",
    ]
    for name, c in halves.items():
        rate = c.disagree / c.changed * 100 if c.changed else 0.0
        rate_all = c.disagree / c.candidates * 100 if c.candidates else 0.0
        lines.append(f"| {name} | {c.candidates:,} | {c.changed:,} | {c.disagree:,} | "
                     f"{rate:.1f}% | {rate_all:.1f}% | {c.nemo_failed} |")
    lines += ["", "Sentences with a disagreement of each class (a sentence may count in several):",
              "", "| class | " + " | ".join(halves) + " |",
              "|---|" + "---:|" * len(halves)]
    for cls in CLASSES:
        lines.append(f"| {cls} | " + " | ".join(str(c.by_class[cls]) for c in halves.values())
                     + " |")
    labels = read_labels()
    tune_items = {d.key: d for d in halves[TUNE].items}
    reviewed = [(labels[k], d) for k, d in tune_items.items() if k in labels]
    if reviewed:
        tally: dict[str, Counter] = defaultdict(Counter)
        for row, d in reviewed:
            tally[d.cls][row["label"]] += 1
        total = Counter(row["label"] for row, _ in reviewed)
        n = len(reviewed)
        lines += ["", f"Reviewed disagreements (tuning half, {n} of {len(tune_items)}):", "",
                  "| class | reviewed | narrate error | NeMo error | style |",
                  "|---|---:|---:|---:|---:|"]
        for cls in CLASSES:
            t = tally.get(cls)
            if t:
                lines.append(f"| {cls} | {sum(t.values())} | {t['narrate']} | {t['nemo']} | "
                             f"{t['style']} |")
        lines.append(f"| **all** | {n} | {total['narrate']} ({total['narrate'] / n:.0%}) | "
                     f"{total['nemo']} ({total['nemo'] / n:.0%}) | "
                     f"{total['style']} ({total['style'] / n:.0%}) |")
    return "\n".join(lines)


def show(items: list[Disagreement], per_class: int, path: Path) -> None:
    """Write disagreements grouped by class to ``path`` for review (outside the repository)."""
    labels = read_labels()
    grouped: dict[str, list[Disagreement]] = defaultdict(list)
    for d in items:
        grouped[d.cls].append(d)
    with path.open("w", encoding="utf-8") as out:
        for cls in CLASSES:
            for d in grouped[cls][:per_class]:
                row = {"key": d.key, "class": cls, "fragment": d.fragment,
                       "narrate": d.narrate, "nemo": d.nemo,
                       "label": labels.get(d.key, {}).get("label"), "sentence": d.sentence.text}
                out.write(json.dumps(row, ensure_ascii=False) + "\n")


# ---------------------------------------------------------------------------------------------
# The context set: inputs with several acceptable readings and some known-wrong ones
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ContextItem:
    """One line of bench/data/normalize_context.jsonl (format: bench/data/README.md)."""

    id: str
    cls: str
    text: str
    acceptable: tuple[str, ...]
    wrong: tuple[str, ...]


def load_context(path: Path = CONTEXT_SET) -> list[ContextItem]:
    """The context set, checked: every item has an acceptable reading and a unique id."""
    items = []
    for n, line in enumerate(path.read_text(encoding="utf-8").split("\n"), 1):
        if not line.strip():
            continue
        row = json.loads(line)
        if not row.get("acceptable"):
            raise ValueError(f"{path.name}:{n}: no acceptable reading")
        items.append(ContextItem(row["id"], row["class"], row["input"],
                                 tuple(row["acceptable"]), tuple(row.get("wrong", ()))))
    ids = Counter(i.id for i in items)
    dup = [i for i, k in ids.items() if k > 1]
    if dup:
        raise ValueError(f"{path.name}: duplicate ids {dup}")
    return items


def score(reading: str | None, item: ContextItem) -> bool:
    """A reading is right when it matches any acceptable reading word for word."""
    return reading is not None and any(same_reading(reading, a) for a in item.acceptable)


def caps_variants(reading: str, limit: int = 5) -> list[str]:
    """``reading`` with each all-capitals word either kept or spelled out, every combination.

    NeMo leaves "FBI", "ONLY" and "PM" as written for its speech model to decide; this gives it
    the benefit of the doubt on each (at most ``limit`` words are varied).
    """
    caps = list(_CAPS_RUN.finditer(reading))[:limit]
    out = []
    for mask in range(1 << len(caps)):
        text, last = [], 0
        for i, m in enumerate(caps):
            text.append(reading[last : m.start()])
            text.append(" ".join(m.group(0)) if mask >> i & 1 else m.group(0))
            last = m.end()
        out.append("".join(text) + reading[last:])
    return out


def context_report(items: list[ContextItem], nemo: dict, failures: Path | None) -> str:
    """Markdown: narrate's and NeMo's share of acceptable readings, overall and by class."""
    by_cls: dict[str, Counter] = defaultdict(Counter)
    fails = []
    for item in items:
        ours = normalize(item.text, "en")
        theirs = nemo.get(item.text)
        ok_ours, ok_theirs = score(ours, item), score(theirs, item)
        ok_lenient = theirs is not None and any(score(v, item) for v in caps_variants(theirs))
        c = by_cls[item.cls]
        c["n"] += 1
        c["narrate"] += ok_ours
        c["nemo"] += ok_theirs
        c["nemo_caps"] += ok_lenient
        c["nemo_missing"] += item.text not in nemo
        c["narrate_wrong"] += any(same_reading(ours, w) for w in item.wrong)
        if not ok_ours:
            fails.append({"id": item.id, "input": item.text, "narrate": ours,
                          "acceptable": item.acceptable[0], "nemo": theirs})
    if failures:
        failures.parent.mkdir(parents=True, exist_ok=True)  # the cache may not exist yet
        failures.write_text("".join(json.dumps(f, ensure_ascii=False) + "\n" for f in fails),
                            encoding="utf-8")
    n = sum(c["n"] for c in by_cls.values())
    ours_ok = sum(c["narrate"] for c in by_cls.values())
    nemo_ok = sum(c["nemo"] for c in by_cls.values())
    lenient = sum(c["nemo_caps"] for c in by_cls.values())
    missing = sum(c["nemo_missing"] for c in by_cls.values())
    lines = [
        f"{n} inputs in {len(by_cls)} classes"
        + (f" ({missing} without a cached NeMo reading, counted wrong)" if missing else "") + ".",
        "",
        "| class | inputs | narrate | NeMo (deterministic) | NeMo, capitals either way |",
        "|---|---:|---:|---:|---:|",
    ]
    for cls in sorted(by_cls):
        c = by_cls[cls]
        lines.append(f"| {cls} | {c['n']} | {c['narrate']} | {c['nemo']} | {c['nemo_caps']} |")
    lines.append(f"| **all** | {n} | {ours_ok} ({ours_ok / n:.1%}) | "
                 f"{nemo_ok} ({nemo_ok / n:.1%}) | {lenient} ({lenient / n:.1%}) |")
    lines += ["", "NeMo leaves words in capitals (FBI, ONLY, PM) as written for its speech model; "
              "the last column counts each such word right whether it is then spelled or said."]
    return "\n".join(lines)


# ---------------------------------------------------------------------------------------------
# Results file: each command rewrites only its own section
# ---------------------------------------------------------------------------------------------


def write_section(name: str, body: str, path: Path = RESULTS) -> None:
    """Replace the text between ``<!-- name -->`` and ``<!-- /name -->`` (append if absent)."""
    text = path.read_text(encoding="utf-8") if path.exists() else "# Normalization benchmark\n"
    begin, end = f"<!-- {name} -->", f"<!-- /{name} -->"
    block = f"{begin}\n{body.strip()}\n{end}"
    if begin in text and end in text:
        head, rest = text.split(begin, 1)
        text = head + block + rest.split(end, 1)[1]
    else:
        text = text.rstrip("\n") + "\n\n" + block + "\n"
    path.write_text(text, encoding="utf-8")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("command", nargs="?", default="time", choices=("time", "compare", "context"))
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--e2e-rounds", type=int, default=3,
                    help="time: fresh end-to-end runs to state the share against (0: none)")
    ap.add_argument("--no-write", action="store_true", help="print, do not edit the results")
    ap.add_argument("--section", default=None, help="results section name (default: command)")
    ap.add_argument("--nemo-python", default=None,
                    help="python of the NeMo venv, to fill the cache for missing sentences")
    ap.add_argument("--show", type=int, default=0,
                    help="write up to N tuning-half disagreements per class to "
                         "NARRATE_NEMO_CACHE/disagreements.jsonl for review")
    ap.add_argument("--save-baseline", default=None, metavar="NAME",
                    help="compare: keep which sentences disagree, as NARRATE_NEMO_CACHE/NAME.json")
    ap.add_argument("--baseline", default=None, metavar="NAME",
                    help="compare: report sentences that started/stopped disagreeing since NAME")
    ap.add_argument("--half", default=None, choices=(TUNE, CHECK),
                    help="compare: only this half (default: both)")
    args = ap.parse_args()

    if args.command == "time":
        report = timing_report(args.repeat, args.e2e_rounds)
    elif args.command == "compare":
        sentences = [s for s in load_sentences() if args.half in (None, s.half)]
        if not sentences:
            sys.exit(f"no ground truth under {EVALDATA}: set NARRATE_EVALDATA to the evaldata dir")
        cache = fill_cache([s.text for s in sentences], NEMO_OUTPUTS, args.nemo_python)
        halves = compare(sentences, cache)
        report = compare_report(halves)
        if args.save_baseline:
            (NEMO_CACHE / f"{args.save_baseline}.json").write_text(json.dumps(
                {name: sorted(c.disagreeing) for name, c in halves.items()}), encoding="utf-8")
        if args.baseline:
            report += "\n\nAgainst the baseline run:\n\n" + baseline_report(
                halves, NEMO_CACHE / f"{args.baseline}.json")
        if args.show:
            out = NEMO_CACHE / "disagreements.jsonl"
            show(halves[TUNE].items, args.show, out)
            print(f"disagreements for review: {out}", file=sys.stderr)
    else:
        items = load_context()
        nemo = fill_cache([i.text for i in items], CONTEXT_NEMO, args.nemo_python)
        report = context_report(items, nemo, NEMO_CACHE / "context_failures.jsonl")
    print(report)
    if not args.no_write:
        write_section(args.section or args.command, report)


if __name__ == "__main__":
    main()
