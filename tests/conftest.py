"""Shared fixtures: a fake engine for fast unit tests, and one real edition per session.

The fake engine is only a convenience for stage tests; the integration tests
(``test_edition.py``, ``test_cli.py``) synthesize real speech with eSpeak NG
and read the real MP3 back.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import numpy as np
import pytest

ROOT = Path(__file__).resolve().parent.parent
SAMPLE_EXPECTED = json.loads((ROOT / "narrate" / "data" / "sample.expected.json").read_text())


class FakeEngine:
    """Speaks a 220 Hz tone, 10 ms per character: deterministic and instant."""

    name = "fake"
    sample_rate = 22050
    digital_source_type = "http://cv.iptc.org/newscodes/digitalsourcetype/algorithmicMedia"

    def __init__(self) -> None:
        self.calls: list[str] = []

    def synthesize(self, text: str) -> np.ndarray:
        self.calls.append(text)
        n = len(text) * self.sample_rate // 100
        t = np.arange(n) / self.sample_rate
        return (np.sin(2 * np.pi * 220 * t) * 8000).astype(np.int16)

    def describe(self) -> dict:
        return {"engine": "fake"}


@pytest.fixture
def fake_engine() -> FakeEngine:
    return FakeEngine()


@pytest.fixture(scope="session")
def sample_edition(tmp_path_factory):
    """The bundled sample narrated once for the whole session with the real engine."""
    from narrate import narrate

    out = tmp_path_factory.mktemp("edition")
    return narrate(None, out_dir=str(out))


@pytest.fixture(scope="session")
def paragraph_edition(tmp_path_factory):
    """The sample with one chapter per paragraph and the disclosure at both ends, ID3v2.4."""
    from narrate import EditionOptions, ScriptOptions, narrate

    out = tmp_path_factory.mktemp("edition-paragraph")
    options = EditionOptions(
        out_dir=str(out),
        script=ScriptOptions(chapters="paragraph", disclosure_position="both"),
        id3_version=4,
    )
    return narrate(None, options=options)


def have(tool: str) -> bool:
    return shutil.which(tool) is not None
