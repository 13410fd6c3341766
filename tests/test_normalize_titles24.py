# ruff: noqa: E501  (each sentence and its reading stay on one line)
"""Issue 12, titles24: titles and ranks written without a period (British, Irish and Australian
style), team-sheet role marks after a player's name, and Roman numerals coordinated after one
numbering noun. Sentences are invented in the shape of news copy (names and places made up);
counter-examples must not change.
"""

from __future__ import annotations

import pytest

from narrate.normalize import normalize

DOTLESS_TITLES = [
    ("Ms Halloran said the shelter would reopen.", "Miz Halloran said the shelter would reopen."),
    ("Dear Ms O'Dwyer, thank you for writing.", "Dear Miz O'Dwyer, thank you for writing."),
    ("The plane came down near Mt Barker on Sunday.", "The plane came down near Mount Barker on Sunday."),
    ("Snow closed the road to Mt. Buffalo and Mts. Hotham and Buller.", "Snow closed the road to Mount Buffalo and Mounts Hotham and Buller."),
    ("Fires burned in the Blue Mts overnight.", "Fires burned in the Blue Mountains overnight."),
    ("The Grampians Mts Shire will vote.", "The Grampians Mountains Shire will vote."),
    ("Insp Darren Kealy said two men were arrested.", "Inspector Darren Kealy said two men were arrested."),
    ("Snr Const Jo Pratt said the driver was lucky.", "Senior Constable Jo Pratt said the driver was lucky."),
    ("Const Ellie Varga was treated for cuts.", "Constable Ellie Varga was treated for cuts."),
    ("Det Sgt Rhys Moran and Det Insp Kay Lund led the raid.", "Detective Sergeant Rhys Moran and Detective Inspector Kay Lund led the raid."),
    ("Det Supt Ann Cole and Det Ch Insp Lee Hart were there.", "Detective Superintendent Ann Cole and Detective Chief Inspector Lee Hart were there."),
    ("Sen Const Tia Marr and Ldg Sen Const Bo Quill gave evidence.", "Senior Constable Tia Marr and Leading Senior Constable Bo Quill gave evidence."),
    ("Ch Supt Neil Ovens and Asst Commr Dee Harte spoke.", "Chief Superintendent Neil Ovens and Assistant Commissioner Dee Harte spoke."),
    ("Brig Ian Rusk and Cdr Sue Penn met Pte Joel Hay.", "Brigadier Ian Rusk and Commander Sue Penn met Private Joel Hay."),
    ("Sqn Ldr Ada Wren and Wg Cdr Rob Tait flew in.", "Squadron Leader Ada Wren and Wing Commander Rob Tait flew in."),
    ("L Cpl Amy Roe and Gnr Tom Vale were hurt.", "Lance Corporal Amy Roe and Gunner Tom Vale were hurt."),
    ("Cllr Niamh Brophy proposed the motion.", "Councillor Niamh Brophy proposed the motion."),
    ("Assoc Prof Lina Okafor led the study.", "Associate Professor Lina Okafor led the study."),
    ("Fr Declan Moy said the parish would help.", "Father Declan Moy said the parish would help."),
    ("Rev Sal Mercer opened the hall.", "Reverend Sal Mercer opened the hall."),
    ("Sen Kim Carr and Gov Ruth Ames met on Friday.", "Senator Kim Carr and Governor Ruth Ames met on Friday."),
    ("Former Sen Ray Pike backed the bill.", "Former Senator Ray Pike backed the bill."),
    ("Archbp Tom Dunne and Bp Rose Kerr attended.", "Archbishop Tom Dunne and Bishop Rose Kerr attended."),
    ("The award went to Ken Ruddle Snr and his son Ken Ruddle Jnr.", "The award went to Ken Ruddle Senior and his son Ken Ruddle Junior."),
    ("Sen. Const. Mia Roth and Det. Sgt. Ali Khan arrived.", "Senior Constable Mia Roth and Detective Sergeant Ali Khan arrived."),
    ("Const. Dev Patel and Cllr. Una Ring were thanked.", "Constable Dev Patel and Councillor Una Ring were thanked."),
    ("The road through the Snowy Mts. was shut.", "The road through the Snowy Mountains was shut."),
    ("Lt-Col Nadia Fry and Maj-Gen Owen Tate inspected the unit.", "Lieutenant-Colonel Nadia Fry and Major-General Owen Tate inspected the unit."),
    ("The Gov-Gen opened the session. Later she met the Gov-Gen. Crowds cheered.", "The Governor-General opened the session. Later she met the Governor-General. Crowds cheered."),
    ("Det Garda Orla Keane gave evidence.", "Detective Garda Orla Keane gave evidence."),
    ("Ms Ólafsdóttir chaired the panel.", "Miz Ólafsdóttir chaired the panel."),
    ("Sr Bernadette Lyle ran the hospice for years.", "Sister Bernadette Lyle ran the hospice for years."),
    ("The firm wants a Sr Data Analyst.", "The firm wants a Senior Data Analyst."),
    ("Dale Horvath Sr said his son would race.", "Dale Horvath Senior said his son would race."),
    # counter-examples: no title here
    ("The MS patients met at the clinic.", "The M S patients met at the clinic."),
    ("Levels of Sr and Ca rose; Sr-90 lingers.", "Levels of Sr and Ca rose; Sr ninety lingers."),
    ("The blast had a 5 Mt yield, they said.", "The blast had a five megatonne yield, they said."),
    ("Police were called to 15 Mt Pleasant Rd at 3am.", "Police were called to fifteen Mount Pleasant Road at three A-M."),
    ("The mine shipped 12 Mt of coal and a 50 Mt. test was banned.", "The mine shipped twelve megatonnes of coal and a fifty megatonne test was banned."),
    ("Output fell by 3 Mt CO2e last year.", "Output fell by three megatonnes of C O two equivalent last year."),
    ("Gen Z voters turned out.", "Gen Z voters turned out."),
    ("The Gen-Z shoppers left.", "The Gen-Z shoppers left."),
    ("Prime Minister Hun Sen Tuesday rejected the claim.", "Prime Minister Hun Sen Tuesday rejected the claim."),
    ("Nat Rev Immunol. 2018;21:47", "Nat Rev Immunol. Twenty eighteen; volume twenty-one, forty-seven"),
    ("Rev Med Virol. 2019;29:34", "Rev Med Virol. Twenty nineteen; volume twenty-nine, thirty-four"),
    ("The ship was classed by Det Norske Veritas.", "The ship was classed by Det Norske Veritas."),
    ("He works for Lumen Pte Ltd in Singapore.", "He works for Lumen Pte Limited in Singapore."),
    ("She told the det she was a prof at Dunmore.", "She told the det she was a prof at Dunmore."),
    ("The Ch Nine news led with it.", "The Ch Nine news led with it."),
]


@pytest.mark.parametrize(("text", "spoken"), DOTLESS_TITLES)
def test_dotless_titles(text: str, spoken: str) -> None:
    assert normalize(text, "en") == spoken


ROMAN_COORDINATED = [
    ("Veterans of World War I and II were honoured.", "Veterans of World War One and Two were honoured."),
    ("Both World Wars I and II left scars.", "Both World Wars One and Two left scars."),
    ("The portraits of Henry VII and VIII hang side by side.", "The portraits of Henry the Seventh and the Eighth hang side by side."),
    ("Louis XIV and XV built the palace.", "Louis the Fourteenth and the Fifteenth built the palace."),
    ("Parts I and II of the inquiry are out.", "Parts One and Two of the inquiry are out."),
    ("The drug passed Phase II and III trials.", "The drug passed Phase Two and Three trials."),
    ("It is in phase II and III studies now.", "It is in phase two and three studies now."),
    ("a phase I/II trial in Leeds", "a phase one-two trial in Leeds"),
    ("Series I, II and III sold out.", "Series One, Two and Three sold out."),
    ("Read Chapters IV-VI before Monday.", "Read Chapters Four to Six before Monday."),
    ("Types I and II diabetes differ.", "Types One and Two diabetes differ."),
    # a numeral glued by a hyphen to the word it qualifies ("World War II-era")
    ("They restored a World War II-era bunker.", "They restored a World War Two-era bunker."),
    ("It was a Henry VIII-style banquet.", "It was a Henry the Eighth-style banquet."),
    # counter-examples: the pronoun, and a numeral after no numbering noun
    ("He studied World War I and I think he loved it.", "He studied World War One and I think he loved it."),
    ("After World War II and I was born, we moved.", "After World War Two and I was born, we moved."),
    ("The votes went to Smith and II others.", "The votes went to Smith and I I others."),
    ("She kept an old Sony CD-rom drive.", "She kept an old Sony C D-rom drive."),
]


@pytest.mark.parametrize(("text", "spoken"), ROMAN_COORDINATED)
def test_roman_coordinated(text: str, spoken: str) -> None:
    assert normalize(text, "en") == spoken


TEAM_SHEET_ROLES = [
    ("New Zealand: Kane Loder(c), Tom Ashby(vc), Raj Patel, Ben Doyle (wk), Sam Kerr.", "New Zealand: Kane Loder, captain, Tom Ashby, vice-captain, Raj Patel, Ben Doyle, wicketkeeper, Sam Kerr."),
    ("Ireland: Conor Walsh (capt), Eoin Barry, Liam Dunne (vc).", "Ireland: Conor Walsh, captain, Eoin Barry, Liam Dunne, vice-captain."),
    ("Starting XI: Tim Haller (gk), Joe Brandt (c), Ole Sund, Max Wren.", "Starting Eleven: Tim Haller, goalkeeper, Joe Brandt, captain, Ole Sund, Max Wren."),
    ("Sussex: Tom Hale, Dev Rao (w/k), Ian Cole.", "Sussex: Tom Hale, Dev Rao, wicketkeeper, Ian Cole."),
    ("Squad: Ray D'Souza (c/wk), Ali Noor, Pat Quinn.", "Squad: Ray D'Souza, captain and wicketkeeper, Ali Noor, Pat Quinn."),
    # counter-examples: a copyright, a lettered option, a credit, a unit after a noun
    ("(c) 2004 Wire Services. All rights reserved.", "c, two thousand four Wire Services. All rights reserved."),
    ("You can (a) wait, (b) leave or (c) the third option.", "You can, a, wait, b, leave or, c, the third option."),
    ("Photo: Dana Myles (c)", "Photo: Dana Myles, c"),
    ("Mr Ellery (c) said he was ready.", "Mr Ellery, c, said he was ready."),
]


@pytest.mark.parametrize(("text", "spoken"), TEAM_SHEET_ROLES)
def test_team_sheet_roles(text: str, spoken: str) -> None:
    assert normalize(text, "en") == spoken
