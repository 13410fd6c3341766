"""Is this page an article, and is the whole article on it?

narrate reads aloud whatever the extractor hands it, so a page that is not an
article (a menu, a section front, search results, a "page not found" page, a
cookie-consent wall, a sign-in or subscription page) must be refused before
it becomes an edition that reads "Section zero, Section one, ...". And an
article that stops at a paywall must say so, or the listener hears a stub
that ends in the middle of a thought.

Both questions are answered here from *general* signals, each a convention
many sites share, combined with the extracted body:

- **the body itself**: an article has paragraphs of prose of its own. Body
  text that is the page's link text, the text of repeated teaser cards, or
  the text of a consent dialog is not the article's own prose;
- **schema.org** types in JSON-LD and microdata (``CollectionPage``,
  ``SearchResultsPage``, ``ProfilePage`` versus ``NewsArticle``, ``Article``,
  ``BlogPosting``, ...) and ``isAccessibleForFree`` with ``hasPart`` /
  ``cssSelector`` (Google's documented paywall markup);
- **headings**: the ``<title>`` and ``<h1>`` of error, search, sign-in and
  subscription pages say what they are ("Page not found", "Search results
  for ...", "Sign in", "Subscribe");
- **markup conventions** of the software that serves such pages: WordPress's
  ``error404`` and ``search-results`` body classes, password inputs, the
  containers of consent-management platforms (OneTrust, Cookiebot,
  Quantcast/InMobi Choice, Didomi, Sourcepoint, TrustArc, Usercentrics, ...)
  and the IAB TCF ``__tcfapi`` stub, and the "restricted content" messages of
  paywall plugins (Leaky Paywall, Paid Memberships Pro, MemberPress, Ghost).

:func:`review_page` is the one entry point the extractor calls: it raises
:class:`~narrate.errors.NoArticleError` with a one-line reason for a page
that is not an article, and returns a :class:`~narrate.models.Partial` when
only part of the article is on the page. No rule is keyed to one site.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import pairwise

from lxml import etree
from lxml import html as lxml_html

from narrate.errors import NoArticleError, PartialArticleError
from narrate.models import Block, Partial

# --------------------------------------------------------------------------- text helpers

_WORD = re.compile(r"\w+(?:['’]\w+)*")


def _norm(text: str) -> str:
    """Case-folded words joined by single spaces: the form all texts are compared in."""
    return " ".join(_WORD.findall(unicodedata.normalize("NFKC", text).casefold()))


def _n_words(text: str) -> int:
    return len(_WORD.findall(text))


_SENTENCE_END = re.compile(r"\w[\"'”’)\]]*[.!?…][\"'”’)\]]*(?:\s|$)")
#: a paragraph shorter than this is a label or a caption, not prose
PROSE_MIN_WORDS = 6


def is_prose(text: str) -> bool:
    """A paragraph of prose: enough words and at least one finished sentence."""
    return _n_words(text) >= PROSE_MIN_WORDS and bool(_SENTENCE_END.search(text))


_VISIBLE_TEXT = etree.XPath(
    "//body//text()[not(parent::script) and not(parent::style) and not(parent::noscript)"
    " and not(parent::template)]", smart_strings=False,
)


def visible_text(tree: lxml_html.HtmlElement) -> str:
    """The page's text as a reader could see it (scripts and styles left out)."""
    return " ".join(" ".join(str(t) for t in _VISIBLE_TEXT(tree)).split())


#: a shorter text ("News", "Read more") may lie inside a phrase by chance
CONTAINED_MIN_CHARS = 20


class Coverage:
    """How much of a text is made of given phrases (link texts, teaser cards, dialogs).

    Phrases are indexed by their first word, so a body block is compared only
    with the phrases that can start inside it: cheap even with thousands of links.
    """

    def __init__(self, phrases: Iterable[str]) -> None:
        self.by_first: dict[str, set[str]] = {}
        for phrase in phrases:
            if phrase:
                self.by_first.setdefault(phrase.split(" ", 1)[0], set()).add(phrase)
        # every phrase without spaces, to find a text that lies inside one phrase
        # even where the page and the extractor space inline markup differently
        self.joined = "|".join(p.replace(" ", "") for ps in self.by_first.values() for p in ps)

    def share(self, norm_text: str) -> float:
        """Fraction of the characters of ``norm_text`` inside occurrences of the phrases
        (1.0 when all of it lies inside one phrase, as a teaser's summary lies in its card)."""
        if not norm_text or not self.by_first:
            return 0.0
        if len(norm_text) >= CONTAINED_MIN_CHARS and norm_text.replace(" ", "") in self.joined:
            return 1.0
        padded = f" {norm_text} "
        covered = bytearray(len(padded))
        for word in set(norm_text.split(" ")):
            for phrase in self.by_first.get(word, ()):
                needle = f" {phrase} "
                start = padded.find(needle)
                while start >= 0:
                    covered[start + 1:start + len(needle) - 1] = b"\1" * (len(needle) - 2)
                    start = padded.find(needle, start + len(needle) - 1)
        return sum(covered) / len(norm_text)


class LinkText:
    """How much of a text is the page's link text, judged by word pairs.

    The page's link texts are read in document order as one stream; a word of
    the text counts as link text when it and a neighbour form a pair that
    occurs in that stream. A menu, a link list or a teaser list pasted into
    the body is made of such pairs ("Section 1 Section 2", "News UK World");
    prose that merely shares single words with tag links ("Japan", "Walter")
    is not.
    """

    def __init__(self, anchors: Sequence[str]) -> None:
        words = " ".join(a for a in anchors if a).split()
        self.pairs = set(pairwise(words))
        self.singles = {a for a in anchors if a and " " not in a}

    def share(self, norm_text: str) -> float:
        words = norm_text.split()
        if not words:
            return 0.0
        if len(words) == 1:
            return float(words[0] in self.singles)
        return 1 - self.unlinked(norm_text) / len(words)

    def unlinked(self, norm_text: str) -> int:
        """How many words of ``norm_text`` are not link text (see :meth:`share`)."""
        words = norm_text.split()
        if len(words) < 2:
            return int(bool(words) and words[0] not in self.singles)
        linked = [pair in self.pairs for pair in pairwise(words)]
        return sum(1 for i in range(len(words))
                   if not ((i > 0 and linked[i - 1]) or (i < len(linked) and linked[i])))


#: an item's own comment after its link ends like a sentence, not in a source
#: label ('(Harbour Ledger)') or an address
_COMMENT_END = re.compile(r"[^\W\d_][\"'”’]?[.!?…][\"'”’]?\s*$")
_LABEL_END = re.compile(r"(?:\([^()]*\)|\[[^\[\]]*\]|https?://\S*|www\.\S*)\W*$", re.I)
#: words of its own that make a linked item a commented one
COMMENT_MIN_WORDS = 2


def is_commented_link(text: str, unlinked_words: int) -> bool:
    """A link item with a comment of its own: 'Council approves barrier design.
    Four years late.' is a link roundup's entry; 'Council approves barrier design
    (Harbour Ledger)' or '… via example.org https://…' is a bare link."""
    return (unlinked_words >= COMMENT_MIN_WORDS and bool(_COMMENT_END.search(text))
            and not _LABEL_END.search(text))


# --------------------------------------------------------------------------- schema.org

#: schema.org types of an article page (Article and its subtypes most used by
#: news sites and blogs; HowTo and Recipe are read as articles too)
_ARTICLE_TYPE_NAMES = (
    "Article", "NewsArticle", "AnalysisNewsArticle", "AskPublicNewsArticle",
    "BackgroundNewsArticle", "OpinionNewsArticle", "ReportageNewsArticle", "ReviewNewsArticle",
    "BlogPosting", "LiveBlogPosting", "SocialMediaPosting", "Report", "ScholarlyArticle",
    "TechArticle", "SatiricalArticle", "AdvertiserContentArticle", "HowTo", "Recipe", "Review",
)
ARTICLE_TYPES = frozenset(t.casefold() for t in _ARTICLE_TYPE_NAMES)
TYPE_NAMES = {t.casefold(): t for t in (*_ARTICLE_TYPE_NAMES, "CollectionPage",
                                        "SearchResultsPage", "ProfilePage", "ItemList")}
#: schema.org types of a page that lists other pages (Yoast SEO, the most used
#: WordPress SEO plugin, marks category, tag, author and search pages this way)
LISTING_TYPES = frozenset({"collectionpage", "searchresultspage", "profilepage", "itemlist"})


def _type_names(value: object) -> list[str]:
    values = value if isinstance(value, list) else [value]
    return [v.rsplit("/", 1)[-1].rsplit(":", 1)[-1].casefold()
            for v in values if isinstance(v, str)]


def jsonld_objects(tree: lxml_html.HtmlElement) -> list[dict]:
    """The page's top-level JSON-LD objects (``@graph`` members included).

    Nested objects (the articles *listed* by an ``ItemList``, the publisher)
    are not included: they describe other things, not this page.
    """
    out: list[dict] = []
    for script in tree.iter("script"):
        if "ld+json" not in (script.get("type") or "").casefold():
            continue
        raw = (script.text or "").strip()
        raw = re.sub(r"^\s*(?://\s*)?<!\[CDATA\[|(?://\s*)?\]\]>\s*$", "", raw)
        try:
            data = json.loads(raw, strict=False)
        except ValueError:
            continue
        for item in data if isinstance(data, list) else [data]:
            if not isinstance(item, dict):
                continue
            graph = item.get("@graph")
            if isinstance(graph, list):
                out.extend(g for g in graph if isinstance(g, dict))
            else:
                out.append(item)
    return out


def declared_types(tree: lxml_html.HtmlElement, objects: Sequence[dict]) -> frozenset[str]:
    """schema.org types the page declares for itself: JSON-LD and page-level microdata.

    Microdata counts on ``<html>``, ``<body>`` and ``<main>``; an article type
    deeper in the page counts only when it appears once (a listing page marks
    every teaser card as a ``BlogPosting``).
    """
    types = {t for obj in objects for t in _type_names(obj.get("@type"))}
    article_marks = []
    for el in tree.xpath("//*[@itemtype]"):
        names = _type_names(el.get("itemtype", "").split())
        if el.tag in ("html", "body", "main"):
            types.update(names)
        elif any(n in ARTICLE_TYPES for n in names):
            article_marks.append(names)
    if len(article_marks) == 1:
        types.update(article_marks[0])
    return frozenset(types)


# --------------------------------------------------------------------------- page furniture

#: containers of consent-management platforms, by each vendor's documented or
#: long-stable markup: OneTrust (onetrust-*, optanon), Cookiebot
#: (CybotCookiebotDialog), Quantcast / InMobi Choice (qc-cmp2-*), Didomi
#: (didomi-*), Sourcepoint (sp_message_container_*), TrustArc (truste-*,
#: trustarc), Usercentrics (usercentrics-root), Osano (osano-cm-*), Complianz
#: (cmplz-cookiebanner), CookieYes / Cookie Law Info (cky-consent,
#: cookie-law-info-bar), Borlabs Cookie, iubenda (iubenda-cs-banner), Cookie
#: Notice (cookie-notice-container) and Google's Funding Choices (fc-consent-root)
CONSENT_VENDORS: tuple[tuple[str, str, re.Pattern[str]], ...] = tuple(
    (name, needle, re.compile(pattern, re.IGNORECASE)) for name, needle, pattern in (
        ("OneTrust", "onetrust-", r"^onetrust-(?:consent-sdk|banner-sdk|pc-sdk)$"),
        ("OneTrust", "optanon-", r"^optanon-alert-box-wrapper$"),
        ("Cookiebot", "CybotCookiebot", r"^CybotCookiebotDialog$"),
        ("Quantcast Choice", "qc-cmp2-", r"^qc-cmp2-(?:container|ui)$"),
        ("Didomi", "didomi-", r"^didomi-(?:host|popup|notice)$"),
        ("Sourcepoint", "sp_message_container", r"^sp_message_container_\d+$"),
        ("TrustArc", "truste", r"^(?:truste-consent-track|truste_box_overlay)$"),
        ("TrustArc", "consent_blackbar", r"^consent_blackbar$"),
        ("Usercentrics", "usercentrics-root", r"^usercentrics-root$"),
        ("Osano", "osano-cm-", r"^osano-cm-(?:window|dialog)$"),
        ("Complianz", "cmplz-cookiebanner", r"^cmplz-cookiebanner(?:-container)?$"),
        ("CookieYes", "cky-consent-container", r"^cky-consent-container$"),
        ("CookieYes", "cookie-law-info-bar", r"^cookie-law-info-bar$"),
        ("Borlabs Cookie", "BorlabsCookie", r"^BorlabsCookie$"),
        ("iubenda", "iubenda-cs-banner", r"^iubenda-cs-banner$"),
        ("Cookie Notice", "cookie-notice-container", r"^cookie-notice-container$"),
        ("Funding Choices", "fc-consent-root", r"^fc-consent-root$"),
    )
)


_ID_CLASS = etree.XPath("//body//@*[name()='id' or name()='class']", smart_strings=False)
_WITH_ID_CLASS = etree.XPath("//body//*[@id or @class]")


def _marked(vendors: Sequence[tuple[str, str, re.Pattern[str]]]):
    """A finder of the few elements whose id or class holds a vendor's mark.

    Most pages have none, so one regular-expression search over all ids and
    classes comes first; only a hit costs a look at the elements themselves.
    """
    needles = re.compile("|".join(sorted({re.escape(n) for _, n, _ in vendors})))

    def find(tree: lxml_html.HtmlElement) -> list[etree._Element]:
        if not needles.search("\n".join(_ID_CLASS(tree))):
            return []
        return [el for el in _WITH_ID_CLASS(tree)
                if needles.search(el.get("id") or "") or needles.search(el.get("class") or "")]

    return find


def _vendor_of(el: etree._Element, vendors: Sequence[tuple[str, str, re.Pattern[str]]]
               ) -> str | None:
    marks = [m for m in (el.get("id") or "", *(el.get("class") or "").split()) if m]
    for name, _, pattern in vendors:
        if any(pattern.match(m) for m in marks):
            return name
    return None


#: the IAB Transparency and Consent Framework's JavaScript stub: every TCF
#: consent platform defines ``__tcfapi`` before the page's own scripts run
_TCF_STUB = re.compile(r"__tcfapi\b")
#: statements a consent notice makes about the site itself and its choices
_CONSENT_PHRASE = re.compile(
    r"\b(?:we(?: and our (?:[\d,]+ )?(?:partners|vendors))? (?:use|store|access|process|share)"
    r"\w* (?:cookies|data|information|personal)|cookies? (?:policy|settings|preferences|notice)"
    r"|your (?:consent|preferences|privacy (?:settings|choices))|legitimate interests?"
    r"|(?:accept|reject|allow|deny|refuse) all\b|manage (?:your )?(?:preferences|cookies|settings)"
    r"|personali[sz]ed (?:ads|advertising|content))", re.IGNORECASE,
)
_CONSENT_BUTTON = re.compile(
    r"^(?:i )?(?:accept|agree|allow|consent|reject|refuse|deny|decline)\b.{0,20}$"
    r"|^(?:ok|got it|continue)$", re.IGNORECASE,
)


_CONSENT_MARKED = _marked(CONSENT_VENDORS)


def consent_dialogs(tree: lxml_html.HtmlElement) -> list[tuple[str, str]]:
    """(vendor, normalized text) of every consent-platform container on the page."""
    found: list[tuple[str, str]] = []
    for el in _CONSENT_MARKED(tree):
        vendor = _vendor_of(el, CONSENT_VENDORS)
        if vendor:
            found.append((vendor, _norm(" ".join(el.itertext()))))
    return found


def _hidden(el: etree._Element) -> bool:
    """Hidden by markup (not by a style sheet, which cannot be seen here)."""
    for node in (el, *el.iterancestors()):
        if node.get("hidden") is not None or node.get("aria-hidden") == "true":
            return True
        if re.search(r"display\s*:\s*none|visibility\s*:\s*hidden", node.get("style") or ""):
            return True
    return False


def visible_password_input(tree: lxml_html.HtmlElement) -> bool:
    inputs = tree.xpath("//input[@type='password' or @type='PASSWORD']")
    return any(not _hidden(el) for el in inputs)


_BUTTONS = etree.XPath("//button | //input[@type='submit' or @type='button'] | //a[@role='button']")


def consent_button(tree: lxml_html.HtmlElement) -> bool:
    """A button that accepts or refuses (cookie) consent."""
    for el in _BUTTONS(tree):
        label = el.get("value") if el.tag == "input" else el.text_content()
        if _CONSENT_BUTTON.match(" ".join((label or "").split())):
            return True
    return False


# --------------------------------------------------------------------------- teaser cards

#: elements that hold one teaser card (a paragraph with a link in it is prose, not a card)
CARD_TAGS = frozenset({"li", "article", "div", "section", "tr", "dd", "figure", "aside"})
#: a card's text is a headline and a line or two of summary
CARD_MAX_WORDS = 120
#: a headline link has at least this many words ("UK", "Sport" are menu entries)
HEADLINE_MIN_WORDS = 3
_HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")
_DIGITS = re.compile(r"\d")


def _signature(el: etree._Element) -> tuple[str, str]:
    """Tag and first class without digits: siblings of one card template share it."""
    classes = [c for c in (el.get("class") or "").split() if not _DIGITS.search(c)]
    return (el.tag, classes[0] if classes else "")


#: a card's text is at most this long (characters), measured in C before any Python work
CARD_MAX_CHARS = 1500
CARD_MIN_CHARS = 12
_TEXT_LENGTH = etree.XPath("string-length(normalize-space(.))")
#: parents of three or more children with a link in each (found in C)
_PARENTS = etree.XPath("//body//*[count(*[.//a]) >= 3]")


def _headline_link(a: etree._Element, card: etree._Element, card_text: str) -> bool:
    """A link that is the card's headline: in a heading, or a block of its own at
    the start of the card. A link *inside* a sentence ("<a>X bought Y</a>. The
    deal ...", as in a list article's items) is not a headline."""
    headline = _norm(" ".join(a.itertext()))
    if headline.count(" ") + 1 < HEADLINE_MIN_WORDS:
        return False
    for node in a.iterancestors():
        if node is card:
            break
        if node.tag in _HEADINGS:
            return True
    if any(h.tag in _HEADINGS for h in a.iter()):
        return True
    return not (a.tail or "").strip() and 0 <= card_text.find(headline) <= 30


def _is_card(el: lxml_html.HtmlElement) -> str | None:
    """The card's normalized text if ``el`` looks like a teaser: a headline link first."""
    if not CARD_MIN_CHARS <= _TEXT_LENGTH(el) <= CARD_MAX_CHARS:
        return None
    text = _norm(" ".join(el.itertext()))
    n = text.count(" ") + 1 if text else 0
    if not HEADLINE_MIN_WORDS <= n <= CARD_MAX_WORDS:
        return None
    if any(_headline_link(a, el, text) for a in el.iter("a")):
        return text
    return None


def teaser_cards(tree: lxml_html.HtmlElement) -> list[str]:
    """Normalized texts of teaser cards: three or more siblings of one template,
    each a headline link with a short summary (section fronts, tag pages, search
    results, and the related-story grids of articles)."""
    cards: list[str] = []
    for parent in _PARENTS(tree):
        groups: dict[tuple[str, str], list] = {}
        for kid in parent:
            if kid.tag in CARD_TAGS and kid.find(".//a") is not None:
                groups.setdefault(_signature(kid), []).append(kid)
        for members in groups.values():
            # a template is judged by its first members: a menu's items fail at once
            if len(members) < 3 or not any(map(_is_card, members[:3])):
                continue
            texts = [t for t in map(_is_card, members) if t]
            if len(texts) >= 3:
                cards.extend(texts)
    return cards


# --------------------------------------------------------------------------- headings

_TITLE_SPLIT = re.compile(r"\s+[|·•›»~/–—-]{1,2}\s+|\s+:\s+")


def page_headings(tree: lxml_html.HtmlElement) -> list[str]:
    """The short texts that name the page: <title> parts, og:title and every <h1>."""
    out: list[str] = []
    title = tree.findtext(".//title") or ""
    out += [p for p in _TITLE_SPLIT.split(" ".join(title.split())) if p]
    for meta in tree.xpath("//meta[@property='og:title']/@content"):
        out += [p for p in _TITLE_SPLIT.split(" ".join(str(meta).split())) if p]
    for h1 in tree.iter("h1"):
        text = " ".join(h1.text_content().split())
        if text:
            out.append(text)
    return out


_NOT_FOUND = re.compile(
    r"^(?:error\s*)?404\b|\b404\b.*\bnot found\b|^not found$"
    r"|^(?:oops|whoops|sorry|uh[- ]oh)\b"
    r".*\b(?:not|can[’']?t|cannot|couldn[’']?t|no longer|missing)\b"
    r"|\b(?:page|article|story|post|content|file|url)s?\b.{0,30}\b(?:not (?:be )?found"
    r"|(?:does ?n[o’']?t|did ?n[o’']?t|did not|does not) (?:seem to )?exist"
    r"|can(?:no|[’'])?t be found"
    r"|could ?n[o’']?t be found|could not be found|no longer (?:exists?|available)"
    r"|(?:has|have) been (?:removed|deleted|moved))"
    r"|\bnothing (?:was )?found\b|\bwe (?:can(?:no|[’'])?t|could ?n[o’']?t|could not) find\b",
    re.IGNORECASE,
)
_SIGN_IN = re.compile(
    r"^(?:(?:sign|log)[ -]?(?:in|on)|login|(?:create|open) (?:an? |your )?(?:free )?account"
    r"|register(?: for (?:a |an |your )?(?:free )?account| now| today)?$|registration$"
    r"|sign[ -]?up$|(?:my )?account(?: login)?$|welcome back|(?:forgot|reset) (?:your )?password)",
    re.IGNORECASE,
)
_SUBSCRIBE = re.compile(
    r"^(?:subscribe|subscriptions?$|become a (?:member|subscriber|supporter|patron)"
    r"|join (?:us|today|now)|choose (?:your|a) (?:plan|subscription)"
    r"|(?:get|unlock) (?:unlimited|full|digital|all) access|support (?:us|our journalism)"
    r"|(?:subscription|membership) (?:plans?|options|offers?)|memberships?$"
    r"|(?:plans and )?pricing$)",
    re.IGNORECASE,
)
_SEARCH = re.compile(
    r"^(?:search results?\b|search\s*:|search for\b|results for\b|you searched for\b"
    r"|\d[\d,.]* (?:search )?results?\b|showing (?:\d[\d,]* )?results\b|your search\b"
    r"|no results\b)",
    re.IGNORECASE,
)
#: a heading that says what the page is has few words ("Sign in", "Page not
#: found"); a headline that merely starts the same way is longer
SHORT_HEADING_WORDS = 8


#: words a naming heading may hold besides the phrase ("Sorry, we couldn't find
#: *that page*", "Subscribe *to the Gazette*"); "Error 404: Mars probe lost in
#: orbit" is a headline that mentions the phrase
HEADING_EXTRA_WORDS = 4


def _heading_match(headings: Sequence[str], pattern: re.Pattern[str],
                   extra: int | None = HEADING_EXTRA_WORDS) -> str | None:
    """The first short heading that ``pattern`` names (with at most ``extra`` other words)."""
    for heading in headings:
        text = heading.strip(" .!")
        if _n_words(text) > SHORT_HEADING_WORDS:
            continue
        found = pattern.search(text)
        if found and (extra is None or _n_words(text) - _n_words(found.group(0)) <= extra):
            return heading.strip()
    return None


_PRICE = re.compile(
    r"[$£€¥]\s?\d[\d.,]*\s*(?:/|a|per|every)\s*(?:month|mo|year|yr|week|wk|day)\b"
    r"|\d[\d.,]*\s?(?:€|eur|usd|gbp)\s*(?:/|a|per)\s*(?:month|year|week)\b",
    re.IGNORECASE,
)


# --------------------------------------------------------------------------- signals

@dataclass(frozen=True)
class PageSignals:
    """Everything the page-kind rules look at, measured once per page."""

    body_words: int  # words of the extracted body (headings and paragraphs)
    prose_words: int  # words of the body's own prose (not links, teasers or dialogs)
    link_words: int  # body words that are the page's link text (see LinkText)
    teaser_words: int  # body words in blocks taken from teaser cards
    consent_words: int  # body words taken from a consent dialog
    links: int  # links on the page
    cards: int  # teaser cards on the page
    types: frozenset[str]  # schema.org types the page declares for itself
    og_type: str
    not_found: str | None  # the heading or markup that says "not found"
    sign_in: str | None
    subscribe: str | None
    search: str | None
    password: bool
    prices: int
    consent_vendor: str | None
    link_items: int = 0  # body paragraphs that are mostly link text
    commented_items: int = 0  # ... of which end in a comment of their own
    lead_prose: int = 0  # words of own prose before the first teaser block

    @property
    def declares_article(self) -> bool:
        return bool(self.types & ARTICLE_TYPES)

    @property
    def declares_listing(self) -> bool:
        return bool(self.types & LISTING_TYPES) and not self.declares_article


#: a block is of a kind (link text, teaser, dialog) when this share of it is
LINK_SHARE = 0.5


def anchor_texts(tree: lxml_html.HtmlElement) -> list[str]:
    """Normalized texts of every link on the page."""
    return [_norm(a.text_content()) for a in tree.iter("a")]


@dataclass(frozen=True)
class BodyCounts:
    """The extracted body, word by word: whose text is it?"""

    body_words: int
    prose_words: int
    link_words: int
    teaser_words: int
    consent_words: int
    links: list[str]  # normalized link texts of the page
    cards: int
    consent_vendor: str | None
    types: frozenset[str]
    link_items: int = 0  # paragraphs that are mostly link text
    commented_items: int = 0  # ... of which carry a comment of their own
    lead_prose: int = 0  # own prose before the first teaser block


def count_body(tree: lxml_html.HtmlElement, blocks: Sequence[Block],
               objects: Sequence[dict], cards: list[str] | None = None) -> BodyCounts:
    """Sort the body's words into link text, teaser text, dialog text and own prose
    (``cards``: :func:`teaser_cards` of ``tree`` when the caller has them)."""
    types = declared_types(tree, objects)
    anchors = anchor_texts(tree)
    links = LinkText(anchors)
    cards = teaser_cards(tree) if cards is None else cards
    teasers = Coverage(cards)
    dialogs = consent_dialogs(tree)
    consent = Coverage(text for _, text in dialogs)
    vendor = dialogs[0][0] if dialogs else None
    if not dialogs and not (types & ARTICLE_TYPES):
        if _TCF_STUB.search(" ".join(s.text or "" for s in tree.iter("script"))):
            vendor = "IAB TCF consent platform"
        elif consent_button(tree):
            vendor = "consent notice"
    generic_consent = vendor is not None and not dialogs

    body_words = prose = link_words = teaser_words = consent_words = 0
    link_items = commented = 0
    lead_prose: int | None = None
    for block in blocks:
        norm = _norm(block.text)
        n = norm.count(" ") + 1 if norm else 0
        body_words += n
        if teasers.share(norm) >= LINK_SHARE:
            teaser_words += n
            if lead_prose is None:
                lead_prose = prose
        elif consent.share(norm) >= LINK_SHARE or (
                generic_consent and _CONSENT_PHRASE.search(block.text)):
            consent_words += n
        else:
            linked = links.share(norm)
            link_words += round(linked * n)
            if linked < LINK_SHARE and block.kind == "paragraph" and is_prose(block.text):
                prose += n
            elif linked >= LINK_SHARE and block.kind == "paragraph":
                link_items += 1
                commented += is_commented_link(block.text, links.unlinked(norm))
    return BodyCounts(body_words, prose, link_words, teaser_words, consent_words, anchors,
                      len(cards), vendor, types, link_items, commented,
                      prose if lead_prose is None else lead_prose)


def measure(tree: lxml_html.HtmlElement, blocks: Sequence[Block],
            objects: Sequence[dict] | None = None, text: str | None = None,
            counts: BodyCounts | None = None) -> PageSignals:
    """Measure the page (``tree``, read only) and its extracted body (``blocks``).

    ``objects`` (:func:`jsonld_objects`), ``text`` (:func:`visible_text`) and
    ``counts`` (:func:`count_body`) are computed here unless the caller has them.
    """
    objects = jsonld_objects(tree) if objects is None else objects
    c = count_body(tree, blocks, objects) if counts is None else counts
    text = visible_text(tree) if text is None else text
    headings = page_headings(tree)
    body = tree.find("body")
    body_classes = (body.get("class") or "").split() if body is not None else []
    not_found = _heading_match(headings, _NOT_FOUND) or (
        "WordPress error404 page" if "error404" in body_classes else None)
    search = _heading_match(headings, _SEARCH, extra=None)  # a query may be long
    if search is None and "searchresultspage" in c.types:
        search = "schema.org SearchResultsPage"
    if search is None and ("search-results" in body_classes or "search-no-results" in body_classes):
        search = "WordPress search page"
    return PageSignals(
        body_words=c.body_words, prose_words=c.prose_words, link_words=c.link_words,
        teaser_words=c.teaser_words, consent_words=c.consent_words, links=len(c.links),
        cards=c.cards, types=c.types,
        og_type=tree.xpath("string(//meta[@property='og:type']/@content)").strip().casefold(),
        not_found=not_found, sign_in=_heading_match(headings, _SIGN_IN),
        subscribe=_heading_match(headings, _SUBSCRIBE), search=search,
        password=visible_password_input(tree), prices=len(_PRICE.findall(text)),
        consent_vendor=c.consent_vendor, link_items=c.link_items,
        commented_items=c.commented_items, lead_prose=c.lead_prose,
    )


# --------------------------------------------------------------------------- the rules

PageKindName = str  # "article", "navigation", "section-front", "search-results",
# "not-found", "consent-wall", "sign-in", "subscribe"


@dataclass(frozen=True)
class PageKind:
    """What the page is; ``reason`` says so in words a user can act on."""

    kind: PageKindName
    reason: str = ""

    @property
    def is_article(self) -> bool:
        return self.kind == "article"


#: no page with this many words of prose of its own is refused: every rule
#: below asks for less, so a page over it is an article without further
#: measuring (:func:`review_page` relies on it). An error, sign-in or offer
#: page says a sentence or two; an article about such a thing has a body.
SMALL_PROSE = 150
#: a section front's own prose (a standfirst or a blurb about the section)
FRONT_PROSE = 120
#: a link page's own prose ("Today's reading:", "Back tomorrow.")
LINK_PAGE_PROSE = 80
#: share of the body that must be teaser text, link text or dialog text
MOSTLY = 0.5
LINK_MOSTLY = 0.75
MIN_CARDS = 4


def classify(s: PageSignals) -> PageKind:
    """The page's kind from its signals; the first rule that holds wins.

    Every rule pairs what the page says it is (headings, markup, schema.org)
    or what its body is made of (links, teasers, dialogs) with the absence of
    prose of its own, so an article *about* a 404 page, cookie banners or
    subscriptions, or one with a big related-stories grid, is still an article.
    """
    body = max(s.body_words, 1)
    if s.consent_vendor and s.consent_words >= MOSTLY * body and s.prose_words < SMALL_PROSE:
        return PageKind("consent-wall", f"shows only a cookie-consent wall ({s.consent_vendor}), "
                        "not the article; pass a copy saved after answering the consent "
                        "dialog, or the article's URL")
    if s.not_found and s.prose_words < SMALL_PROSE:
        return PageKind("not-found", f"looks like a 'page not found' page (\"{s.not_found}\") "
                        "served as a normal page; check the URL")
    if s.sign_in and s.prose_words < SMALL_PROSE:
        what = "a password form" if s.password else f"\"{s.sign_in}\""
        return PageKind("sign-in", f"looks like a sign-in page ({what}) with no article body; "
                        "pass the article's own URL or a copy saved while signed in")
    if s.password and s.prose_words < PROSE_MIN_WORDS * 4 and not s.declares_article:
        return PageKind("sign-in", "looks like a sign-in page (a password form) with no article "
                        "body; pass the article's own URL or a copy saved while signed in")
    if s.subscribe and s.prose_words < SMALL_PROSE:
        offers = f"{s.prices} prices, " if s.prices else ""
        return PageKind("subscribe", f"looks like a subscription offer (\"{s.subscribe}\", "
                        f"{offers}no article body); pass the article's own URL")
    teaser_body = s.teaser_words >= MOSTLY * body
    if s.search and s.prose_words < SMALL_PROSE and (teaser_body or s.prose_words < FRONT_PROSE):
        results = f"{s.cards} results" if s.cards else "no article body"
        return PageKind("search-results", f"looks like search results ({s.search}: {results}); "
                        "pass the URL of the article itself")
    if s.declares_listing and s.prose_words < FRONT_PROSE and (
            s.teaser_words >= 0.3 * body or s.prose_words < FRONT_PROSE // 2):
        kind = "profile page" if "profilepage" in s.types else "list of articles"
        return PageKind("section-front", f"looks like a {kind} (schema.org "
                        f"{_listing_name(s.types)}, {s.cards} teaser links) with no article "
                        "body; pass the article's own URL")
    if (s.cards >= MIN_CARDS and teaser_body and s.prose_words < FRONT_PROSE
            and not short_post_before_teasers(s)):
        return PageKind("section-front", _no_body(
            s, "looks like a section front or tag page", f"{s.cards} teaser links"))
    if (s.link_words >= LINK_MOSTLY * body and s.prose_words < LINK_PAGE_PROSE
            and not commented_link_roundup(s)):
        return PageKind("navigation", _no_body(
            s, "looks like a navigation or link-list page",
            f"{s.link_words / body:.0%} of its text is link text ({s.links} links)"))
    return PageKind("article")


#: own prose a short post needs before teasers glued after it (four short sentences)
LEAD_PROSE = PROSE_MIN_WORDS * 4


def short_post_before_teasers(s: PageSignals) -> bool:
    """A short post the extractor glued related-post cards onto: the page calls
    itself an article (schema.org or ``og:type`` article), and the body opens with
    :data:`LEAD_PROSE` words of prose of its own before the first teaser block.

    A section front or tag page opens with its teasers (at most a line of blurb
    before them) and calls itself a collection or a website; an article page whose
    extractor found only teasers (the article needs JavaScript) has no lead of its
    own either, so both are still refused. Narrating the short post is better than
    refusing it; the teasers after it are the extractor's to trim."""
    calls_itself_article = s.declares_article or s.og_type == "article"
    return calls_itself_article and not s.declares_listing and s.lead_prose >= LEAD_PROSE


#: a teaser's summary is a line or two; a longer block inside a "card" is the article's
#: own (list articles and FAQs whose items have a linked heading look like cards)
TEASER_MAX_WORDS = 40


def trailing_teasers(blocks: Sequence[Block], cards: Sequence[str]) -> list[Block]:
    """The body without the run of teaser-card text after the article's last block of
    its own.

    Under a post, pages list related stories as cards (a headline link and a line of
    summary, :func:`teaser_cards`); the extractor often keeps the cards of a short post,
    and their summaries then sound like more of the story. The run of blocks at the
    very end whose text lies in such cards (:data:`MOSTLY` of it) and is short
    (:data:`TEASER_MAX_WORDS`: a list article's items and FAQ answers sit in card-like
    markup too, but say more) is dropped (headings among them too) when
    :data:`LEAD_PROSE` words of the article's own text come before it. A card's
    headline quoted inside the article is not at the end, and a page of nothing but
    cards (a section front, refused by :func:`review_page`) has no lead to keep, so
    both are left alone."""
    if not cards or not blocks:
        return list(blocks)
    teasers = Coverage(cards)
    end = len(blocks)
    while end > 0 and ((blocks[end - 1].kind == "heading" and end < len(blocks)) or (
            _n_words(blocks[end - 1].text) <= TEASER_MAX_WORDS
            and teasers.share(_norm(blocks[end - 1].text)) >= MOSTLY)):
        end -= 1
    if end == len(blocks) or sum(_n_words(b.text) for b in blocks[:end]) < LEAD_PROSE:
        return list(blocks)
    return list(blocks[:end])


def commented_link_roundup(s: PageSignals) -> bool:
    """A blog post of linked headlines, each with a comment of its own ('Council
    approves barrier design. Four years late.'): an article, however much of it is
    link text. At least :data:`MIN_CARDS` items, and most link items, must carry a
    comment (:func:`is_commented_link`); a bare list of links, with or without a
    source label after each ('(Harbour Ledger)', 'via example.org https://…'),
    is still a link page."""
    return s.commented_items >= MIN_CARDS and s.commented_items >= MOSTLY * s.link_items


def _no_body(s: PageSignals, looks: str, found: str) -> str:
    """The reason for a page whose body is someone else's text (teasers, links).

    A page that calls itself an article in schema.org markup but yields only
    such text is an article the extractor could not find (often one that needs
    JavaScript to show its text): say that rather than misname the page.
    """
    declared = next((TYPE_NAMES[t] for t in sorted(s.types & ARTICLE_TYPES)), None)
    if declared:
        return (f"the page calls itself an article (schema.org {declared}), but the only text "
                f"found on it is page furniture ({found}), no article body; the article may "
                "need JavaScript to show, or pass a saved copy of it")
    return f"{looks}: {found} and no article body; pass the article's own URL"


def _listing_name(types: frozenset[str]) -> str:
    return "/".join(TYPE_NAMES[t] for t in sorted(types & LISTING_TYPES))


# --------------------------------------------------------------------------- partial articles

_FALSE = {"false", "no", "0"}


def _is_false(value: object) -> bool:
    return value is False or (isinstance(value, str) and value.strip().casefold() in _FALSE)


def _parts(obj: dict) -> list[dict]:
    part = obj.get("hasPart")
    return [p for p in (part if isinstance(part, list) else [part]) if isinstance(p, dict)]


#: the locked part counts as present when this many of the body's words lie in it
LOCKED_PRESENT_WORDS = 40


def schema_paywall(tree: lxml_html.HtmlElement, objects: Sequence[dict],
                   blocks: Sequence[Block], body_end: str | None) -> str | None:
    """Google's documented paywall markup: ``isAccessibleForFree: false`` on the
    article, with ``hasPart`` / ``cssSelector`` naming the locked elements.

    The declaration alone does not say whether *this copy* holds the locked
    text: many publishers serve the whole article to crawlers and metered
    readers, and a subscriber's saved copy has all of it. So the page is
    partial when the named locked elements are here but without the body's
    text; when no selector is given, or none matches an element of this copy
    (sites rename classes the markup still names), the declaration cannot be
    checked, and the page is partial only when the body itself looks cut off
    (``body_end``, see :func:`body_cut`).
    """
    for obj in objects:
        if not _is_false(obj.get("isAccessibleForFree")):
            continue
        selectors = [p.get("cssSelector").strip() for p in _parts(obj)
                     if _is_false(p.get("isAccessibleForFree", False))
                     and isinstance(p.get("cssSelector"), str) and p.get("cssSelector").strip()]
        declared = "the page marks the article as for subscribers (schema.org " \
                   "isAccessibleForFree: false)"
        locked = _locked_texts(tree, selectors)
        if locked:
            return None if _locked_text_present(locked, blocks) else declared
        return f"{declared} and its text {body_end}" if body_end else None
    return None


def _locked_texts(tree: lxml_html.HtmlElement, selectors: list[str]) -> list[str]:
    """Normalized texts of the elements the page declares locked (none if none match)."""
    from cssselect import SelectorError
    from lxml.cssselect import CSSSelector

    locked: list[str] = []
    for selector in selectors:
        try:
            locked += [_norm(" ".join(el.itertext())) for el in CSSSelector(selector)(tree)]
        except (SelectorError, ValueError, etree.XPathError):
            continue
    return locked


def _locked_text_present(locked: list[str], blocks: Sequence[Block]) -> bool:
    """Do the body's paragraphs lie in the elements the page declares locked?"""
    inside = Coverage(locked)
    words = sum(_n_words(b.text) for b in blocks
                if b.kind == "paragraph" and inside.share(_norm(b.text)) >= LINK_SHARE)
    return words >= LOCKED_PRESENT_WORDS


#: messages that paywall plugins print in place of the locked text, by each
#: plugin's markup: Leaky Paywall (leaky_paywall_message_wrap), Paid
#: Memberships Pro (pmpro_content_message), MemberPress
#: (mepr-unauthorized-message) and Ghost themes (gh-post-upgrade-cta)
PAYWALL_VENDORS: tuple[tuple[str, str, re.Pattern[str]], ...] = tuple(
    (name, needle, re.compile(pattern, re.IGNORECASE)) for name, needle, pattern in (
        ("Leaky Paywall", "leaky_paywall_message", r"^leaky_paywall_message(?:_wrap)?$"),
        ("Paid Memberships Pro", "pmpro_content_message", r"^pmpro_content_message$"),
        ("MemberPress", "mepr-unauthorized-message", r"^mepr-unauthorized-message$"),
        ("Ghost", "gh-post-upgrade-cta", r"^gh-post-upgrade-cta$"),
    )
)
_PAYWALL_MARKED = _marked(PAYWALL_VENDORS)


def vendor_paywall(tree: lxml_html.HtmlElement) -> str | None:
    for el in _PAYWALL_MARKED(tree):
        vendor = _vendor_of(el, PAYWALL_VENDORS)
        if vendor:
            return f"the page shows a subscribers-only notice ({vendor}) where the text stops"
    return None


#: a prompt that gates *reading*: "Subscribe to continue reading", "Already a
#: subscriber?", "This article is for subscribers". A bare "Keep reading" or
#: "Continue reading" heads related-story lists, and a newsletter box asks to
#: subscribe to something else, so neither counts.
_READ_GATE = re.compile(
    r"\bto (?:continue|keep) reading|\bto read (?:the )?(?:full|rest|whole|entire|this|more|on)\b"
    r"|\bread the (?:full|rest of|whole|entire) (?:article|story|piece|post)"
    r"|\bfor (?:paying |digital )?(?:subscribers|members)\b|\b(?:subscribers?|members?)[- ]only\b"
    r"|\bsubscriber[- ]exclusive|\balready (?:a )?(?:subscriber|member)\b"
    r"|\bunlock (?:this|the full|full|the rest)\b"
    r"|\b(?:article|story|content|post) is (?:for|only for|reserved for|available to|exclusive)"
    r"|\bcontinue reading (?:with|for)\b", re.IGNORECASE,
)
_ELLIPSIS_END = re.compile(r"(?:…|\.\.\.|\[…\]|\[\.\.\.\])[\"'”’)\]]*$")
#: a sentence stopped in the middle ends on a plain word (not a URL, a number or a label)
_MID_SENTENCE_END = re.compile(r"(?:^|\s)[^\W\d_][\w’'-]*,?$")
#: a paragraph cut mid-sentence is prose: a line shorter than this is a label or a note
CUT_MIN_WORDS = 10
#: how far after the body's last words a reading gate may appear (characters)
GATE_WINDOW = 600


def body_cut(blocks: Sequence[Block]) -> str | None:
    """How the body's last paragraph looks cut off: an ellipsis, or a plain word
    where a sentence should end. None for a body that ends like a text ends."""
    paragraphs = [b.text.strip() for b in blocks if b.kind == "paragraph"]
    if not paragraphs:
        return None
    last = paragraphs[-1]
    if _ELLIPSIS_END.search(last):
        return "ends in an ellipsis"
    if _n_words(last) >= CUT_MIN_WORDS and _MID_SENTENCE_END.search(last):
        return "stops mid-sentence"
    return None


def gate_after_body(blocks: Sequence[Block], page_text: str) -> bool:
    """Is the body followed, on the page, by a prompt to subscribe or sign in to read on?"""
    paragraphs = [b.text for b in blocks if b.kind == "paragraph"]
    if not paragraphs:
        return False
    tail = " ".join(paragraphs[-1].split())[-60:]
    at = page_text.rfind(tail)
    if at < 0:
        return False
    return bool(_READ_GATE.search(page_text[at + len(tail):at + len(tail) + GATE_WINDOW]))


def find_partial(tree: lxml_html.HtmlElement, blocks: Sequence[Block],
                 objects: Sequence[dict] | None = None, text: str | None = None
                 ) -> Partial | None:
    """Is only part of the article on this page?

    In order: schema.org's paywall declaration (checked against the page, see
    :func:`schema_paywall`), a paywall plugin's notice, and a body that ends
    in an ellipsis or mid-sentence right before a prompt to subscribe or sign
    in to read on. The page's whole text is read only for a body that ends cut.
    """
    objects = jsonld_objects(tree) if objects is None else objects
    cut = body_cut(blocks)
    reason = schema_paywall(tree, objects, blocks, cut) or vendor_paywall(tree)
    if reason:
        return Partial("paywall", reason)
    if cut and gate_after_body(blocks, visible_text(tree) if text is None else text):
        return Partial("truncated", f"the text {cut} before a prompt to subscribe or sign in")
    return None


#: the line spoken after the last paragraph of a partial article, per language
PARTIAL_NOTICE: dict[str, dict[str, str]] = {
    "en": {"paywall": "The rest of this article is for subscribers.",
           "truncated": "The article's text stops here; the rest was not on the page."},
    "de": {"paywall": "Der Rest dieses Artikels ist Abonnenten vorbehalten.",
           "truncated": "Der Text des Artikels endet hier; der Rest stand nicht auf der Seite."},
    "fr": {"paywall": "La suite de cet article est réservée aux abonnés.",
           "truncated": "Le texte de l'article s'arrête ici ; la suite n'était pas sur la page."},
    "es": {"paywall": "El resto de este artículo es solo para suscriptores.",
           "truncated": "El texto del artículo termina aquí; el resto no estaba en la página."},
}


def partial_notice(partial: Partial, lang: str = "en") -> str:
    """What the narration says at the end of a partial article (English if no wording)."""
    wording = PARTIAL_NOTICE.get((lang or "en").split("-")[0].casefold(), PARTIAL_NOTICE["en"])
    return wording.get(partial.kind, PARTIAL_NOTICE["en"]["truncated"])


# --------------------------------------------------------------------------- entry point

def review_page(tree: lxml_html.HtmlElement, blocks: Sequence[Block], *,
                source: str = "", cards: list[str] | None = None) -> Partial | None:
    """Refuse a page that is not an article; say whether an article is partial.

    ``tree`` is the whole parsed page (read, never changed) and ``blocks`` the
    body the extractor found on it. Raises :class:`NoArticleError` with a
    one-line reason for a non-article; returns a :class:`Partial` when only
    part of the article is on the page, else None.

    A body with :data:`SMALL_PROSE` words of prose of its own is an article
    whatever else the page holds, so the page's headings, forms and whole
    text are looked at only for short bodies.
    """
    objects = jsonld_objects(tree)
    counts = count_body(tree, blocks, objects, cards)
    if counts.prose_words < SMALL_PROSE:
        kind = classify(measure(tree, blocks, objects, counts=counts))
        if not kind.is_article:
            where = f"{source}: " if source else ""
            raise NoArticleError(f"{where}{kind.reason}.")
    return find_partial(tree, blocks, objects)


def require_complete(partial: Partial | None, source: str = "") -> None:
    """Refuse a partial article (``--require-complete``)."""
    if partial is not None:
        where = f"{source}: " if source else ""
        raise PartialArticleError(
            f"{where}only part of the article is on this page: {partial.reason}; "
            "--require-complete refuses it: pass a page with the whole article, or drop "
            "--require-complete to narrate what is there."
        )


__all__ = [
    "PageKind",
    "PageSignals",
    "classify",
    "find_partial",
    "measure",
    "partial_notice",
    "require_complete",
    "review_page",
    "trailing_teasers",
]
