"""Classes from check audits 30-31 (not independent): abbreviated units with a period,
scientific unit exponents, mixed-case codes before a hyphened word, capitals compounds with a
plural, a two-capitals model name with a period ("ID. Buzz")."""

from __future__ import annotations

import pytest

from narrate.normalize import normalize

CASES: list[tuple[str, str]] = [
    # 1. a unit abbreviation with its period: inch, foot, square feet
    ("Specs: 8-in. touchscreen and a fast chip.",
     "Specs: eight inch touchscreen and a fast chip."),
    ("She mounted a 65 in. TV in the den.", "She mounted a sixty-five inch T V in the den."),
    ("Buy a 12 ft. hose for the garden.", "Buy a twelve foot hose for the garden."),
    ("The rope stretches up to 30 ft. It is sold in red.",
     "The rope stretches up to thirty feet. It is sold in red."),
    ("The lodge has 4,200 sq. ft., with a pool.",
     "The lodge has four thousand two hundred square feet, with a pool."),
    ("They sold a 2,100 Sq. Ft. house.", "They sold a two thousand one hundred square foot house."),
    ("Lot Area (Sq. Ft.)", "Lot Area, square feet"),
    ("Median Price/Sq. Ft. rose again.", "Median Price per square foot rose again."),
    ("Rents rose per sq ft. Then they fell.", "Rents rose per square foot. Then they fell."),
    ("Listed in Sq Ft.", "Listed in square feet."),
    ("Rents reached $3 per sq. ft. in May.",
     "Rents reached three dollars per square foot in May."),
    ("A 12-ft. ladder leaned on the wall.", "A twelve foot ladder leaned on the wall."),
    ("About 4 in. of snow fell overnight.", "About four inches of snow fell overnight."),
    # counter-examples: "in" after a number is the preposition without its period
    ("They let 20 in. Then the doors shut.", "They let twenty in. Then the doors shut."),
    ("He scored 12 in the first half.", "He scored twelve in the first half."),
    ("The pit is 40 ft. NASA mapped it.", "The pit is forty feet. Nassa mapped it."),
    ("They hung a 65 in. TV.", "They hung a sixty-five inch T V."),
    # 3. negative powers in a scientific unit run
    ("Plants got 40-120 umol m-2s-1 of light.",
     "Plants got forty to one hundred twenty micromoles per square meter per second of light."),
    ("The lamp gave 200 µmol m⁻² s⁻¹ at noon.",
     "The lamp gave two hundred micromoles per square meter per second at noon."),
    ("Uptake was 4 g m-2 d-1 in summer.",
     "Uptake was four grams per square meter per day in summer."),
    ("Farms used 90 kg ha-1 yr-1 of nitrogen.",
     "Farms used ninety kilograms per hectare per year of nitrogen."),
    ("Nitrate hit 3 mg L-1 downstream.", "Nitrate hit three milligrams per liter downstream."),
    # counter-examples: a lone letter code with a number is no unit run
    ("The s-1 form was filed late.", "The s-one form was filed late."),
    ("The M-1 tank rolled past.", "The M one tank rolled past."),
    # 5. a two-capitals name with a period, written twice and once after a name
    ("The Volkswagen ID. Buzz is here. We love the bold ID. Buzz grille.",
     "The Volkswagen I D Buzz is here. We love the bold I D Buzz grille."),
    # counter-examples: a sentence ends after an initialism
    ("Sales rose in the US. Biden praised it.", "Sales rose in the U S. Biden praised it."),
    ("Jobs grew in the UK. Sunak said so. Prices in the UK. Sunak said more.",
     "Jobs grew in the U K. Sunak said so. Prices in the U K. Sunak said more."),
    ("He lives in the US. The weather is mild.", "He lives in the U S. The weather is mild."),
    ("She played in the NHL. Hathaway was there.",
     "She played in the N H L. Hathaway was there."),
    ("I saw the ID. Buzz once.", "I saw the I D. Buzz once."),
    # 6. a four-letter acronym with the QU onset is one syllable
    ("Browsers now speak QUIC by default.", "Browsers now speak Quic by default."),
    # counter-example: a three-letter one stays spelled (no data says "nat")
    ("The NAT box drops packets.", "The N A-T box drops packets."),
    # 2. a code whose small letter meets its number, before a hyphened word
    ("The IPv6-only network went live.", "The I P v six-only network went live."),
    ("An IPv6-compatible router ships soon.", "An I P v six-compatible router ships soon."),
    ("The IPv6 rollout stalled.", "The I P v six rollout stalled."),
    ("The Gen2-ready board costs less.", "The Gen two-ready board costs less."),
    # 4. a capitals compound of words, plural
    ("She crossed off all the TO-DOs today.", "She crossed off all the to-dos today."),
    ("The NO-GOs were listed first.", "The no-gos were listed first."),
    ("Five MUST-HAVEs for camping.", "Five must-haves for camping."),
    ("The NO-GO zone stayed shut.", "The no-go zone stayed shut."),
    # counter-examples: initialisms stay spelled
    ("The CEOs met on Friday.", "The C E O's met on Friday."),
    ("Support TO with a tip.", "Support T O with a tip."),
]


@pytest.mark.parametrize(("text", "spoken"), CASES)
def test_normfix19(text: str, spoken: str) -> None:
    assert normalize(text) == spoken
