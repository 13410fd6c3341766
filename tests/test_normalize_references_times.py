# ruff: noqa: E501  (each sentence and its reading stay on one line)
"""Audits tx_3 and tx_5 (tuning half): reference lists, time ranges with a unit, pace units.

Sentences are invented in the shape of news copy and of a paper's reference list (names and
journals made up or generic); the expected text is what the engine should be given. Each table
holds counter-examples that must not change.
"""

from __future__ import annotations

import pytest

from narrate.normalize import normalize

# A DOI is an identifier that resolves at doi.org: like a web address ("a link to ..."), it is
# named, not read out, and never as arithmetic ("ten point three ... per ...").
DOIS = [
    ("Rowe K. Walking and mood. Front Psychol. doi: 10.3389/fpsyg.2022.812345.",
     "Rowe K. Walking and mood. Front Psychol. D O I link."),
    ("Published online first (DOI: 10.1007/s40279-021-01452-x).",
     "Published online first, D O I link."),
    ("Cite it as 10.1136/bmj-2023-076543 in the appendix.",
     "Cite it as a D O I link in the appendix."),
    ("Lane P. Sleep. Lancet. doi:10.1016/S0140-6736(20)30183-5. Epub 2020 Jan 24.",
     "Lane P. Sleep. Lancet. D O I link. Epub twenty twenty January twenty-fourth."),
    ("The paper has the DOI 10.1523/JNEUROSCI.2814-14.2014 on its first page.",
     "The paper has the D O I link on its first page."),
    # counter-examples: a link to doi.org stays a link, and decimals and fractions stay numbers
    ("The full text is at https://doi.org/10.1016/j.cell.2021.01.002 today.",
     "The full text is at a link to doi dot org today."),
    ("The fund returned 10.25% in 2023.", "The fund returned ten point two five percent in twenty twenty-three."),
    ("Shares rose to 10.5 on Friday.", "Shares rose to ten point five on Friday."),
    ("Diesel hit 10.5000/gallon in the port.", "Diesel hit ten point five zero zero zero per gallon in the port."),
]

# "2019;72:45-62": year; volume: first page - last page. Not a score ("seventy-two to
# forty-five"), not a clock time ("sixteen twenty-two"); a shortened last page is said whole.
CITATIONS = [
    ("Hale R. Exercise and anxiety. Annu Rev Med. 2019;72:45–62.",
     "Hale R. Exercise and anxiety. Annu Rev Med. Twenty nineteen; volume seventy-two, pages forty-five to sixty-two."),
    ("Park S. Running. Neuropsychology. 2016;16:22-34.",
     "Park S. Running. Neuropsychology. Twenty sixteen; volume sixteen, pages twenty-two to thirty-four."),
    ("J Affect Disord. 2016;20:20-8.",
     "J Affect Disord. Twenty sixteen; volume twenty, pages twenty to twenty-eight."),
    ("Brain Res. 2018;4(2):185–95.",
     "Brain Res. Twenty eighteen; volume four, issue two, pages one hundred eighty-five to one hundred ninety-five."),
    ("Neurol Sci. 2019;40:2217–28.",
     "Neurol Sci. Twenty nineteen; volume forty, pages two thousand two hundred seventeen to two thousand two hundred twenty-eight."),
    ("Lancet. 2020 Mar;395:912-20.",
     "Lancet. Twenty twenty March; volume three hundred ninety-five, pages nine hundred twelve to nine hundred twenty."),
    ("Lancet. 2020 Mar 5;395(10227):912-20.",
     "Lancet. Twenty twenty March fifth; volume three hundred ninety-five, issue ten thousand two hundred twenty-seven, pages nine hundred twelve to nine hundred twenty."),
    ("Sleep Med. 2019 Nov-Dec;41(6):30-9.",
     "Sleep Med. Twenty nineteen November to December; volume forty-one, issue six, pages thirty to thirty-nine."),
    ("Front Neurosci. 2014;8:170.", "Front Neurosci. Twenty fourteen; volume eight, one hundred seventy."),
    ("Transl Psychiatry. 2023;20:20.", "Transl Psychiatry. Twenty twenty-three; volume twenty, twenty."),
    ("Front Psychol. 2021;12:705559.", "Front Psychol. Twenty twenty-one; volume twelve, seven zero five five five nine."),
    ("Lancet 2019; 393: 447–56.", "Lancet twenty nineteen; volume three hundred ninety-three, pages four hundred forty-seven to four hundred fifty-six."),
    # counter-examples: scores, clock times and ratios outside the citation shape, a name
    ("Her 2019 Mar; its sequel followed.", "Her twenty nineteen Mar; its sequel followed."),
    ("The final score was 3:1 after extra time.", "The final score was three to one after extra time."),
    ("In 2019, the train left at 16:22 sharp.", "In twenty nineteen, the train left at sixteen twenty-two sharp."),
    ("The vote on Tuesday; 16:22 was the time it closed.", "The vote on Tuesday; sixteen twenty-two was the time it closed."),
]

# A title ("Rev.", "Rep.", "Gen.") is expanded before a name; a journal's abbreviation before a
# year is not a title ("Syst Rev. 2013", "Mol Biol Rep. 2021") and keeps its stop.
TITLES_BEFORE_NUMBERS = [
    ("Cochrane Database Syst Rev. 2016;2016:CD009172.",
     "Cochrane Database Syst Rev. Twenty sixteen; volume two thousand sixteen, C D zero zero nine one seven two."),
    ("Mol Biol Rep. 2018;45:2741–53.",
     "Mol Biol Rep. Twenty eighteen; volume forty-five, pages two thousand seven hundred forty-one to two thousand seven hundred fifty-three."),
    # counter-examples: before a name the title is said in full; before another number no stop
    ("The Rev. 2 board ships in May.", "The Rev. two board ships in May."),
    ("Rev. Ann Hale led the service.", "Reverend Ann Hale led the service."),
    ("Rep. Tom Vale and Gen. Ruth Park spoke.", "Representative Tom Vale and General Ruth Park spoke."),
    ("Sen. O'Brien voted no.", "Senator O'Brien voted no."),
]

# "p." or "pp." glued to a page number: a page, not the decimal ".301".
PAGES = [
    ("London: Harbour Press; 2018. p.301-17.",
     "London: Harbour Press; twenty eighteen. pages three hundred one to three hundred seventeen."),
    ("See pp.12-19 of the report.", "See pages twelve to nineteen of the report."),
    ("The table is on p.7 of the filing.", "The table is on page seven of the filing."),
    ("The rules are set out in pp. 45-62.", "The rules are set out in pages forty-five to sixty-two."),
    # counter-examples
    ("It is on p. 7 of the report.", "It is on page seven of the report."),
    ("The rate rose to .301 this year.", "The rate rose to zero point three zero one this year."),
]

# The link labels a reference list repeats after each entry ("[ DOI ] [ PubMed ]") are
# links to scholarly databases, not words of the text.
LINK_LABELS = [
    ("Hale R. Exercise. Med J. 2019;7:12. [ DOI ] [ PMC free article ] [ PubMed ] [ Google Scholar ]",
     "Hale R. Exercise. Med J. Twenty nineteen; volume seven, twelve."),
    ("Park S. Running. Sports Med. 2020. [Crossref] [PubMed] [Google Scholar]",
     "Park S. Running. Sports Med. Twenty twenty."),
    # counter-examples: an editor's insertion and a plain citation mark
    ("He said [PubMed officials] would respond.", "He said PubMed officials would respond."),
    ("The DOI system is run by a foundation.", "The D O I system is run by a foundation."),
]

# "2:30-3:20hrs": a range of times, the dash is "to" (as in "10pm-6am").
TIME_RANGES = [
    ("Week 1: Base building (2:30-3:20hrs)", "Week one: Base building, two thirty to three twenty hours"),
    ("Long runs take (4:40-5:35 hrs) in peak weeks.", "Long runs take, four forty to five thirty-five hours, in peak weeks."),
    ("Expect 1:45-2:10 hours on the bike.", "Expect one forty-five to two ten hours on the bike."),
    ("Doors open 6:30–7:15 each night.", "Doors open six thirty to seven fifteen each night."),
    ("Recovery week (2:00-3:00hrs) follows.", "Recovery week, two to three hours, follows."),
    # counter-examples: a time then a plain number range, a score, a clock time on the hour
    ("The show starts at 8:00 and ends at 10:00.", "The show starts at eight o'clock and ends at ten o'clock."),
    ("The market opens at 9:30 - 10 minutes early.", "The market opens at nine thirty, ten minutes early."),
    ("They led 2-1 at 4:05 in the second half.", "They led two to one at four oh five in the second half."),
]

# A pace ("min/km"): both halves are units, read in full.
PACE_UNITS = [
    ("Set your paces in min/km and/or min/mile.", "Set your paces in minutes per kilometer and or minutes per mile."),
    ("Her target was a 5 min/km pace.", "Her target was a five minutes per kilometer pace."),
    ("The watch shows sec/km and min/mi splits.", "The watch shows seconds per kilometer and minutes per mile splits."),
    ("Easy runs sit at 5:30-6:00 min/km.", "Easy runs sit at five thirty to six minutes per kilometer."),
    ("Her marathon pace was 7:15 min/mile.", "Her marathon pace was seven fifteen minutes per mile."),
    # counter-examples: a rate after an amount, and min/max
    ("Prices start at $12/hour.", "Prices start at twelve dollars per hour."),
    ("Set the min/max values first.", "Set the min or max values first."),
]

ALL = DOIS + CITATIONS + TITLES_BEFORE_NUMBERS + PAGES + LINK_LABELS + TIME_RANGES + PACE_UNITS


@pytest.mark.parametrize(("text", "spoken"), ALL, ids=[c[0][:40] for c in ALL])
def test_reading(text: str, spoken: str) -> None:
    assert normalize(text) == spoken


SENTENCE_OPENS_WITH_A_FIGURE = [
    # eSpeak NG reads ". twenty" as an abbreviation's period and runs on: the figure's first
    # word takes a capital so the stop is heard (checked on the engine in the test below)
    ("Prices rose. 20 shops closed.", "Prices rose. Twenty shops closed."),
    ("He left. $5 was all he had.", "He left. Five dollars was all he had."),
    ("It won! 30 fans cheered.", "It won! Thirty fans cheered."),
    # the same for shouted capitals and symbols said in lower-case words
    ("Order now. FREE shipping on all orders.", "Order now. Free shipping on all orders."),
    ("We won. (20 votes)", "We won. Twenty votes"),
    ("It fell. ~20 people left.", "It fell. About twenty people left."),
    ('She said "never." 20 minutes later we left.', "She said never. Twenty minutes later we left."),
    # counter-examples: a period the output keeps for an abbreviation
    ("Varga et al. 2019 measured the tide.", "Varga et al. twenty nineteen measured the tide."),
    ("The Rev. 2 board ships in May.", "The Rev. two board ships in May."),
    ("It cost ca. $9 in all.", "It cost ca. nine dollars in all."),
    ("Sales rose. eBay shares fell.", "Sales rose. EBay shares fell."),  # normfix70: a stop
]


@pytest.mark.parametrize(("text", "spoken"), SENTENCE_OPENS_WITH_A_FIGURE,
                         ids=[c[0][:40] for c in SENTENCE_OPENS_WITH_A_FIGURE])
def test_sentence_opening_with_a_figure(text: str, spoken: str) -> None:
    assert normalize(text) == spoken


def test_capital_after_a_stop_is_a_clause_break_in_espeak() -> None:
    """The engine itself: ". twenty" runs on (one clause), ". Twenty" breaks (two)."""
    import subprocess
    import sys

    from tests.test_normalize_classes import _PHONEMIZE

    pytest.importorskip("espeakng_loader")
    lines = ["Prices rose. twenty shops closed.", normalize("Prices rose. 20 shops closed.")]
    out = subprocess.run([sys.executable, "-c", _PHONEMIZE], input="\n".join(lines),
                         capture_output=True, text=True, check=True).stdout.splitlines()
    assert " | " not in out[0]
    assert " | " in out[1]
