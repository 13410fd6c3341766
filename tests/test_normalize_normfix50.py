"""Issue 12 classes: comparisons and tags in angle brackets, calls in prose, missing unit
families, command-line flags glued to the word before."""
import pytest

from narrate.normalize import normalize


@pytest.mark.parametrize(("text", "spoken"), [
    # a "<" glued after an operand is a comparison, never a tag that swallows the words
    ("The sort swaps them when p<q and r>s hold.",
     "The sort swaps them when p less than q and r greater than s hold."),
    ("The check fails if m<k or k>n in the loop.",
     "The check fails if m less than k or k greater than n in the loop."),
    ("The proof fails when x<y>z for some inputs.",
     "The proof fails when x less than y greater than z for some inputs."),
    ("The filter keeps rows where t>2 only.",
     "The filter keeps rows where t greater than two only."),
    # a heart, arrows, an equivalence
    ("Fans wrote I <3 this ferry on the wall.", "Fans wrote I heart this ferry on the wall."),
    ("Thank you all <3", "Thank you all heart"),
    ("Tap Menu -> Account to see it.", "Tap Menu to Account to see it."),
    ("Swipe back <- there to undo.", "Swipe back from there to undo."),
    ("The proof shows p <=> q for every case.",
     "The proof shows p is equivalent to q for every case."),
    # an element named in prose keeps its name
    ("The crawler reads the <h1> tag and skips the <script> elements.",
     "The crawler reads the h1 tag and skips the script elements."),
    ("Wrap the menu in a <nav> and style it.", "Wrap the menu in a nav and style it."),
    # counter-examples: markup is still dropped, spaced comparisons and titles unchanged
    ("Profits<b> rose</b> again.", "Profits rose again."),
    ("A <speak>hi</speak> test.", "A hi test."),
    ("Costs were up when a < b this year.", "Costs were up when a less than b this year."),
    ("Sales <-> Marketing met today.", "Sales and Marketing met today."),
])
def test_angle_brackets_in_prose_keep_their_words(text: str, spoken: str) -> None:
    assert normalize(text) == spoken


@pytest.mark.parametrize(("text", "spoken"), [
    # a call in a formula is "name of argument", and the slash between code operands divides
    ("The score is hits(u) / len(v) for each user.",
     "The score is hits of u divided by len of v for each user."),
    ("Take mean(y) / n as the estimate.", "Take mean of y divided by n as the estimate."),
    ("The check runs fetch_page(url) before parsing.",
     "The check runs fetch page of url before parsing."),
    ("Set limit = size(q) + 2 in the config.",
     "Set limit equals size of q plus two in the config."),
    # counter-examples: glued brackets in prose stay as they were
    ("Check the room(s) before the event(s) start.",
     "Check the rooms before the events start."),
    ("As Jones(2021) showed, the platform(s) held up.",
     "As Jones, twenty twenty-one, showed, the platforms held up."),
    ("The writer / director spoke.", "The writer, director spoke."),
])
def test_calls_in_formulas_are_read_as_functions(text: str, spoken: str) -> None:
    assert normalize(text) == spoken


@pytest.mark.parametrize(("text", "spoken"), [
    # energy, carbon, bits, points, barrels
    ("The grid used 12 TWh in the winter.", "The grid used twelve terawatt hours in the winter."),
    ("Forests took up 2.4 GtC that year.",
     "Forests took up two point four gigatonnes of carbon that year."),
    ("The town got a 500 Mb line and kept its 64 kb backup link.",
     "The town got a five hundred megabit line and kept its sixty-four kilobit backup link."),
    ("The index lost 45 pts by noon.", "The index lost forty-five points by noon."),
    ("Output rose to 2.1 million bbl. of crude a day.",
     "Output rose to two point one million barrels of crude a day."),
    ("Stocks fell by 300,000 bbl., the agency said.",
     "Stocks fell by three hundred thousand barrels, the agency said."),
    ("The port moved 3 million kg of grain.",
     "The port moved three million kilograms of grain."),
    # circa before a year, glued or spaced
    ("The mill was built c. 1790 and sold ca. 1905.",
     "The mill was built circa seventeen ninety and sold circa nineteen oh five."),
    ("A print, c.1880, hangs there.", "A print, circa eighteen eighty, hangs there."),
    # counter-examples: a lone letter before a small figure, bytes, a model code
    ("Read sections b. and c. 4 first.", "Read sections b. and c. four first."),
    ("The phone has 128 GB of storage.",
     "The phone has one hundred twenty-eight gigabytes of storage."),
    ("Send the 2 Mb file by noon.", "Send the two Mb file by noon."),
    ("The Boeing 77F freighter landed.", "The Boeing seventy-seven F freighter landed."),
])
def test_unit_families_and_circa(text: str, spoken: str) -> None:
    assert normalize(text) == spoken


@pytest.mark.parametrize(("text", "spoken"), [
    # a flag in prose is "dash" and its name, never glued to the word before
    ("Add the -q flag to silence it.", "Add the dash q flag to silence it."),
    ("Never type rm -rf in that folder.", "Never type rm dash r f in that folder."),
    ("Unpack it with the -xzf switch.", "Unpack it with the dash x z f switch."),
    ("Reporters used the --force option.", "Reporters used the dash dash force option."),
    # counter-examples: a minus sign, careless dashes before words, a suspended compound
    ("Nights fell to -8 degrees.", "Nights fell to minus eight degrees."),
    ("They tried -but lost the vote.", "They tried, but lost the vote."),
    ("It rained -and rained.", "It rained, and rained."),
    ("Both pre- and post-season games sold out.", "Both pre-and post-season games sold out."),
])
def test_flags_in_prose_are_dashes(text: str, spoken: str) -> None:
    assert normalize(text) == spoken


@pytest.mark.parametrize(("text", "spoken"), [
    # a spaced hyphen beside a call subtracts; tags named in prose, closing ones too
    ("The gap is peak(t) - 4 on most days.", "The gap is peak of t minus four on most days."),
    ("It keeps n - size(q) slots free.", "It keeps n minus size of q slots free."),
    ("Close each <li> with </li> first.", "Close each li with closing li first."),
    # counter-examples: dashes between words and brackets stay pauses, markup is dropped
    ("The tour (part 2) - a success - ended.", "The tour, part two, a success, ended."),
    ("A line with <em>stress</em> in it.", "A line with stress in it."),
])
def test_minus_beside_calls_and_closing_tags(text: str, spoken: str) -> None:
    assert normalize(text) == spoken


@pytest.mark.parametrize(("text", "spoken"), [
    # a glued "F" or "C" is a reading where the paragraph gives weather or the other scale
    ("Friday looks sunny and 81F along the coast.",
     "Friday looks sunny and eighty-one degrees Fahrenheit along the coast."),
    ("Cities saw 38C and 100F on the same day.",
     "Cities saw thirty-eight degrees Celsius and one hundred degrees Fahrenheit on the same day."),
    # oil rates and bit units spelled with "bit"
    ("The field pumps 350,000 bpd now.",
     "The field pumps three hundred fifty thousand barrels per day now."),
    ("Supply fell 1.5 mb/d in March.",
     "Supply fell one point five million barrels per day in March."),
    ("Homes get 300 Mbit/s on the new line.",
     "Homes get three hundred megabits per second on the new line."),
    # counter-examples: a model code, repeated, with no weather around it
    ("The Trail 3C is light. Buy the 3C online.",
     "The Trail three C is light. Buy the three C online."),
])
def test_temperature_letters_and_rate_units(text: str, spoken: str) -> None:
    assert normalize(text) == spoken


@pytest.mark.parametrize(("text", "spoken"), [
    # a unit's stop before an aside's dash is the abbreviation's; "or so" before a unit
    ("The tank lost 70,000 bbl. — nearly half — overnight.",
     "The tank lost seventy thousand barrels, nearly half, overnight."),
    ("Crews hauled 9 lbs.—mostly cans—from the beach.",
     "Crews hauled nine pounds, mostly cans, from the beach."),
    ("Wells leaked 5,000 or so bbl. a day.",
     "Wells leaked five thousand or so barrels a day."),
    # counter-example: a stop that ends the sentence stays
    ("Crews hauled 9 lbs. Then they rested.", "Crews hauled nine pounds. Then they rested."),
])
def test_unit_stops_before_asides(text: str, spoken: str) -> None:
    assert normalize(text) == spoken


@pytest.mark.parametrize(("text", "spoken"), [
    # "Mb"/"kb" are bits where a line's speed is given; elsewhere writers mean bytes as often
    ("Each page must stay under the 50 kb limit.", "Each page must stay under the fifty kb limit."),
    ("The plan offers 20 Mb/s downloads.", "The plan offers twenty megabits per second downloads."),
    ("Keep each image under 75kb, the guide says.",
     "Keep each image under seventy-five kilobytes, the guide says."),
    ("The campus got a 100Mb link last year.", "The campus got a hundred megabit link last year."),
])
def test_bits_only_where_a_speed_is_given(text: str, spoken: str) -> None:
    assert normalize(text) == spoken
