"""Errors a user can act on, each with its documented exit code.

Every failure that a user can cause (a bad path, a page with no article, a
full disk) is raised as a :class:`NarrateError` subclass. The CLI prints its
message as one line on stderr and exits with its ``exit_code``; anything else
that escapes is a bug and exits with :data:`EXIT_INTERNAL`.
"""

from __future__ import annotations

EXIT_OK = 0
EXIT_INTERNAL = 1
EXIT_USAGE = 2
EXIT_INPUT = 3
EXIT_FETCH = 4
EXIT_NO_ARTICLE = 5
EXIT_OUTPUT = 6
EXIT_ENGINE = 7
EXIT_PARTIAL = 8
EXIT_VERIFY = 9
EXIT_INTERRUPTED = 130
EXIT_PIPE = 141

EXIT_CODES: dict[int, str] = {
    EXIT_OK: "success",
    EXIT_INTERNAL: "internal error (a bug: please report it; --verbose or NARRATE_DEBUG=1 shows "
    "the traceback)",
    EXIT_USAGE: "bad command line, option value (such as --base-url or a --port in use) or "
    "voice profile",
    EXIT_INPUT: "input file or folder missing, empty, unreadable, binary or not HTML; a folder "
    "with no editions; an article longer than --max-words",
    EXIT_FETCH: "URL refused (only http and https are fetched), unreachable, or answered with an "
    "HTTP error",
    EXIT_NO_ARTICLE: "the page has no article to narrate (a menu, index, search, error, consent "
    "or sign-in page), or only part of one with --require-complete",
    EXIT_OUTPUT: "the output folder cannot be created or written, or another run writes there",
    EXIT_ENGINE: "the speech engine failed or is not installed",
    EXIT_PARTIAL: "a batch or multi-source run finished, but some items failed",
    EXIT_VERIFY: "a check found a problem: narrate verify in an edition, narrate lexicon check "
    "in a lexicon",
    EXIT_INTERRUPTED: "interrupted (Ctrl-C); nothing half-written is left behind",
    EXIT_PIPE: "standard output was closed early (a pipe into head, say): narrate stops "
    "quietly, as programs stopped by SIGPIPE do",
}


def exit_codes_markdown() -> str:
    """The exit-code table as README.md shows it (a test keeps the two identical)."""
    rows = ["| code | meaning |", "|---|---|"]
    rows += [f"| {code} | {text} |" for code, text in EXIT_CODES.items()]
    return "\n".join(rows)


class NarrateError(Exception):
    """Base class: ``str(err)`` is one line saying what is wrong and what to do."""

    exit_code: int = EXIT_INTERNAL

    def __init__(self, message: str) -> None:
        super().__init__(" ".join(message.split()))


class UsageError(NarrateError):
    exit_code = EXIT_USAGE


class InputError(NarrateError):
    exit_code = EXIT_INPUT


class FetchError(NarrateError):
    exit_code = EXIT_FETCH


class NoArticleError(NarrateError):
    exit_code = EXIT_NO_ARTICLE


class PartialArticleError(NoArticleError):
    """Only part of the article is on the page, and ``--require-complete`` was given."""


class OutputError(NarrateError):
    exit_code = EXIT_OUTPUT


class EngineError(NarrateError):
    exit_code = EXIT_ENGINE
