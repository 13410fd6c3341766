"""Every example that --help shows, and the README's command lines, run against the real CLI.

A doctest for the command line: the examples are read from the help as a user
sees it and run with bash in a folder holding the files they name (invented
pages, the sample edition, a lexicon, a WARC...), with the real engine. Only
examples that need the network are skipped: a URL that narrate would fetch,
or a Dask scheduler. ``narrate serve`` examples run on a free port, answer one
request and stop on Ctrl-C. README blocks that show output (``$ narrate ...``)
must match the real output (digits aside, so a re-encode does not break them).
"""

from __future__ import annotations

import itertools
import os
import re
import shlex
import shutil
import signal
import subprocess
import sys
import urllib.parse
import urllib.request
from pathlib import Path

import pytest

from .conftest import ROOT

PAGE = """<!doctype html><html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title>
<meta property="og:site_name" content="The Harbour Ledger">
<meta property="article:published_time" content="2025-03-14T08:00:00Z"></head><body><article>
<h1>{title}</h1>
<p>The harbour authority said on Monday that the new ferry berth would open in spring, after
two years of delays caused by storms and a shortage of steel, and that the first crossings
would run on the old timetable until the summer.</p>
<p>Officials expect the berth to serve about four hundred passengers a day once the timetable
is extended into the winter months, and say the fares will not change this year.</p>
</article></body></html>"""


def help_texts() -> list[tuple[str, str]]:
    """(command, its --help text) for narrate and every command, rendered as a user sees it."""
    import typer.main

    from narrate.cli import app

    root = typer.main.get_command(app)
    texts = []

    def walk(command, path: list[str], parent) -> None:
        ctx = command.make_context(" ".join(["narrate", *path]), ["--help"][:0],
                                   parent=parent, resilient_parsing=True)
        texts.append((" ".join(path), command.get_help(ctx)))
        for name in getattr(command, "commands", {}):
            walk(command.commands[name], [*path, name], ctx)

    walk(root, [], None)
    return texts


def examples_in(text: str) -> list[str]:
    """The command lines under "Example(s):", continuation lines joined."""
    lines = text.splitlines()
    found: list[str] = []
    for i, line in enumerate(lines):
        if line.strip() not in ("Examples:", "Example:"):
            continue
        block = lines[i + 1:]
        while block and not block[0].strip():
            block = block[1:]
        command = ""
        for raw in block:
            if not raw.strip():
                break
            command += raw.strip()
            if command.endswith("\\"):
                command = command[:-1] + " "
                continue
            found.append(command)
            command = ""
    return found


HELP_EXAMPLES = [(name or "narrate", ex) for name, text in help_texts() for ex in examples_in(text)]

_FETCHED_URL = re.compile(r"\b(?:https?|tcp)://(?!127\.0\.0\.1|localhost)\S+")


def needs_network(command: str) -> bool:
    """A URL that narrate would fetch (not a --base-url or --image value, which are only text)."""
    unfetched = re.sub(r"--(?:base-url|image)\s+\S+", "", command)
    return bool(_FETCHED_URL.search(unfetched))


@pytest.fixture(scope="module")
def workdir(tmp_path_factory, sample_edition) -> Path:
    """A folder with every file the examples name."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    from narrate.cover import cover_png

    work = tmp_path_factory.mktemp("examples")
    for folder in ("output", "editions"):
        (work / folder).mkdir()
        for path in Path(sample_edition.mp3).parent.iterdir():
            if not path.name.startswith(".") and path.is_file():
                shutil.copy2(path, work / folder / path.name)
    for name, title in [("story", "Ferry berth to open in spring"),
                        ("a", "Harbour crane returns to service"),
                        ("b", "Tide gauge: readings \"doubled\" in March")]:
        (work / f"{name}.html").write_text(PAGE.format(lang="en", title=title))
    (work / "archive" / "2025").mkdir(parents=True)
    shutil.copy(work / "a.html", work / "archive" / "a.html")
    shutil.copy(work / "b.html", work / "archive" / "2025" / "b.html")
    (work / "urls.txt").write_text("# saved pages, one a line\narchive/a.html\n")
    with open(work / "crawl.warc.gz", "wb") as handle:
        writer = WARCWriter(handle, gzip=True)
        body = PAGE.format(lang="en", title="Pilot boats get new moorings").encode()
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")],
                                   protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(
            "https://harbour.example/news/moorings", "response",
            payload=__import__("io").BytesIO(body), http_headers=headers))
    # the README's refused page: a navigation page of 40 section links
    shutil.copy(ROOT / "tests" / "pages" / "kinds" / "nav-forty-sections.html",
                work / "sections.html")
    (work / "story.txt").write_text("The berth cost $4.5 million.\n\nIt opens on Oct. 23.\n")
    lexicon = '[[entry]]\nmatch = "Kyiv"\nsay = "Keev"\n'
    (work / "my-names.toml").write_text(lexicon)
    (work / "voices").mkdir()
    (work / "voices" / "my-names.toml").write_text(lexicon)
    (work / "cover.png").write_bytes(cover_png("Morning Edition"))
    (work / "empty").mkdir()
    shim = work / ".bin"
    shim.mkdir()
    (shim / "narrate").write_text(f'#!/bin/sh\nexec {shlex.quote(sys.executable)} '
                                  '-m narrate.cli "$@"\n')
    (shim / "narrate").chmod(0o755)
    return work


def shell_env(work: Path) -> dict:
    env = {k: v for k, v in os.environ.items() if k not in ("NARRATE_DEBUG", "COLUMNS")}
    env["PATH"] = f"{work / '.bin'}{os.pathsep}{env.get('PATH', '')}"
    env["XDG_CACHE_HOME"] = str(work / ".cache")  # never the user's own cache
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    return env


def run_example(command: str, work: Path) -> subprocess.CompletedProcess:
    command = re.sub(r"\s+#\s.*$", "", command)  # a trailing comment
    if command.startswith("narrate serve"):
        return run_serve(command, work)
    return subprocess.run(["bash", "-c", command], cwd=work, env=shell_env(work),
                          capture_output=True, timeout=600)


def run_serve(command: str, work: Path) -> subprocess.CompletedProcess:
    """Run a serve example on a free port, fetch the page, stop it with Ctrl-C."""
    command = re.sub(r"--port \d+", "", command) + " --port 0"
    proc = subprocess.Popen(["bash", "-c", f"exec {command}"], cwd=work, env=shell_env(work),
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        line = proc.stderr.readline().decode()
        port = int(re.search(r":(\d+)/", line).group(1))
        served = next((work / "editions").glob("*.mp3")).name  # a folder has no page of its own
        url = f"http://127.0.0.1:{port}/{urllib.parse.quote(served)}"
        with urllib.request.urlopen(url, timeout=60) as response:
            assert response.status == 200
    finally:
        proc.send_signal(signal.SIGINT)
        out, err = proc.communicate(timeout=60)
    return subprocess.CompletedProcess(command, proc.returncode, out, line.encode() + err)


def test_every_command_has_examples():
    named = {name for name, _ in HELP_EXAMPLES}
    assert {"narrate", "article", "script", "inspect", "voices", "batch", "normalize", "feed",
            "serve", "verify", "cache info", "cache prune", "lexicon check"} <= named


def test_no_example_loses_a_dollar_to_the_shell():
    """"$4.5" in double quotes reaches narrate as ".5": money goes in single quotes."""
    for _, command in HELP_EXAMPLES:
        for quoted in re.findall(r'"[^"]*"', command):
            assert not re.search(r"\$\d", quoted), command


@pytest.mark.parametrize("command", [c for _, c in HELP_EXAMPLES],
                         ids=[f"{n}: {c}" for n, c in HELP_EXAMPLES])
def test_help_example_runs(command, workdir):
    if needs_network(command):
        pytest.skip("needs the network")
    result = run_example(command, workdir)
    assert result.returncode == 0, (result.stdout.decode()[-2000:], result.stderr.decode())
    assert "Traceback" not in result.stderr.decode()


# -- the README ----------------------------------------------------------------------


def readme_blocks() -> list[tuple[str, list[str]]]:
    """Fenced code blocks of README.md: (info string, lines)."""
    blocks, current, info = [], None, ""
    for line in (ROOT / "README.md").read_text(encoding="utf-8").splitlines():
        if line.startswith("```"):
            if current is None:
                current, info = [], line[3:].strip()
            else:
                blocks.append((info, current))
                current = None
        elif current is not None:
            current.append(line)
    return blocks


def readme_commands() -> list[str]:
    """Every narrate command line in a shell block (continuations joined)."""
    commands = []
    for info, lines in readme_blocks():
        if info not in ("", "sh", "console", "text", "bash"):
            continue
        command = ""
        for line in lines:
            text = line[2:] if line.startswith("$ ") else line
            if not command and not text.startswith("narrate "):
                continue
            command += text.strip()
            if command.endswith("\\"):
                command = command[:-1] + " "
                continue
            commands.append(command)
            command = ""
    return commands


def readme_transcripts() -> list[tuple[str, list[str]]]:
    """``$ narrate ...`` followed by its output, in console/text blocks."""
    found = []
    for info, lines in readme_blocks():
        if info not in ("console", "text"):
            continue
        for i, line in enumerate(lines):
            if line.startswith("$ narrate "):
                output = []
                for rest in lines[i + 1:]:
                    if rest.startswith("$ "):
                        break
                    output.append(rest)
                found.append((line[2:], output))
    return found


README_EXAMPLES = [("README", c) for c in readme_commands()]


def local_paths_missing(command: str, work: Path) -> list[str]:
    """Inputs the command names that the example folder does not have (a path of the
    reader's own, such as /shared/archive/): such an example shows a shape, not a run."""
    words = shlex.split(command.split(" #")[0].split("|")[0].split("<")[0])
    missing = []
    for previous, word in itertools.pairwise(words):
        if previous in ("--out", "-o", "--report", "--cache", "--name") or word.startswith("-"):
            continue
        if "://" in word or "*" in word:
            continue
        if ("/" in word or re.search(r"\.(html|mp3|toml|txt|warc\.gz|png)$", word)) \
                and not (work / word).exists():
            missing.append(word)
    return missing


@pytest.mark.parametrize("command", [c for _, c in README_EXAMPLES])
def test_readme_command_runs(command, workdir):
    if needs_network(command) or "--scheduler" in command:
        pytest.skip("needs the network")
    missing = local_paths_missing(command, workdir)
    if missing:
        pytest.skip(f"names the reader's own files: {missing}")
    result = run_example(command, workdir)
    assert result.returncode == 0, (result.stdout.decode()[-2000:], result.stderr.decode())


def _mask(line: str) -> str:
    return re.sub(r"\d", "0", line.rstrip())


@pytest.mark.parametrize("command,shown", readme_transcripts(),
                         ids=[c for c, _ in readme_transcripts()])
def test_readme_output_is_real(command, shown, workdir):
    if command.startswith("narrate normalize"):
        pytest.skip("the normalize example belongs to the normalization section")
    result = run_example(f"{{ {command}; }} 2>&1", workdir)  # errors are shown as printed
    real = [_mask(line) for line in result.stdout.decode().splitlines()]
    expected = [_mask(line) for line in shown if line.strip() != "…"]
    if shown and shown[-1].strip() == "…":  # an excerpt: the first lines
        assert real[:len(expected)] == expected
    else:
        assert real == expected
