"""Assembly timing, the loudness meter, the limiter and mastering."""

from __future__ import annotations

import itertools

import numpy as np
import pyloudnorm
import pytest

from narrate.assemble import assemble, chapters_for, cues_for, output_rate_chunks, to_output_rate
from narrate.encode import decode_mp3, encode_mp3
from narrate.master import (
    BLOCK,
    CEILING_DBTP,
    block_true_peaks,
    expand_gain,
    integrated_loudness,
    limiter_gain,
    master,
    measure,
    to_int16,
    true_peak_db,
)
from narrate.models import Article, Block
from narrate.script import build_script
from narrate.synthesize import synthesize_script
from narrate.voices import VoiceProfile


def _script(n=6):
    blocks = tuple(Block("paragraph", f"Paragraph {i} " + "words " * (i + 3)) for i in range(n))
    return build_script(Article(title="T", blocks=blocks, language="en", source="s"))


def test_segments_and_pauses_timed_from_sample_counts(fake_engine):
    script = _script()
    takes = synthesize_script(script, fake_engine)
    track = assemble(takes, script, fake_engine.sample_rate)
    rate = fake_engine.sample_rate
    expected = sum(len(t) + s.pause_after_ms * rate // 1000
                   for t, s in zip(takes, script.segments, strict=True))
    assert len(track.samples) == expected
    for (a, b), take in zip(track.bounds, takes, strict=True):
        assert b - a == len(take)
    assert len(to_output_rate(track.samples, rate)) == 2 * expected


def test_chapters_are_contiguous_cover_everything_and_start_at_zero(fake_engine):
    script = _script()
    track = assemble(synthesize_script(script, fake_engine), script, fake_engine.sample_rate)
    chapters = chapters_for(track, script)
    assert len(chapters) == len(script.chapters)
    assert chapters[0].start_ms == 0
    assert chapters[-1].end_ms == track.duration_ms
    for a, b in itertools.pairwise(chapters):
        assert a.end_ms == b.start_ms and a.start_ms < a.end_ms
    cues = cues_for(track, script)
    # one sentence per segment here: a cue each, its text with whitespace collapsed
    assert [c.text for c in cues] == [" ".join(s.text.split()) for s in script.segments]
    assert all(c.start_ms < c.end_ms for c in cues)


def test_no_drift_over_many_segments(fake_engine):
    """Rounding per segment would drift; exact sample sums do not."""
    script = _script(200)
    track = assemble(synthesize_script(script, fake_engine), script, fake_engine.sample_rate)
    chapters = chapters_for(track, script)
    last_start = track.slots[[s.chapter for s in script.segments].index(len(chapters) - 1)][0]
    assert chapters[-1].start_ms == round(last_start * 1000 / track.rate)


def _speechlike(seconds=20, rate=22050, seed=1):
    rng = np.random.default_rng(seed)
    n = seconds * rate
    noise = rng.standard_normal(n).astype(np.float32)
    envelope = (np.sin(np.arange(n) / rate * 2 * np.pi * 3) > 0).astype(np.float32)
    return 0.2 * noise * envelope


@pytest.mark.parametrize("rate", [22050, 44100])
def test_meter_agrees_with_pyloudnorm(rate):
    x = _speechlike(rate=rate)
    ours = integrated_loudness(x, rate)
    reference = pyloudnorm.Meter(rate).integrated_loudness(x.astype(np.float64))
    assert ours == pytest.approx(reference, abs=0.05)


def test_meter_silence_is_minus_infinity():
    assert integrated_loudness(np.zeros(44100, dtype=np.float32), 44100) == float("-inf")


def test_limiter_gain_never_lets_a_peak_through():
    rng = np.random.default_rng(3)
    peaks = np.abs(rng.standard_normal(5000)) * 2
    gain = expand_gain(limiter_gain(peaks, 22050, -2.0), len(peaks) * BLOCK)
    block_gain_max = gain.reshape(-1, BLOCK).max(axis=1)
    assert np.all(peaks * block_gain_max <= 10 ** (-2 / 20) + 1e-6)
    assert gain.max() <= 1.0 and gain.min() < 0.6


def test_master_reaches_target_with_ceiling_where_gain_alone_would_clip():
    x = _speechlike() * 0.15
    x[::2205] = 0.99  # sparse peaks near full scale, like raw eSpeak plosives
    before = integrated_loudness(x, 22050)
    assert before < -18
    assert true_peak_db(x * 10 ** ((-16 - before) / 20)) > 0  # gain alone would clip
    y = master(x, 22050, target_lufs=-16.0)
    m = measure(y, 22050)
    assert m.integrated_lufs == pytest.approx(-16.0, abs=0.3)
    assert m.true_peak_dbtp <= CEILING_DBTP + 0.1


def test_real_speech_mastered_and_encoded_lands_on_target():
    from narrate.engines import load_engine

    engine = load_engine(VoiceProfile())
    pcm = engine.synthesize(
        "The council voted on Tuesday night to approve the design of a tidal barrier. "
        "Residents of Old Wharf said flooding has become a monthly event. " * 4
    )
    x = pcm.astype(np.float32) / 32768
    assert integrated_loudness(x, engine.sample_rate) < -18  # raw eSpeak is quiet
    from scipy.signal import resample_poly

    y = resample_poly(master(x, engine.sample_rate), 2, 1).astype(np.float32)
    decoded, rate = decode_mp3(encode_mp3(to_int16(y), 44100))
    m = measure(decoded, rate)
    assert -17.0 <= m.integrated_lufs <= -15.0
    assert m.true_peak_dbtp <= -1.0


def test_true_peak_matches_full_oversampling():
    x = _speechlike(5) * 0.2
    n = np.arange(400)
    # a tone at a quarter of the sample rate, sampled 45° off its crests:
    # every sample is at 0.707 of the true peak of 0.9 (+3 dB between samples)
    x[1000:1400] = 0.9 * np.sin(np.pi / 2 * n + np.pi / 4)
    assert true_peak_db(x) == pytest.approx(20 * np.log10(0.9), abs=0.15)
    assert np.abs(x).max() < 0.65
    full = block_true_peaks(x)  # every block interpolated
    pruned = block_true_peaks(x, floor=0.5)
    assert full.max() == pytest.approx(pruned.max(), rel=1e-4)
    assert np.all(pruned >= full - 1e-6)  # pruned blocks keep an upper bound


def test_expand_gain_is_np_interp_through_block_centres():
    rng = np.random.default_rng(5)
    block_gain = rng.uniform(0.3, 1.0, 300).astype(np.float32)
    n = 300 * BLOCK - 7
    centres = np.arange(300) * BLOCK + (BLOCK - 1) / 2
    expected = np.interp(np.arange(n), centres, block_gain)
    got = expand_gain(block_gain, n)
    assert got.dtype == np.float32 and len(got) == n
    assert np.abs(got - expected).max() < 1e-6


def test_gain_between_equals_the_whole_expansion_anywhere():
    """Any slice of the gain, even unaligned and past the curve, matches expand_gain."""
    from narrate.master import gain_between

    rng = np.random.default_rng(6)
    block_gain = rng.uniform(0.3, 1.0, 50).astype(np.float32)
    n = 50 * BLOCK + 40  # longer than the curve: its last gain holds
    whole = expand_gain(block_gain, n)
    for start, stop in [(0, n), (0, 1), (5, 37), (31, 33), (32, 64), (100, 1000),
                        (50 * BLOCK - 3, n), (n - 1, n), (17 * BLOCK, 18 * BLOCK)]:
        got = gain_between(block_gain, start, stop)
        assert np.array_equal(got, whole[start:stop]), (start, stop)


def test_lazily_mastered_track_equals_master_and_resamples_the_same():
    from narrate.master import master_lazily

    x = _speechlike(12)
    whole = master(x, 22050, target_lufs=-16.0)
    lazy = master_lazily(x, 22050, target_lufs=-16.0)
    assert len(lazy) == len(whole)
    assert np.array_equal(lazy[0:len(lazy)], whole)
    assert np.array_equal(lazy[1000:5001], whole[1000:5001])
    joined = np.concatenate(list(output_rate_chunks(lazy, 22050, size=30000)))
    assert np.array_equal(joined, np.concatenate(list(output_rate_chunks(whole, 22050, 30000))))
    quiet = master_lazily(np.zeros(22050, dtype=np.float32), 22050)  # silence: left alone
    assert quiet.block_gain is None and not quiet[0:100].any()


def test_int16_track_masters_like_its_float_version():
    """The assembled track is int16; mastering it equals mastering the same samples as floats."""
    from narrate.master import PEAK_PIECE, master_lazily

    pcm = to_int16(_speechlike(14))
    assert len(pcm) > PEAK_PIECE  # the peaks are measured in more than one piece
    as_float = pcm.astype(np.float32) / 32768
    assert np.array_equal(block_true_peaks(pcm), block_true_peaks(as_float))
    lazy_int, lazy_float = master_lazily(pcm, 22050), master_lazily(as_float, 22050)
    assert np.array_equal(lazy_int.block_gain, lazy_float.block_gain)
    assert np.array_equal(lazy_int[5:200_000], lazy_float[5:200_000])
    assert np.array_equal(master(pcm, 22050), master(as_float, 22050))


def test_chunked_k_weighting_equals_whole_signal():
    from narrate.master import k_weighted_chunks, k_weighted_square

    x = _speechlike(30, rate=44100)
    chunks = list(k_weighted_chunks(x, 44100))
    assert len(chunks) > 1
    whole = k_weighted_square(x, 44100)
    assert np.allclose(np.concatenate(chunks), whole, rtol=1e-5, atol=1e-12)


def test_true_peak_found_at_the_very_start_and_end():
    """Pruning loses nothing at the edges, where the filter reaches into zero padding."""
    x = _speechlike(3) * 0.1
    n = np.arange(64)
    x[:64] = 0.8 * np.sin(np.pi / 2 * n + np.pi / 4)  # inter-sample peaks from sample 0 on
    for y in (x, x[::-1][:-5].copy()):  # peaks at the start; at the end, in a partial block
        full = block_true_peaks(y)  # every block interpolated
        assert np.abs(y).max() < 0.6 and full.max() > 0.79
        assert true_peak_db(y) == pytest.approx(20 * np.log10(full.max()), abs=1e-4)
        assert np.all(block_true_peaks(y, floor=0.5) >= full - 1e-6)


@pytest.mark.parametrize("rate", [22050, 16000, 44100])
def test_output_rate_chunks_join_to_the_whole_resampled_track(rate):
    from narrate.assemble import output_rate_chunks

    x = _speechlike(7, rate=rate)
    whole = to_output_rate(x, rate)
    pieces = list(output_rate_chunks(x, rate, size=40000))
    assert len(pieces) > 2
    joined = np.concatenate(pieces)
    assert len(joined) == len(whole)
    assert np.abs(joined - whole).max() < 1e-6


def test_chunked_encode_is_one_stream_identical_to_whole():
    from narrate.encode import encode_mp3_chunks

    pcm = to_int16(_speechlike(4, rate=44100))
    pieces = [pcm[i:i + 30001] for i in range(0, len(pcm), 30001)]
    assert encode_mp3_chunks(pieces, 44100) == encode_mp3(pcm, 44100)


def test_decode_keeps_the_files_own_sample_rate():
    """An MP3 at 22,050 Hz decodes at 22,050 Hz, not resampled to 44.1 kHz behind our back."""
    pcm = to_int16(_speechlike(3))
    decoded, rate = decode_mp3(encode_mp3(pcm, 22050))
    assert rate == 22050
    assert 0 <= len(decoded) - len(pcm) < 3 * 1152  # encoder delay and padding only


def test_encoder_quality_is_applied_and_checked():
    """The -q setting reaches LAME (a different stream, same length) and is range-checked."""
    pcm = to_int16(_speechlike(4, rate=44100))
    fast, careful = encode_mp3(pcm, 44100, quality=7), encode_mp3(pcm, 44100, quality=2)
    assert fast != careful and len(fast) == len(careful)  # CBR: same size, other bits
    with pytest.raises(ValueError, match=r"0 \(slowest\) to 9"):
        encode_mp3(pcm, 44100, quality=10)


def test_measure_stream_in_odd_pieces_equals_whole_signal():
    from narrate.master import integrated_loudness, measure_stream

    x = _speechlike(20, rate=44100) * 0.5
    n = np.arange(400)
    x[300_000:300_400] = 0.9 * np.sin(np.pi / 2 * n + np.pi / 4)  # true peak between samples
    pieces = [x[i:i + 77_777] for i in range(0, len(x), 77_777)]
    streamed = measure_stream(pieces, 44100)
    whole_peak = 20 * np.log10(block_true_peaks(x).max())  # every block interpolated
    assert streamed.true_peak_dbtp == pytest.approx(whole_peak, abs=0.01)
    assert streamed.integrated_lufs == pytest.approx(integrated_loudness(x, 44100), abs=0.01)
    assert measure(x, 44100) == streamed


def test_streamed_decode_equals_whole_decode():
    from narrate.encode import decode_mp3_chunks

    mp3 = encode_mp3(to_int16(_speechlike(6, rate=44100)), 44100)
    whole, rate = decode_mp3(mp3)
    pieces = list(decode_mp3_chunks(mp3, rate, frames=50_000))
    assert len(pieces) > 2
    assert np.array_equal(np.concatenate(pieces), whole)


def test_limiter_respects_a_ceiling_per_block():
    rng = np.random.default_rng(4)
    peaks = np.abs(rng.standard_normal(4000)) * 2
    ceiling = np.full(len(peaks), -2.0)
    ceiling[1000:1200] = -5.0  # lowered around an MP3 overshoot spot
    gain = expand_gain(limiter_gain(peaks, 22050, ceiling), len(peaks) * BLOCK)
    block_gain_max = gain.reshape(-1, BLOCK).max(axis=1)
    assert np.all(peaks * block_gain_max <= 10 ** (ceiling / 20) + 1e-6)
    assert np.any(peaks[1000:1200] * block_gain_max[1000:1200] > 10 ** (-5.5 / 20))


def test_overshoot_spots_lower_the_ceiling_only_around_them():
    from narrate.pipeline import _lower_ceiling

    ceiling = np.full(22050 * 60 // BLOCK, CEILING_DBTP)
    lowered = _lower_ceiling(ceiling, [(44100 * 30, -0.4)], 22050)  # 0.6 dB over, at 30 s
    spot = 22050 * 30 // BLOCK
    assert lowered[spot] == pytest.approx(CEILING_DBTP - 1.1)
    changed = np.flatnonzero(lowered < CEILING_DBTP)
    span = 22050 * 0.2 / BLOCK
    assert changed.min() >= spot - span and changed.max() <= spot + span
    assert np.count_nonzero(lowered < CEILING_DBTP) < len(ceiling) // 100


def test_measure_stream_reports_exact_hot_blocks():
    from narrate.master import measure_stream

    x = _speechlike(10, rate=44100) * 0.05
    n = np.arange(400)
    x[200_000:200_400] = 0.9 * np.sin(np.pi / 2 * n + np.pi / 4)
    hot: list = []
    m = measure_stream([x], 44100, hot_above_db=-3.0, hot=hot)
    assert hot and all(199_900 <= pos <= 200_400 for pos, _ in hot)
    assert max(peak for _, peak in hot) == pytest.approx(m.true_peak_dbtp, abs=0.01)


def test_master_applies_gain_when_the_limiter_never_engages():
    """Quiet speech with low peaks needs only gain: it must still reach the target."""
    x = _speechlike() * 0.01  # about -40 LUFS, peaks far below any ceiling after gain
    y = master(x, 22050, target_lufs=-16.0, ceiling_db=-1.0)
    assert integrated_loudness(y, 22050) == pytest.approx(-16.0, abs=0.3)
    assert expand_gain(np.full(10, 2.0, dtype=np.float32), 320).tolist() == [2.0] * 320
