"""Voice profiles: parsing, lookup, and choosing a voice for the article's language."""

from __future__ import annotations

import pytest

from narrate.errors import UsageError
from narrate.voices import (
    VoiceProfile,
    list_profiles,
    load_profile,
    parse_profile,
    voice_for_language,
)


def test_default_profile_is_the_shipped_file():
    profile = load_profile(None)
    assert profile.name == "default" and profile.engine == "espeak"
    assert profile.path and profile.path.endswith("default.toml")
    assert {p.name for p in list_profiles()} >= {"default", "natural"}


@pytest.mark.parametrize("data,message", [
    ({"engine": "espeak", "speed": 3}, "unknown key"),
    ({"engine": "espeak", "rate": "fast"}, "rate must be a int"),
    ({"engine": "espeak", "rate": 20}, "outside 80-450"),
    ({"engine": "espeak", "volume": 2.0}, "between 0 and 1"),
])
def test_bad_profiles_are_refused_with_the_reason(data, message):
    with pytest.raises(UsageError, match=message):
        parse_profile(data, name="x")


def test_profile_by_path_and_unknown_name(tmp_path):
    path = tmp_path / "slow.toml"
    path.write_text('engine = "espeak"\nrate = 120\n')
    assert load_profile(str(path)).rate == 120
    with pytest.raises(UsageError, match="narrate voices"):
        load_profile("no-such-voice")


def test_same_language_keeps_the_profile():
    profile = load_profile(None)
    assert voice_for_language(profile, "en-GB") == (profile, None)
    assert voice_for_language(profile, None) == (profile, None)


def test_explicit_voice_is_kept_and_the_language_said():
    profile = load_profile(None)
    chosen, note = voice_for_language(profile, "de", explicit=True)
    assert chosen is profile
    assert "'de'" in note and "as asked" in note


def test_other_language_without_a_profile_uses_espeak_voice_for_it():
    chosen, note = voice_for_language(load_profile(None), "de")
    assert (chosen.voice, chosen.language, chosen.engine) == ("de", "de", "espeak")
    assert "no voice profile speaks it" in note


def test_other_language_picks_a_profile_for_it(tmp_path, monkeypatch):
    (tmp_path / "voices").mkdir()
    (tmp_path / "voices" / "deutsch.toml").write_text(
        'engine = "espeak"\nvoice = "de"\nlanguage = "de"\nrate = 160\n')
    monkeypatch.chdir(tmp_path)
    chosen, note = voice_for_language(load_profile(None), "de-AT")
    assert chosen.name == "deutsch" and chosen.rate == 160
    assert "'deutsch'" in note


def test_language_without_any_voice_falls_back_and_says_so():
    profile = VoiceProfile()
    chosen, note = voice_for_language(profile, "xx")
    assert chosen is profile and "no installed voice speaks" in note
