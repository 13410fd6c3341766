# ruff: noqa: E501  (each sentence and its reading stay on one line)
"""Issue 12 (BBC audit B2 of session 24): a slash before a model letter or number ("Blue
Gene/L", "OS/2"), a capitals token the article also writes in title case ("COX-2" beside
"Cox-2"), two-letter words hyphened to spelled initialisms ("EV-DO"), a double quote glued
between two words, and numbers that are codes (text short codes, model numbers between a brand
and a device noun). Sentences are invented; counter-examples must not change.
"""

from __future__ import annotations

import pytest

from narrate.normalize import normalize

CASES = [
    ("The lab's new Blue Gene/P machine tops the speed table.", "The lab's new Blue Gene P machine tops the speed table."),
    ("Engineers said Gene/Q's cooling is quieter.", "Engineers said Gene Q's cooling is quieter."),
    ('Banks still run payroll on the AS/400 and older System/370 mainframes.', 'Banks still run payroll on the A-S four hundred and older System three hundred seventy mainframes.'),
    ('Older staff remember OS/2 and the PS/2 mouse port.', 'Older staff remember O S two and the P S two mouse port.'),
    ('The DEC PDP/11 ran for decades.', 'The dec P D P eleven ran for decades.'),
    ('Use the form and/or the website.', 'Use the form and or the website.'),
    ('Disk I/O was slow on the server.', 'Disk I O was slow on the server.'),
    ('The help desk is open 24/7.', 'The help desk is open twenty-four seven.'),
    ('Keep below 30 km/h near schools.', 'Keep below thirty kilometers per hour near schools.'),
    ('The Columbia/Sony deal was signed.', 'The Columbia or Sony deal was signed.'),
    ('The router speaks TCP/IP.', 'The router speaks T C P I P.'),
    ('The meeting moved from Jan/5 to Feb/9.', 'The meeting moved from Jan, five to Feb, nine.'),
    ('Critics of"reckless" spending spoke out.', 'Critics of reckless spending spoke out.'),
    ('The minister said the plan was“unworkable”and withdrew it.', 'The minister said the plan was unworkable and withdrew it.'),
    ('He called it a"disgrace".', 'He called it a disgrace.'),
    ("He said he doesn't want O'Brien's job.", "He said he doesn't want O'Brien's job."),
    ("They played rock'n'roll all night.", "They played rock'n'roll all night."),
    ('The guard is 6\'2" tall.', 'The guard is six foot two tall.'),
    ('The board cut "waste" and "delay".', 'The board cut waste and delay.'),
    ('To vote, text the word GREEN to 83150 before midnight.', 'To vote, text the word green to eight three one five zero before midnight.'),
    ('Text YES to 60777 to donate.', 'Text yes to six zero seven seven seven to donate.'),
    ('Viewers can SMS their answers to 87121.', 'Viewers can S M S their answers to eight seven one two one.'),
    ('Fans should send a text message saying PLAY to 80088.', 'Fans should send a text message saying play to eight zero zero eight eight.'),
    ('Call 0845 or text 2006 for details.', 'Call zero eight four five or text two thousand six for details.'),
    ('The text ran to 3000 words.', 'The text ran to three thousand words.'),
    ('Ministers sent 12000 letters to 5000 families.', 'Ministers sent twelve thousand letters to five thousand families.'),
    ('Its exports rose from 4000 to 8000 tonnes.', 'Its exports rose from four thousand to eight thousand tonnes.'),
    ("Motorola's 650 camera phone goes on sale in March.", "Motorola's six fifty camera phone goes on sale in March."),
    ('He tried the new Nokia 6680 handset in London.', 'He tried the new Nokia sixty-six eighty handset in London.'),
    ("Orange's 250 phone shops will close.", "Orange's two hundred fifty phone shops will close."),
    ("Motorola's 650 staff were told on Friday.", "Motorola's six hundred fifty staff were told on Friday."),
    ('Nokia sold 650 phones in a day.', 'Nokia sold six hundred fifty phones in a day.'),
    ('Shops sold 902 mobile phones.', 'Shops sold nine hundred two mobile phones.'),
    ('The EV-DO service reached Denver in May.', 'The E V-D O service reached Denver in May.'),
    ('The new UK-US treaty was signed.', 'The new U K-U S treaty was signed.'),
    ('The AM-FM radio is cheap.', 'The A-M F M radio is cheap.'),
    ('Sales of HD-DVD players rose.', 'Sales of H D-D V D players rose.'),
    ('The CD-ROM drive failed.', 'The C D-Rom drive failed.'),
    ('Police set up a NO-GO zone.', 'Police set up a no-go zone.'),
    ('GOVERNMENT GIVES GO-AHEAD FOR BRIDGE', 'Government Gives Go-Ahead For Bridge'),
    ('Doctors warned about COX-2 drugs. Cox-2 inhibitors were then pulled from sale.', 'Doctors warned about Cox two drugs. Cox two inhibitors were then pulled from sale.'),
    ('The IT team met. It went well.', 'The I T team met. It went well.'),
    ('The COX-2 enzyme is a target.', 'The C O X two enzyme is a target.'),
    ('市长说"辞职"了', '市长说辞职了'),
]


@pytest.mark.parametrize(("text", "spoken"), CASES)
def test_bbcname3(text: str, spoken: str) -> None:
    assert normalize(text) == spoken
