# ruff: noqa: E501  (each sentence and its reading stay on one line)
"""Classes heard by check audit 32: numeronyms, a lone "$" as a price tier, mixed-case plurals.

Sentences are invented in the shape of news copy (names and places made up); the expected text
is what the engine should be given, read aloud by a careful listener. Counter-examples (things
that must not change) are in the same tables.
"""

from __future__ import annotations

import pytest

from narrate.normalize import article_vocabulary, normalize, normalize_with_map

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

PRICE_TIERS = [
    # a lone "$" in a paragraph that also rates in "$$": the lowest tier
    ("Marked with a ($) for low price point and ($$$) for high.", "Marked with a, one dollar sign, for low price point and, three dollar signs, for high."),
    ("Easy $ One-click setup; Pro $$ Full control", "Easy one dollar sign One-click setup; Pro two dollar signs Full control"),
    ("Price Range | $ — $$", "Price Range, one to two dollar signs"),
    # counter-examples: amounts, country dollars, the sign named, and a currency label where
    # nothing rates prices in signs
    ("It cost $5, or US$ 3, or $ 5, in C$ terms; $$ tier.", "It cost five dollars, or three US dollars, or five dollars, in Canadian dollars terms; two dollar signs tier."),
    ("Type the $ sign, then a $.50 fee.", "Type the dollar sign, then a fifty cents fee."),
    ("Price ($) rose.", "Price, dollars, rose."),
]

MIXED_PLURALS = [
    # a mixed-case initialism made plural: its capitals spelled, as "VLANs" is
    ("The network runs 15+ PoPs in Europe.", "The network runs fifteen plus P O P's in Europe."),
    ("Both sides signed MoUs on new SoCs.", "Both sides signed M O U's on new S O C's."),
    ("The firm added 15 new PoPs.", "The firm added fifteen new P O P's."),
    # counter-examples: singulars, a possessive, a word-read initialism, a lower-case lead
    ("The PoP in Carrow and the DoD's plan.", "The P O P in Carrow and the D O D's plan."),
    ("Enterprise SaaS and iOS apps.", "Enterprise sass and iOS apps."),
]

ALL = NUMERONYMS + PRICE_TIERS + MIXED_PLURALS


@pytest.mark.parametrize(("text", "spoken"), ALL, ids=[c[0][:40] for c in ALL])
def test_reading(text: str, spoken: str) -> None:
    assert normalize(text) == spoken


def test_lone_dollar_is_a_tier_where_the_article_rates_prices() -> None:
    """A "$" alone in one paragraph is the lowest tier when another paragraph of the same
    article writes "$$" (the article's vocabulary says so), and stays "dollars" otherwise."""
    article = "Plans\nEasy $ One-click setup\nPro $$ Full control\nBook it HERE. ($)"
    vocab = article_vocabulary(article)
    said = [normalize_with_map(p, "en", vocabulary=vocab).text for p in article.split("\n")]
    assert said[1] == "Easy one dollar sign One-click setup"
    assert said[3] == "Book it here, one dollar sign"
    plain = "Price\nEasy $ One-click setup"
    assert normalize_with_map("Easy $ One-click setup", "en", vocabulary=article_vocabulary(plain)).text \
        == "Easy dollars One-click setup"
