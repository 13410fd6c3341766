"""Extraction stage: decoding, blocks, metadata, fallback choice, errors."""

from __future__ import annotations

import codecs

import pytest
from lxml import html as lxml_html

from narrate.cleaning import words
from narrate.errors import NoArticleError
from narrate.extract import (
    _Candidate,
    _choose,
    _recall_wins,
    decode_html,
    extract_article,
    fix_double_utf8,
    list_to_paragraphs,
    recall_extension,
    restore_headings,
    revise_paragraph_classification,
    trim_unconfirmed_edges,
)
from narrate.metadata import (
    author_bio,
    author_link_after_headline,
    byline_after_headline,
    choose_author,
    choose_date,
    choose_title,
    clean_author,
    clean_authors,
    dateline_near_headline,
    detect_language,
    marked_author,
    parse_day,
    published_date,
    strip_site_name,
    written_by_note,
)
from narrate.models import Block

BODY = [
    "The city council voted thirty-one to twelve on Tuesday evening to build protected cycle "
    "lanes on every street inside the old town walls, ending a decade of argument.",
    "Supporters packed the public gallery and cheered as the result was read out, while "
    "shopkeepers on the market square warned that deliveries would become harder.",
    "The first lanes will be painted in May, and the whole network should be finished within "
    "two years, according to the transport department's published schedule.",
    "Opponents said they would ask the regional court to review the decision, arguing that "
    "the consultation had ignored the needs of older residents who drive.",
]

PAGE = f"""<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8">
<title>Council approves cycle lanes for the old town | The Daily Planet</title>
<meta property="og:site_name" content="The Daily Planet">
<meta name="author" content="Jane Doe">
<meta property="article:published_time" content="2024-03-03T10:42:00Z">
<link rel="canonical" href="https://planet.example/news/cycle-lanes">
<meta property="og:image" content="https://planet.example/img/lanes.jpg">
</head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li></ul></nav>
<article>
<h1>Council approves cycle lanes for the old town</h1>
<div class="audio-player"><button>Listen to this article</button> <span>4 min</span></div>
<p class="byline">By Jane Doe</p>
<p>{BODY[0]}</p>
<figure><img src="x.jpg"><figcaption>Cyclists on the market square. Photo: Tom Lee</figcaption>
</figure>
<p>{BODY[1]}</p>
<div class="newsletter-box"><p>Sign up for our daily newsletter</p></div>
<h2>What happens next</h2>
<p>{BODY[2]}</p>
<ul><li>Painting</li><li>Signs</li><li>Traffic lights</li></ul>
<p>{BODY[3]}</p>
<div class="share"><a>Share on Facebook</a> <a>Twitter</a></div>
<aside class="related"><h3>Related stories</h3><a href="/x">Mayor resigns after row</a></aside>
</article>
<footer><p>© 2024 The Daily Planet. All rights reserved.</p></footer>
</body></html>"""


# --------------------------------------------------------------------------- decoding

def test_decode_bom_wins() -> None:
    assert decode_html(codecs.BOM_UTF8 + "<p>café</p>".encode()) == "<p>café</p>"
    data = codecs.BOM_UTF16_LE + "<p>café</p>".encode("utf-16-le")
    assert decode_html(data) == "<p>café</p>"


def test_decode_header_then_meta() -> None:
    data = '<meta charset="iso-8859-1"><p>Grüße</p>'.encode("cp1252")
    assert "Grüße" in decode_html(data)
    data = "<p>Grüße</p>".encode("iso-8859-2")
    assert "Grüße" in decode_html(data, "text/html; charset=ISO-8859-2")


def test_decode_wrong_declaration_falls_back_to_utf8() -> None:
    data = '<meta charset="utf-8"><p>naïve café</p>'.encode()
    assert "naïve café" in decode_html(data, "text/html; charset=ascii")


def test_decode_undeclared_legacy_encoding_is_detected() -> None:
    text = "<html><body><p>" + "Für die Straße wählten die Bürger größere Änderungen. " * 20
    out = decode_html(text.encode("cp1252"))
    assert "Straße" in out and "Bürger" in out


def test_decode_never_raises_on_garbage() -> None:
    assert isinstance(decode_html(bytes(range(256)) * 10), str)


# --------------------------------------------------------------------------- whole page

def test_extract_article_body_metadata_and_no_chrome() -> None:
    art = extract_article(PAGE.encode(), url="https://planet.example/news/cycle-lanes",
                          source="page.html")
    assert art.title == "Council approves cycle lanes for the old town"
    assert art.author == "Jane Doe"
    assert art.date == "2024-03-03"
    assert art.site == "The Daily Planet"
    assert art.language == "en"
    assert art.url == "https://planet.example/news/cycle-lanes"
    assert art.image == "https://planet.example/img/lanes.jpg"
    assert art.source == "page.html"
    paras = art.paragraphs
    for body in BODY:
        assert paras.count(body) == 1
    assert [paras.index(b) for b in BODY] == sorted(paras.index(b) for b in BODY)
    assert "Painting; Signs; Traffic lights." in paras
    assert Block("heading", "What happens next") in art.blocks
    text = " ".join(b.text for b in art.blocks)
    for chrome in ("Listen", "Photo: Tom Lee", "newsletter", "Share", "Mayor resigns",
                   "Home", "All rights reserved", "By Jane Doe"):
        assert chrome not in text, chrome
    assert art.title not in paras


def test_extract_article_accepts_str_and_detects_language_without_lang() -> None:
    page = PAGE.replace(' lang="en-GB"', "")
    art = extract_article(page)
    assert art.language == "en"


@pytest.mark.parametrize("divider", ["___", "____________", "* * *", "=====", "•", "~~~"])
def test_a_divider_paragraph_is_no_block(divider: str) -> None:
    """A rule drawn with underscores or stars has no words, so it must not become a silent
    (or, worse, spoken "underscore") segment: ``\\w`` counts "_" as a word character."""
    body = "".join(
        f"<p>{t}</p>" for t in (
            "The council voted on Tuesday to build protected cycle lanes in the old town.",
            divider,
            "Work starts in May and the lanes should open before the end of the year.",
        ))
    page = f"<html><body><article><h1>Cycle lanes</h1>{body}</article></body></html>"
    art = extract_article(page)
    assert [b.text for b in art.blocks if b.kind == "paragraph"] == [
        "The council voted on Tuesday to build protected cycle lanes in the old town.",
        "Work starts in May and the lanes should open before the end of the year.",
    ]


def test_words_are_letters_and_digits_not_underscores() -> None:
    assert words("snake_case ___ x2 été") == ["snake", "case", "x2", "été"]


@pytest.mark.parametrize("page", [
    b"",
    b"   ",
    b"<html><body></body></html>",
    b"<html><body><nav><a href='/'>Home</a> <a href='/a'>About</a></nav></body></html>",
    b"\x00\x01\x02\xff\xfe binary",
])
def test_pages_without_article_raise_no_article(page: bytes) -> None:
    with pytest.raises(NoArticleError) as err:
        extract_article(page, source="x.html")
    msg = str(err.value)
    assert "\n" not in msg and "x.html" in msg


def test_fallback_rescues_a_body_in_plain_divs() -> None:
    text = " ".join(BODY)
    page = f"<html><body><div><div>{text}</div><div>{text.upper()}</div></div></body></html>"
    art = extract_article(page)
    assert "cycle lanes" in " ".join(art.paragraphs)


# --------------------------------------------------------------------------- pieces

def test_list_reading() -> None:
    assert list_to_paragraphs(["Eggs", "Flour", "Milk"]) == ["Eggs; Flour; Milk."]
    items = ["Preheat the oven to 200 degrees.", "Beat the eggs with the sugar until pale."]
    assert list_to_paragraphs(items) == items
    assert list_to_paragraphs(["Only one"]) == ["Only one"]
    assert list_to_paragraphs([" ", ""]) == []


def test_title_prefers_article_h1_and_cuts_site_name() -> None:
    assert choose_title("Lanes approved | Daily Planet", [("Daily Planet", False),
                        ("Council approves lanes", True)], "Daily Planet") == (
        "Council approves lanes")
    assert choose_title("Lanes approved - Daily Planet", [], "Daily Planet") == "Lanes approved"
    assert strip_site_name("Lanes approved – planet.example", "", "https://www.planet.example/a") \
        == "Lanes approved"
    # A separator inside the headline itself is not cut.
    assert strip_site_name("Paris: the lanes are open", "Daily Planet") == (
        "Paris: the lanes are open")


@pytest.mark.parametrize(("raw", "name"), [
    ("By Jane Doe", "Jane Doe"),
    ("View all posts by Daniel Lemire", "Daniel Lemire"),
    ("Keith Barry Senior Autos Reporter", "Keith Barry"),
    ("Recipe by PJ Hamel", "PJ Hamel"),
    ("https://planet.example/authors/jane", None),
    ("admin", None),
])
def test_clean_author(raw: str, name: str | None) -> None:
    assert clean_author(raw) == name


def test_detect_language() -> None:
    assert detect_language(" ".join(BODY)) == "en"
    de = ("Der Stadtrat hat am Dienstag mit großer Mehrheit beschlossen, dass in der Altstadt "
          "geschützte Radwege gebaut werden, und die Arbeiten sollen im Mai beginnen, wie die "
          "Verwaltung mitteilte. Die Gegner wollen das Gericht anrufen.")
    assert detect_language(de) == "de"
    assert detect_language("too short") is None


def _cand(name: str, n: int, text: str = "word") -> _Candidate:
    return _Candidate(name, [Block("paragraph", " ".join(f"{text}{i}" for i in range(n)))])


def test_choose_prefers_precision_when_it_agrees() -> None:
    precise, balanced = _cand("p", 90), _cand("b", 120)
    assert _choose([precise, balanced]) is precise


def test_choose_takes_balanced_when_precision_found_almost_nothing() -> None:
    precise, balanced = _cand("p", 10), _cand("b", 400)
    assert _choose([precise, balanced]) is balanced


def test_choose_asks_the_referee_when_passes_disagree() -> None:
    precise = _cand("p", 100)
    balanced = _Candidate("b", precise.blocks + _cand("x", 400, "extra").blocks)
    assert _choose([precise, balanced], referee=precise.blocks) is precise
    assert _choose([precise, balanced], referee=balanced.blocks) is balanced


def _tree(body: str, head: str = "") -> lxml_html.HtmlElement:
    return lxml_html.document_fromstring(f"<html><head>{head}</head><body>{body}</body></html>")


# --------------------------------------------------------------------------- visible byline

ARTICLE_P = "<p>The council voted on Tuesday to build protected cycle lanes in the old town.</p>"


def test_byline_after_headline_takes_the_linked_name_not_the_job_title() -> None:
    page = _tree("<article><h1>Lanes approved</h1><div class='byline'><span>By</span> "
                 "<a href='/staff/jane'>Jane Doe</a> <span>City Hall Reporter</span></div>"
                 + ARTICLE_P + "</article>")
    assert byline_after_headline(page) == "Jane Doe"


def test_byline_label_and_name_in_sibling_elements() -> None:
    page = _tree("<h1>Lanes approved</h1><div><span>By</span><span>Daryl Austin</span></div>"
                 "<div>Published March 9, 2026</div>" + ARTICLE_P)
    assert byline_after_headline(page) == "Daryl Austin"


def test_byline_is_not_a_sentence_that_starts_with_by() -> None:
    # Counter-example: body text starting with "By" is not a byline.
    page = _tree("<h1>Lanes approved</h1><p>By March, the council had approved the plan.</p>"
                 "<p>By then nobody objected.</p>")
    assert byline_after_headline(page) is None


def test_written_by_author_box_counts_but_not_inside_comments() -> None:
    box = "<h3>Written by Cassidy Horton</h3><p>Cassidy Horton is a finance writer.</p>"
    assert byline_after_headline(_tree("<h1>Budgeting</h1>" + ARTICLE_P * 40 + box)) == (
        "Cassidy Horton")
    comments = "<div class='comments-area'><p>Written by Joe Bloggs</p></div>"
    assert byline_after_headline(_tree("<h1>Budgeting</h1>" + ARTICLE_P * 40 + comments)) is None


def test_clean_authors_drops_job_titles_and_keeps_credentials() -> None:
    assert clean_authors("Rasmus Barslund; Lead Reviewer") == "Rasmus Barslund"
    assert clean_authors("Cort Honey, Home and Digital-Security Expert") == "Cort Honey"
    assert clean_authors("Angela Holliday-Bell, MD") == "Angela Holliday-Bell, MD"
    assert clean_authors("Anna Berg; DVM Reviewed by Tom Hale") == "Anna Berg, DVM"
    # Counter-example: two real authors stay two authors.
    assert clean_authors("Jane Doe; John Smith") == "Jane Doe and John Smith"
    assert clean_authors("Written By") is None
    assert clean_authors("Read more about The Workshop Team") == "The Workshop Team"


def test_byline_line_with_separated_fields_gives_the_name() -> None:
    page = _tree("<h1>The Best GPS Watches</h1><div>By <a href='/author/mr'>Matthew Richardson"
                 "</a> &sdot; Review Editor &sdot; <span>Updated November 18, 2025</span></div>"
                 + ARTICLE_P)
    assert byline_after_headline(page) == "Matthew Richardson"
    # Counter-example: a long sentence that starts with "By" is still not a byline.
    page = _tree("<h1>Lanes</h1><p>By the end of the year the council | the mayor and the "
                 "planners had all agreed on the route through the old town.</p>")
    assert byline_after_headline(page) is None


def test_byline_is_looked_for_after_the_headline_not_the_logo_h1() -> None:
    page = _tree("<h1>Houstonia Magazine</h1><nav><a href='/'>Home</a></nav>"
                 + "<p>Teaser text about other things in the city this week.</p>" * 30
                 + "<h1>Best Trails for Biking</h1><p>By <a href='/p/dr'>Daniel Renfrow</a></p>"
                 + ARTICLE_P)
    assert byline_after_headline(page, "Best Trails for Biking") == "Daniel Renfrow"
    assert byline_after_headline(page) is None  # the logo <h1> has no byline under it


@pytest.mark.parametrize(("raw", "name"), [
    ("Quill Staff", "Quill Staff"),          # a collective byline is the byline itself
    ("The Notebook Team", "The Notebook Team"),
    ("Community Editor", "Community Editor"),
    ("Senior Editor", None),               # counter-example: a bare job title is no name
    ("Staff", "Staff"),                    # a bare 'By Staff' byline
    ("Staff Writer", None),                # counter-example: a job title
    ("Jane Doe Staff Writer", "Jane Doe"),  # counter-example: a person's job title is cut
    ("Marlo Dec", "Marlo"),                # the byline's date glued on
    ("Tavi 3", "Tavi"),
    ("Theresa May", "Theresa May"),        # counter-example: a full month name may be a name
    ("page.head.extra.author", None),      # a template placeholder
    ("Www Facebook Com", None),
])
def test_clean_author_bylines_and_leftovers(raw: str, name: str | None) -> None:
    assert clean_author(raw) == name


def test_clean_authors_job_title_continuation_is_not_a_second_author() -> None:
    assert clean_authors("Daniel Reyes Writer; Hardware") == "Daniel Reyes"
    assert clean_authors("Tavi 3; 4") == "Tavi"
    # Counter-example: a one-word second author after a plain name stays.
    assert clean_authors("Max Mustermann; dpa") == "Max Mustermann and dpa"


def test_unlabelled_byline_needs_a_job_title_field() -> None:
    page = _tree("<header><h1>AI in Healthcare</h1><p>Maria Okafor | Senior Writer | "
                 "July 2, 2025</p></header>" + ARTICLE_P)
    assert byline_after_headline(page) == "Maria Okafor"
    # Counter-example: a breadcrumb-like line of fields without a job title.
    crumbs = _tree("<h1>AI in Healthcare</h1><p>Health News | Machine Learning</p>" + ARTICLE_P)
    assert byline_after_headline(crumbs) is None


def test_author_page_link_under_the_headline() -> None:
    page = _tree("<h1>Deploy a VPS</h1><div><a href='https://x.example/blog/authors/emmanuel-"
                 "oyibo'>Emmanuel Oyibo</a><span>5 min read</span></div>" + ARTICLE_P)
    assert author_link_after_headline(page) == "Emmanuel Oyibo"
    # Counter-examples: the reviewer's link, a topic link, a "View Full Profile" link.
    reviewed = _tree("<h1>Deploy a VPS</h1><p>Reviewed by <a href='/authors/jane-roe'>Jane Roe"
                     "</a></p>" + ARTICLE_P)
    assert author_link_after_headline(reviewed) is None
    topic = _tree("<h1>Deploy a VPS</h1><p><a href='/topics/cloud-hosting'>Cloud Hosting</a>"
                  "</p>" + ARTICLE_P)
    assert author_link_after_headline(topic) is None
    profile = _tree("<h1>Deploy a VPS</h1><p><a href='/author/jg/'>View Full Profile</a></p>"
                    + ARTICLE_P)
    assert author_link_after_headline(profile) is None


@pytest.mark.parametrize("label", ["Afficher mon profil complet",
                                   "Mein Profil vollständig anzeigen", "Ver mi perfil completo"])
def test_a_localized_profile_link_is_no_author(label: str) -> None:
    """Blogger's rel=author link says "View my complete profile" in the blog's language."""
    body = "".join(f"<p>{t}</p>" for t in BODY)
    page = (f"<html><body><div class='post'><h1>Cycle lanes</h1>{body}</div>"
            f"<div class='profile'><a class='profile-link' rel='author' "
            f"href='https://www.blogger.com/profile/123'>{label}</a></div></body></html>")
    assert extract_article(page).author is None


def test_declared_author_beats_an_author_page_link() -> None:
    # The link may be a corporate account; the page's declared author wins.
    body = "".join(f"<p>{t}</p>" for t in BODY)
    page = ("<html><head><meta name='author' content='Abby Colson'></head><body><article>"
            "<h1>The best tax software</h1><p><a href='/blog/authors/tr-tax/'>Thomson Reuters "
            "Tax</a></p>" + body + "</article></body></html>")
    assert extract_article(page).author == "Abby Colson"
    assert extract_article(page.replace("Abby Colson", "")).author == "Thomson Reuters Tax"


def test_byline_with_several_linked_names_is_several_authors() -> None:
    page = _tree("<h1>Solar</h1><div><span>By</span><ul><li><a href='/authors/ew'>Emily Walker"
                 "</a></li><li><a href='/authors/cm'>Casey McDevitt</a></li></ul></div>"
                 + ARTICLE_P)
    assert clean_authors(byline_after_headline(page)) == "Emily Walker and Casey McDevitt"


def test_author_label_then_names() -> None:
    box = "<div><h3>Author</h3><p>Lisa D. Ellis</p></div>"
    assert byline_after_headline(_tree("<h1>Cats</h1>" + ARTICLE_P * 5 + box)) == "Lisa D. Ellis"
    tail = "<div class='tags'><strong>Contributors:</strong> Janet Loughrey</div>"
    page = _tree("<h1>Cats</h1>" + ARTICLE_P * 5 + tail, "")
    page.find(".//body").set("class", "node-article no-sidebars")  # page classes don't count
    assert byline_after_headline(page) == "Janet Loughrey"
    side = ("<div class='l-grid__sidebar'><h6>Author(s)</h6><ul><li><a>John A. Alic</a></li>"
            "<li><a>David C. Mowery</a></li></ul></div>")
    assert clean_authors(byline_after_headline(_tree("<h1>Energy</h1>" + ARTICLE_P + side))) == (
        "John A. Alic and David C. Mowery")
    # Counter-examples: a bio paragraph after the label, and a label in related items.
    bio = "<h3>Author</h3><p>Lisa Ellis writes about cats and the people who love them.</p>"
    assert byline_after_headline(_tree("<h1>Cats</h1>" + ARTICLE_P + bio)) is None
    related = "<div class='related-posts'><h4>Author</h4><p>Joe Bloggs</p></div>"
    assert byline_after_headline(_tree("<h1>Cats</h1>" + ARTICLE_P + related)) is None


# --------------------------------------------------------------------------- publication date


def test_parse_day() -> None:
    assert parse_day("2024-03-03T10:42:00Z") == "2024-03-03"
    assert parse_day("Published: January 3, 2024") == "2024-01-03"
    assert parse_day("February 9th, 2024") == "2024-02-09"
    assert parse_day("3 March 2024, 10:42 GMT") == "2024-03-03"
    assert parse_day("03-09-2026") is None  # 3 September or March 9: ambiguous


def test_published_date_prefers_published_over_modified_meta() -> None:
    head = ('<meta property="article:modified_time" content="2025-12-08T15:40:43Z">'
            '<meta property="article:published_time" content="2025-12-05T11:00:22Z">')
    assert published_date(_tree(ARTICLE_P, head)) == "2025-12-05"


def test_published_date_reads_json_ld() -> None:
    head = ('<script type="application/ld+json">{"@graph": [{"@type": "NewsArticle", '
            '"dateModified": "2024-05-02", "datePublished": "2024-04-30T08:00:00Z"}]}</script>')
    assert published_date(_tree(ARTICLE_P, head)) == "2024-04-30"


def test_published_date_from_visible_marked_element_not_the_updated_one() -> None:
    head = '<meta property="article:modified_time" content="2024-10-28T22:26:10+00:00">'
    body = ("<h1>Jam</h1><time class='entry-modified-time'>Updated on: October 28, 2024</time>"
            "<time class='entry-time'>April 26, 2024</time>" + ARTICLE_P)
    assert published_date(_tree(body, head)) == "2024-04-26"


def test_published_date_ignores_teasers_and_ambiguous_meta() -> None:
    # Counter-examples: a related-story date in <aside>, an "updated" date, and a
    # numeric meta date that could be day-month or month-day give no date at all.
    head = '<meta property="article:published_time" content="03-09-2026">'
    body = ("<article><h1>Jam</h1><p class='entry-date published updated'>"
            "<time datetime='2026-02-16'>February 16, 2026</time></p>" + ARTICLE_P + "</article>"
            "<aside><span class='post-date'>May 1, 2020</span></aside>")
    assert published_date(_tree(body, head)) is None
    body2 = "<h1>Jam</h1><div>Published March 9, 2026</div>" + ARTICLE_P
    assert published_date(_tree(body2, head)) == "2026-03-09"


def test_dateline_under_the_headline() -> None:
    body = ("<h1>How Vacuum Robots Navigate</h1><h5><span>2024-11-06</span></h5>" + ARTICLE_P)
    assert dateline_near_headline(_tree(body)) == "2024-11-06"
    body = ("<header><h1>AI in Healthcare</h1><p>Maria Okafor | Senior Writer | July 2, 2025"
            "</p></header>" + ARTICLE_P)
    assert dateline_near_headline(_tree(body)) == "2025-07-02"
    kicker = "<div><h5>January 23, 2025</h5><h1>Coffee, explained</h1></div>" + ARTICLE_P
    assert dateline_near_headline(_tree(kicker)) == "2025-01-23"


def test_dateline_skips_updates_teasers_and_ambiguous_numbers() -> None:
    # Counter-examples: an update label, a related story in <aside>, a numeric date.
    updated = "<h1>Solar panels</h1><div><span>Updated Feb 11, 2026</span></div>" + ARTICLE_P
    assert dateline_near_headline(_tree(updated)) is None
    teaser = "<h1>Solar</h1><aside><p>Older story</p><p>May 1, 2020</p></aside>" + ARTICLE_P
    assert dateline_near_headline(_tree(teaser)) is None
    assert dateline_near_headline(_tree("<h1>Home</h1><span>3/4/2025</span>" + ARTICLE_P)) is None
    both = "<h1>Jam</h1><p>Published Jan 5, 2024 · Updated March 1, 2025</p>" + ARTICLE_P
    assert dateline_near_headline(_tree(both)) == "2024-01-05"


@pytest.mark.parametrize("dateline", [
    '<div><span class="label">Last Updated:</span> <span>March 3, 2025</span></div>',
    "<p>Last Updated on Wednesday, March 3, 2025</p>",
    "<p><strong>Last Updated:</strong> March 3, 2025</p>",
    "<div><span>Last Updated:</span></div><div><span>March 3, 2025</span></div>",
    '<div><span>Last updated:</span> <time datetime="2025-03-03">March 3, 2025</time></div>',
])
def test_a_last_updated_label_of_its_own_marks_the_date_as_an_update(dateline: str) -> None:
    assert dateline_near_headline(_tree("<h1>Solar panels</h1>" + dateline + ARTICLE_P)) is None


@pytest.mark.parametrize(("dateline", "day"), [
    # Counter-examples: a publication label, a byline between an unrelated word and the
    # date, a publication date before the update in one line.
    ("<p><span>Published:</span> <span>March 3, 2025</span></p>", "2025-03-03"),
    ("<p>Updated</p><p>By Ines Marlow · March 3, 2025</p>", "2025-03-03"),
    ("<p><span>Published March 1, 2025</span> <span>Updated: March 3, 2025</span></p>",
     "2025-03-01"),
])
def test_a_date_after_other_labels_is_still_the_dateline(dateline: str, day: str) -> None:
    assert dateline_near_headline(_tree("<h1>Solar panels</h1>" + dateline + ARTICLE_P)) == day


def test_choose_date_dateline_beats_a_guess_but_not_a_declared_date() -> None:
    body = "<h1>Robots</h1><h5>November 6, 2024</h5>" + ARTICLE_P
    assert choose_date("2023-10-11", _tree(body)) == "2024-11-06"
    # Counter-example: a declared datePublished wins over the printed (often modified) day.
    head = '<meta property="article:published_time" content="2020-03-10T15:30:00+00:00">'
    assert choose_date("2020-03-10", _tree(body, head)) == "2020-03-10"


def test_originally_published_note_gives_the_first_publication() -> None:
    note = ("<p>This article was originally published on 26 Sep 2019 at 4:12pm but has been "
            "regularly updated to keep it current.</p>")
    assert choose_date("2022-09-30", _tree("<h1>Jam</h1>" + ARTICLE_P + note)) == "2019-09-26"
    # Counter-examples: no date after the phrase, and a note inside a related-story block.
    assert choose_date("2022-09-30", _tree(
        "<h1>Jam</h1>" + ARTICLE_P + "<p>Originally published on The Conversation.</p>"
        "<p>Updated March 3, 2021</p>")) == "2022-09-30"
    related = "<div class='related'><p>Originally published March 1, 2018</p></div>"
    assert choose_date("2022-09-30", _tree("<h1>Jam</h1>" + ARTICLE_P + related)) == "2022-09-30"


# --------------------------------------------------------------------------- title and text repair


def test_title_several_h1s_the_one_the_declared_title_names_wins() -> None:
    h1s = [("The Best Ergonomic Mice for 2026", False), ("Deeper Dive: Our Top Picks", True),
           ("Buying Guide: The Best Ergonomic Mice for 2026", True)]
    assert choose_title("The Best Ergonomic Mice for 2026 | PCMag", h1s) == (
        "The Best Ergonomic Mice for 2026")
    # Counter-example: one headline inside <article> that differs from the SEO title stays.
    assert choose_title("Lanes approved: what it means | Planet",
                        [("Council approves the new cycle lanes", True)]) == (
        "Council approves the new cycle lanes")


def test_title_topic_label_h1_gives_way_to_the_declared_headline() -> None:
    assert choose_title("Private VPN Service Recommendations and Comparison - Privacy Guides",
                        [("VPN Services", True)], "Privacy Guides") == (
        "Private VPN Service Recommendations and Comparison")
    # Counter-examples: a short headline that the <title> contains (after a kicker),
    # a short question, and a declared title no longer than the <h1> keep the <h1>.
    assert choose_title("Rutger Bregman: Unser wahres Ich", [("Unser wahres Ich", True)]) == (
        "Unser wahres Ich")
    assert choose_title("Mesh networks for large homes explained",
                        [("What is Mesh WiFi?", True)]) == "What is Mesh WiFi?"
    assert choose_title("Planet", [("Council approves lanes", True)]) == "Council approves lanes"


def test_title_h1_mentioning_the_site_word_is_not_the_site_name() -> None:
    h1s = [("The Best Home Security Cameras of 2026", True)]
    assert choose_title("Best Home Security Cameras of 2026 | Security.org", h1s,
                        "Security.org", "https://www.security.org/x/") == (
        "The Best Home Security Cameras of 2026")
    # Counter-examples: a long site-name suffix of the <title> is still cut, and a
    # short logo <h1> holding the site's name is still the logo.
    assert strip_site_name("Spanish Materials - The Center for OER and Language Learning "
                           "(COERLL)", "COERLL") == "Spanish Materials"
    assert choose_title("Biking trails | Houstonia", [("Houstonia Magazine", False)],
                        "Houstonia") == "Biking trails"


def test_title_several_h1s_the_one_the_title_element_names_wins() -> None:
    h1s = [("Best Mattress For Side Sleepers", False), ("Best Firm Mattress", False)]
    assert choose_title("Mattressnap", h1s, "mattressnap.com", "https://mattressnap.com/a",
                        "Best Mattress For Side Sleepers – mattressnap.com") == (
        "Best Mattress For Side Sleepers")


def test_title_headline_section_site_keeps_the_headline() -> None:
    title = "How to help babies sleep through the night | Patient Education | UC Davis Health"
    assert choose_title(title, []) == "How to help babies sleep through the night"
    # Counter-examples: one separator is not the pattern; a short first part is kept whole.
    assert choose_title("Paris | The lanes are open", []) == "Paris | The lanes are open"
    assert choose_title("Jobs | Careers | Planet", []) == "Jobs | Careers | Planet"


def test_fix_double_utf8() -> None:
    assert fix_double_utf8("Investor\u00e2\u0080\u0099s Guide") == "Investor\u2019s Guide"
    assert fix_double_utf8("caf\u00c3\u00a9 au lait") == "caf\u00e9 au lait"
    assert fix_double_utf8("It\u00e2\u20ac\u2122s") == "It\u2019s"
    # Counter-examples: real accented text is left alone.
    for text in ("S\u00c3O PAULO", "na\u00efve \u00e9t\u00e9 \u00c0 la carte", "Stra\u00dfe"):
        assert fix_double_utf8(text) == text


def test_html_comments_inside_a_paragraph_do_not_cut_its_text() -> None:
    # React pages write "<!-- -->" between text runs; the text after it must be read.
    plain = [f"<p>{text}</p>" for text in BODY]
    commented = ("<p>Shopkeepers said<!-- --> that deliveries to the market square would "
                 "take longer during the works, and asked for loading bays.</p>")
    page = ("<html><body><article><h1>Lanes approved</h1>" + plain[0] + commented
            + "".join(plain[1:]) + "</article></body></html>")
    paras = extract_article(page).paragraphs
    assert ("Shopkeepers said that deliveries to the market square would take longer during "
            "the works, and asked for loading bays.") in paras


# --------------------------------------------------------------------------- headings and recall

def _p(text: str) -> Block:
    return Block("paragraph", text)


def _h(text: str) -> Block:
    return Block("heading", text)


def test_toc_anchor_headings_survive_precision_mode() -> None:
    # Table-of-contents plugins start each heading with an empty anchor span;
    # precision mode lost the heading text with it.
    page = f"""<html><head><title>Cycle lanes</title></head><body><article>
<h1>Cycle lanes</h1><p>{BODY[0]}</p>
<h2><span class="ez-toc-section" id="next"></span>What happens next<span class="x"></span></h2>
<p>{BODY[1]}</p><p>{BODY[2]}</p>
<h2><span id="opp"></span>The opposition</h2><p>{BODY[3]}</p></article></body></html>"""
    blocks = list(extract_article(page).blocks)
    assert blocks == [_p(BODY[0]), _h("What happens next"), _p(BODY[1]), _p(BODY[2]),
                      _h("The opposition"), _p(BODY[3])]


def test_restore_headings_only_in_front_of_kept_paragraphs() -> None:
    base = [_p(BODY[0]), _p(BODY[1]), _p(BODY[3])]
    fuller = [_h("Council approves cycle lanes"), _h("A decade of argument ends"),  # headline zone
              _p(BODY[0]), _h("The vote"), _p(BODY[1]),
              _h("Related stories"), _p("Mayor resigns after row."),  # not kept by base
              _h("What next"), _p(BODY[3])]
    assert restore_headings(base, fuller) == [
        _p(BODY[0]), _h("The vote"), _p(BODY[1]), _h("What next"), _p(BODY[3])]


def test_restore_headings_leaves_a_complete_article_alone() -> None:
    base = [_p(BODY[0]), _h("What happens next"), _p(BODY[1])]
    fuller = [_h("Cycle lanes"), _p(BODY[0]), _h("Next steps"), _p(BODY[1])]
    assert restore_headings(base, fuller) == base  # it has its own heading there
    assert restore_headings(base, []) == base


STEPS = [
    "Ask yourself why you are budgeting. What goals are you working toward and what do you "
    "need to achieve them?",
    "Set a budget for different categories of spending, and keep some room for the things "
    "you enjoy.",
    "Make sure to leave a portion for savings. A good rule of thumb is fifteen to twenty "
    "percent of your income.",
]
TEASERS = ["MAYOR RESIGNS AFTER A LONG ROW OVER PARKING FEES",
           "TEN WAYS TO CUT YOUR ENERGY BILL BEFORE WINTER"]


def _grid_page(extra: str = "") -> str:
    """A how-to laid out in grid rows, its steps in a list the default passes drop."""
    steps = "".join(f"<li>{x}</li>" for x in STEPS)
    return f"""<html><body><div class="page"><div class="grid">
<div class="row"><div class="col"><h1>How to save money</h1></div></div>
<div class="row"><div class="col"><p>{BODY[1]}</p>
<p><strong><a href="/x1">{TEASERS[0]}</a></strong></p><p>{BODY[2]}</p>
<ul>{steps}</ul>{extra}</div></div>
<div class="row"><div class="col"><p>{BODY[3]}</p></div></div></div></div>
<footer><ul><li><a href="/a">About us</a></li><li><a href="/c">Contact</a></li></ul></footer>
</body></html>"""


def test_recall_pass_adds_the_article_list_but_not_link_teasers() -> None:
    page = _grid_page(f'<p><strong><a href="/x2">{TEASERS[1]}</a></strong></p>')
    paras = extract_article(page).paragraphs
    assert paras == [BODY[1], BODY[2], *STEPS, BODY[3]]


def test_recall_extension_drops_links_and_leading_headings() -> None:
    chosen = [_p(BODY[0]), _p(BODY[1])]
    recall = [_h("Kommende Events"), _p("We compared four budgeting apps to find the best one."),
              _p(BODY[0]), _p("Read this: the mayor resigns after a row"), _h("Steps"),
              _p(STEPS[0]), _p(BODY[1])]
    links = {"the mayor resigns after a row"}
    assert recall_extension(chosen, recall, links) == [
        _p("We compared four budgeting apps to find the best one."), _p(BODY[0]), _h("Steps"),
        _p(STEPS[0]), _p(BODY[1])]


def test_recall_wins_only_when_confirmed_and_an_extension() -> None:
    chosen = [_p(BODY[0]), _p(BODY[1])]
    extended = [_p(BODY[0]), *map(_p, STEPS), _p(BODY[1])]
    assert _recall_wins(chosen, extended, [[], [_p(s) for s in STEPS]])
    # No referee keeps the added text: it stays out.
    assert not _recall_wins(chosen, extended, [[], chosen])
    # Another part of the page, not an extension of this body.
    other = [_p(BODY[2]), _p(BODY[3]), *map(_p, STEPS)]
    assert not _recall_wins(chosen, other, [other])
    # A gain of a few words is not worth the risk.
    assert not _recall_wins(chosen, [*chosen, _p("Photo: Tom Lee")], [[_p("Photo: Tom Lee")]])


OFFER = "Get unlimited access to all our articles for one euro in the first month."
DISCLAIMER = ("No content on this site, regardless of date, should ever be used as a "
              "substitute for direct medical advice from your doctor.")
REFERENCE = "1. Positive impact of prescribed physical activity. Smith J. J Psych. 2019;5:85-91."


def test_trim_drops_edge_blocks_no_referee_keeps() -> None:
    body = [_p(OFFER), *map(_p, BODY), _h("Disclaimer"), _p(DISCLAIMER), _h("References"),
            _p(REFERENCE)]
    jus = [_p(b) for b in BODY]
    readability = [_h("Cycle lanes"), *(_p(b) for b in BODY)]
    assert trim_unconfirmed_edges(body, [jus, readability]) == [_p(b) for b in BODY]


def test_trim_keeps_the_middle_and_confirmed_edges() -> None:
    # A paragraph between confirmed ones stays even if no referee keeps it; a
    # trailing heading a referee keeps stays too.
    body = [_p(BODY[0]), _p(DISCLAIMER), _p(BODY[1]), _p(BODY[2]), _h("What next")]
    refs = [[_p(BODY[0]), _p(BODY[1]), _p(BODY[2]), _h("What next")], [_p(b) for b in BODY]]
    assert trim_unconfirmed_edges(body, refs) == body


def test_trim_needs_both_referees_to_see_the_article() -> None:
    body = [*map(_p, BODY), _p(DISCLAIMER)]
    assert trim_unconfirmed_edges(body, [[], [_p(b) for b in BODY]]) == body
    # A referee that found another part of the page is no judge either.
    assert trim_unconfirmed_edges(body, [[_p(BODY[0])], [_p(b) for b in BODY]]) == body
    # Never more than half of the body.
    long_tail = [_p(BODY[0]), *(_p(f"{DISCLAIMER} ({i})") for i in range(3))]
    assert trim_unconfirmed_edges(long_tail, [[_p(BODY[0])], [_p(BODY[0])]]) == long_tail


class _CountingReferees(list):
    """Referees that record which of them were looked at (as narrate.extract.Referees
    computes them only when looked at)."""

    def __init__(self, refs: list[list[Block]]) -> None:
        super().__init__(refs)
        self.asked: list[int] = []

    def __iter__(self):
        for i in range(len(self)):
            self.asked.append(i)
            yield list.__getitem__(self, i)


def test_trim_asks_the_second_referee_only_when_the_first_leaves_it_open() -> None:
    body = [*map(_p, BODY), _p(DISCLAIMER)]
    article = [_p(b) for b in BODY]
    # The first referee keeps both edge blocks: nothing can be trimmed, the second
    # (readability, the costlier one) is not asked.
    both_edges = _CountingReferees([[*article, _p(DISCLAIMER)], article])
    assert trim_unconfirmed_edges(body, both_edges) == body
    assert both_edges.asked == [0]
    # The first referee misses the article: no trimming either way.
    missed = _CountingReferees([[_p(BODY[0])], article])
    assert trim_unconfirmed_edges(body, missed) == body
    assert missed.asked == [0]
    # The first referee drops the last block: the second decides (here it drops it too).
    open_edge = _CountingReferees([article, article])
    assert trim_unconfirmed_edges(body, open_edge) == article
    assert open_edge.asked == [0, 1]
    # ...and when the second keeps it, it stays.
    kept = _CountingReferees([article, [*article, _p(DISCLAIMER)]])
    assert trim_unconfirmed_edges(body, kept) == body
    assert kept.asked == [0, 1]


def test_recall_wins_asks_the_second_referee_only_when_needed() -> None:
    chosen = [_p(BODY[0]), _p(BODY[1])]
    extended = [_p(BODY[0]), *map(_p, STEPS), _p(BODY[1])]
    steps = [_p(s) for s in STEPS]
    first = _CountingReferees([steps, []])
    assert _recall_wins(chosen, extended, first)
    assert first.asked == [0]
    second = _CountingReferees([[], steps])
    assert _recall_wins(chosen, extended, second)
    assert second.asked == [0, 1]
    # A small gain is refused before any referee is asked.
    small = _CountingReferees([[_p("Tom Lee")], []])
    assert not _recall_wins(chosen, [*chosen, _p("Tom Lee")], small)
    assert small.asked == []


def test_referees_run_each_extractor_once_and_only_when_asked(
        monkeypatch: pytest.MonkeyPatch) -> None:
    import narrate.extract as extract

    ran: list[str] = []
    monkeypatch.setattr(extract, "_justext_blocks", lambda html, lang: ran.append("j") or [])
    monkeypatch.setattr(extract, "_readability_blocks", lambda html: ran.append("r") or [])
    refs = extract.Referees("<html></html>", "en")
    assert len(refs) == 2 and ran == []
    assert refs[0] == [] and ran == ["j"]
    assert list(refs) == [[], []] and ran == ["j", "r"]
    assert refs[-1] == [] and refs[0:1] == [[]] and ran == ["j", "r"]  # cached


def _count_calls(monkeypatch: pytest.MonkeyPatch, name: str) -> list[int]:
    import narrate.extract as extract

    calls: list[int] = []
    real = getattr(extract, name)
    monkeypatch.setattr(extract, name, lambda *a: calls.append(1) or real(*a))
    return calls


def test_readability_asked_only_when_justext_leaves_it_open(
        monkeypatch: pytest.MonkeyPatch) -> None:
    # Every edge of this body is a plain article paragraph jusText keeps: readability
    # cannot change the result and is not run.
    paras = [f"{BODY[0]} {BODY[1]}", f"{BODY[2]} {BODY[3]}"]
    plain = ("<html><head><title>Cycle lanes</title></head><body><article>"
             "<h1>Council approves cycle lanes</h1>"
             + "".join(f"<p>{b}</p>" for b in paras) + "</article></body></html>")
    readability = _count_calls(monkeypatch, "_readability_blocks")
    justext = _count_calls(monkeypatch, "_justext_blocks")
    assert extract_article(plain).paragraphs == paras
    assert (len(justext), len(readability)) == (1, 0)
    # A last paragraph with a copyright sign, which jusText always throws away:
    # readability is asked whether it belongs to the article.
    tail = plain.replace("</article>", "<p>Text and photos © 2024 Jane Doe, who reports on "
                                       "the city council for the paper.</p></article>")
    extract_article(tail)
    assert (len(justext), len(readability)) == (2, 1)


def test_trafilatura_leaves_the_trees_it_is_given_unchanged() -> None:
    # extract_article hands its parsed trees to trafilatura's extraction and
    # metadata without copying them (trafilatura copies before it prunes); a
    # trafilatura that pruned the caller's tree would corrupt the next pass.
    from lxml import etree

    from narrate.extract import _parse, _trafilatura
    from narrate.metadata import trafilatura_metadata

    tree = _parse(PAGE.replace("</article>", "<div class='comments'><p>First!</p></div>"
                                             "</article>"))
    before = etree.tostring(tree)
    trafilatura_metadata(tree, "https://planet.example/news/cycle-lanes")
    for kw in ({"favor_precision": True, "fast": True}, {}, {"favor_recall": True}):
        assert _trafilatura(tree, None, with_metadata=False, **kw) is not None
        assert etree.tostring(tree) == before


def test_lean_justext_paragraphs_match_justext() -> None:
    from justext import core

    from narrate.extract import justext_paragraphs

    page = PAGE.replace(f"<p>{BODY[1]}</p>",
                        f"<p>  {BODY[1]}\n\t  more\n <br><br>tail <a href='/x'>link  text</a> </p>")
    theirs = core.ParagraphMaker.make_paragraphs(
        core.preprocessor(core.html_to_dom(page.encode(), encoding="utf-8")))
    ours = justext_paragraphs(page)

    def fields(p: object) -> tuple:
        return (p.text, p.dom_path, p.chars_count_in_links, p.tags_count, p.is_heading,
                p.words_count, len(p))

    assert [fields(p) for p in ours] == [fields(p) for p in theirs]
    assert any("\n" in p.text for p in ours)  # the spacing rule was exercised
    assert len(ours) > 5


def test_linear_justext_revision_matches_justext() -> None:
    import justext
    from justext import core

    rows = "".join(f"<tr><td>{d}.3.</td><td><a href='/e{d}'>Event {d}</a></td><td>short</td></tr>"
                   for d in range(1, 40))
    page = f"""<html><body><div><a href="/">Home</a> | <a href="/n">News</a></div>
<h1>Cycle lanes</h1><h2>Background</h2><p>{BODY[0]} {BODY[3]}</p><p>Short line.</p>
<p>{BODY[1]} {BODY[2]}</p>
<h3>Calendar</h3><table>{rows}</table><p>Another short line</p><h2>Next</h2><p>{BODY[2]}</p>
<p>{BODY[3]}</p><footer>© 2024 The Daily Planet</footer></body></html>""".encode()
    stoplist = justext.get_stoplist("English")
    expected = [p.class_type for p in justext.justext(page, stoplist, encoding="utf-8")]
    paras = core.ParagraphMaker.make_paragraphs(
        core.preprocessor(core.html_to_dom(page, encoding="utf-8")))
    core.classify_paragraphs(paras, stoplist)
    revise_paragraph_classification(paras, core.MAX_HEADING_DISTANCE_DEFAULT)
    assert [p.class_type for p in paras] == expected
    assert "good" in expected and "bad" in expected


def test_second_opinions_skipped_on_huge_pages(monkeypatch: pytest.MonkeyPatch) -> None:
    import narrate.extract as extract

    # jusText is always the first second opinion asked (readability only when jusText
    # leaves the answer open, see test_readability_asked_only_when_justext_leaves_it_open).
    calls: list[int] = []
    justext = extract._justext_blocks
    monkeypatch.setattr(extract, "_justext_blocks",
                        lambda html, lang: calls.append(1) or justext(html, lang))
    extract_article(PAGE)
    assert calls == [1]
    menu = "<ul>" + "<li><span>x</span></li>" * (extract.MAX_REFEREE_ELEMENTS // 2) + "</ul>"
    huge = PAGE.replace("</footer>", f"{menu}</footer>")
    assert extract_article(huge).paragraphs == extract_article(PAGE).paragraphs
    assert calls == [1, 1]  # the second call is the comparison page, not the huge one


# --------------------------------------------------------------------------- benchmark metric


def _bench():
    import importlib.util
    from pathlib import Path

    path = Path(__file__).resolve().parent.parent / "bench" / "extraction.py"
    spec = importlib.util.spec_from_file_location("bench_extraction", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_metadata_metric_compares_what_a_listener_hears() -> None:
    right = _bench().meta_right
    assert right("title", "Wedding Checklist:: Printable Timeline",
                 "Wedding Checklist :: Printable Timeline")
    assert right("title", "How Much is Pet Insurance?", "How Much is Pet Insurance")
    assert right("author", "Christopher S Penn", "Christopher S. Penn")
    assert right("author", "Lena Ford RN, BSN", "Lena Ford")
    assert right("author", "Paramita Ghosh", "Paramita (Guha) Ghosh")
    assert right("author", "Jane Doe and John Smith", "John Smith; Jane Doe")
    assert right("author", "Jose Munoz", "José Muñoz")
    assert right("date", "2015-11-20", "2015-11")
    # Counter-examples: a missing or different word, a missing co-author, another day.
    assert not right("title", "Best Home Security Cameras", "The Best Home Security Cameras")
    assert not right("author", "Dieter Hogen", "Dieter Hogen with Uta Pippig")
    assert not right("author", "Jane Doe", "Jane Doe and John Smith")
    assert not right("date", "2025-05-14", "2025-05-15")


# --------------------------------------------------------------------------- marked author


def test_marked_author_element_gives_the_visible_name() -> None:
    page = _tree("<article><h1>Startup Lessons</h1><div class='blog-meta'><img alt='x'>"
                 "<span class='blog-meta-author'> Tim Enwall </span><p class='tags'>founder"
                 "</p></div>" + ARTICLE_P + "</article>")
    assert marked_author(page) == "Tim Enwall"
    # A note in parentheses is not part of the name.
    box = _tree("<div class='elementor-author-box'><h4 class='elementor-author-box__name'>"
                "Lance Ryan (Content Manager)</h4></div>")
    assert marked_author(box) == "Lance Ryan"


def test_marked_author_takes_the_name_child_not_the_job_title() -> None:
    page = _tree("<header><h1>Smart Home Hubs</h1><div class='displayedAuthors'><a href='/a'>"
                 "<p class='author-card__name'>Harry Rabinowitz</p><p class='jobTitle'>Tech "
                 "Reporter</p></a></div></header>")
    assert marked_author(page) == "Harry Rabinowitz"
    schema = _tree("<p>By <span itemprop='author' itemscope><a itemprop='url' href='/a/cr'>"
                   "<span itemprop='name'>Craig Randall</span></a></span></p>")
    assert marked_author(schema) == "Craig Randall"


def test_marked_author_keeps_a_with_coauthor() -> None:
    page = _tree("<h1>Run a Marathon</h1><span class='author'> By Dieter Hogen with Uta "
                 "Pippig</span>")
    assert marked_author(page) == "Dieter Hogen with Uta Pippig"


def test_marked_author_counter_examples() -> None:
    # A bio paragraph is not a name.
    bio = _tree("<div class='author-info'>Jane Doe writes about cities and transport for the "
                "paper, and lives in Leeds with her two cats.</div>")
    assert marked_author(bio) is None
    # A commenter, a sidebar widget of the blog's owner and the avatar are not the byline.
    comment = _tree("<div id='comments'><span class='comment-author'>Joe Bloggs</span></div>")
    assert marked_author(comment) is None
    sidebar = _tree("<div class='sidebar'><h4 class='widget-author'>Brett Larkin</h4></div>")
    assert marked_author(sidebar) is None
    avatar = _tree("<span class='author-avatar'>Jane Doe</span>")
    assert marked_author(avatar) is None


def test_marked_author_inside_the_article_despite_an_unclosed_aside() -> None:
    page = _tree("<aside class='banner'><main><article><h1>Lessons</h1><span class='post-"
                 "author'>Tim Enwall</span></article></main></aside>")
    assert marked_author(page) == "Tim Enwall"


def test_marked_author_siblings_are_co_authors() -> None:
    page = _tree("<div class='post-byline'><span>Published on December 2nd, 2025 by <a class="
                 "'author url fn' href='/author/cz'>Chen Zhao</a> and <a class='author url fn' "
                 "href='/author/df'>Daryl Fairweather</a></span></div>")
    assert marked_author(page) == "Chen Zhao; Daryl Fairweather"


def test_marked_author_is_not_a_job_title_an_embed_or_a_login_link() -> None:
    role = _tree("<div class='author-card'><p class='author_role'>Veterinarian</p><p>Dr. Anna"
                 " Berg is a 2017 graduate of the University of Florida.</p></div>")
    assert marked_author(role) is None
    bookmark = _tree("<figure class='kg-bookmark-card'><a href='https://other.example/'><span "
                     "class='kg-bookmark-author'>Transfer Orbit</span></a></figure>")
    assert marked_author(bookmark) is None
    login = _tree("<ul class='header links'><li class='authorization-link'>Sign In</li></ul>")
    assert marked_author(login) is None


# --------------------------------------------------------------------------- author's note


def test_written_by_note_in_the_text() -> None:
    page = _tree("<div class='content'>" + ARTICLE_P + "<p><em>This post was written by <a "
                 "href='/find-a-provider/vm'>Vanessa Mendez</a>, MD, gastroenterologist, Parkview"
                 " Health.</em></p></div>")
    assert written_by_note(page) == "Vanessa Mendez, MD"
    two = _tree("<p>This article was written by Jane Doe and John Smith for the council.</p>")
    assert written_by_note(two) == "Jane Doe; John Smith"


def test_written_by_note_counter_examples() -> None:
    # A reviewer or editor did not write it; 'by hand' is no name; a comment is about
    # another text.
    assert written_by_note(_tree("<p>This article was reviewed by Dr Jane Doe.</p>")) is None
    assert written_by_note(_tree("<p>This article was edited by Jane Doe.</p>")) is None
    assert written_by_note(_tree("<p>The story was written by hand in 1920.</p>")) is None
    comment = _tree("<div class='comment-body'><p>The article was written by Joe Bloggs, who "
                    "knows nothing.</p></div>")
    assert written_by_note(comment) is None


# --------------------------------------------------------------------------- choose_author

HEAD_AUTHOR = "<meta name='author' content='{}'>"


def test_choose_author_visible_name_refines_the_declared_one() -> None:
    page = _tree("<h1>Smart Home Hubs</h1><div class='authors'><p class='author__name'>Harry "
                 "Rabinowitz</p><p class='jobTitle'>Tech Reporter</p></div>" + ARTICLE_P)
    assert choose_author(page, "", "Harry Rabinowitz Tech Reporter") == "Harry Rabinowitz"
    coauthor = _tree("<h1>Marathon</h1><span class='author'>Dieter Hogen with Uta Pippig</span>")
    assert choose_author(coauthor, "", "Dieter Hogen") == "Dieter Hogen with Uta Pippig"


def test_choose_author_declared_person_beats_a_visible_corporate_account() -> None:
    # Counter-example: the head declares a person; the page shows the company account.
    page = _tree("<h1>Tax software</h1><p class='article-hero__author'>Thomson Reuters Tax</p>"
                 + ARTICLE_P, HEAD_AUTHOR.format("Abby Colson"))
    assert choose_author(page, "", "Abby Colson") == "Abby Colson"


def test_choose_author_body_read_author_gives_way_to_the_marked_byline() -> None:
    # trafilatura read a commenter's name from the body; the page's own author block
    # names someone else, and the head declares nobody.
    page = _tree("<article><h1>Strategy Games</h1><p class='wp-block-post-author__name'><a "
                 "href='/author/sn/'>Sir Nuno</a></p>" + ARTICLE_P + "</article><div "
                 "class='comments'><div class='wp-block-comment-author-name'>fullysecret</div>"
                 "</div>")
    assert choose_author(page, "", "Fullysecret") == "Sir Nuno"
    # Counter-example: the same page declaring its author in the head keeps it.
    declared = _tree("<article><h1>Strategy Games</h1><p class='post-author'>Sir Nuno</p>"
                     + ARTICLE_P + "</article>", HEAD_AUTHOR.format("Nuno Silva"))
    assert choose_author(declared, "", "Nuno Silva") == "Nuno Silva"


# --------------------------------------------------------------------------- author bio box

BIO = ("<section class='callout'><h3>Alban Brooke</h3><p>Alban Brooke is the Head of Marketing"
       " at Buzzsprout. He has recorded over 500 podcast episodes.</p></section>")


def test_author_bio_box_names_the_writer() -> None:
    assert author_bio(_tree("<h1>Podcast Gear</h1>" + ARTICLE_P * 5 + BIO)) == "Alban Brooke"
    bold = _tree("<div class='author-meta'><p><strong>David Gracey:</strong> Since its founding "
                 "in 1998, David has grown Network 1. His responsibilities include strategy.</p>"
                 "</div>")
    assert author_bio(bold) == "David Gracey"


def test_author_bio_counter_examples() -> None:
    # A heading over a definition is no bio; nor are bios of several people.
    assert author_bio(_tree("<h3>Python</h3><p>Python is a programming language with "
                            "clear syntax.</p>")) is None
    assert author_bio(_tree("<h2>TaxAct</h2><p>TaxAct is software to prepare taxes, good for "
                            "those who want to file their taxes themselves.</p>")) is None
    people = ("<h3>Jane Doe</h3><p>Jane Doe is the founder of Acme. She builds robots.</p>"
              "<h3>John Roe</h3><p>John Roe is the founder of Bolt. He sells bikes.</p>")
    assert author_bio(_tree(people)) is None
    comment = _tree("<div class='comments'>" + BIO + "</div>")
    assert author_bio(comment) is None


def test_choose_author_team_or_publisher_gives_way_to_the_bio() -> None:
    page = _tree("<h1>Podcast Gear</h1>" + ARTICLE_P * 5 + BIO)
    assert choose_author(page, "", "Buzzsprout", "Buzzsprout") == "Alban Brooke"
    assert choose_author(page, "", "Buzzsprout Team") == "Alban Brooke"
    # Counter-example: a person the page declares keeps the byline.
    assert choose_author(page, "", "Jane Doe", "Buzzsprout") == "Jane Doe"


def test_team_byline_gives_way_to_a_written_by_person() -> None:
    page = _tree("<h1>Query Optimization</h1><p>By Team Orbit Data</p>" + ARTICLE_P * 5
                 + "<p>Written by <a href='https://x.example/pg'>Paulo Moretti</a></p>")
    assert byline_after_headline(page) == "Paulo Moretti"
    # Counter-example: a person's byline is not second-guessed by a later 'Written by'.
    person = _tree("<h1>Query Optimization</h1><p>By Jane Doe</p>" + ARTICLE_P * 5
                   + "<p>Written by <a href='https://x.example/pg'>Paulo Moretti</a></p>")
    assert byline_after_headline(person) == "Jane Doe"


def test_marked_author_name_element_may_hold_a_handle() -> None:
    box = _tree("<div class='elementor-author-box'><div class='elementor-author-box__text'><h4 "
                "class='elementor-author-box__name'> crazy lennys </h4></div></div>")
    assert marked_author(box) == "crazy lennys"
    # Counter-examples: a lower-case text in an element only inside the author block,
    # or a date in the name element, is no name.
    block = _tree("<div class='post-author'>posted in gadgets</div>")
    assert marked_author(block) is None
    dated = _tree("<span class='author-name'>updated 3 days ago</span>")
    assert marked_author(dated) is None


def test_byline_name_may_start_with_a_digit() -> None:
    page = _tree("<h1>Portable Power</h1><div><p><time>Feb 6, 2025</time></p><p>By 4c Partners</p>"
                 "</div>" + ARTICLE_P)
    assert byline_after_headline(page) == "4c Partners"
    # Counter-examples: a time or an ordinal is no name.
    assert byline_after_headline(_tree("<h1>Lanes</h1><p>By 10am Monday</p>" + ARTICLE_P)) is None
    assert byline_after_headline(_tree("<h1>Lanes</h1><p>By 3rd Street</p>" + ARTICLE_P)) is None


def test_choose_author_body_read_guess_must_look_like_a_name() -> None:
    page = _tree("<h1>Tax services</h1><ul><li><a class='tag' href='/tag/pf'>Personal finance</a>"
                 "</li></ul>" + ARTICLE_P)
    assert choose_author(page, "", "Personal finance January") is None
    assert choose_author(page, "", "Licensed Q Arabica Grader") is None
    # Counter-example: a column's name is a byline too.
    assert choose_author(page, "", "Ask the Doctors") == "Ask the Doctors"
    # Counter-example: the same words declared in the head are the page's own claim.
    declared = _tree("<h1>Tax services</h1>" + ARTICLE_P, HEAD_AUTHOR.format("bob smith"))
    assert choose_author(declared, "", "bob smith") == "bob smith"


def test_name_after_an_avatar_under_the_headline() -> None:
    page = _tree("<header><h1>PM Software Pricing</h1><p>Dec 26, 2025 <span>&bull;</span> <img "
                 "src='https://2.gravatar.com/avatar/e5f6?s=96' class='avatar avatar-xs'/> Mahua "
                 "Das in <a href='blog/pm'>Project Management</a></p></header>" + ARTICLE_P)
    assert byline_after_headline(page) == "Mahua Das"
    # Counter-examples: a picture that is no avatar; an avatar beside a non-name.
    photo = _tree("<h1>PM Software</h1><p><img src='/img/team.jpg'> Project Managers at work"
                  "</p>" + ARTICLE_P)
    assert byline_after_headline(photo) is None
    login = _tree("<h1>PM Software</h1><p><img class='avatar' src='/a.png'> sign in to comment"
                  "</p>" + ARTICLE_P)
    assert byline_after_headline(login) is None


def test_credentialed_names_under_the_headline() -> None:
    page = _tree("<h1>Training Basics</h1><div class='subtitle'> Ellen Lindell, VMD, DACVB; "
                 "Monique Feyrecilde, BA, LVT, VTS (Behavior); Debra Horwitz, DVM, DACVB &amp; "
                 "Gary Landsberg, DVM, DACVB </div>" + ARTICLE_P)
    assert byline_after_headline(page) == ("Ellen Lindell, VMD, DACVB; Monique Feyrecilde, BA, "
                                           "LVT, VTS; Debra Horwitz, DVM, DACVB; Gary "
                                           "Landsberg, DVM, DACVB")
    # Counter-examples: names without credentials, a list of acronyms in a sentence.
    tags = _tree("<h1>Training Basics</h1><p>Puppies, Dogs, Training</p>" + ARTICLE_P)
    assert byline_after_headline(tags) is None
    acr = _tree("<h1>Training Basics</h1><p>Ask your Vet Team, AKC, UKC and FCI</p>" + ARTICLE_P)
    assert byline_after_headline(acr) is None
    menu = _tree("<h1>Training Basics</h1><p>E-Commerce, SEO</p>" + ARTICLE_P)
    assert byline_after_headline(menu) is None
    reviewer = _tree("<h1>Training Basics</h1><ul><li><span>Reviewed by </span><a href='/a/tg'>"
                     "Toni Golen, MD</a>, Editor in Chief</li></ul>" + ARTICLE_P)
    assert byline_after_headline(reviewer) is None


def test_marked_author_labels_in_other_languages_and_forum_posts() -> None:
    blog = _tree("<div class='post-footer'><span class='post-author'>Eingestellt von der Michel"
                 "</span></div>")
    assert marked_author(blog) == "der Michel"
    # Counter-examples: the 'Autor:' label is no name; when the first post's author
    # slot is unreadable, a later post's ('Gesponserte Inhalte') is not taken.
    label = _tree("<h2 class='author-title'><span class='author-heading'>Autor:</span></h2>")
    assert marked_author(label) is None
    forum = _tree("<div class='post'><p class='author'>von lupa am 26/10/13, 03:48 pm</p></div>"
                  "<div class='post'><p class='author'>von Gesponserte Inhalte</p></div>")
    assert marked_author(forum) is None


def test_choose_author_job_title_glued_to_the_visible_name_refines_nothing() -> None:
    page = _tree("<h1>Schmerzen</h1><div class='author'>Christoph Hein Chefredakteur</div>"
                 + ARTICLE_P, HEAD_AUTHOR.format("Christoph Hein"))
    assert choose_author(page, "", "Christoph Hein") == "Christoph Hein"


def test_credentialed_list_of_authors_in_one_line() -> None:
    page = _tree("<h1>Influenza Vaccination</h1><ul class='loa'><li><a href='#'><span>Michael L."
                 " Anderson, PhD</span>, </a></li><li><a href='#'><span>Carlos Dobkin, PhD</span>"
                 ", </a></li><li><a href='#'><span>Devon Gorry, PhD</span></a></li></ul>"
                 + ARTICLE_P)
    assert clean_authors(byline_after_headline(page)) == (
        "Michael L. Anderson, PhD, Carlos Dobkin, PhD and Devon Gorry, PhD")
