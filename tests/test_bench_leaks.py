"""bench/leaks.py: a test string copied from an outside page is found there too."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.leaks import copied, page_text


def test_outside_page_copy_is_found(tmp_path: Path) -> None:
    tests = tmp_path / "tests"
    tests.mkdir()
    (tests / "test_x.py").write_text(
        'A = "The harbour ferry sailed at dawn with forty people aboard."\n'
        'B = "An invented sentence that no page in the folder has at all."\n')
    pages = tmp_path / "pages"
    pages.mkdir()
    (pages / "p.html").write_text(
        "<html><body><p>The harbour ferry sailed at dawn\n with <b>forty</b> people aboard."
        "</p></body></html>")
    found = copied(root=tmp_path, evaldata=tmp_path / "none", pages=(pages,))
    assert [s for _, _, s in found] == [
        "The harbour ferry sailed at dawn with forty people aboard."]
    assert copied(root=tmp_path, evaldata=tmp_path / "none") == []


def test_page_text_reads_json_as_is(tmp_path: Path) -> None:
    f = tmp_path / "e.json"
    f.write_text('{"text": "Plain words"}')
    assert page_text(f) == '{"text": "Plain words"}'
