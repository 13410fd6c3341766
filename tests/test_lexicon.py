"""Pronunciation lexicons: loading, matching rules, override order and the checker."""

from __future__ import annotations

from pathlib import Path

import pytest

from narrate.errors import UsageError
from narrate.lexicon import (
    DEFAULT_LEXICON,
    Entry,
    Lexicon,
    check_lexicon,
    lexicon_check_command,
)
from narrate.normalize import normalize


def write(tmp_path: Path, name: str, body: str) -> Path:
    p = tmp_path / name
    p.write_text(body, encoding="utf-8")
    return p


def test_default_lexicon_has_the_news_names() -> None:
    lex = Lexicon.default()
    for name in ("Kyiv", "Zelensky", "Zelenskyy", "Budanov", "Kharkiv", "Zaporizhzhia",
                 "Denisova", "Kateryna"):
        assert lex.lookup(name) is not None, name
    assert lex.apply("Kyiv") == "Keev"
    assert lex.apply("Zelenskyy") == "[[z@l'Enski]]"


def test_default_lexicon_passes_its_own_check() -> None:
    assert check_lexicon(DEFAULT_LEXICON) == []


def test_whole_words_case_rules_and_phrases(tmp_path: Path) -> None:
    p = write(tmp_path, "a.toml", """
[[entry]]
match = "US"
say = "U S"
case = "sensitive"

[[entry]]
match = "Kyiv"
say = "Keev"

[[entry]]
match = "Hang Seng"
say = "Hang Sung"
""")
    lex = Lexicon.load([p])
    assert lex.apply("the US and us") == "the U S and us"
    assert lex.apply("KYIV, kyiv, Kyivan") == "Keev, Keev, Kyivan"
    assert lex.apply("the Hang\n  Seng index") == "the Hang Sung index"
    assert lex.apply("Kyiv’s") == "Keev's"


def test_later_files_win(tmp_path: Path) -> None:
    a = write(tmp_path, "a.toml", '[[entry]]\nmatch = "Kyiv"\nsay = "Keev"\n')
    b = write(tmp_path, "b.toml", '[[entry]]\nmatch = "kyiv"\nsay = "Kee-iv"\n')
    assert Lexicon.load([a, b]).apply("Kyiv") == "Kee-iv"
    assert Lexicon.load([b, a]).apply("Kyiv") == "Keev"
    with_default = Lexicon.load([b], include_default=True)
    assert with_default.apply("Kyiv Budanov") == "Kee-iv [[bu:d'A:n0v]]"


def test_lexicon_wins_over_every_rule() -> None:
    lex = Lexicon.from_entries([Entry("Paul II", say="Paul the Second"),
                                Entry("HUR", say="Hoor", case="sensitive")])
    assert normalize("Then Paul II said HUR.", lexicon=lex) == "Then Paul the Second said Hoor."


def test_longest_key_wins() -> None:
    lex = Lexicon.from_entries([Entry("New York", say="Noo York"), Entry("York", say="York")])
    assert lex.apply("New York and York") == "Noo York and York"


def test_lexicon_output_survives_normalization_but_article_brackets_do_not() -> None:
    lex = Lexicon.from_entries([Entry("Kyiv", phonemes="k'i:v")])
    out = normalize("[[x]] Kyiv [[y]]", lexicon=lex)
    assert out.count("[[") == 1 and "[[k'i:v]]" in out


@pytest.mark.parametrize(
    ("body", "needle"),
    [
        ('[[entry]]\nmatch = "x"\n', "exactly one of"),
        ('[[entry]]\nmatch = "x"\nsay = "y"\ncase = "upper"\n', "case must be"),
        ('[[entry]]\nmatch = ""\nsay = "y"\n', "'match'"),
        ('[[entry]]\nmatch = "x"\nsay = "y"\nsound = "z"\n', "unknown key"),
        ("[[entry]\n", "not valid TOML"),
        ('[words]\nx = "y"\n', "unknown table"),
    ],
)
def test_bad_files_are_one_line_usage_errors(tmp_path: Path, body: str, needle: str) -> None:
    p = write(tmp_path, "bad.toml", body)
    with pytest.raises(UsageError) as exc:
        Lexicon.load([p])
    assert needle in str(exc.value) and "\n" not in str(exc.value)


def test_check_reports_entries_that_never_match_or_cannot_be_voiced(tmp_path: Path) -> None:
    p = write(tmp_path, "check.toml", """
[[entry]]
match = "kyiv"
say = "Keev"
case = "sensitive"

[[entry]]
match = "-Kyiv-"
say = "Keev"

[[entry]]
match = "Budanov"
phonemes = "bu:d'A:n0v]] [[evil"

[[entry]]
match = "Kharkiv"
say = "<b>Harkiv</b>"

[[entry]]
match = "Odesa"
say = "Oh 2 dessa"

[[entry]]
match = "Lviv"
phonemes = "l@v'i:v"

[[entry]]
match = "Lviv"
phonemes = "lv'i:v"
""")
    problems = check_lexicon(p, phoneme_checker=lambda ph: "nope" if ph == "lv'i:v" else None)
    text = "\n".join(problems)
    assert "entry 1" in text and "sentence start" in text
    assert "entry 3" in text and "square brackets" in text
    assert "entry 4" in text and "respelling" in text
    assert "entry 5" in text
    assert "entry 6" in text and "never matches; entry 7 has the same key" in text
    assert "entry 7" in text and "nope" in text


def test_check_command_reports_and_exits_nonzero(tmp_path: Path) -> None:
    good = write(tmp_path, "good.toml", '[[entry]]\nmatch = "Kyiv"\nsay = "Keev"\n')
    report, code = lexicon_check_command(str(good), use_engine=False)
    assert code == 0 and "1 entries, no problems" in report
    bad = write(tmp_path, "bad.toml", '[[entry]]\nmatch = "x"\nsay = "y"\n'
                '[[entry]]\nmatch = "X"\nsay = "z"\n')
    report, code = lexicon_check_command(str(bad), use_engine=False)
    assert code == 1 and "never matches" in report
    report, code = lexicon_check_command(str(tmp_path / "missing.toml"), use_engine=False)
    assert code == 1 and "not found" in report


def test_lexicon_check_asks_espeak_in_its_own_process(tmp_path: Path) -> None:
    """The engine check initializes eSpeak NG, so it runs as the CLI does: in its own process."""
    import subprocess
    import sys

    good = write(tmp_path, "good.toml", '[[entry]]\nmatch = "Kyiv"\nphonemes = "k\'i:v"\n')
    bad = write(tmp_path, "bad.toml", '[[entry]]\nmatch = "Kyiv"\nphonemes = "xyz!!"\n')
    run = [sys.executable, "-m", "narrate.cli", "lexicon", "check"]
    ok = subprocess.run([*run, str(good)], capture_output=True, text=True)
    assert ok.returncode == 0, ok.stdout + ok.stderr
    assert "no problems" in ok.stdout and "engine check skipped" not in ok.stdout
    failed = subprocess.run([*run, str(bad)], capture_output=True, text=True)
    assert failed.returncode == 9  # EXIT_VERIFY: problems found; 3 is a missing file
    assert "eSpeak NG" in failed.stdout


def test_normalize_command_uses_default_then_given_files(tmp_path: Path) -> None:
    from narrate.normalize import normalize_command

    assert normalize_command("Kyiv on Oct. 23") == "Keev on October twenty-third"
    extra = write(tmp_path, "x.toml", '[[entry]]\nmatch = "Kyiv"\nsay = "Kee-yiv"\n')
    assert normalize_command("Kyiv and Budanov", "en", [extra]) == (
        "Kee-yiv and [[bu:d'A:n0v]]"
    )


def test_lexicon_entries_apply_only_to_their_language(tmp_path: Path) -> None:
    de = write(tmp_path, "de.toml", '[lexicon]\nlanguage = "de"\n\n'
               '[[entry]]\nmatch = "Kyiv"\nsay = "Kiew"\n')
    anywhere = write(tmp_path, "any.toml", '[[entry]]\nmatch = "Odesa"\nsay = "Odessa"\n')
    lex = Lexicon.load([de, anywhere], include_default=True)
    assert normalize("Kyiv, Odesa", "en", lex) == "Keev, Odessa"
    assert normalize("Kyiv, Odesa", "de", lex) == "Kiew, Odessa"
    # the English default lexicon never reaches a French voice
    assert normalize("Zelensky à Kharkiv", "fr", Lexicon.default()) == "Zelensky à Kharkiv"
