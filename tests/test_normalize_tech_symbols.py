# ruff: noqa: E501  (each sentence and its reading stay on one line)
"""Symbols of technical prose read by shape: a port and its protocol ("8080/tcp": "slash"), a
plural noun per second ("packets/sec": "per second"), "C/C++" ("C or C plus plus"), the
idiom "20/20" ("twenty-twenty"), a count of bits ("4096-bit": a number, not a year), a
redirect into a file ("> out.txt": "into"), a menu path of three or more steps ("File > Export
> PDF": pauses), two successive versions after a name ("Java 8/9": "eight or nine").
Fractions, years and comparisons keep their readings.

Class from check audit 41 (not independent; sentences invented).
"""

from __future__ import annotations

import pytest

from narrate.normalize import normalize

TECH_SYMBOLS = [
    ("Allow 8080/tcp and 53/udp through the firewall.", "Allow eighty eighty slash tcp and fifty-three slash udp through the firewall."),
    ("It handles 900 packets/sec on one core.", "It handles nine hundred packets per second on one core."),
    ("The course covers C/C++ basics.", "The course covers C or C plus plus basics."),
    ("Her eyesight is 20/20 again.", "Her eyesight is twenty-twenty again."),
    ("Use a 4096-bit key or 3072 bits.", "Use a four thousand ninety-six-bit key or three thousand seventy-two bits."),
    ("Run make > build.log first.", "Run make into build dot log first."),
    ("Open File > Export > Image and save.", "Open File, Export, Image and save."),
    ("The code is Perl 5/6 friendly and ships for macOS 13/14 today.", "The code is Perl five or six friendly and ships for macOS thirteen or fourteen today."),
    # counter-examples
    ("In 2048 the plan ends.", "In twenty forty-eight the plan ends."),
    ("Add 2/3 cup of flour.", "Add two thirds cup of flour."),
    ("The Senate 2/3 majority held.", "The Senate two thirds majority held."),
    ("Press Start > Options. Then Music > Off.", "Press Start over Options. Then Music over Off."),
    ("Quality > quantity, always.", "Quality over quantity, always."),
    ("They scored 20/25 on the test.", "They scored twenty slash twenty-five on the test."),
    ("It rose 5/6 points by noon.", "It rose five sixths points by noon."),
]


@pytest.mark.parametrize(("text", "expected"), TECH_SYMBOLS)
def test_tech_symbols(text: str, expected: str) -> None:
    assert normalize(text) == expected
