# ruff: noqa: E501  (each sentence and its reading stay on one line)
"""Superscript exponents keep their meaning as a caret ('A<sup>x</sup>' is 'A^x'), while note
markers, ordinals, prices and units' powers stay as they were (issue 12, audit 47).

Invented HTML in the shape of news copy; counter-examples must not change.
"""

from __future__ import annotations

import pytest
from lxml import html as lxml_html

from narrate.cleaning import drop_footnote_markers, mark_exponents
from narrate.extract import extract_article
from narrate.normalize import normalize


def _text(body: str) -> str:
    tree = lxml_html.document_fromstring(f"<html><body><p>{body}</p></body></html>")
    drop_footnote_markers(tree)
    mark_exponents(tree)
    return tree.text_content()


CASES = [
    ("The puzzle asks whether A<sup>x</sup> + B<sup>y</sup> = C<sup>z</sup> has answers.",
     "The puzzle asks whether A^x + B^y = C^z has answers."),
    ("A cell holds 10<sup>6</sup> proteins.", "A cell holds 10^6 proteins."),
    ("The dose was 10<sup>-3</sup> grams.", "The dose was 10^-3 grams."),
    ("The error grows as (n+1)<sup>2</sup> each step.", "The error grows as (n+1)^2 each step."),
    ("It scales as x<sup>n</sup>today.", "It scales as x^n today."),
    # counter-examples: notes, ordinals, units, prices and words keep their old text
    ("She was 1<sup>st</sup> in the 5<sup>th</sup> race.", "She was 1st in the 5th race."),
    ("For the n<sup>th</sup> time, no.", "For the nth time, no."),
    ("The flat is 40 m<sup>2</sup> in size.", "The flat is 40 m2 in size."),
    ("Dust reached 6.1 ng/m<sup>3</sup> indoors.", "Dust reached 6.1 ng/m3 indoors."),
    ("It fell at 9.8 m/s<sup>2</sup> there.", "It fell at 9.8 m/s2 there."),
    ("A new study<sup>12</sup> says so.", "A new study says so."),
    ("The report<sup>[3]</sup> was late.", "The report was late."),
    ("The rule (2019)<sup>4</sup> changed it.", "The rule (2019) changed it."),
    ("Mugs cost $19<sup>99</sup> each.", "Mugs cost $1999 each."),
    ("The Acme<sup>®</sup> tool sells well.", "The Acme® tool sells well."),
]


@pytest.mark.parametrize(("html", "text"), CASES)
def test_exponents_marked(html: str, text: str) -> None:
    assert _text(html) == text


def test_exponents_are_said_as_powers_through_extraction() -> None:
    filler = "<p>" + " ".join(
        ["The prize committee met on Tuesday to weigh the entries sent in over the year."] * 5
    ) + "</p>"
    formula = ("<p>The puzzle asks whether A<sup>x</sup> + B<sup>y</sup> = C<sup>z</sup> can "
               "hold.</p>")
    page = ("<html><head><title>A prize for a proof</title></head><body><article>"
            f"<h1>A prize for a proof</h1>{filler}{formula}{filler}</article></body></html>")
    paras = list(extract_article(page).paragraphs)
    said = normalize(next(p for p in paras if "puzzle" in p))
    assert said == ("The puzzle asks whether A to the power of x plus B to the power of y "
                    "equals C to the power of z can hold.")


@pytest.mark.parametrize(("text", "spoken"), [
    ("The error grows as (n+1)^2 each step.", "The error grows as, n plus one, squared each step."),
    ("It falls as (x+2)^n over time.", "It falls as, x plus two, to the power of n over time."),
    ("The plot is 5 m^2 and the tank 3 cm^3.", "The plot is five square meters and the tank three cubic centimeters."),
    ("Density was 2.7 g/cm^3 there.", "Density was two point seven grams per cubic centimeter there."),
    # superscripts written as markup in the text itself (an escaped tag on the page)
    ("If P<sup>k</sup> + Q<sup>m</sup> = R<sup>n</sup> holds.",
     "If P to the power of k plus Q to the power of m equals R to the power of n holds."),
    ("About 10<sup>9</sup> stars.", "About ten to the power of nine stars."),
])
def test_bracketed_power_is_said(text: str, spoken: str) -> None:
    assert normalize(text) == spoken
