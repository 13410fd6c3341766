"""Audit 45 classes: mathematical letters, letter ordinals, dimensions, maths abbreviations,
starred names, a lone "://"."""
import pytest

from narrate.normalize import normalize, normalize_with_map


@pytest.mark.parametrize(("text", "spoken"), [
    # double-struck and bold letters are the letter they are drawn from
    ("Every polynomial has a root in ℂ, the researchers noted.",
     "Every polynomial has a root in C, the researchers noted."),
    ("The vectors live in ℝn and the weights in ℤ.",
     "The vectors live in Rn and the weights in Z."),
    ("Let 𝐱 be the input and 𝑓 the model.", "Let x be the input and f the model."),
    # counter-examples: ordinary letters and the litre sign are left alone
    ("The team from Rome won 3 games.", "The team from Rome won three games."),
    ("Add 2 ℓ of water.", "Add two ℓ of water."),
])
def test_math_letters_are_read_as_letters(text: str, spoken: str) -> None:
    assert normalize(text) == spoken


def test_math_letters_keep_the_map_on_the_original_text() -> None:
    text = "a root in ℂ today"
    out = normalize_with_map(text)
    assert out.text == "a root in C today"
    assert out.spans[-1].in_end == len(text)


@pytest.mark.parametrize(("text", "spoken"), [
    # a letter made an ordinal is the letter's name with "th"
    ("The bug hit the i-th request in every batch.",
     "The bug hit the eyeth request in every batch."),
    ("Check the j-th column, then the k-th row.", "Check the jayth column, then the kayth row."),
    ("It was, for the nth time, a delay.", "It was, for the enth time, a delay."),
    ("A nth-degree polynomial.", "A enth-degree polynomial."),
    # counter-examples: figures' ordinals, a month's abbreviation and ordinary words stay
    ("Prices hit a 12-mth low on the 13th.", "Prices hit a twelve-month low on the thirteenth."),
    ("He said nothing with the teeth.", "He said nothing with the teeth."),
])
def test_letter_ordinals_say_the_letter(text: str, spoken: str) -> None:
    assert normalize(text) == spoken


@pytest.mark.parametrize(("text", "spoken"), [
    # a size with a letter side before what it measures is "by"
    ("The model multiplies two n × n matrices each step.",
     "The model multiplies two n by n matrices each step."),
    ("Players fill an m x n grid of tiles.", "Players fill an m by n grid of tiles."),
    ("It ships with a 2 x n table of results.", "It ships with a two by n table of results."),
    ("A 3 × 3 grid is the classic board.", "A three by three grid is the classic board."),
    # counter-examples: with no measured noun after it the sign is left to the other rules
    ("The cost is n × n, he wrote.", "The cost is n times n, he wrote."),
    ("Multiply hours x operating time.", "Multiply hours x operating time."),
])
def test_letter_sizes_are_by(text: str, spoken: str) -> None:
    assert normalize(text) == spoken


@pytest.mark.parametrize(("text", "spoken"), [
    # "with respect to", dotted or not
    ("The basis is orthonormal w.r.t. the usual inner product.",
     "The basis is orthonormal with respect to the usual inner product."),
    ("Take the gradient wrt the weights, she said.",
     "Take the gradient with respect to the weights, she said."),
    # counter-example: the call letters of a station stay spelled
    ("He hosted a show on WRT radio.", "He hosted a show on W R T radio."),
])
def test_with_respect_to(text: str, spoken: str) -> None:
    assert normalize(text) == spoken


@pytest.mark.parametrize(("text", "spoken"), [
    # a star glued to one capital is part of the name
    ("She studies C*-algebras at the institute.", "She studies C-star-algebras at the institute."),
    ("The robot plans its route with the A* algorithm.",
     "The robot plans its route with the A-star algorithm."),
    ("He got an A* in physics.", "He got an A-star in physics."),
    # counter-examples: a footnote star after a word, a spaced operator
    ("Prices start at ten dollars* for members.", "Prices start at ten dollars for members."),
    ("Compute A * B first.", "Compute A times B first."),
])
def test_a_capitals_star_is_said(text: str, spoken: str) -> None:
    assert normalize(text) == spoken


@pytest.mark.parametrize(("text", "spoken"), [
    # a lone scheme separator is the content
    ('Click the button labeled "://" to open it.',
     "Click the button labeled colon slash slash to open it."),
    # counter-example: a full address is read by the address rules
    ("See https://example.com for details.", "See example dot com for details."),
])
def test_a_lone_scheme_separator_is_said(text: str, spoken: str) -> None:
    assert normalize(text) == spoken


@pytest.mark.parametrize(("text", "spoken"), [
    # short capitals beside "=" name matrices or sets: spelled, not read as "ah"
    ("The proof notes that A = AH here.", "The proof notes that A equals A-H here."),
    ("Then AA = B, as claimed.", "Then A- A- equals B, as claimed."),
    # counter-examples: capitals said as words keep their reading, away from "=" too
    ("ICE = the agency, he wrote.", "Ice equals the agency, he wrote."),
    ("NATO = the alliance, he wrote.", "Nato equals the alliance, he wrote."),
])
def test_capitals_in_an_equation_are_spelled(text: str, spoken: str) -> None:
    assert normalize(text) == spoken


@pytest.mark.parametrize(("text", "spoken"), [
    # "s.t." before a condition on a variable is the maths "such that"
    ("The solver finds a point s.t. x > 0 in seconds.",
     "The solver finds a point such that x greater than zero in seconds."),
    ("Minimize the cost s.t. Ax = b, the paper says.",
     "Minimize the cost such that Ax equals b, the paper says."),
    # counter-example: not before a condition, the letters stay
    ("He ran the s.t. team for years.", "He ran the S T team for years."),
])
def test_such_that_only_before_a_condition(text: str, spoken: str) -> None:
    assert normalize(text) == spoken
