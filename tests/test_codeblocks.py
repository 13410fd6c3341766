"""Code listings: which ``<pre>`` and highlighter blocks are code, and which paragraphs they mark.

Every snippet here is invented. Counter-examples (prose in ``<pre>``, a short
command, inline code in a sentence, a prose line that also occurs in a
listing) must stay unmarked, so the tests fail if the rules grow greedy.
"""

from __future__ import annotations

import pytest
from lxml import html as lxml_html

from narrate.codeblocks import (
    code_listings,
    is_short_command,
    looks_like_code,
    mark_code,
)
from narrate.extract import extract_article
from narrate.models import Block

PROSE = (
    "<p>The city council met on Tuesday evening to discuss the new harbour wall, which "
    "engineers say will protect two hundred homes from winter storms for decades.</p>"
    "<p>Residents packed the hall, and several of them asked why the work had taken so "
    "long to begin after the flooding of three winters ago.</p>"
    "<p>The mayor said the contract would be signed before the end of the month.</p>"
)


def page(body: str) -> str:
    return (f"<html><head><title>Tutorial</title></head><body><article><h1>Tutorial</h1>"
            f"{PROSE}<p>To try it, run the following in a terminal window now:</p>{body}"
            f"<p>That is all there is to it, and the rest of the guide explains why it "
            f"works the way it does.</p></article></body></html>")


def tree(body: str):
    return lxml_html.document_fromstring(f"<html><body>{body}</body></html>")


PYTHON = """<pre><code>def average(values):
    total = sum(values)
    return total / len(values)

print(average([4, 8, 15]))
</code></pre>"""

REPL = """<pre>&gt;&gt;&gt; prices = [3, 5, 9]
&gt;&gt;&gt; max(prices)
9
</pre>"""

CLASSED = """<pre class="language-js">const total = items
  .filter(item =&gt; item.inStock)
  .reduce((sum, item) =&gt; sum + item.price, 0);
</pre>"""

GUTTER_TABLE = """<div class="syntaxhighlighter python"><table><tbody><tr>
<td class="gutter"><div class="line number1">1</div><div class="line number2">2</div>
<div class="line number3">3</div></td>
<td class="code"><div class="container">
<div class="line number1"><code>for line in open("notes.txt"):</code></div>
<div class="line number2"><code>    if line.strip():</code></div>
<div class="line number3"><code>        print(line.upper())</code></div>
</div></td></tr></tbody></table></div>"""

GIST_TABLE = """<div class="gist"><table class="highlight"><tbody>
<tr><td class="blob-num" data-line-number="1"></td><td class="blob-code">SELECT name, city</td></tr>
<tr><td class="blob-num" data-line-number="2"></td><td class="blob-code">FROM readers</td></tr>
<tr><td class="blob-num" data-line-number="3"></td>
<td class="blob-code">WHERE city = 'Leeds';</td></tr>
</tbody></table></div>"""

PYGMENTS_TABLE = """<table class="highlighttable"><tr>
<td class="linenos"><div class="linenodiv"><pre>1
2
3</pre></div></td>
<td class="code"><div class="highlight"><pre>name = input("Your name? ")
greeting = f"Hello, {name}!"
print(greeting)
</pre></div></td></tr></table>"""

POEM = """<pre>The tide came in at Merrow Bay,
and took the fishing boats away;
the harbour master shook his head
and wrote the storm into the ledger instead.
</pre>"""

LETTER = """<pre>Dear Councillor Hughes,

Thank you for your letter of the fourth of March about the harbour wall.
We have read the engineers' report and we share your concerns about the cost.
We will write again once the committee has met next month.

Yours sincerely,
Ellen Marsh
</pre>"""

EMAIL = """<pre>&gt; Will the library stay open during the repairs next week?
&gt; Several of our members have asked about it.

Yes, the reading room stays open; only the archive closes until Friday.
</pre>"""

ADDRESS = """<pre>Harbour Ledger Newsroom
12 Quay Street
Merrow Bay 4410
</pre>"""

COMMAND = "<pre><code>pip install requests</code></pre>"


@pytest.mark.parametrize("snippet", [PYTHON, REPL, CLASSED, GUTTER_TABLE, GIST_TABLE,
                                     PYGMENTS_TABLE])
def test_code_listings_are_found(snippet):
    assert len(code_listings(tree(snippet))) == 1


@pytest.mark.parametrize("snippet", [POEM, LETTER, EMAIL, ADDRESS, COMMAND])
def test_prose_and_short_commands_in_pre_are_not_listings(snippet):
    assert code_listings(tree(snippet)) == []


def test_inline_code_in_a_sentence_is_not_a_listing():
    html = ("<p>Call <code>len(items)</code> to count them, or\n<code>items.count(x)\n"
            "</code> for one value.</p>")
    assert code_listings(tree(html)) == []


def test_standalone_multiline_code_element_is_a_listing():
    html = "<p><code>git add notes.txt<br>git commit -m 'Fix the typo'<br>git push</code></p>"
    assert len(code_listings(tree(html))) == 1


def test_highlights_box_of_short_lines_is_not_a_listing():
    html = ('<div class="article-highlights"><div>Faster charging</div><div>A brighter '
            'screen</div><div>Two new colours</div></div>')
    assert code_listings(tree(html)) == []


def test_line_per_div_highlighter_is_a_listing():
    html = ('<div class="hljs"><div>let total = 0;</div><div>for (const p of prices) {</div>'
            '<div>  total += p;</div><div>}</div></div>')
    assert len(code_listings(tree(html))) == 1


@pytest.mark.parametrize("snippet, first", [(GUTTER_TABLE, "for line in open"),
                                            (PYGMENTS_TABLE, "name input")])
def test_gutter_numbers_are_kept_apart_from_the_code(snippet, first):
    (listing,) = code_listings(tree(snippet))
    assert listing.gutter == "1 2 3"
    assert "1 2 3" not in listing.code
    assert listing.code.startswith(first)


@pytest.mark.parametrize("text, expected", [
    ("pip install requests", True),
    ("npm run build", True),
    ("docker compose up -d", True),
    ("print('hello')", False),  # brackets and quotes: read token by token it is noise
    ("grep -r TODO src | wc -l", False),
    ("pip install requests\npip install flask", False),  # two lines
])
def test_short_command(text, expected):
    assert is_short_command(text) is expected


@pytest.mark.parametrize("text, hint, expected", [
    ("0\n2\n4\n6", True, True),  # program output under a <code> or highlighter class
    ("0\n2\n4\n6", False, False),  # the same digits with no hint: a plain-text table?
    ("$ ls -la\ntotal 8\n$ cd src", False, True),
    ("if (ready) {\n  start();\n}", False, True),
    ("The ferry leaves at nine in the morning.\nIt returns at six in the evening.", True,
     False),
    ("Roses are red,\nviolets are blue,\nthe harbour is grey\nand the sea is too.", False,
     False),
])
def test_looks_like_code(text, hint, expected):
    assert looks_like_code(text, hint=hint) is expected


def listing_of(snippet):
    (listing,) = code_listings(tree(snippet))
    return listing


def test_mark_code_marks_contained_paragraphs_only():
    listing = listing_of(PYTHON)
    blocks = [
        Block("paragraph", "Here is the function that the rest of the article uses:"),
        Block("paragraph", "def average(values): total = sum(values) return total / "
              "len(values) print(average([4, 8, 15]))"),
        Block("heading", "How it works"),
        Block("paragraph", "It adds the values and divides by their number."),
    ]
    marked = mark_code(blocks, [listing])
    assert [b.code for b in marked] == [False, True, False, False]
    assert [b.text for b in marked] == [b.text for b in blocks]  # text never changes


def test_short_line_inside_a_listing_is_marked_only_beside_its_listing():
    listing = listing_of("<pre><code>total = 0\nfor price in prices:\n    total += price\n"
                         "print(total)\nDone.\n</code></pre>")
    split = [Block("paragraph", "total = 0 for price in prices: total += price print(total)"),
             Block("paragraph", "Done.")]
    assert [b.code for b in mark_code(split, [listing])] == [True, True]
    prose = [Block("paragraph", "The script prints the sum of the prices."),
             Block("paragraph", "Done.")]
    assert [b.code for b in mark_code(prose, [listing])] == [False, False]


def test_gutter_paragraph_is_marked():
    listing = listing_of(GUTTER_TABLE)
    blocks = [Block("paragraph", "1 2 3"),
              Block("paragraph", 'for line in open("notes.txt"): if line.strip(): '
                    "print(line.upper())")]
    assert [b.code for b in mark_code(blocks, [listing])] == [True, True]


def test_no_listings_changes_nothing():
    blocks = [Block("paragraph", "A sentence of news.")]
    assert mark_code(blocks, []) == blocks


@pytest.mark.parametrize("snippet, marked", [
    (PYTHON, True), (REPL, True), (CLASSED, True), (GUTTER_TABLE, True), (PYGMENTS_TABLE, True),
    (POEM, False), (ADDRESS, False), (EMAIL, False), (LETTER, False), (COMMAND, False),
])
def test_extract_article_marks_code_and_keeps_its_text(snippet, marked):
    article = extract_article(page(snippet))
    code = [b for b in article.blocks if b.code]
    assert bool(code) is marked
    if marked:
        assert all(b.kind == "paragraph" for b in code)
    assert not any(b.code for b in article.blocks if "harbour wall" in b.text)
    gutter = [b for b in article.blocks if b.text.strip() in ("1 2 3", "1", "2", "3")]
    assert all(b.code for b in gutter)


def test_page_to_transcript_engine_never_hears_the_code(fake_engine):
    """Extraction, script, synthesis (fake engine), assembly and WebVTT on a tutorial page:
    the engine is given the note once per run, the transcript keeps the code, chapters and
    cues stay in order."""
    from narrate.assemble import assemble, chapters_for, cues_for
    from narrate.script import build_script
    from narrate.sidecars import webvtt
    from narrate.synthesize import synthesize_script

    article = extract_article(page(PYTHON + REPL))
    script = build_script(article)
    takes = synthesize_script(script, fake_engine)
    track = assemble(takes, script, fake_engine.sample_rate)
    vtt = webvtt(cues_for(track, script))
    heard = " ".join(fake_engine.calls)
    assert heard.count("The article shows a code example here.") == 1  # one run, one note
    assert "def average" not in heard and ">>>" not in heard
    assert "def average(values)" in vtt and "max(prices)" in vtt
    assert "run the following in a terminal" in heard
    starts = [c.start_ms for c in chapters_for(track, script)]
    assert starts == sorted(starts) and starts[0] == 0


@pytest.mark.parametrize("cue, heard", [
    ("The article shows a code example here. >>> max(prices) 9",
     "The article shows a code example here."),
    ("Hier zeigt der Artikel ein Codebeispiel. SELECT 1;",
     "Hier zeigt der Artikel ein Codebeispiel."),
    ("The council approved the plan.", "The council approved the plan."),
    ("Later the article shows a code example here.",  # not a note cue: read as it is
     "Later the article shows a code example here."),
])
def test_verify_hears_only_the_note_of_a_code_cue(cue, heard):
    from narrate.verify import heard_text

    assert heard_text(cue) == heard
