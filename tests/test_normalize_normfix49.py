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
