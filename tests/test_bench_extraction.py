"""bench/extraction.py: loading an outside set from a directory, on invented pages."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _bench():
    path = ROOT / "bench" / "extraction.py"
    spec = importlib.util.spec_from_file_location("bench_extraction_pages", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


bench = _bench()


def _page(root: Path, key: str, truth: dict | None) -> None:
    (root / "source").mkdir(exist_ok=True)
    (root / "expected").mkdir(exist_ok=True)
    (root / "source" / f"{key}.html").write_text("<html><body><p>x</p></body></html>")
    if truth is not None:
        (root / "expected" / f"{key}.json").write_text(json.dumps(truth))


def _set(tmp_path: Path) -> Path:
    _page(tmp_path, "b2", {"title": "Harbour Plan Approved",
                           "text": "The council approved the harbour plan.\n\nWork starts in May."})
    _page(tmp_path, "a1", {"title": "Bridge Closed", "text": "The old bridge closed on Monday."})
    _page(tmp_path, "c3", {"title": "Only a Title", "text": "  \n"})  # empty: skipped
    _page(tmp_path, "d4", None)  # no expected file: skipped
    (tmp_path / "datamap.json").write_text(json.dumps(
        [{"key": "a1", "href": "http://example.org/bridge"}]))
    (tmp_path / "split.tsv").write_text("a1\texample.org\tdisc\n\nb2\texample.net\theld\n")
    return tmp_path


def test_load_pages_dir_reads_truth_and_skips_empty_texts(tmp_path: Path) -> None:
    rows, skipped = bench.load_pages_dir(_set(tmp_path))
    assert [r["id"] for r in rows] == ["a1", "b2"]  # key order, empty ones left out
    assert skipped == 2
    assert rows[0]["url"] == "http://example.org/bridge"
    assert rows[1]["url"] == ""  # not in the datamap
    assert rows[1]["title"] == "Harbour Plan Approved"
    assert rows[1]["text"].endswith("Work starts in May.")
    assert rows[0]["path"].endswith("a1.html") and rows[0]["side"] == "all"


def test_load_pages_dir_keeps_one_side_of_a_split(tmp_path: Path) -> None:
    root = _set(tmp_path)
    sides = bench.read_split(root / "split.tsv")
    assert sides == {"a1": "disc", "b2": "held"}
    rows, skipped = bench.load_pages_dir(root, sides, "held")
    assert [r["id"] for r in rows] == ["b2"]
    assert skipped == 0  # the skipped pages are on no listed side
    rows, skipped = bench.load_pages_dir(root, sides, "all")
    assert [(r["id"], r["side"]) for r in rows] == [("a1", "disc"), ("b2", "held")]
    assert skipped == 2


def test_worse_than_plain_counts_only_losses_beyond_the_margin() -> None:
    rep = {"ours": {"per_page": [("p1", (1, 1, 0.70)), ("p2", (1, 1, 0.85)),
                                 ("p3", (1, 1, 0.95))]},
           "plain": {"per_page": [("p1", (1, 1, 0.90)), ("p2", (1, 1, 0.90)),
                                  ("p3", (1, 1, 0.50))]}}
    assert bench.worse_than_plain(rep) == ["p1"]  # p2 loses only 0.05; p3 wins
    assert bench.worse_than_plain(rep, margin=0.01) == ["p1", "p2"]
