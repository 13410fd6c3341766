"""The Python API: one source in, one audio edition out.

    >>> from narrate import narrate
    >>> edition = narrate("story.html", out_dir="output")   # doctest: +SKIP
    >>> edition.mp3                                        # doctest: +SKIP
    'output/2024-10-23-harbour-barrier-approved.mp3'

Every stage is also callable on its own (:func:`load_article`,
:func:`narrate.script.build_script`, :func:`render`). Files are written under
temporary names in the output folder and renamed only when all four are
complete, the manifest last, so a crash or a bad input never leaves a
half-written edition behind, and a manifest on disk means a whole edition.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import itertools
import json
import os
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass, field, replace
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from . import __version__
from .assemble import OUTPUT_RATE, assemble, chapters_for, cues_for, output_rate_chunks
from .encode import decode_mp3_chunks, encode_mp3_chunks
from .engines import Engine, load_engine
from .errors import InputError, OutputError
from .extract import extract_article
from .lexicon import Lexicon
from .master import (
    BLOCK,
    TARGET_TRUE_PEAK,
    ceiling_for,
    master_lazily,
    measure_stream,
    to_int16,
)
from .models import MP3_QUALITY, Article, Edition, Loudness, Script
from .outdir import (
    claim_stem,
    disk_error,
    fsync_dir,
    lock_folder,
    probe_writable,
    remove_stale,
    temp_name,
    write_new,
)
from .pagekind import require_complete
from .script import ScriptOptions, build_script, slugify
from .sidecars import chapters_json, manifest_json, public_settings, public_source, webvtt
from .sources import read_source
from .synthesize import synthesize_script_timed
from .tag import build_tags, write_tags
from .voices import VoiceProfile, load_profile, voice_for_language

if TYPE_CHECKING:
    from mutagen.id3 import ID3

    from .cache import SegmentCache

TOOL = f"narrate {__version__}"

#: A progress callback: (phase, done, total).
Progress = Callable[[str, int, int], None]


@dataclass(frozen=True)
class EditionOptions:
    """Everything that shapes an edition besides the article and the voice profile."""

    out_dir: str = "output"
    script: ScriptOptions = field(default_factory=ScriptOptions)
    bitrate: int = 64
    #: LAME's -q (0 slowest ... 9 fastest); see bench/ENCODING_RESULTS.md for the choice
    mp3_quality: int = MP3_QUALITY
    id3_version: int = 3
    lexicons: tuple[str, ...] = ()
    max_words: int = 60_000  # about six hours of speech
    #: refuse (exit 5) a page that holds only part of its article (a paywall, a cut)
    require_complete: bool = False

    def settings(self) -> dict:
        d = asdict(self)
        d.pop("out_dir")
        d.pop("require_complete")  # decides whether to narrate, not how it sounds
        return d


def load_article(source: str | None, *, timeout: float | None = None) -> Article:
    """Fetch or read ``source`` and extract its article (raises a NarrateError on bad input).

    ``timeout`` is the fetch's overall deadline (default ``$NARRATE_TIMEOUT`` or 30 s).
    """
    fetched = read_source(source, timeout=timeout)
    return extract_article(
        fetched.data, url=fetched.url, source=fetched.source, content_type=fetched.content_type
    )


def make_script(article: Article, profile: VoiceProfile, options: EditionOptions) -> Script:
    """The narration script for ``article``, with the profile's and user's lexicons applied.

    With ``options.require_complete``, a partial article is refused here (exit 5),
    the one step every command goes through before any audio is made.
    """
    if options.require_complete:
        require_complete(article.partial, article.source)
    lexicon = _load_lexicon(profile, options)
    return build_script(article, profile, options.script, lexicon=lexicon)


def _load_lexicon(profile: VoiceProfile, options: EditionOptions) -> Lexicon:
    """The shipped lexicon, then the profile's, then the user's (later entries win)."""
    return Lexicon.load([*profile.lexicons, *options.lexicons], include_default=True)


def narrate(
    source: str | None = None,
    *,
    out_dir: str | None = None,
    voice: str | VoiceProfile | None = None,
    options: EditionOptions | None = None,
    progress: Progress | None = None,
    on_article: Callable[[Article], None] | None = None,
    name: str | None = None,
    stem: str | None = None,
) -> Edition:
    """Narrate one source (URL, path, ``-`` or None for the bundled sample).

    ``out_dir`` overrides ``options.out_dir`` (default ``output/``); ``voice`` is
    a profile name, a path to a profile, or a :class:`VoiceProfile`. The files
    are named by ``stem`` exactly when given (``--out FILE.mp3``), else by the
    ``name`` template (:mod:`narrate.naming`, default ``{date}-{slug}``), which
    like the default gets a hash suffix rather than replace another source's
    edition.
    ``on_article`` sees the extracted article before any audio is made (the CLI
    warns there about a partial article).

    The run holds the folder's shared lock (a ``narrate batch`` writing there
    makes it fail at once, exit 6), removes the temporary files of killed runs,
    and claims its file name, so two runs with the same title and date get
    two names (see :mod:`narrate.outdir`).
    """
    options = options or EditionOptions()
    if out_dir is not None:
        options = replace(options, out_dir=str(out_dir))
    profile = voice if isinstance(voice, VoiceProfile) else load_profile(voice)
    out = prepare_out_dir(Path(options.out_dir))
    with lock_folder(out, "article", shared=True):
        remove_stale(out)
        article = load_article(source)
        check_length(article, options.max_words)
        if on_article is not None:
            on_article(article)
        profile, note = voice_for_language(profile, article.language, explicit=voice is not None)
        script = make_script(article, profile, options)
        if stem is not None:  # --out FILE.mp3 names the file exactly
            claim = claim_stem(out, iter([stem]), lambda _stem: True)
        else:
            from .naming import expand_name

            base = expand_name(name, article) if name else None
            claim = claim_stem(out, stem_candidates(article, base),
                               lambda stem: _name_is_free(out, stem, article.source))
        try:
            return render(script, profile, options, out, progress=progress,
                          notes=[note] if note else [], stem=claim.stem)
        finally:
            claim.release()


def check_length(article: Article, max_words: int) -> None:
    """Refuse articles too long to be news before any work is done on them."""
    words = sum(len(b.text.split()) for b in article.blocks)
    if words > max_words:
        hours = words / 160 / 60
        raise InputError(
            f"{article.source or article.title}: the article has {words:,} words "
            f"(about {hours:.1f} hours of speech), more than --max-words {max_words:,}; "
            "raise --max-words to narrate it anyway."
        )


def prepare_out_dir(out: Path) -> Path:
    """Create ``out`` if needed and prove it is writable, before any synthesis."""
    try:
        out.mkdir(parents=True, exist_ok=True)
        probe_writable(out)
    except OSError as exc:
        raise OutputError(
            f"cannot write to output folder {out} ({exc.strerror or exc}); "
            "choose another with --out."
        ) from None
    return out


def stem_candidates(article: Article, base: str | None = None) -> Iterator[str]:
    """``base`` (default ``<date>-<slug>``), then with a hash of the source, then ``-2``...

    The first two are stable across runs (re-narrating an article replaces its
    edition); the numbered ones only serve runs that collide at the same moment.
    """
    stem = base or f"{article.date[:10] if article.date else 'undated'}-{slugify(article.title)}"
    hashed = f"{stem}-{hashlib.sha1(article.source.encode('utf-8')).hexdigest()[:6]}"
    yield stem
    yield hashed
    for n in itertools.count(2):
        yield f"{hashed}-{n}"


def _name_is_free(out: Path, stem: str, source: str) -> bool:
    """No edition named ``stem``, or one of the same source (to be replaced)."""
    existing = out / f"{stem}.json"
    if not existing.exists():
        return True
    try:
        previous = json.loads(existing.read_text(encoding="utf-8")).get("source")
    except (OSError, ValueError, AttributeError):
        previous = None
    return previous in (None, source, public_source(source))


def edition_stem(article: Article, out: Path) -> str:
    """The first free name of :func:`stem_candidates` (not claimed: see :func:`narrate`)."""
    return next(s for s in stem_candidates(article) if _name_is_free(out, s, article.source))


def settings_hash(profile: VoiceProfile, engine: Engine, options: EditionOptions) -> str:
    """Hash of every setting that shapes the audio (voice, engine, encoding, tags)."""
    blob = json.dumps(
        {"voice": profile.settings(), "engine": engine.describe(), "options": options.settings(),
         "tool": __version__},
        sort_keys=True, default=str,
    )
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()


def render(
    script: Script,
    profile: VoiceProfile,
    options: EditionOptions,
    out: Path,
    *,
    engine: Engine | None = None,
    progress: Progress | None = None,
    notes: list[str] | None = None,
    cache: SegmentCache | None = None,
    stem: str | None = None,
) -> Edition:
    """Synthesize, assemble, master, encode, tag and write one edition atomically.

    ``cache`` reuses speech already synthesized (see :mod:`narrate.cache`);
    ``stem`` names the files (default :func:`edition_stem`; the batch runner
    gives its own, unique and stable across runs).
    """
    engine = engine or load_engine(profile)
    article = script.article
    stem = stem or edition_stem(article, out)

    def tick(done: int, total: int) -> None:
        if progress:
            progress("speaking", done, total)

    timed = synthesize_script_timed(script, engine, progress=tick, cache=cache)
    track = assemble([pcm for pcm, _ in timed], script, engine.sample_rate)
    marks = [m for _, m in timed]
    del timed
    chapters = chapters_for(track, script)
    cues = cues_for(track, script, marks)
    if progress:
        progress("mastering", 0, 1)
    mp3, loudness = master_and_encode(
        track.samples, track.rate, options.bitrate, options.mp3_quality
    )

    language = article.language or profile.language
    source_url = article.url or (article.source if "://" in article.source else None)
    tags = build_tags(
        title=article.title, author=article.author, site=article.site, date=article.date,
        language=language, source_url=source_url, disclosure=script.disclosure,
        digital_source_type=engine.digital_source_type, narration=script.text(), tool=TOOL,
        chapters=chapters,
    )
    manifest = {
        "narrate_version": __version__,
        "created": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "source": public_source(article.source),
        "url": source_url,
        "title": article.title,
        "author": article.author,
        "date": article.date,
        "site": article.site,
        "language": language,
        "description": article.description,
        "image": article.image,
        "partial": article.partial is not None,
        "partial_reason": article.partial.reason if article.partial else None,
        "engine": engine.describe(),
        "voice": profile.name,
        "settings": public_settings({"voice": profile.settings(), **options.settings()}),
        "disclosure": script.disclosure,
        "digital_source_type": engine.digital_source_type,
        "duration_ms": track.duration_ms,
        "loudness": {
            "integrated_lufs": loudness.integrated_lufs,
            "true_peak_dbtp": loudness.true_peak_dbtp,
            "target_lufs": -16.0,
            "measured_on": "decoded mp3",
        },
        "paragraphs": len(article.paragraphs),
        "words": sum(len(s.text.split()) for s in script.segments),
        "chapters": [
            {"title": c.title, "start_ms": c.start_ms, "end_ms": c.end_ms,
             "paragraphs": list(c.paragraphs)}
            for c in chapters
        ],
        "script_sha256": script.sha256(),
        "settings_sha256": settings_hash(profile, engine, options),
        "files": {
            "mp3": f"{stem}.mp3",
            "chapters": f"{stem}.chapters.json",
            "transcript": f"{stem}.vtt",
        },
        "mp3_bytes": 0,
        "notes": list(notes or []),
    }
    edition = Edition(
        mp3=str(out / f"{stem}.mp3"),
        chapters_json=str(out / f"{stem}.chapters.json"),
        vtt=str(out / f"{stem}.vtt"),
        manifest_path=str(out / f"{stem}.json"),
        manifest=manifest,
    )
    tagged = tag_mp3(mp3, tags, options.id3_version)
    del mp3
    manifest["mp3_bytes"] = len(tagged)
    with _Staging(out, stem) as stage:
        stage.write("mp3", tagged)
        del tagged
        stage.write("chapters.json", chapters_json(chapters).encode("utf-8"))
        stage.write("vtt", webvtt(cues).encode("utf-8"))
        stage.write("json", manifest_json(manifest).encode("utf-8"))
        stage.commit(["mp3", "chapters.json", "vtt", "json"])
    return edition


def tag_mp3(mp3: bytes, tags: ID3, id3_version: int) -> bytes:
    """The MP3 with its ID3 tag in front, built in memory.

    Tagging in memory and writing the file once means the staged file is never
    rewritten in place: a temp removed or replaced meanwhile cannot turn into
    a file that holds only a tag.
    """
    buffer = io.BytesIO(mp3)
    write_tags(buffer, tags, id3_version)
    return buffer.getvalue()


#: decoded blocks within this of the true-peak limit count as overshoot spots
HOT_MARGIN_DB = 0.5
#: how far around an overshoot spot the limiter's ceiling is lowered: the MP3
#: frame around it (1,152 samples), the encoder's delay, and the limiter's hold
HOT_REACH_S = 0.06


def master_and_encode(
    samples, rate: int, bitrate: int, quality: int = MP3_QUALITY
) -> tuple[bytes, Loudness]:
    """Master, encode, and measure the decoded MP3; tighten the ceiling where MP3 overshot.

    The MP3 encoder can push inter-sample peaks up by more than two decibels
    on some speech (on 4 of 12 ~1,000-word pages at a -3 dBTP ceiling). We
    measure what the listener gets and, when its true peak is above the
    target, lower the limiter's ceiling only around the blocks that came out
    within :data:`HOT_MARGIN_DB` of the target, by their excess plus that
    margin, and encode again. Lowering it everywhere instead limited the
    whole narration harder and, as MP3 overshoot does not fall steadily with
    the ceiling, sometimes still needed a third encode.

    The mastered track is made, resampled, rounded and fed to the one encoder
    in pieces, and the MP3 is measured as it is decoded, so neither the
    mastered track, the 44.1 kHz PCM nor the decoded track is ever held whole.
    """
    ceiling = np.full(-(-len(samples) // BLOCK), ceiling_for(quality))
    for _ in range(3):
        mastered = master_lazily(samples, rate, ceiling_db=ceiling)
        pcm = (to_int16(piece) for piece in output_rate_chunks(mastered, rate))
        mp3 = encode_mp3_chunks(pcm, OUTPUT_RATE, bitrate, quality)
        del mastered, pcm
        hot: list[tuple[int, float]] = []
        loudness = measure_stream(
            decode_mp3_chunks(mp3, OUTPUT_RATE), OUTPUT_RATE,
            hot_above_db=TARGET_TRUE_PEAK - HOT_MARGIN_DB, hot=hot,
        )
        # the reported figure is rounded to 0.01 dB: -1.00 may be -0.996
        if loudness.true_peak_dbtp <= TARGET_TRUE_PEAK - 0.01:
            break
        ceiling = _lower_ceiling(ceiling, hot, rate)
    return mp3, loudness


def _lower_ceiling(ceiling: np.ndarray, hot: list[tuple[int, float]], rate: int) -> np.ndarray:
    """Lower the per-block ceiling around each decoded overshoot spot.

    A spot at decoded sample ``p`` (44.1 kHz) lies near engine sample
    ``p * rate / 44100``, or earlier by the encoder delay (1,105 samples) if
    the decoder does not trim it; the lowered span covers both.
    """
    lowered = ceiling.copy()
    reach = int(HOT_REACH_S * rate) // BLOCK + 1
    delay = 1105 * rate // OUTPUT_RATE // BLOCK + 1
    for position, peak_db in hot:
        block = position * rate // OUTPUT_RATE // BLOCK
        lo, hi = max(0, block - delay - reach), min(len(lowered), block + reach + 1)
        cut = peak_db - TARGET_TRUE_PEAK + HOT_MARGIN_DB
        lowered[lo:hi] = np.minimum(lowered[lo:hi], ceiling[lo:hi] - cut)
    return lowered


class _Staging:
    """Owned temporary files in the output folder, renamed into place together, or removed.

    Each file is written once, whole, and fsynced under a name that says which
    process owns it (:func:`narrate.outdir.temp_name`). Before the renames the
    staged files are checked (still there, still their size; the MP3 has audio
    frames) and the folder is fsynced; the manifest is renamed last, after
    another folder fsync, so a manifest on disk, even after a power cut, means
    the other files are whole. Any write error is an OutputError naming the file.
    """

    def __init__(self, out: Path, stem: str) -> None:
        self.out, self.stem = out, stem
        self.temps: dict[str, Path] = {}
        self.sizes: dict[str, int] = {}

    def __enter__(self) -> _Staging:
        return self

    def final(self, suffix: str) -> Path:
        return self.out / f"{self.stem}.{suffix}"

    def write(self, suffix: str, data: bytes) -> Path:
        tmp = self.out / temp_name(self.stem, suffix)
        try:
            write_new(tmp, data)
        except OSError as exc:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
            raise disk_error(exc, self.final(suffix)) from None
        self.temps[suffix], self.sizes[suffix] = tmp, len(data)
        return tmp

    def check(self, suffix: str) -> None:
        """The staged file is still ours and whole; an MP3 has audio frames."""
        tmp = self.temps[suffix]
        try:
            size = os.path.getsize(tmp)
        except OSError:
            size = -1
        problem = None
        if size != self.sizes[suffix]:
            problem = "was removed or changed by another process"
        elif suffix == "mp3" and not _has_audio(tmp):
            problem = "holds no MP3 audio"
        if problem:
            raise OutputError(f"the staged {self.final(suffix)} {problem}; nothing was "
                              "replaced: run the command again.")

    def commit(self, order: list[str]) -> None:
        target = self.out
        try:
            for suffix in order:
                self.check(suffix)
            fsync_dir(self.out)
            for suffix in order:
                target = self.final(suffix)
                if suffix == order[-1]:
                    fsync_dir(self.out)  # everything before the manifest is durable
                os.replace(self.temps[suffix], target)
                del self.temps[suffix]
            fsync_dir(self.out)
        except OSError as exc:
            raise disk_error(exc, target) from None

    def __exit__(self, *exc_info) -> None:
        for tmp in self.temps.values():
            with contextlib.suppress(OSError):
                os.unlink(tmp)


def _has_audio(path: Path) -> bool:
    """Whether mutagen finds MPEG audio frames (a positive length) in the file at ``path``."""
    from mutagen import MutagenError
    from mutagen.mp3 import MP3

    try:
        return MP3(path).info.length > 0
    except (MutagenError, OSError):
        return False
