"""Code listings: find them on the page and mark the body paragraphs that are one.

A tutorial's ``<pre>`` block reaches the extracted body flattened onto one line,
and read token by token it is noise ("greater than greater than greater than
def foo bar equals..."). The narration says a short note in its place instead
(:mod:`narrate.script`), while the written outputs keep the code. This module
decides which paragraphs are code.

Extractors (trafilatura's three modes, jusText, readability) hand a listing
over in different shapes: whole, split into lines or rows, or with its
line-number gutter. So the page itself is asked first: :func:`code_listings`
collects the texts of the code listings in the (chrome-stripped) tree, the way
:func:`narrate.extract.link_texts` collects link texts, and :func:`mark_code`
then marks the extracted paragraphs whose text lies inside one of them.

What is a listing is decided by its shape, not by the ``<pre>`` tag alone:
``<pre>`` also holds poems, addresses, plain-text letters and quoted e-mails,
which are read as before. A single short command line (``pip install
requests``) is worth hearing and is not a listing either; the normalizer reads
it by shape (:mod:`narrate.speech.code`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from lxml import html as lxml_html

from .cleaning import normalize
from .models import Block

# Class names that highlighters and code-block markup write (Pygments, Rouge,
# highlight.js, Prism, SyntaxHighlighter, Enlighter, Crayon, gists, Pandoc,
# Markdown renderers, WordPress' code block): a hint, weighed with the shape.
CODE_CLASS = re.compile(
    r"highlight|language-|\blang-|sourcecode|brush:|syntax|gist|hljs|prettyprint|codehilite"
    r"|enlighter|crayon|prism|rouge|\bcode\b|codeblock", re.IGNORECASE)
# Line-number gutters of highlighters: their numbers are never read.
# The class names only a highlighter writes: a ``<div>`` carrying one is a listing drawn
# line per ``<div>`` (a bare "code" class is too common on other things: postal codes).
HIGHLIGHTER_CLASS = re.compile(
    r"highlight|language-|sourcecode|syntaxhighlighter|gist|hljs|prettyprint|codehilite"
    r"|enlighter|crayon|prism|rouge", re.IGNORECASE)
GUTTER_CLASS = re.compile(
    r"gutter|line-?numbers?|linenos?|lineno|blob-num|hljs-ln-n|ln-num|line-number",
    re.IGNORECASE)

#: a one-line listing of at most this many tokens and characters, with no
#: brackets, quotes or pipes, is a command worth hearing (``npm run build``)
SHORT_COMMAND_TOKENS = 8
SHORT_COMMAND_CHARS = 70
_COMMAND_BREAKERS = re.compile(r"[(){}\[\];\"'`|&<>]")

#: a paragraph this many word tokens long, found inside a listing, is part of it;
#: shorter ones must also look like code or sit beside a marked part of the same listing
MIN_CONTAINED_TOKENS = 6

_BLOCK_TAGS = frozenset({
    "div", "p", "li", "tr", "table", "tbody", "thead", "pre", "ol", "ul", "section",
    "blockquote", "h1", "h2", "h3", "h4", "h5", "h6", "dd", "dt",
})

# A line that is code by itself: a prompt, a closing or opening bracket at its
# ends, a keyword that starts a statement, or a token no sentence writes.
_PROMPT = re.compile(r"^\s*(?:\$|>>>|\.\.\.|%|PS [A-Z]:\\[^>]*>|[A-Z]:\\[^>]*>|\w+@[\w.-]+:\S*[$#])"
                     r"(?:\s|$)")
_BRACKET_ENDS = re.compile(r"[{}\[(\\]\s*$|\)\s*:\s*$|^\s*[}\])]")
_KEYWORD_START = re.compile(
    r"^\s*(?:def|class|import|from\s+\S+\s+import|return|elif|else:|try:|except|finally:|"
    r"var|let|const|function|public|private|protected|static|void|package|fn|#include|"
    r"#define|SELECT|INSERT|CREATE|UPDATE|DELETE|ALTER|DROP|sudo|cd|git|pip|npm|yarn|"
    r"docker|kubectl|curl|wget|apt|apt-get|brew|echo|export|print|console\.log|"
    r"Traceback|raise|assert|async|await|lambda|struct|enum|impl|using|namespace)\b")
_CODE_TOKEN = re.compile(
    r"[A-Za-z_]\w*\(|[=!<>]=|->|=>|::|&&|\|\||</\w+>|<\w+(?:\s+[\w-]+=|\s*/?>)|"
    r"\b[a-z]+_\w+\b|\b[a-z]+[A-Z][a-z]\w*\b|\w\.\w+\(|\w\[[\w\"':-]*\]|"
    r"(?:^|\s)--?[a-z][\w-]*|\w=[\w\"'\[({]|\s=\s|\+=|\bnull\b|\bNone\b|\btrue\b|\bfalse\b")
_WORD = re.compile(r"[^\W\d_]{2,}")


@dataclass(frozen=True)
class Listing:
    """A code listing of the page, as comparison keys (:func:`narrate.cleaning.normalize`).

    ``whole`` is everything the listing shows, gutter included, because an
    extractor may hand over either; ``code`` leaves the gutter out.
    """

    whole: str
    code: str
    gutter: str = ""
    flat: str = ""  # ``whole`` with the lines run together, as some extractors give it


def element_lines(el: lxml_html.HtmlElement, skip: frozenset = frozenset()) -> str:
    """The text of ``el`` with a line break at every ``<br>`` and block element.

    Highlighters draw a listing as one ``<div>`` or table row per line; their
    text run together would hide the line structure the shape test needs.
    Elements in ``skip`` (a gutter) are left out.
    """
    parts: list[str] = []

    def walk(node) -> None:
        if node in skip:
            return
        tag = node.tag if isinstance(node.tag, str) else ""
        if tag == "br" or tag in _BLOCK_TAGS:
            parts.append("\n")
        parts.append(node.text or "")
        for child in node:
            walk(child)
            parts.append(child.tail or "")
        if tag in _BLOCK_TAGS:
            parts.append("\n")

    walk(el)
    return "".join(parts)


def _lines(text: str) -> list[str]:
    return [line.rstrip() for line in text.replace("\r", "\n").split("\n") if line.strip()]


def is_short_command(text: str) -> bool:
    """Is ``text`` one short command line, worth hearing (``pip install requests``)?"""
    lines = _lines(text)
    if len(lines) != 1:
        return False
    line = lines[0].strip()
    return (len(line.split()) <= SHORT_COMMAND_TOKENS and len(line) <= SHORT_COMMAND_CHARS
            and not _COMMAND_BREAKERS.search(line) and line.count("=") <= 1)


def is_code_line(line: str) -> bool:
    """Does this one line read as code (a prompt, a statement, a token no sentence has)?

    A final semicolon counts only on a line that is not a run of words: a
    poem's line ends in one too.
    """
    return bool(_PROMPT.search(line) or _BRACKET_ENDS.search(line)
                or _KEYWORD_START.search(line) or _CODE_TOKEN.search(line)
                or (line.rstrip().endswith(";") and not is_prose_line(line)
                    and len(line.split()) < 4))


def is_prose_line(line: str) -> bool:
    """A line of words: five or more, nearly all of them letters, and no code token."""
    tokens = line.split()
    if len(tokens) < 5:
        return False
    wordy = sum(1 for t in tokens if _WORD.fullmatch(t.strip(".,;:!?\"'()’“”«»—-")))
    return wordy >= 0.7 * len(tokens) and not _CODE_TOKEN.search(line)


def looks_like_code(text: str, *, hint: bool = False) -> bool:
    """Is ``text`` (lines kept) a code listing rather than prose or a short command?

    Shape decides: the share of lines that read as code against the share that
    read as sentences. ``hint`` (a highlighter's class, a ``<code>`` element
    inside the ``<pre>``) lowers the bar: program output ("8 8 8 8 8") has no
    code token, but it has no sentence either. Prose in a ``<pre>`` (a poem, an
    address, a letter) has few code lines and is read as before.
    """
    lines = _lines(text)
    if not lines or is_short_command(text):
        return False
    code = sum(1 for line in lines if is_code_line(line)) / len(lines)
    prose = sum(1 for line in lines if is_prose_line(line)) / len(lines)
    if hint and prose < 0.3 and (len(lines) > 1 or code > 0):
        return True
    return code >= 0.5 or (code >= 0.25 and prose < 0.5)


def _classes(el) -> str:
    return el.get("class") or ""


def _hinted(el) -> bool:
    """Does the markup itself say ``el`` is code (a highlighter class, a ``<code>`` inside)?"""
    parent = el.getparent()
    names = [_classes(el), _classes(parent) if parent is not None else ""]
    names += [_classes(c) for c in el.iter("code")]
    return any(CODE_CLASS.search(n) for n in names) or next(el.iter("code"), None) is not None


def _gutters(el) -> list:
    """The line-number gutter elements inside a listing: by class, or a table cell of digits."""
    out = [g for g in el.iter() if isinstance(g.tag, str) and g is not el
           and GUTTER_CLASS.search(_classes(g))]
    if el.tag == "table":
        for td in el.iter("td"):
            text = td.text_content()
            if text.strip() and re.fullmatch(r"[\d\s.:]+", text) and td not in out:
                out.append(td)
    return [g for g in out if not any(a in out for a in g.iterancestors())]


def _listing(el, hint: bool) -> Listing | None:
    gutter = _gutters(el)
    code_text = element_lines(el, frozenset(gutter))
    if not looks_like_code(code_text, hint=hint):
        return None
    return Listing(normalize(element_lines(el)), normalize(code_text),
                   " ".join(normalize(element_lines(g)) for g in gutter),
                   normalize(el.text_content()))


def _highlighter_tables(tree) -> list:
    """Tables that draw a listing: a highlighter's class, or a gutter beside a code cell."""
    out = []
    for table in tree.iter("table"):
        if any(t is table or t in table.iterancestors() for t in out):
            continue
        names = " ".join([_classes(table), *(_classes(a) for a in list(table.iterancestors())[:2])])
        has_code = next(table.iter("pre", "code"), None) is not None or any(
            CODE_CLASS.search(_classes(td)) for td in table.iter("td"))
        gutter = any(GUTTER_CLASS.search(_classes(td)) for td in table.iter("td"))
        if (CODE_CLASS.search(names) and (has_code or gutter)) or (gutter and has_code):
            out.append(table)
    return out


def code_listings(tree: lxml_html.HtmlElement) -> list[Listing]:
    """The code listings of a page, in document order.

    Candidates: highlighter tables (SyntaxHighlighter, gists, Pygments'
    ``highlighttable``), every outermost ``<pre>``, line-per-``<div>`` blocks
    with a highlighter class, and a ``<code>`` that stands alone as a block of
    several lines. Each is kept only when its text, gutter left out, looks like
    code (:func:`looks_like_code`). Inline ``<code>`` inside a sentence is the
    normalizer's business and is never a listing.
    """
    taken: list = []

    def inside_taken(el) -> bool:
        return any(a in taken for a in el.iterancestors())

    listings: list[Listing] = []
    for table in _highlighter_tables(tree):
        taken.append(table)
        found = _listing(table, hint=True)
        if found:
            listings.append(found)
    for el in tree.iter("pre", "div", "code"):
        if el.tag == "div" and not HIGHLIGHTER_CLASS.search(_classes(el)):
            continue
        if el in taken or inside_taken(el):
            continue
        if el.tag == "div":
            if (next(el.iter("pre", "table"), None) is not None
                    or len(_lines(element_lines(el))) < 2):
                continue
        elif el.tag == "code":
            parent = el.getparent()
            if (parent is None or len(_lines(element_lines(el))) < 2
                    or normalize(parent.text_content()) != normalize(el.text_content())):
                continue
        taken.append(el)
        # a <div>'s highlighter-like class is no hint ("highlights" boxes of key points):
        # its lines must read as code by themselves
        found = _listing(el, hint=el.tag == "code" or (el.tag == "pre" and _hinted(el)))
        if found:
            listings.append(found)
    return listings


def _contained(key: str, listing: Listing) -> bool:
    padded = f" {key} "
    keys = (listing.whole, listing.code, listing.gutter, listing.flat)
    return any(padded in f" {k} " for k in keys if k)


def _strong(key: str, listing: Listing) -> bool:
    """Is this paragraph surely part of ``listing``, not a short line found in it by chance?

    Long enough, the whole listing, or a run of gutter numbers. A short one
    ("Done.", a one-word command shown on its own elsewhere) is not: it may be
    prose, or a short command the page shows in its own ``<pre>`` to be heard.
    """
    tokens = key.split()
    return (len(tokens) >= MIN_CONTAINED_TOKENS
            or key in (listing.whole, listing.code, listing.flat)
            or (len(tokens) >= 3 and all(t.isdigit() for t in tokens)))


def mark_code(blocks: Sequence[Block], listings: Sequence[Listing]) -> list[Block]:
    """``blocks`` with ``code=True`` on the paragraphs that are (part of) a code listing.

    A paragraph is code when its text (compared as :func:`narrate.cleaning.normalize`
    keys) lies inside one listing, and either it is long enough
    (:data:`MIN_CONTAINED_TOKENS`), is the whole listing or is a run of gutter
    numbers; a short line ("Done.", "foo") inside a listing is marked only
    beside a marked paragraph of the same listing, so a prose line that happens
    to occur in some listing is not. Headings and the
    text itself are never changed.
    """
    if not listings:
        return list(blocks)
    owner: list[int | None] = []
    strong: list[bool] = []
    for block in blocks:
        key = normalize(block.text) if block.kind == "paragraph" else ""
        found = next((i for i, lst in enumerate(listings) if key and _contained(key, lst)), None)
        owner.append(found)
        strong.append(found is not None and _strong(key, listings[found]))
    marked = list(strong)
    changed = True
    while changed:  # a weak line joins a marked neighbour of the same listing
        changed = False
        for i, own in enumerate(owner):
            if marked[i] or own is None:
                continue
            if any(0 <= j < len(blocks) and marked[j] and owner[j] == own for j in (i - 1, i + 1)):
                marked[i] = changed = True
    return [replace(b, code=True) if m else b for b, m in zip(blocks, marked, strict=True)]


__all__ = ["Listing", "code_listings", "is_short_command", "looks_like_code", "mark_code"]
