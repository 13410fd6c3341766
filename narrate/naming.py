"""Edition file names: ``--out FILE.mp3`` and ``--name TEMPLATE``.

People who use yt-dlp (``-o "%(title)s.%(ext)s"``) or ffmpeg (the last
argument is the output file) expect to name what they make. narrate accepts
either an exact file (``--out evening.mp3``) or a template of article fields
(``--name "{date} {site} - {title}"``). Field values come from the page, so
they are sanitized: no path separators, no characters that Windows or a shell
treat specially, no leading dot (that would hide the edition from the feed
and the server) or dash (that would read as an option), and a length that
leaves room for the sidecars' suffixes and the temporary names used while
writing. The template's own text may not hold a path: folders go in ``--out``.
"""

from __future__ import annotations

import re
import string
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from .errors import UsageError
from .models import Article
from .script import slugify

#: the default name, as the pipeline has always made it
DEFAULT_TEMPLATE = "{date}-{slug}"
#: bytes of a stem: leaves room for ".chapters.json" and the ".<stem>.<random>.….part"
#: staging name within the 255-byte file-name limit of common file systems
MAX_STEM_BYTES = 180

#: what each field holds (shown by --help and checked against templates)
FIELDS: dict[str, str] = {
    "date": "publication date, YYYY-MM-DD (undated when unknown)",
    "year": "publication year (undated when unknown)",
    "slug": "the title in lower-case ASCII words joined by hyphens",
    "title": "the title as written (unsafe characters removed)",
    "site": "the site's name, else the URL's host (unknown-site when neither is known)",
    "author": "the byline (unknown-author when there is none)",
    "lang": "the article's language code (en, fr, ...)",
    "id": "8 hex digits derived from the URL or file path: unique per source",
}

# Characters that a file system, Windows or a shell treat specially, and controls.
_UNSAFE = re.compile(r'[\x00-\x1f\x7f/\\:*?"<>|]+')


@dataclass(frozen=True)
class NameFields:
    """The values a template can use, already sanitized."""

    date: str
    year: str
    slug: str
    title: str
    site: str
    author: str
    lang: str
    id: str


def clean_component(text: str, fallback: str) -> str:
    """``text`` made safe as part of one file name (any script kept, paths and controls not)."""
    text = unicodedata.normalize("NFC", text)
    text = " ".join(_UNSAFE.sub(" ", text).split())
    text = text.lstrip(".- ").rstrip(". ")
    return text or fallback


def name_fields(article: Article) -> NameFields:
    """Sanitized field values for ``article``."""
    from urllib.parse import urlsplit

    from .inputs import item_id

    date = article.date[:10] if article.date else "undated"
    url = article.url or (article.source if "://" in article.source else None)
    host = urlsplit(url).hostname if url else None
    if url:
        key = url
    elif article.source not in ("", "-", "sample"):
        key = f"file:{Path(article.source).resolve()}"
    else:
        key = article.title
    return NameFields(
        date=date,
        year=date[:4] if article.date else "undated",
        slug=slugify(article.title),
        title=clean_component(article.title, "untitled"),
        site=clean_component(article.site or host or "", "unknown-site"),
        author=clean_component(article.author or "", "unknown-author"),
        lang=clean_component((article.language or "und").lower(), "und"),
        id=item_id(key)[:8],
    )


def check_template(template: str) -> None:
    """Refuse a template that cannot name a file, before any work is done."""
    if not template.strip():
        raise UsageError("--name is empty; give a template such as '{date}-{slug}'.")
    if "/" in template or "\\" in template:
        raise UsageError(
            f"--name {template!r} holds a path; --name names the file, put the folder in --out."
        )
    try:
        parsed = list(string.Formatter().parse(template))
    except ValueError as exc:
        raise UsageError(f"--name {template!r}: {exc}; write a literal brace as {{{{ or }}}}.") \
            from None
    for _, field, spec, conversion in parsed:
        if field is None:
            continue
        if field not in FIELDS or spec or conversion:
            known = ", ".join("{" + f + "}" for f in FIELDS)
            raise UsageError(f"--name {template!r}: {{{field}}} is not a field (nor are "
                             f"conversions or formats); use {known}.")


def expand_name(template: str, article: Article) -> str:
    """The file stem (no ``.mp3``) that ``template`` gives for ``article``."""
    check_template(template)
    fields = name_fields(article)
    stem = template.format(**{f: getattr(fields, f) for f in FIELDS})
    return fit_stem(clean_component(stem, "article"))


def fit_stem(stem: str) -> str:
    """Cut ``stem`` to :data:`MAX_STEM_BYTES` of UTF-8 at a character boundary."""
    data = stem.encode("utf-8")
    if len(data) <= MAX_STEM_BYTES:
        return stem
    return data[:MAX_STEM_BYTES].decode("utf-8", "ignore").rstrip(". -") or "article"


def split_out(out: Path) -> tuple[Path, str | None]:
    """``--out``: a folder, or a ``.mp3`` file that names the edition (folder, stem)."""
    if out.suffix.lower() == ".mp3":
        stem = out.name[: -len(out.suffix)]
        if not stem or stem != clean_component(stem, "") or stem.startswith("."):
            raise UsageError(
                f"--out {out}: {stem or 'an empty name'!r} cannot name an edition; "
                "use letters, digits, spaces, '-' or '_' (no leading dot or dash)."
            )
        return out.parent, fit_stem(stem)
    return out, None
