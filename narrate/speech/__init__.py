"""The speech normalizer's rules by class of token; the public API is :mod:`narrate.normalize`."""
