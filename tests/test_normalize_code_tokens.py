# ruff: noqa: E501  (each sentence and its reading stay on one line)
"""Shell and code tokens in a tutorial are read character-aware, as a screen reader reads them,
when their shape cannot be prose: a path rooted at "/", "./", "../" or "~/" ("slash usr slash
bin", never "usr or bin"; "etc" never "et cetera"), a slash chain ending in a file name, a "$"
glued to a name in capitals or with an underscore ("dollar home", not money), a shell prompt
opening a line (silent), a shebang ("hash bang"), a dotted name with a version or an archive
extension (no false stops). Prose keeps its reading: "and/or", "24/7", dates, fractions,
prices, hashtags, "C#", web addresses.

Class from check audit 41 (not independent; sentences invented).
"""

from __future__ import annotations

import pytest

from narrate.normalize import normalize

CODE_TOKENS = [
    # paths
    ("Copy the tool to /usr/share/tools/backup before the run.", "Copy the tool to slash usr slash share slash tools slash backup before the run."),
    ("Open /etc/nginx/nginx.conf in an editor.", "Open slash E T C slash nginx slash nginx dot conf in an editor."),
    ("Unpack it into /srv/site and reload.", "Unpack it into slash srv slash site and reload."),
    ("Then type ./build and wait.", "Then type dot slash build and wait."),
    ("Keep scripts in ~/scripts and ../shared for now.", "Keep scripts in tilde slash scripts and dot dot slash shared for now."),
    ("Edit tools/Main.pl first.", "Edit tools slash Main dot pl first."),
    ("Run source $APP_HOME/env/activate before testing.", "Run source dollar app home slash env slash activate before testing."),
    # shell variables
    ("Set $EDITOR and ${BUILD_DIR} in your profile.", "Set dollar editor and dollar build D I R in your profile."),
    ("The script reads $out_file at start.", "The script reads dollar out file at start."),
    # prompts and shebangs
    ("$ brew install wget", "brew install wget"),
    ("% npm run build", "npm run build"),
    ("#!/usr/bin/env bash", "hash bang slash usr slash bin slash env bash"),
    # dotted names with versions or archive extensions
    ("It links against libcrypto.so.1.1 today.", "It links against libcrypto dot so dot one point one today."),
    ("Download node.tar.xz and unpack it.", "Download node dot tar dot xz and unpack it."),
    ("It needs ruby3.2 or later.", "It needs ruby three point two or later."),
    ("Import java.io.* first.", "Import java dot io dot star first."),
    ("Terms apply to the sale.* Ask in store.", "Terms apply to the sale. Ask in store."),
    # counter-examples: prose and money keep their readings
    ("Pick his/her seat and/or yours.", "Pick his or her seat and or yours."),
    ("Help is open 24/7 since 3/4/2021.", "Help is open twenty-four seven since March fourth, twenty twenty-one."),
    ("About 3/4 of voters paid $5 or $ 5 and 50% more.", "About three quarters of voters paid five dollars or five dollars and fifty percent more."),
    ("He was #1 with #climate posts in C#.", "He was number one with hashtag climate posts in C sharp."),
    ("Read https://example.org/guides/setup/ now.", "Read example dot org slash guides slash setup now."),
    ("Drive at 90 km/h with a download/install/run setup.", "Drive at ninety kilometers per hour with a download or install or run setup."),
    ("Type /help in the chat.", "Type slash help in the chat."),
    ("Shares of $NVDA rose.", "Shares of dollar N V D A- rose."),
    ("It costs $US 5 million.", "It costs five million US dollars."),
    ("See no.1997 in the list and the version.2 notes.", "See no zero point one nine nine seven in the list and the version zero point two notes."),
    ("Install 3.7.2 from Node.js and index.html.", "Install three point seven point two from Node dot J S and index dot H T M L."),
    ("Made in the u.s.a and sold at 5 p.m.", "Made in the u.s.a and sold at five P M."),
    ("% of sales came online", "percent of sales came online"),
    ("# skip this step", "number skip this step"),
]


@pytest.mark.parametrize(("text", "expected"), CODE_TOKENS)
def test_code_tokens(text: str, expected: str) -> None:
    assert normalize(text) == expected
