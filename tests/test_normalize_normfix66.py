# ruff: noqa: E501  (each sentence and its reading stay on one line)
"""Issue 12, held-out audit 47: a brand's "!", a stop glued to an opening quote, stops after
dotted initials before a sentence-opening word, and after a model's one-letter name.

Sentences are invented in the shape of news copy; counter-examples must not change.
"""

from __future__ import annotations

import pytest

from narrate.normalize import normalize

BRAND_BANGS = [
    ("Yahoo! Sports, which first reported the trade, cited two sources.",
     "Yahoo Sports, which first reported the trade, cited two sources."),
    ("A Yahoo! Finance analyst said the stock fell.", "A Yahoo Finance analyst said the stock fell."),
    ("Yahoo! Finance reported the deal on Monday.", "Yahoo Finance reported the deal on Monday."),
    ("Yahoo! News reported the merger first.", "Yahoo News reported the merger first."),
    ("The owners of the Wham! Bar on Main Street closed it.", "The owners of the Wham Bar on Main Street closed it."),
    ("Former Jeopardy! Champion Ann Reyes spoke.", "Former Jeopardy Champion Ann Reyes spoke."),
    # counter-examples: real exclamations keep their stop
    ("Stop! Police said the driver ran.", "Stop! Police said the driver ran."),
    ("Wow! The team won again.", "Wow! The team won again."),
    ("Fire! Smoke poured from the windows.", "Fire! Smoke poured from the windows."),
    ("Goal! Reyes scored in the final minute.", "Goal! Reyes scored in the final minute."),
    ("Eureka! Scientists found the missing gene.", "Eureka! Scientists found the missing gene."),
    ("Yahoo! The company said nothing more.", "Yahoo! The company said nothing more."),
    ("We toured Lisbon! Locals were kind to us.", "We toured Lisbon! Locals were kind to us."),
    ("I loved Lisbon! Everyone should go.", "I loved Lisbon! Everyone should go."),
    ("For a gift, try Vinzo! Vinzo is a wine club that ships monthly.", "For a gift, try Vinzo! Vinzo is a wine club that ships monthly."),
    ("Sizes run from XS to 6X! Check out the full range.", "Sizes run from X S to six X! Check out the full range."),
    ("Order from Brevo! Shop the full range online.", "Order from Brevo! Shop the full range online."),
]

GLUED_QUOTE_STOPS = [
    ("Okafor wrote.“A faulty sensor could fail.", "Okafor wrote. A faulty sensor could fail."),
    ("Okafor wrote.“I think so,” he said.", "Okafor wrote. I think so, he said."),
    ("She said.“The plan works.”", "She said. The plan works."),
    ("He left.‘A good man,’ she said.", "He left. A good man, she said."),
    ("He said.“2013 was a good year.”", "He said. Twenty thirteen was a good year."),
    ("He paused:“We will see.”", "He paused: We will see."),
    # counter-examples: a domain and a decimal keep their dot
    ("Visit example.com for more.", "Visit example dot com for more."),
    ("It rose 3.5 percent.", "It rose three point five percent."),
]

DOTTED_OPENERS = [
    ("The memory of patients like H.M. Growing new brain cells is hard.",
     "The memory of patients like H M. Growing new brain cells is hard."),
    ("The study followed patients like H.M. Reading the old files, doctors saw more.",
     "The study followed patients like H M. Reading the old files, doctors saw more."),
    ("The plant moved to the U.S. Sadly, the jobs did not follow.",
     "The plant moved to the U S. Sadly, the jobs did not follow."),
    ("The plant moved to the U.S. Across the border, wages fell.",
     "The plant moved to the U S. Across the border, wages fell."),
    ("Jobs came back to the U.S. Building new plants takes years.",
     "Jobs came back to the U S. Building new plants takes years."),
    # counter-examples: a name goes on after the initials
    ("Author J.K. Rowling said she was pleased.", "Author J K Rowling said she was pleased."),
    ("The George H.W. Bush library opened.", "The George H W Bush library opened."),
    ("U.S. Steel said it would cut jobs.", "U S Steel said it would cut jobs."),
    ("The move by U.S. Bancorp surprised analysts.", "The move by U S Bancorp surprised analysts."),
    ("Shoppers at T.J. Maxx stores waited.", "Shoppers at T J Maxx stores waited."),
    ("Quarterback P.J. Manning said the team was ready.", "Quarterback P J Manning said the team was ready."),
    ("The team met in the U.K. Reading, the town, hosted them.", "The team met in the U K Reading, the town, hosted them."),
    ("U.S. Fencing officials said the event would go on.", "U S Fencing officials said the event would go on."),
    ("Analyst J.R. Browning said the deal was fair.", "Analyst J R Browning said the deal was fair."),
    ("Reporter A.J. Kelly, who covers courts, agreed.", "Reporter A-J Kelly, who covers courts, agreed."),
    ("Singer K.T. Sterling said the tour was over.", "Singer K T Sterling said the tour was over."),
]

MODEL_LETTERS = [
    ("Verizon sells the Motorola RAZR M. New units ship today.",
     "Verizon sells the Motorola R A-Z R M. New units ship today."),
    ("Nokia showed the Lumia 920 M. Reviews were mixed.",
     "Nokia showed the Lumia nine hundred twenty M. Reviews were mixed."),
    # counter-examples: a person's middle initial
    ("He wrote to John M. Smith last year.", "He wrote to John M Smith last year."),
    ("Acme CEO J. Reyes said sales rose.", "Acme C E O J Reyes said sales rose."),
    ("In 2012 J. Reyes joined the firm.", "In twenty twelve J Reyes joined the firm."),
    ("The George W. Bush administration acted.", "The George W Bush administration acted."),
]


@pytest.mark.parametrize(("text", "spoken"), BRAND_BANGS + GLUED_QUOTE_STOPS + DOTTED_OPENERS + MODEL_LETTERS)
def test_normfix66(text: str, spoken: str) -> None:
    assert normalize(text) == spoken
