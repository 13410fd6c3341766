"""Issue 12: a sentence that starts with an ordinary plural noun right after "U.S." or "U.K."
keeps the stop; a name that goes on after the initials ("U.S. Marines", "U.S. Customs and
Border Protection") does not get one. Invented sentences."""
import pytest

from narrate.normalize import normalize


@pytest.mark.parametrize(("text", "spoken"), [
    ("The drug costs more in the U.S. Patients with asthma pay twice as much.",
     "The drug costs more in the U S. Patients with asthma pay twice as much."),
    ("The fungus has now reached the U.S. Researchers found it in Ohio.",
     "The fungus has now reached the U S. Researchers found it in Ohio."),
    ("Demand slowed in the U.K. Shoppers cut back on clothing.",
     "Demand slowed in the U K. Shoppers cut back on clothing."),
    ("The plant will ship its first cars to the U.S. Dealers expect them by June.",
     "The plant will ship its first cars to the U S. Dealers expect them by June."),
    ("The measles case was the third in the U.S. Doctors urged parents to vaccinate.",
     "The measles case was the third in the U S. Doctors urged parents to vaccinate."),
    ("Rents rose fastest in the U.S. Tenants in Austin saw the biggest jumps.",
     "Rents rose fastest in the U S. Tenants in Austin saw the biggest jumps."),
    # counter-examples: a name goes on after the initials
    ("He served in the U.S. Marines for six years.", "He served in the U S Marines for six years."),
    ("The U.S. Customs and Border Protection agency said so.",
     "The U S Customs and Border Protection agency said so."),
    ("A report from the U.S. Centers for Disease Control came out.",
     "A report from the U S Centers for Disease Control came out."),
    ("The U.S. Securities and Exchange Commission fined the bank.",
     "The U S Securities and Exchange Commission fined the bank."),
    ("U.S. Treasuries rallied on Friday.", "U S Treasuries rallied on Friday."),
    ("The U.S. Courts of Appeals hear such cases.", "The U S Courts of Appeals hear such cases."),
    ("She flew U.S. Airways to Denver.", "She flew U S Airways to Denver."),
    ("The U.S. Virgin Islands reopened.", "The U S Virgin Islands reopened."),
    ("The U.S. Army said the base would close.", "The U S Army said the base would close."),
    ("U.S. Postal Service trucks lined the street.", "U S Postal Service trucks lined the street."),
    # a person's initials go on with a surname, even one that is a plural word
    ("Defensive end J.J. Watts makes the tackle.", "Defensive end J J Watts makes the tackle."),
    ("Forward A.J. Banks scored twice.", "Forward A-J Banks scored twice."),
    # a plural in a title-case headline goes on (no lower-case word follows)
    ("U.S. Troops Leave Base After Talks", "U S Troops Leave Base After Talks"),
])
def test_plural_subject_after_dotted_initials(text: str, spoken: str) -> None:
    assert normalize(text) == spoken
