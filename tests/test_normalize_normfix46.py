# ruff: noqa: E501  (each sentence and its reading stay on one line)
"""Issue 12, audit 44 (normfix46): dotted code names with a capital part, slashes in code
names, Ruby method notation, dialling codes, bit units, camel-case and digit web addresses.

Sentences are invented in the shape of news and tech-blog copy (names made up); the expected
text is what the engine should be given. Lines marked "counter-example" must not change.
"""

from __future__ import annotations

import pytest

from narrate.normalize import normalize

# a lower-case identifier dotted to a capitalized one is a code name: "dot", not a stop
DOTTED_CODE = [
    ('The guide says pkg.Widget and pkg.Gadget are the public parts.',
     'The guide says pkg dot Widget and pkg dot Gadget are the public parts.'),
    ('Then call tools.DataLoader after setting batch_size to four.',
     'Then call tools dot DataLoader after setting batch size to four.'),
    ('I would rather write server.HttpRequestHandler than copy it.',
     'I would rather write server dot HttpRequestHandler than copy it.'),
    ('Avoid reaching into core.internalApi.SecretCache directly.',
     'Avoid reaching into core.internalApi dot SecretCache directly.'),
    ('Import the helper and then use my_utils.Parser in tests.',
     'Import the helper and then use my utils dot Parser in tests.'),
    ('After import shapes you can use shapes.Circle in the loop.',
     'After import shapes you can use shapes dot Circle in the loop.'),
    # counter-example: a lost space after a sentence's end, in prose
    ('It marked the end of the old order.Diplomacy followed.',
     'It marked the end of the old order. Diplomacy followed.'),
    ('The team lost in the final.The coach resigned.',
     'The team lost in the final. The coach resigned.'),
    ('She moved to the city.New York suited her.',
     'She moved to the city. New York suited her.'),
    ('Shares rose at the company.PayPal said nothing.',
     'Shares rose at the company. PayPal said nothing.'),
    # the same glued "word.Word" twice (two rows of a flattened table) is no dotted name
    ('Sets how far the home side can reach.Increases the range. Sets how far the away side'
     ' can reach.Increases the range.',
     'Sets how far the home side can reach. Increases the range. Sets how far the away side'
     ' can reach. Increases the range.'),
]


@pytest.mark.parametrize(("text", "expected"), DOTTED_CODE)
def test_dotted_code_names(text: str, expected: str) -> None:
    assert normalize(text) == expected


# a "+" and a country's calling code before a name is read digit by digit
DIAL_CODES = [
    ('The report first ran in +972 Magazine last spring.',
     'The report first ran in plus nine seven two Magazine last spring.'),
    ('She joined +44 Studios as a producer.',
     'She joined plus four four Studios as a producer.'),
    # counter-example: a signed change or score stays an amount
    ('The index closed +12 points higher on Friday.',
     'The index closed plus twelve points higher on Friday.'),
    ('The Hawks were +250 Tuesday before the trade.',
     'The Hawks were plus two hundred fifty Tuesday before the trade.'),
    ('Their goal difference is +150 Overall.',
     'Their goal difference is plus one hundred fifty Overall.'),
    # counter-example: a full phone number keeps its grouped reading
    ('Call the embassy on +972 3 555 0100 for help.',
     'Call the embassy on plus nine seven two, three, five five five, zero one zero zero for help.'),
]


@pytest.mark.parametrize(("text", "expected"), DIAL_CODES)
def test_dial_codes(text: str, expected: str) -> None:
    assert normalize(text) == expected


# Ruby method notation: "#" is "hash", "?"/"!" end the method's name, operators by name
RUBY_METHODS = [
    ('Recent versions added String#match? for quick checks.',
     'Recent versions added String hash match for quick checks.'),
    ('The benchmark shows it beats String#=~ by a wide margin.',
     'The benchmark shows it beats String hash equals tilde by a wide margin.'),
    ('Prefer Hash#fetch over Hash#[] when a key may be missing.',
     'Prefer Hash hash fetch over Hash hash brackets when a key may be missing.'),
    ('Calling order.save! raises when validation fails.',
     'Calling order dot save bang raises when validation fails.'),
    ('Check items.empty? before looping.',
     'Check items dot empty before looping.'),
    # counter-example: questions and exclamations in prose keep their stops
    ('Is the release ready? Nobody knows.',
     'Is the release ready? Nobody knows.'),
    ('What a game! Fans cheered.',
     'What a game! Fans cheered.'),
    ('The team learned C# and F# last year.',
     'The team learned C sharp and F sharp last year.'),
]


@pytest.mark.parametrize(("text", "expected"), RUBY_METHODS)
def test_ruby_methods(text: str, expected: str) -> None:
    assert normalize(text) == expected


# "Tb"/"Gb" after a number: terabits and gigabits; "Mb"/"kb" stay as they were
BIT_UNITS = [
    ('The new platters store 1.35Tb per square inch.',
     'The new platters store one point three five terabits per square inch.'),
    ('Engineers expect 8Tb per square inch by the end of the decade.',
     'Engineers expect eight terabits per square inch by the end of the decade.'),
    ('The maker began sampling a 24Gb memory die.',
     'The maker began sampling a twenty-four gigabit memory die.'),
    # counter-example: bytes in capitals, and the ambiguous "Mb", are unchanged
    ('The 20TB drive ships in June.',
     'The twenty terabyte drive ships in June.'),
    ('Attach a 5 Mb file to the form.',
     'Attach a five Mb file to the form.'),
    ('Tb and Gb are the symbols.',
     'Tb and Gb are the symbols.'),
]


@pytest.mark.parametrize(("text", "expected"), BIT_UNITS)
def test_bit_units(text: str, expected: str) -> None:
    assert normalize(text) == expected


# a slash inside a code rule's name is "slash"; a folder's trailing slash is silent
CODE_SLASHES = [
    ('Teams can switch on the Security/Eval cop in the config.',
     'Teams can switch on the Security slash Eval cop in the config.'),
    ('The Layout/LineLength check flags long lines.',
     'The Layout slash LineLength check flags long lines.'),
    ('Put the setup.py next to the lib/ directory.',
     'Put the setup dot P Y next to the lib directory.'),
    ('Keep __main__ in the tools/ package, then call run() there.',
     'Keep dunder main in the tools package, then call run there.'),
    # counter-example: alternatives in prose keep "or"
    ('Parents can choose coffee/ tea at the stall.',
     'Parents can choose coffee or tea at the stall.'),
    ('The Sales/Marketing team grew again.',
     'The Sales or Marketing team grew again.'),
    ('Each applicant and/or his/her guardian must sign.',
     'Each applicant and or his or her guardian must sign.'),
]


@pytest.mark.parametrize(("text", "expected"), CODE_SLASHES)
def test_code_slashes(text: str, expected: str) -> None:
    assert normalize(text) == expected


# a web address's name: camel case split at its capitals; letters the article spells in
# capitals are spelled; four digits after letters are a year
WEB_NAMES = [
    ('She writes a weekly column at GreenHarborDaily.com about fishing.',
     'She writes a weekly column at Green Harbor Daily dot com about fishing.'),
    ('Fans can follow the tour on RoadToRio.net this summer.',
     'Fans can follow the tour on Road To Rio dot net this summer.'),
    ('The ICTF summit opens in May; register at www.ictf2025.org before April.',
     'The I C T F summit opens in May; register at I C T F twenty twenty-five dot org before April.'),
    ('Details are posted at expo2030.org for visitors.',
     'Details are posted at expo twenty thirty dot org for visitors.'),
    # counter-example: lower-case names, names with "Mc", and initialisms stay as before
    ('Read more at example.com and at my-site.org today.',
     'Read more at example dot com and at my dash site dot org today.'),
    ('The site McBurgers.com lists prices.',
     'The site mcburgers dot com lists prices.'),
    ('Tips go to the FBI.GOV portal.',
     'Tips go to the F B I dot gov portal.'),
    ('Download it from web3.com for free.',
     'Download it from web three dot com for free.'),
]


@pytest.mark.parametrize(("text", "expected"), WEB_NAMES)
def test_web_names(text: str, expected: str) -> None:
    assert normalize(text) == expected
