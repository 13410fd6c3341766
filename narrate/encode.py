"""Encode the mastered track to MP3 in-process with LAME (``lameenc``), once.

One encode of the whole PCM, never joined MP3 pieces: joining frames leaves
encoder delay and padding at every seam, audible as clicks and gaps, and makes
chapter times drift. Mono, 44.1 kHz, constant bit rate (64 kbps by default),
which every podcast app seeks in accurately.
"""

from __future__ import annotations

import io
from collections.abc import Iterable, Iterator

import lameenc
import miniaudio
import numpy as np
from mutagen.mp3 import MPEGInfo

from .models import MP3_QUALITY

BITRATES = (32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320)


def encode_mp3(
    pcm: np.ndarray, rate: int, bitrate: int = 64, quality: int = MP3_QUALITY
) -> bytes:
    """Encode int16 mono ``pcm`` as a CBR MP3 stream (no tags)."""
    return encode_mp3_chunks([pcm], rate, bitrate, quality)


def encode_mp3_chunks(
    chunks: Iterable[np.ndarray], rate: int, bitrate: int = 64, quality: int = MP3_QUALITY
) -> bytes:
    """Encode consecutive int16 mono ``chunks`` as ONE CBR MP3 stream (no tags).

    One encoder sees the whole PCM in order, so the bytes are identical to
    encoding the chunks joined (a test checks it); feeding it in pieces just
    means the whole 44.1 kHz PCM never has to exist at once.
    """
    if bitrate not in BITRATES:
        raise ValueError(f"bitrate {bitrate} kbps is not an MP3 bit rate; use one of {BITRATES}")
    if not 0 <= quality <= 9:
        raise ValueError(f"MP3 quality {quality} is outside LAME's 0 (slowest) to 9 (fastest)")
    encoder = lameenc.Encoder()
    encoder.set_bit_rate(bitrate)
    encoder.set_in_sample_rate(rate)
    encoder.set_channels(1)
    encoder.set_quality(quality)
    out = bytearray()
    for chunk in chunks:
        out += encoder.encode(np.ascontiguousarray(chunk, dtype=np.int16))
    out += encoder.flush()
    return bytes(out)


def mp3_sample_rate(data: bytes) -> int:
    """The sample rate of an MP3's first frame (after any ID3 tag)."""
    return int(MPEGInfo(io.BytesIO(data)).sample_rate)


def decode_mp3(data: bytes) -> tuple[np.ndarray, int]:
    """Decode an MP3 to float32 mono samples at its own rate (to measure what listeners get).

    The rate is asked for explicitly: miniaudio otherwise resamples to 44.1 kHz.
    """
    rate = mp3_sample_rate(data)
    decoded = miniaudio.decode(data, output_format=miniaudio.SampleFormat.FLOAT32, nchannels=1,
                               sample_rate=rate)
    samples = np.frombuffer(decoded.samples, dtype=np.float32)
    return samples, decoded.sample_rate


#: frames per decoded piece (1 MB of float32)
DECODE_FRAMES = 1 << 18


def decode_mp3_chunks(data: bytes, rate: int, frames: int = DECODE_FRAMES) -> Iterator[np.ndarray]:
    """Decode an MP3 to float32 mono pieces at ``rate``, one piece at a time.

    The same samples as :func:`decode_mp3` (same decoder), but only a piece
    is in memory at once: the decoded track is measured as it is decoded.
    """
    stream = miniaudio.stream_memory(
        data, output_format=miniaudio.SampleFormat.FLOAT32, nchannels=1,
        sample_rate=rate, frames_to_read=frames,
    )
    for piece in stream:
        if not len(piece):
            break
        yield np.frombuffer(piece, dtype=np.float32)
