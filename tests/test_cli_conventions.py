"""Command-line habits (issue 14), tried as a user tries them: a real process, real files.

Naming the edition (--out FILE.mp3, --name TEMPLATE), several sources and files,
stdin, a closed pipe, -V/-q, completion, readable help, and one exit-code table
that every documented code can be reached through.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from narrate.errors import (
    EXIT_CODES,
    EXIT_INPUT,
    EXIT_PARTIAL,
    EXIT_PIPE,
    EXIT_USAGE,
    UsageError,
    exit_codes_markdown,
)

from .conftest import ROOT

PAGE = """<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{title}</title>
<meta property="og:site_name" content="{site}">
<meta property="article:published_time" content="2025-03-14T08:00:00Z"></head><body><article>
<h1>{title}</h1><p class="byline">By Talia Brennock</p>
<p>The harbour authority said on Monday that the new ferry berth would open in spring,
after two years of delays caused by storms and a shortage of steel.</p>
<p>Officials expect the berth to serve about four hundred passengers a day once the
timetable is extended into the winter months.</p></article></body></html>"""

FAST = 'engine = "espeak"\nrate = 440\n'  # a fast voice: these tests are about the CLI


def run(*args: str, stdin: bytes | None = None, cwd: Path | None = None, env: dict | None = None):
    environment = {k: v for k, v in os.environ.items() if k != "NARRATE_DEBUG"}
    environment.update(env or {})
    return subprocess.run([sys.executable, "-m", "narrate.cli", *args], input=stdin,
                          capture_output=True, cwd=cwd, env=environment, timeout=300)


def one_error_line(result, code: int) -> str:
    err = result.stderr.decode()
    assert result.returncode == code, err
    assert "Traceback" not in err
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("narrate: error: "), err
    return lines[0]


@pytest.fixture
def pages(tmp_path) -> dict[str, Path]:
    made = {}
    for key, title, site in [("a", "Ferry berth to open in spring", "The Harbour Ledger"),
                             ("b", "Tide gauge: readings/records \"doubled\"", "Coastwatch")]:
        made[key] = tmp_path / f"{key}.html"
        made[key].write_text(PAGE.format(title=title, site=site), encoding="utf-8")
    made["voice"] = tmp_path / "fast.toml"
    made["voice"].write_text(FAST)
    return made


# -- naming the edition ----------------------------------------------------------------


def test_out_ending_in_mp3_names_the_edition_and_creates_its_folder(tmp_path, pages):
    target = tmp_path / "x" / "evening.mp3"
    r = run("article", str(pages["a"]), "--out", str(target), "--voice", str(pages["voice"]),
            "-q")
    assert r.returncode == 0, r.stderr.decode()
    assert r.stdout.decode().strip() == str(target)
    assert target.is_file() and not (tmp_path / "x" / "evening.mp3").is_dir()
    assert sorted(p.name for p in target.parent.iterdir()) == [
        "evening.chapters.json", "evening.json", "evening.mp3", "evening.vtt"]
    manifest = json.loads((target.parent / "evening.json").read_text())
    assert manifest["files"] == {"mp3": "evening.mp3", "chapters": "evening.chapters.json",
                                 "transcript": "evening.vtt"}


def test_name_template_fields_are_filled_and_sanitized(tmp_path, pages):
    out = tmp_path / "eds"
    r = run("article", str(pages["a"]), str(pages["b"]), "--out", str(out), "--voice",
            str(pages["voice"]), "--name", "{date} {site} - {title}", "-q")
    assert r.returncode == 0, r.stderr.decode()
    printed = [Path(line) for line in r.stdout.decode().splitlines()]
    assert [p.name for p in printed] == [
        "2025-03-14 The Harbour Ledger - Ferry berth to open in spring.mp3",
        # '/', ':' and '"' from the title are gone; no folder was made from the slash
        "2025-03-14 Coastwatch - Tide gauge readings records doubled.mp3",
    ]
    assert all(p.parent == out and p.is_file() for p in printed)
    assert sorted(p.name for p in out.iterdir() if p.suffix == ".json" and
                  not p.name.endswith(".chapters.json")) == sorted(
        p.with_suffix(".json").name for p in printed)


@pytest.mark.parametrize("args,words", [
    (["--name", "{date}-{headline}"], "{headline}"),
    (["--name", "../{slug}"], "path"),
    (["--name", "{slug}", "--out", "one.mp3"], "--name"),
    (["--out", "one.mp3", "b.html"], "one edition"),
    (["--out", ".hidden.mp3"], "cannot name"),
])
def test_bad_names_are_usage_errors_before_any_work(tmp_path, pages, args, words):
    r = run("article", str(pages["a"]), *args, cwd=tmp_path)
    line = one_error_line(r, EXIT_USAGE)
    assert words in line
    assert not list(tmp_path.glob("**/*.mp3"))


def test_name_template_unit():
    from narrate.models import Article, Block
    from narrate.naming import expand_name

    a = Article(title="..\\..//: CON*?<>| “quoted”\x07", blocks=(Block("paragraph", "x"),),
                date=None, site=None, url="https://news.example.org/a/b", source="-")
    assert expand_name("{date}-{site}-{title}", a) == "undated-news.example.org-CON “quoted”"
    with pytest.raises(UsageError, match="path"):
        expand_name("{year}/{lang}", a)
    long = Article(title="é" * 400, blocks=a.blocks, source="x.html")
    assert len(expand_name("{title}", long).encode()) <= 180
    assert expand_name("{slug}", Article(title="-- .. --", blocks=a.blocks)) == "article"


def test_several_sources_one_failing_goes_on_and_exits_partial(tmp_path, pages):
    out = tmp_path / "eds"
    r = run("article", str(pages["a"]), str(tmp_path / "missing.html"), str(pages["b"]),
            "--out", str(out), "--voice", str(pages["voice"]), "--json")
    assert r.returncode == EXIT_PARTIAL, r.stderr.decode()
    records = [json.loads(line) for line in r.stdout.decode().splitlines()]
    assert [("error" in rec) for rec in records] == [False, True, False]
    assert records[1]["exit_code"] == EXIT_INPUT and "missing.html" in records[1]["source"]
    err = r.stderr.decode().strip().splitlines()
    assert len(err) == 1 and "missing.html" in err[0] and "no such file" in err[0]
    for rec in (records[0], records[2]):
        assert set(rec["files"]) == {"mp3", "chapters", "transcript", "manifest"}
        for path in rec["files"].values():  # full paths, not bare names
            assert os.path.isabs(path) and Path(path).is_file() and Path(path).parent == out


def test_inspect_takes_several_files_and_reports_a_missing_one(sample_edition, tmp_path):
    r = run("inspect", sample_edition.mp3, str(tmp_path / "gone.mp3"), sample_edition.mp3)
    assert r.returncode == EXIT_PARTIAL
    assert r.stdout.decode().count("Chapters (") == 2
    assert "gone.mp3" in r.stderr.decode()
    r = run("inspect", sample_edition.mp3, sample_edition.mp3, "--json")
    assert r.returncode == 0
    assert [json.loads(line)["path"] for line in r.stdout.decode().splitlines()] == [
        sample_edition.mp3] * 2


def test_verify_takes_several_files_and_reports_a_missing_one(sample_edition, tmp_path):
    r = run("verify", sample_edition.mp3, sample_edition.mp3, "--no-asr")
    assert r.returncode == 0, r.stdout.decode()
    assert r.stdout.decode().count(": ok") == 2
    r = run("verify", str(tmp_path / "gone.mp3"), sample_edition.mp3, "--no-asr")
    assert r.returncode == 9
    assert r.stdout.decode().splitlines()[-2:] == [
        f"{tmp_path / 'gone.mp3'}: FAILED (1 problem)", f"{sample_edition.mp3}: ok"]


# -- stdin, dashes and pipes -----------------------------------------------------------


def test_normalize_reads_stdin_by_paragraph():
    r = run("normalize", "-", stdin=b"It cost $4.5\nbillion.\n\n\nOn Oct. 23 it rained.\n")
    assert r.returncode == 0, r.stderr.decode()
    assert r.stdout.decode() == ("It cost four point five billion dollars.\n\n"
                                 "On October twenty-third it rained.\n")


@pytest.mark.parametrize("args,expected", [
    (["-15°C in Kharkiv"], "minus fifteen degrees Celsius in"),
    (["-5", "degrees"], "minus five degrees"),
    (["--", "--json"], "json"),
])
def test_normalize_text_starting_with_a_dash(args, expected):
    r = run("normalize", *args)
    assert r.returncode == 0, r.stderr.decode()
    assert expected in r.stdout.decode()


def test_normalize_without_text_is_a_usage_error():
    assert "standard input" in one_error_line(run("normalize"), EXIT_USAGE)


def test_script_reads_stdin(pages):
    r = run("script", "-", stdin=pages["a"].read_bytes())
    assert r.returncode == 0 and "# Ferry berth to open in spring" in r.stdout.decode()


def test_closed_pipe_stops_quietly_in_a_real_shell():
    narrate = f"{shlex_quote(sys.executable)} -m narrate.cli"
    r = subprocess.run(["bash", "-c", f"{narrate} voices --engine | head -1; "
                        "exit ${PIPESTATUS[0]}"], capture_output=True, timeout=120)
    assert r.stdout.decode() == "Voice profiles:\n"
    assert r.stderr.decode() == ""  # no "internal error: BrokenPipeError"
    assert r.returncode in (0, EXIT_PIPE)  # 0 only if it all fitted before head quit


def shlex_quote(text: str) -> str:
    import shlex

    return shlex.quote(text)


# -- flags -----------------------------------------------------------------------------


def test_short_v_is_not_voice_any_more():
    r = run("article", "-v", "natural")
    assert r.returncode == EXIT_USAGE
    assert "--voice NAME" in r.stderr.decode() and "-V/--verbose" in r.stderr.decode()


def test_verbose_and_quiet(pages, tmp_path):
    r = run("script", str(pages["a"]), "-V")
    assert r.returncode == 0 and "narrate: " in r.stderr.decode()
    assert "chapters" in r.stderr.decode()
    quiet = run("script", str(pages["a"]), "--quiet")
    assert quiet.returncode == 0 and quiet.stderr == b""
    assert quiet.stdout == r.stdout
    assert "contradict" in one_error_line(run("script", "-V", "-q"), EXIT_USAGE)


def test_every_command_takes_verbose_and_quiet():
    for command in COMMANDS:
        text = run(*command.split(), "--help").stdout.decode()
        assert "-V, --verbose" in text and "-q, --quiet" in text, command


def test_shell_completion_works():
    r = run(env={"_NARRATE_COMPLETE": "complete_bash", "COMP_WORDS": "narrate ar",
                 "COMP_CWORD": "1"})
    assert r.stdout.decode().split() == ["article"]
    r = run(env={"_NARRATE_COMPLETE": "complete_bash", "COMP_WORDS": "narrate article --ou",
                 "COMP_CWORD": "2"})
    assert "--out" in r.stdout.decode().split()
    script = run("--show-completion", "bash")
    assert script.returncode == 0 and "_NARRATE_COMPLETE" in script.stdout.decode()
    assert "--install-completion" in run("--help").stdout.decode()


# -- help ------------------------------------------------------------------------------

COMMANDS = ["article", "script", "inspect", "voices", "batch", "normalize", "feed", "serve",
            "verify", "cache info", "cache prune", "lexicon check"]


@pytest.mark.parametrize("command", ["", *COMMANDS])
def test_help_shows_placeholders_a_person_reads(command):
    text = run(*command.split(), "--help").stdout.decode()
    assert text.startswith("Usage: narrate")
    for python_type in re.findall(r"<(?:list|int|str|path|float|bool)[^>]*>", text):
        pytest.fail(f"narrate {command} --help shows {python_type}")
    usage = text.splitlines()[0]
    assert not re.search(r"\{[a-z_]+\}", usage), usage  # typer's {mp3}, {text}


def test_examples_are_not_rewrapped_in_a_narrow_terminal():
    text = run("feed", "--help", env={"COLUMNS": "60"}).stdout.decode()
    assert ("    narrate feed editions/ --title \"Morning Edition\" --base-url "
            "https://audio.example.com/ \\\n") in text
    wide = run("article", "--help", env={"COLUMNS": "200"}).stdout.decode()
    assert max(len(line) for line in wide.splitlines()) > 80  # the terminal's width is used


# -- one exit-code table ---------------------------------------------------------------


def test_readme_exit_table_is_generated_from_errors_py():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert exit_codes_markdown() in readme


def test_help_lists_every_exit_code():
    text = run("--help").stdout.decode()
    for code in EXIT_CODES:
        assert f"  {code}  " in text


def _trigger(code: int, tmp: Path, edition) -> subprocess.CompletedProcess:
    """Reach ``code`` through the real CLI, as a user would."""
    nav = tmp / "nav.html"
    nav.write_text("<html><body><nav><a href='/'>Home</a> <a href='/a'>About</a></nav>"
                   "<footer>© 2024</footer></body></html>")
    if code == 0:
        return run("voices")
    if code == 1:  # a bug anywhere inside a command: one line, exit 1
        bug = ("import sys, narrate.probe as p\n"
               "p.read_edition = lambda path: 1 / 0\n"
               "from narrate.cli import main\n"
               "sys.argv = ['narrate', 'inspect', 'x.mp3']\n"
               "main()\n")
        return subprocess.run([sys.executable, "-c", bug], capture_output=True, timeout=120)
    if code == 2:
        return run("feed", str(tmp), "--title", "T", "--base-url", "audio.example.com")
    if code == 3:
        return run("lexicon", "check", str(tmp / "missing.toml"))
    if code == 4:
        return run("article", "ftp://example.com/story.html", "--out", str(tmp / "o"))
    if code == 5:
        return run("article", str(nav), "--out", str(tmp / "o"))
    if code == 6:
        (tmp / "a-file").write_text("x")
        return run("article", "--out", str(tmp / "a-file" / "out"))
    if code == 7:
        voice = tmp / "broken.toml"
        voice.write_text(f'engine = "piper"\nmodel = "{tmp / "no-such-voice.onnx"}"\n')
        return run("article", "--voice", str(voice), "--out", str(tmp / "o"))
    if code == 8:
        return run("script", str(nav), str(tmp / "missing.html"))
    if code == 9:
        lexicon = tmp / "dup.toml"
        lexicon.write_text('[[entry]]\nmatch = "x"\nsay = "y"\n[[entry]]\nmatch = "X"\n'
                           'say = "z"\n')
        return run("lexicon", "check", str(lexicon), "--no-engine")
    if code == 130:  # Ctrl-C while narrate waits on stdin
        env = {k: v for k, v in os.environ.items() if k != "NARRATE_DEBUG"}
        proc = subprocess.Popen([sys.executable, "-m", "narrate.cli", "normalize", "-", "-V"],
                                stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE, env=env)
        assert proc.stderr.readline() == b"narrate: reading standard input\n"
        proc.send_signal(signal.SIGINT)
        out, err = proc.communicate(timeout=60)
        return subprocess.CompletedProcess(proc.args, proc.returncode, out, err)
    if code == 141:
        read_end, write_end = os.pipe()
        os.close(read_end)  # the reader has gone before narrate writes a byte
        try:
            r = subprocess.run([sys.executable, "-m", "narrate.cli", "voices"],
                               stdout=write_end, stderr=subprocess.PIPE, timeout=120)
        finally:
            os.close(write_end)
        return subprocess.CompletedProcess(r.args, r.returncode, b"", r.stderr)
    raise AssertionError(f"no trigger for documented exit code {code}")


@pytest.mark.parametrize("code", list(EXIT_CODES))
def test_every_documented_exit_code_is_reached_through_the_cli(code, tmp_path, sample_edition):
    r = _trigger(code, tmp_path, sample_edition)
    err = r.stderr.decode()
    assert r.returncode == code, err
    assert "Traceback" not in err
    if code == 0:
        return
    if code == EXIT_PIPE:
        assert err == ""
    elif code == 9:
        assert "never matches" in r.stdout.decode() and err == ""
    elif code == EXIT_PARTIAL:
        assert all(line.startswith("narrate: error: ") for line in err.strip().splitlines())
    else:
        lines = err.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith("narrate: error: "), err
    if code == 1:
        assert "internal error: ZeroDivisionError" in err


def test_verbose_shows_the_traceback_of_an_internal_error():
    bug = ("import sys, narrate.probe as p\np.read_edition = lambda path: 1 / 0\n"
           "from narrate.cli import main\nsys.argv = ['narrate', 'inspect', 'x.mp3', '-V']\n"
           "main()\n")
    r = subprocess.run([sys.executable, "-c", bug], capture_output=True, timeout=120)
    assert r.returncode == 1 and "Traceback" in r.stderr.decode()


def test_bad_base_url_is_a_usage_error_even_with_editions(tmp_path, sample_edition):
    folder = tmp_path / "eds"
    shutil.copytree(Path(sample_edition.mp3).parent, folder)
    for bad in ("ftp://audio.example.com/", "https://", "audio.example.com", "http://a:x/"):
        r = run("feed", str(folder), "--title", "T", "--base-url", bad)
        assert "--base-url" in one_error_line(r, EXIT_USAGE)
    assert not (folder / "feed.xml").exists()


def test_feed_over_a_folder_without_editions_is_an_error_and_writes_nothing(tmp_path):
    (tmp_path / "notes.txt").write_text("not an edition")
    r = run("feed", str(tmp_path), "--title", "T", "--base-url", "https://a.example/")
    assert "no editions" in one_error_line(r, EXIT_INPUT)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.txt"]


def test_serve_on_a_busy_port_is_one_line_and_exit_2(tmp_path):
    import socket

    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        r = run("serve", str(tmp_path), "--port", str(port))
    line = one_error_line(r, EXIT_USAGE)  # never "Serving ..." first, never exit 1
    assert f":{port}" in line and "in use" in line and "--port" in line


def test_serve_announces_the_bound_port_and_stops_on_ctrl_c(tmp_path):
    import urllib.request

    (tmp_path / "index.html").write_text("<p>hello</p>")
    env = {k: v for k, v in os.environ.items() if k != "NARRATE_DEBUG"}
    proc = subprocess.Popen([sys.executable, "-m", "narrate.cli", "serve", str(tmp_path),
                             "--port", "0"], stderr=subprocess.PIPE, env=env)
    try:
        line = proc.stderr.readline().decode()
        port = int(re.search(r"localhost:(\d+)/", line).group(1))
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=30) as response:
            assert response.read() == b"<p>hello</p>"
    finally:
        proc.send_signal(signal.SIGINT)
        proc.wait(timeout=60)
    assert proc.returncode == 0
