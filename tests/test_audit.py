"""bench/audit.py: the article-picking rule and the audit sheet, on invented bodies."""

from __future__ import annotations

import hashlib
import importlib.util
import sys
from pathlib import Path

from bench.halves import half
from narrate.normalize import MapSpan, Normalized

ROOT = Path(__file__).resolve().parent.parent


def _load():
    spec = importlib.util.spec_from_file_location("bench_audit", ROOT / "bench" / "audit.py")
    mod = importlib.util.module_from_spec(spec)
    sys.modules["bench_audit"] = mod
    spec.loader.exec_module(mod)
    return mod


audit = _load()
FRENCH = "Le conseil municipal estime que le projet du port sera lancé en mai. "
PROSE = "The council said that the plan for the harbour is a good one and it will start in May. "


def _ids(which: str, count: int) -> list[str]:
    out, i = [], 0
    while len(out) < count:
        if half(f"p{i}") == which:
            out.append(f"p{i}")
        i += 1
    return out


def test_pick_follows_the_salted_hash_and_the_filters():
    tune = _ids("tune", 6)
    check = _ids("check", 1)[0]
    body = PROSE * 30  # 570 words
    bodies = [(f"wcxb/{i}", body) for i in tune]
    bodies += [(f"wcxb/{check}", body),  # other half
               ("wcxb/short", PROSE * 5), ("wcxb/long", PROSE * 100),  # word range
               ("wcxb/french", FRENCH * 40)]
    picked = audit.pick(bodies, "tune", 3, "s1")
    expected = sorted((f"wcxb/{i}" for i in tune),
                      key=lambda k: hashlib.sha256(f"s1:{k}".encode()).hexdigest())[:3]
    assert [a.key for a in picked] == expected
    assert all(a.words == 570 for a in picked)
    other = audit.pick(bodies, "tune", 6, "s2", exclude={expected[0]})
    assert expected[0] not in [a.key for a in other] and len(other) == 5
    assert [a.key for a in audit.pick(bodies, "check", 10, "s1")] == [f"wcxb/{check}"]


def test_exclude_matches_an_id_prefix_as_the_results_file_writes_it():
    long_id, other_id = "aec5deeaada8b2fb81b5", "aec5deeaada9"
    which = half(long_id)
    bodies = [(f"scrapinghub/{long_id}", PROSE * 30), (f"scrapinghub/{other_id}", PROSE * 30)]
    keys = [a.key for a in audit.pick(bodies, which, 5, "s", exclude={"scrapinghub/aec5deeaada8"})]
    assert f"scrapinghub/{long_id}" not in keys
    assert keys == ([f"scrapinghub/{other_id}"] if half(other_id) == which else [])


def test_used_ids_reads_the_results_file(tmp_path):
    f = tmp_path / "R.md"
    f.write_text("Articles: scrapinghub/ab12cd, wcxb/dev_4252; not wcxbx/1; wcxb/dev_4604.\n")
    assert audit.used_ids(f) == {"scrapinghub/ab12cd", "wcxb/dev_4252", "wcxb/dev_4604"}


def test_used_ids_keeps_the_dots_inside_a_trafilatura_eval_id(tmp_path):
    f = tmp_path / "R.md"
    f.write_text("Articles: trafilatura-eval/news.example.com.story, "
                 "trafilatura-eval/blog.example.org-Title.\n")
    assert audit.used_ids(f) == {"trafilatura-eval/news.example.com.story",
                                 "trafilatura-eval/blog.example.org-Title"}


def test_pick_extracted_reads_narrates_extraction_of_the_page(tmp_path):
    import gzip
    import json

    pages = tmp_path / "trafilatura-eval" / "html"
    pages.mkdir(parents=True)
    ids = [f"site{i}.example.com.story" for i in range(8)]
    prose = " ".join(["The council said the new bridge would open to traffic in the spring"] * 12)
    with open(tmp_path / "trafilatura-eval" / "ground_truth.jsonl", "w") as out:
        for pid in ids:
            out.write(json.dumps({"id": pid, "url": f"https://{pid}/"}) + "\n")
            html = (f"<html><body><nav>Home News Sport</nav><article><h1>Bridge</h1>"
                    f"<p>{prose}.</p><p>{prose} again.</p></article></body></html>")
            (pages / f"{pid}.html.gz").write_bytes(gzip.compress(html.encode()))
    which = half(ids[0])
    picked = audit.pick_extracted(tmp_path, "trafilatura-eval", which, 3, "s", words=(50, 9999))
    expected = [f"trafilatura-eval/{p}" for p in ids if half(p) == which]
    assert [a.key for a in picked] == sorted(expected, key=lambda k: audit.sort_key("s", k))[:3]
    assert picked and all("bridge would open" in a.body for a in picked)
    assert not any("Home News Sport" in a.body for a in picked)  # the menu is not the article


def test_sheet_lists_changed_and_risky_tokens_with_their_reading():
    body = "Tickets cost $25 at the Bellwood Arena. The band played for 90 min on Friday."
    text = audit.sheet([audit.Article("wcxb/x1", body)], "# sheet")
    assert "## wcxb/x1 (15 words)" in text
    assert "| *`$25` | twenty-five dollars |" in text
    assert "| *`90` | ninety minutes |" in text or "| *`90` | ninety |" in text
    assert "Sentence-end checks (0)" in text
    assert "`Bellwood`" not in text and "`played`" not in text  # plain words are not listed


def test_sheet_says_what_an_edition_says_for_a_lexicon_word():
    # the pipeline loads the shipped lexicon ("FTSE" is "footsie" there); a sheet without it
    # spelled the word, and auditors counted an error no edition makes
    text = audit.sheet([audit.Article("wcxb/x2", "Shares in the FTSE 100 rose on Monday.")], "#")
    assert "| *`FTSE` | footsie |" in text


def test_sentence_end_check_flags_a_lost_stop(monkeypatch):
    def drops_stops(text, lang="en", lexicon=None, vocabulary=None):
        out, spans = "", []
        for i, ch in enumerate(text):
            said = "" if ch == "." else ch
            spans.append(MapSpan(len(out), len(out) + len(said), i, i + 1))
            out += said
        return Normalized(out, tuple(spans))

    monkeypatch.setattr(audit, "normalize_with_map", drops_stops)
    _tokens, ends = audit.paragraph_items("Crews left the harbour. Dozens stayed. Dr. Ng spoke.")
    assert [e.text for e in ends] == ["harbour.", "stayed."]  # not the title "Dr."
    _tokens, ends = audit.paragraph_items("Polls close on Oct. 31 in the city")
    assert ends == []  # a month before a day is no sentence end


def test_spoken_body_says_one_note_for_a_run_of_code_listings():
    """An extracted sheet lists what an edition says: a run of code listings is the
    script's one note, prose and a later listing are kept in order."""
    from narrate.models import Block
    from narrate.script import code_note

    blocks = [Block("paragraph", "Install the package first."),
              Block("paragraph", "import os", code=True),
              Block("paragraph", "print(os.getcwd())", code=True),
              Block("heading", "Next steps"),
              Block("paragraph", "x = 1", code=True)]
    note = code_note("en")
    assert audit.spoken_body(blocks).split("\n") == [
        "Install the package first.", note, "Next steps", note]
    assert "import" not in audit.spoken_body(blocks)


def test_pick_pages_reads_outside_pages_once_each_and_skips_short_or_foreign_ones(tmp_path):
    prose = " ".join(["The council said the new bridge would open to traffic in the spring"] * 14)
    page = ("<html><body><nav>Home News Sport</nav><article><h1>Bridge</h1>"
            "<p>{0}.</p><p>{0} again.</p></article></body></html>")
    (tmp_path / "b_story.html").write_text(page.format(prose))
    (tmp_path / "a_copy.html").write_text(page.format(prose))  # the same article saved twice
    (tmp_path / "c_short.html").write_text(page.format("The bridge opens in May"))
    (tmp_path / "d_french.html").write_text(page.format(FRENCH * 20))
    picked = audit.pick_pages(sorted(tmp_path.glob("*.html")), "fixtures")
    assert [a.key for a in picked] == ["fixtures/a_copy"]
    assert "bridge would open" in picked[0].body and "Home News Sport" not in picked[0].body


def test_main_writes_a_sheet_for_outside_pages(tmp_path):
    prose = " ".join(["The mayor said the harbour works would finish before the summer"] * 14)
    (tmp_path / "story.html").write_text(
        f"<html><body><article><h1>Harbour</h1><p>{prose}.</p></article></body></html>")
    out = tmp_path / "sheet.md"
    assert audit.main(["--pages", str(tmp_path / "story.html"), "--label", "x",
                       "--out", str(out)]) == 0
    assert "## x/story (" in out.read_text()
