# ruff: noqa: E501  (each sentence and its reading stay on one line)
"""Code tokens inside ordinary sentences: escape sequences, operators between names, the request
path after an HTTP method, a Go package path, placeholders joined by a dot, a commit hash, a date
format, an architecture's name, a snake-case constant and a prompt after a line number. Classes
from audit 43 (issue 12); sentences invented.
"""

from __future__ import annotations

import pytest

from narrate.normalize import normalize

CODE_TOKENS = [
    # escape sequences: named as a token of their own, a pause when glued into a string
    ("Each line of the header ends with \\r\\n in the protocol.", "Each line of the header ends with, carriage return, newline, in the protocol."),
    ("Split the text on \"\\t\" to get the columns.", "Split the text on, tab, to get the columns."),
    ("The client sends HTTP/1.1\\r\\nHost: example.org first.", "The client sends H T T P, one point one, Host: example dot org first."),
    ("The request ends Host: www.example.net\\r\\n\\r\\n as the spec says.", "The request ends Host: example dot net, as the spec says."),
    ("It was fine.\\n\\nThen the second part began.", "It was fine. Then the second part began."),
    ("Pack these:\\n\\n- Tickets and passports.", "Pack these: Tickets and passports."),
    # operators between names
    ("The closure returns i * x for every item.", "The closure returns i times x for every item."),
    ("The test bool(n % 2) is true for odd numbers.", "The test bool, n modulo two, is true for odd numbers."),
    # the request path after a method, and a package path
    ("The browser sends GET / HTTP/1.1 to the server.", "The browser sends get slash H T T P, one point one to the server."),
    ("The server uses the net/http package.", "The server uses the net slash http package."),
    ("Load keys with crypto/tls in Go.", "Load keys with crypto slash tls in Go."),
    # placeholders, a hash, a date format, an architecture
    ("Tags follow the pattern <major>.<minor> for releases.", "Tags follow the pattern major dot minor for releases."),
    ("The bug was fixed in commit 9c3e1a7 last week.", "The bug was fixed in commit nine C three E one A- seven last week."),
    ("Name the file with a YYYY-MM-DD prefix.", "Name the file with a year month day prefix."),
    ("Builds use YYYYmmddHHMMSS stamps.", "Builds use year month day hour minute second stamps."),
    ("Images exist for s390x and ppc64le machines.", "Images exist for S three ninety X and P P C sixty-four L E machines."),
    ("Print the date with %Y-%m-%d %H:%M first.", "Print the date with year month day hour minute first."),
    ("Logs go to YYYYMMDD.log each night.", "Logs go to year month day dot log each night."),
    ("Clone it from <owner>/<repo> on the site.", "Clone it from owner slash repo on the site."),
    ("The function squares it with x ** 2 first.", "The function squares it with x to the power of two first."),
    ("Set the mask to 0x1F before the call.", "Set the mask to hex one F before the call."),
    ("Paths there use \"\\\\\" as the separator.", "Paths there use, backslash, as the separator."),
    # a snake-case constant's rarer word, and a prompt after a line number
    ("Open it with SOCK_STREAM as the type.", "Open it with sock stream as the type."),
    # (its flag after the command: "dash dash debug", normfix43)
    ("2 $ python app.py --debug", "two, python app dot P Y dash dash debug"),
    # counter-examples: percent after a figure, SQL's star, alternatives, a path, money, words
    ("Sales rose 5 % in May.", "Sales rose five percent in May."),
    ("Run SELECT * FROM users first.", "Run select star from users first."),
    ("He and/or she took his/her car.", "He and or she took his or her car."),
    ("The limit is MAX_VALUE and HTTP_PROXY is set.", "The limit is max value and H T T P proxy is set."),
    ("It costs 5 $ more than the old one.", "It costs five dollars more than the old one."),
    ("The decade added 1234567 new homes.", "The decade added one million two hundred thirty-four thousand five hundred sixty-seven new homes."),
    ("The facade was painted in 2021.", "The facade was painted in twenty twenty-one."),
    ("The HHS and the DDS board met at 10 mm/s.", "The H H S and the D D S board met at ten millimeters per second."),
    ("The server printed length: %d bytes.", "The server printed length: percent d bytes."),
    # a sign between prose words is named, not computed: no operand looks like code
    ("Python 2 had % formatting of strings.", "Python two had percent formatting of strings."),
    ("The bytes % and the format method differ.", "The bytes percent and the format method differ."),
    ("Old code tends to use char * for everything.", "Old code tends to use char for everything."),
    # ... while one code-like operand is enough
    ("Take count % 10 before the loop.", "Take count modulo ten before the loop."),
    ("Then it adds len(a) * 2 to the total.", "Then it adds len of a times two to the total."),
    ("Try n_items % batch_size next.", "Try n items modulo batch size next."),
]


@pytest.mark.parametrize("text,expected", CODE_TOKENS)
def test_code_tokens_in_prose(text: str, expected: str) -> None:
    assert normalize(text) == expected
