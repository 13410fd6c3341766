"""Chrome after and inside the article that a listener must not hear (issue 11, item 4):
social plugs, 'if you liked this post', affiliate disclosures, 'Pin it', template
slots, contents lists, the page top read twice, footnote markers, credits. Each rule
with counter-examples: real sentences of the same shape that must stay."""

from __future__ import annotations

import pytest
from lxml import html as lxml_html

from narrate.cleaning import (
    Context,
    affiliate_disclosure,
    caption_or_credit,
    clean_blocks,
    contents_list,
    drop_footnote_markers,
    drop_hover_cards,
    filed_under,
    labelled_headlines,
    liked_this_post,
    page_top_repeated,
    pin_it,
    read_social_post,
    related_teaser,
    rewrite_social_embeds,
    social_plug,
    strip_placeholders,
    template_placeholder,
)
from narrate.extract import extract_article, trailing_link_lines
from narrate.models import Block

CTX = Context(title="How the river ferry came back", author="Ines Marlow", site="Harbour Notes")
LONG = ("The ferry crossed the river forty times a day until the bridge opened in 1962, and "
        "for sixty years the landing stages rotted quietly under the willows.")


def p(text: str) -> Block:
    return Block("paragraph", text)


def h(text: str) -> Block:
    return Block("heading", text)


@pytest.mark.parametrize(("rule", "chrome", "body"), [
    (social_plug, "Follow him on Twitter at @ferrynotes.",
     "Thousands of passengers follow her on Instagram, where she posts the timetable."),
    (social_plug, "Follow us on Facebook and Instagram",
     "Follow the river on foot and you reach the old landing stage in an hour."),
    (social_plug, "You can find Ines Marlow on LinkedIn.",
     "You can find the ferry on the north bank every morning at seven."),
    (liked_this_post, "If you liked this post, please share it with a friend.",
     "If you liked the first crossing, the evening one is even quieter."),
    (liked_this_post, "Enjoyed this article? There is more in the archive.",
     "Enjoyed by generations of schoolchildren, the crossing took six minutes."),
    (affiliate_disclosure, "This post contains affiliate links, which means I may earn a small "
     "commission at no extra cost to you.",
     "The regulator now requires travel blogs to disclose affiliate links in every post."),
    (affiliate_disclosure, "As an Amazon Associate I earn from qualifying purchases.",
     "As an amateur historian, I earn nothing from the ferry society."),
    (affiliate_disclosure, "Disclosure: some links in this guide are affiliate links.",
     "Disclaimer: please do not swim across the river next to the ferry, however warm."),
    (affiliate_disclosure, "Disclaimer: we may earn a commission when you book through us.",
     "Disclosure: this article was written by a person, with a light edit by a friend."),
    (affiliate_disclosure, "If you buy something through this post, Harbour Notes may get a "
     "share of the sale.",
     "If you buy something from the ferry kiosk, the cashier will give you a paper ticket."),
    (affiliate_disclosure, "If you click on one of our links and buy, we may earn a commission.",
     "If you click on the map, the old crossings appear in red."),
    (related_teaser, "SEE MORE: Ferry strike ends after three days",
     "See more of the river by taking the slower evening crossing."),
    (labelled_headlines, "Ferry strike ends after three days [VIDEO]| Bridge tolls to rise "
     "in spring [INSIGHT] Night crossing cut from timetable [REVEAL]",
     "The ferryman wrote [sic] on the old ticket, and the council [RIVER BOARD] kept it."),
    (labelled_headlines, "Harbour Office cuts the night crossings [PICS] Ferry fares frozen "
     "until 2027 [LATEST]",
     "The sign read [CLOSED] for a week [sic] before the crossing reopened in May."),
    (filed_under, "Filed under: Ferries | River history",
     "Filed under the wrong name for decades, the ferry's licence was found in 2019."),
    (filed_under, "Tags: ferry, river, bridge",
     "Tags on the old tickets show the fare was two pennies in 1920."),
    (filed_under, "Kategorie: Reisen",
     "Categories of passengers were introduced in 1931: foot, bicycle and cart."),
    (liked_this_post, "If you enjoyed this article, we have a proposition for you: join the "
     "Harbour Club. Members get every story and the monthly magazine, no paywalls or meters, "
     "fewer ads, and the chance to talk with our writers and editors on calls and in groups. "
     "Members also keep this small paper going. Consider it?",
     "If you enjoyed the crossing as a child, you will remember the bell, the smell of diesel "
     "and the ferryman's dog, a black mongrel who rode every crossing for eleven years and "
     "became, in the town's memory, more famous than any mayor; the museum has his collar, "
     "and the members of the ferry society still toast him every year at their dinner."),
    (pin_it, "Pin it for later!", "Pin the map to the wall before you leave, the guide said."),
    (template_placeholder, "[CTA_MODULE]", "The ferryman wrote [sic] on the old ticket."),
    (caption_or_credit, "Main image credit: Ana Roe",
     "The main image of the exhibition is a painting of the ferry by Ana Roe, lent by the "
     "town museum for the whole summer season."),
    (caption_or_credit, "Interior design by Ana Roe. Photo: Sam Poe",
     "The photo, taken by Sam Poe in 1972, shows the last crossing before the bridge."),
])
def test_rule_drops_chrome_and_keeps_body_text(rule, chrome: str, body: str) -> None:
    assert rule(p(chrome), 5, CTX), chrome
    assert not rule(p(body), 5, CTX), body


def test_placeholders_inside_a_sentence_are_cut() -> None:
    assert strip_placeholders("The ferry runs hourly. [CTA_MODULE] It costs two euros.") == (
        "The ferry runs hourly. It costs two euros.")
    assert strip_placeholders("Tickets {{ price_box }} are sold on board.") == (
        "Tickets are sold on board.")
    assert strip_placeholders("A [sic] and [Reuters] stay.") == "A [sic] and [Reuters] stay."


def test_contents_list_of_later_headings_is_dropped() -> None:
    blocks = [p(LONG), p("Contents:"), p("1. The old ferry; 2. The bridge; 3. The comeback."),
              h("The old ferry"), p(LONG + " One."), h("The bridge"), p(LONG + " Two."),
              h("The comeback"), p(LONG + " Three.")]
    assert contents_list(blocks) == {1, 2}
    kept, dropped = clean_blocks(blocks, CTX)
    assert ("contents-list", "Contents:") in dropped
    assert [b.text for b in kept][:2] == [LONG, "The old ferry"]


def test_a_list_after_a_contents_label_that_is_not_the_headings_stays() -> None:
    blocks = [p(LONG), p("Contents of the repair kit:"), p("A spanner; two bolts; a rag."),
              h("Repairs"), p(LONG)]
    assert contents_list(blocks) == set()
    assert contents_list([p(LONG), p("Contents"), p(LONG)]) == set()


def test_the_page_top_read_again_after_the_conclusion_is_dropped() -> None:
    intro = "A short history of a crossing that refused to die, told by the people who ran it."
    blocks = [p(intro), h("The old ferry"), p(LONG), h("The comeback"), p(LONG + " Again."),
              p("How the river ferry came back"), p(intro), h("The old ferry"),
              h("The comeback")]
    assert page_top_repeated(blocks, CTX.title) == {5, 6, 7, 8}
    kept, _ = clean_blocks(blocks, CTX)
    assert [b.text for b in kept] == [intro, "The old ferry", LONG, "The comeback",
                                      LONG + " Again."]


def test_repeated_lines_that_do_not_bring_back_the_top_stay() -> None:
    # The same shopping line under 'Day 1' and 'Day 2' repeats, but not the page top.
    blocks = [p(LONG), h("Day 1"), p("1 cup oats"), p("1 banana"), h("Day 2"), p("1 cup oats"),
              p("1 banana")]
    assert page_top_repeated(blocks, CTX.title) == set()
    # A single repeated intro line without any heading is not the page top either.
    assert page_top_repeated([p(LONG), p("Short line."), p(LONG), p("Short line.")], "") == set()


def _tree(body: str) -> lxml_html.HtmlElement:
    return lxml_html.document_fromstring(f"<html><body>{body}</body></html>")


def test_footnote_markers_are_dropped_and_plain_superscripts_stay() -> None:
    tree = _tree('<p>They crossed daily<sup><a href="#fn2">2</a></sup>. The deck was 40 '
                 'm<sup>2</sup>.</p><p>So said the log<sup class="reference">[3]</sup> and the '
                 'diary<a href="#cite-4">[4]</a>; see <a href="#fn5" class="footnote-ref">'
                 '<sup>5</sup></a>the notes.</p><p><a href="#top">A</a> to Z.</p>')
    assert drop_footnote_markers(tree) == 4
    text = tree.text_content()
    assert "They crossed daily. The deck was 40 m2." in text
    assert "So said the log and the diary; see the notes." in text
    assert "A to Z." in text


def test_trailing_link_lines_after_the_last_paragraph_are_dropped() -> None:
    links = {"the bridge that changed the town", "ten rivers to cross by boat",
             "more from harbour notes"}
    body = [p(LONG), p(LONG + " Then it came back."), h("More from Harbour Notes"),
            p("The bridge that changed the town"), p("Ten rivers to cross by boat")]
    assert trailing_link_lines(body, links) == body[:2]
    # A link line in the middle stays; so does a last paragraph with a link inside it.
    middle = [p(LONG), p("The bridge that changed the town"), p(LONG + " Then it came back.")]
    assert trailing_link_lines(middle, links) == middle
    last = [p(LONG), p("Read our piece on the bridge that changed the town for more.")]
    assert trailing_link_lines(last, links) == last


def test_a_page_keeps_its_body_across_an_insert_and_drops_the_plugs() -> None:
    paras = [f"Paragraph {i} of the ferry story says something new about the crossing, the "
             f"boat and the people who kept it running through the hard winters." for i in range(8)]
    page = ("<html><head><title>How the river ferry came back</title></head><body><article>"
            "<h1>How the river ferry came back</h1><p>By Ines Marlow</p>"
            + "".join(f"<p>{t}</p>" for t in paras[:4])
            + "<div class='newsletter-signup'><p>Sign up for our weekly river newsletter!</p>"
              "<form><input></form></div><p>[CTA_MODULE]</p>"
            + "".join(f"<p>{t}</p>" for t in paras[4:])
            + "<p>If you liked this post, please share it.</p><p>Follow her on Twitter at "
              "@imarlow.</p><p>Pin it for later!</p></article></body></html>")
    art = extract_article(page)
    assert list(art.paragraphs) == paras


@pytest.mark.parametrize("text", [
    "Video: 8K/24p with no crop",                                      # a spec line
    "Cloud-based legal research software from Thomson Reuters",  # a sentence
])
def test_lines_that_only_mention_video_or_an_agency_are_not_credits(text: str) -> None:
    assert not caption_or_credit(p(text), 5, CTX)


def test_footnote_numbers_are_not_read_and_the_footnote_text_is_not_glued_on() -> None:
    paras = [f"The ferry ran {w} from the north bank to the market steps, and the fare stayed "
             f"the same for thirty years, which the town council was proud of." for w in
             ("daily", "hourly", "weekly", "nightly")]
    body = "".join(f"<p>{t[:14]}<sup><a href='#fn{i}' id='r{i}'>{i}</a></sup>{t[14:]}</p>"
                   for i, t in enumerate(paras, 1))
    page = ("<html><head><title>The fare that never changed</title></head><body><article>"
            f"<h1>The fare that never changed</h1>{body}</article></body></html>")
    art = extract_article(page)
    assert list(art.paragraphs) == paras
    assert not any("daily1" in p or "daily 1" in p for p in art.paragraphs)


# --------------------------------------------------------------------------- social embeds
TWEET = """<blockquote class="twitter-tweet"><p lang="en" dir="ltr">The ferry runs again
from Monday, forty crossings a day <a href="https://t.co/AbC123">https://t.co/AbC123</a>
<a href="https://twitter.com/x/status/1/photo/1">pic.twitter.com/Zx9Qw</a></p>&mdash; Harbour
Office (@harbouroffice) <a href="https://twitter.com/x/status/1">March 3, 2024</a></blockquote>"""
TWEET_SPLIT = """<blockquote class="twitter-tweet"><p>The ferry runs again from Monday.</p>
<p>Tickets at the landing stage.</p><p>&mdash; Harbour Office (@harbouroffice)
<a href="https://twitter.com/x/status/1">March 3, 2024</a></p></blockquote>"""
INSTA_CAPTION = """<blockquote class="instagram-media" data-instgrm-permalink="https://www.instagram.com/p/Q1/">
<div><a href="https://www.instagram.com/p/Q1/"><div>View this post on Instagram</div></a>
<p><a href="https://www.instagram.com/p/Q1/">First crossing at dawn, the willows still dark</a></p>
<p>A post shared by <a href="https://www.instagram.com/riverlena/">Lena Ufer</a>
(@riverlena) on <time datetime="2024-03-03T06:00:00+00:00">Mar 3, 2024 at 6:00am PST</time></p>
</div></blockquote>"""
INSTA_BARE = """<blockquote class="instagram-media"><div><a href="https://www.instagram.com/p/Q2/">
<div>Sieh dir diesen Beitrag auf Instagram an</div></a><p><a href="https://www.instagram.com/p/Q2/">
Ein Beitrag geteilt von Lena Ufer (@riverlena)</a></p></div></blockquote>"""
TIKTOK = """<blockquote class="tiktok-embed" cite="https://www.tiktok.com/@riverlena/video/9">
<section><a title="@riverlena" href="https://www.tiktok.com/@riverlena">@riverlena</a>
The last ferry of the night <a title="river" href="https://www.tiktok.com/tag/river">#river</a>
<a title="♬ original sound" href="https://www.tiktok.com/music/x">♬ original sound - Lena Ufer</a>
</section></blockquote>"""
FB = """<div class="fb-post" data-href="https://www.facebook.com/harbour/posts/1">
<blockquote cite="https://www.facebook.com/harbour/posts/1" class="fb-xfbml-parse-ignore">
<p>We are back on the water from Monday.</p>Posted by <a href="https://www.facebook.com/harbour">
Harbour Office</a> on <a href="https://www.facebook.com/harbour/posts/1">Sunday, March 3, 2024</a>
</blockquote></div>"""


@pytest.mark.parametrize(("embed", "network", "name", "text"), [
    (TWEET, "twitter-tweet", "Harbour Office",
     "The ferry runs again from Monday, forty crossings a day"),
    (TWEET_SPLIT, "twitter-tweet", "Harbour Office",
     "The ferry runs again from Monday. Tickets at the landing stage."),
    (INSTA_CAPTION, "instagram-media", "Lena Ufer",
     "First crossing at dawn, the willows still dark"),
    (INSTA_BARE, "instagram-media", "Lena Ufer", ""),
    (TIKTOK, "tiktok-embed", "riverlena", "The last ferry of the night #river"),
    (FB, "fb-post", "Harbour Office", "We are back on the water from Monday."),
])
def test_social_embed_is_read_without_its_chrome(embed: str, network: str, name: str,
                                                 text: str) -> None:
    el = lxml_html.fragment_fromstring(embed)
    post = read_social_post(el, network)
    assert (post.name, post.text) == (name, text)


CHROME = ("View this post", "post shared by", "Beitrag", "pic.twitter", "t.co", "(@", "@harbour",
          "March 3", "Mar 3", "♬", "Posted by", "original sound")


@pytest.mark.parametrize("embed", [TWEET, TWEET_SPLIT, INSTA_CAPTION, INSTA_BARE, TIKTOK, FB])
def test_embed_chrome_is_never_left_in_the_page(embed: str) -> None:
    tree = lxml_html.document_fromstring(f"<html><body><article><p>{LONG}</p>{embed}"
                                         f"<p>After.</p></article></body></html>")
    assert rewrite_social_embeds(tree) == 1
    text = tree.text_content()
    assert not [c for c in CHROME if c in text], text
    assert LONG in text and "After." in text


def test_embedded_post_stays_as_a_quotation_in_the_article() -> None:
    paras = "".join(f"<p>{LONG} Paragraph {i} of the ferry story goes on at length.</p>"
                    for i in range(6))
    page = (f"<html><head><title>How the river ferry came back</title></head><body><article>"
            f"<h1>How the river ferry came back</h1>{paras[:len(paras) // 2]}{TWEET}"
            f"{paras[len(paras) // 2:]}</article></body></html>")
    art = extract_article(page.encode())
    texts = [b.text for b in art.blocks]
    intro = "Harbour Office: “The ferry runs again from Monday"
    assert any(t.startswith(intro) for t in texts), texts
    assert not any("pic.twitter" in t or "@harbouroffice" in t for t in texts)


def test_blockquotes_that_are_not_embeds_are_left_alone() -> None:
    quote = ("<blockquote class='pull-quote'><p>— Lena Ufer (@riverlena) said the ferry "
             "would run.</p></blockquote>")
    tree = lxml_html.document_fromstring(f"<html><body><p>{LONG}</p>{quote}</body></html>")
    assert rewrite_social_embeds(tree) == 0
    assert "(@riverlena)" in tree.text_content()


def test_a_hover_card_after_a_name_in_a_sentence_is_removed() -> None:
    page = lxml_html.document_fromstring(
        "<html><body><p>The ferry was saved by <span><a href='/people/ines-marlow'>Ines "
        "Marlow</a><span class='card'><img src='m.jpg'><a href='/people/ines-marlow'>Ines "
        "Marlow</a><a href='/s/1'>Bridge tolls to rise in spring</a> <a href='/s/2'>Night "
        "crossing cut from timetable</a></span></span> and two friends.</p></body></html>")
    assert drop_hover_cards(page) == 1
    assert page.findtext(".//p") is not None
    assert page.find(".//p").text_content() == (
        "The ferry was saved by Ines Marlow and two friends.")


def test_links_after_a_link_that_do_not_repeat_it_stay() -> None:
    html = ("<html><body><p>See <a href='/report'>the report</a> <span>and the minutes "
            "(<a href='/m/1'>March</a>, <a href='/m/2'>April</a>)</span>.</p>"
            "<div><a href='/a'>Menu</a><div><a href='/a'>Home</a><a href='/b'>News</a></div>"
            "</div></body></html>")
    page = lxml_html.document_fromstring(html)
    assert drop_hover_cards(page) == 0
    assert "April" in page.find(".//p").text_content()



def test_the_wordpress_more_marker_does_not_cost_its_paragraph() -> None:
    import narrate.extract as ex
    from narrate.cleaning import strip_chrome

    paras = [LONG + f" Part {i}." for i in range(6)]
    paras[2] = ('<span id="more-5662"></span>The ferry came back because the town asked '
                'for it, twice, in two referendums ten years apart.')
    page = ex._parse("<html><body><article><h1>How the river ferry came back</h1>"
                     + "".join(f"<p>{x}</p>" for x in paras) + "</article></body></html>")
    strip_chrome(page)
    assert not page.xpath("//span[@id='more-5662']")
    # trafilatura's precision pass, which lost the paragraph with the marker in it
    doc = ex._trafilatura(page, None, with_metadata=False, favor_precision=True, fast=True)
    text = " ".join(b.text for b in ex._doc_blocks(doc))
    assert "in two referendums ten years apart" in text
    # Counter-example: a span with text and a 'more-' id is text, and stays.
    tree = lxml_html.document_fromstring(
        "<html><body><p><span id='more-info'>Tickets cost two euros.</span></p></body></html>")
    strip_chrome(tree)
    assert tree.xpath("//span[@id='more-info']")
