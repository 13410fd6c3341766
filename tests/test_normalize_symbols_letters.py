# ruff: noqa: E501  (each sentence and its reading stay on one line)
"""Classes heard by check audit 32: numeronyms, a lone "$" as a price tier, mixed-case plurals.

Sentences are invented in the shape of news copy (names and places made up); the expected text
is what the engine should be given, read aloud by a careful listener. Counter-examples (things
that must not change) are in the same tables.
"""

from __future__ import annotations

import pytest

from narrate.normalize import normalize

NUMERONYMS = [
    # a small letter, a number, a small letter: letters and a number, the A tied ("A-")
    ("The fund a16z led the round in Carrow.", "The fund A- sixteen Z led the round in Carrow."),
    ("Her team moved the billing jobs to k8s last spring.", "Her team moved the billing jobs to K eight S last spring."),
    ("The startup built its workflows on n8n, not Zapier.", "The startup built its workflows on N eight N, not Zapier."),
    ("A p2p network and b2b sales grew.", "A P two P network and B two B sales grew."),
    ("The i18n and l10n work slipped, as did the e2e tests.", "The I eighteen N and L ten N work slipped, as did the E two E tests."),
    ("An a11y audit found gaps.", "An A- eleven Y audit found gaps."),
    ("The a16z-backed startup hired ten people.", "The A- sixteen Z-backed startup hired ten people."),
    ("A k8s-native tool shipped.", "A K eight S-native tool shipped."),
    ("The a16z partners met on Monday.", "The A- sixteen Z partners met on Monday."),
    ("A16Z and N8N were named.", "A- sixteen Z and N eight N were named."),
    # counter-examples: two letters ("mp3"), letter and number only ("h264"), a number first
    # ("3d", "4k", "5g", "10m"), and the plural of a code the text also writes alone ("i7s")
    ("Play the mp3 file on a 4k screen.", "Play the mp three file on a four K screen."),
    ("The 5g network and a 10m run.", "The five gram network and a ten meter run."),
    ("Intel i7s and an i7 chip.", "Intel i sevens and an i seven chip."),
    ("The x86 chips and a b2 bucket.", "The x eighty-six chips and a b two bucket."),
]

ALL = NUMERONYMS


@pytest.mark.parametrize(("text", "spoken"), ALL, ids=[c[0][:40] for c in ALL])
def test_reading(text: str, spoken: str) -> None:
    assert normalize(text) == spoken
