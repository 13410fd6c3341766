# ruff: noqa: E501  (each sentence and its reading stay on one line)
"""Issue 12, audit 44 and disc rounds (normfix47): dunder names and Python file names,
command-line flags with no known command before them, spaced "<" comparisons, spaced
slashes between counts, dotted code names, two-letter web address endings.

Sentences are invented in the shape of news and tech-blog copy (names made up); the expected
text is what the engine should be given. Lines marked "counter-example" must not change.
"""

from __future__ import annotations

import pytest

from narrate.normalize import article_vocabulary, normalize, normalize_with_map

# a "<" spaced on both sides after an operand is "less than", even with a ">" later on the line
LESS_THAN = [
    ("The rule holds when a < b and c > d for every pair.",
     "The rule holds when a less than b and c greater than d for every pair."),
    ("Keep polling while n < 10 and the queue > 0 jobs.",
     "Keep polling while n less than ten and the queue greater than zero jobs."),
    ("Each case with x < y but z > w was dropped.",
     "Each case with x less than y but z greater than w was dropped."),
    # counter-examples: markup and a title in angle brackets
    ("Wrap it in <b>bold</b> and move on.", "Wrap it in bold and move on."),
    ("The term <The Ministry> kept coming up.", "The term, The Ministry, kept coming up."),
]


@pytest.mark.parametrize(("text", "expected"), LESS_THAN)
def test_spaced_less_than_is_a_comparison(text: str, expected: str) -> None:
    assert normalize(text, "en") == expected


# a double-underscore name is "dunder ...", a file's extension said as any file's
DUNDER = [
    ("Put an empty __init__.py file in the folder so the importer sees a package.",
     "Put an empty dunder init dot P Y file in the folder so the importer sees a package."),
    ("The __all__ list decides what a star import brings in.",
     "The dunder all list decides what a star import brings in."),
    ("She defined __repr__ and __eq__, then overrode __init_subclass__ as well.",
     "She defined dunder repr and dunder eq, then overrode dunder init subclass as well."),
    ("Open pkg/__init__.py and the helper setup.py in the editor.",
     "Open pkg slash dunder init dot P Y and the helper setup dot P Y in the editor."),
    ("The team keeps its entry point in __main__.py these days.",
     "The team keeps its entry point in dunder main dot P Y these days."),
    # counter-examples: a snake_case name and a fill-in blank
    ("Set max_retry_count before the job starts.", "Set max retry count before the job starts."),
    ("Fill in the ____ with your own name.", "Fill in the with your own name."),
]


@pytest.mark.parametrize(("text", "expected"), DUNDER)
def test_dunder_names(text: str, expected: str) -> None:
    assert normalize(text, "en") == expected


# a spaced "--" glued to a lower-case name is a flag with no known command before it; a
# single "-x" only in a paragraph that shows code
FLAGS = [
    ("The style checker fixes most warnings when run with --auto-correct at the end.",
     "The style checker fixes most warnings when run with dash dash auto-correct at the end."),
    ("Pass --prof to the runtime before the load test.",
     "Pass dash dash prof to the runtime before the load test."),
    ("Try it with --verbose and --dry-run first.",
     "Try it with dash dash verbose and dash dash dry-run first."),
    ("In setup.py, call build() with -v to see every step.",
     "In setup dot P Y, call build with dash v to see every step."),
    # counter-examples: double hyphens used as dashes, prose hyphens, a negative number
    ("The new mayor --the third this decade-- took office on Monday.",
     "The new mayor, the third this decade, took office on Monday."),
    ("She walked out --and never came back.", "She walked out, and never came back."),
    ("The well -known author spoke at the fair.", "The well, known author spoke at the fair."),
    ("Overnight lows fell to -5 degrees.", "Overnight lows fell to minus five degrees."),
]


@pytest.mark.parametrize(("text", "expected"), FLAGS)
def test_flags_without_a_known_command(text: str, expected: str) -> None:
    assert normalize(text, "en") == expected


# a spaced slash between two counts or two code names divides
QUOTIENTS = [
    ("The failure rate (#timeouts / #calls) doubled after the update.",
     "The failure rate, number of timeouts divided by number of calls, doubled after the update."),
    ("The dashboard plots total_bytes / elapsed_ms for each node.",
     "The dashboard plots total bytes divided by elapsed ms for each node."),
    ("It reports hitCount / missCount once an hour.",
     "It reports hitCount divided by missCount once an hour."),
    ("In the loader.py file the code returns a / b at the end.",
     "In the loader dot P Y file the code returns a divided by b at the end."),
    # counter-examples: alternatives and credits in prose
    ("She is the film's writer / director and its star.", "She is the film's writer, director and its star."),
    ("The app runs on macOS / watchOS and iPhone / iPad.", "The app runs on macOS, watchOS and iPhone, iPad."),
    ("The x / y split was never explained.", "The x, y split was never explained."),
]


@pytest.mark.parametrize(("text", "expected"), QUOTIENTS)
def test_spaced_slash_between_counts_or_code_names(text: str, expected: str) -> None:
    assert normalize(text, "en") == expected


# a dotted name with one inner capital after a common word ("tools.DataLoader") is code when
# a call's bracket, a code noun or the article's other uses of its prefix say so
DOTTED_SIGNALS = [
    ("She subclassed files.ImageReader (the class that decodes frames) last year.",
     "She subclassed files dot ImageReader, the class that decodes frames, last year."),
    ("He called files.ImageReader() twice before lunch.",
     "He called files dot ImageReader twice before lunch."),
    ("Then wrap it in the data.BatchSampler module first.",
     "Then wrap it in the data dot BatchSampler module first."),
    # counter-examples: a lost space after a sentence's end, in prose
    ("It ended the world order.MacBook sales fell next.", "It ended the world order. MacBook sales fell next."),
    ("The vote ended the session.Diplomacy followed.", "The vote ended the session. Diplomacy followed."),
]


@pytest.mark.parametrize(("text", "expected"), DOTTED_SIGNALS)
def test_dotted_code_name_signals(text: str, expected: str) -> None:
    assert normalize(text, "en") == expected


def test_dotted_code_prefix_from_the_article() -> None:
    article = ("The loader starts from files.ImageReader today.\n"
               "Later files.FrameCache keeps the decoded frames.")
    vocabulary = article_vocabulary(article)
    said = [normalize_with_map(p, "en", vocabulary=vocabulary).text for p in article.split("\n")]
    assert said == ["The loader starts from files dot ImageReader today.",
                    "Later files dot FrameCache keeps the decoded frames."]
    # counter-example: one use only, no other signal
    assert normalize("The loader starts from files.ImageReader today.", "en") == (
        "The loader starts from files. ImageReader today.")


# country endings beyond the common list, and any two-letter ending after a label with a digit
# or after "www.": an address, its ending spelled
COUNTRY_ENDINGS = [
    ("Tickets for the fair are sold at expo2031.ae and at the gate.",
     "Tickets for the fair are sold at expo twenty thirty-one dot A E and at the gate."),
    ("The ministry posted the list on health.gov.ng on Friday.",
     "The ministry posted the list on health dot gov dot N G on Friday."),
    ("Orders go through www.harbourtea.xy until June.",
     "Orders go through harbourtea dot X Y until June."),
    ("The bank's site, mybank.com.pk, was down for an hour.",
     "The bank's site, mybank dot com dot P K, was down for an hour."),
    # counter-examples: abbreviations and times
    ("Bring a snack, e.g. fruit, i.e. something light, by 9 a.m. in the U.S. office.",
     "Bring a snack, for example fruit, that is something light, by nine A-M in the U S office."),
]


@pytest.mark.parametrize(("text", "expected"), COUNTRY_ENDINGS)
def test_country_web_endings(text: str, expected: str) -> None:
    assert normalize(text, "en") == expected
