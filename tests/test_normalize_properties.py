"""Property tests: the normalizer never raises, stays proportional, loses nothing, leaks nothing."""

from __future__ import annotations

import re
import unicodedata

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from narrate.lexicon import Lexicon
from narrate.normalize import (
    _SCALES,
    BARE_ABBREVIATIONS,
    SUFFIXES,
    UNITS,
    normalize,
    normalize_with_map,
)
from narrate.speech.abbreviations import NUMBERED_ABBREVIATIONS

# derandomize: the same 200 examples on every run, so the suite's verdict on a commit does
# not depend on the draw (a random draw found "0 yo" read "zero years old" on one run only);
# for a wider random search, run locally with derandomize=False and more examples.
SETTINGS = settings(max_examples=200, deadline=None, derandomize=True,
                    suppress_health_check=[HealthCheck.too_slow])

# Text that looks like news: words, numbers in many shapes, symbols and punctuation.
_pieces = st.sampled_from([
    "the", "Kyiv", "said", "NATO", "HUR", "U.S.", "Oct.", "Gen.", "Dr.", "St.", "Inc.", "III",
    "II", "$", "€", "£", "%", "&", "#", "@", "+", "-", "–", "—", "/", ":", ".", ",", "(", ")",
    "[", "]", "[[", "]]", "<", ">", "<b>", "\u200b", "\u202e", "\x00", "😀", "°C", "km", "mph",
    "am", "p.m.", "½", "'", "’", "“", "”", "\n", " ", "  ", "1990s", "2024", "4.5", "1,000",
    "11:54", "10/23/2024", "2020–2024", "5-10", "billion", "USD", "https://x.org/a", "a@b.co",
])
news_like = st.lists(
    st.one_of(_pieces, st.integers(0, 10**20).map(str), st.text(max_size=3)), max_size=40
).map("".join)
any_text = st.text(max_size=200)
LEXICON = Lexicon.default()


@SETTINGS
@given(st.one_of(any_text, news_like), st.sampled_from(["en", "en-GB", "de", "uk", ""]))
def test_never_raises_and_stays_proportional(text: str, lang: str) -> None:
    out = normalize(text, lang, LEXICON)
    assert isinstance(out, str)
    # linear: every input character turns into a bounded amount of speech
    assert len(out) <= 40 * len(text) + 40


@SETTINGS
@given(st.one_of(any_text, news_like), st.sampled_from(["en", "fr"]))
def test_output_is_safe_for_the_engine(text: str, lang: str) -> None:
    out = normalize(text, lang)  # no lexicon: nothing may produce phoneme brackets
    assert "[" not in out and "]" not in out
    assert "<" not in out or lang != "en"
    for ch in out:
        cat = unicodedata.category(ch)
        assert cat not in {"Cc", "Cf", "Co", "Cs", "Cn"} or ch == "\n", repr(ch)
        assert not (0x1F000 <= ord(ch) <= 0x1FAFF), repr(ch)
    out.encode("utf-8")  # no lone surrogates reach the engine


@SETTINGS
@given(st.one_of(any_text, news_like))
def test_english_output_has_no_symbol_the_engine_would_name(text: str) -> None:
    out = normalize(text, "en")
    for ch in out:
        cat = unicodedata.category(ch)
        assert cat[0] in "LMN" or ch in " \n.,;:!?'-", repr(ch)


@SETTINGS
@given(st.one_of(any_text, news_like), st.sampled_from(["en", "de"]))
def test_map_partitions_input_and_output_in_order(text: str, lang: str) -> None:
    res = normalize_with_map(text, lang, LEXICON)
    in_pos = out_pos = 0
    for span in res.spans:
        assert span.in_start == in_pos and span.out_start == out_pos
        assert span.in_end >= span.in_start and span.out_end >= span.out_start
        in_pos, out_pos = span.in_end, span.out_end
    assert in_pos == len(text)
    assert out_pos == len(res.text)


# Lowercase words that are not abbreviations the rules expand on purpose ("kg", "etc.", "am",
# "pp." before a number: "0 pp. 0" is "zero pages zero").
_EXPANDED = {k.lower() for k in (*UNITS, *SUFFIXES, *_SCALES, *NUMBERED_ABBREVIATIONS,
                                 *BARE_ABBREVIATIONS)} | {
    "am", "pm", "to", "st", "yo"}  # "12 yo": twelve years old
_word = st.from_regex(r"[a-z]{2,12}", fullmatch=True).filter(lambda w: w not in _EXPANDED)
_number = st.integers(0, 10**12).map(lambda n: f"{n:,}")
_token = st.one_of(_word, _number, st.integers(0, 9999).map(str))
_sep = st.sampled_from([" ", ", ", ". ", " (", ") ", " — ", "; ", "\n"])


@SETTINGS
@given(st.lists(st.tuples(_token, _sep), min_size=1, max_size=25))
def test_nothing_is_lost(tokens: list[tuple[str, str]]) -> None:
    """Every word and number of the input is spoken, in order."""
    text = "".join(t + s for t, s in tokens)
    res = normalize_with_map(text)
    # each word and number of the input maps to speech containing letters
    for m in re.finditer(r"[a-z]+|\d[\d,]*\d|\d", text):
        spoken = [res.text[s.out_start : s.out_end] for s in res.spans
                  if s.in_start < m.end() and s.in_end > m.start()]
        assert any(re.search(r"[a-z]", p) for p in spoken), (m.group(0), text, res.text)
    # plain words come out verbatim and in order (a word opening a list item after its number
    # may be capitalized: "4. phoenixNAP" is "four. PhoenixNAP", or eSpeak runs on past the stop)
    words = [t for t, _ in tokens if t.isalpha()]
    out_words = [o[0].lower() + o[1:] for o in re.findall(r"[A-Z]?[a-z]+", res.text)]
    it = iter(out_words)
    assert all(any(w == o for o in it) for w in words), (words, res.text)


@SETTINGS
@given(st.text(alphabet="[]<>\u200b\u2060\u202e\x07 ab", max_size=60))
def test_invisible_characters_cannot_assemble_markup(text: str) -> None:
    for lang in ("en", "pl"):
        out = normalize(text, lang)
        assert "[[" not in out and "]]" not in out
        assert "[" not in out and "]" not in out
