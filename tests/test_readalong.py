"""Read-along transcript: sentence cues, clause splits, word timestamps, real speech read back."""

from __future__ import annotations

import itertools
import re
from pathlib import Path

import numpy as np
import pytest

from narrate.assemble import assemble, cues_for
from narrate.engines.base import Mark, synthesize_timed
from narrate.models import Article, Block, Cue, Segment
from narrate.normalize import normalize_with_map
from narrate.readalong import (
    MAX_CUE_MS,
    SourceMap,
    abbreviation_shaped,
    opens_sentence,
    segment_cues,
    sentence_starts,
    split_long,
    time_at,
)
from narrate.script import build_script
from narrate.sidecars import cue_payload, webvtt
from narrate.synthesize import decode_marks, encode_marks, synthesize_script_timed
from narrate.verify import parse_vtt, parse_vtt_words

RATE = 1000  # one sample per millisecond keeps the arithmetic readable

LONG = ("The harbour board, which met for the first time since the spring storms, agreed on "
        "Thursday to widen the northern channel, to rebuild the two ferry ramps at Callow "
        "Point, to replace the lighting along the breakwater, and to ask the county for a "
        "further grant of $2.3 million, although three members said the work should wait "
        "until the tide gauges have been moved, a job the engineers expect to finish by the "
        "end of the year.")
ARTICLE = Article(
    title="Harbour board agrees to widen the northern channel",
    blocks=(
        Block("paragraph", "Dr. Ines Varga opened the meeting at 7:30 p.m. She thanked the "
                           "volunteers. “We kept the ferries running,” she said."),
        Block("paragraph", LONG),
        Block("paragraph", "The vote was 5–2. Work starts in May."),
    ),
    author="Tomas Reyes", date="2024-11-05", site="The Callow Courier", language="en",
    source="invented",
)


def _segment(text: str) -> Segment:
    norm = normalize_with_map(text)
    return Segment("paragraph", text, norm.text, chapter=1, spans=tuple(norm.as_tuples()))


def _word_marks(spoken: str, ms_per_char: int = 50) -> tuple[Mark, ...]:
    """A word mark at every word of ``spoken``, as if each character took ``ms_per_char``."""
    return tuple(Mark("word", m.start(), len(m.group()), m.start() * ms_per_char)
                 for m in re.finditer(r"\S+", spoken))


# --- pure functions ---------------------------------------------------------------------


def test_sentence_starts_follow_the_spoken_text():
    spoken = normalize_with_map("Dr. Varga spoke. Then she left! Did she? Yes.").text
    starts = sentence_starts(spoken)
    assert [spoken[s:s + 4] for s in starts] == ["Doct", "Then", "Did ", "Yes."]
    assert sentence_starts("one sentence only") == [0]


def _sentences(text: str) -> list[str]:
    """The article's text cut where :func:`sentence_starts` starts a sentence, wording kept."""
    seg = _segment(text)
    where = SourceMap(seg)
    starts = sorted({where.boundary(p) for p in sentence_starts(seg.spoken, where.written_at(text))}
                    | {0})
    return [text[a:b].strip() for a, b in itertools.pairwise([*starts, len(text)])]


@pytest.mark.parametrize("text, expected", [
    # the normalizer speaks these openings in lower case; the wording still opens a sentence
    ("Subscribe for a year. 12 issues cost £30.", ["Subscribe for a year.", "12 issues cost £30."]),
    ("Prices rose. £5 now buys less.", ["Prices rose.", "£5 now buys less."]),
    ("All opinions are mine alone. #CanalWeek #ad",
     ["All opinions are mine alone.", "#CanalWeek #ad"]),
    ("Read the full report. https://example.org/r",
     ["Read the full report.", "https://example.org/r"]),
    ("Shares fell sharply. Quaybank.com declined to comment.",
     ["Shares fell sharply.", "Quaybank.com declined to comment."]),
    ("The launch slipped again. iPhone sales held up.",
     ["The launch slipped again.", "iPhone sales held up."]),
    ("It runs on the Internet of Things (IoT). eFerry tickets are sold online.",
     ["It runs on the Internet of Things (IoT).", "eFerry tickets are sold online."]),
    # counter-examples: abbreviations, lower-case continuations, numbers after "No."
    ("The ferry was No. 5 in the queue.", ["The ferry was No. 5 in the queue."]),
    ("See fig. 3 for the route.", ["See fig. 3 for the route."]),
    ("Varga et al. 2019 measured the tide.", ["Varga et al. 2019 measured the tide."]),
    ("The U.S. 12-seat ferry docked.", ["The U.S. 12-seat ferry docked."]),
    ("It took approx. 40 minutes and cost ca. $9 in all.",
     ["It took approx. 40 minutes and cost ca. $9 in all."]),
    ("The crew waited… then the tide turned.", ["The crew waited… then the tide turned."]),
    ("Dr. Ines Varga met Gov. Ruth Hale.", ["Dr. Ines Varga met Gov. Ruth Hale."]),
])
def test_sentences_that_open_with_a_number_sign_or_link_start_a_cue(text, expected):
    assert _sentences(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a name's initial ends no cue
    ("He met George W. Bush at noon. Then he left.",
     ["He met George W. Bush at noon.", "Then he left."]),
    ("The ferry was built by J. R. Hale. eFerry runs it.",
     ["The ferry was built by J. R. Hale.", "eFerry runs it."]),
    # counter-examples: a spelled initialism's last letter does, before a capital or a name
    ("Agents met the FBI. Then they left.", ["Agents met the FBI.", "Then they left."]),
    ("It runs on the Internet of Things (IoT). eFerry tickets are sold online.",
     ["It runs on the Internet of Things (IoT).", "eFerry tickets are sold online."]),
])
def test_initials_and_spelled_initialisms_at_a_stop(text, expected):
    assert _sentences(text) == expected


def test_opens_sentence_and_abbreviation_shape():
    assert all(map(opens_sentence, ["The", "12", "£5", "#tag", "@quay", "“Good", "www.x.org",
                                    "https://x.org", "pic.example.com/4p", "eBay", "my6ferry"]))
    assert not any(map(opens_sentence, ["then", "and", "ecoferry", "", "“"]))
    assert abbreviation_shaped("see fig. x", 7) and abbreviation_shaped("et al. x", 5)
    assert not abbreviation_shaped("the month. x", 9)
    assert not abbreviation_shaped("the IoT. x", 7)
    assert not abbreviation_shaped("it rose! x", 7)


def test_segment_cues_give_a_number_opened_sentence_its_own_cue():
    seg = _segment("The council met on Monday. 14 members voted for the plan.")
    cues = segment_cues(seg, _word_marks(seg.spoken), len(seg.spoken) * 50, 0, RATE)
    assert [c.text for c in cues] == ["The council met on Monday.",
                                      "14 members voted for the plan."]
    assert cues[1].start_ms == seg.spoken.index("Fourteen") * 50


def test_time_at_uses_marks_and_interpolates_between_them():
    spoken = "Alpha beta. Gamma"
    chars, samples = [0, 6, 12, 17], [0, 600, 1500, 2000]
    assert time_at(6, spoken, chars, samples) == 600  # on a mark
    assert time_at(11, spoken, chars, samples) == 1500  # the gap before "Gamma": its start
    assert time_at(3, spoken, chars, samples) == 300  # inside "Alpha": interpolated


def test_long_sentence_cut_at_clauses_not_mid_phrase():
    spoken = normalize_with_map(LONG).text
    cuts = split_long(0, len(spoken), spoken, [], lambda pos: pos * 100, 15_000)
    assert cuts, "a 40 s sentence must be cut"
    pieces = [spoken[a:b] for a, b in itertools.pairwise([0, *cuts, len(spoken)])]
    assert all(len(p) * 100 <= 15_000 for p in pieces[:-1])
    # every cut follows a comma: the clause boundaries were enough
    assert all(spoken[c - 2] == "," for c in cuts), pieces


def test_clause_split_falls_back_to_words_when_no_clause_fits():
    spoken = "word " * 60
    cuts = split_long(0, len(spoken), spoken, [], lambda pos: pos * 100, 5_000)
    assert cuts and all(spoken[c - 1] == " " for c in cuts)
    assert all(b - a <= 50 for a, b in itertools.pairwise([0, *cuts]))


def test_segment_cues_keep_the_articles_words_and_time_each_sentence():
    seg = _segment("Dr. Varga paid $4.5 million on Oct. 3. The board agreed. “Good,” she said.")
    marks = _word_marks(seg.spoken)
    take = len(seg.spoken) * 50
    cues = segment_cues(seg, marks, take, offset=2000, rate=RATE)
    assert [c.text for c in cues] == ["Dr. Varga paid $4.5 million on Oct. 3.",
                                      "The board agreed.", "“Good,” she said."]
    starts = [seg.spoken.index(w) * 50 + 2000 for w in ("Doctor", "The", "Good")]
    starts[2] = seg.spoken.index("Good") * 50 + 2000  # the quote is not spoken
    assert [c.start_ms for c in cues] == [2000, starts[1], cues[2].start_ms]
    assert cues[2].start_ms <= starts[2]
    assert cues[-1].end_ms == 2000 + take
    assert all(a.end_ms == b.start_ms for a, b in itertools.pairwise(cues))
    # "$4.5 million" is spoken as five words: one timestamp, on "$4.5"
    first = cues[0]
    words = first.text.split()
    stamped = {words[i]: ms for i, ms in first.words}
    assert "$4.5" in stamped and "million" not in stamped
    assert stamped["$4.5"] == 2000 + seg.spoken.index("four") * 50
    times = [ms for _, ms in first.words]
    assert times == sorted(set(times)) and first.start_ms < times[0] and times[-1] < first.end_ms


def test_without_marks_times_are_proportional_to_characters(fake_engine):
    seg = _segment("One short sentence. Another short one here.")
    cues = segment_cues(seg, (), take=4300, offset=0, rate=RATE)
    assert len(cues) == 2 and not any(c.words for c in cues)
    assert cues[1].start_ms == round(4300 * seg.spoken.index("Another") / len(seg.spoken))


def test_a_segment_without_a_map_is_one_cue():
    seg = Segment("paragraph", "Twelve apples. Nine pears.", "12 apples. 9 pears.", chapter=1)
    (cue,) = segment_cues(seg, (), take=1000, offset=0, rate=RATE)
    assert cue.text == "Twelve apples. Nine pears." and (cue.start_ms, cue.end_ms) == (0, 1000)


def test_no_cue_longer_than_the_limit_on_a_long_paragraph():
    seg = _segment(LONG)
    marks = _word_marks(seg.spoken, 100)
    cues = segment_cues(seg, marks, len(seg.spoken) * 100, 0, RATE)
    assert len(cues) >= 3
    assert max(c.end_ms - c.start_ms for c in cues) <= MAX_CUE_MS
    assert " ".join(c.text for c in cues) == " ".join(LONG.split())


def test_webvtt_inline_timestamps_escaped_and_read_back():
    cue = Cue(1000, 4000, "Fish & <chips> cost £3", ((1, 1500), (3, 2500)))
    assert cue_payload(cue) == "Fish <00:00:01.500>&amp; &lt;chips&gt; <00:00:02.500>cost £3"
    ((start, end, text, stamps),) = parse_vtt_words(webvtt([cue]))
    assert (start, end, text, stamps) == (1000, 4000, "Fish & <chips> cost £3", [1500, 2500])
    assert parse_vtt(webvtt([cue]))[0][2] == "Fish & <chips> cost £3"


def test_marks_survive_the_cache_encoding():
    marks = (Mark("sentence", 0, 0, 0), Mark("word", 7, 5, 123_456_789), Mark("clause", 40, 0, 9))
    assert decode_marks(encode_marks(marks)) == marks
    assert decode_marks(np.zeros(3, dtype=np.int16)) == ()
    assert decode_marks(encode_marks(())) == ()


def test_fake_engine_without_timing_still_works(fake_engine):
    pcm, marks = synthesize_timed(fake_engine, "Hello there.")
    assert marks == () and len(pcm) == len("Hello there.") * fake_engine.sample_rate // 100
    script = build_script(ARTICLE)
    timed = synthesize_script_timed(script, fake_engine)
    track = assemble([p for p, _ in timed], script, fake_engine.sample_rate)
    cues = cues_for(track, script, [m for _, m in timed])
    assert len(cues) > len(script.segments)
    assert all(a.end_ms <= b.start_ms for a, b in itertools.pairwise(cues))


# --- real speech --------------------------------------------------------------------------


@pytest.mark.integration
def test_espeak_reports_word_marks_at_character_offsets():
    from narrate.engines import load_engine
    from narrate.voices import load_profile

    engine = load_engine(load_profile(None))
    text = "Café owners met. They voted, twice."
    pcm, marks = engine.synthesize_timed(text)
    words = [m for m in marks if m.kind == "word"]
    assert [text[m.char:m.char + m.length] for m in words] == [
        "Café", "owners", "met", "They", "voted", "twice"]
    samples = [m.sample for m in words]
    assert samples == sorted(samples) and samples[-1] < len(pcm)
    assert [text[m.char:m.char + 4] for m in marks if m.kind == "sentence"] == ["Café", "They"]


@pytest.fixture(scope="module")
def edition(tmp_path_factory):
    """The invented article narrated once with eSpeak NG."""
    from narrate.pipeline import EditionOptions, make_script, render
    from narrate.voices import load_profile

    out = tmp_path_factory.mktemp("readalong")
    profile = load_profile(None)
    options = EditionOptions(out_dir=str(out))
    return render(make_script(ARTICLE, profile, options), profile, options, out)


@pytest.mark.integration
def test_real_edition_has_sentence_cues_timed_inside_the_mp3(edition):
    """Narrate an invented article with eSpeak NG and read the VTT and MP3 back."""
    from narrate.encode import decode_mp3
    from narrate.verify import errors, verify_edition

    samples, rate = decode_mp3(Path(edition.mp3).read_bytes())
    duration_ms = len(samples) * 1000 // rate
    cues = parse_vtt_words(Path(edition.vtt).read_text(encoding="utf-8"))
    texts = [c[2] for c in cues]
    body = " ".join(texts)
    for block in ARTICLE.blocks:
        assert " ".join(block.text.split()) in body
    # a cue per sentence: the first paragraph's three sentences are three cues
    assert "Dr. Ines Varga opened the meeting at 7:30 p.m." in texts
    assert "She thanked the volunteers." in texts
    assert "“We kept the ferries running,” she said." in texts
    assert max(end - start for start, end, _, _ in cues) <= 16_000
    assert sum(1 for t in texts if t in LONG) >= 2  # the long sentence was cut
    for (s1, e1, _, _), (s2, _, _, _) in itertools.pairwise(cues):
        assert s1 < e1 <= s2
    for start, end, _, stamps in cues:
        assert all(start < ms < end for ms in stamps) and stamps == sorted(stamps)
    assert sum(len(c[3]) for c in cues) > 50  # eSpeak's word timings are in the file
    assert cues[-1][1] <= duration_ms
    chapters = edition.manifest["chapters"]
    for start, end, _, _ in cues:
        assert any(c["start_ms"] <= start and end <= c["end_ms"] for c in chapters)
    assert not errors(verify_edition(edition.mp3, asr=False))


def _copy(edition, folder: Path) -> Path:
    import shutil

    folder.mkdir()
    for name in edition.paths:
        shutil.copy(name, folder)
    return folder / Path(edition.mp3).name


def _rewrite_vtt(mp3: Path, change) -> None:
    """Rewrite the copy's transcript with ``change(cues) -> cues`` (as parse_vtt tuples)."""
    vtt = mp3.with_suffix(".vtt")
    cues = [Cue(s, e, t) for s, e, t in change(parse_vtt(vtt.read_text(encoding="utf-8")))]
    vtt.write_text(webvtt(cues), encoding="utf-8")


@pytest.mark.integration
@pytest.mark.parametrize("damage, expected", [
    (lambda c: [*c[:5], (c[5][0], c[6][1] + 500, c[5][2]), *c[6:]], "overlaps cue 6"),
    (lambda c: [*c[:5], c[6], c[5], *c[7:]], "before cue 6"),
    (lambda c: [(s + 400, e + 400, t) for s, e, t in c], "not inside one chapter"),
])
def test_verify_finds_cue_timing_errors(edition, tmp_path, damage, expected):
    from narrate.verify import errors, verify_edition

    mp3 = _copy(edition, tmp_path / "copy")
    _rewrite_vtt(mp3, damage)
    problems = errors(verify_edition(mp3, asr=False))
    assert any(p.check == "cues" and expected in p.message for p in problems), problems


def test_check_cues_word_timestamps_must_rise_inside_the_cue():
    from narrate.verify import check_cues

    chapters = [{"start_ms": 0, "end_ms": 10_000}]
    assert check_cues([(0, 1000, "a b", [500]), (1000, 2000, "c d", [1500])], chapters) == []
    (problem,) = check_cues([(0, 1000, "a b c", [700, 600])], chapters)
    assert "not rising" in problem.message
    (problem,) = check_cues([(0, 1000, "a b", [1200])], chapters)
    assert "not rising" in problem.message


@pytest.mark.integration
def test_speech_check_hears_each_cue_and_catches_a_slipped_transcript(edition, tmp_path):
    """Real recognition: right cues are heard as themselves; texts moved by one sentence are not."""
    from narrate.verify import asr_available, errors, verify_edition

    if not asr_available():
        pytest.skip("pocketsphinx is not installed")
    problems = verify_edition(edition.mp3, asr=True)
    assert not errors(problems), problems
    (note,) = [p for p in problems if p.check == "asr" and "cues heard" in p.message]
    heard, checked = map(int, re.match(r"(\d+) of (\d+)", note.message).groups())
    assert checked >= 10 and heard / checked >= 0.85

    mp3 = _copy(edition, tmp_path / "slipped")
    # every text one cue later: the times no longer fit the words
    _rewrite_vtt(mp3, lambda c: [(s, e, t) for (s, e, _), (_, _, t) in
                                 zip(c, [c[-1], *c[:-1]], strict=True)])
    slipped = [p for p in errors(verify_edition(mp3, asr=True)) if p.check == "asr"]
    assert any("cues heard as their own text" in p.message for p in slipped), slipped


@pytest.mark.integration
def test_feed_transcript_link_serves_the_read_along_vtt(edition, tmp_path):
    """The feed's podcast:transcript names the sentence-cue VTT; serve answers it as text/vtt."""
    from lxml import etree
    from werkzeug.test import Client

    from narrate.feed import PODCAST_NS, build_feed
    from narrate.server import make_app

    mp3 = _copy(edition, tmp_path / "site")
    folder = mp3.parent
    feed = build_feed(folder, title="Courier", base_url="https://audio.example.com/",
                      author="Courier", language="en")
    (link,) = etree.parse(str(feed)).getroot().iter(f"{{{PODCAST_NS}}}transcript")
    assert link.get("type") == "text/vtt"
    name = link.get("url").rsplit("/", 1)[-1]
    assert name == mp3.with_suffix(".vtt").name
    response = Client(make_app(folder)).get("/" + name)
    assert response.status_code == 200 and response.mimetype == "text/vtt"
    cues = parse_vtt_words(response.get_data(as_text=True))
    assert len(cues) > len(ARTICLE.blocks) + 5 and any(stamps for *_, stamps in cues)


def test_a_cached_take_keeps_its_marks_in_one_entry(tmp_path, fake_engine):
    from narrate.cache import SegmentCache
    from narrate.synthesize import pack_take, unpack_take

    pcm = np.arange(-50, 50, dtype=np.int16)
    marks = (Mark("word", 0, 3, 0), Mark("word", 4, 2, 70_000))
    assert unpack_take(pack_take(pcm, marks))[0].tolist() == pcm.tolist()
    assert unpack_take(pack_take(pcm, marks))[1] == marks
    assert unpack_take(pack_take(pcm, ()))[0] is pcm and unpack_take(pcm)[1] == ()

    class Timed:
        """The fake engine with a word mark per word, to see marks come back from the cache."""
        name, sample_rate, digital_source_type = "timed", 1000, fake_engine.digital_source_type
        calls = 0

        def synthesize_timed(self, text):
            self.calls += 1
            return (np.ones(len(text) * 10, dtype=np.int16),
                    tuple(Mark("word", m.start(), len(m.group()), m.start() * 10)
                          for m in re.finditer(r"\S+", text)))

        def synthesize(self, text):
            return self.synthesize_timed(text)[0]

        def describe(self):
            return {"engine": "timed"}

    script = build_script(ARTICLE)
    engine = Timed()
    cache = SegmentCache(tmp_path)
    fresh = synthesize_script_timed(script, engine, cache=cache)
    calls = engine.calls
    again = synthesize_script_timed(script, engine, cache=SegmentCache(tmp_path))
    assert engine.calls == calls  # every segment came from the cache
    assert [m for _, m in again] == [m for _, m in fresh] and any(m for _, m in again)
    assert [p.tolist() for p, _ in again] == [p.tolist() for p, _ in fresh]
    assert SegmentCache(tmp_path).info().entries == len({s.spoken for s in script.segments})
