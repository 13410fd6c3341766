"""Extraction stage: page bytes -> :class:`~narrate.models.Article`.

What the narration needs from a page is exactly what a reader reads: every body
paragraph once, in order, with the section headings, and nothing else. The
stage works in five steps:

1. :func:`decode_html` turns bytes into text (BOM, HTTP charset, ``<meta>``
   charset, then detection), because many real pages are not UTF-8.
2. :func:`narrate.cleaning.strip_chrome` removes elements that the page marks as
   chrome (audio players, newsletter boxes, share bars, related teasers,
   captions) before trafilatura sees them.
3. trafilatura extracts the body as XML, keeping headings, paragraphs, lists
   and quotes apart; :mod:`narrate.metadata` reads the title, author, date,
   site and language from the page as it was.
4. If that body is too short, a fallback runs (see :func:`_choose`).
5. :func:`narrate.cleaning.clean_blocks` drops chrome that still got through.
6. :func:`narrate.codeblocks.mark_code` marks the paragraphs that are code
   listings, which the narration replaces with a short note.
"""

from __future__ import annotations

import codecs
import logging
import re
from collections.abc import Sequence
from copy import deepcopy
from dataclasses import dataclass
from functools import cached_property, lru_cache
from typing import overload

import trafilatura
from lxml import etree
from lxml import html as lxml_html

from narrate import cleaning
from narrate.cleaning import Context, clean_blocks, clean_space, normalize, strip_chrome, words
from narrate.codeblocks import code_listings, mark_code
from narrate.errors import NoArticleError
from narrate.metadata import (
    DATE_PARAMS,
    LANG_NAMES,
    choose_author,
    choose_date,
    choose_title,
    copyright_year_only,
    h1_texts,
    language_code,
    limit_date_languages,
    published_date,
    site_name,
    trafilatura_metadata,
)
from narrate.models import Article, Block
from narrate.mojibake import fix_double_utf8
from narrate.pagekind import review_page, teaser_cards, trailing_teasers

log = logging.getLogger(__name__)

# Fewer body words than this is not an article (a menu, a cookie notice, a binary file).
MIN_ARTICLE_WORDS = 10
# A body with fewer words than this is suspicious: try the fallbacks.
MIN_WORDS = 60
# Precision mode is trusted while it keeps this share of the balanced pass's words.
AGREEMENT = 0.6
# Share of the disputed text the referee (jusText) must also keep to side with it.
REFEREE_SHARE = 0.4
# The recall pass extends the chosen body only when it adds more than this share of words...
RECALL_GAIN = 1.05
# ...keeps this share of the chosen body's text (it extends the body, it does not replace it)...
RECALL_KEEPS = 0.9
# ...and an independent extractor also keeps this share of the text only it adds.
RECALL_CONFIRMED = 0.5
# Edge trimming: each referee must keep this share of the body to be trusted...
REFEREES_SEE = 0.5
# ...a block is confirmed when a referee keeps this share of its text...
CONFIRMED_SHARE = 0.2
# ...and trimming never removes more than this share of the body's words.
MAX_TRIM = 0.5
# A block whose text is more than this share link text is a teaser or a menu entry.
LINK_TEXT_SHARE = 0.5
# After the last paragraph, a line is another story's link when it is nearly all link text.
TRAILING_LINK_SHARE = 0.8
# The second opinions (recall pass, jusText, readability) cost time in proportion to the
# page's elements; beyond this many (a 10,000-element page takes about 0.6 s for them),
# they would break the 2-second budget per page, and the body is trafilatura's alone.
MAX_REFEREE_ELEMENTS = 8000
# Pages beyond this size are cut before parsing: no article is that long, and
# parsing time grows with it (the 2-second budget per page).
MAX_HTML_CHARS = 3_000_000

# --------------------------------------------------------------------------- decoding

_META_CHARSET = re.compile(
    rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE
)
_HEADER_CHARSET = re.compile(r"charset\s*=\s*[\"']?([A-Za-z0-9_.:-]+)", re.IGNORECASE)
_BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# What browsers actually use for these labels (WHATWG Encoding Standard).
_WHATWG_ALIASES = {
    "iso-8859-1": "cp1252", "latin1": "cp1252", "latin-1": "cp1252", "us-ascii": "cp1252",
    "ascii": "cp1252", "iso-8859-9": "cp1254", "tis-620": "cp874", "gb2312": "gb18030",
    "gbk": "gb18030", "x-sjis": "shift_jis", "shift-jis": "shift_jis", "ks_c_5601-1987": "cp949",
    "euc-kr": "cp949", "iso-8859-11": "cp874", "windows-874": "cp874", "x-gbk": "gb18030",
    "utf8": "utf-8", "unicode": "utf-8",
}


_SINGLE_BYTE = frozenset({
    "cp1250", "cp1251", "cp1252", "cp1253", "cp1254", "cp1255", "cp1256", "cp1257", "cp1258",
    "cp874", "iso8859-2", "iso8859-3", "iso8859-4", "iso8859-5", "iso8859-6", "iso8859-7",
    "iso8859-8", "iso8859-10", "iso8859-13", "iso8859-15", "koi8-r", "koi8-u", "latin-1",
    "mac-roman", "ascii",
})


def _codec(label: str | bytes | None) -> str | None:
    """A Python codec name for a charset label, or None when it is unknown."""
    if not label:
        return None
    if isinstance(label, bytes):
        label = label.decode("ascii", "ignore")
    label = label.strip().strip("\"'").lower()
    label = _WHATWG_ALIASES.get(label, label)
    try:
        name = codecs.lookup(label).name
    except LookupError:
        return None
    return "utf-8" if name in ("utf-16", "utf-16-le", "utf-16-be") else name  # see below


def decode_html(data: bytes, content_type: str | None = None) -> str:
    """Decode page bytes the way a browser would, with a safety net.

    Order: byte-order mark; ``charset`` in the HTTP ``Content-Type`` header; the
    page's ``<meta charset>`` / ``http-equiv`` declaration (a declared UTF-16 in
    an ASCII-compatible document is impossible and read as UTF-8); then
    charset-normalizer's detection; then cp1252 with replacement (never raises).

    Two deviations from a browser, both for mislabelled pages, which are common:
    a declared charset that cannot decode the bytes is skipped, and bytes that
    are valid UTF-8 are read as UTF-8 even when a single-byte charset (Latin-1,
    cp1252...) is declared, since legacy text with accents is practically never
    valid UTF-8 by accident.
    """
    for bom, enc in _BOMS:
        if data.startswith(bom):
            return data[len(bom) :].decode(enc, errors="replace")
    candidates: list[str] = []
    if content_type:
        m = _HEADER_CHARSET.search(content_type)
        if m and (enc := _codec(m.group(1))):
            candidates.append(enc)
    m = _META_CHARSET.search(data[:8192])
    if m and (enc := _codec(m.group(1))):
        candidates.append(enc)
    multibyte = [e for e in candidates if e not in _SINGLE_BYTE and e != "utf-8"]
    for enc in multibyte:  # Shift_JIS, GB18030, EUC-KR...: trust a declaration that decodes
        try:
            return data.decode(enc)
        except (UnicodeDecodeError, LookupError):
            continue
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    for enc in candidates:
        if enc == "utf-8":
            continue
        try:
            return data.decode(enc)
        except (UnicodeDecodeError, LookupError):
            continue
    if _mostly_utf8(data):  # UTF-8 with a few stray legacy bytes pasted in
        stray = _language_codepage(data) or "cp1252"
        return data.decode("utf-8", errors=_legacy_bytes_handler(stray))
    fallback = _fallback_codec(data)
    if fallback:
        try:
            return data.decode(fallback)
        except (UnicodeDecodeError, LookupError):
            pass
    return data.decode(candidates[0] if candidates else "cp1252", errors="replace")


# The legacy (pre-Unicode) Windows code page of a language: what its pages used
# when they were not UTF-8 (after the WHATWG Encoding Standard's locale defaults).
_LEGACY_CODEPAGE = {
    **dict.fromkeys(("cs", "hr", "hu", "pl", "ro", "sk", "sl", "bs"), "cp1250"),
    **dict.fromkeys(("ru", "uk", "be", "bg", "mk", "sr"), "cp1251"),
    "el": "cp1253", "tr": "cp1254", "az": "cp1254", "he": "cp1255", "iw": "cp1255",
    **dict.fromkeys(("ar", "fa", "ur"), "cp1256"),
    **dict.fromkeys(("lt", "lv", "et"), "cp1257"),
    "vi": "cp1258", "th": "cp874", "ja": "shift_jis", "zh": "gb18030", "ko": "cp949",
}
# Latin-script legacy code pages compared when the page does not say its language.
_LATIN_CODEPAGES = ("cp1252", "cp1250", "cp1257", "cp1254")
_DECLARED_LANG = re.compile(
    rb"""<html[^>]*?\slang\s*=\s*["']?([A-Za-z]{2,3})|"""
    rb"""<meta[^>]+http-equiv\s*=\s*["']?content-language["']?[^>]*content\s*=\s*["']?"""
    rb"""([A-Za-z]{2,3})""", re.IGNORECASE)


def _fallback_codec(data: bytes) -> str | None:
    """The code page for bytes whose declared charset (or UTF-8) did not decode.

    Detection alone (charset-normalizer) is unreliable here: on a short page
    of French in Latin-1 it prefers cp1250 or cp1257, which read "à" as "ŕ".
    So, in order: the legacy code page of the language the page declares
    (``<html lang>``, ``Content-Language``); the detected one when it reads a
    non-Latin script (Cyrillic, Greek, Arabic...), where detection is good;
    else the Latin code page whose reading puts the fewest symbols inside
    words (Polish read as cp1252 gives "Za¿ó³æ"), cp1252 first on a tie, as
    the Encoding Standard's default for unlabelled Western pages.
    """
    codepage = _language_codepage(data)
    if codepage and _decodes(data, codepage):
        return codepage
    sample = data[:200_000]  # enough text to judge, at a bounded cost
    detected = _detect(data)
    if (detected and _decodes(data, detected)
            and not _latin_script(sample.decode(detected, errors="ignore"))):
        return detected
    readable = [c for c in (*_LATIN_CODEPAGES, detected) if c and _decodes(data, c)]
    if not readable:
        return detected
    return min(readable, key=lambda c: _symbols_in_words(sample.decode(c, errors="ignore")))


def _language_codepage(data: bytes) -> str | None:
    """The legacy code page of the language the page declares, if it declares one."""
    match = _DECLARED_LANG.search(data[:8192])
    if not match:
        return None
    lang = (match.group(1) or match.group(2)).decode("ascii").lower()
    return _LEGACY_CODEPAGE.get(lang[:2], "cp1252")


def _decodes(data: bytes, codec: str) -> bool:
    try:
        data.decode(codec)
    except (UnicodeDecodeError, LookupError):
        return False
    return True


def _latin_script(text: str) -> bool:
    """Are most non-ASCII letters of ``text`` Latin ones (é, ł, ş), not Cyrillic or Greek?"""
    import unicodedata

    letters = [ch for ch in text if ord(ch) > 127 and ch.isalpha()]
    latin = sum(unicodedata.name(ch, "").startswith("LATIN") for ch in letters)
    return latin * 2 >= len(letters)


_SYMBOL_IN_WORD = re.compile(r"(?<=[^\W\d_])[^\w\s\x00-\x7f]|[^\w\s\x00-\x7f](?=[^\W\d_])")


def _symbols_in_words(text: str) -> int:
    """Non-ASCII symbols glued to a letter: "Za¿ó³æ" has two, "déjà" none."""
    return len(_SYMBOL_IN_WORD.findall(text))


def _mostly_utf8(data: bytes) -> bool:
    """Valid UTF-8 but for a few bytes: more well-formed non-ASCII characters than bad bytes."""
    text = data.decode("utf-8", errors="surrogateescape")
    bad = sum(1 for ch in text if "\udc80" <= ch <= "\udcff")
    good = sum(1 for ch in text if ord(ch) > 127 and not "\udc80" <= ch <= "\udcff")
    return 0 < bad < good


def _legacy_bytes_handler(codec: str) -> str:
    """A codecs error handler that reads the bytes UTF-8 rejects with ``codec``."""
    name = f"narrate-{codec}"
    try:
        codecs.lookup_error(name)
    except LookupError:
        def handler(exc: UnicodeDecodeError) -> tuple[str, int]:
            bad = exc.object[exc.start:exc.end]
            return bad.decode(codec, errors="replace"), exc.end

        codecs.register_error(name, handler)
    return name




def _detect(data: bytes) -> str | None:
    try:
        from charset_normalizer import from_bytes
    except ImportError:  # pragma: no cover - a trafilatura dependency
        return None
    best = from_bytes(data[:200_000]).best()
    return best.encoding if best is not None else None


# --------------------------------------------------------------------------- XML -> blocks

def _text(el: etree._Element) -> str:
    """All text inside ``el`` (tail excluded), whitespace collapsed.

    Every text piece is separated by a space and cleaned once at the end:
    cleaning at every level of nesting made deep bodies quadratic.
    """
    parts: list[str] = []
    _collect(el, parts)
    return clean_space(" ".join(parts))


def _collect(el: etree._Element, parts: list[str]) -> None:
    parts.append(el.text or "")
    for child in el:
        _collect(child, parts)
        parts.append(child.tail or "")


def _is_short_item(text: str) -> bool:
    return len(words(text)) <= 8 and not re.search(r"[.!?…]$", text)


def list_to_paragraphs(items: list[str]) -> list[str]:
    """How a list is read aloud.

    A list of short fragments ("Price: 49.95", "Eggs", "Flour") becomes one
    paragraph with the items separated by semicolons and a closing full stop:
    read one by one, each fragment would get a paragraph pause and the list
    would sound like a stutter. A list whose items are sentences keeps one
    paragraph per item, which is how a reader reads them too.
    """
    items = [i for i in (clean_space(x) for x in items) if i]
    if not items:
        return []
    if len(items) > 1 and all(_is_short_item(i) for i in items):
        return ["; ".join(items) + "."]
    return items


def blocks_from_xml(body: etree._Element) -> list[Block]:
    """Turn trafilatura's XML body into ordered heading/paragraph blocks.

    Text from :func:`_text` is already cleaned (``clean_space`` is idempotent), so
    it is not cleaned a second time: the regexes were most of this function's time.
    """
    blocks: list[Block] = []

    def para(text: str | None, clean: bool = True) -> None:
        text = clean_space(text or "") if clean else text or ""
        if text and words(text):
            blocks.append(Block("paragraph", text))

    para(body.text)
    for el in body:
        tag = el.tag if isinstance(el.tag, str) else ""
        if tag == "head":
            text = _text(el)
            if words(text):
                blocks.append(Block("heading", text))
        elif tag == "list":
            # Nested lists: an item's text already includes its sub-items.
            items = ([_text(it) for it in el if it.tag == "item"]
                     or [_text(it) for it in el.iter("item")])
            for p in list_to_paragraphs(items):
                para(p)
        elif tag == "quote":
            inner = [c for c in el if c.tag in ("p", "list", "head")]
            if inner:
                para(el.text)
                for c in inner:
                    para(_text(c), clean=False)
                    para(c.tail)
            else:
                para(_text(el), clean=False)
        elif tag == "table":
            for row in el.iter("row"):
                cells = [_text(c) for c in row if c.tag == "cell"]
                para(", ".join(c for c in cells if c) + ".")
        elif tag in ("graphic", "ref"):
            pass
        else:
            para(_text(el), clean=False)
        para(el.tail)
    return blocks


# --------------------------------------------------------------------------- extraction


@dataclass
class _Candidate:
    name: str
    blocks: list[Block]

    @cached_property  # the blocks are not changed once a candidate is made
    def n_words(self) -> int:
        return sum(len(words(b.text)) for b in self.blocks if b.kind == "paragraph")


_TRAF_OPTS = {
    "include_comments": False,
    "include_tables": True,
    "include_images": False,
    "include_formatting": False,
    "include_links": False,
    "deduplicate": False,
}


def _trafilatura(tree: lxml_html.HtmlElement | None, url: str | None, **kw: object):
    if tree is None:
        return None
    kw.setdefault("with_metadata", True)
    if kw["with_metadata"]:
        limit_date_languages()
        kw["date_extraction_params"] = DATE_PARAMS
    try:
        return trafilatura.bare_extraction(
            tree, url=url, output_format="python", **_TRAF_OPTS, **kw
        )
    except Exception as err:  # one bad heuristic must not sink the page
        log.debug("trafilatura failed: %s", err)
        return None


@lru_cache(maxsize=8)
def _stoplist(name: str) -> frozenset[str]:
    import justext

    return justext.get_stoplist(name)


def _neighbours(classes: list[str], order: range, ignore_neargood: bool) -> dict[int, str]:
    """For each index, the class of the nearest good/bad paragraph before it in ``order``
    (or neargood, unless ignored), 'bad' at the page's edge: jusText's neighbour rule."""
    out: dict[int, str] = {}
    last = "bad"
    for i in order:
        out[i] = last
        c = classes[i]
        if c in ("good", "bad") or (c == "neargood" and not ignore_neargood):
            last = c
    return out


def revise_paragraph_classification(paragraphs: list, max_heading_distance: int) -> None:
    """jusText's context-sensitive pass, same result, linear instead of quadratic time.

    jusText finds each short paragraph's nearest good or bad neighbour by walking
    the list from that paragraph; on pages with thousands of short paragraphs
    (tables, calendars, long menus) that walk alone took over a second, which
    breaks the 2-second budget per page. Here the neighbours are computed in
    one sweep each way; the classification rules are jusText's (3.0).
    """
    n = len(paragraphs)

    def near_good_heading(i: int) -> bool:
        j, distance = i + 1, 0
        while j < n and distance <= max_heading_distance:
            if paragraphs[j].class_type == "good":
                return True
            distance += len(paragraphs[j].text)
            j += 1
        return False

    for i, p in enumerate(paragraphs):
        p.class_type = p.cf_class
        if p.heading and p.class_type == "short" and near_good_heading(i):
            p.class_type = "neargood"
    classes = [p.class_type for p in paragraphs]
    prev_gb = _neighbours(classes, range(n), True)
    next_gb = _neighbours(classes, range(n - 1, -1, -1), True)
    prev_any = _neighbours(classes, range(n), False)
    next_any = _neighbours(classes, range(n - 1, -1, -1), False)
    for i, p in enumerate(paragraphs):
        if classes[i] != "short":
            continue
        prev, nxt = prev_gb[i], next_gb[i]
        if prev == nxt:
            p.class_type = prev
        elif (prev == "bad" and prev_any[i] == "neargood") or (
            nxt == "bad" and next_any[i] == "neargood"
        ):
            p.class_type = "good"
        else:
            p.class_type = "bad"
    # Neargood paragraphs, in order: one already revised counts as a neighbour.
    classes = [p.class_type for p in paragraphs]
    next_gb = _neighbours(classes, range(n - 1, -1, -1), True)
    last = "bad"
    for i, p in enumerate(paragraphs):
        if p.class_type == "neargood":
            p.class_type = "bad" if (last, next_gb[i]) == ("bad", "bad") else "good"
        if p.class_type in ("good", "bad"):
            last = p.class_type
    for i, p in enumerate(paragraphs):
        if p.heading and p.class_type == "bad" and p.cf_class != "bad" and near_good_heading(i):
            p.class_type = "good"


# What jusText's normalize_whitespace changes: a whitespace character other than a
# space, or two spaces in a row. Text without either comes back as it was.
_JT_SPACING = re.compile(r"[^\S ]| {2}")


@lru_cache(maxsize=1)
def _lean_paragraph_maker() -> type:
    """jusText's ParagraphMaker, with paragraphs that compute their text once.

    jusText's ``Paragraph.text`` joins and re-normalizes the paragraph's text nodes
    on every access, and its classification reads it about eight times per
    paragraph (length, word count, stop-word and link densities, the '©' test,
    heading distances); its ``append_text`` runs a regex with a Python callback on
    every text node, one call per space. That was almost half of jusText's time
    (0.037 s per page on the 683 tune pages, 0.021 s without). Here the text is
    computed when the paragraph is complete and kept, text nodes that need no
    spacing change skip the regex, and the XPath jusText records for each
    paragraph (unused here) is not built. The paragraphs, their texts, link counts
    and classes are jusText's own (the same on all 683 tune pages;
    tests/test_extract.py compares them with jusText's on a written page).
    """
    from justext import core, paragraph
    from justext.utils import normalize_whitespace

    class LeanParagraph(paragraph.Paragraph):
        def __init__(self, path: object) -> None:  # jusText's, minus the XPath
            self.dom_path = path.dom
            self.xpath = ""
            self.text_nodes = []
            self.chars_count_in_links = 0
            self.tags_count = 0
            self.class_type = ""

        # Only read once the paragraph is complete: jusText's ParagraphMaker first
        # reads it (through len()) when it starts the next paragraph.
        @cached_property
        def text(self) -> str:
            return normalize_whitespace("".join(self.text_nodes).strip())

        @cached_property
        def is_heading(self) -> bool:
            return bool(paragraph.HEADINGS_PATTERN.search(self.dom_path))

        @cached_property
        def words_count(self) -> int:
            return len(self.text.split())

        def append_text(self, text: str) -> str:
            if _JT_SPACING.search(text):
                text = normalize_whitespace(text)
            self.text_nodes.append(text)
            return text

    class LeanParagraphMaker(core.ParagraphMaker):
        def _start_new_pragraph(self) -> None:
            if self.paragraph and self.paragraph.contains_text():
                self.paragraphs.append(self.paragraph)
            self.paragraph = LeanParagraph(self.path)

    return LeanParagraphMaker


def justext_paragraphs(html_text: str) -> list:
    """jusText's paragraphs of a page (its preprocessing, then its segmentation)."""
    from justext import core

    dom = core.preprocessor(core.html_to_dom(html_text.encode("utf-8"), encoding="utf-8"))
    return _lean_paragraph_maker().make_paragraphs(dom)


def _justext_blocks(html_text: str, language: str | None) -> list[Block]:
    """jusText, an extractor independent of trafilatura's main heuristics."""

    from justext import core

    name = next((n for n, c in LANG_NAMES.items() if c == language), "English")
    try:
        # justext.justext() step by step, with its last step in linear time.
        paras = justext_paragraphs(html_text)
        core.classify_paragraphs(paras, _stoplist(name), core.LENGTH_LOW_DEFAULT,
                                 core.LENGTH_HIGH_DEFAULT, core.STOPWORDS_LOW_DEFAULT,
                                 core.STOPWORDS_HIGH_DEFAULT, core.MAX_LINK_DENSITY_DEFAULT,
                                 core.NO_HEADINGS_DEFAULT)
        revise_paragraph_classification(paras, core.MAX_HEADING_DISTANCE_DEFAULT)
    except Exception as err:
        log.debug("jusText failed: %s", err)
        return []
    out = []
    for p in paras:
        if p.is_boilerplate:
            continue
        kind = "heading" if p.is_heading else "paragraph"
        text = clean_space(p.text)
        if words(text):
            out.append(Block(kind, text))
    return out


def _readability_blocks(html_text: str) -> list[Block]:
    """readability-lxml (Mozilla Readability's scoring), a second independent extractor.

    It scores the page's containers by paragraph text and class names and keeps the
    best one whole, so it keeps list items and short lines inside the article that
    jusText (which judges each paragraph alone) throws away; that makes the two good
    complementary referees.
    """
    from readability import Document

    try:
        summary = Document(html_text).summary(html_partial=True)
        root = lxml_html.fragment_fromstring(summary, create_parent="div")
    except Exception as err:  # a referee failing must not sink the page
        log.debug("readability failed: %s", err)
        return []
    return html_blocks(root)


_BLOCK_TAGS = frozenset({
    "p", "div", "li", "ul", "ol", "dl", "dd", "dt", "td", "th", "tr", "table", "pre",
    "blockquote", "section", "article", "main", "header", "footer", "aside", "figure", "br",
    "h1", "h2", "h3", "h4", "h5", "h6",
})


def html_blocks(root: lxml_html.HtmlElement) -> list[Block]:
    """Text of an HTML fragment as blocks: a new block at every block-level element.

    Inside a block the pieces are joined as written: a space between them split words
    written across inline elements ('<b>Fa</b>cebook' became 'Fa cebook')."""
    out: list[Block] = []
    buf: list[str] = []
    kind = ["paragraph"]

    def flush() -> None:
        text = clean_space("".join(buf))
        buf.clear()
        if words(text):
            out.append(Block(kind[0], text))
        kind[0] = "paragraph"

    def walk(el: lxml_html.HtmlElement) -> None:
        tag = el.tag if isinstance(el.tag, str) else ""
        if tag in ("", "script", "style", "template"):  # "": a comment
            return
        if tag in _BLOCK_TAGS:
            flush()
            if re.fullmatch(r"h[1-6]", tag):
                kind[0] = "heading"
        apart = " " if tag in cleaning.SEPARATING_TAGS else ""  # a button or label is a box
        buf.append(apart + (el.text or ""))
        for child in el:
            walk(child)
            buf.append(child.tail or "")
        buf.append(apart)
        if tag in _BLOCK_TAGS:
            flush()

    walk(root)
    flush()
    return out


class Referees(Sequence[list[Block]]):
    """The two independent extractors, jusText then readability, each run on first use.

    They are the second opinions of the recall extension (:func:`_recall_wins`) and
    of edge trimming (:func:`trim_unconfirmed_edges`), which both stop asking as soon
    as the answer cannot change: jusText alone often confirms the recall text or the
    body's edges, and then readability is never run. Together they were a third of
    the extraction's CPU time, readability the larger part; on the 683 tune pages
    readability now runs on 305 (before: every page under ``MAX_REFEREE_ELEMENTS``),
    with the same output on every page.
    """

    def __init__(self, html_text: str, language: str | None) -> None:
        self._html = html_text
        self._language = language

    @cached_property
    def justext(self) -> list[Block]:
        return _justext_blocks(self._html, self._language)

    @cached_property
    def readability(self) -> list[Block]:
        return _readability_blocks(self._html)

    def __len__(self) -> int:
        return 2

    @overload
    def __getitem__(self, index: int) -> list[Block]: ...

    @overload
    def __getitem__(self, index: slice) -> Sequence[list[Block]]: ...

    def __getitem__(self, index: int | slice) -> list[Block] | Sequence[list[Block]]:
        if isinstance(index, slice):
            return [self[i] for i in range(len(self))[index]]
        if index in (0, -2):
            return self.justext
        if index in (1, -1):
            return self.readability
        raise IndexError(index)


def _shingles(blocks: list[Block], n: int = 4) -> set[tuple[str, ...]]:
    toks = [w.casefold() for b in blocks for w in words(b.text)]
    return {tuple(toks[i : i + n]) for i in range(max(len(toks) - n + 1, 0))}


def _referee_agrees(precise: _Candidate, balanced: _Candidate, referee: list[Block]) -> bool:
    """Does the independent extractor also take the text only the balanced pass kept?"""
    extra = _shingles(balanced.blocks) - _shingles(precise.blocks)
    if not extra:
        return False
    return len(extra & _shingles(referee)) / len(extra) >= REFEREE_SHARE


def _choose(candidates: list[_Candidate], referee: list[Block] | None = None) -> _Candidate:
    """The rule for choosing between extractors.

    ``candidates`` are, in order: trafilatura in precision mode, trafilatura in
    its balanced default, and (only when both found less than ``MIN_WORDS``
    words) trafilatura in recall mode and jusText.

    1. Precision mode leaves out more chrome, so it is preferred while it keeps
       at least ``AGREEMENT`` of the words the balanced pass found.
    2. When it keeps less, the two passes disagree about a large part of the
       page: either precision mode cut the body short, or the balanced pass
       swallowed comments or other stories. If precision mode kept less than
       ``MIN_WORDS``, the balanced pass wins. Otherwise jusText, which works on
       different signals (stop-word density, link density), is the referee: if
       it also keeps ``REFEREE_SHARE`` of the text that only the balanced pass
       kept, the balanced pass wins, otherwise precision mode does. (jusText
       misses text in modern div-heavy layouts, hence a share below one half.)
    3. When the winner is still shorter than ``MIN_WORDS``, the candidate with
       the most body words wins, provided it beats it by half again: a small
       gain is not worth the chrome a recall-oriented extractor brings.
    """
    precise, balanced = candidates[0], candidates[1]
    first = precise
    if precise.n_words < AGREEMENT * balanced.n_words and (
        precise.n_words < MIN_WORDS
        or referee is None
        or _referee_agrees(precise, balanced, referee)
    ):
        first = balanced
    if first.n_words >= MIN_WORDS or len(candidates) == 2:
        return first
    best = max(candidates, key=lambda c: c.n_words)
    return best if best.n_words > first.n_words * 1.5 else first


def restore_headings(base: list[Block], fuller: list[Block]) -> list[Block]:
    """Put back the section headings that precision mode dropped.

    trafilatura's precision mode deletes headings made of links and, because it
    drops the text after an empty element, the text of a heading that starts
    with an empty anchor (``<h2><span id="intro"></span>Intro</h2>``, what
    table-of-contents plugins write). For a narration, headings are the chapter
    marks, so a heading of the fuller (balanced) pass is put back in front of
    the paragraph it introduces there, when precision mode kept that paragraph
    and has no heading of its own in front of it. Headings before the first
    paragraph are not put back: that is the headline, the standfirst and teaser
    zone, which the introduction covers.
    """
    if not base or not fuller:
        return base
    have = {normalize(b.text) for b in base}
    index = {normalize(b.text): i for i, b in enumerate(base) if b.kind == "paragraph"}
    first = next((i for i, b in enumerate(base) if b.kind == "paragraph"), len(base))
    inserts: dict[int, list[Block]] = {}
    pending: list[Block] = []
    for block in fuller:
        key = normalize(block.text)
        if block.kind == "heading":
            pending = [] if key in have else [*pending, block]
            continue
        i = index.get(key)
        if pending and i is not None and i > first and base[i - 1].kind != "heading":
            inserts.setdefault(i, []).extend(pending)
        pending = []
    if not inserts:
        return base
    out: list[Block] = []
    for i, block in enumerate(base):
        out.extend(inserts.get(i, ()))
        out.append(block)
    return out


def link_texts(tree: lxml_html.HtmlElement) -> set[str]:
    """Normalized texts of the page's links of two words or more."""
    out = set()
    for a in tree.iter("a"):
        key = normalize(a.text_content())
        if " " in key:
            out.add(key)
    return out


def is_link_text(text: str, links: set[str], share: float = LINK_TEXT_SHARE) -> bool:
    """Is more than ``share`` of ``text`` the page's link texts (a teaser, a menu entry)?"""
    key = normalize(text)
    if not key:
        return False
    if key in links:
        return True
    padded = f" {key} "
    covered = sum(len(a) for a in links if len(a) < len(key) and f" {a} " in padded)
    return covered > share * len(key)


def recall_extension(
    chosen: list[Block], recall: list[Block], links: set[str]
) -> list[Block]:
    """What the recall pass would read beyond ``chosen``, minus teasers.

    trafilatura's recall mode keeps list items, short paragraphs and sections
    that the other passes judge too thin, which is where 'how-to' and product
    articles keep much of their text, but it also keeps link lines inside the
    body ('READ MORE: Other story', 'Video: another review'). So its blocks
    that the chosen body lacks are dropped when they are link text, and
    headings it adds before the first block the two share are dropped (the
    headline and teaser zone). The result is judged by :func:`_recall_wins`.
    """
    have = {normalize(b.text) for b in chosen}
    out: list[Block] = []
    shared = False
    for block in recall:
        key = normalize(block.text)
        if key in have:
            shared = True
        elif is_link_text(block.text, links) or (not shared and block.kind == "heading"):
            continue
        out.append(block)
    return out


def _recall_wins(chosen: list[Block], extended: list[Block],
                 referees: Sequence[list[Block]]) -> bool:
    """Should the recall extension replace the chosen body?

    Only when it really adds text (more than ``RECALL_GAIN`` times the words),
    keeps ``RECALL_KEEPS`` of the chosen text (an extension, not another part
    of the page), and one independent extractor (jusText or readability) also
    keeps ``RECALL_CONFIRMED`` of the text only it adds: chrome that recall mode
    lets through (menus, teasers, comment boxes) is rarely kept by the
    referees, while the article's own lists and short paragraphs are.
    """
    def n_words(blocks: list[Block]) -> int:
        return _Candidate("", blocks).n_words

    if n_words(extended) <= RECALL_GAIN * n_words(chosen):
        return False
    base, ext = _shingles(chosen), _shingles(extended)
    if base and len(base & ext) < RECALL_KEEPS * len(base):
        return False
    extra = ext - base
    return bool(extra) and any(
        len(extra & _shingles(ref)) >= RECALL_CONFIRMED * len(extra) for ref in referees
    )


def trim_unconfirmed_edges(body: list[Block], referees: Sequence[list[Block]]) -> list[Block]:
    """Drop the runs of blocks at either end of the body that no referee keeps.

    Page furniture that gets into the body sits at its edges: a disclaimer,
    reference list, author box, 'in case you missed it' links or job ads after
    the article; a paywall offer or page label before it. jusText (stop words
    and link density, paragraph by paragraph) and readability (the best
    container as a whole) judge on signals that differ from trafilatura's and
    from each other; a block at the edge that *neither* keeps
    (``CONFIRMED_SHARE`` of its text) is dropped, and so on inward until a
    block one of them keeps. Blocks in the middle are never touched: the
    article's own sentences between confirmed paragraphs stay. Nothing is
    trimmed unless both referees found this article (each keeps
    ``REFEREES_SEE`` of the body), nor when trimming would remove more than
    ``MAX_TRIM`` of its words.

    The referees are taken one at a time (``referees`` may compute them on
    demand, see :class:`Referees`): once one of them misses the article, or the
    ones taken so far confirm both edge blocks, nothing can be trimmed whatever
    the others say, so they are not asked.
    """
    whole = _shingles(body)
    if not whole or len(referees) < 2:
        return body
    seen: list[set[tuple[str, ...]]] = []
    short: set[str] = set()

    def confirmed(block: Block) -> bool:
        own = _shingles([block])
        if not own:  # fewer than four words: compare the whole text
            return normalize(block.text) in short
        return any(len(own & ref) >= CONFIRMED_SHARE * len(own) for ref in seen)

    for referee in referees:
        ref = _shingles(referee)
        if len(whole & ref) < REFEREES_SEE * len(whole):
            return body
        seen.append(ref)
        short.update(normalize(b.text) for b in referee)
        if confirmed(body[0]) and confirmed(body[-1]):
            return body
    start, end = 0, len(body)
    while end > start and not confirmed(body[end - 1]):
        end -= 1
    while start < end and not confirmed(body[start]):
        start += 1
    kept = body[start:end]
    if _Candidate("", kept).n_words < (1 - MAX_TRIM) * _Candidate("", body).n_words:
        return body
    return kept


def trailing_link_lines(body: list[Block], links: set[str]) -> list[Block]:
    """Drop the run of link lines after the article's last paragraph.

    After the conclusion, pages list other stories ('More on this topic', then
    three headlines), the author's other posts, or tag links; each is the text of
    a link on the page (:func:`is_link_text`). The run at the very end of the body
    that is nothing but such lines (``TRAILING_LINK_SHARE`` of each is link text;
    headings among them go too) is dropped; link
    text in the middle of the article is its own business. The article's last
    paragraph is a sentence with text around any link, so it stops the run. Never
    more than half the body's words."""
    end = len(body)
    while end > 0 and (is_link_text(body[end - 1].text, links, TRAILING_LINK_SHARE)
                       or (body[end - 1].kind == "heading" and end < len(body))):
        end -= 1
    if end == len(body) or not any(b.kind == "paragraph" for b in body[:end]):
        return body
    if _Candidate("", body[:end]).n_words < 0.5 * _Candidate("", body).n_words:
        return body
    return body[:end]


# HTML comments are invisible, but left in the tree they split a paragraph's text:
# React pages write "suffered<!-- --> months", and the text after such a comment
# (its tail) is lost by extractors that skip comment nodes. So they are dropped at
# parse time, as trafilatura's own loader does.
_PARSER = lxml_html.HTMLParser(remove_comments=True, remove_pis=True, collect_ids=False)


def _parse(html_text: str) -> lxml_html.HtmlElement | None:
    html_text = html_text[:MAX_HTML_CHARS]
    # lxml refuses str input that carries an XML encoding declaration.
    html_text = re.sub(r"^\s*<\?xml[^>]*\?>", "", html_text)
    if not html_text.strip():
        return None
    try:
        return lxml_html.document_fromstring(html_text, parser=_PARSER)
    except (etree.ParserError, ValueError):
        return None


def _meta(doc: object, name: str) -> str | None:
    value = getattr(doc, name, None) if doc is not None else None
    return clean_space(value) if isinstance(value, str) and value.strip() else None


def extract_article(
    html: str | bytes,
    *,
    url: str | None = None,
    source: str = "",
    content_type: str | None = None,
) -> Article:
    """Extract the article a reader reads from one HTML page.

    ``html`` may be bytes (decoded with :func:`decode_html`, using
    ``content_type`` when known) or text. ``url`` is the page's address, used
    for metadata and relative links. Raises :class:`NoArticleError` when the page
    has no article body; any other problem inside the extractors is contained.
    """
    html_text = decode_html(html, content_type) if isinstance(html, bytes) else html
    html_text = fix_double_utf8(html_text)
    meta_tree = _parse(html_text)
    if meta_tree is None:
        raise NoArticleError(_no_article_message(source))
    stripped = deepcopy(meta_tree)
    strip_chrome(stripped)
    # trafilatura's extraction and metadata leave the tree they are given as it was
    # (bare_extraction copies it, extract_metadata and htmldate copy before pruning;
    # tested in tests/test_extract.py), so both trees are handed over without a copy.
    headlines = h1_texts(stripped)
    # the page's code listings, asked of the page itself: the extractors hand a listing
    # over whole, split into lines or merged with its gutter (see narrate.codeblocks)
    listings = code_listings(stripped)
    info = trafilatura_metadata(meta_tree, url)
    doc = _trafilatura(stripped, url, favor_precision=True, with_metadata=False, fast=True)
    candidates = [_Candidate("trafilatura-precision", _doc_blocks(doc))]
    balanced = _trafilatura(stripped, url, with_metadata=False)
    candidates.append(_Candidate("trafilatura", _doc_blocks(balanced)))
    lang_hint = language_code(_meta(info, "language") or stripped.get("lang"), "")
    referees = Referees(html_text, lang_hint)
    referee: list[Block] | None = None
    if candidates[0].n_words < AGREEMENT * candidates[1].n_words:
        referee = referees.justext
    recall = None
    if max(c.n_words for c in candidates) < MIN_WORDS:
        recall = _trafilatura(stripped, url, favor_recall=True, with_metadata=False)
        candidates.append(_Candidate("trafilatura-recall", _doc_blocks(recall)))
        referee = referees.justext
        candidates.append(_Candidate("justext", referee))
    chosen = _choose(candidates, referee)
    body = chosen.blocks
    if chosen is candidates[0]:
        body = restore_headings(body, candidates[1].blocks)
    links = link_texts(stripped)
    if sum(1 for _ in stripped.iter()) <= MAX_REFEREE_ELEMENTS:
        if recall is None:
            recall = _trafilatura(stripped, url, favor_recall=True, with_metadata=False)
        extended = recall_extension(body, _doc_blocks(recall), links)
        if _recall_wins(body, extended, referees):
            body = extended
        body = trim_unconfirmed_edges(body, referees)
    body = trailing_link_lines(body, links)

    site = site_name(_meta(info, "sitename"))
    title = choose_title(_meta(info, "title") or "", headlines, site or "", url or "",
                         clean_space(meta_tree.findtext(".//title") or ""))
    author = choose_author(meta_tree, title, _meta(info, "author"), site or "")
    date = choose_date(_meta(info, "date"), meta_tree, title)
    if copyright_year_only(date, html_text):
        date = published_date(meta_tree)
    ctx = Context(title=title, author=author or "", date=date or "", site=site or "")
    blocks, dropped = clean_blocks(body, ctx)
    for rule, text in dropped:
        log.debug("dropped by %s: %.80s", rule, text)
    cards = teaser_cards(meta_tree)
    partial = review_page(meta_tree, blocks, source=source, cards=cards)  # refuses non-articles
    blocks = trailing_teasers(blocks, cards)
    # marked last, so every rule above judged the blocks exactly as before; the text is kept
    blocks = mark_code(blocks, listings)
    n_words = sum(len(words(b.text)) for b in blocks if b.kind == "paragraph")
    if n_words < MIN_ARTICLE_WORDS:
        raise NoArticleError(_no_article_message(source))
    body_text = " ".join(b.text for b in blocks)
    return Article(
        title=title or _first_heading(blocks),
        blocks=tuple(blocks),
        author=author,
        date=date[:10] if date and re.match(r"\d{4}-\d\d-\d\d", date) else None,
        site=site,
        language=language_code(_meta(info, "language") or stripped.get("lang"), body_text),
        url=_meta(info, "url") or url,
        image=_meta(info, "image"),
        source=source,
        description=_meta(info, "description"),
        partial=partial,
    )


def _first_heading(blocks: list[Block]) -> str:
    return next((b.text for b in blocks if b.kind == "heading"), "")


def _doc_blocks(doc: object) -> list[Block]:
    body = getattr(doc, "body", None) if doc is not None else None
    if body is None:
        return []
    return blocks_from_xml(body)


def _no_article_message(source: str) -> str:
    where = f" in {source}" if source else ""
    return (
        f"no article text found{where}: give the URL or saved HTML of a single article page, "
        "not a home page, index, or a page that needs JavaScript to show its text"
    )


__all__ = [
    "decode_html",
    "extract_article",
    "fix_double_utf8",
    "list_to_paragraphs",
]
