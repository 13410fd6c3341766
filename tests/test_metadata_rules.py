"""Metadata that generalizes (issue 11, item 5): no credit line, publisher, place or CMS
account as the author; a site name that is a name; no date from a copyright notice."""

from __future__ import annotations

import pytest
from lxml import html as lxml_html

from narrate.metadata import (
    choose_author,
    choose_title,
    clean_author,
    copyright_year_only,
    drop_meta_author_credits,
    drop_publishers,
    meta_author_not_writers,
    organization_names,
    publisher_only,
    site_name,
)


def _tree(head: str, body: str = "") -> lxml_html.HtmlElement:
    return lxml_html.document_fromstring(f"<html><head>{head}</head><body>{body}</body></html>")


@pytest.mark.parametrize("raw", [
    "Photo: Ana Roe", "Illustration by Sam Poe", "Getty Images", "Courtesy of the town museum",
    "Harbour Media GmbH", "Copyright Riverside Verlag", "Quayside Publishing, LLC",
    "admin", "webmaster", "wpadmin", "jroe_84", "user123",
    "Wordpressadmin", "Siteadmin",                          # an account named after the CMS
    "Deutscher Hafenverband e.V.", "Harbour Rowing Club e V",  # a registered association
    "Quaywise designed", "Theme by Sam Poe",                # the theme's designer
    "Name", "Datum", "Posted", "Date",                      # a field label, no name filled in
])
def test_credits_companies_and_cms_accounts_are_not_authors(raw: str) -> None:
    assert clean_author(raw) is None


@pytest.mark.parametrize(("raw", "name"), [
    ("Ines Marlow Photos by Sam Poe", "Ines Marlow"),
    ("Mary Photopoulos", "Mary Photopoulos"),      # 'Photo' inside a surname
    ("Imogen Vale", "Imogen Vale"),                # 'Image' is not 'Imogen'
    ("Sam Courtney", "Sam Courtney"),
    ("Ana Incorvaia", "Ana Incorvaia"),            # 'Inc' inside a word
    ("Eve Vale", "Eve Vale"),                      # 'e V' only in lower case then capital
    ("Ev Sandoval", "Ev Sandoval"),
    ("Nadia Badmin", "Nadia Badmin"),              # '…admin' in one word of two is a name
    ("Date Masamune", "Date Masamune"),            # a label word only when it is all there is
    ("Designa Roe", "Designa Roe"),
    # WordPress's 'View all posts by' in other languages
    ("Zeige alle Beiträge von Petra Lund", "Petra Lund"),
    ("Alle Beiträge von Petra Lund", "Petra Lund"),
    ("Voir tous les articles de Jean Roe", "Jean Roe"),
    ("Ver todas las entradas de Ana Roe", "Ana Roe"),
])
def test_names_that_look_like_credit_words_stay(raw: str, name: str) -> None:
    assert clean_author(raw) == name


LD = """<script type="application/ld+json">{"@context": "https://schema.org",
 "@type": "NewsArticle", "author": [{"@type": "Person", "name": "Ines Marlow"},
 {"@type": "Organization", "name": "Harbour Notes"}],
 "publisher": {"@type": "NewsMediaOrganization", "name": "Harbour Notes Verlag",
   "address": {"@type": "PostalAddress", "addressLocality": "Kiel",
               "addressCountry": "Germany"}}}</script>"""


def test_publisher_beside_a_person_and_its_place_are_dropped_from_the_author_list() -> None:
    tree = _tree(LD)
    orgs, places = organization_names(tree, "harbour-notes.example")
    assert {"harbournotes", "harbournotesverlag", "harbournotesexample"} <= orgs
    assert places == {"kiel", "germany"}
    assert "inesmarlow" not in orgs
    assert drop_publishers("Harbour Notes, Ines Marlow, Kiel and Germany", orgs,
                           places) == "Ines Marlow"
    # Credentials stay with their name.
    assert drop_publishers("Ines Marlow, MD and Harbour Notes", orgs, places) == (
        "Ines Marlow, MD")
    # A brand's own post, credited to the brand alone, keeps its byline; a place never.
    assert drop_publishers("Harbour Notes", orgs, places) == "Harbour Notes"
    assert drop_publishers("Kiel", orgs, places) is None


def test_choose_author_never_adds_the_publisher_to_a_person() -> None:
    tree = _tree(LD, "<article><h1>How the river ferry came back</h1><p>Text.</p></article>")
    assert choose_author(tree, "How the river ferry came back",
                         "Harbour Notes; Ines Marlow", "Harbour Notes") == "Ines Marlow"
    assert choose_author(tree, "How the river ferry came back",
                         "Ines Marlow; Kiel; Germany", "Harbour Notes") == "Ines Marlow"


def test_a_one_person_blog_named_after_its_author_keeps_the_author() -> None:
    ld = ('<script type="application/ld+json">{"@type": "BlogPosting", "author": '
          '{"@type": "Person", "name": "Ines Marlow"}, "publisher": {"@type": "Person", '
          '"name": "Ines Marlow"}}</script>')
    tree = _tree(ld, "<article><h1>Notes from the river</h1><p>Text.</p></article>")
    assert choose_author(tree, "Notes from the river", "Ines Marlow", "") == "Ines Marlow"


@pytest.mark.parametrize("value", ["Site", "Hosted", "Home", "My WordPress Blog", "2024", "  ",
                                   "{{site_name}}"])
def test_placeholder_site_names_are_not_names(value: str) -> None:
    assert site_name(value) is None


@pytest.mark.parametrize("value", ["Harbour Notes", "The Daily Planet", "BBC", "home.example",
                                   "Home & Garden Weekly"])
def test_real_site_names_stay(value: str) -> None:
    assert site_name(value) == value


def test_a_copyright_year_is_not_a_publication_date() -> None:
    footer = "<footer>© 2026 Harbour Notes</footer>"
    assert copyright_year_only("2026-01-01", footer)
    assert copyright_year_only("2026-01-01", "<p>Copyright 2019-2026 Harbour Notes</p>")
    # The page writes that very day, or the day is not the first of January.
    assert not copyright_year_only("2026-01-01", footer + "<p>Published January 1, 2026</p>")
    assert not copyright_year_only("2026-01-01", footer + "<time>2026-01-01T09:00</time>")
    assert not copyright_year_only("2026-03-04", footer)
    assert not copyright_year_only("2025-01-01", footer)
    assert not copyright_year_only(None, footer)


def test_bench_counts_credit_and_publisher_authors_only_when_the_truth_does_not() -> None:
    import importlib.util
    from pathlib import Path

    path = Path(__file__).resolve().parent.parent / "bench" / "extraction.py"
    spec = importlib.util.spec_from_file_location("bench_extraction_credit", path)
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    pubs = bench.publishers('{"publisher": {"@type": "Organization", "name": "Harbour '
                            'Notes"}}', "Harbour Notes")
    assert bench.credit_author("Photo: Sam Poe", "Ines Marlow")
    assert bench.credit_author("Harbour Media GmbH", None)
    assert bench.credit_author("Ines Marlow and Harbour Notes", "Ines Marlow", pubs)
    # Counter-examples: the right person; a brand the truth itself names as the author.
    assert not bench.credit_author("Ines Marlow", "Ines Marlow", pubs)
    assert not bench.credit_author("Harbour Notes", "Harbour Notes", pubs)
    assert not bench.credit_author(None, "Ines Marlow", pubs)
    # A truth that lists an agency beside the site with '/' (or in another language's
    # 'and') names both: the same two names are neither a credit nor a wrong author.
    assert not bench.credit_author("AFP and Harbour Notes", "AFP/Harbour Notes", pubs)
    assert bench.meta_right("author", "AFP and Harbour Notes", "AFP/Harbour Notes")
    assert bench.meta_right("author", "Ines Marlow and Sam Poe", "Ines Marlow und Sam Poe")
    assert bench.meta_right("author", "E. Marlow and J. I. Da Silva", "E. MARLOW / J. I. DA SILVA")
    # Still one name: an initial 'E.' or a capitalised word is no separator; and the
    # agency the truth does not list is still counted.
    assert bench.author_names("E. Marlow") == {("e", "marlow")}
    assert bench.author_names("Maria Y Gomez") == {("maria", "y", "gomez")}
    assert bench.credit_author("AFP and Ines Marlow", "Ines Marlow", pubs)
    assert not bench.meta_right("author", "Ines Marlow", "Ines Marlow/Sam Poe")


@pytest.mark.parametrize(("declared", "site"), [
    ("Harbour Notes", "Harbour Notes"),           # the publisher (JSON-LD Organization)
    ("Harbour Notes Verlag", ""),                 # the JSON-LD publisher, no site name
    ("Reuters", "Harbour Notes"),                 # a wire agency alone
    ("AFP and dpa", "Harbour Notes"),
    ("AFP; Harbour Notes", "Harbour Notes"),      # agency and publisher together
])
def test_an_organization_alone_is_not_a_byline(declared: str, site: str) -> None:
    tree = _tree(LD, "<article><h1>How the river ferry came back</h1><p>Text.</p></article>")
    assert choose_author(tree, "How the river ferry came back", declared, site) is None


def test_a_one_word_site_name_filled_into_the_author_person_is_not_a_byline() -> None:
    ld = ('<script type="application/ld+json">{"@type": "BlogPosting", "author": '
          '{"@type": "Person", "name": "Quaywise"}}</script>')
    tree = _tree(ld, "<article><h1>Ten knots</h1><p>Text.</p></article>")
    assert choose_author(tree, "Ten knots", "Quaywise", "Quaywise") is None


@pytest.mark.parametrize(("declared", "site", "expected"), [
    ("Ines Marlow", "Ines Marlow", "Ines Marlow"),     # a blog named after its writer
    ("Ines", "Ines Marlow Yoga", "Ines"),              # shares a word with the site only
    ("Quill Staff", "Harbour Notes", "Quill Staff"),   # a team, not the site's name
    ("Ines Marlow and Tom Reuter", "Harbour Notes", "Ines Marlow and Tom Reuter"),
    ("Apolline Reuterswärd", "Harbour Notes", "Apolline Reuterswärd"),
])
def test_people_named_like_publishers_keep_the_byline(declared: str, site: str,
                                                       expected: str) -> None:
    ld = ('<script type="application/ld+json">{"@type": "BlogPosting", "author": '
          f'{{"@type": "Person", "name": "{declared.split(" and ")[0]}"}}}}</script>')
    tree = _tree(ld, "<article><h1>Ten knots</h1><p>Text.</p></article>")
    assert choose_author(tree, "Ten knots", declared, site) == expected
    assert not publisher_only(expected, {"harbournotes"}, site)


def test_publisher_only_needs_every_name_to_be_an_organization() -> None:
    orgs = {"harbournotes"}
    assert publisher_only("Reuters and Harbour Notes", orgs, "Harbour Notes", orgs)
    # A site name of several words alone may be a person's blog: not enough.
    assert not publisher_only("Harbour Notes", orgs, "Harbour Notes")
    assert publisher_only("Quaywise", {"quaywise"}, "Quaywise")      # one word: a brand
    assert publisher_only("Harbour-notes De", set(), "")             # a host spoken as a name
    assert publisher_only("harbour-notes.de", set(), "")
    assert not publisher_only("Ines Marlow and AFP", orgs, "Harbour Notes", orgs)
    assert not publisher_only("Harbour Notes Kitchen", orgs, "Harbour Notes", orgs)
    assert not publisher_only("Jo De", set(), "")  # 'De' as a name, not a domain
    assert not publisher_only("Emily Co", set(), "")  # 'Co' and 'It' are names too
    assert not publisher_only(None, orgs, "Harbour Notes")


@pytest.mark.parametrize(("h1", "declared", "expected"), [
    # A label, a date or a kicker put before the headline in the <h1>: the declared title.
    ("Headline: Energy and change in river towns", "Energy and change in river towns",
     "Energy and change in river towns"),
    ("3. Mai 2024 Die Fähre fährt wieder über den Fluss", "Die Fähre fährt wieder über den Fluss",
     "Die Fähre fährt wieder über den Fluss"),
    ("Ferry crisis Harbour Office cuts the night crossings",
     "Harbour Office cuts the night crossings", "Harbour Office cuts the night crossings"),
    # Counter-examples: the <h1> stays.
    ("The Best River Ferries of 2026", "Best River Ferries of 2026",
     "The Best River Ferries of 2026"),                     # only an article before
    ("River Ferry Costs in the Bay: A Route-by-Route Breakdown", "River Ferry Costs in the Bay",
     "River Ferry Costs in the Bay: A Route-by-Route Breakdown"),  # a subtitle after
    ("Ferry returns", "Harbour: Ferry returns", "Ferry returns"),  # declared is longer
    ("Night ferry: Sold out", "Sold out", "Night ferry: Sold out"),  # under three words
    ("The ferry is back on the river", "A ferry is back", "The ferry is back on the river"),
])
def test_a_decorated_h1_gives_way_to_the_declared_title(h1: str, declared: str,
                                                        expected: str) -> None:
    assert choose_title(declared, [(h1, True)], "Harbour Notes", "https://harbour.example/x",
                        f"{declared} | Harbour Notes") == expected


@pytest.mark.parametrize(("h1", "og_title", "page_title", "expected"), [
    # og:title is the headline cut short at the front; the <h1> (and the <title>) say it all
    ("Night ferry crew's pay dispute heads to tribunal", "Pay dispute heads to tribunal",
     "Harbour Notes - Night ferry crew's pay dispute heads to tribunal",
     "Night ferry crew's pay dispute heads to tribunal"),
    ("Coastal town ferry service 'could end by spring'", "Ferry service 'could end by spring'",
     "Ferry service 'could end by spring' | Harbour Notes",
     "Coastal town ferry service 'could end by spring'"),   # a lower-case word cut off
    ("River Ferry Trust Wins Appeal Over Night Crossings",
     "Trust Wins Appeal Over Night Crossings",
     "River Ferry Trust Wins Appeal Over Night Crossings | Harbour Notes",
     "River Ferry Trust Wins Appeal Over Night Crossings"),  # the <title> has the whole <h1>
    # counter-examples: a kicker before the headline still goes
    ("Ferry crisis Harbour Office cuts the night crossings",
     "Harbour Office cuts the night crossings",
     "Harbour Office cuts the night crossings | Harbour Notes",
     "Harbour Office cuts the night crossings"),
    ("Update: Night crossings resume after the storm", "Night crossings resume after the storm",
     "Night crossings resume after the storm | Harbour Notes",
     "Night crossings resume after the storm"),
])
def test_a_headline_cut_short_in_og_title_keeps_the_full_h1(
        h1: str, og_title: str, page_title: str, expected: str) -> None:
    assert choose_title(og_title, [(h1, True)], "Harbour Notes", "https://harbour.example/x",
                        page_title) == expected


def test_a_blog_named_after_its_writer_keeps_the_byline_without_person_markup() -> None:
    ld = ('<script type="application/ld+json">{"@type": "WebSite", "name": "Ines Marlow"}'
          '</script>')
    tree = _tree(ld, "<article><h1>Ten knots</h1><p>Text.</p></article>")
    assert choose_author(tree, "Ten knots", "Ines Marlow", "Ines Marlow") == "Ines Marlow"


ARTICLE = "<article><h1>How the river ferry came back</h1><p>Text.</p></article>"
PERSON_LD = ('<script type="application/ld+json">{"@type": "NewsArticle", "author": '
             '{"@type": "Person", "name": "Ines Marlow"}}</script>')


@pytest.mark.parametrize(("head", "declared", "expected"), [
    # The publisher in the template's author tag, the writer in schema.org.
    ('<meta name="author" content="Harbour Média">' + PERSON_LD,
     "Harbour Média; Ines Marlow", "Ines Marlow"),
    # The publisher with its web address.
    ('<meta name="author" content="Harbour Notes (www.harbour.example)">',
     "Harbour Notes", None),
    # The theme designer's credit, split by trafilatura into two 'names'.
    ('<meta name="author" content="Sam Poe und Quaywise designed">',
     "Sam Poe; Quaywise designed; Ines Marlow", "Ines Marlow"),
])
def test_a_site_wide_author_tag_names_no_writer(head: str, declared: str,
                                                expected: str | None) -> None:
    tree = _tree(head, ARTICLE)
    assert choose_author(tree, "How the river ferry came back", declared, "") == expected


@pytest.mark.parametrize(("head", "declared", "expected"), [
    # The tag names the declared Person: an ordinary byline.
    ('<meta name="author" content="Ines Marlow">' + PERSON_LD, "Ines Marlow", "Ines Marlow"),
    # Two writers, one in each place, no schema.org Person to contradict the tag.
    ('<meta name="author" content="Tom Reed">', "Tom Reed; Ines Marlow",
     "Tom Reed and Ines Marlow"),
    # The tag names the declared Person and a co-author: both stay.
    ('<meta name="author" content="Ines Marlow, Tom Reed">' + PERSON_LD,
     "Ines Marlow; Tom Reed", "Ines Marlow and Tom Reed"),
    # One Person object that lists the same names as the tag.
    ('<meta name="author" content="Ines Marlow, Kiel, Tom Reed">'
     '<script type="application/ld+json">{"@type": "NewsArticle", "author": {"@type": '
     '"Person", "name": "Ines Marlow, Kiel, Tom Reed"}}</script>',
     "Ines Marlow; Tom Reed", "Ines Marlow and Tom Reed"),
    # The tag spells the declared Person a little differently.
    ('<meta name="author" content="Ines M. Marlow">' + PERSON_LD, "Ines M. Marlow",
     "Ines M. Marlow"),
    # A photo credit beside the writer in the tag: the writer stays.
    ('<meta name="author" content="Ines Marlow, Photos: Sam Poe">', "Ines Marlow",
     "Ines Marlow"),
    # An initial and a surname with a dot is no web address.
    ('<meta name="author" content="J.de Vries">', "J.de Vries", "J.de Vries"),
])
def test_an_ordinary_author_tag_keeps_its_names(head: str, declared: str, expected: str) -> None:
    tree = _tree(head, ARTICLE)
    assert choose_author(tree, "How the river ferry came back", declared, "") == expected


def test_a_name_the_visible_byline_prints_stays_whatever_the_tag_says() -> None:
    tree = _tree('<meta name="author" content="Harbour Media">' + PERSON_LD, ARTICLE)
    assert meta_author_not_writers(tree) == {"harbourmedia"}
    assert drop_meta_author_credits("Harbour Media and Ines Marlow", {"harbourmedia"},
                                    keep="Harbour Media") == "Harbour Media and Ines Marlow"
    assert drop_meta_author_credits("Harbour Media", {"harbourmedia"}) is None
    assert drop_meta_author_credits("Ines Marlow", set()) == "Ines Marlow"


@pytest.mark.parametrize(("declared", "site"), [
    ("Die Quay", "Die Quay"),                       # an article before a one-word brand
    ("The Quay", "The Quay"),
    ("Die Quay", "How the river ferry came back | Die Quay"),  # title before the site's name
])
def test_a_brand_with_an_article_is_still_a_one_word_brand(declared: str, site: str) -> None:
    tree = _tree("", ARTICLE)
    assert choose_author(tree, "How the river ferry came back", declared, site) is None


def test_a_several_word_name_in_a_titled_site_name_is_kept() -> None:
    tree = _tree("", ARTICLE)
    # A blog named after its writer, with the page title before the site's name.
    assert choose_author(tree, "How the river ferry came back", "Ines Marlow",
                         "How the river ferry came back | Ines Marlow") == "Ines Marlow"
    assert not publisher_only("The Quay Rowers", {"thequayrowers"}, "The Quay Rowers")
