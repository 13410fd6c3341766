"""Nothing lost, nothing extra: the bundled and example pages against their hand-written truth.

Each page is a realistic news page written for this project with page chrome
around the article (menus, audio widgets, captions, newsletter boxes, teasers);
its ``.expected.json`` lists every body paragraph in order and the chrome that
must never be narrated.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from narrate import EditionOptions, load_article, load_profile, make_script

from .conftest import ROOT

PAGES = [
    ROOT / "narrate" / "data" / "sample.html",
    *sorted((ROOT / "examples" / "pages").glob("*.html")),
]


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.stem)
def test_every_paragraph_once_in_order_and_no_chrome(page: Path) -> None:
    expected = json.loads(page.with_name(page.stem + ".expected.json").read_text())
    article = load_article(str(page))
    assert article.title == expected["title"]
    assert article.author == expected["author"]
    assert article.date == expected["date"]
    assert article.site == expected["site"]
    assert (article.language or "").split("-")[0] == expected["language"].split("-")[0]
    assert article.paragraphs == expected["paragraphs"]
    headings = [b.text for b in article.blocks if b.kind == "heading"]
    assert headings == expected.get("headings", [])

    script = make_script(article, load_profile("default"), EditionOptions())
    # the page's own "AI assistance" player label is chrome; ours is spoken once, first
    body_text = " ".join(s.text for s in script.segments if s.kind in ("paragraph", "heading"))
    for chrome in expected["chrome"]:
        assert chrome not in body_text, chrome
    assert [s.kind for s in script.segments].count("disclosure") == 1
    body = [s for s in script.segments if s.kind == "paragraph"]
    assert [s.paragraph for s in body] == sorted(s.paragraph for s in body)
    assert {s.paragraph for s in body} == set(range(len(expected["paragraphs"])))
