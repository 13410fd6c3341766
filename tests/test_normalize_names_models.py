# ruff: noqa: E501  (each sentence and its reading stay on one line)
"""Normfix13: sentence ends after name suffixes and initials, model numbers and codes.

Sentences are invented in the shape of news copy (names, firms and models made up); the expected
text is what the engine should be given. Counter-examples hold readings that must not change.
"""

from __future__ import annotations

import pytest

from narrate.normalize import normalize

# a company suffix ending a sentence or a ticker row before a number keeps its stop
COMPANY_STOP = [
    ("BRN BARROW FOODS INC. 84.10 -0.62 -0.73%",
     "B R N Barrow Foods Incorporated. Eighty-four point one zero minus zero point six two minus zero point seven three percent"),
    ("The buyer was Holt Marine Corp. 2024 was its best year.",
     "The buyer was Holt Marine Corporation. Twenty twenty-four was its best year."),
    ("Shares of Vell Ltd. $12 each were sold.", "Shares of Vell Limited. Twelve dollars each were sold."),
    ("The league is the NHL. 32 teams play in it.", "The league is the N H L. Thirty-two teams play in it."),
    # counter-examples: no name before the suffix, or a word that continues the sentence
    ("She made the Inc. 5000 list this year.", "She made the Incorporated five thousand list this year."),
    ("It costs approx. 5 dollars.", "It costs approximately five dollars."),
    ("Holt Marine Corp. CEO Ada Venn resigned.", "Holt Marine Corporation C E O Ada Venn resigned."),
    ("The firm is Holt Marine Inc. Its shares fell.", "The firm is Holt Marine Incorporated. Its shares fell."),
]

# an initial or a name suffix inside a name makes no sentence break
INITIALS = [
    ("Her new novel, Ash & Ember, is by R. Quillfeather.", "Her new novel, Ash and Ember, is by R Quillfeather."),
    ("The best release was R. Quillfeather's new novel.", "The best release was R Quillfeather's new novel."),
    ("Police arrested Dana A. Morrow, 41, and Colin W. Fitch, 38.",
     "Police arrested Dana A- Morrow, forty-one, and Colin W Fitch, thirty-eight."),
    ("Lena M. Ostrow and Paul D. Keane testified.", "Lena M Ostrow and Paul D Keane testified."),
    ("The prize went to J. R. Bellamy.", "The prize went to J R Bellamy."),
    ("Our driver, Jr. Castell, tested the truck.", "Our driver, Junior Castell, tested the truck."),
    # counter-examples: the letter ends the sentence, or names a thing, not a person
    ("Brazil topped Group C. Germany came second.", "Brazil topped Group C. Germany came second."),
    ("Take vitamin D. Doctors agree it helps.", "Take vitamin D. Doctors agree it helps."),
    ("He got a B. The teacher was pleased.", "He got a B. The teacher was pleased."),
    ("The new Volta Mach-E. Critics loved it.", "The new Volta Mach-E. Critics loved it."),
    ("The hall was built by Tom Reyes Jr. The town paid for it.",
     "The hall was built by Tom Reyes Junior. The town paid for it."),
    ("Martin Vale Jr. said so.", "Martin Vale Junior said so."),
    ("World War I. Historians disagree.", "World War One. Historians disagree."),
    ("She posted it on X. Critics pounced.", "She posted it on X. Critics pounced."),
    ("The singer Ray Colton, Jr. Critics loved him.", "The singer Ray Colton, Junior. Critics loved him."),
    # a reference list: the last initial's period ends the authors
    ("4. Marsh PT, Okoro D, Lind B. Sleep and memory in adults. J Sleep Res.",
     "four. Marsh P T, Okoro D, Lind B. Sleep and memory in adults. J Sleep Res."),
    ("7. Varga T. Walking and mood. Front Psychol.", "seven. Varga T. Walking and mood. Front Psychol."),
]

# four-digit model numbers in pairs, codes spelled, catalogue numbers digit by digit
MODEL_NUMBERS = [
    ("Its GTX 3060 beats older cards like the 2050, in most games.",
     "Its G T X thirty sixty beats older cards like the twenty fifty, in most games."),
    ("The RX 7600 and the 6500 are cheap.", "The R X seventy-six hundred and the sixty-five hundred are cheap."),
    ("The truck tows more than a 2500HD can.", "The truck tows more than a twenty-five hundred H D can."),
    ("The Kelvo Toaster (KTBR4050-WH) is small.", "The Kelvo Toaster, K T B R forty fifty W H, is small."),
    ("Our old blender (model # 38861) still works.", "Our old blender, model number three eight eight six one, still works."),
    ("Ask for Part No. 40512 at the desk.", "Ask for Part number four zero five one two at the desk."),
    ("The kettle (model # KTL-016) boils fast.", "The kettle, model number K T L zero one six, boils fast."),
    # counter-examples: counts, units and years stay numbers
    ("The RX 7600 sold 4500 units in a week.", "The R X seventy-six hundred sold four thousand five hundred units in a week."),
    ("The GTX 3060 drew 4500 people and 3400 more came.",
     "The G T X thirty sixty drew four thousand five hundred people and three thousand four hundred more came."),
    ("Officials said 4050 people voted.", "Officials said four thousand fifty people voted."),
    ("a 1500HP engine", "a one thousand five hundred H P engine"),
    ("We sold 38861 units of the model.", "We sold thirty-eight thousand eight hundred sixty-one units of the model."),
    ("the F-150 and COVID-19", "the F one fifty and Covid nineteen"),
]

# a Roman-numeral generation after a model code is "Mark N" and never merges with a number
MODEL_GENERATIONS = [
    ("The Pentar GX100 II is heavy.", "The Pentar G X one hundred Mark two is heavy."),
    ("The Nikon Z50 II is small.", "The Nikon Z fifty Mark two is small."),
    ("Canon R6 III 32MP FF 7K60 $$$ Event shooters",
     "Canon R six Mark three, thirty-two megapixels F F seven K sixty, three dollar signs Event shooters"),
    ("I upgraded from the Canon Mark 5D III last year.", "I upgraded from the Canon Mark five D three last year."),
    # counter-examples
    ("Henry VIII and World War II.", "Henry the Eighth and World War Two."),
    ("Rooms cost 60 $$ a night.", "Rooms cost sixty, two dollar signs a night."),
]

# letter-dot-number standards, dotted brand names, camel-case brand words
DOTTED_NAMES = [
    ("It has an M.2 slot and H.264 video.", "It has an M dot two slot and H dot two sixty-four video."),
    ("See section A.1 for details.", "See section A- dot one for details."),
    ("Her work appeared in Wired, Business.Nxt, and Forbes.",
     "Her work appeared in Wired, Business dot Nxt, and Forbes."),
    ("The car has a CHAdeMO port.", "The car has a chademo port."),
    # counter-examples: a glued sentence end stays a stop; decimals stay decimals
    ("He left on Friday.The next day he came back.", "He left on Friday. The next day he came back."),
    ("Rates rose 0.2 points.", "Rates rose zero point two points."),
]

ALL = COMPANY_STOP + INITIALS + MODEL_NUMBERS + MODEL_GENERATIONS + DOTTED_NAMES


@pytest.mark.parametrize(("text", "spoken"), ALL, ids=[c[0][:40] for c in ALL])
def test_reading(text: str, spoken: str) -> None:
    assert normalize(text) == spoken


from tests.test_normalize_classes import _PHONEMIZE  # noqa: E402


def test_initial_makes_no_clause_break_in_espeak() -> None:
    """The engine itself: "T. Kingfisher" is two clauses (a stop inside the name), the
    normalized "T Kingfisher" one; the initial A is said as the letter (eI), not "uh"."""
    import subprocess
    import sys

    pytest.importorskip("espeakng_loader")
    lines = ["by T. Quillfeather today", normalize("by T. Quillfeather today"),
             normalize("Dana A. Morrow testified")]
    out = subprocess.run([sys.executable, "-c", _PHONEMIZE], input="\n".join(lines),
                         capture_output=True, text=True, check=True).stdout.splitlines()
    assert " | " in out[0]  # the unfixed text: the engine's clause break is real
    assert " | " not in out[1]
    assert " | " not in out[2] and "'eI" in out[2]


LEAD_FOLLOW_UPS = [
    # a dimension, resolution or network generation is no model code before a Roman numeral
    ("The nurse set up a 3D IV drip stand.", "The nurse set up a three D I V drip stand."),
    ("The Canon 5D III is still sold.", "The Canon five D Mark three is still sold."),
    # a small K before a hyphened word is a resolution, as "4K video" is; a big one thousands
    ("It is an 8K-capable camera.", "It is an eight K-capable camera."),
    ("Buy 4K-HDR sets now.", "Buy four K-H D R sets now."),
    ("A 50K-strong crowd marched.", "A fifty thousand-strong crowd marched."),
    # a common word in capitals that ends in a glide is a word, like "MIX" (check audit 32)
    ("I love how much JOY podcasting brings.", "I love how much joy podcasting brings."),
    ("Don't BUY it before you TRY it.", "Don't buy it before you try it."),
    ("It was the BEST DAY of the season.", "It was the best day of the season."),
    # a vowel-consonant-E word ("ACE", "ICE"), a very common consonant-vowel-vowel one ("VIA"),
    # and a one-syllable word of five letters ("SLUSH", "CRASH") are words too
    ("The keyboard is fully VIA programmable.", "The keyboard is fully via programmable."),
    ("At ACE, the talks ran late.", "At ace, the talks ran late."),
    ("The SLUSH festival opens in Helsinki.", "The Slush festival opens in Helsinki."),
    ("Take the CRASH course first.", "Take the crash course first."),
    ("Plant BEE BALM near the beds.", "Plant bee Balm near the beds."),
    ("The ZOO trip is in May.", "The zoo trip is in May."),
    # counter-examples: initialisms stay letters
    ("The CIA and the NY office agreed.", "The C I A and the N Y office agreed."),
    ("The DOE grant and the FOIA request.", "The D O E grant and the F O I A request."),
    ("The IDE and the SPLC report differ.", "The I D E and the S P L C report differ."),
    ("The FAA and TSMC replied.", "The F A- A- and T S M C replied."),
]


@pytest.mark.parametrize(("text", "spoken"), LEAD_FOLLOW_UPS, ids=[c[0][:40] for c in LEAD_FOLLOW_UPS])
def test_lead_follow_ups(text: str, spoken: str) -> None:
    assert normalize(text) == spoken
