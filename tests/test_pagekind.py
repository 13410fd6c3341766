"""Pages that are not articles are refused (exit 5); partial articles are narrated and say so.

The pages in ``tests/pages/kinds/`` were written for this project in the shapes
real sites serve (WordPress, Drupal, Ghost and React templates, consent
platforms' markup): non-article pages of every class the issue names, beside
real articles that must still pass, including the hard ones (a three-paragraph
brief, a list of short items, a Q&A, a live blog, steps, many inline links, a
big related-stories grid, articles *about* 404 pages, cookies and subscribing).
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest
from lxml import html as lxml_html
from mutagen.id3 import ID3

import narrate.extract as extract
from narrate import EditionOptions, load_article, load_profile, make_script
from narrate.batch import run_batch
from narrate.errors import EXIT_NO_ARTICLE, NoArticleError, PartialArticleError
from narrate.models import Article, Block, Partial
from narrate.pagekind import (
    _NOT_FOUND,
    _SIGN_IN,
    _SUBSCRIBE,
    SMALL_PROSE,
    LinkText,
    PageSignals,
    _heading_match,
    body_cut,
    classify,
    commented_link_roundup,
    find_partial,
    is_commented_link,
    is_prose,
    measure,
    partial_notice,
    short_post_before_teasers,
    teaser_cards,
    trailing_teasers,
)
from narrate.script import build_script

from .conftest import ROOT

KINDS = ROOT / "tests" / "pages" / "kinds"

#: every page in tests/pages/kinds: the kind it must be refused as, or
#: ("article", partial kind or None)
EXPECTED: dict[str, tuple[str, str | None]] = {
    # navigation or link-list pages, and pages whose text is mostly link text
    "nav-forty-sections.html": ("navigation", None),
    "nav-sitemap-az.html": ("navigation", None),
    "nav-sections-menu.html": ("navigation", None),
    "links-morning-roundup.html": ("navigation", None),
    "links-resources-directory.html": ("navigation", None),
    # section fronts and tag pages of teaser cards
    "front-wordpress-category.html": ("section-front", None),
    "front-news-section.html": ("section-front", None),
    "front-drupal-tag.html": ("section-front", None),
    # search results
    "search-wordpress.html": ("search-results", None),
    "search-news-results.html": ("search-results", None),
    # soft 404s served with status 200
    "notfound-wordpress.html": ("not-found", None),
    "notfound-news-most-read.html": ("not-found", None),
    "notfound-removed-story.html": ("not-found", None),
    # cookie-consent walls
    "consent-onetrust.html": ("consent-wall", None),
    "consent-cookiebot.html": ("consent-wall", None),
    "consent-tcf-quantcast.html": ("consent-wall", None),
    "consent-before-you-continue.html": ("consent-wall", None),
    # sign-in and subscribe pages
    "signin-login.html": ("sign-in", None),
    "signin-register.html": ("sign-in", None),
    "subscribe-plans.html": ("subscribe", None),
    "subscribe-membership-pitch.html": ("subscribe", None),
    # real articles
    "article-news-brief.html": ("article", None),
    "article-listicle-short-items.html": ("article", None),
    "article-qa-interview.html": ("article", None),
    "article-live-blog.html": ("article", None),
    "article-howto-steps.html": ("article", None),
    "article-inline-links.html": ("article", None),
    "article-related-footer.html": ("article", None),
    "article-long-newsletter-box.html": ("article", None),
    "article-free-mentions-subscribe.html": ("article", None),
    "article-accessible-for-free.html": ("article", None),
    "article-about-page-not-found.html": ("article", None),
    "article-about-cookie-banners.html": ("article", None),
    "article-with-login-modal.html": ("article", None),
    "article-links-roundup-commentary.html": ("article", None),
    "article-short-post-related-cards.html": ("article", None),
    "article-paywall-schema.html": ("article", "paywall"),
    "article-paywall-leaky.html": ("article", "paywall"),
    "article-truncated-subscribe.html": ("article", "truncated"),
}

#: words the one-line reason must hold, per kind
REASON = {
    "navigation": "link text",
    "section-front": "teaser links",
    "search-results": "search results",
    "not-found": "page not found",
    "consent-wall": "cookie-consent wall",
    "sign-in": "sign-in page",
    "subscribe": "subscription offer",
}


def test_the_table_covers_every_page_and_every_class():
    assert sorted(p.name for p in KINDS.glob("*.html")) == sorted(EXPECTED)
    kinds = Counter(kind for kind, _ in EXPECTED.values())
    assert kinds["article"] >= 10 and sum(kinds.values()) - kinds["article"] >= 15
    assert all(kinds[k] >= 2 for k in REASON)


def _review_inputs(page: Path) -> tuple[lxml_html.HtmlElement, list[Block]]:
    """The page tree and cleaned body that extract_article hands to review_page."""
    seen = {}

    def spy(tree, blocks, *, source="", cards=None):
        seen.update(tree=tree, blocks=list(blocks))
        return None

    original = extract.review_page
    extract.review_page = spy
    try:
        extract.extract_article(page.read_bytes(), source=page.name)
    except NoArticleError:
        pass
    finally:
        extract.review_page = original
    return seen["tree"], seen["blocks"]


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_page_kind(name: str) -> None:
    kind, partial = EXPECTED[name]
    page = KINDS / name
    if kind == "article":
        article = load_article(str(page))
        assert article.paragraphs
        assert (article.partial.kind if article.partial else None) == partial
        return
    with pytest.raises(NoArticleError) as refused:
        load_article(str(page))
    message = str(refused.value)
    assert refused.value.exit_code == EXIT_NO_ARTICLE
    assert "\n" not in message and message.startswith(str(page))
    assert REASON[kind] in message.lower(), message
    assert "pass" in message or "check the url" in message.lower()  # says what to do
    tree, blocks = _review_inputs(page)
    assert classify(measure(tree, blocks)).kind == kind


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_no_page_with_enough_prose_of_its_own_is_refused(name: str) -> None:
    """review_page skips the page-level measures for a body with SMALL_PROSE words of
    its own prose; that is only right if no rule refuses such a page."""
    signals = measure(*_review_inputs(KINDS / name))
    for prose in (SMALL_PROSE, SMALL_PROSE * 3):
        more = PageSignals(**{**signals.__dict__, "prose_words": prose,
                              "body_words": signals.body_words + prose})
        assert classify(more).is_article


def test_the_issues_forty_link_page_is_not_narrated_as_section_names():
    with pytest.raises(NoArticleError, match="40 links"):
        load_article(str(KINDS / "nav-forty-sections.html"))


# --------------------------------------------------------------------------- signals


def test_link_text_is_judged_by_word_pairs_not_single_words():
    tags = LinkText(["japan", "walter", "shuji", "deutschland", "home", "about us"])
    assert tags.share("locations shuji japan walter deutschland film fuji") < 0.5
    menu = LinkText(["news", "uk", "world", "politics", "business", "sport"])
    assert menu.share("news uk world politics business sport") == 1.0


def test_a_list_articles_linked_lead_sentences_are_not_teaser_cards():
    items = "".join(
        f"<li><a href='/story-{i}'>The council approved plan number {i} on Tuesday</a>. "
        f"Officials said work on it would start in the spring.</li>" for i in range(6))
    tree = lxml_html.document_fromstring(f"<html><body><ol>{items}</ol></body></html>")
    assert teaser_cards(tree) == []
    cards = "".join(
        f"<li><h3><a href='/story-{i}'>The council approved plan number {i}</a></h3>"
        f"<p>Officials said work would start in the spring.</p></li>" for i in range(6))
    tree = lxml_html.document_fromstring(f"<html><body><ul>{cards}</ul></body></html>")
    assert len(teaser_cards(tree)) == 6


@pytest.mark.parametrize(("pattern", "heading", "names_the_page"), [
    (_NOT_FOUND, "404", True),
    (_NOT_FOUND, "Page not found", True),
    (_NOT_FOUND, "Oops! That page can’t be found.", True),
    (_NOT_FOUND, "Sorry, we couldn't find that page", True),
    (_NOT_FOUND, "Error 404: Mars probe lost in orbit", False),
    (_NOT_FOUND, "Sorry, Mr. President", False),
    (_NOT_FOUND, "Page not found: how broken links are costing small shops sales", False),
    (_SIGN_IN, "Sign in to your account", True),
    (_SIGN_IN, "Register", True),
    (_SIGN_IN, "Register to vote by Friday, council urges", False),
    (_SIGN_IN, "Sign in the stars: what astrologers say", False),
    (_SUBSCRIBE, "Become a member", True),
    (_SUBSCRIBE, "Subscribe or perish: how local papers survive", False),
])
def test_a_heading_names_the_page_only_when_it_is_short(pattern, heading, names_the_page):
    assert (_heading_match([heading], pattern) is not None) == names_the_page


def test_prose_is_sentences_not_labels():
    assert is_prose("The harbour authority said on Monday that the berth would open.")
    assert not is_prose("Cancel anytime. No commitment.")
    assert not is_prose("Results and fixtures Football Cricket Rugby union Sailing")


# --------------------------------------------------------------------------- partial articles

BODY = [Block("paragraph", "The council voted on Tuesday to approve the new harbour wall, after "
              "a debate that lasted most of the evening and ended close to midnight."),
        Block("paragraph", "Work is due to start in the spring and to take two years to finish.")]


def _page(head: str = "", after: str = "", body: list[Block] | None = None) -> str:
    paragraphs = "".join(f"<p>{b.text}</p>" for b in body or BODY)
    return (f"<html><head>{head}</head><body><article><h1>Harbour wall approved</h1>"
            f"<div class='story'>{paragraphs}</div>{after}</article></body></html>")


def _ld(obj: dict) -> str:
    return f"<script type='application/ld+json'>{json.dumps(obj)}</script>"


def _partial(page: str, body: list[Block] | None = None) -> Partial | None:
    return find_partial(lxml_html.document_fromstring(page), body or BODY)


def test_declared_paywall_with_the_locked_part_missing_is_partial():
    ld = _ld({"@type": "NewsArticle", "isAccessibleForFree": False,
              "hasPart": {"@type": "WebPageElement", "isAccessibleForFree": False,
                          "cssSelector": ".locked"}})
    found = _partial(_page(ld, "<div class='locked'></div>"))
    assert found and found.kind == "paywall" and "isAccessibleForFree" in found.reason


def test_declared_paywall_with_the_locked_text_on_the_page_is_whole():
    """A subscriber's saved copy (or a crawler's) holds the locked part: nothing is missing."""
    ld = _ld({"@type": "NewsArticle", "isAccessibleForFree": "False",
              "hasPart": [{"@type": "WebPageElement", "isAccessibleForFree": "False",
                           "cssSelector": ".story"}]})
    assert _partial(_page(ld)) is None


@pytest.mark.parametrize("part", [None, {"cssSelector": ""}, {"cssSelector": ".renamed"}])
def test_declared_paywall_that_cannot_be_checked_needs_a_cut_body(part):
    """No selector, an empty one, or one that matches nothing in this copy: the
    declaration cannot be checked against the page, so the body must look cut."""
    obj = {"@type": "NewsArticle", "isAccessibleForFree": "false"}
    if part is not None:
        obj["hasPart"] = {"@type": "WebPageElement", "isAccessibleForFree": False, **part}
    ld = _ld(obj)
    assert _partial(_page(ld)) is None  # the whole text is here, ending like a text ends
    cut = [*BODY[:1], Block("paragraph", "The harbour master told the meeting that the old "
                            "wall had been patched so often that…")]
    found = _partial(_page(ld, body=cut), cut)
    assert found and found.kind == "paywall" and "ellipsis" in found.reason


def test_free_articles_are_not_partial():
    assert _partial(_page(_ld({"@type": "NewsArticle", "isAccessibleForFree": True}))) is None
    newsletter = ("<div class='newsletter'><h3>Subscribe to our newsletter</h3>"
                  "<p>Get every story by email. Subscribe now.</p></div>")
    assert _partial(_page(after=newsletter)) is None


def test_a_cut_body_counts_only_before_a_reading_gate():
    cut = [*BODY[:1], Block("paragraph", "The other bidder, a group of local watermen, wants "
                            "to keep it as a working plant and has asked that")]
    gate = "<div class='gate'><p>Subscribe to continue reading.</p></div>"
    found = _partial(_page(after=gate, body=cut), cut)
    assert found and found.kind == "truncated" and "mid-sentence" in found.reason
    related = "<h3>Keep reading</h3><ul><li><a href='/a'>Another story about the port</a></li></ul>"
    assert _partial(_page(after=related, body=cut), cut) is None
    newsletter = "<div><p>Subscribe to our newsletter for more.</p></div>"
    assert _partial(_page(after=newsletter, body=cut), cut) is None


def test_what_a_cut_body_looks_like():
    def end(text: str) -> str | None:
        return body_cut([Block("paragraph", text)])

    assert end("He said the council would decide, and then added that the decision…") == (
        "ends in an ellipsis")
    assert end("The other group wants the commission to hold the price down so that") == (
        "stops mid-sentence")
    assert end("*As of 4/12/22 on pricecompare.com") is None  # a note, not a sentence
    assert end("Sources: https://example.org/a https://example.org/b https://example.org/c "
               "https://example.org/d https://example.org/e https://example.org/f") is None
    assert end("The council will meet again on Thursday to decide on the final plans.") is None


def test_paywall_plugin_notice_is_partial():
    notice = ("<div class='pmpro_content_message'>This content is for members only. "
              "<a href='/join'>Join now</a></div>")
    found = _partial(_page(after=notice))
    assert found and found.kind == "paywall" and "Paid Memberships Pro" in found.reason


# --------------------------------------------------------------------------- script and options

def _article(partial: Partial | None, lang: str = "en") -> Article:
    return Article(title="Harbour wall approved", blocks=tuple(BODY), language=lang,
                   source="story.html", partial=partial)


@pytest.mark.parametrize("position", ["start", "end", "both"])
def test_the_notice_is_spoken_after_the_last_paragraph(position: str):
    from narrate.script import ScriptOptions

    script = build_script(_article(Partial("paywall", "declared")),
                          options=ScriptOptions(disclosure_position=position))
    kinds = [s.kind for s in script.segments]
    notice = kinds.index("notice")
    assert kinds[notice - 1] == "paragraph" and kinds.count("notice") == 1
    assert kinds[notice + 1:] == (["outro"] if position != "start" else [])
    assert script.segments[notice].text == "The rest of this article is for subscribers."
    assert script.segments[notice].chapter == len(script.chapters) - 1
    assert "notice" not in [s.kind for s in build_script(_article(None)).segments]


def test_notice_wording_follows_kind_and_language():
    assert partial_notice(Partial("truncated", "cut")) != partial_notice(Partial("paywall", "x"))
    assert "abonnés" in partial_notice(Partial("paywall", "x"), "fr-FR")
    assert partial_notice(Partial("paywall", "x"), "xx") == partial_notice(Partial("paywall", "x"))


def test_require_complete_refuses_only_partial_articles():
    options = EditionOptions(require_complete=True)
    profile = load_profile("default")
    with pytest.raises(PartialArticleError) as refused:
        make_script(_article(Partial("paywall", "the page says so")), profile, options)
    assert refused.value.exit_code == EXIT_NO_ARTICLE and "the page says so" in str(refused.value)
    assert make_script(_article(None), profile, options).segments
    assert "require_complete" not in options.settings()  # not part of how it sounds


# --------------------------------------------------------------------------- the real CLI


def run(*args: str) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k != "NARRATE_DEBUG"}
    return subprocess.run([sys.executable, "-m", "narrate.cli", *args], capture_output=True,
                          env=env, timeout=300)


@pytest.mark.parametrize("name", ["nav-forty-sections.html", "consent-onetrust.html",
                                  "notfound-wordpress.html"])
def test_cli_refuses_a_non_article_in_one_line(tmp_path, name):
    out = tmp_path / "out"
    result = run("article", str(KINDS / name), "--out", str(out))
    err = result.stderr.decode()
    assert result.returncode == EXIT_NO_ARTICLE, err
    assert len(err.strip().splitlines()) == 1 and err.startswith("narrate: error: "), err
    assert "Traceback" not in err and result.stdout == b""
    assert not out.exists() or list(out.iterdir()) == []


def test_cli_narrates_a_paywalled_article_and_says_so(tmp_path):
    out = tmp_path / "out"
    result = run("article", str(KINDS / "article-paywall-schema.html"), "--out", str(out))
    err = result.stderr.decode()
    assert result.returncode == 0, err
    assert "warning" in err and "only part of the article" in err and "Traceback" not in err
    mp3 = Path(result.stdout.decode().strip())
    manifest = json.loads(mp3.with_suffix(".json").read_text())
    assert manifest["partial"] is True and "isAccessibleForFree" in manifest["partial_reason"]
    cues = mp3.with_suffix(".vtt").read_text().strip().split("\n\n")
    last = re.sub(r"<[0-9:.]+>", "", cues[-1].splitlines()[-1])  # inline word timestamps
    assert last == "The rest of this article is for subscribers."
    uslt = ID3(mp3).getall("USLT")[0].text
    assert uslt.rstrip().endswith("The rest of this article is for subscribers.")
    chapters = json.loads(mp3.with_name(mp3.stem + ".chapters.json").read_text())["chapters"]
    assert chapters[-1]["endTime"] * 1000 == pytest.approx(manifest["duration_ms"], abs=1)


def test_cli_require_complete_refuses_a_partial_article(tmp_path):
    out = tmp_path / "out"
    result = run("article", str(KINDS / "article-truncated-subscribe.html"), "--out", str(out),
                 "--require-complete")
    err = result.stderr.decode()
    assert result.returncode == EXIT_NO_ARTICLE, err
    assert len(err.strip().splitlines()) == 1 and "--require-complete" in err
    assert not out.exists() or list(out.iterdir()) == []


def test_script_json_reports_partial():
    result = run("script", str(KINDS / "article-truncated-subscribe.html"),
                 str(KINDS / "article-news-brief.html"), "--json")
    assert result.returncode == 0, result.stderr.decode()
    cut, whole = (json.loads(line) for line in result.stdout.decode().splitlines())
    assert cut["partial"] is True and "mid-sentence" in cut["partial_reason"]
    assert cut["spoken"][-1]["kind"] == "notice"
    assert whole["partial"] is False and whole["partial_reason"] is None


def test_batch_records_non_articles_and_goes_on(tmp_path):
    pages, out = tmp_path / "pages", tmp_path / "out"
    pages.mkdir()
    for name in ("article-news-brief.html", "front-news-section.html", "signin-login.html"):
        (pages / name).write_bytes((KINDS / name).read_bytes())
    summary = run_batch([str(pages)], profile=load_profile(None),
                        options=EditionOptions(out_dir=str(out)), jobs=0, cache_dir=None)
    assert (summary.done, summary.failed) == (1, 2)
    report = [json.loads(line) for line in (out / "_failures.jsonl").read_text().splitlines()]
    assert sorted(Path(r["source"]).name for r in report) == [
        "front-news-section.html", "signin-login.html"]
    for record in report:
        assert record["exit_code"] == EXIT_NO_ARTICLE and "\n" not in record["reason"]
    reasons = {Path(r["source"]).name: r["reason"] for r in report}
    assert "teaser links" in reasons["front-news-section.html"]
    assert "sign-in page" in reasons["signin-login.html"]


# --------------------------------------------------------------------------- false refusals


@pytest.mark.parametrize(("text", "own", "commented"), [
    ("Council approves barrier design. Four years late.", 3, True),
    ("Ferry strike called off after talks. Good news, finally!", 3, True),
    ("Council approves barrier design (Harbour Ledger)", 2, False),    # a source label
    ("Council approves barrier design (Harbour Ledger).", 2, False),
    ("Council approves barrier design via ledger.example https://ledger.example/a", 3, False),
    ("Council approves barrier design.", 0, False),                    # the link alone
    ("Council approves barrier design. Wow.", 1, False),               # one word is no comment
    ("Sea level report 2024", 0, False),
])
def test_a_link_item_with_a_comment_of_its_own(text: str, own: int, commented: bool) -> None:
    assert is_commented_link(text, own) is commented


def _signals(**changes) -> PageSignals:
    base = dict(body_words=150, prose_words=40, link_words=0, teaser_words=110,
                consent_words=0, links=60, cards=6, types=frozenset({"blogposting"}),
                og_type="article", not_found=None, sign_in=None, subscribe=None, search=None,
                password=False, prices=0, consent_vendor=None, lead_prose=40)
    return PageSignals(**{**base, **changes})


def test_a_short_post_with_related_cards_after_it_is_an_article() -> None:
    assert short_post_before_teasers(_signals())
    assert classify(_signals()).is_article


@pytest.mark.parametrize("changes", [
    {"types": frozenset(), "og_type": "website"},         # a section front's own markup
    {"types": frozenset({"collectionpage"}), "og_type": "article"},  # declares a listing
    {"lead_prose": 12},                                    # a one-line blurb before teasers
    {"lead_prose": 0},                                     # teasers first (article missed)
])
def test_teasers_without_a_post_of_its_own_before_them_are_still_a_section_front(
        changes: dict) -> None:
    signals = _signals(**changes)
    assert not short_post_before_teasers(signals)
    assert classify(signals).kind == "section-front"


def test_a_link_roundup_needs_comments_on_most_items() -> None:
    links = dict(teaser_words=0, cards=0, prose_words=0, lead_prose=0, link_words=130,
                 link_items=10)
    assert commented_link_roundup(_signals(**links, commented_items=7))
    assert classify(_signals(**links, commented_items=7)).is_article
    for few in (0, 3, 4):  # a bare list; a few comments among many bare links
        assert classify(_signals(**links, commented_items=few)).kind == "navigation"


CARDS = ["the winter ferry timetable fewer crossings after dark and a new sunday service",
         "why the willows lean a botanist explains what a century of floods has done",
         "counting eels at night six nights with the river trust's survey team"]
POST = Block("paragraph", "The old brass bell that hung at the north landing for ninety "
             "years is back where it belongs, polished by volunteers over a long winter.")


def test_teaser_cards_after_a_short_post_are_trimmed() -> None:
    body = [POST, Block("heading", "The winter ferry timetable"),
            Block("paragraph", "Fewer crossings after dark, and a new Sunday service."),
            Block("heading", "Why the willows lean"),
            Block("paragraph", "A botanist explains what a century of floods has done.")]
    assert trailing_teasers(body, CARDS) == [POST]
    page = (ROOT / "tests/pages/kinds/article-short-post-related-cards.html").read_bytes()
    blocks = extract.extract_article(page).blocks
    assert len(blocks) == 1 and blocks[0].text.startswith("The old brass bell")


def test_a_card_headline_inside_the_story_and_a_body_of_cards_stay() -> None:
    quoted = Block("paragraph", "Why the willows lean")
    body = [POST, quoted, Block("paragraph", "The botanist's answer surprised the town, "
                                "which had blamed the ferry's wash for decades.")]
    assert trailing_teasers(body, CARDS) == body            # not at the end
    only_cards = [Block("paragraph", "Why the willows lean: a botanist explains what a "
                        "century of floods has done")]
    assert trailing_teasers(only_cards, CARDS) == only_cards  # no lead of its own
    assert trailing_teasers([POST], []) == [POST]


def test_long_items_in_card_markup_are_the_articles_own() -> None:
    """A list article's items (a linked heading and a paragraph) sit in card-like
    markup; a paragraph longer than a teaser's summary is kept."""
    item = ("the winter ferry timetable " + "fewer crossings after dark and a new sunday "
            "service for walkers who want to see the river from the south landing " * 3)
    long_para = Block("paragraph", item[len("the winter ferry timetable "):])
    body = [POST, Block("heading", "The winter ferry timetable"), long_para]
    assert trailing_teasers(body, [item]) == body
