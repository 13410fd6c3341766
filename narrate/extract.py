"""Extract the article a reader reads from a page (placeholder: plain trafilatura).

Replaced by the measured extraction stage (issue 3).
"""

from __future__ import annotations

from lxml import etree

from .errors import NoArticleError
from .models import Article, Block


def decode_html(data: bytes, content_type: str | None = None) -> str:
    from trafilatura.utils import decode_file

    return decode_file(data)


def extract_article(
    html: str | bytes, *, url: str | None = None, source: str = "", content_type: str | None = None
) -> Article:
    import trafilatura

    if isinstance(html, bytes):
        html = decode_html(html, content_type)
    doc = trafilatura.bare_extraction(html, url=url, output_format="python", with_metadata=True,
                                      include_comments=False, include_tables=False,
                                      include_formatting=False)
    if doc is None or doc.body is None:
        raise NoArticleError(f"{source or url}: no article body found on this page.")
    blocks = []
    for el in doc.body.iter("head", "p", "item", "quote"):
        text = " ".join("".join(el.itertext()).split())
        if not text:
            continue
        if el.tag == "p" and el.getparent() is not None and el.getparent().tag in ("quote", "item"):
            continue
        blocks.append(Block("heading" if el.tag == "head" else "paragraph", text))
    if not any(b.kind == "paragraph" for b in blocks):
        raise NoArticleError(f"{source or url}: no article body found on this page.")
    _ = etree
    return Article(
        title=doc.title or "Untitled article", blocks=tuple(blocks), author=doc.author,
        date=doc.date, site=doc.sitename, language=doc.language, url=doc.url or url,
        image=doc.image, source=source, description=doc.description,
    )
