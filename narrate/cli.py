"""The ``narrate`` command: a thin layer over the Python API in :mod:`narrate.pipeline`.

Every command prints results on stdout (``--json`` for scripts) and progress
and errors on stderr. A :class:`~narrate.errors.NarrateError` becomes one line
``narrate: error: ...`` and its documented exit code; no traceback is shown
unless ``NARRATE_DEBUG=1``.
"""

from __future__ import annotations

import contextlib
import functools
import json
import os
import sys
import time
import traceback
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import Annotated, ClassVar

import typer
import typer.core

from . import __version__
from .errors import (
    EXIT_CODES,
    EXIT_INTERNAL,
    EXIT_INTERRUPTED,
    EXIT_OUTPUT,
    EXIT_PARTIAL,
    EXIT_PIPE,
    EXIT_USAGE,
    NarrateError,
)
from .models import DEFAULT_DISCLOSURE, MP3_QUALITY

EXIT_TABLE = "\n\n".join(f"  {code}  {text}" for code, text in EXIT_CODES.items())

# Help texts: a paragraph that starts with a \b line is printed as written (click's
# convention), so examples are never re-wrapped and an option stays beside its value.
app = typer.Typer(
    name="narrate",
    help=(
        "Turn news articles into podcast-style audio editions: one MP3 per article, read by an "
        "offline voice, tagged, with a chapter per paragraph or section and an honest AI "
        "disclosure.\n\n"
        "Examples:\n\n"
        "\b\n"
        "  narrate article                      # the bundled sample article -> output/\n"
        "  narrate article story.html --out evening/tonight.mp3\n"
        "  narrate article a.html b.html --out editions/ --name '{date} {site} - {title}'\n"
        "  narrate script story.html --json     # the narration plan, no audio\n"
        "  narrate inspect output/2024-10-23-council-approves-4-5-million-design-contract-"
        "for-merrow-bay.mp3\n"
        "  narrate voices | head -3\n\n"
        "Every command takes -V/--verbose (say what is being done on stderr, and show the "
        "traceback of an internal error) and -q/--quiet (nothing on stderr but errors). "
        "--voice has no short option: -v means verbose to most tools. Results go to stdout "
        "(--json for scripts), progress and errors to stderr.\n\n"
        f"Exit codes:\n\n{EXIT_TABLE}"
    ),
    no_args_is_help=True,
    add_completion=True,
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 120},
    pretty_exceptions_enable=False,
)


class Command(typer.core.TyperCommand):
    """Typer's command, with arguments shown by their metavar alone.

    Typer prints an argument as ``{source}`` in the usage line and adds its
    Python type (``<list[str]>``) in the list; a person reads ``[SOURCE]...``.
    """

    def collect_usage_pieces(self, ctx) -> list[str]:
        pieces = [self.options_metavar] if self.options_metavar else []
        return pieces + [_arg_name(p) for p in self.get_params(ctx)
                         if p.param_type_name == "argument"]

    def format_options(self, ctx, formatter) -> None:
        args, opts = [], []
        for param in self.get_params(ctx):
            record = param.get_help_record(ctx)
            if record is None:
                continue
            if param.param_type_name == "argument":
                args.append((_arg_name(param), record[1]))
            else:
                opts.append(record)
        for title, rows in (("Arguments", args), ("Options", opts)):
            if rows:
                with formatter.section(title):
                    formatter.write_dl(rows)


class TextCommand(Command):
    """A command whose arguments are text: ``narrate normalize -15°C in Kharkiv`` works.

    Click reads any word that starts with a dash as options (and "-15°C in
    Kharkiv" holds an ``h``: it would print the help). Here a word is an option
    only when it is one of the command's own, or starts with ``--`` (so a
    mistyped long option is still an error); every other word is text, in
    order. ``--`` still ends the options.
    """

    def parse_args(self, ctx, args: list[str]) -> list[str]:
        takes_value: dict[str, bool] = {}
        for param in self.get_params(ctx):
            if param.param_type_name == "option":
                for name in [*param.opts, *param.secondary_opts]:
                    takes_value[name] = not param.is_flag
        options: list[str] = []
        text: list[str] = []
        words = iter(args)
        for word in words:
            name = word.split("=", 1)[0]
            if word == "--":
                text.extend(words)
            elif name in takes_value or word.startswith("--"):
                options.append(word)
                value = next(words, None) if takes_value.get(name) and "=" not in word else None
                if value is not None:
                    options.append(value)
            else:
                text.append(word)
        return super().parse_args(ctx, options + (["--", *text] if text else []))


def _arg_name(param) -> str:
    return param.metavar or (param.name or "").upper()


@dataclass
class _Output:
    """How chatty this run is on stderr (set once per command from -V / -q)."""

    verbose: bool = False
    quiet: bool = False


OUTPUT = _Output()


def say(message: str) -> None:
    """A line of -V/--verbose detail on stderr."""
    if OUTPUT.verbose:
        typer.echo(f"narrate: {message}", err=True)


def note(message: str) -> None:
    """A note the user should see unless they asked for -q/--quiet."""
    if not OUTPUT.quiet:
        typer.echo(f"narrate: note: {message}", err=True)


class ChapterMode(str, Enum):
    auto = "auto"
    paragraph = "paragraph"
    section = "section"


class CodeMode(str, Enum):
    note = "note"
    read = "read"


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


def pipe_closed() -> typer.Exit:
    """Standard output went away (``narrate voices | head -1``): stop quietly.

    The descriptor is pointed at /dev/null so that Python's final flush of what
    is still buffered cannot fail again on the way out.
    """
    with contextlib.suppress(OSError, ValueError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    return typer.Exit(EXIT_PIPE)


def guarded(func):
    """Turn NarrateErrors into one line and an exit code; hide tracebacks of bugs.

    It also sets this run's verbosity from the command's ``verbose``/``quiet``
    parameters, which every command has.
    """

    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        verbose, quiet = bool(kwargs.get("verbose")), bool(kwargs.get("quiet"))
        if verbose and quiet:
            raise fail("--verbose and --quiet contradict each other; give one of them.",
                       EXIT_USAGE)
        OUTPUT.verbose, OUTPUT.quiet = verbose, quiet
        try:
            return func(*args, **kwargs)
        except NarrateError as exc:
            raise fail(str(exc), exc.exit_code) from None
        except BrokenPipeError:
            raise pipe_closed() from None
        except KeyboardInterrupt:
            raise fail("interrupted; nothing half-written is left behind.",
                       EXIT_INTERRUPTED) from None
        except (typer.Exit, typer.Abort, SystemExit):
            raise
        except Exception as exc:  # a full or read-only disk (exit 6), else a bug
            from .outdir import disk_error, is_disk_error

            if is_disk_error(exc):
                raise fail(str(disk_error(exc)), EXIT_OUTPUT) from None
            if os.environ.get("NARRATE_DEBUG"):
                raise
            if verbose:
                traceback.print_exc()
            raise fail(
                f"internal error: {type(exc).__name__}: {exc} (run with --verbose for the "
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


def _no_short_v(value: bool) -> None:
    """``-v`` used to mean --voice; it now means nothing rather than a surprise."""
    if value:
        raise typer.BadParameter(
            "-v is not an option: use --voice NAME for a voice profile, -V/--verbose for more "
            "detail.")


OutOpt = Annotated[
    Path,
    typer.Option("--out", "-o", metavar="PATH",
                 help="Output folder (created if missing), or FILE.mp3 to name the edition: "
                 "its sidecars go beside it with the same stem."),
]
NameOpt = Annotated[
    str | None,
    typer.Option("--name", metavar="TEMPLATE",
                 help="Name the files from the article: {date} {year} {slug} {title} {site} "
                 "{author} {lang} {id}, e.g. '{date} {site} - {title}'. Unsafe characters are "
                 "removed. [default: {date}-{slug}]"),
]
VoiceOpt = Annotated[
    str | None,
    typer.Option("--voice", metavar="NAME|PATH",
                 help="Voice profile: a name in voices/ (see narrate voices) or a path."),
]
NoShortV = Annotated[
    bool, typer.Option("-v", hidden=True, callback=_no_short_v, expose_value=True)
]
DisclosureOpt = Annotated[
    str, typer.Option("--disclosure", metavar="TEXT",
                      help="The spoken and written AI disclosure (not empty).")
]
PositionOpt = Annotated[
    Position, typer.Option("--disclosure-position", metavar="start|end|both",
                           help="Where the disclosure is spoken.")
]
ChaptersOpt = Annotated[
    ChapterMode,
    typer.Option("--chapters", metavar="auto|paragraph|section",
                 help="One chapter per paragraph, per section, or auto (sections when the "
                 "article has them, paragraphs otherwise; chapters under about 20 s merge)."),
]
CodeOpt = Annotated[
    CodeMode,
    typer.Option("--code", metavar="note|read",
                 help="Code listings (several lines of code in a tech article): say a short "
                 "note in their place, keeping the code in the transcript (note), or read "
                 "them aloud (read). A one-line command is read either way."),
]
LexiconOpt = Annotated[
    list[Path] | None,
    typer.Option("--lexicon", metavar="FILE",
                 help="A pronunciation lexicon (TOML); repeatable, later wins."),
]
JsonOpt = Annotated[bool, typer.Option("--json", help="Machine-readable JSON on stdout.")]
VerboseOpt = Annotated[
    bool, typer.Option("--verbose", "-V",
                       help="Say what is being done on stderr (and show the traceback of an "
                       "internal error).")
]
QuietOpt = Annotated[
    bool, typer.Option("--quiet", "-q", help="Nothing on stderr but errors: no progress bar, "
                       "no notes.")
]
BitrateOpt = Annotated[int, typer.Option("--bitrate", metavar="KBPS",
                                         help="MP3 bit rate in kbps (CBR).")]


def _set_timeout(value: float | None) -> float | None:
    """--timeout reaches every fetch, batch workers included, through $NARRATE_TIMEOUT."""
    from .sources import TIMEOUT_ENV

    if value is not None:
        os.environ[TIMEOUT_ENV] = repr(value)
    return value


TimeoutOpt = Annotated[
    float | None,
    typer.Option("--timeout", metavar="SECONDS", min=0.1, envvar="NARRATE_TIMEOUT",
                 callback=_set_timeout, help="Deadline of each fetch, all in: connecting, "
                 "redirects and the download [default: $NARRATE_TIMEOUT or 30]."),
]
Mp3QualityOpt = Annotated[
    int, typer.Option("--mp3-quality", metavar="0-9",
                      help="LAME encoder setting, 0 (slowest) to 9 (fastest); see BENCHMARKS.md.")
]
Id3Opt = Annotated[Id3Version, typer.Option("--id3", metavar="2.3|2.4", help="ID3 tag version.")]
MaxWordsOpt = Annotated[int, typer.Option("--max-words", metavar="N",
                                          help="Refuse articles longer than this.")]
CompleteOpt = Annotated[
    bool, typer.Option("--require-complete",
                       help="Refuse (exit 5) a page that holds only part of its article "
                       "(paywalled or cut off) instead of narrating what is there.")
]


def _options(out, disclosure, position, chapters, bitrate=64, id3="2.3", lexicon=None,
             max_words=60_000, mp3_quality=MP3_QUALITY, require_complete=False,
             code=CodeMode.note):
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
                             chapters=chapters.value, code=code.value),
        bitrate=bitrate,
        mp3_quality=mp3_quality,
        id3_version=3 if id3 == Id3Version.v23 else 4,
        lexicons=tuple(str(p) for p in lexicon or ()),
        max_words=max_words,
        require_complete=require_complete,
    )


def warn_partial(article) -> None:
    """Say on stderr that only part of the article is narrated (the edition says it too)."""
    if article.partial is not None:
        typer.echo(f"narrate: warning: {article.source or 'the page'}: only part of the article "
                   f"is on this page: {article.partial.reason}; narrating what is there "
                   "(--require-complete refuses such pages).", err=True)


@app.command(cls=Command)
@guarded
def article(
    sources: Annotated[
        list[str] | None,
        typer.Argument(metavar="[SOURCE]...",
                       help="http(s) URLs, paths to saved HTML pages, or - for stdin: one "
                       "edition each. None narrates the bundled sample article."),
    ] = None,
    out: OutOpt = Path("output"),
    name: NameOpt = None,
    voice: VoiceOpt = None,
    disclosure: DisclosureOpt = DEFAULT_DISCLOSURE,
    disclosure_position: PositionOpt = Position.start,
    chapters: ChaptersOpt = ChapterMode.auto,
    code: CodeOpt = CodeMode.note,
    bitrate: BitrateOpt = 64,
    mp3_quality: Mp3QualityOpt = MP3_QUALITY,
    id3: Id3Opt = Id3Version.v23,
    lexicon: LexiconOpt = None,
    max_words: MaxWordsOpt = 60_000,
    timeout: TimeoutOpt = None,
    require_complete: CompleteOpt = False,
    as_json: Annotated[
        bool, typer.Option("--json", help="One JSON object per source on stdout (JSON Lines): "
                           "the manifest, with full paths under files.")
    ] = False,
    verbose: VerboseOpt = False,
    quiet: QuietOpt = False,
    short_v: NoShortV = False,
) -> None:
    """Narrate articles into MP3 editions with chapters, transcript and manifest.

    Each source becomes DATE-SLUG.mp3 with .chapters.json, .vtt and .json beside
    it in --out (or the names --name or --out FILE.mp3 give); the MP3's path is
    printed. A source that fails is reported and the others go on (exit 8).

    Examples:

    \b
      narrate article
      narrate article story.html --voice default --chapters paragraph
      narrate article story.html --out evening/tonight.mp3
      narrate article a.html b.html --out editions/ --name '{date}-{site}-{slug}'
      narrate article - --json < story.html
      curl -s https://example.com/story | narrate article -
    """
    from .errors import UsageError
    from .naming import check_template, split_out
    from .pipeline import narrate, prepare_out_dir
    from .voices import load_profile

    folder, stem = split_out(out)
    items = sources or [None]
    if stem and name:
        raise UsageError(f"--out {out} names the edition and so does --name; give one of them.")
    if stem and len(items) > 1:
        raise UsageError(f"--out {out} names one edition but {len(items)} sources were given; "
                         "give a folder (and --name TEMPLATE) for several.")
    if name:
        check_template(name)
    options = _options(folder, disclosure, disclosure_position, chapters, bitrate, id3, lexicon,
                       max_words, mp3_quality, require_complete, code)
    load_profile(voice)  # a bad --voice is one usage error, not one failure per source
    prepare_out_dir(folder)
    failures = last_code = 0
    for source in items:
        started = time.monotonic()
        say(f"{source or 'sample'}: reading")
        try:
            with _progress(enabled=not quiet and not as_json) as progress:
                edition = narrate(source, voice=voice, options=options, progress=progress,
                                  name=name, stem=stem,
                                  on_article=None if require_complete else warn_partial)
        except NarrateError as exc:
            failures, last_code = failures + 1, exc.exit_code
            typer.echo(f"narrate: error: {exc}", err=True)
            if as_json:
                typer.echo(json.dumps({"source": source or "sample", "error": str(exc),
                                       "exit_code": exc.exit_code}, ensure_ascii=False))
            continue
        m = edition.manifest
        for line in m.get("notes", []):
            note(line)
        say(f"{source or 'sample'}: {m['title']!r}, {m['paragraphs']} paragraphs, "
            f"{len(m['chapters'])} chapters, {m['duration_ms'] / 1000:.1f} s of audio read by "
            f"{m['voice']} in {time.monotonic() - started:.1f} s")
        if as_json:
            typer.echo(json.dumps(article_record(edition), ensure_ascii=False))
        else:
            typer.echo(edition.mp3)
    if failures:
        raise typer.Exit(last_code if len(items) == 1 else EXIT_PARTIAL)


def article_record(edition) -> dict:
    """``narrate article --json``: the manifest, with absolute paths in ``files``.

    On disk the manifest names its files relative to itself (so a folder can
    move); a script reading the command's output needs paths it can open.
    """
    record = dict(edition.manifest)
    record["files"] = {
        "mp3": os.path.abspath(edition.mp3),
        "chapters": os.path.abspath(edition.chapters_json),
        "transcript": os.path.abspath(edition.vtt),
        "manifest": os.path.abspath(edition.manifest_path),
    }
    return record


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


@app.command(cls=Command)
@guarded
def script(
    sources: Annotated[
        list[str] | None,
        typer.Argument(metavar="[SOURCE]...",
                       help="URLs, saved pages or - for stdin; none means the bundled sample."),
    ] = None,
    voice: VoiceOpt = None,
    disclosure: DisclosureOpt = DEFAULT_DISCLOSURE,
    disclosure_position: PositionOpt = Position.start,
    chapters: ChaptersOpt = ChapterMode.auto,
    code: CodeOpt = CodeMode.note,
    lexicon: LexiconOpt = None,
    timeout: TimeoutOpt = None,
    require_complete: CompleteOpt = False,
    as_json: Annotated[bool, typer.Option("--json", help="JSON Lines: one object per source.")]
    = False,
    verbose: VerboseOpt = False,
    quiet: QuietOpt = False,
    short_v: NoShortV = False,
) -> None:
    """Show the narration script (what will be said, in order), without making audio.

    With --json, prints one JSON object per source (JSON Lines) with source, title,
    author, date, site, language, paragraphs, chapters and spoken segments; a source
    that fails prints {"source": ..., "error": ...} and the others still print.

    Examples:

    \b
      narrate script story.html
      narrate script - < story.html
      narrate script a.html b.html --json > plans.jsonl
      narrate script a.html b.html https://example.com/story --json | jq .title
    """
    from .pipeline import load_article, make_script
    from .voices import load_profile

    options = _options(Path("."), disclosure, disclosure_position, chapters, lexicon=lexicon,
                       require_complete=require_complete, code=code)
    profile = load_profile(voice)
    failures = 0
    last_code = 0
    for source in sources or [None]:
        say(f"{source or 'sample'}: reading")
        try:
            plan = make_script(load_article(source), profile, options)
            warn_partial(plan.article)
        except NarrateError as exc:
            failures += 1
            last_code = exc.exit_code
            if as_json:
                typer.echo(json.dumps({"source": source or "sample", "error": str(exc),
                                       "exit_code": exc.exit_code}, ensure_ascii=False))
            else:
                typer.echo(f"narrate: error: {exc}", err=True)
            continue
        say(f"{source or 'sample'}: {len(plan.segments)} segments in {len(plan.chapters)} "
            "chapters")
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
        "partial": a.partial is not None,
        "partial_reason": a.partial.reason if a.partial else None,
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


@app.command(cls=Command)
@guarded
def inspect(
    files: Annotated[list[Path], typer.Argument(metavar="FILE.mp3...",
                                                help="Editions' .mp3 files.")],
    as_json: Annotated[
        bool, typer.Option("--json", help="One JSON object per file on stdout (JSON Lines).")
    ] = False,
    verbose: VerboseOpt = False,
    quiet: QuietOpt = False,
) -> None:
    """Show editions' tags and chapters as a podcast app reads them.

    A file that cannot be read is reported and the others are still shown
    (exit 8; one file alone exits with its own code).

    Examples:

    \b
      narrate inspect output/2024-10-23-council-approves-4-5-million-design-contract-*.mp3
      narrate inspect editions/*.mp3 --json
    """
    from .probe import read_edition

    failures = last_code = 0
    for k, mp3 in enumerate(files):
        say(f"{mp3}: reading")
        try:
            info = read_edition(mp3)
        except NarrateError as exc:
            failures, last_code = failures + 1, exc.exit_code
            typer.echo(f"narrate: error: {exc}", err=True)
            continue
        if as_json:
            typer.echo(json.dumps(info, ensure_ascii=False, default=str))
        else:
            typer.echo(("\n" if k else "") + inspect_text(info))
    if failures:
        raise typer.Exit(last_code if len(files) == 1 else EXIT_PARTIAL)


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


@app.command(cls=Command)
@guarded
def voices(
    engine_voices: Annotated[
        bool, typer.Option("--engine", help="Also list every voice of the installed engines.")
    ] = False,
    as_json: JsonOpt = False,
    verbose: VerboseOpt = False,
    quiet: QuietOpt = False,
) -> None:
    """List voice profiles (voices/*.toml) and whether their engine is installed.

    Examples:

    \b
      narrate voices
      narrate voices --engine | head -5
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
    typer.Option("--cache", metavar="DIR",
                 help="Segment cache folder [default: $XDG_CACHE_HOME/narrate or "
                 "~/.cache/narrate]."),
]


@app.command(cls=Command)
@guarded
def batch(
    inputs: Annotated[
        list[str],
        typer.Argument(metavar="INPUT...",
                       help="Folders (searched recursively for .html/.htm/.html.gz), glob "
                       "patterns, WARC files, text files of URLs, RSS/Atom feeds or sitemaps "
                       "(files or URLs), and single pages or URLs, mixed freely."),
    ],
    out: Annotated[
        Path, typer.Option("--out", "-o", metavar="DIR", help="Output folder (created if missing).")
    ] = Path("output"),
    jobs: Annotated[
        int | None,
        typer.Option("--jobs", "-j", min=0, metavar="N",
                     help="Worker processes [default: the number of CPUs; 0 runs in this "
                     "process]."),
    ] = None,
    scheduler: Annotated[
        str | None,
        typer.Option("--scheduler", metavar="ADDRESS",
                     help="Run on a Dask cluster: the scheduler's address, "
                     "e.g. tcp://10.0.0.5:8786 (the output and input paths must be shared)."),
    ] = None,
    voice: VoiceOpt = None,
    disclosure: DisclosureOpt = DEFAULT_DISCLOSURE,
    disclosure_position: PositionOpt = Position.start,
    chapters: ChaptersOpt = ChapterMode.auto,
    code: CodeOpt = CodeMode.note,
    bitrate: BitrateOpt = 64,
    mp3_quality: Mp3QualityOpt = MP3_QUALITY,
    id3: Id3Opt = Id3Version.v23,
    lexicon: LexiconOpt = None,
    max_words: MaxWordsOpt = 60_000,
    require_complete: CompleteOpt = False,
    cache: CacheDirOpt = None,
    no_cache: Annotated[
        bool, typer.Option("--no-cache", help="Do not reuse or store synthesized speech.")
    ] = False,
    cache_size: Annotated[
        str, typer.Option("--cache-size", metavar="SIZE",
                          help="Prune the cache to this size after the run "
                          "(least recently used first), e.g. 500M, 2G.")
    ] = "2G",
    report: Annotated[
        Path | None,
        typer.Option("--report", metavar="FILE",
                     help="JSON Lines file of failures [default: OUT/_failures.jsonl]."),
    ] = None,
    dry_run: Annotated[
        bool, typer.Option("--dry-run", help="List what would be done; narrate nothing (the "
                           "sitemaps a sitemap index lists are named, not fetched).")
    ] = False,
    limit: Annotated[
        int | None,
        typer.Option("--limit", metavar="N", min=1, help="At most N articles from each feed, "
                     "sitemap (an index with all its sitemaps) or URL list: the first N."),
    ] = None,
    timeout: TimeoutOpt = None,
    verify: Annotated[
        bool, typer.Option("--verify", help="Check every new edition as narrate verify does; "
                           "a bad one counts as failed and is redone next run.")
    ] = False,
    wait: Annotated[
        bool, typer.Option("--wait", help="If another narrate run is writing to --out, wait "
                           "for it to finish instead of failing (exit 6).")
    ] = False,
    as_json: Annotated[bool, typer.Option("--json", help="A JSON summary on stdout.")] = False,
    verbose: VerboseOpt = False,
    quiet: QuietOpt = False,
    short_v: NoShortV = False,
) -> None:
    """Narrate many articles: parallel, incremental, resumable, fault isolated.

    Every article becomes DATE-SLUG-ID.mp3 (+ .chapters.json, .vtt, .json) in
    --out. An article whose edition is up to date is skipped; a page that fails is
    recorded in OUT/_failures.jsonl and the run goes on (exit code 8 if any failed).
    Safe to interrupt (even kill -9): run the same command again to finish.

    Examples:

    \b
      narrate batch archive/ --out editions/ --jobs 2
      narrate batch crawl.warc.gz urls.txt --out editions/
      narrate batch 'archive/**/*.html' --out editions/ --dry-run
      narrate batch https://example.com/feed.xml --out editions/
      narrate batch archive/ --out editions/ --scheduler tcp://scheduler.example.org:8786
    """
    from .batch import run_batch
    from .errors import UsageError

    if out.suffix.lower() == ".mp3":
        raise UsageError(f"--out {out}: batch writes one edition per article; give a folder.")
    from .cache import default_cache_dir, parse_size
    from .voices import load_profile

    options = _options(out, disclosure, disclosure_position, chapters, bitrate, id3, lexicon,
                       max_words, mp3_quality, require_complete, code)
    profile = load_profile(voice)
    cache_dir = None if no_cache else str(cache or default_cache_dir())
    say(f"batch into {out} with cache {cache_dir or 'off'}")
    with _batch_progress(enabled=not quiet and not as_json and not dry_run) as bar:
        summary = run_batch(
            inputs, profile=profile, options=options, jobs=jobs, scheduler=scheduler,
            cache_dir=cache_dir, cache_size=parse_size(cache_size),
            report=str(report) if report else None, dry_run=dry_run, limit=limit,
            timeout=timeout, verify=verify, voice_explicit=voice is not None, wait=wait,
            on_wait=lambda message: typer.echo(f"narrate: {message}", err=True),
            on_start=bar.start if bar else None, on_result=bar.update if bar else None,
        )
    if as_json:
        typer.echo(json.dumps(summary.to_dict(), ensure_ascii=False, indent=2))
    elif dry_run:
        labels = {"skipped": "skip", "unread": "read"}  # "read": a sitemap a dry run names
        for r in summary.results:
            typer.echo(f"{labels.get(r.status, 'narrate'):<8} {r.source}")
        typer.echo(f"{summary.total} items: {summary.skipped} up to date, "
                   f"{summary.total - summary.skipped} to narrate or check.")
    else:
        _batch_table(summary)
    problem = summary.stopped or summary.write_error
    if problem:  # after the summary: a full or read-only disk
        raise fail(problem + ("" if not summary.stopped else
                              f" The run stopped after {summary.finished} of {summary.total} "
                              "articles; run it again to finish."), EXIT_OUTPUT)
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


@cache_app.command("info", cls=Command)
@guarded
def cache_info(cache: CacheDirOpt = None, as_json: JsonOpt = False,
               verbose: VerboseOpt = False, quiet: QuietOpt = False) -> None:
    """Show where the segment cache is, how many segments it holds and its size.

    Example:

    \b
      narrate cache info --json
    """
    from .cache import SegmentCache

    stats = SegmentCache(cache).info()
    record = {"path": stats.path, "entries": stats.entries, "bytes": stats.bytes}
    if as_json:
        typer.echo(json.dumps(record, indent=2))
    else:
        typer.echo(f"{stats.path}: {stats.entries} segments, {stats.bytes / 2**20:.1f} MiB")


@cache_app.command("prune", cls=Command)
@guarded
def cache_prune(
    cache: CacheDirOpt = None,
    max_size: Annotated[
        str, typer.Option("--max-size", metavar="SIZE",
                          help="Keep at most this much, e.g. 500M, 2G, 0.")
    ] = "2G",
    as_json: JsonOpt = False,
    verbose: VerboseOpt = False,
    quiet: QuietOpt = False,
) -> None:
    """Remove the least recently used segments until the cache fits --max-size.

    Examples:

    \b
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


@app.command(cls=TextCommand)
@guarded
def normalize(
    text: Annotated[
        list[str] | None,
        typer.Argument(metavar="TEXT...",
                       help="The text to make speech-ready (several words are joined with "
                       "spaces), or - to read standard input, paragraph by paragraph."),
    ] = None,
    lang: Annotated[
        str, typer.Option("--lang", metavar="LANG", help="Language (BCP 47), e.g. en, en-GB.")
    ] = "en",
    lexicon: LexiconOpt = None,
    verbose: VerboseOpt = False,
    quiet: QuietOpt = False,
) -> None:
    """Print TEXT as the engine will be given it: numbers, dates, acronyms spelled for speech.

    The shipped lexicon applies first, then each --lexicon in order (later wins).
    Text may start with a dash ("-15 degrees"); put -- before text that is
    exactly an option name. Quote text with $ in single quotes, or the shell
    replaces "$4" before narrate sees it.

    Examples:

    \b
      narrate normalize 'On Oct. 23 the MBFA paid $4.5 million at 11:54 PM.'
      narrate normalize -15°C in Kharkiv
      narrate normalize "Kyiv said" --lexicon my-names.toml
      narrate normalize - < story.txt
    """
    from .errors import UsageError
    from .normalize import normalize_command

    if not text:
        raise UsageError("give the TEXT to normalize, or - to read it from standard input.")
    paths = [str(p) for p in lexicon or []]
    if text == ["-"]:
        say("reading standard input")
        for k, paragraph in enumerate(stdin_paragraphs(sys.stdin.buffer.read())):
            typer.echo(("\n" if k else "") + normalize_command(paragraph, lang, paths))
        return
    typer.echo(normalize_command(" ".join(text), lang, paths))


def stdin_paragraphs(data: bytes) -> list[str]:
    """Paragraphs of piped text: blank lines separate them, line breaks inside are spaces.

    The engine is given paragraphs, so a number or date broken over two lines
    ("$4.5\\nbillion") is read as one, as it would be in an article.
    """
    text = data.decode("utf-8", errors="replace").lstrip("\ufeff")
    blocks = "\n".join(line.strip() for line in text.splitlines()).split("\n\n")
    return [" ".join(b.split()) for b in blocks if b.strip()]


lexicon_app = typer.Typer(help="Pronunciation lexicons (TOML): check them before use.",
                          no_args_is_help=True, rich_markup_mode=None)
app.add_typer(lexicon_app, name="lexicon")


@lexicon_app.command("check", cls=Command)
@guarded
def lexicon_check(
    path: Annotated[Path, typer.Argument(metavar="FILE", help="A lexicon TOML file.")],
    lang: Annotated[
        str, typer.Option("--lang", metavar="LANG", help="Language the entries are for.")
    ] = "en",
    engine: Annotated[
        bool, typer.Option("--engine/--no-engine", help="Also ask eSpeak NG to voice each entry.")
    ] = True,
    verbose: VerboseOpt = False,
    quiet: QuietOpt = False,
) -> None:
    """Validate a lexicon: report entries that never match or that the engine cannot voice.

    Exits 0 when the lexicon is clean, 9 when it has problems (one line each),
    3 when the file is missing, like narrate verify.

    Example:

    \b
      narrate lexicon check voices/my-names.toml
    """
    from .errors import EXIT_VERIFY, InputError
    from .lexicon import lexicon_check_command

    if not path.is_file():
        raise InputError(f"{path}: no such lexicon file.")
    say(f"{path}: checking{' with eSpeak NG' if engine else ''}")
    report, code = lexicon_check_command(str(path), use_engine=engine, lang=lang)
    typer.echo(report)
    if code:
        raise typer.Exit(EXIT_VERIFY)


@app.command(cls=Command)
@guarded
def feed(
    folder: Annotated[Path, typer.Argument(metavar="DIR",
                                           help="The folder holding the editions.")],
    title: Annotated[str, typer.Option("--title", metavar="TEXT", help="The podcast's title.")],
    base_url: Annotated[
        str, typer.Option("--base-url", metavar="URL",
                          help="Where the folder is published (http(s) URL).")
    ],
    author: Annotated[
        str | None, typer.Option("--author", metavar="TEXT",
                                 help="The podcast's author (default: the title).")
    ] = None,
    language: Annotated[
        str, typer.Option("--language", metavar="LANG", help="The feed's language.")
    ] = "en",
    image: Annotated[
        str | None,
        typer.Option("--image", metavar="PATH|URL",
                     help="Cover: a PNG/JPEG path or URL (at least 1400x1400). "
                     "Without it, cover.png is drawn from the title."),
    ] = None,
    description: Annotated[
        str | None, typer.Option("--description", metavar="TEXT",
                                 help="The podcast's description.")
    ] = None,
    category: Annotated[
        str, typer.Option("--category", metavar="NAME", help="Apple Podcasts category.")
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
    per_page: Annotated[
        int, typer.Option("--per-page", metavar="N", min=1,
                          help="Editions on each web page: index.html holds the newest N, "
                          "page-2.html the next N, and so on.")
    ] = 20,  # webpage.PER_PAGE (not imported here: it pulls in feedgen)
    wait: Annotated[
        bool, typer.Option("--wait", help="If another narrate run is writing to the folder, "
                           "wait for it to finish instead of failing (exit 6).")
    ] = False,
    as_json: JsonOpt = False,
    verbose: VerboseOpt = False,
    quiet: QuietOpt = False,
) -> None:
    """Write a podcast feed (feed.xml) and a web page (index.html) for a folder of editions.

    RSS 2.0 with Apple Podcasts tags and the Podcasting 2.0 namespace (chapters,
    transcript, AI-content flag). Rebuilding from the same editions gives the same
    bytes. A folder without editions is an error (exit 3) and nothing is written.
    While another narrate run writes to the folder (a batch; or an article when
    covers are embedded, since that rewrites the editions' MP3s) the feed fails
    at once (exit 6), or waits for it with --wait.

    Examples:

    \b
      narrate feed editions/ --title "Morning Edition" --base-url https://audio.example.com/
      narrate feed editions/ --title "Morning Edition" --base-url https://audio.example.com/ \\
          --image cover.png --author "Example News" --language en --no-cover
      narrate feed editions/ --title "Morning Edition" --base-url https://audio.example.com/ \\
          --per-page 50 --wait
    """
    from .cover import embed_edition_cover
    from .errors import InputError
    from .feed import build_feed, find_editions
    from .outdir import lock_folder
    from .webpage import build_pages

    check_base_url(base_url)
    if not folder.is_dir():
        raise InputError(f"{folder}: no such folder; give the folder that holds the editions.")
    # Embedding a cover rewrites an edition's MP3 and manifest, as an article or
    # batch run writing the same edition would: exclusive. The feed and pages
    # alone are files of their own, written whole: shared, beside articles.
    with lock_folder(folder, "feed", shared=not cover, wait=wait,
                     on_wait=lambda message: typer.echo(f"narrate: {message}", err=True)):
        editions = find_editions(folder)
        if not editions:
            raise InputError(f"{folder}: no editions in this folder (an edition counts once "
                             "its .json manifest is written); nothing was written.")
        say(f"{folder}: {len(editions)} editions")
        covered = sum(embed_edition_cover(ed.mp3) for ed in editions) if cover else 0
        path = build_feed(folder, title=title, base_url=base_url, author=author or title,
                          language=language, image=image, description=description,
                          category=category, explicit=explicit)
        pages = build_pages(folder, title=title, description=description,
                            language=language, per_page=per_page) if page else []
    index = pages[0] if pages else None
    if as_json:
        typer.echo(json.dumps({"feed": str(path), "page": str(index) if index else None,
                               "pages": [str(p) for p in pages],
                               "editions": len(editions), "covers_embedded": covered}))
    else:
        typer.echo(str(path))
        if index:
            typer.echo(str(index))


def check_base_url(url: str) -> None:
    """A --base-url must be an absolute http(s) URL with a host: anything else is a usage error."""
    from urllib.parse import urlsplit

    from .errors import UsageError

    try:
        parts = urlsplit(url)
        ok = parts.scheme in ("http", "https") and bool(parts.hostname) and parts.port != -1
    except ValueError:
        ok = False
    if not ok:
        raise UsageError(f"--base-url {url!r} is not an http(s) URL with a host, "
                         "e.g. https://audio.example.com/podcast/.")


@app.command(cls=Command)
@guarded
def serve(
    folder: Annotated[Path, typer.Argument(metavar="DIR",
                                           help="The folder to serve (editions, feed, page).")],
    port: Annotated[
        int, typer.Option("--port", "-p", metavar="PORT", help="TCP port; 0 picks a free one.")
    ] = 8000,
    host: Annotated[
        str, typer.Option("--host", metavar="ADDRESS",
                          help="Address to bind; 0.0.0.0 to reach it from the LAN.")
    ] = "127.0.0.1",
    verbose: VerboseOpt = False,
    quiet: Annotated[
        bool, typer.Option("--quiet", "-q", help="Nothing on stderr but errors: no request log.")
    ] = False,
    cors: Annotated[
        str | None,
        typer.Option("--cors", metavar="ORIGIN", help="Let web pages from this one origin "
                     "(e.g. https://player.example) read the files; none by default."),
    ] = None,
) -> None:
    """Serve a folder over HTTP with range requests, so players can seek.

    feed.xml is answered with its URLs moved to the address the client used, so
    a phone on the same network can subscribe; files starting with _ or . are
    never served, nor anything a symlink leads out of the folder to.

    For trying a feed locally in a browser or a podcast app on the same network;
    publish with a real web server. The address is printed once the port is
    bound; a port in use is one line and exit 2. Stop it with Ctrl-C.

    Examples:

    \b
      narrate serve editions/ --port 8000
      narrate serve editions/ --host 0.0.0.0
    """
    from .errors import InputError
    from .server import check_origin
    from .server import serve as run

    if not folder.is_dir():
        raise InputError(f"{folder}: no such folder; give the folder that holds the editions.")
    if cors:
        check_origin(cors)
    shown = "localhost" if host in ("127.0.0.1", "::1") else host

    def ready(bound: int) -> None:
        if not quiet:
            typer.echo(f"Serving {folder} at http://{shown}:{bound}/ (feed: /feed.xml); "
                       "Ctrl-C stops.", err=True)

    run(folder, host=host, port=port, quiet=quiet, cors=cors, on_ready=ready)


@app.command(cls=Command)
@guarded
def verify(
    paths: Annotated[
        list[Path], typer.Argument(metavar="MP3_OR_DIR...",
                                   help="Editions' .mp3 files, or folders of editions.")
    ],
    asr: Annotated[
        bool, typer.Option("--asr/--no-asr",
                           help="Check each chapter's speech against its text (pocketsphinx).")
    ] = True,
    as_json: JsonOpt = False,
    verbose: VerboseOpt = False,
    quiet: QuietOpt = False,
) -> None:
    """Re-read editions and report every problem, one line each; exit 9 if any is found.

    Checks the ID3 chapters (CTOC/CHAP rules), the tags and AI disclosure, chapter
    contiguity, duration against the manifest, loudness (-16 +-1 LUFS, true peak
    <= -1 dBTP), the sidecars, and with pocketsphinx (pip install 'narrate[asr]')
    that each chapter's audio is its own text. A file that does not exist is
    reported as a problem like any other, and the other files are still checked.

    Examples:

    \b
      narrate verify editions/2024-10-23-council-approves-4-5-million-design-contract-*.mp3
      narrate verify editions/ output/*.mp3 --no-asr --json
    """
    from .errors import EXIT_VERIFY, InputError
    from .feed import scan_editions
    from .verify import errors, verify_edition

    files: list[Path] = []
    for p in paths:
        if p.is_dir():
            editions, skipped = scan_editions(p)  # an invalid manifest is verify's to report
            found = [ed.mp3 for ed in editions] + [s.manifest.with_suffix(".mp3")
                                                   for s in skipped]
            found = found or sorted(p.glob("*.mp3"))
            if not found:
                raise InputError(f"{p}: no editions in this folder.")
            files += found
        else:
            files.append(p)
    records = []
    failed = 0
    for mp3 in files:
        say(f"{mp3}: checking{' (with speech recognition)' if asr else ''}")
        problems = verify_edition(mp3, asr=asr)
        bad = errors(problems)
        failed += bool(bad)
        records.append({"path": str(mp3), "ok": not bad,
                        "problems": [{"check": p.check, "message": p.message,
                                      "severity": p.severity} for p in problems]})
        if not as_json:
            for p in problems:
                if p.severity != "error" and quiet:
                    continue
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
    try:
        app(prog_name="narrate")
    except BrokenPipeError:  # output closed outside a command (help, completion)
        raise SystemExit(pipe_closed().exit_code) from None


if __name__ == "__main__":  # pragma: no cover
    main()
