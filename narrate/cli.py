"""The ``narrate`` command: a thin layer over the Python API in :mod:`narrate.pipeline`.

Every command prints results on stdout (``--json`` for scripts) and progress
and errors on stderr. A :class:`~narrate.errors.NarrateError` becomes one line
``narrate: error: ...`` and its documented exit code; no traceback is shown
unless ``NARRATE_DEBUG=1``.
"""

from __future__ import annotations

import functools
import json
import os
import sys
from enum import Enum
from pathlib import Path
from typing import Annotated, ClassVar

import typer

from . import __version__
from .errors import EXIT_CODES, EXIT_INTERNAL, EXIT_PARTIAL, NarrateError
from .models import DEFAULT_DISCLOSURE, MP3_QUALITY

EXIT_TABLE = "\n\n".join(f"  {code}  {text}" for code, text in EXIT_CODES.items())

app = typer.Typer(
    name="narrate",
    help=(
        "Turn news articles into podcast-style audio editions: one MP3 per article, read by an "
        "offline voice, tagged, with a chapter per paragraph or section and an honest AI "
        "disclosure.\n\n"
        "Examples:\n\n"
        "  narrate article                      # the bundled sample article → output/\n\n"
        "  narrate article https://example.com/news/story --out editions/\n\n"
        "  narrate script story.html --json     # the narration plan, no audio\n\n"
        "  narrate inspect output/2024-10-23-harbour-barrier.mp3\n\n"
        f"Exit codes:\n\n{EXIT_TABLE}"
    ),
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"]},
    pretty_exceptions_enable=False,
)


class ChapterMode(str, Enum):
    auto = "auto"
    paragraph = "paragraph"
    section = "section"


class Position(str, Enum):
    start = "start"
    end = "end"
    both = "both"


class Id3Version(str, Enum):
    v23 = "2.3"
    v24 = "2.4"


def fail(message: str, code: int) -> typer.Exit:
    typer.echo(f"narrate: error: {message}", err=True)
    return typer.Exit(code)


def guarded(func):
    """Turn NarrateErrors into one line and an exit code; hide tracebacks of bugs."""

    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        try:
            return func(*args, **kwargs)
        except NarrateError as exc:
            raise fail(str(exc), exc.exit_code) from None
        except KeyboardInterrupt:
            raise fail("interrupted; nothing was written.", 130) from None
        except (typer.Exit, typer.Abort, SystemExit):
            raise
        except Exception as exc:  # a bug: say so in one line unless debugging
            if os.environ.get("NARRATE_DEBUG"):
                raise
            raise fail(
                f"internal error: {type(exc).__name__}: {exc} (set NARRATE_DEBUG=1 for the "
                "traceback and please report it)",
                EXIT_INTERNAL,
            ) from None

    return wrapper


def _version(value: bool) -> None:
    if value:
        typer.echo(f"narrate {__version__}")
        raise typer.Exit()


@app.callback()
def main_callback(
    version: Annotated[
        bool | None,
        typer.Option("--version", callback=_version, is_eager=True, help="Print the version."),
    ] = None,
) -> None:
    """narrate: news articles in, podcast-style audio editions out."""


OutOpt = Annotated[Path, typer.Option("--out", "-o", help="Output folder (created if missing).")]
VoiceOpt = Annotated[
    str | None, typer.Option("--voice", "-v", help="Voice profile: a name in voices/ or a path.")
]
DisclosureOpt = Annotated[
    str, typer.Option("--disclosure", help="The spoken and written AI disclosure (not empty).")
]
PositionOpt = Annotated[
    Position, typer.Option("--disclosure-position", help="Where the disclosure is spoken.")
]
ChaptersOpt = Annotated[
    ChapterMode,
    typer.Option("--chapters", help="One chapter per paragraph, per section, or auto."),
]
LexiconOpt = Annotated[
    list[Path] | None,
    typer.Option("--lexicon", help="A pronunciation lexicon (TOML); repeatable, later wins."),
]
JsonOpt = Annotated[bool, typer.Option("--json", help="Machine-readable JSON on stdout.")]
QuietOpt = Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar.")]
BitrateOpt = Annotated[int, typer.Option("--bitrate", help="MP3 bit rate in kbps (CBR).")]
Mp3QualityOpt = Annotated[
    int, typer.Option("--mp3-quality",
                      help="LAME encoder setting, 0 (slowest) to 9 (fastest); see BENCHMARKS.md.")
]
Id3Opt = Annotated[Id3Version, typer.Option("--id3", help="ID3 tag version.")]
MaxWordsOpt = Annotated[int, typer.Option("--max-words", help="Refuse articles longer than this.")]


def _options(out, disclosure, position, chapters, bitrate=64, id3="2.3", lexicon=None,
             max_words=60_000, mp3_quality=MP3_QUALITY):
    from .encode import BITRATES
    from .errors import UsageError
    from .pipeline import EditionOptions
    from .script import ScriptOptions

    if bitrate not in BITRATES:
        raise UsageError(f"--bitrate {bitrate} is not an MP3 bit rate; use one of {BITRATES}.")
    if not 0 <= mp3_quality <= 9:
        raise UsageError(f"--mp3-quality {mp3_quality} is outside 0 (slowest) to 9 (fastest).")
    return EditionOptions(
        out_dir=str(out),
        script=ScriptOptions(disclosure=disclosure, disclosure_position=position.value,
                             chapters=chapters.value),
        bitrate=bitrate,
        mp3_quality=mp3_quality,
        id3_version=3 if id3 == Id3Version.v23 else 4,
        lexicons=tuple(str(p) for p in lexicon or ()),
        max_words=max_words,
    )


@app.command()
@guarded
def article(
    source: Annotated[
        str | None,
        typer.Argument(help="http(s) URL, path to a saved HTML page, or - for stdin. "
                       "Omit it to narrate the bundled sample article."),
    ] = None,
    out: OutOpt = Path("output"),
    voice: VoiceOpt = None,
    disclosure: DisclosureOpt = DEFAULT_DISCLOSURE,
    disclosure_position: PositionOpt = Position.start,
    chapters: ChaptersOpt = ChapterMode.auto,
    bitrate: BitrateOpt = 64,
    mp3_quality: Mp3QualityOpt = MP3_QUALITY,
    id3: Id3Opt = Id3Version.v23,
    lexicon: LexiconOpt = None,
    max_words: MaxWordsOpt = 60_000,
    as_json: JsonOpt = False,
    quiet: QuietOpt = False,
) -> None:
    """Narrate one article into an MP3 edition with chapters, transcript and manifest.

    Writes <date>-<slug>.mp3, .chapters.json, .vtt and .json into --out and prints the
    MP3's path (or, with --json, the manifest).

    Examples:

      narrate article

      narrate article story.html --voice default --chapters paragraph

      curl -s https://example.com/story | narrate article - --json
    """
    from .pipeline import narrate

    options = _options(out, disclosure, disclosure_position, chapters, bitrate, id3, lexicon,
                       max_words, mp3_quality)
    with _progress(enabled=not quiet and not as_json) as progress:
        edition = narrate(source, voice=voice, options=options, progress=progress)
    for note in edition.manifest.get("notes", []):
        typer.echo(f"narrate: note: {note}", err=True)
    if as_json:
        typer.echo(json.dumps(edition.manifest, ensure_ascii=False, indent=2))
    else:
        typer.echo(edition.mp3)


class _TerminalProgress:
    """A rich progress bar on stderr, only when stderr is a terminal (never in pipes or CI)."""

    transient = True
    fields: ClassVar[dict] = {}

    def __init__(self, enabled: bool) -> None:
        self.enabled = enabled and sys.stderr.isatty()
        self.bar = None
        self.task = None

    def columns(self) -> list:
        raise NotImplementedError

    def handle(self):
        """What the ``with`` statement gives the caller."""
        return self

    def __enter__(self):
        if not self.enabled:
            return None
        from rich.console import Console
        from rich.progress import Progress

        self.bar = Progress(*self.columns(), console=Console(stderr=True),
                            transient=self.transient)
        self.bar.__enter__()
        self.task = self.bar.add_task("", total=None, **self.fields)
        return self.handle()

    def __exit__(self, *exc) -> None:
        if self.bar is not None:
            self.bar.__exit__(*exc)


class _progress(_TerminalProgress):
    """One article: the phase (speaking, mastering, encoding) and paragraphs done."""

    def columns(self) -> list:
        from rich.progress import BarColumn, MofNCompleteColumn, TextColumn

        return [TextColumn("{task.description:>10}"), BarColumn(), MofNCompleteColumn()]

    def handle(self):
        return self.update

    def update(self, phase: str, done: int, total: int) -> None:
        self.bar.update(self.task, description=phase, completed=done, total=total)


@app.command()
@guarded
def script(
    sources: Annotated[
        list[str] | None,
        typer.Argument(help="URLs, saved pages or -; none means the bundled sample."),
    ] = None,
    voice: VoiceOpt = None,
    disclosure: DisclosureOpt = DEFAULT_DISCLOSURE,
    disclosure_position: PositionOpt = Position.start,
    chapters: ChaptersOpt = ChapterMode.auto,
    lexicon: LexiconOpt = None,
    as_json: Annotated[bool, typer.Option("--json", help="JSON Lines: one object per source.")]
    = False,
) -> None:
    """Show the narration script (what will be said, in order), without making audio.

    With --json, prints one JSON object per source (JSON Lines) with source, title,
    author, date, site, language, paragraphs, chapters and spoken segments; a source
    that fails prints {"source": ..., "error": ...} and the others still print.

    Examples:

      narrate script story.html

      narrate script a.html b.html https://example.com/story --json | jq .title
    """
    from .pipeline import load_article, make_script
    from .voices import load_profile

    options = _options(Path("."), disclosure, disclosure_position, chapters, lexicon=lexicon)
    profile = load_profile(voice)
    failures = 0
    last_code = 0
    for source in sources or [None]:
        try:
            plan = make_script(load_article(source), profile, options)
        except NarrateError as exc:
            failures += 1
            last_code = exc.exit_code
            if as_json:
                typer.echo(json.dumps({"source": source or "sample", "error": str(exc),
                                       "exit_code": exc.exit_code}, ensure_ascii=False))
            else:
                typer.echo(f"narrate: error: {exc}", err=True)
            continue
        if as_json:
            typer.echo(json.dumps(script_record(plan), ensure_ascii=False))
        else:
            typer.echo(script_text(plan))
    if failures:
        raise typer.Exit(last_code if len(sources or [None]) == 1 else EXIT_PARTIAL)


def script_record(plan) -> dict:
    """The JSON view of a script (one line of ``narrate script --json``)."""
    a = plan.article
    return {
        "source": a.source,
        "url": a.url,
        "title": a.title,
        "author": a.author,
        "date": a.date,
        "site": a.site,
        "language": a.language,
        "paragraphs": a.paragraphs,
        "headings": [b.text for b in a.blocks if b.kind == "heading"],
        "chapters": [{"title": c.title, "paragraphs": list(c.paragraphs)} for c in plan.chapters],
        "spoken": [
            {"kind": s.kind, "text": s.text, "spoken": s.spoken, "chapter": s.chapter,
             "paragraph": s.paragraph, "pause_after_ms": s.pause_after_ms}
            for s in plan.segments
        ],
        "disclosure": plan.disclosure,
        "script_sha256": plan.sha256(),
    }


def script_text(plan) -> str:
    a = plan.article
    lines = [f"# {a.title}", f"source: {a.source}"]
    for key in ("author", "date", "site", "language", "url"):
        if getattr(a, key):
            lines.append(f"{key}: {getattr(a, key)}")
    current = None
    for s in plan.segments:
        if s.chapter != current:
            current = s.chapter
            lines += ["", f"## [{s.chapter}] {plan.chapters[s.chapter].title}"]
        label = f"¶{s.paragraph}" if s.paragraph is not None else s.kind
        lines.append(f"{label:>10}  {s.spoken}")
    return "\n".join(lines) + "\n"


@app.command()
@guarded
def inspect(
    mp3: Annotated[Path, typer.Argument(help="An edition's .mp3 file.")],
    as_json: JsonOpt = False,
) -> None:
    """Show an edition's tags and chapters as a podcast app reads them.

    Example:

      narrate inspect output/2024-10-23-harbour-barrier.mp3
    """
    from .probe import read_edition

    info = read_edition(mp3)
    if as_json:
        typer.echo(json.dumps(info, ensure_ascii=False, indent=2, default=str))
        return
    typer.echo(inspect_text(info))


def inspect_text(info: dict) -> str:
    lines = [
        info["path"],
        f"  {info['duration_s']:.1f} s, {info['bitrate_kbps']} kbps"
        f"{'' if info['bitrate_mode'] == 'UNKNOWN' else ' ' + info['bitrate_mode']}, "
        f"{info['sample_rate']} Hz, {'mono' if info['channels'] == 1 else 'stereo'}, "
        f"ID3v{info['id3_version']}, {info['bytes']:,} bytes",
        "",
        "Tags:",
    ]
    for key, value in info["tags"].items():
        if key == "USLT":
            value = f"{len(value.split())} words of narration text"
        text = " ".join(str(value).split())
        lines.append(f"  {key:<28} {text[:90] + ('…' if len(text) > 90 else '')}")
    toc = info.get("toc")
    if toc:
        lines += ["", f"Chapters ({len(info['chapters'])}, CTOC '{toc['element_id']}': "
                  f"{toc['title']}):"]
    for ch in info["chapters"]:
        lines.append(
            f"  {ch['element_id']:>5}  {_clock(ch['start_ms'])} – {_clock(ch['end_ms'])}  "
            f"{ch['title']}"
        )
    manifest = info.get("manifest")
    if manifest and manifest.get("loudness"):
        loud = manifest["loudness"]
        lines += ["", f"Loudness: {loud['integrated_lufs']} LUFS integrated, "
                  f"{loud['true_peak_dbtp']} dBTP true peak (measured on the decoded MP3)"]
    return "\n".join(lines)


def _clock(ms: int) -> str:
    minutes, rest = divmod(ms, 60_000)
    return f"{minutes:02d}:{rest / 1000:06.3f}"


@app.command()
@guarded
def voices(
    engine_voices: Annotated[
        bool, typer.Option("--engine", help="Also list every voice of the installed engines.")
    ] = False,
    as_json: JsonOpt = False,
) -> None:
    """List voice profiles (voices/*.toml) and whether their engine is installed.

    Examples:

      narrate voices

      narrate voices --engine --json
    """
    from .engines import engine_available
    from .voices import list_profiles

    rows = []
    for p in list_profiles():
        ok, why = engine_available(p)
        rows.append({"name": p.name, "engine": p.engine, "voice": p.voice, "model": p.model,
                     "language": p.language, "rate": p.rate, "path": p.path,
                     "installed": ok, "note": why})
    record: dict = {"profiles": rows}
    if engine_voices:
        from .engines import load_engine
        from .voices import VoiceProfile

        record["espeak_voices"] = load_engine(VoiceProfile()).voices()
    if as_json:
        typer.echo(json.dumps(record, ensure_ascii=False, indent=2))
        return
    typer.echo("Voice profiles:")
    for r in rows:
        state = "installed" if r["installed"] else f"not installed: {r['note']}"
        typer.echo(f"  {r['name']:<12} {r['engine']:<7} {r['model'] or r['voice']:<22} "
                   f"{r['language']:<4} {r['rate']} wpm  ({state})")
    if engine_voices:
        typer.echo("\neSpeak NG voices (use the id as `voice` in a profile):")
        for v in record["espeak_voices"]:
            typer.echo(f"  {v['id']:<24} {v['name']}")

CacheDirOpt = Annotated[
    Path | None,
    typer.Option("--cache", help="Segment cache folder [default: $XDG_CACHE_HOME/narrate or "
                 "~/.cache/narrate]."),
]


@app.command()
@guarded
def batch(
    inputs: Annotated[
        list[str],
        typer.Argument(help="Folders (searched recursively for .html/.htm/.html.gz), glob "
                       "patterns, WARC files, text files of URLs, RSS/Atom feeds or sitemaps "
                       "(files or URLs), and single pages or URLs, mixed freely."),
    ],
    out: OutOpt = Path("output"),
    jobs: Annotated[
        int | None,
        typer.Option("--jobs", "-j", min=0,
                     help="Worker processes [default: the number of CPUs; 0 runs in this "
                     "process]."),
    ] = None,
    scheduler: Annotated[
        str | None,
        typer.Option("--scheduler", help="Run on a Dask cluster: the scheduler's address, "
                     "e.g. tcp://10.0.0.5:8786 (the output and input paths must be shared)."),
    ] = None,
    voice: VoiceOpt = None,
    disclosure: DisclosureOpt = DEFAULT_DISCLOSURE,
    disclosure_position: PositionOpt = Position.start,
    chapters: ChaptersOpt = ChapterMode.auto,
    bitrate: BitrateOpt = 64,
    mp3_quality: Mp3QualityOpt = MP3_QUALITY,
    id3: Id3Opt = Id3Version.v23,
    lexicon: LexiconOpt = None,
    max_words: MaxWordsOpt = 60_000,
    cache: CacheDirOpt = None,
    no_cache: Annotated[
        bool, typer.Option("--no-cache", help="Do not reuse or store synthesized speech.")
    ] = False,
    cache_size: Annotated[
        str, typer.Option("--cache-size", help="Prune the cache to this size after the run "
                          "(least recently used first), e.g. 500M, 2G.")
    ] = "2G",
    report: Annotated[
        Path | None,
        typer.Option("--report",
                     help="JSON Lines file of failures [default: OUT/_failures.jsonl]."),
    ] = None,
    dry_run: Annotated[
        bool, typer.Option("--dry-run", help="List what would be done; narrate nothing.")
    ] = False,
    verify: Annotated[
        bool, typer.Option("--verify", help="Check every new edition as narrate verify does; "
                           "a bad one counts as failed and is redone next run.")
    ] = False,
    as_json: Annotated[bool, typer.Option("--json", help="A JSON summary on stdout.")] = False,
    quiet: QuietOpt = False,
) -> None:
    """Narrate many articles: parallel, incremental, resumable, fault isolated.

    Every article becomes <date>-<slug>-<id>.mp3 (+ .chapters.json, .vtt, .json) in
    --out. An article whose edition is up to date is skipped; a page that fails is
    recorded in OUT/_failures.jsonl and the run goes on (exit code 8 if any failed).
    Safe to interrupt (even kill -9): run the same command again to finish.

    Examples:

      narrate batch archive/ --out editions/ --jobs 4

      narrate batch crawl.warc.gz urls.txt https://example.com/feed.xml --out editions/

      narrate batch 'archive/**/*.html' --out editions/ --dry-run

      narrate batch archive/ --out editions/ --scheduler tcp://scheduler.example.org:8786
    """
    from .batch import run_batch
    from .cache import default_cache_dir, parse_size
    from .voices import load_profile

    options = _options(out, disclosure, disclosure_position, chapters, bitrate, id3, lexicon,
                       max_words, mp3_quality)
    profile = load_profile(voice)
    cache_dir = None if no_cache else str(cache or default_cache_dir())
    with _batch_progress(enabled=not quiet and not as_json and not dry_run) as bar:
        summary = run_batch(
            inputs, profile=profile, options=options, jobs=jobs, scheduler=scheduler,
            cache_dir=cache_dir, cache_size=parse_size(cache_size),
            report=str(report) if report else None, dry_run=dry_run, verify=verify,
            voice_explicit=voice is not None,
            on_start=bar.start if bar else None, on_result=bar.update if bar else None,
        )
    if as_json:
        typer.echo(json.dumps(summary.to_dict(), ensure_ascii=False, indent=2))
    elif dry_run:
        for r in summary.results:
            typer.echo(f"{'skip' if r.status == 'skipped' else 'narrate':<8} {r.source}")
        typer.echo(f"{summary.total} items: {summary.skipped} up to date, "
                   f"{summary.total - summary.skipped} to narrate or check.")
    else:
        _batch_table(summary)
    if summary.failed:
        raise typer.Exit(EXIT_PARTIAL)


def _batch_table(summary) -> None:
    from rich.console import Console
    from rich.table import Table

    table = Table(title=f"narrate batch → {summary.out_dir}", show_header=False)
    hours = summary.audio_ms / 3_600_000
    speed = summary.audio_ms / 1000 / summary.wall_s if summary.wall_s else 0
    rows = [
        ("articles", f"{summary.total}"),
        ("narrated", f"{summary.done}"),
        ("up to date (skipped)", f"{summary.skipped}"),
        ("failed", f"{summary.failed}" + (f"  (see {summary.report})" if summary.failed else "")),
        ("audio produced", f"{hours:.2f} h"),
        ("wall time", f"{summary.wall_s:.1f} s ({speed:.0f}× real time)"),
        ("cache", f"{summary.cache_hits} segments reused, {summary.cache_misses} synthesized"),
    ]
    for key, value in rows:
        table.add_row(key, value)
    Console(soft_wrap=True).print(table)


class _batch_progress(_TerminalProgress):
    """A batch run: articles done, skipped and failed, hours of audio, elapsed and ETA."""

    transient = False
    fields: ClassVar[dict] = {"done": 0, "skipped": 0, "failed": 0, "hours": 0.0}

    def columns(self) -> list:
        from rich.progress import (
            BarColumn,
            MofNCompleteColumn,
            TextColumn,
            TimeElapsedColumn,
            TimeRemainingColumn,
        )

        return [
            TextColumn("narrating"), BarColumn(), MofNCompleteColumn(),
            TextColumn("done {task.fields[done]} · skipped {task.fields[skipped]} · "
                       "failed {task.fields[failed]} · {task.fields[hours]:.2f} h audio"),
            TimeElapsedColumn(), TextColumn("ETA"), TimeRemainingColumn(),
        ]

    def start(self, total: int) -> None:
        self.bar.update(self.task, total=total)

    def update(self, result, summary) -> None:
        self.bar.update(self.task, completed=summary.finished, done=summary.done,
                        skipped=summary.skipped, failed=summary.failed,
                        hours=summary.audio_ms / 3_600_000)


cache_app = typer.Typer(
    help="Inspect or prune the cache of synthesized speech used by narrate batch.",
    no_args_is_help=True, rich_markup_mode=None,
)
app.add_typer(cache_app, name="cache")


@cache_app.command("info")
@guarded
def cache_info(cache: CacheDirOpt = None, as_json: JsonOpt = False) -> None:
    """Show where the segment cache is, how many segments it holds and its size.

    Example:

      narrate cache info --json
    """
    from .cache import SegmentCache

    stats = SegmentCache(cache).info()
    record = {"path": stats.path, "entries": stats.entries, "bytes": stats.bytes}
    if as_json:
        typer.echo(json.dumps(record, indent=2))
    else:
        typer.echo(f"{stats.path}: {stats.entries} segments, {stats.bytes / 2**20:.1f} MiB")


@cache_app.command("prune")
@guarded
def cache_prune(
    cache: CacheDirOpt = None,
    max_size: Annotated[
        str, typer.Option("--max-size", help="Keep at most this much, e.g. 500M, 2G, 0.")
    ] = "2G",
    as_json: JsonOpt = False,
) -> None:
    """Remove the least recently used segments until the cache fits --max-size.

    Examples:

      narrate cache prune --max-size 500M

      narrate cache prune --max-size 0      # empty it
    """
    from .cache import SegmentCache, parse_size

    store = SegmentCache(cache)
    removed, freed = store.prune(parse_size(max_size))
    store.clean_temps()
    stats = store.info()
    record = {"path": stats.path, "removed": removed, "freed_bytes": freed,
              "entries": stats.entries, "bytes": stats.bytes}
    if as_json:
        typer.echo(json.dumps(record, indent=2))
    else:
        typer.echo(f"removed {removed} segments ({freed / 2**20:.1f} MiB); {stats.entries} "
                   f"left ({stats.bytes / 2**20:.1f} MiB) in {stats.path}")


@app.command()
@guarded
def normalize(
    text: Annotated[str, typer.Argument(help="The text to make speech-ready.")],
    lang: Annotated[str, typer.Option("--lang", help="Language (BCP 47), e.g. en, en-GB.")] = "en",
    lexicon: LexiconOpt = None,
) -> None:
    """Print TEXT as the engine will be given it: numbers, dates, acronyms spelled for speech.

    The shipped lexicon applies first, then each --lexicon in order (later wins).

    Put TEXT in single quotes: inside double quotes the shell replaces "$4" before narrate sees it.

    Examples:

      narrate normalize 'On Oct. 23 the MBFA paid $4.5 million at 11:54 PM.'

      narrate normalize 'Kyiv said' --lexicon my-names.toml
    """
    from .normalize import normalize_command

    typer.echo(normalize_command(text, lang, [str(p) for p in lexicon or []]))


lexicon_app = typer.Typer(help="Pronunciation lexicons (TOML): check them before use.",
                          no_args_is_help=True)
app.add_typer(lexicon_app, name="lexicon")


@lexicon_app.command("check")
@guarded
def lexicon_check(
    path: Annotated[Path, typer.Argument(help="A lexicon TOML file.")],
    lang: Annotated[str, typer.Option("--lang", help="Language the entries are for.")] = "en",
    engine: Annotated[
        bool, typer.Option("--engine/--no-engine", help="Also ask eSpeak NG to voice each entry.")
    ] = True,
) -> None:
    """Validate a lexicon: report entries that never match or that the engine cannot voice.

    Exits 0 when the lexicon is clean, 3 when it has problems (one line each).

    Example:

      narrate lexicon check voices/my-names.toml
    """
    from .errors import EXIT_INPUT, InputError
    from .lexicon import lexicon_check_command

    if not path.is_file():
        raise InputError(f"{path}: no such lexicon file.")
    report, code = lexicon_check_command(str(path), use_engine=engine, lang=lang)
    typer.echo(report)
    if code:
        raise typer.Exit(EXIT_INPUT)


@app.command()
@guarded
def feed(
    folder: Annotated[Path, typer.Argument(help="The folder holding the editions.")],
    title: Annotated[str, typer.Option("--title", help="The podcast's title.")],
    base_url: Annotated[
        str, typer.Option("--base-url", help="Where the folder is published (http(s) URL).")
    ],
    author: Annotated[
        str | None, typer.Option("--author", help="The podcast's author (default: the title).")
    ] = None,
    language: Annotated[str, typer.Option("--language", help="The feed's language.")] = "en",
    image: Annotated[
        str | None,
        typer.Option("--image", help="Cover: a PNG/JPEG path or URL (at least 1400×1400). "
                     "Without it, cover.png is drawn from the title."),
    ] = None,
    description: Annotated[
        str | None, typer.Option("--description", help="The podcast's description.")
    ] = None,
    category: Annotated[
        str, typer.Option("--category", help="Apple Podcasts category.")
    ] = "News",
    explicit: Annotated[
        bool, typer.Option("--explicit/--no-explicit", help="itunes:explicit true/false.")
    ] = False,
    cover: Annotated[
        bool, typer.Option("--cover/--no-cover", help="Embed cover art (APIC) in each MP3.")
    ] = True,
    page: Annotated[
        bool, typer.Option("--page/--no-page", help="Also write index.html beside the feed.")
    ] = True,
    as_json: JsonOpt = False,
) -> None:
    """Write a podcast feed (feed.xml) and a web page (index.html) for a folder of editions.

    RSS 2.0 with Apple Podcasts tags and the Podcasting 2.0 namespace (chapters,
    transcript, AI-content flag). Rebuilding from the same editions gives the same bytes.

    Examples:

      narrate feed editions/ --title "Morning Edition" --base-url https://audio.example.com/

      narrate feed editions/ --title "Morning Edition" --base-url https://audio.example.com/ \
--image cover.png --author "Example News" --language en --no-cover
    """
    from .cover import embed_edition_cover
    from .feed import build_feed, find_editions
    from .webpage import build_page

    editions = find_editions(folder) if folder.is_dir() else []
    covered = sum(embed_edition_cover(ed.mp3) for ed in editions) if cover else 0
    path = build_feed(folder, title=title, base_url=base_url, author=author or title,
                      language=language, image=image, description=description,
                      category=category, explicit=explicit)
    index = build_page(folder, title=title, description=description,
                       language=language) if page else None
    if as_json:
        typer.echo(json.dumps({"feed": str(path), "page": str(index) if index else None,
                               "editions": len(editions), "covers_embedded": covered}))
    else:
        typer.echo(str(path))
        if index:
            typer.echo(str(index))


@app.command()
@guarded
def serve(
    folder: Annotated[Path, typer.Argument(help="The folder to serve (editions, feed, page).")],
    port: Annotated[int, typer.Option("--port", "-p", help="TCP port.")] = 8000,
    host: Annotated[
        str, typer.Option("--host", help="Address to bind; 0.0.0.0 to reach it from the LAN.")
    ] = "127.0.0.1",
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No request log.")] = False,
) -> None:
    """Serve a folder over HTTP with range requests, so players can seek.

    For trying a feed locally in a browser or a podcast app on the same network;
    publish with a real web server. Stop it with Ctrl-C.

    Examples:

      narrate serve editions/ --port 8000

      narrate serve editions/ --host 0.0.0.0
    """
    from .errors import InputError
    from .server import serve as run

    if not folder.is_dir():
        raise InputError(f"{folder}: no such folder; give the folder that holds the editions.")
    shown = "localhost" if host in ("127.0.0.1", "::1") else host
    typer.echo(f"Serving {folder} at http://{shown}:{port}/ (feed: /feed.xml); Ctrl-C stops.",
               err=True)
    run(folder, host=host, port=port, quiet=quiet)


@app.command()
@guarded
def verify(
    paths: Annotated[
        list[Path], typer.Argument(help="Editions' .mp3 files, or folders of editions.")
    ],
    asr: Annotated[
        bool, typer.Option("--asr/--no-asr",
                           help="Check each chapter's speech against its text (pocketsphinx).")
    ] = True,
    as_json: JsonOpt = False,
) -> None:
    """Re-read editions and report every problem, one line each; exit 9 if any is found.

    Checks the ID3 chapters (CTOC/CHAP rules), the tags and AI disclosure, chapter
    contiguity, duration against the manifest, loudness (-16 ±1 LUFS, true peak
    <= -1 dBTP), the sidecars, and with pocketsphinx (pip install 'narrate[asr]')
    that each chapter's audio is its own text.

    Examples:

      narrate verify editions/2024-10-23-north-korean-troops.mp3

      narrate verify editions/ --no-asr --json
    """
    from .errors import EXIT_VERIFY, InputError
    from .feed import find_editions
    from .verify import errors, verify_edition

    files: list[Path] = []
    for p in paths:
        if p.is_dir():
            found = [ed.mp3 for ed in find_editions(p)] or sorted(p.glob("*.mp3"))
            if not found:
                raise InputError(f"{p}: no editions in this folder.")
            files += found
        else:
            files.append(p)
    records = []
    failed = 0
    for mp3 in files:
        problems = verify_edition(mp3, asr=asr)
        bad = errors(problems)
        failed += bool(bad)
        records.append({"path": str(mp3), "ok": not bad,
                        "problems": [{"check": p.check, "message": p.message,
                                      "severity": p.severity} for p in problems]})
        if not as_json:
            for p in problems:
                label = "error" if p.severity == "error" else p.severity
                typer.echo(f"{mp3}: {label}: {p}")
            count = f" ({len(bad)} problem{'s' if len(bad) > 1 else ''})" if bad else ""
            typer.echo(f"{mp3}: {'FAILED' if bad else 'ok'}{count}")
    if as_json:
        typer.echo(json.dumps(records, ensure_ascii=False, indent=2))
    if failed:
        raise typer.Exit(EXIT_VERIFY)


def main() -> None:
    """Console-script entry point."""
    app(prog_name="narrate")


if __name__ == "__main__":  # pragma: no cover
    main()
