"""The first-character dispatch finds the same matches as the single alternation of rules."""

from __future__ import annotations

import re
import string

import pytest

from narrate import normalize as norm
from narrate.speech import dispatch

#: Invented text with every kind of token the rules read, and characters no rule starts with.
_TEXTS = [
    "The FBI said ONLY $5 on Oct. 23, 2024 at 11:54 p.m. (about 3.5% of 1,200).",
    "St. Helens lies on Harbour St. Elizabeth II's reign; World War II; Chapter XIV.",
    "See https://example.com/a?b=c or mail me@x.org; @handle wrote #tag at 10/31/2024.",
    "Use len(a) / 2 or x**2; run `pip install -U foo --user` and C# or F# with async/await.",
    "Ærøskøbing, naïve café, Straße, İstanbul, µg, ½ cup, ① ٣ ५ 一二三 😀 ★★★☆☆ ✅ → ⇒ — …",
    "ONLY CAPITALS LINE HERE\n1. First item\n- a bullet\n> quoted  text\t\ttabs\r\n",
    string.punctuation + string.digits + string.ascii_letters + " \n\t",
    "".join(chr(c) for c in range(0x20, 0x250)),
    "",
]


def _same(a: re.Match[str] | None, b: re.Match[str] | None, names: list[str]) -> bool:
    if a is None or b is None:
        return a is b
    return (a.span() == b.span() and a.lastgroup == b.lastgroup
            and all(a.span(n) == b.span(n) for n in names))


@pytest.mark.parametrize("english", [True, False])
def test_every_position_matches_as_the_single_pattern(english: bool) -> None:
    whole = norm._pattern(english)
    disp = norm._dispatcher(english)
    assert disp is not None  # every rule consumes a character, so the dispatch is in use
    names = list(whole.groupindex)
    for text in _TEXTS:
        for end in (len(text), len(text) // 2):
            for pos in range(end):
                assert _same(whole.match(text, pos, end),
                             disp.pattern_for(text[pos]).match(text, pos, end), names), (
                    text, pos)


def test_first_characters_narrowed_by_a_lookahead_only() -> None:
    upper = dispatch.first_chars(r"(?<=x)(?=[A-Z])\w+")
    assert upper("A") and not upper("a") and not upper("1")
    # a look-behind or a negative look-ahead says nothing of the character consumed
    word = dispatch.first_chars(r"(?<![a-z])(?!q)\w")
    assert word("q") and word("a") and word("é") and not word(" ")
    # an optional part lets the next one start the match
    both = dispatch.first_chars(r"-?\d")
    assert both("-") and both("5") and both("٣") and not both("+")


def test_unsure_parts_match_any_character() -> None:
    assert dispatch.first_chars(r"(?i:k)m") is dispatch.ANY  # "K" (Kelvin sign) folds to k
    assert dispatch.first_chars(r"(?P<a>x?)(?P=a)y") is dispatch.ANY


def test_a_rule_that_may_match_nothing_has_no_first_characters() -> None:
    assert dispatch.first_chars(r"(?=a)") is False
    assert dispatch.first_chars(r"y*") is False
    assert dispatch.first_chars(r"y+") is not False


def test_a_left_out_rule_reads_as_not_matched() -> None:
    disp = dispatch.dispatcher([("num", r"(?P<n>\d+)"), ("word", r"(?P<w>[a-z]+)"),
                                ("char", ".")], re.DOTALL)
    assert disp is not None
    m = disp.pattern_for("a").match("abc 12")
    assert m is not None and m.lastgroup == "word" and m.group("w") == "abc"
    assert m.group("n") is None and m.group("num") is None
    assert disp.rules_for("a") == (1, 2) and disp.rules_for("1") == (0, 2)


def test_spliced_code_is_the_compilers() -> None:
    disp = dispatch.dispatcher(norm._RULES_EN, re.DOTALL, norm._DISPATCH_HOT)
    assert disp is not None and disp._splice
    for ch in "tT5 .($é":
        key = disp.rules_for(ch)
        assert disp._spliced(key) == dispatch._compiler._code(disp._branch(key), disp._flags)


def test_compiled_whole_when_splicing_is_off() -> None:
    disp = dispatch.dispatcher(norm._RULES_EN, re.DOTALL, norm._DISPATCH_HOT)
    assert disp is not None
    disp._splice = False
    whole = norm._pattern(True)
    names = list(whole.groupindex)
    text = _TEXTS[0] + " " + _TEXTS[3]
    for pos in range(len(text)):
        assert _same(whole.match(text, pos), disp.pattern_for(text[pos]).match(text, pos), names)


def test_a_rule_that_may_match_nothing_is_tried_everywhere() -> None:
    rules = [("num", r"\d+"), ("roman", r"(?=[IVX ])(?P<r>X{0,3}(?:IX|IV|V?I{0,3}))"),
             ("char", ".")]
    disp = dispatch.dispatcher(rules, re.DOTALL)
    assert disp is not None and disp.nullable == (1,)
    assert disp.rules_for("a") == (1, 2) and disp.rules_for("1") == (0, 1, 2)
    whole = re.compile("|".join(f"(?P<{n}>{p})" for n, p in rules), re.DOTALL)
    text = "World War II and I think 12 XIV "
    for pos in range(len(text)):
        assert _same(whole.match(text, pos), disp.pattern_for(text[pos]).match(text, pos),
                     list(whole.groupindex))
    at_end = disp.pattern_at_end()
    assert at_end is not None and at_end.match("x", 1, 1) is None
    plain = dispatch.dispatcher([("a", "x"), ("b", "y+")], re.DOTALL)
    assert plain is not None and plain.nullable == () and plain.pattern_at_end() is None


def test_the_scan_goes_on_as_finditer_after_an_empty_match(monkeypatch) -> None:
    """Where a rule matches nothing, the normalizer's scan is finditer's, to the text's end."""
    rules = [("space", r"\s+"), ("empty", r"(?=!)"), ("word", r"\w+"), ("char", ".")]
    monkeypatch.setattr(norm, "_RULES_EN", rules)
    monkeypatch.setattr(norm, "_PATTERNS", {})
    monkeypatch.setattr(norm, "_DISPATCHERS", {})
    text = "a b! c!"
    n = norm._Normalizer(text, "en", None)
    got = [(m.lastgroup, m.span()) for m in n._matches(0, len(text))]
    want = [(m.lastgroup, m.span()) for m in norm._pattern(True).finditer(text)]
    assert got == want and ("empty", (3, 3)) in got
