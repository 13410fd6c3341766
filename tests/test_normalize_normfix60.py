"""Issue 12 classes: "ft."/"feat." in music credits, company suffixes in capitals or before a
bracket or a job title, mixed-case brand words said as words."""
import pytest

from narrate.normalize import normalize


@pytest.mark.parametrize(("text", "spoken"), [
    # a music credit: in brackets, after a title, after a quoted title, in a music article
    ("Night Drive Lyrics (Ft. Mia Vance)", "Night Drive Lyrics, featuring Mia Vance"),
    ("Paper Hearts [feat. Leon Cole]", "Paper Hearts featuring Leon Cole"),
    ("Low Tide ft. Ana Ruiz climbed to number four.",
     "Low Tide featuring Ana Ruiz climbed to number four."),
    ('"Golden Hour" feat. Ana Ruiz is out Friday.',
     "Golden Hour featuring Ana Ruiz is out Friday."),
    ("The remix, feat. Leon Cole, went viral.", "The remix, featuring Leon Cole, went viral."),
    ("The rapper's new song Ft. Big Ray drops at midnight.",
     "The rapper's new song featuring Big Ray drops at midnight."),
    # without its period, opening a bracket
    ("Paper Hearts (feat Leon Cole) is out now.", "Paper Hearts, featuring Leon Cole, is out now."),
    ("Low Tide [ft Ana Ruiz]", "Low Tide featuring Ana Ruiz"),
    # counter-examples: a Fort's place, feet, and the noun "feat"
    ("The bus (Ft Worth line) was late.", "The bus, Fort Worth line, was late."),
    ("Ceiling height (ft) is listed.", "Ceiling height, feet, is listed."),
    ("The team flew to Ft. Worth on Monday.", "The team flew to Fort Worth on Monday."),
    ("The singer played Ft. Myers last night.", "The singer played Fort Myers last night."),
    ("Soldiers at Ft. Bragg were told to wait.", "Soldiers at Fort Bragg were told to wait."),
    ("The wall is 6 ft. tall.", "The wall is six feet tall."),
    ("It was quite a feat. Scientists had tried for years.",
     "It was quite a feat. Scientists had tried for years."),
    ("It was quite a feat. Leon said so of the album.",
     "It was quite a feat. Leon said so of the album."),
])
def test_featuring_in_music_credits(text: str, spoken: str) -> None:
    assert normalize(text) == spoken


@pytest.mark.parametrize(("text", "spoken"), [
    # a company suffix in capitals is said in full, as in mixed case
    ("HARBOR LABS SIGNS DEAL WITH NOVA THERAPEUTICS, INC.",
     "Harbor Labs Signs Deal With Nova Therapeutics, Incorporated."),
    ("KESTREL MINING CORP. AND BRANT LTD. AGREE TO MERGE",
     "Kestrel Mining Corporation And Brant Limited Agree To Merge"),
    ("WALDEN PAPER CO. TO CLOSE MILL", "Walden Paper Company To Close Mill"),
    ("BRANT LTD WINS PORT CONTRACT", "Brant Limited Wins Port Contract"),
    ("KESTREL INC SHARES JUMP", "Kestrel Incorporated Shares Jump"),
    # a bracket after the suffix goes on the sentence
    ("The deal with Nova Therapeutics, Inc. (Nova) under which the unit is sold closed.",
     "The deal with Nova Therapeutics, Incorporated, Nova, under which the unit is sold closed."),
    # a post and a name after the suffix go on the sentence
    ("Kestrel Inc. Chairman Ray Odum said the plan works.",
     "Kestrel Incorporated Chairman Ray Odum said the plan works."),
    ("Brant Corp. spokeswoman Ann Tull declined to comment.",
     "Brant Corporation spokeswoman Ann Tull declined to comment."),
    # counter-examples: a sentence opener, a whole sentence in brackets, a state in capitals
    ("She works at Kestrel Inc. The company hired her in May.",
     "She works at Kestrel Incorporated. The company hired her in May."),
    ("She works at Kestrel Inc. (The firm declined to comment.) Later",
     "She works at Kestrel Incorporated. The firm declined to comment. Later"),
    ("He moved to Denver, CO. Then he left.", "He moved to Denver, Colorado. Then he left."),
    ("HOW INC MAGAZINE PICKS ITS LIST", "How Inc Magazine Picks Its List"),
    ("Brant Inc said on Tuesday that sales fell.",
     "Brant Incorporated said on Tuesday that sales fell."),
    ("She told Inc magazine the plan.", "She told Inc magazine the plan."),
])
def test_company_suffixes(text: str, spoken: str) -> None:
    assert normalize(text) == spoken


@pytest.mark.parametrize(("text", "spoken"), [
    # a brand in mixed case shaped like a word is said as the word
    ("The town finally got FiOS service last spring.",
     "The town finally got Fios service last spring."),
    ("Most FiOS-wired homes kept the old router.", "Most Fios-wired homes kept the old router."),
    ("The kit uses a MoCA-based link over coax.", "The kit uses a Moca-based link over coax."),
    ("Her box supports MoCA.", "Her box supports Moca."),
    # counter-examples: initialisms in mixed case stay spelled, camel-case names stay words
    ("The DoD and the MoEF signed it.", "The D O D and the M O E F signed it."),
    ("An IIoT sensor and a PhD student.", "An I I O T sensor and a P H D student."),
    ("The DoIT office runs it.", "The D O I T office runs it."),
    ("Apps for iOS and macOS reached HuffPost, PayPal and eBay users.",
     "Apps for iOS and macOS reached HuffPost, PayPal and eBay users."),
])
def test_mixed_case_brand_words(text: str, spoken: str) -> None:
    assert normalize(text) == spoken
