"""Metadata stage of extraction: who wrote the article, when, under which headline, on which site.

The narration's intro speaks these aloud ("From Harbour Notes. How the river ferry
came back, by Ines Marlow, published March 3"), so a wrong value is heard, not
just stored. trafilatura's metadata (:func:`trafilatura_metadata`) is the first
opinion; the functions here check and correct it against what a reader sees on
the page:

* **Author** (:func:`choose_author`): the visible byline near the headline, marked
  author elements, ``<meta>``/JSON-LD, an author bio; never a photo credit, a
  company, a CMS account or the publisher (:func:`clean_author`,
  :func:`drop_publishers`).
* **Date** (:func:`choose_date`): the original publication day, not a modified
  day or a copyright year (:func:`copyright_year_only`).
* **Title** (:func:`choose_title`): the visible ``<h1>`` headline rather than an
  SEO ``<title>``, without the site's name.
* **Site** (:func:`site_name`): a name, not a template placeholder.
* **Language** (:func:`detect_language`) when the page does not declare one.

Every function takes the parsed page (``lxml`` tree) or strings and returns
plain values; :func:`narrate.extract.extract_article` calls them.
"""

from __future__ import annotations

import json
import logging
import re
from functools import lru_cache

from lxml import etree
from lxml import html as lxml_html

from narrate.cleaning import body_elements, clean_space, normalize, words

log = logging.getLogger(__name__)

# The publication date: the original one, searched for extensively (visible
# "March 3, 2024" text included). See limit_date_languages for the cost.
DATE_PARAMS = {"extensive_search": True, "original_date": True}
# Languages dateparser tries on free-text dates (see limit_date_languages).
DATE_LANGUAGES = ("en", "de", "fr", "es", "it", "pt", "nl", "sv", "da", "nb", "fi", "pl", "cs",
                  "ru", "tr")

# --------------------------------------------------------------------------- metadata


_AUTHOR_PREFIX = re.compile(
    r"^(?:view (?:all|more) posts(?: by)?|read more (?:about|from)|more (?:about|from)|"
    # WordPress's 'View all posts by' in its other languages (the theme's author link)
    r"(?:zeige |alle )?(?:alle )?beiträge von|voir tous les articles (?:de|par)|"
    r"ver todas las entradas de|vedi tutti gli articoli di|bekijk alle berichten van|"
    r"(?:more )?posts by|written by|posted by|recipe by|"
    r"article by|story by|words by|text by|published by|author(?:s|ed by)?\s*:?|autor(?:in)?\s*:?|"
    r"(?:eingestellt|erstellt|geschrieben|verfasst|veröffentlicht|gepostet|publié|écrit|"
    r"escrito|publicado|scritto|pubblicato|geschreven|geplaatst)\s+(?:von|par|por|da|door)|"
    r"by|von|par|por|di)\s+",
    re.IGNORECASE,
)
_AUTHOR_CUT = re.compile(
    r"\s*(?:\b(?:(?:medically |fact[- ]checked |expert )?reviewed by|edited by|updated|published|"
    r"(?:photos?|photographs?|photography|images?|illustrations?|pictures?)\s*(?:by|:)|"
    r"(?:lead |head |chief |contributing |certified |licensed )?(?:senior|staff|writer|reporter|"
    r"editor|founder|co-founder|correspondent|contributor|contributing|columnist|journalist|"
    r"director|ceo|manager|photographer|team lead|follow|reviewer|expert|consultant|"
    r"winemaker))\b|[|•·,(]\s*$).*$",
    re.IGNORECASE,
)
_ROLE = re.compile(
    r"\b(?:senior|staff|writer|reporter|editor|founder|correspondent|contributor|contributing|"
    r"columnist|journalist|director|ceo|manager|photographer|reviewer|expert|consultant|"
    r"winemaker|journalism|grader|educators?|team lead)\b", re.IGNORECASE)
_NOT_A_NAME = re.compile(r"https?:|\bwww\b|@|©|\bprivacy\b|\bno author\b|\badmin\b|\bhttp\b|"
                         # Blogger's "View my complete profile", localized ("Afficher mon
                         # profil complet", "Mein Profil vollständig anzeigen", "Ver mi perfil")
                         r"\b(?:author|autor|autorin|auteur|autore)\b|\b(?:profile|profil|perfil)\b|"
                         # a template's field label left where the name should be
                         r"^(?:name|nom|nombre|datum|date|fecha|posted|gepostet|published|"
                         r"unknown|unbekannt)$|"
                         r"^(?:view|see|visit|read)\b|"
                         r"^(?:written by|by)$", re.IGNORECASE)
# A credit line is not a byline: 'Photo: Jane Doe', 'Illustration by Sam Roe', 'Getty
# Images', 'Courtesy of the museum' name who made a picture, not who wrote the story.
_CREDIT_NAME = re.compile(
    r"\b(?:photo(?:s|graph(?:s|y|ers?)?)?|fotos?|images?|illustrat(?:ion|ions|ed|or|ors)|"
    r"graphics?|credits?|courtesy|"
    r"getty|shutterstock|istock\w*|unsplash|pexels|alamy|"
    # the theme's designer, credited in the template's <meta name="author">
    r"designed|design by|theme by|webdesign|web design)\b", re.IGNORECASE)
# A company is a publisher, not a writer: legal-form suffixes shared by companies in
# many countries ('Example Media GmbH', 'Foo Publishing, LLC'), and copyright notices.
_COMPANY_NAME = re.compile(
    r"\b(?:gmbh|inc|llc|ltd|plc|corp|corporation|incorporated|limited|co\.? kg|kgaa|"
    r"pty|s\.?a\.?s|s\.?r\.?l|b\.?v|copyright)\b\.?|"
    # the registered association ('eingetragener Verein'), Germany's legal form for
    # clubs, charities and federations: 'Deutscher Caritasverband e.V.', '... e V'
    r"(?-i:\be\.?\s?V\b)\.?", re.IGNORECASE)
# CMS accounts a template prints when nobody filled in the byline: 'admin',
# 'webmaster', 'wpadmin', 'user123', 'jdoe_84' (a login, not a name a reader says).
_CMS_ACCOUNT = re.compile(
    r"^(?:admin\w*|administrator|webmaster|wp[\s_-]?admin|site[\s_-]?admin|root|superuser|"
    r"guest|default|user\d*|author\d*|editor\d+|[a-z]+[_\d][\w]*|"
    r"[a-z]+admin)$", re.IGNORECASE)
# A collective byline: 'Quill Staff', 'The Workshop Team', 'Community Editor', 'Staff'.
_COLLECTIVE = re.compile(r"^(?:(?:the\s+)?[\w&.'’-]+\s+)?"
                         r"(?:staff|team|editors?|desk|newsroom)$", re.IGNORECASE)
_QUALIFIER = re.compile(r"^(?:senior|staff|contributing|managing|executive|deputy|associate|"
                        r"chief|lead|head|assistant|features?|news|web|copy)\b", re.IGNORECASE)
_TRAILING_NUMBER = re.compile(r"(?:\s+\d{1,4})+$")
# trafilatura sometimes glues the byline's date on: 'Marlo Dec', 'Jane Doe Mar 3'.
_TRAILING_MONTH = re.compile(r"\s+(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.?"
                             r"(?:\s+\d{1,2}\b.*)?$", re.IGNORECASE)


def clean_author(name: str) -> str | None:
    """One author name without the 'By'/'View all posts by' label or job title.

    'Keith Barry Senior Autos Reporter' -> 'Keith Barry'; 'Recipe by PJ Hamel'
    -> 'PJ Hamel'. Returns None for things that are not names (URLs, 'admin').
    """
    name = clean_space(name)
    for _ in range(2):
        name = _AUTHOR_PREFIX.sub("", name).strip()
    if _COLLECTIVE.match(name) and (not _QUALIFIER.match(name) or re.fullmatch(
            r"staff|newsroom", name, re.IGNORECASE)) and not _NOT_A_NAME.search(name):
        # 'Quill Staff' is the byline itself; cutting the "job title" would leave
        # the bare brand ('Quill') or nothing at all.
        return name
    name = _TRAILING_NUMBER.sub("", _TRAILING_MONTH.sub("", name))
    name = _AUTHOR_CUT.sub("", name).strip(" ,;|-–—:")
    if not name or _NOT_A_NAME.search(name) or not 1 <= len(words(name)) <= 6:
        return None
    if _CREDIT_NAME.search(name) or _COMPANY_NAME.search(name) or _CMS_ACCOUNT.match(name):
        return None
    if not re.search(r"[^\W\d_]", name):
        return None  # '3', '4': pieces of a date, not a name
    return name


def clean_authors(raw: str | None) -> str | None:
    """trafilatura's "A; B; C" as "A, B and C" (how a narrator says it), each name cleaned."""
    return _join_authors(raw)


def _author_from_markup(tree: lxml_html.HtmlElement | None) -> str | None:
    """Author from <meta name=author>, Twitter's 'Written by' card or rel=author links,
    which trafilatura's metadata does not always read."""
    if tree is None:
        return None
    found: list[str] = []
    for el in tree.iter("meta"):
        name = (el.get("name") or el.get("property") or "").lower()
        if name in ("author", "article:author", "sailthru.author", "parsely-author", "dc.creator"):
            found.append(el.get("content") or "")
    labels = {(m.get("name") or "").lower(): m.get("content") or "" for m in tree.iter("meta")}
    for i in ("1", "2"):
        if labels.get(f"twitter:label{i}", "").lower() in ("written by", "author", "autor"):
            found.append(labels.get(f"twitter:data{i}", ""))
    for a in tree.iter("a"):
        if (a.get("rel") or "").lower() == "author":
            found.append(" ".join(a.itertext()))
    for raw in found:
        if clean_author(raw):
            return raw
    return None


# A visible byline: an explicit label, then a name of capitalised words (initials,
# particles and hyphenated names allowed).
_BYLINE_LABEL = re.compile(
    r"^\s*(?:written by|words by|story by|article by|posted by|by|von|par|por|author\s*:)\s*:?\s*"
    r"(.+?)\s*$", re.IGNORECASE,
)
# A name word: capitalised, an initial, a particle, or a brand that starts with a
# digit ('4c Partners', '37signals'), but not a time, ordinal or unit ('10am', '3rd').
_NAME_WORD = re.compile(r"^(?:[A-Z][\w'’.-]*|[A-Z]\.|de|van|von|der|da|di|le|la|del|y|"
                        r"\d+-?(?!(?i:st|nd|rd|th|am|pm|s|k|m|h|d|x|px|min|mph|km|kg|gb|mb)$)"
                        r"[A-Za-z][\w'’-]*)$")
# How far after the headline a byline may be, in characters of visible text.
BYLINE_WINDOW = 600


def _name_like(text: str) -> bool:
    toks = text.replace(",", " , ").split()
    if not 2 <= len([t for t in toks if t != ","]) <= 6 and not (
        len(toks) == 1 and toks[0][:1].isupper()
    ):
        return False
    return all(t == "," or t.lower() in ("and", "&", "with") or _NAME_WORD.match(t) for t in toks)


# Separators between the fields of a byline line ('By Jane Doe | Staff Writer').
_BYLINE_FIELD_SEP = re.compile(r"\s*[|•·⋅∙]\s*")


def _byline_name(el: lxml_html.HtmlElement, labels: re.Pattern[str]) -> str | None:
    """The name in ``el`` when its whole text is a short byline ('By Jane Doe')."""
    text = clean_space(" ".join(el.itertext()))
    # "By Jane Doe ⋅ Review Editor ⋅ Updated May 3, 2025": a byline line may run on
    # with separated fields (job title, date, reading time); the name is the first.
    first = _BYLINE_FIELD_SEP.split(text)[0]
    if not text or len(words(first)) > 8 or len(words(text)) > 20:
        return None
    m = labels.match(first)
    if not m:
        return None
    name = re.split(r"\s*(?:\bon\b|\bupdated\b|\bpublished\b)\s*", m.group(1))[0]
    name = name.strip(" ,;:-–—")
    # A name in its own link or element ("<a rel=author>Jane Doe</a> City Hall
    # Reporter") is exactly the name; the rest of the line is a job title.
    for child in el.iterdescendants():
        if not isinstance(child.tag, str):
            continue
        marks = " ".join(filter(None, (child.get("class"), child.get("itemprop"),
                                       child.get("rel"))))
        inner = clean_space(" ".join(child.itertext()))
        named = child.tag == "a" or re.search(r"author|name", marks, re.I)
        if (named or len(inner.split()) >= 2) and inner and name.startswith(inner) and (
                _name_like(inner)):
            # Several names, each in its own link or list item ("<li><a>Emily
            # Walker</a></li><li><a>Casey McDevitt</a></li>"), are several authors,
            # not one long name.
            parts = [clean_space(" ".join(x.itertext())) for x in child.iter("a", "li")
                     if x is not child]
            parts = [x for x in dict.fromkeys(parts) if x]
            if len(parts) >= 2 and " ".join(parts) == inner and all(map(_name_like, parts)):
                return "; ".join(parts)
            name = inner
            break
    return name if _name_like(name) and clean_author(name) else None


_WRITTEN_BY = re.compile(r"^\s*(?:written by|words by|story by|article by)\s*:?\s*(.+?)\s*$",
                         re.IGNORECASE)
_WRITTEN_BY_START = re.compile(r"^\s*(?:written by|words by|story by|article by)\b", re.I)
_NOT_ARTICLE = re.compile(r"comment|related|sidebar|teaser|recommend", re.IGNORECASE)


def _headline_h1(tree: lxml_html.HtmlElement, headline: str = "") -> lxml_html.HtmlElement | None:
    """The <h1> that holds the headline: the one whose text is the chosen title (a
    page's first <h1> is often its logo), else the first <h1> with words."""
    h1s = [h for h in tree.iter("h1") if words(" ".join(h.itertext()))]
    if headline:
        want = normalize(headline)
        for h in h1s:
            if normalize(clean_space(" ".join(h.itertext()))) == want:
                return h
    return h1s[0] if h1s else None


def _after_headline(tree: lxml_html.HtmlElement, headline: str = ""):
    """The elements after the headline <h1>, up to ``BYLINE_WINDOW`` characters of
    text or the next <h1>: where a story's byline and dateline are printed. The
    headline's own child elements are part of the headline, not after it."""
    h1 = _headline_h1(tree, headline)
    if h1 is None:
        return
    inside = set(h1.iterdescendants())
    seen = 0
    started = False
    for el in tree.iter():
        if el is h1:
            started = True
            continue
        if not started or not isinstance(el.tag, str) or el.tag in ("script", "style"):
            continue
        if el.tag == "h1" or seen > BYLINE_WINDOW:
            return
        if el in inside:
            continue
        seen += len((el.text or "").strip())
        yield el


def author_link_after_headline(tree: lxml_html.HtmlElement | None, headline: str = ""
                               ) -> str | None:
    """The name in the first link to an author's page under the headline.

    Weaker than a labelled byline or declared metadata (the link may be a corporate
    account, or only the first of several authors), so it is used only when the page
    declares no author at all.
    """
    if tree is None:
        return None
    for el in _after_headline(tree, headline):
        if name := _author_page_link(el):
            return name
    return None


def byline_after_headline(tree: lxml_html.HtmlElement | None, headline: str = "") -> str | None:
    """The author from a visible byline ('By Jane Doe', 'Written by Jane Doe').

    This is the name a reader sees; page metadata often names the publisher, the
    SEO plugin's default user or the last editor instead. To stay clear of body
    text, only a short element (at most 8 words) that starts with a byline label
    and continues with a name of capitalised words counts. A bare 'By' counts
    only within the first ``BYLINE_WINDOW`` characters of text after the <h1>;
    the explicit 'Written by' of an author box at the end of the article counts
    anywhere outside ``<aside>``/``<nav>``/``<footer>`` and comment or related
    sections. A label and a name in separate elements
    (``<span>By</span><a>Jane Doe</a>``) are read as one line through their parent.
    """
    if tree is None:
        return None
    for el in _after_headline(tree, headline):
        if name := (_byline_name(el, _BYLINE_LABEL) or _unlabelled_byline(el)
                    or _avatar_name(el) or _credentialed_names(el)):
            # 'By Team Orbit Data' over a post that ends 'Written by Paulo
            # Moretti': the team account published it, the person wrote it.
            if _is_collective(name) and (person := _labelled_author_in_body(tree)) and (
                    not _is_collective(person)):
                return person
            return name
    return _labelled_author_in_body(tree)


_CREDENTIAL = re.compile(r"[A-Z]{2,5}|Ph\.?D\.?|M\.?D\.?")


def _credentialed_names(el: lxml_html.HtmlElement) -> str | None:
    """Names with post-nominal credentials under the headline, without a 'By'
    ('Ellen Lindell, VMD, DACVB; Debra Horwitz, DVM & Gary Landsberg, DVM').

    Medical and veterinary sites print their authors so; the credentials are what
    make each field a person's name. Every field must be a name of two to four
    words followed by at least one credential, so a line of tags ('E-Commerce, SEO')
    or a sentence gives nothing; a name the line labels as the reviewer ('Reviewed
    by <a>Toni Golen, MD</a>') is not the author.
    """
    text = clean_space(" ".join(el.itertext()))
    if not text or len(words(text)) > 40 or _labelled_as_not_author(el):
        return None
    people: list[list[str]] = []
    for field in re.split(r"\s*(?:;|&|\band\b)\s*", re.sub(r"\s*\([^)]*\)", "", text)):
        # 'Michael L. Anderson, PhD, Carlos Dobkin, PhD': a name starts a person,
        # the credentials after it are that person's.
        for part in (p.strip() for p in field.split(",")):
            if not part:
                continue
            if _CREDENTIAL.fullmatch(part) and people:
                people[-1].append(part)
            elif 2 <= len(part.split()) <= 4 and _name_like(part) and (
                    not people or len(people[-1]) > 1):
                people.append([part])
            else:
                return None
    if not people or any(len(p) < 2 for p in people):
        return None
    return "; ".join(", ".join(p) for p in people)


def _labelled_as_not_author(el: lxml_html.HtmlElement) -> bool:
    """Whether the text before ``el`` in its line names a role other than the
    writer ('Reviewed by', 'Edited by', 'Photos by')."""
    parent = el.getparent()
    if parent is None:
        return False
    line = clean_space(" ".join(parent.itertext()))
    own = clean_space(" ".join(el.itertext()))
    return bool(_NOT_THE_AUTHOR.search(line[: max(line.find(own), 0)]))


_AVATAR = re.compile(r"avatar|gravatar", re.IGNORECASE)


def _avatar_name(el: lxml_html.HtmlElement) -> str | None:
    """The name printed right after an author's avatar picture under the headline
    ('<img class="avatar"> Mahua Das in <a>Project Management</a>').

    Blog templates show the writer's avatar (a gravatar) next to the name without
    any 'By'; the avatar is what makes the text a person's name. A following
    'in <category>' or 'on <date>' is not part of it.
    """
    if el.tag != "img" or not _AVATAR.search(" ".join(
            filter(None, (el.get("class"), el.get("src"), el.get("alt"))))) or (
            _labelled_as_not_author(el)):
        return None
    text = clean_space(el.tail or "")
    if not text:
        nxt = el.getnext()
        text = clean_space(" ".join(nxt.itertext())) if nxt is not None else ""
    name = re.split(r"\s+(?:in|on|at)(?:\s|$)|\s*[|•·,]", text)[0].strip()
    if not name or len(words(name)) > 5 or not _name_like(name):
        return None
    return clean_author(name)


def _is_collective(name: str) -> bool:
    """Whether a byline names a group ('Quill Staff', 'The Workshop Team', 'Team Orbit
    Data'), not a person."""
    name = clean_space(name)
    return bool(_COLLECTIVE.match(name) or re.match(r"(?:the\s+)?team\s+\w", name, re.I))


def _labelled_author_in_body(tree: lxml_html.HtmlElement) -> str | None:
    """The names after an explicit 'Author' label or 'Written by' anywhere in the
    story (an author box at the end), not in comments or related stories."""
    for el in body_elements(tree):
        if _AUTHOR_LABEL_ONLY.match(el.text or "") and not len(el):
            # An explicit 'Author' label may sit in a metadata <aside> or sidebar of
            # this story; only comment and related-story blocks are someone else's.
            if (names := _names_after_label(el)) and not _outside_article(
                    el, ("nav", "footer"), _OTHER_STORIES):
                return names
            continue
        if not _WRITTEN_BY_START.match(el.text or ""):
            continue
        if el.getparent() is not None and len(words(" ".join(el.itertext()))) <= 2:
            el = el.getparent()  # "<p><b>Written by</b> Jane Doe</p>": the line is the parent
        if _outside_article(el):
            continue
        if name := _byline_name(el, _WRITTEN_BY):
            return name
    return None


_OTHER_STORIES = re.compile(r"comment|related|teaser|recommend", re.IGNORECASE)


def _outside_article(el: lxml_html.HtmlElement,
                     chrome: tuple[str, ...] = ("aside", "nav", "footer"),
                     classes: re.Pattern[str] = _NOT_ARTICLE) -> bool:
    """Whether ``el`` sits in page chrome or another story's block (``chrome`` tags,
    or a ``classes`` match: comments, related or recommended items, sidebars). The
    classes of <html> and <body> describe the whole page ('no-sidebars') and do
    not count."""
    return any(a.tag in chrome or (a.tag not in ("html", "body") and classes.search(
        " ".join(filter(None, (a.get("class"), a.get("id")))))) for a in (el, *el.iterancestors()))


def _unlabelled_byline(el: lxml_html.HtmlElement) -> str | None:
    """The name in a byline line without a 'By' label whose fields are a name and a
    job title ('Maria Okafor | Senior Writer | July 2, 2025').

    The job title is what makes the first field a person's name; a line of fields
    without one (a breadcrumb 'Home | Health News', tags) gives nothing.
    """
    text = clean_space(" ".join(el.itertext()))
    fields = [f.strip(" ,;:-–—") for f in _BYLINE_FIELD_SEP.split(text)]
    fields = [f for f in fields if f]
    if len(fields) < 2 or len(words(text)) > 14:
        return None
    name = fields[0]
    if len(words(name)) < 2 or not _name_like(name) or _ROLE.search(name):
        return None
    if not any(_ROLE.search(f) for f in fields[1:]):
        return None
    return clean_author(name)


_AUTHOR_HREF = re.compile(r"/(?:author|authors|writers?|contributors?|staff|people|profiles?)"
                          r"/[^/?#]+/?(?:[?#].*)?$", re.IGNORECASE)
_NOT_THE_AUTHOR = re.compile(r"(?:reviewed|edited|checked|illustrat\w*|photo\w*|produced)"
                             r"(?: by)?\s*:?\s*$", re.IGNORECASE)


def _author_page_link(el: lxml_html.HtmlElement) -> str | None:
    """The name in a link to an author's page ('/author/jane-doe/') under the
    headline: CMSs print the byline as that link, sometimes without any 'By'.

    Only a link whose text looks like a name counts, and not one that the line
    labels as the editor, reviewer or photographer ('Reviewed by <a>...</a>').
    """
    if el.tag != "a" or not _AUTHOR_HREF.search(el.get("href") or ""):
        return None
    name = clean_space(" ".join(el.itertext()))
    if not name or len(words(name)) > 5 or not _name_like(name):
        return None
    parent = el.getparent()
    if parent is not None:
        line = clean_space(" ".join(parent.itertext()))
        if _NOT_THE_AUTHOR.search(line[: max(line.find(name), 0)]):
            return None
    return clean_author(name)


# A class or itemprop token that marks an element as the author's name ('author',
# 'post-author', 'blog-meta-author', 'elementor-author-box__name', itemprop=author),
# and tokens that mark its avatar, bio, date or links instead.
_AUTHOR_MARK = re.compile(r"author(?!i[sz])", re.IGNORECASE)  # not 'authorization-link'
_NOT_AUTHOR_NAME = re.compile(r"avatar|image|img|photo|pic|bio|desc|date|time|social|icon|"
                              r"label|title|job|role|position|comment|count|archive",
                              re.IGNORECASE)
# Embedded previews of other pages (a bookmark card's 'author' is that page's).
_EMBED = re.compile(r"bookmark|embed|preview|oembed", re.IGNORECASE)
_NAME_MARK = re.compile(r"(?:^|[\s_-])name(?:$|[\s_-])", re.IGNORECASE)


def _marks(el: lxml_html.HtmlElement) -> list[str]:
    return " ".join(filter(None, (el.get("class"), el.get("itemprop")))).split()


def _outside_story(el: lxml_html.HtmlElement) -> bool:
    """``_outside_article`` up to the nearest <article> or <main>: an element inside
    the story's own <article> belongs to it even when a broken page leaves an
    <aside> banner unclosed around the whole <main>."""
    for a in (el, *el.iterancestors()):
        if a.tag in ("article", "main"):
            return False
        if a.tag in ("aside", "nav", "footer") or (
                a.tag not in ("html", "body") and _NOT_ARTICLE.search(
                    " ".join(filter(None, (a.get("class"), a.get("id")))))):
            return True
    return False


def _marked_name_text(el: lxml_html.HtmlElement) -> str | None:
    """The name in an element marked as the author: its whole text without a 'By'
    label, parenthesised note ('(Content Manager)') or following byline fields."""
    text = clean_space(" ".join(el.itertext()))
    text = re.sub(r"\s*\([^)]*\)", "", _BYLINE_FIELD_SEP.split(text)[0]).strip(" ,;:-–—")
    text = re.sub(r"\s+(?:on|am|le|el|il|op)\s+\S*\d.*$", "", text)  # 'lupa am 26/10/13'
    for _ in range(2):
        text = _AUTHOR_PREFIX.sub("", text).strip()
    if not text or len(words(text)) > 8:
        return None
    if not _name_like(text) and not (_names_the_author(el) and _handle_like(text)):
        return None
    return clean_author(text) and text


def _names_author(token: str) -> bool:
    return bool(_AUTHOR_MARK.search(token) and _NAME_MARK.search(token))


def _names_the_author(el: lxml_html.HtmlElement) -> bool:
    """Whether ``el`` is marked as the author's name itself ('author-name',
    'elementor-author-box__name'), not just as part of the author block."""
    return any(_names_author(t) and not _NOT_AUTHOR_NAME.search(t) for t in _marks(el))


def _handle_like(text: str) -> bool:
    """A name as a site prints it when it is not capitalised words: a user handle
    ('crazy lennys', 'Laura / House Plant House'). Short, no sentence in it."""
    return 1 <= len(words(text)) <= 5 and not re.search(r"[.!?]\s|[.!?]$|\b\d+\b", text)


def marked_author(tree: lxml_html.HtmlElement | None) -> str | None:
    """The author's name from an element the page marks as the author
    (``class="post-author"``, ``class="blog-meta-author"``, ``itemprop="author"``),
    where no visible 'By' label says so.

    Templates print the byline as such an element; it is the name a reader sees,
    while the declared metadata may be a user handle ('jamesfox'), the publisher or
    even a commenter. When the marked element holds more than the name (a name and a
    job title in separate children), the child marked as the name
    (``class="author__name"``, ``itemprop="name"``) is the name. Only an element
    whose whole text looks like a name counts (an 'author-bio' paragraph does not),
    and not in page chrome, sidebars, comments or related-story blocks: those name
    the blog's owner, a commenter or another story's writer. The first one in the
    document wins: the story's own byline comes before lists of other posts; when
    the first one with text holds no readable name, nothing after it (outside it)
    is taken either, since those are other posts' authors.
    """
    if tree is None:
        return None
    failed = None
    for el in body_elements(tree):
        if el.tag in ("img", "body"):
            continue
        tokens = _marks(el)
        if not any(_AUTHOR_MARK.search(t) and not _NOT_AUTHOR_NAME.search(t) for t in tokens):
            continue
        if _outside_story(el) or any(_EMBED.search(" ".join(_marks(a)))
                                     for a in (el, *el.iterancestors())
                                     if a.tag not in ("html", "body")):
            continue
        if failed is not None and failed not in el.iterancestors():
            # The story's author slot held no readable name ('von lupa am 26/10/13');
            # later slots belong to other posts ('von Gesponserte Inhalte').
            return None
        if name := _marked_name(el):
            # 'By <a class=author>Chen Zhao</a> and <a class=author>Daryl
            # Fairweather</a>': later siblings marked the same way are co-authors.
            more = [_marked_name(sib) for sib in el.itersiblings()
                    if isinstance(sib.tag, str) and _marks(sib) == _marks(el)]
            return "; ".join([name, *filter(None, more)])
        if failed is None and clean_space(" ".join(el.itertext())):
            failed = el
    return None


def _marked_name(el: lxml_html.HtmlElement) -> str | None:
    """The name in an author-marked element: its child marked as the name
    (``itemprop="name"``, ``class="author__name"``) when it has one, else its text."""
    for child in el.iterdescendants():
        if (isinstance(child.tag, str) and any(_NAME_MARK.search(t) for t in _marks(child))
                and (name := _marked_name_text(child))):
            return name
    return _marked_name_text(el)


# 'This post was written by Jane Doe, MD, gastroenterologist.': an author's note in
# a sentence, often in italics at the end of a guest post.
_WRITTEN_BY_NOTE = re.compile(
    r"\b(?:this|the)\s+(?:blog\s+)?(?:post|article|story|piece|blog|guide|essay|column)\s+"
    r"(?:was\s+)?(?:written|authored)\s+by\s+", re.IGNORECASE)
_NOTE_NAME_WORD = r"(?:[A-Z][\w'’.-]*|de|van|von|der|da|di|le|la|del)"
_NOTE_NAME = re.compile(
    rf"({_NOTE_NAME_WORD}(?:\s+{_NOTE_NAME_WORD}){{1,4}})((?:\s*,\s*[A-Z]{{2,5}}\b\.?)*)"
    rf"(?:\s+(?:and|&)\s+({_NOTE_NAME_WORD}(?:\s+{_NOTE_NAME_WORD}){{1,4}}))?")


def written_by_note(tree: lxml_html.HtmlElement | None) -> str | None:
    """The author named in a sentence of the article: 'This post was written by Jane
    Doe, MD, gastroenterologist at ...'.

    Guest posts and expert columns credit their writer this way instead of a
    byline. The name is the run of capitalised words after 'written by', with
    post-nominal credentials ('MD', 'PhD') kept and the job description after them
    dropped; a second name joined by 'and' is a second author. Only 'written' or
    'authored' counts: 'This article was reviewed by Dr X' or 'edited by' names
    someone who did not write it, and notes in comments, sidebars or related
    stories are about other texts.
    """
    if tree is None:
        return None
    for el in body_elements(tree):
        for text in (el.text, el.tail):
            if not text or not _WRITTEN_BY_NOTE.search(text):
                continue
            block = el if text is el.text else el.getparent()
            if block is None or _outside_story(block):
                continue
            line = clean_space(" ".join(block.itertext()))
            m = _WRITTEN_BY_NOTE.search(line)
            n = _NOTE_NAME.match(line, m.end()) if m else None
            if not n:
                continue
            first = n.group(1) + re.sub(r"\s*,\s*", ", ", n.group(2) or "")
            names = [first] + ([n.group(3)] if n.group(3) else [])
            if all(clean_author(x) for x in names):
                return "; ".join(names)
    return None


# How an author bio goes on after the name: 'Alban Brooke is the Head of ...',
# 'Since its founding in 1998, David has grown ...'.
_BIO_VERB = r"(?:is|was|has|had|writes|wrote|works|covers|joined|lives|holds|loves|’s|'s)"
_BIO_PERSON = re.compile(r"\b(?:he|she|his|her|writer|author|editor|founder|co-founder|"
                         r"journalist|reporter|blogger|columnist)\b", re.IGNORECASE)


def author_bio(tree: lxml_html.HtmlElement | None) -> str | None:
    """The name at the head of an author bio box: a short heading or bold name
    followed by a paragraph about that person ('<h3>Alban Brooke</h3><p>Alban Brooke
    is the Head of Marketing ... He has recorded ...</p>').

    Many blogs credit their writer only in such a box at the end. The paragraph
    must name the person (full or first name) within its first 15 words followed
    by a verb of a bio ('is', 'has', 'joined') and speak of a person ('he', 'her',
    'founder', 'writer'): a heading 'Python' over 'Python is a language', or a
    product 'TaxAct' over 'TaxAct is software ... for those filing their taxes',
    is no bio. A page with bios of several different people (a 'founders to watch'
    list, a team page) gives nothing: which of them wrote it is not said. Comment
    and related-story blocks are skipped.
    """
    if tree is None:
        return None
    found: set[str] = set()
    for el in body_elements(tree, "h2", "h3", "h4", "h5", "h6", "strong", "b"):
        name = clean_space(" ".join(el.itertext())).rstrip(":").strip()
        if not name or len(words(name)) > 4 or not _name_like(name) or not clean_author(name):
            continue
        bio = clean_space(el.tail or "")
        if not bio:
            nxt, holder = el.getnext(), el
            while nxt is None and holder.getparent() is not None and len(holder.getparent()) == 1:
                holder = holder.getparent()  # '<div><h3>Name</h3></div><p>bio</p>'
                nxt = holder.getnext()
            bio = clean_space(" ".join(nxt.itertext())) if nxt is not None else ""
        first = re.escape(name.split()[0])
        head = " ".join(bio.split()[:15])
        if not re.search(rf"\b(?:{re.escape(name)}|{first})\s*{_BIO_VERB}(?!\w)", head):
            continue
        if not _BIO_PERSON.search(" ".join(bio.split()[:60])) or _outside_story(el):
            continue
        found.add(name)
    return found.pop() if len(found) == 1 else None


# An element that is only a label for the author names next to it:
# '<h3>Author</h3><p>Jane Doe</p>', '<strong>Contributors:</strong> Jane Doe'.
_AUTHOR_LABEL_ONLY = re.compile(r"^\s*(?:authors?|author\(s\)|contributors?)\s*:?\s*$", re.I)


def _names_after_label(label: lxml_html.HtmlElement) -> str | None:
    """The names that follow an author label: its tail text, or the next element
    (each item of a list). Every one must look like a name (capitalised words, at
    most six), so a bio paragraph after an 'Author' heading gives nothing."""
    tail = clean_space(label.tail or "")
    if tail:
        candidates = [tail]
    else:
        nxt = label.getnext()
        while nxt is not None and not isinstance(nxt.tag, str):
            nxt = nxt.getnext()
        if nxt is None:
            return None
        items = [li for li in nxt.iter("li")] if nxt.tag in ("ul", "ol") else [nxt]
        candidates = [clean_space(" ".join(i.itertext())) for i in items]
    if not candidates or len(candidates) > 6:
        return None
    if not all(c and len(words(c)) <= 6 and _name_like(c) and clean_author(c)
               for c in candidates):
        return None
    return "; ".join(candidates)


def _join_authors(raw: str | None) -> str | None:
    if not raw:
        return None
    names: list[str] = []
    cut_title = False
    for i, part in enumerate(re.split(r"\s*[;,]\s*", raw)):
        # "Jane Doe, Digital-Security Expert", "Jane Doe; Lead Reviewer": after the
        # first name, a part with a job title in it is that person's title, not a
        # second author.
        if i and _ROLE.search(part):
            continue
        # "Daniel Reyes Writer; Hardware": the word after a cut job title is the
        # rest of that title ('Hardware Writer'), not a second author.
        if i and cut_title and len(part.split()) == 1:
            continue
        cut_title = bool(_ROLE.search(part))
        if names and (_CREDENTIAL.fullmatch(part.strip())
                      or re.fullmatch(r"Jr\.?|Sr\.?", part.strip())):
            names[-1] += ", " + part.strip()  # "Jane Doe, MD": a credential, kept with the name
            continue
        n = clean_author(part)
        if names and n and _CREDENTIAL.fullmatch(n):
            # "Anna Berg; DVM Reviewed by Tom Hale": the credential is what is left
            # once the reviewer is cut; it is still the first author's.
            names[-1] += ", " + n
            continue
        if n and n.casefold() not in {x.casefold() for x in names}:
            names.append(n)
    if not names:
        return None
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def choose_author(tree: lxml_html.HtmlElement | None, headline: str = "",
                  declared: str | None = None, site: str = "") -> str | None:
    """The article's author, as a narrator should say it ('A, B and C').

    In order: the visible byline under the headline; the author-marked element
    (``marked_author``) when it refines the declared author (drops a job title
    trafilatura glued on, adds a 'with' co-author) or when
    the declared author is not in the page's head metadata at all (trafilatura then
    read it from body markup, where it may have taken a commenter); the declared
    author (trafilatura's metadata: meta tags, JSON-LD); the marked element; an
    author's note in the text ('This post was written by ...'); other author markup;
    finally a link to an author's page under the headline. When all that gives no
    one, a team ('Automateed Team') or the site's own name, the person named by an
    author bio box (``author_bio``) is the author.
    """
    visible = name = clean_authors(byline_after_headline(tree, headline))
    if not name:
        declared = clean_authors(declared)
        if declared and not _in_head_metadata(tree, declared) and (
                _ROLE.search(declared)
                or not all(_name_like(re.sub(r"\s+(?:the|of)\s+", " ", n))
                           for n in re.split(r",\s*|\s+and\s+", declared))):
            # trafilatura read it from the body's markup, where it can take a tag link
            # and a date ('Personal finance January') or the job title under the name
            # ('Licensed Q Arabica Grader'): such a guess must look like a name (or a
            # column's: 'Ask the Doctors').
            declared = None
        marked = clean_authors(marked_author(tree))
        if marked and declared and (_refines(marked, declared)
                                    or not _in_head_metadata(tree, declared)):
            return marked
        name = (declared or marked or clean_authors(written_by_note(tree))
                or clean_authors(_author_from_markup(tree))
                or clean_authors(author_link_after_headline(tree, headline)))
    name = drop_meta_author_credits(name, meta_author_not_writers(tree), keep=visible)
    orgs, places = organization_names(tree, site)
    name = drop_publishers(name, orgs, places)
    if not name or _is_collective(name) or (site and normalize(name) == normalize(site)):
        # No author, a team account or the publisher's own name: the person an
        # author bio box at the end names wrote it.
        name = clean_authors(author_bio(tree)) or name
    declared_orgs, _ = organization_names(tree, "", _PUBLISHER_TYPE)
    return None if publisher_only(name, orgs, site, declared_orgs) else name


# A web address after a name: 'Deutsche Welle (www.dw.com)', 'Harbour Notes - harbour.example'.
_WEB_ADDRESS = re.compile(r"https?://|\bwww\.|(?:^|[\s(])[\w-]{2,}\.(?:com|de|at|ch|org|net|info|fr|"
                          r"nl|be|co\.uk|uk|io|eu|es|it)(?:$|[\s)/])", re.IGNORECASE)
# The theme designer's credit ('Sam Poe und Quaywise designed', 'Theme by Quaywise'); a
# photo credit beside a writer ('Ines Marlow, Photos: Sam Poe') still names the writer.
_DESIGN_CREDIT = re.compile(r"\b(?:designed|design by|theme by|webdesign|web design)\b", re.I)
_META_NAME_SPLIT = re.compile(r"\s*(?:[;,&/]|\band\b|\bund\b|\bet\b)\s*", re.IGNORECASE)


def _jsonld_person_authors(tree: lxml_html.HtmlElement | None) -> set[str]:
    """Names of the schema.org ``author`` objects typed Person."""
    found: set[str] = set()

    def walk(node: object, is_author: bool = False) -> None:
        if isinstance(node, list):
            for item in node:
                walk(item, is_author)
        elif isinstance(node, dict):
            kind = node.get("@type")
            kind = " ".join(kind) if isinstance(kind, list) else str(kind or "")
            if is_author and "person" in kind.lower() and isinstance(node.get("name"), str):
                found.add(clean_space(node["name"]))
            for key, value in node.items():
                walk(value, key == "author")

    for block in _jsonld(tree):
        walk(block)
    return found - {""}


def meta_author_not_writers(tree: lxml_html.HtmlElement | None) -> set[str]:
    """Name keys from ``<meta name="author">`` that name no writer of the story.

    Templates fill this tag for the whole site, not per story, in two common ways:
    with a credit for the theme's designer ('Sam Poe und Quaywise designed') and with
    the publisher, recognizable by its web address ('Harbour Notes (www.harbour.example)')
    or by the page's schema.org ``author`` naming other people (a Person the tag does
    not name: the CMS writes the real byline there and the company into the tag).
    trafilatura splits such a value into names and adds them to the byline, so they are
    said as co-authors ('by Harbour Media and Ines Marlow'). Returns the keys of every
    name in such a tag; an ordinary tag ('Ines Marlow'), or one that names a declared
    Person, gives nothing.
    """
    if tree is None:
        return set()
    values = [clean_space(m.get("content") or "")
              for m in tree.iterfind(".//meta[@name]") if m.get("name", "").lower() == "author"]
    out: set[str] = set()
    persons = None
    for value in filter(None, values):
        names = [n for n in _META_NAME_SPLIT.split(re.sub(r"\([^)]*\)", " ", value)) if n.strip()]
        keys = {_name_key(n) for n in names} - {""}
        if _DESIGN_CREDIT.search(value) or _WEB_ADDRESS.search(value):
            out |= keys | {_name_key(value)}
            continue
        if persons is None:
            persons = _jsonld_person_authors(tree)
            # one Person object may list several ('Jane Doe, London, Sam Poe'); a name
            # spelled a little differently ('Jane M. Doe') shares a word with the tag
            person_keys = {_name_key(n) for p in persons for n in [p, *_META_NAME_SPLIT.split(p)]}
            person_words = {w.casefold() for p in persons for w in words(p) if len(w) > 2}
        if persons and not keys & person_keys and not any(
                w.casefold() in person_words for w in words(value)):
            out |= keys
    return out


def drop_meta_author_credits(name: str | None, not_writers: set[str],
                             keep: str | None = None) -> str | None:
    """The author list without the names :func:`meta_author_not_writers` found; None
    when nobody is left. A name the visible byline under the headline printed
    (``keep``) stays: the reader sees it there."""
    if not name or not not_writers:
        return name
    seen = {_name_key(n) for n in re.split(r",\s*|\s+and\s+", keep or "")}
    kept = [n for n in re.split(r",\s*|\s+and\s+", name)
            if n.strip() and (_name_key(n) not in not_writers or _name_key(n) in seen)]
    return _join_authors("; ".join(kept)) if kept else None


# The international wire agencies, which sites credit alone on stories they reprint.
_WIRE_AGENCY = re.compile(
    r"^(?:afp|agence france[- ]presse|reuters|thomson reuters|ap|associated press|dpa|"
    r"deutsche presse-agentur|epd|kna|kathpress|apa|sda|ansa|efe|europa press|xinhua|"
    r"kyodo|yonhap|pa|press association|aap|anp|belga|tass|ria novosti|ukrinform)$", re.I)


def publisher_only(name: str | None, orgs: set[str], site: str = "",
                   declared_orgs: set[str] = frozenset()) -> bool:
    """Whether an author list names only organizations: a wire agency ('Reuters',
    'AFP', 'dpa'), a name the page's JSON-LD declares an Organization (Corporation,
    NewsMediaOrganization…: ``declared_orgs``), or a one-word name that is the
    site's or the publisher's (``orgs``, see :func:`organization_names`:
    'Stylegart', 'CyberCook'; an article before it does not count: 'Die Quay', 'The
    Quay'; a site name written 'Page title | Quay' gives 'Quay'), a domain spoken as
    a name ('Example De'), or a mix of them ('AFP and Example News').

    The narration announces the author as 'by X'. A publisher or agency is not a
    byline: the edition already names the site as its source, and 'by Example
    Magazine' tells the listener nothing while claiming a writer. So when nobody
    but organizations is left, the edition names no author (issue 11: "0 pages
    where a credit line or publisher becomes the author").

    A name of several words that is merely the site's name (or a WebSite's) is
    kept: one-person blogs are named after their writer ('Ines Marlow' on the
    site 'Ines Marlow'), and a site name alone cannot tell 'Ines Marlow' from
    'Harbour Notes'. A one-word site name counts even when the JSON-LD calls it a
    Person (templates fill the author Person with the site's name). Also kept: a
    person beside organizations (those are dropped by :func:`drop_publishers`), a
    team byline that is not the site's own name ('Quill Staff'), a name that only
    shares a word with the site ('Brett' on 'Brett Larkin Yoga').
    """
    if not name:
        return False
    parts = [n.strip() for n in re.split(r",\s*|\s+(?:and|&)\s+|\s*/\s*", name) if n.strip()]
    site_keys = {_name_key(part) for part in _SITE_PARTS.split(site)} | {_name_key(site)}
    return bool(parts) and all(
        _WIRE_AGENCY.match(n) or _name_key(n) in declared_orgs or _DOMAIN_NAME.search(n)
        or (len(_LEADING_ARTICLE.sub("", n).split()) == 1
            and (_name_key(n) in orgs or _name_key(n) in site_keys))
        for n in parts)


# A site name that carries the page's title before it: 'Ten knots | Harbour Notes'.
_SITE_PARTS = re.compile(r"\s+[|·•–—-]\s+")
# An article before a brand is not a word of its name: 'Die Zeitung', 'The Quay'.
_LEADING_ARTICLE = re.compile(r"^(?:the|die|der|das|le|la|les|el|il|lo|het)\s+", re.IGNORECASE)


# A domain spoken as a name ('Example.de', 'Mdr De', 'Tennisnet Com'): what
# trafilatura makes of a page's host when the page names no site.
# One word of three letters or more, then the domain ending ('Jo De' is a name).
_DOMAIN_NAME = re.compile(
    r"^[\w-]{3,}[. ](?:com|de|at|ch|org|net|info|fr|nl|be|uk|io|eu)$", re.IGNORECASE)


_ORG_TYPE = re.compile(r"organi[sz]ation|corporation|company|brand|website|webpage|place|"
                       r"postaladdress|localbusiness|newsmedia", re.IGNORECASE)
_ADDRESS_KEYS = ("addressLocality", "addressRegion", "addressCountry")
# The types that declare a publisher as an organization (not a WebSite or WebPage,
# whose name is the site's, and a personal blog's site is named after its writer).
_PUBLISHER_TYPE = re.compile(r"organi[sz]ation|corporation|company|newsmedia|localbusiness",
                             re.IGNORECASE)


def _jsonld(tree: lxml_html.HtmlElement | None) -> list[object]:
    """The page's parsed JSON-LD blocks (unparseable ones skipped)."""
    if tree is None:
        return []
    out = []
    for el in tree.iter("script"):
        if "ld+json" in (el.get("type") or "").lower() and el.text:
            try:
                out.append(json.loads(el.text, strict=False))
            except ValueError:
                continue
    return out


def _name_key(name: str) -> str:
    """'Tagesschau De', 'tagesschau.de' and 'TAGESSCHAU-DE' compare equal."""
    return re.sub(r"[\W_]+", "", name.casefold())


def organization_names(tree: lxml_html.HtmlElement | None, site: str = "",
                       kinds: re.Pattern[str] = _ORG_TYPE) -> tuple[set[str], set[str]]:
    """Name keys of the organizations a page declares and of the places they sit.

    Organizations: schema.org JSON-LD objects typed Organization,
    NewsMediaOrganization, Corporation, WebSite…, plus the site name. Places: the
    locality, region and country of a PostalAddress. When trafilatura or a template
    puts them in the author list ('Example Zeitung GmbH, Jane Doe, Frankfurt and
    Germany') they are the publisher and its address, not people who wrote the
    story. A name the JSON-LD also gives a Person (a one-person blog named after its
    author) is not counted.
    """
    orgs: set[str] = set()
    places: set[str] = set()
    people: set[str] = set()

    def walk(node: object) -> None:
        if isinstance(node, list):
            for item in node:
                walk(item)
            return
        if not isinstance(node, dict):
            return
        kind = node.get("@type")
        kind = " ".join(kind) if isinstance(kind, list) else str(kind or "")
        name = node.get("name")
        if isinstance(name, str) and name.strip():
            if "person" in kind.lower():
                people.add(_name_key(name))
            elif kinds.search(kind):
                orgs.add(_name_key(name))
        if "address" in kind.lower():
            places.update(_name_key(node[k]) for k in _ADDRESS_KEYS
                          if isinstance(node.get(k), str))
        for value in node.values():
            walk(value)

    for block in _jsonld(tree):
        walk(block)
    if site:
        orgs.add(_name_key(site))
    return {o for o in orgs if o} - people, {p for p in places if p} - people


def drop_publishers(names: str | None, orgs: set[str], places: set[str] = frozenset()
                    ) -> str | None:
    """The author list without the publisher added beside a person, and without
    the publisher's places (see :func:`organization_names`); None when nobody is left.

    A publisher *alone* stays here ('Example Store'); :func:`choose_author` then
    decides with :func:`publisher_only` that an organization alone is no byline.
    This function handles the publisher *added* to a person's byline ('Example
    Media and Jane Doe'), which names the same writer twice, once wrongly."""
    if not names:
        return None
    parts = [n for n in re.split(r",\s*(?![A-Z]{2,5}\b|Ph\.?D|M\.?D)|\s+and\s+", names)
             if n.strip() and _name_key(n) not in places]
    people = [n for n in parts if _name_key(n) not in orgs]
    kept = people or parts[:1]
    return _join_authors("; ".join(kept)) if kept else None


def _author_set(names: str) -> list[str]:
    return [normalize(n) for n in re.split(r",\s*|\s+and\s+", names) if normalize(n)]


def _refines(visible: str, declared: str) -> bool:
    """Whether the visible author names the same people as the declared one, only
    better: 'Harry Rabinowitz' for 'Harry Rabinowitz Tech' (a job title glued on),
    'Dieter Hogen with Uta Pippig' for 'Dieter Hogen'. More visible names than the
    head declares are not taken (the extra may be a translator or a desk). A visible
    name with more words but no 'with' ('Christoph Hein Chefredakteur') has a job
    title glued on itself and refines nothing."""
    seen, said = _author_set(visible), _author_set(declared)
    if len(seen) == len(said) == 1:
        a, b = seen[0], said[0]
        return a != b and (a.startswith(b + " with ") or b.startswith(a + " "))
    return False


def _in_head_metadata(tree: lxml_html.HtmlElement | None, name: str) -> bool:
    """Whether ``name`` (its first author) is in the <head>'s meta tags or JSON-LD:
    declared by the page, not read by trafilatura from the body's markup."""
    if tree is None:
        return False
    first = _author_set(name)[:1]
    if not first:
        return False
    texts = [m.get("content") or "" for m in tree.iter("meta")]
    texts += [s.text or "" for s in tree.iter("script")
              if "ld+json" in (s.get("type") or "").lower()]
    return f" {first[0]} " in f" {normalize(' '.join(texts))} "


LANG_NAMES = {
    "Afrikaans": "af", "Albanian": "sq", "Arabic": "ar", "Basque": "eu", "Bulgarian": "bg",
    "Catalan": "ca", "Croatian": "hr", "Czech": "cs", "Danish": "da", "Dutch": "nl",
    "English": "en", "Estonian": "et", "Finnish": "fi", "French": "fr", "Galician": "gl",
    "German": "de", "Greek": "el", "Hungarian": "hu", "Icelandic": "is", "Indonesian": "id",
    "Irish": "ga", "Italian": "it", "Latvian": "lv", "Lithuanian": "lt", "Norwegian_Bokmal": "nb",
    "Norwegian_Nynorsk": "nn", "Polish": "pl", "Portuguese": "pt", "Romanian": "ro",
    "Russian": "ru", "Serbian": "sr", "Slovak": "sk", "Slovenian": "sl", "Spanish": "es",
    "Swedish": "sv", "Turkish": "tr", "Ukrainian": "uk", "Vietnamese": "vi", "Welsh": "cy",
    "Malay": "ms", "Persian": "fa", "Hindi": "hi", "Hebrew": "he", "Macedonian": "mk",
    "Belarusian": "be", "Bosnian": "bs", "Esperanto": "eo", "Latin": "la", "Luxembourgish": "lb",
}


@lru_cache(maxsize=1)
def _stoplists() -> dict[str, frozenset[str]]:
    import justext

    out = {}
    for name, code in LANG_NAMES.items():
        try:
            out[code] = frozenset(justext.get_stoplist(name))
        except (ValueError, OSError):
            continue
    return out


def detect_language(text: str) -> str | None:
    """Guess the language from stop-word counts (jusText's stop lists, ~50 languages).

    Used only when the page does not declare its language. Stop words are the
    most frequent words of a language, so on a few hundred words of running text
    the language with the highest share wins clearly; below 30 words or 10 %
    coverage we do not guess.
    """
    toks = [w.casefold() for w in words(text[:20_000])]
    if len(toks) < 30:
        return None
    best, best_share = None, 0.0
    for code, stop in _stoplists().items():
        share = sum(1 for t in toks if t in stop) / len(toks)
        if share > best_share:
            best, best_share = code, share
    return best if best_share >= 0.10 else None


def language_code(declared: str | None, text: str) -> str | None:
    if declared:
        tag = re.split(r"[-_]", declared.strip())[0].lower()
        if re.fullmatch(r"[a-z]{2,3}", tag):
            return tag
    return detect_language(text)


@lru_cache(maxsize=1)
def limit_date_languages() -> None:
    """Make htmldate's free-text date parser try a few languages, not all of them.

    htmldate's extensive search hands date-like strings to dateparser configured
    with every one of its ~600 locales; compiling their regexes takes several
    seconds of CPU in a fresh process, which alone breaks the 2-second budget
    for the first page. Limiting it to the languages of most news sites keeps
    the search (and its better recall of dates written as text) at a fraction
    of the cost. If htmldate's internals change, we silently keep its default.
    """
    try:
        from dateparser import DateDataParser
        from htmldate import extractors

        @lru_cache(maxsize=1)
        def limited() -> DateDataParser:
            return DateDataParser(
                languages=list(DATE_LANGUAGES),
                settings={
                    "NORMALIZE": True,
                    "PARSERS": ["custom-formats", "absolute-time"],
                    "PREFER_DATES_FROM": "past",
                    "PREFER_LOCALE_DATE_ORDER": True,
                    "RETURN_AS_TIMEZONE_AWARE": False,
                    "STRICT_PARSING": True,
                },
            )

        extractors.get_external_parser = limited
    except Exception as err:  # pragma: no cover - depends on htmldate's internals
        log.debug("could not limit dateparser languages: %s", err)


def trafilatura_metadata(tree: lxml_html.HtmlElement | None, url: str | None):
    """trafilatura's metadata, read from the page as it is (before chrome stripping:
    bylines and dates often sit in elements the stripping removes)."""
    if tree is None:
        return None
    limit_date_languages()
    try:
        from trafilatura.metadata import extract_metadata, set_date_params

        params = set_date_params(True)
        params.update(DATE_PARAMS)
        return extract_metadata(tree, default_url=url, date_config=params)
    except Exception as err:  # metadata is optional; the body is what matters
        log.debug("metadata extraction failed: %s", err)
        return None


_MONTH_NUM = {m: i for i, ms in enumerate((
    ("jan", "january"), ("feb", "february"), ("mar", "march"), ("apr", "april"), ("may",),
    ("jun", "june"), ("jul", "july"), ("aug", "august"), ("sep", "sept", "september"),
    ("oct", "october"), ("nov", "november"), ("dec", "december")), 1) for m in ms}
_MONTH_RX = "|".join(sorted(_MONTH_NUM, key=len, reverse=True))
_ISO_DAY = re.compile(r"\b((?:19|20)\d\d)-(\d\d)-(\d\d)")
_MDY = re.compile(rf"\b({_MONTH_RX})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+((?:19|20)\d\d)\b", re.I)
_DMY = re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\.?\s+({_MONTH_RX})\.?,?\s+((?:19|20)\d\d)\b",
                  re.I)
_PUBLISHED_META = frozenset({
    "article:published_time", "og:published_time", "og:article:published_time",
    "datepublished", "pubdate", "publishdate", "publish-date", "publish_date",
    "dc.date.issued", "dcterms.issued", "parsely-pub-date", "sailthru.date",
})
_PUBLISHED_CLASS = re.compile(
    r"(?:^|[\s_-])(?:published|pubdate|publish[_-]?date|post[_-]?date|entry[_-]?date|"
    r"entry[_-]?time|release[_-]?date|date[_-]?published|article[_-]?date)(?:$|[\s_-])", re.I)
_MODIFIED_CLASS = re.compile(r"updated|modified|last[_-]?edit", re.I)
_PUBLISHED_LABEL = re.compile(r"^\s*(?:published|posted|first published)(?:\s+on)?\s*:?\s", re.I)


def parse_day(text: str) -> str | None:
    """The ISO day of the first unambiguous date in ``text``: ISO 8601 ('2024-03-03T10:00'),
    'March 3, 2024', 'Mar. 3rd 2024' or '3 March 2024'. Numeric forms such as
    '03-09-2026' are ambiguous (3 September or March 9) and give None."""
    found = []
    if m := _ISO_DAY.search(text):
        found.append((m.start(), int(m[1]), int(m[2]), int(m[3])))
    if m := _MDY.search(text):
        found.append((m.start(), int(m[3]), _MONTH_NUM[m[1].lower()], int(m[2])))
    if m := _DMY.search(text):
        found.append((m.start(), int(m[3]), _MONTH_NUM[m[2].lower()], int(m[1])))
    for _, y, mo, d in sorted(found):
        if 1 <= mo <= 12 and 1 <= d <= 31:
            return f"{y:04d}-{mo:02d}-{d:02d}"
    return None


def _jsonld_published(tree: lxml_html.HtmlElement) -> str | None:
    import json

    for script in tree.iter("script"):
        if "ld+json" not in (script.get("type") or "").lower():
            continue
        try:
            data = json.loads(script.text or "")
        except ValueError:
            continue
        stack = [data]
        while stack:
            item = stack.pop(0)
            if isinstance(item, list):
                stack.extend(item)
            elif isinstance(item, dict):
                value = item.get("datePublished")
                if isinstance(value, str) and _ISO_DAY.match(value.strip()):
                    return value.strip()[:10]
                stack.extend(v for k, v in item.items() if k in ("@graph", "mainEntity"))
    return None


_MODIFIED_META = frozenset({
    "article:modified_time", "og:updated_time", "og:article:modified_time", "datemodified",
    "last-modified", "dc.date.modified", "dcterms.modified", "parsely-updated", "lastmod",
})


def modified_days(tree: lxml_html.HtmlElement | None) -> set[str]:
    """ISO days the page declares as *modification* dates (meta, JSON-LD, itemprop)."""
    import json

    days: set[str] = set()
    if tree is None:
        return days
    for el in tree.iter("meta"):
        key = (el.get("property") or el.get("name") or el.get("itemprop") or "").lower()
        value = (el.get("content") or "").strip()
        if key in _MODIFIED_META and _ISO_DAY.match(value):
            days.add(value[:10])
    for el in tree.iter():
        if isinstance(el.tag, str) and (el.get("itemprop") or "").lower() == "datemodified":
            value = (el.get("datetime") or el.get("content") or "").strip()
            if _ISO_DAY.match(value):
                days.add(value[:10])
    for script in tree.iter("script"):
        if "ld+json" in (script.get("type") or "").lower():
            try:
                text = json.dumps(json.loads(script.text or ""))
            except ValueError:
                continue
            days.update(m[:10] for m in re.findall(r'"dateModified": "(\d{4}-\d\d-\d\d)', text))
    return days


# An update label just before a date: 'Updated Feb 11', 'Last Updated: 3 May', 'Last
# updated on Wednesday, March 3' (a weekday and 'on' between label and date).
_UPDATED_BEFORE = re.compile(r"(?:updated|modified|edited|reviewed)\b(?:\s*on\b)?[^\d]{0,14}$",
                             re.I)
_TEXT_BEFORE = etree.XPath("preceding::text()[position() <= 4]")


def _first_day_is_first(text: str) -> bool:
    """Whether ``text`` opens with its date (at most a weekday before it), so that a
    label before the element is the date's label."""
    starts = [m.start() for rx in (_ISO_DAY, _MDY, _DMY) if (m := rx.search(text))]
    return bool(starts) and min(starts) <= 12 and ":" not in text[:min(starts)]


def _labelled_update(el: lxml_html.HtmlElement) -> bool:
    """Whether the text just before ``el`` (in other elements: '<span>Last Updated:</span>
    <span>March 3, 2025</span>') ends with an update label."""
    before = clean_space(" ".join(str(t) for t in _TEXT_BEFORE(el)))[-60:]
    return bool(_UPDATED_BEFORE.search(before))


def _first_day(text: str) -> str | None:
    """The first unambiguous date in ``text`` unless the words just before it say it
    is an update ('Updated Feb 11, 2026', 'By Jane · Last modified 3 May 2024')."""
    spans = []
    for rx in (_ISO_DAY, _MDY, _DMY):
        if m := rx.search(text):
            spans.append((m.start(), m))
    for start, m in sorted(spans, key=lambda x: x[0]):
        if _UPDATED_BEFORE.search(text[:start]):
            continue
        if day := parse_day(m.group(0)):
            return day
    return None


def dateline_near_headline(tree: lxml_html.HtmlElement | None, headline: str = "") -> str | None:
    """The date printed with the headline, as the reader sees it.

    News and blog pages print the story's date in the byline area just under the
    <h1> ('Maria Okafor | Senior Writer | July 2, 2025', '<time
    datetime=...>March 20, 2023</time>') or in a kicker just above it. That is the
    date the page presents for *this* story; page metadata is often a CMS default
    (a migration's publish date, a template's copyright year, a re-save). So the
    first date in a short element (at most 12 words) within ``BYLINE_WINDOW``
    characters of text after the first <h1>, or in a short sibling just before it,
    counts. A date labelled as an update ('Updated Feb 11, 2026', also when the label
    'Last Updated:' is an element of its own just before the date), in an element
    whose class says updated/modified, or inside <aside>/<nav>/<footer> or a
    related/comment/sidebar block (other stories' teasers) does not; numeric
    dates such as '3/4/2025' are ambiguous and do not either.
    """
    if tree is None:
        return None
    h1 = _headline_h1(tree, headline)
    if h1 is None:
        return None

    def day_of(el: lxml_html.HtmlElement) -> str | None:
        if not isinstance(el.tag, str) or el.tag in ("script", "style", "h1"):
            return None
        marks = " ".join(filter(None, (el.get("class"), el.get("id"))))
        if _MODIFIED_CLASS.search(marks) or (el.get("itemprop") or "").lower() == "datemodified":
            return None
        text = clean_space(" ".join(el.itertext()))
        if not text or len(words(text)) > 12:
            return None
        if _outside_article(el):
            return None
        if el.tag == "time" and _ISO_DAY.match((el.get("datetime") or "").strip()):
            before = clean_space(" ".join((el.getparent() if el.getparent() is not None
                                      else el).itertext()))
            before = before[: max(before.find(text), 0)]
            if _UPDATED_BEFORE.search(before) or re.match(r"\s*(?:last )?(?:updated|modified)",
                                                          text, re.I):
                return None
            return None if _labelled_update(el) else el.get("datetime").strip()[:10]
        day = _first_day(text)
        # the label may be an element of its own before the date's element
        return None if day and _first_day_is_first(text) and _labelled_update(el) else day

    for el in _after_headline(tree, headline):
        if day := day_of(el):
            return day
    for sib in h1.itersiblings(preceding=True):
        if day := day_of(sib):
            return day
        break
    return None


_ORIGINALLY = re.compile(r"\b(?:originally|first) (?:published|posted)(?: on)?\s*:?\s*", re.I)


def originally_published(tree: lxml_html.HtmlElement | None) -> str | None:
    """The day in a note 'This article was originally published on 26 Sep 2019',
    outside page chrome and other stories' blocks.

    Evergreen pages are re-saved and re-dated; such a note is the page's own
    statement of when the story first appeared, so it outranks a date guessed
    from metadata. The date must follow the phrase (within 40 characters).
    """
    if tree is None:
        return None
    for el in body_elements(tree):
        text = clean_space(el.text or "")
        m = _ORIGINALLY.search(text)
        if not m or _outside_article(el):
            continue
        if day := parse_day(text[m.end(): m.end() + 40]):
            return day
    return None


def choose_date(found: str | None, tree: lxml_html.HtmlElement | None,
                headline: str = "") -> str | None:
    """The publication day: htmldate's answer unless it is the page's *modified* date.

    htmldate (through trafilatura) weighs many signals and is usually right, but on
    pages that only declare ``article:modified_time`` (common on evergreen guides
    that are re-saved) it returns the last edit. An edition is dated by when its
    story was published, so when the found date is one the page itself labels as a
    modification, or nothing was found, the page's own publication date
    (:func:`published_date`) wins.

    When the page declares no publication date in machine-readable form, the date
    printed with the headline (:func:`dateline_near_headline`) beats htmldate's
    guess, which then comes from weaker signals (a copyright year, a sitemap-style
    URL, another story's date). A declared ``datePublished`` is not overridden by
    the visible date: templates often print the last-modified day there.
    """
    if day := originally_published(tree):
        return day
    if declared_published(tree) is None and (day := dateline_near_headline(tree, headline)):
        return day
    if found and found[:10] not in modified_days(tree):
        return found
    return published_date(tree) or found


def declared_published(tree: lxml_html.HtmlElement | None) -> str | None:
    """The publication day the page declares in machine-readable form: JSON-LD
    ``datePublished`` or an ISO ``article:published_time``-style <meta>."""
    if tree is None:
        return None
    if day := _jsonld_published(tree):
        return day
    for el in tree.iter("meta"):
        key = (el.get("property") or el.get("name") or el.get("itemprop") or "").lower()
        value = (el.get("content") or "").strip()
        if key in _PUBLISHED_META and _ISO_DAY.match(value):
            return value[:10]
    return None


def published_date(tree: lxml_html.HtmlElement | None) -> str | None:
    """The day the article was first published, from the page's own markup.

    Order: JSON-LD ``datePublished``; a ``<meta>`` that names the publication
    (``article:published_time``, ``itemprop=datePublished``...), in ISO form only;
    then a visible date the page marks as the publication date (an element whose
    ``itemprop`` is ``datePublished`` or whose class says ``published``/``entry-date``
    /``post-date``, or a short line 'Published: March 3, 2024'). Elements also
    marked ``updated``/``modified`` and dates in ``<aside>``, ``<nav>`` or
    ``<footer>`` (other stories' teasers) are skipped. A modified date is never
    returned: an edition is dated by its story's publication, not its last edit.
    """
    if tree is None:
        return None
    if day := declared_published(tree):
        return day
    for el in body_elements(tree):
        if el.tag == "meta":
            continue
        marks = " ".join(filter(None, (el.get("class"), el.get("id"))))
        marked = (el.get("itemprop") or "").lower() == "datepublished" or bool(
            _PUBLISHED_CLASS.search(marks))
        if not marked and not _PUBLISHED_LABEL.match((el.text or "") + " "):
            continue
        text = clean_space(" ".join(el.itertext()))
        if not marked and len(words(text)) > 10:
            continue
        if _MODIFIED_CLASS.search(marks) or re.match(r"\s*(?:last )?(?:updated|modified)", text,
                                                      re.I):
            continue
        if any(a.tag in ("aside", "nav", "footer") for a in el.iterancestors()):
            continue
        candidates = [el.get("datetime"), el.get("content")]
        candidates += [t.get("datetime") for t in el.iter("time")]
        for value in filter(None, candidates):
            if _ISO_DAY.match(value.strip()):
                return value.strip()[:10]
        if len(words(text)) <= 12 and (day := parse_day(text)):
            return day
    return None


_COPYRIGHT_YEAR = re.compile(r"(?:©|&copy;|\(c\)|copyright)\s*(?:(?:19|20)\d\d\s*[-–]\s*)?"
                             r"((?:19|20)\d\d)", re.IGNORECASE)


def copyright_year_only(day: str | None, html_text: str) -> bool:
    """Whether ``day`` is a first of January that only a copyright notice supports.

    With nothing better, date finders fall back on '© 2026' and return 2026-01-01;
    a copyright year says when the site's footer was last touched, not when the
    story was published. Such a day is rejected unless the page also writes that
    very day (ISO, '1 January', 'January 1', '01.01.')."""
    if not day or day[4:10] != "-01-01":
        return False
    year = day[:4]
    if year not in {m.group(1) for m in _COPYRIGHT_YEAR.finditer(html_text)}:
        return False
    written = (rf"{year}-01-01|{year}/01/01|\b0?1\.\s?0?1\.\s?{year}|\b0?1/0?1/{year}|"
               rf"\b(?:january|jan\.?|januar|janvier|enero|gennaio)\s+(?:1|01|1st),?\s+{year}|"
               rf"\b(?:1|01)(?:st|er|\.)?\s+(?:of\s+)?(?:january|jan\.?|januar|janvier|enero|"
               rf"gennaio)\s+{year}")
    return re.search(written, html_text, re.IGNORECASE) is None


# Words CMS templates and hosting platforms put in og:site_name / application-name when
# nobody set the site's name: a narrator must not announce "from Site".
_PLACEHOLDER_SITES = frozenset({
    "site", "my site", "website", "my website", "web site", "hosted", "home", "homepage",
    "home page", "blog", "my blog", "my wordpress blog", "wordpress", "index", "default",
    "main", "page", "untitled", "untitled site", "start", "startseite", "accueil", "inicio",
    "news", "article", "articles", "post", "posts", "none", "null", "undefined",
})


def site_name(value: str | None) -> str | None:
    """The site's name, when the declared value looks like a name.

    Placeholders a template leaves ('Site', 'Hosted', 'Home', 'My WordPress Blog'),
    values without a letter, and long sentences (a tagline in the name field) are
    not names a listener should hear as the source."""
    if not value:
        return None
    value = clean_space(value)
    if normalize(value) in _PLACEHOLDER_SITES or not re.search(r"[^\W\d_]", value):
        return None
    if len(words(value)) > 8 or "{{" in value or "%%" in value:
        return None
    return value


def h1_texts(tree: lxml_html.HtmlElement) -> list[tuple[str, bool]]:
    """Visible <h1> texts, each with whether it sits inside <article>/<main>."""
    out = []
    for h in tree.iter("h1"):
        text = clean_space(" ".join(h.itertext()))
        if 1 <= len(words(text)) <= 40:
            inside = any(a.tag in ("article", "main") for a in h.iterancestors())
            out.append((text, inside))
    return out


_TITLE_SEPARATORS = re.compile(r"\s+(?:[|·•›»:~/]|::|-{1,2}|–|—)\s+")


def _same_name(part: str, site: str, host: str, headline: bool = False) -> bool:
    """Whether ``part`` (a title segment, or an <h1> when ``headline``) is the site's
    name: it lies within the name or host ('Ecomobl' of 'Ecomobl Electric
    Skateboards') or contains it ('The Center for OER and Language Learning
    (COERLL)'). An <h1> counts as the site's name only when it is also short, as
    logos are ('Houstonia Magazine'): a headline that merely mentions the site's
    word ('The Best Home Security Cameras' on security.org) is not the site's name."""
    p = normalize(part).replace(" ", "")
    if not p:
        return True
    names = [normalize(site).replace(" ", ""), host]
    short = not headline or len(words(part)) <= 4
    return any(n and (p in n or (short and n in p)) for n in names)


def strip_site_name(title: str, site: str = "", url: str = "") -> str:
    """'Headline | Site' -> 'Headline' when the cut-off part is the site's name or host."""
    host = ""
    if url:
        m = re.match(r"^[a-z]+://(?:www\.)?([^/:]+)", url, re.I)
        host = m.group(1).split(".")[0].lower() if m else ""
    parts = _TITLE_SEPARATORS.split(title)
    seps = _TITLE_SEPARATORS.findall(title)
    while len(parts) > 1 and _same_name(parts[-1], site, host):
        parts.pop()
        seps.pop()
    while len(parts) > 1 and _same_name(parts[0], site, host):
        parts.pop(0)
        seps.pop(0)
    return "".join(p + (seps[i] if i < len(seps) else "") for i, p in enumerate(parts)).strip()


def choose_title(meta_title: str, h1s: list[tuple[str, bool]], site: str = "",
                 url: str = "", page_title: str = "") -> str:
    """The headline as the reader sees it.

    The page's visible <h1> is the headline a reader reads; the <title> and
    og:title often carry the site name or an SEO variant. So: the <h1> inside
    <article>/<main> if there is one, else the only <h1> of the page, else the
    <h1> that shares most words with the metadata title; an <h1> that is just
    the site's name (a logo) does not count. When a page has several <h1>s (a
    headline and section titles), the one the metadata title or the page's
    ``<title>`` element (``page_title``: og:title is sometimes only the site's
    name) starts with wins.
    Without a usable <h1>, the metadata title with the site name cut off.
    """
    host = ""
    if url:
        m = re.match(r"^[a-z]+://(?:www\.)?([^/:]+)", url, re.I)
        host = m.group(1).split(".")[0].lower() if m else ""
    usable = [(t, inside) for t, inside in h1s if not _same_name(t, site, host, headline=True)
              and len(words(t)) >= 2]
    inside = [t for t, i in usable if i]
    pick = None
    declared = normalize(meta_title)
    named = [declared, normalize(page_title)]
    agreeing = [t for t, _ in usable if len(words(t)) >= 3
                and any(d.startswith(normalize(t)) for d in named if d)]
    if len(usable) > 1 and agreeing:
        pick = agreeing[0]  # several <h1>s: the one the page's declared title names
    elif inside:
        pick = inside[0]
    elif len(usable) == 1:
        pick = usable[0][0]
    elif usable and meta_title:
        mt = set(normalize(meta_title).split())
        scored = [(len(set(normalize(t).split()) & mt) / max(len(normalize(t).split()), 1), t)
                  for t, _ in usable]
        best = max(scored)
        pick = best[1] if best[0] >= 0.5 else None
    declared_title = _strip_title_trail(strip_site_name(meta_title, site, url))
    page_headline = _strip_title_trail(strip_site_name(page_title, site, url))
    if pick and _topic_label(pick, declared_title):
        pick = None
    if pick:
        pick = _strip_title_trail(strip_site_name(pick, site, url))
        return undecorated(pick, [declared_title, page_headline])
    return declared_title


_ARTICLES = frozenset({"the", "a", "an", "der", "die", "das", "le", "la", "les", "el", "los"})


def undecorated(headline: str, declared: list[str]) -> str:
    """The headline without what a template put around it in the <h1>: a kicker or
    label before it ('Headline: Energy and change', 'Market crash Firm in trouble',
    a date), a byline or date after it ('… Published by Example Blog on 3 May'),
    a subtitle run into it.

    The page's own declared titles (og:title/meta title, the ``<title>`` element,
    site name cut off) name the story without that decoration. When one of them
    (three words or more) lies inside the <h1> as a run of whole words and the
    <h1> has more, the declared title is the headline. A declared title that only
    shares words with the <h1>, or is longer, changes nothing: the visible <h1>
    stays the headline (see :func:`choose_title`)."""
    have = normalize(headline)
    if any(normalize(title) == have for title in declared):
        return headline  # the page declares the whole <h1> as its title: nothing to cut
    for title in declared:
        want = normalize(title)
        if (len(words(title)) >= 3 and want != have and have.endswith(" " + want)
                and len(words(have[: -len(want)])) >= 1
                and normalize(have[: -len(want)]) not in _ARTICLES
                and not _cut_mid_sentence(headline, title)):
            return title
    return headline


def _cut_mid_sentence(headline: str, title: str) -> bool:
    """Whether a declared title is the <h1>'s headline cut short at the front ('Gas cloud
    stretched' from 'Black hole-bound gas cloud stretched') rather than the headline
    after a kicker: in the <h1> its first word goes on the sentence in lower case,
    while the declared title starts it with a capital. A kicker's headline starts
    with a capital inside the <h1> too ('Ferry crisis Harbour Office cuts …')."""
    first = title.split()[0] if title.split() else ""
    if not first[:1].isupper():
        return False
    tail = headline.split()[-len(title.split()):] if title.split() else []
    return bool(tail) and tail[0][:1].islower() and tail[0].casefold() == first.casefold()


def _topic_label(h1: str, declared: str) -> bool:
    """Whether an <h1> is a topic or section label ('VPN Services', 'Web Designs',
    'Toddler Sleep Training') rather than the story's headline.

    Landing-style article pages put the category in the <h1> and the story's
    headline only in the <title>/og:title. An <h1> of three words or fewer that is
    not a question and does not occur in the (longer) declared title is taken as
    such a label. Short real headlines are usually part of their <title>, after a
    kicker or before a tagline ('Rutger Bregman: Unser wahres Ich', 'Brexit
    explained | News'), and stay.
    """
    n = len(words(h1))
    if n > 3 or h1.rstrip().endswith("?") or not declared:
        return False
    return len(words(declared)) > n and normalize(h1) not in normalize(declared)


def _strip_title_trail(title: str) -> str:
    """'Headline | Section | Site' -> 'Headline': a title with two or more ' | '
    separators is the CMS pattern headline-section-site, even when the site's name
    is not known; the headline is kept when it has at least four words."""
    parts = [p.strip() for p in title.split(" | ")]
    if len(parts) >= 3 and len(words(parts[0])) >= 4:
        return parts[0]
    return title

