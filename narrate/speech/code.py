"""Code in prose: file paths, shell variables, prompts, shebangs and dotted library names.

A tutorial quotes shell tokens inline ("edit /etc/hosts", "run ./configure", "source
$VENV_PATH/bin/activate"). Read as prose their characters turn into words that mean something
else: a slash is "or", a "$" is "dollars", "etc" is "et cetera", the dots of "libssl.so.0.9.7"
are sentence stops. A screen reader reads such a token character-aware ("slash usr slash
local"), and so does this module, but only for tokens whose *shape* cannot be prose: a path
rooted at "/", "./", "../" or "~/", a slash chain ending in a file name, a "$" glued to a name in
capitals or with an underscore, a dotted name with a version or an archive extension.
"""

from __future__ import annotations

import re

from .abbreviations import _zipf
from .spoken import cardinal, digits
from .symbols import FILE_EXTENSIONS

#: Extensions of code and config files beyond those :data:`FILE_EXTENSIONS` says aloud: after
#: a slash or in a dotted name they mark a file, never a sentence end.
CODE_EXTENSIONS = frozenset("""
pl conf cnf c h so o a bz2 xz tgz gz tar zip deb rpm dylib cfg ini sh py rb js json yml yaml
toml txt log pem crt key service socket plist bak
""".split()) | frozenset(FILE_EXTENSIONS)
_CODE_EXT_RE = "|".join(sorted(CODE_EXTENSIONS, key=len, reverse=True))
#: The extensions of two letters or more: a dotted run of single letters ("u.s.a") is no file.
_LONG_EXT_RE = "|".join(sorted((e for e in CODE_EXTENSIONS if len(e) > 1), key=len,
                               reverse=True))

#: One segment of a path: word characters, dots, dashes, a variable's "$" and braces, a
#: wildcard; it ends on a word character or a closing brace, so a sentence's stop stays out.
_SEG = r"(?:[\w${}*+.-]{0,80}[\w}*+])"
#: A variable: "$HOME", "$VENV_PATH", "${PACKAGE_NAME}", "$my_dir", and the PHP, Perl and
#: JavaScript shapes "$rev", "$this", "$myVar", "$_POST", "$Symbol": a "$" glued to a letter
#: is never an amount (read as money "$rev" was "dollars rev"). Not a money scale after the
#: sign ("$m", "$bn", "$millions": see MONEY_SCALE_SIGN_RE, which is tried first).
_VAR = r"\$(?:\{[A-Za-z_][A-Za-z0-9_]{0,60}\}|[A-Z][A-Z0-9]{0,60}(?:_[A-Z0-9]{1,60}){0,8}|" \
    r"[a-z][A-Za-z0-9]{0,40}(?:_[A-Za-z0-9]{1,30}){0,8}|_[A-Za-z][A-Za-z0-9_]{0,40}" \
    r"|[A-Z][a-z][A-Za-z0-9]{0,40})(?![\w{])"

#: "Let $x$ be", "for every $n$": one letter between dollar signs is TeX's inline mathematics
#: as a page's source writes it; the signs are its markup, the letter is what is said.
TEX_LETTER_RE = r"(?<![\w$])\$(?P<txl>[A-Za-z])\$(?![\w$])"

#: "$.ajax(...)", "$(document)", "$('#menu')": jQuery's function, a "$" before a dot or a bracket
#: opening a name or a quoted selector; said "dollar" (not "dollars"; "$(0.12)" is an amount).
JQUERY_DOLLAR_RE = r"(?<![\w$])\$(?=\.[A-Za-z_]|\((?:[\"'#.]|[A-Za-z_]))"

#: A path: rooted ("/usr/local/bin", "./configure", "~/bin", "../lib"), led by a variable
#: ("$VENV_PATH/bin/activate"), or a slash chain ending in a file name ("misc/CA.pl"). A root
#: "/" alone needs two segments ("/opt/app"): one ("/imagine") is a chat command.
CODE_PATH_RE = (
    r"(?<![\w/.:~@$<>\\-])(?:"
    r"(?:~|\.{1,2})/" + _SEG + r"?(?:/" + _SEG + r")*/?"
    r"|/(?=[A-Za-z_.$])" + _SEG + r"(?:/" + _SEG + r")+/?"
    r"|" + _VAR + r"(?:/" + _SEG + r")+/?"
    r"|[A-Za-z_][\w-]{0,40}(?:/[\w-]{1,40}){0,6}/[\w-]{1,60}\.(?:" + _CODE_EXT_RE + r")"
    r"(?![\w/@-]|\.\w))")

#: A shell variable alone ("$HOME", "${PACKAGE_NAME}"); not a currency written before a number
#: ("$US 5 million"), nor a dollar sign with its country's mark glued to the amount ("$A8,800",
#: "$US5 million", "$NZ40m": see money.CURRENCY_SYMBOLS), nor that currency named ("the $A fell").
SHELL_VAR_RE = (r"(?<![\w$])(?!\$(?:A|US|NZ|HK)\d"
                r"|(?:(?<=\b[Tt]he )|(?<=\bin ))\$(?:A|US|NZ)(?![\w$]))"
                + _VAR + r"(?![ \t]?\d)")

#: A shell prompt opening a line before a command and its argument ("$ pyenv install 3.7.2",
#: "% pip install requests"): the prompt is the terminal's, not the text's ("$ 5" is money; a
#: table's "% of revenue" or "$ million in sales" opens with a word of prose, not a command).
PROMPT_RE = (r"(?=[ \t]{0,8}[$%][ \t])(?:(?<=\n)|(?<=\A)|(?<=:[ \t]))[ \t]{0,8}[$%][ \t]{1,4}"
             r"(?!(?:of|in|on|at|to|for|and|or|the|per|change|million|billion|thousand|"
             r"trillion|increase|decrease|growth|share|off|sign|signs|amount|figure|a|an)\b)"
             # a command and its argument, or a command alone ending the line ("$ rubocop")
             r"(?=[a-z][a-z0-9_.-]{1,30}(?:[ \t]+[a-z0-9./~$-]|[ \t]*(?:\n|\Z)))")

#: "#!/bin/sh": a shebang opening a line; the path after it is read by the path rule.
SHEBANG_RE = r"(?=[ \t]{0,8}#!/)(?:(?<=\n)|(?<=\A))[ \t]{0,8}#!(?=/)"

#: A dotted name with a version or an archive extension glued to it ("libssl.so.0.9.7",
#: "python3.7", "local5.*", "foo.tar.bz2", ".tar.gz"), or a package wildcard ("java.util.*"):
#: its dots are no sentence stops. A word, a stop and a star ("offer.*") is a footnote mark.
DOTTED_CODE_RE = (
    r"(?<![\w.@/$-])(?=\.?[a-z][\w+-]{0,60}\.[\w*])"
    r"(?=[.\w+-]{0,200}?(?:[a-z]{2}\d{1,3}\.(?:\d|\*)|[a-z]{2}\.[a-z]\w{0,40}\.\*(?!\w)|[a-z]{2}\.\d{1,3}\.\d"
    r"|\.[\w+-]{2,40}\.(?:" + _LONG_EXT_RE + r")(?![\w.])))"
    r"\.?[a-z][a-z0-9_+-]{1,60}(?:\.(?:[A-Za-z0-9_+-]{1,40}|\*(?!\w))){1,8}"
    r"(?:/(?![\w/]))?(?![\w@/-]|\.[\w*])")

#: One rule for the three token shapes, behind a guard that turns a plain word away after one
#: scan (a code token starts with "~", ".", "/" or "$", or has a "/" or "." inside): this rule
#: is tried at the start of every word.
CODE_TOKEN_RE = (r"(?=[~./$]|[A-Za-z_][\w+-]{0,60}[./])(?:(?P<ct_path>" + CODE_PATH_RE
                 + r")|(?P<ct_var>" + SHELL_VAR_RE + r")|(?P<ct_dot>" + DOTTED_CODE_RE + r"))")

#: A line that reads as code, not prose: a comparison or an assignment between names, a call
#: with its brackets, a line closed by ";" or a brace, or one opened by a keyword of Python.
_CODE_LINE = re.compile(r"==|!=|\w[\])]?[ \t]?[+\-*/]?=[ \t]?[\w\[({'\"-]|\w\([^()\n]{0,80}\)"
                        r"|^[ \t]*(?:from[ \t]+[\w.]+[ \t]+)?import[ \t]+\w"
                        r"|[;{}][ \t]*$|^[ \t]*(?:def|class|return|print|if|for)"
                        r"[ \t][^\n]{0,80}[:(=]", re.M)

#: Names of the characters inside a code token.
_CHAR_WORDS = {"/": "slash", "~": "tilde", "$": "dollar", "*": "star", "+": "plus",
               "{": "", "}": ""}
_PIECES = re.compile(r"__(?=[A-Za-z][A-Za-z\d_]*__(?![A-Za-z\d]))|[A-Za-z]+|\d+|[^A-Za-z\d]")
#: A double underscore opening a dunder name inside a path ("pkg/__init__.py"): said as the
#: name alone is ("dunder init"), its closing pair silent.
_DUNDER_OPEN = "__"


def _say_digits(run: str) -> str:
    """A number in a path or version: a count up to four digits, longer runs digit by digit."""
    if len(run) <= 4 and (run == "0" or not run.startswith("0")):
        return cardinal(int(run))
    return digits(run)


class CodeRules:
    """Handlers for code tokens (mixed into the normalizer)."""

    text: str

    def _code_word(self, word: str, last: bool) -> str:
        """One run of letters in a code token. Lower case is said as written, except "etc",
        which the engine expands to "et cetera"; a file's known extension is said as files'
        are; a common English word in capitals is that word ("HOME"; not a ticker, "TSLA");
        other capitals and mixed case go through the ordinary rules ("CA": "C A")."""
        if last and word in FILE_EXTENSIONS:
            return FILE_EXTENSIONS[word]
        if word == "etc":
            return "E T C"
        if word.islower():
            return word
        if word.isupper() and len(word) > 2 and _zipf(word.lower()) >= 3.0:
            return word.lower()  # "APP_HOME": "app home", a variable's name is its words
        sub = type(self)(word, "en", None)  # type: ignore[call-arg]
        return sub.run().text.strip(" .,-")  # type: ignore[attr-defined]

    def say_code(self, token: str) -> str:
        """A code token said piece by piece: "slash" for "/", "dot" for "." (a "point" between
        two numbers), "dollar" for "$", a pause for "_" and "-", letters and numbers as
        words."""
        pieces = _PIECES.findall(token)
        words: list[str] = []
        for i, p in enumerate(pieces):
            if p.isalpha():
                words.append(self._code_word(p, i == len(pieces) - 1))
            elif p.isdigit():
                words.append(_say_digits(p))
            elif p == _DUNDER_OPEN:
                words.append("dunder")
            elif p == ".":
                prev = pieces[i - 1] if i else ""
                nxt = pieces[i + 1] if i + 1 < len(pieces) else ""
                words.append("point" if prev.isdigit() and nxt.isdigit() else "dot")
            else:
                words.append(_CHAR_WORDS.get(p, ""))
        return " " + " ".join(w for w in words if w) + " "

    def _h_jquery(self, m: re.Match[str]) -> str:
        """'$.ajax', '$(document)': jQuery's "$" is said by its name, "dollar"."""
        return " dollar "

    def _h_texletter(self, m: re.Match[str]) -> str:
        """'$x$': a letter in TeX's inline mathematics is said alone, without the signs."""
        return " " + m.group("txl") + " "

    def _h_codetoken(self, m: re.Match[str]) -> str:
        return self.say_code(m.group(0))

    def _h_prompt(self, m: re.Match[str]) -> str:
        """A shell prompt is the terminal's mark, not part of the command: silent."""
        return ""

    def _h_shebang(self, m: re.Match[str]) -> str:
        return " hash bang "

    def _h_codecomment(self, m: re.Match[str]) -> str:
        """'x = 1  # set the count': a "#" before words in lower case in a code listing marks a
        comment, said as a pause; read as the number sign it was "number set the count". It
        is one after code on its line, or on a line of a listing whose other lines are code.
        In prose ("# of users", "a # sign") it keeps its name."""
        text: str = self.text  # type: ignore[attr-defined]
        line_start = text.rfind("\n", 0, m.start()) + 1
        if _CODE_LINE.search(text, line_start, m.start()):
            return ", "
        if "\n" in text:
            line_end = text.find("\n", m.end())
            rest = text[:line_start] + text[line_end:] if line_end >= 0 else text[:line_start]
            if _CODE_LINE.search(rest):
                return ", "
        return " " + ("number" if len(m.group(0)) == 1 else "number number") + " "


#: "273/tcp", "443/udp": a port and its protocol, "slash" (not a rate, "per tcp").
PORT_PROTO_RE = r"(?=/)(?<=\d)/(?=(?:tcp|udp|sctp|TCP|UDP|SCTP)(?![\w/]))"
#: "bytes/sec", "requests/s": a plural noun per second (not the alternatives "bytes or sec").
PER_SECOND_RE = r"(?=/)(?<=[a-z]{2}s)/(?:sec|s)(?![\w/'’-])"
#: "C/C++": the two languages, "C or C plus plus" (the slash was lost before the plus signs).
C_CPP_RE = r"(?=C/)(?<![\w/])C/(?=C\+\+)"
#: "20/20 vision", "hindsight is 20/20": the idiom of perfect sight, "twenty-twenty".
TWENTY_TWENTY_RE = r"(?=20/20)(?<![\w./$€£-])20/20(?![\w/%]|[.,]\d)"
#: "2048-bit", "4096 bits": a count of bits or bytes is a number, never a year.
BIT_COUNT_RE = (r"(?=[1-9]\d{3}[- \t]?b)(?<![\w.,$€£])(?P<bitn>[1-9]\d{3})"
                r"(?=-?bits?(?![\w-])|[ \t]bits?(?![\w-])|-bytes?)")
#: "pip freeze > requirements.txt": a redirect into a file.
REDIRECT_RE = (r"(?=>)(?<=[\w-][ \t])>{1,2}(?=[ \t]?[\w./~-]{0,60}\.(?:" + _CODE_EXT_RE
               + r")(?![\w.]|\.\w))")

class CodeSymbolRules:
    """Handlers for the characters of technical text read by shape (mixed into the
    normalizer)."""

    text: str

    def _h_portproto(self, m: re.Match[str]) -> str:
        return " slash "

    def _h_persecond(self, m: re.Match[str]) -> str:
        return " per second "

    def _h_ccpp(self, m: re.Match[str]) -> str:
        return " C or "

    def _h_twentytwenty(self, m: re.Match[str]) -> str:
        return " twenty-twenty "

    def _h_bitcount(self, m: re.Match[str]) -> str:
        return " " + cardinal(int(m.group("bitn"))) + " "

    def _h_redirect(self, m: re.Match[str]) -> str:
        """A command's output sent into a file: "into" (">" is not "over" there)."""
        return " into "


_NEXT_PAIRS = "|".join(f"{a}/{a + 1}" for a in range(98, 1, -1))
#: "Python 2/3 compatible", "runs on Windows 10/11": two successive numbers joined by a slash
#: right after a name in mid-sentence are two versions, "two or three", not a fraction; a
#: fraction's nouns ("a 2/3 majority", "2/3 of") keep the fraction.
_NAME_BEFORE = "|".join(f"(?<=[a-z,] [A-Z][a-z]{{{n}}} )" for n in range(1, 15))
VERSION_PAIR_RE = (r"(?=\d{1,2}/\d)(?:" + _NAME_BEFORE
                   + r")(?P<vp>" + _NEXT_PAIRS
                   + r")(?![\d/%\"″”'’]|[.,]\d|[ \t](?:of|majority|vote|cups?|teaspoons?|"
                   r"tablespoons?|inch|inches|mile|miles)\b)")

class VersionPairRules:
    """Handler for two successive versions after a name (mixed into the normalizer)."""

    def _h_versionpair(self, m: re.Match[str]) -> str:
        a, b = m.group("vp").split("/")
        return f" {cardinal(int(a))} or {cardinal(int(b))} "


# ---------------------------------------------------------------------------------------------
# Code tokens inside ordinary sentences (audit 43): escapes, operators, placeholders, hashes
# ---------------------------------------------------------------------------------------------

#: An escape sequence ("\n", "\t", "\r\n"): standing as a token of its own, or glued into a
#: string ("HTTP/1.1\r\nHost:") after a digit, a mark or (a run of two) a letter; never a
#: Windows path's backslash before a lower-case word ("C:\temp\new").
ESCAPE_RE = (r"(?=\\[nrt0\\])(?:(?<![\\\w])(?P<esc>(?:\\[nrt0]){1,8}|\\\\(?=[\"'”’ \t]))"
             r"|(?<=[\d.!?:;,”\"'’)\]])(?P<esc_g>(?:\\[nrt0]){1,8})"
             r"|(?<=[A-Za-z])(?P<esc_w>\\r\\n(?:\\[nrt0]){0,6}|\\n\\n(?:\\[nrt0]){0,6}))"
             # a list item's mark glued after a line break ("\n- Stay off"): part of the break
             r"(?:(?<=n)[-*•][ \t]?(?=[A-Z]))?(?![a-z])")
_AFTER_TOKEN = frozenset(".,;:!?)]\"'”’")
_ESCAPE_NAMES = {"n": "newline", "t": "tab", "r": "carriage return", "0": "null",
                 "\\": "backslash"}
#: "i * x", "x % 2": a spaced star or percent sign between two operands is an operator
#: ("times", "modulo"; "x ** 2": "to the power of"). One side at least must look like code
#: (a one-letter name, a closing bracket or an underscore before; a figure, an opening bracket,
#: a one-letter name or a snake_case name after) and the word after is not a function word:
#: between prose words the sign is named, not computed ("the % formatting of strings",
#: "use ** with a dict", "char * and wchar_t" are not sums). After a figure "%" is "percent",
#: and between capitals ("SELECT * FROM") the star is the code's "star" (see "codestar").
_OPERAND_BEFORE = r"(?:(?<=[)\]_][ \t])|(?<=(?<![\w.'’])[A-Za-z][ \t]))(?P<cop_l>)"
_WORD_BEFORE = r"(?<=[a-z_)\]][ \t])"
_OPERAND_AFTER = r"(?=[ \t](?:\d|\(|[A-Za-z](?![\w'’])|[A-Za-z]\w*_\w))"
_FUNCTION_AFTER = (r"(?![ \t](?:and|or|of|with|the|an?|to|in|for|is|are|was|be|as|on|at|by|from"
                   r"|that|this|it|not|if)(?![\w'’]))")
CODE_OPERATOR_RE = (r"(?=[*%])(?:" + _OPERAND_BEFORE + "|" + _WORD_BEFORE + r")(?P<cop>\*\*|[*%])"
                    r"(?(cop_l)(?=[ \t][\w(])|" + _OPERAND_AFTER + ")" + _FUNCTION_AFTER)
#: "<year>.<month>", "<owner>/<repo>": placeholders in angle brackets joined by a dot (no
#: stop) or a slash (no pause): "dot", "slash".
ANGLE_DOT_RE = r"(?=[./]<)(?<=>)[./](?=<[A-Za-z])"
#: "0x1F", "0xFF00": a hexadecimal literal, "hex" and its characters.
HEX_LITERAL_RE = r"(?=0x)(?<![\w.])0x(?P<hxl>[0-9A-Fa-f]{1,16})(?![\w]|\.\w)"
#: "f61e0f7", "0.0.0-20180720214833-f61e0f7": a short or full hexadecimal hash (a commit's), 7 to
#: 40 lower-case hex digits mixing letters and figures, said character by character.
HEX_HASH_RE = (r"(?=-?[0-9a-f]{7})(?:(?<=\d)(?P<hh_dash>-)|(?<![\w.-]))"
               r"(?=[0-9a-f]{7,40}(?![\w]|\.\w))(?=[a-f]{0,39}[0-9])(?=[0-9]{0,39}[a-f])(?P<hh>[0-9a-f]{7,40})")
_DATE_FIELD = r"(?:YYYY|yyyy|YY|yy|MM|mm|DD|dd|HH|hh|SS|ss|%[YymdHIMS])"
#: "YYYY-MM-DD", "YYYYmmddHHMMSS", "DD/MM/YY", "%Y-%m-%d %H:%M": a date or time format's
#: placeholder fields (strftime's too), perhaps naming a file ("YYYYMMDD.log").
DATE_FORMAT_RE = (r"(?=-?(?:YY|yy|MM|mm|DD|dd|HH|hh|SS|ss|%[YymdHIMS]))"
                  r"(?:(?<=\d)(?P<dfm_dash>-)|(?<![\w.%-]))"
                  r"(?=[YyMmDdHhSs%])(?P<dfm>" + _DATE_FIELD + r"(?:(?:[-/:._T]|[ \t](?=%))?"
                  + _DATE_FIELD + r"){1,6})"
                  r"(?:\.(?P<dfm_ext>" + _CODE_EXT_RE + r"))?(?![\w]|\.\w)")
_FIELD_NAMES = {"y": "year", "m": "month", "d": "day", "h": "hour", "s": "second"}
_STRFTIME_NAMES = {"Y": "year", "y": "year", "m": "month", "d": "day", "H": "hour", "I": "hour",
                   "M": "minute", "S": "second"}
_FIELDS = re.compile(r"%[YymdHIMS]|[Yy]+|[Mm]+|[Dd]+|[Hh]+|[Ss]+")
#: "s390x", "ppc64le", "i386": processor architectures of package downloads and builds.
ARCH_RE = r"(?=[spi])(?<![\w.-])(?P<arch>s390x?|ppc64(?:le)?|i[3-6]86)(?![\w-])"
#: "1 $ python foo.py": a shell prompt after a line number (a flattened listing), before a
#: command; not an amount ("5 $ bills" has no command after it). Taken with the number, or
#: the amount rule reads "one dollar".
NUMBERED_PROMPT_RE = (r"(?=\d{1,4}[ \t]\$)(?<![\w.,$])(?P<npn>\d{1,4})[ \t]\$"
                      r"(?=[ \t]{1,4}(?:python[23]?|pip3?|sudo|cd|ls|git|npm|node|docker|cat|echo"
                      r"|make|cargo|go|ruby|java|gcc|curl|wget|ssh|mkdir|rm|cp|mv|export|source|bash|sh)(?![\w'’-]))")
#: An HTTP method before the request path "/": "GET / HTTP/1.1".
_HTTP_METHOD_BEFORE = re.compile(r"(?<![\w])[\"'“‘]?(?:GET|POST|PUT|HEAD|DELETE|PATCH|OPTIONS"
                                 r"|CONNECT)[ \t]\Z")


class CodeTokenRules:
    """Handlers for code tokens inside ordinary sentences (mixed into the normalizer)."""

    text: str

    def _h_escape(self, m: re.Match[str]) -> str:
        """'ends with \\r\\n', 'the "\\t" character': an escape sequence standing as a token is
        named ("carriage return, newline", "tab"); glued into a string ("HTTP/1.1\\r\\nHost:",
        a page's escaped paragraph breaks, 'step.\\n\\nWhile') it is the break it encodes: a
        pause. Read as characters it was "r, nHost" (the backslash a pause, the letter glued
        to the next word)."""
        run = m.group("esc")
        after = self.text[m.end() : m.end() + 1]
        if run is None or not (after == "" or after.isspace() or after in _AFTER_TOKEN):
            return ", "  # glued to what follows ("\n\n-Stay off", "\nWhile"): a break
        return ", " + ", ".join(_ESCAPE_NAMES[c] for c in run[1::2]) + ", "

    def _h_codeop(self, m: re.Match[str]) -> str:
        """'lambda x: i * x', 'bool(x % 2)': between names the star multiplies and the percent
        sign is the remainder ("modulo"); the star was dropped ("i x") and "%" said
        "percent"."""
        return {"*": " times ", "**": " to the power of "}.get(m.group("cop"), " modulo ")

    def _h_angledot(self, m: re.Match[str]) -> str:
        """'format <year>.<month>': the dot between placeholders is said; as a stop it split
        the sentence ("year. Month"); so is a slash ("owner slash repo"), which was a pause."""
        return " dot " if m.group() == "." else " slash "

    def _h_hexhash(self, m: re.Match[str]) -> str:
        """'f61e0f7': a commit hash is a string of characters, said one by one ("F six one E
        zero F seven"), not a number with letters ("f sixty-one e zero f seven")."""
        # (an A before more characters is tied, "A-", or eSpeak NG reads the article "a")
        chars = m.group("hh")
        said = " ".join(digits(c) if c.isdigit() else "A-" if c == "a" and k + 1 < len(chars)
                        else c.upper() for k, c in enumerate(chars))
        return (", " if m.group("hh_dash") else " ") + said + " "

    def _h_hexliteral(self, m: re.Match[str]) -> str:
        """'0x1F': a hexadecimal number in code, "hex one F" (it was "zero by one F", the x a
        multiplication)."""
        return " hex " + " ".join(digits(c) if c.isdigit() else c.upper()
                                  for c in m.group("hxl")) + " "

    def _h_datefmt(self, m: re.Match[str]) -> str:
        """'YYYY-MM-DD', 'YYYYmmddHHMMSS': a format's fields are named ("year month day hour
        minute second"); spelled half and read half as a word they were garbled ("Y Y Y
        Ymmdd"). "MM" after an hour is minutes, elsewhere the month."""
        said: list[str] = []
        for field in _FIELDS.findall(m.group("dfm")):
            if field[0] == "%":
                name = _STRFTIME_NAMES[field[1]]
            else:
                name = _FIELD_NAMES[field[0].lower()]
                if name == "month" and said and said[-1] == "hour":
                    name = "minute"
            said.append(name)
        ext = m.group("dfm_ext")
        if ext:
            said.append("dot " + FILE_EXTENSIONS.get(ext, ext))
        # glued by a hyphen to the figures before ("0.0.0-YYYYmmdd"): a pause, no compound
        return (", " if m.group("dfm_dash") else " ") + " ".join(said) + " "

    def _h_archname(self, m: re.Match[str]) -> str:
        """'s390x', 'ppc64le', 'i386': an architecture's name, its letters spelled and its
        number said as engineers say it ("S three ninety X", "I three eighty-six"), not a
        count ("s three hundred ninety x")."""
        name = m.group("arch")
        lead = re.match(r"[a-z]+", name).group()  # type: ignore[union-attr]
        num = re.search(r"\d+", name).group()  # type: ignore[union-attr]
        tail = name[len(lead) + len(num) :]
        if len(num) == 3:
            said = f"{cardinal(int(num[0]))} {cardinal(int(num[1:]))}"
        else:
            said = cardinal(int(num))
        return " " + " ".join([" ".join(lead.upper()), said, " ".join(tail.upper())]).strip() + " "

    def _h_numprompt(self, m: re.Match[str]) -> str:
        """'1 $ python foo.py': a prompt after a listing's line number is silent, as at a
        line's start; it was "one dollar python"."""
        return f" {cardinal(int(m.group('npn')))}, "

    def http_path_slash(self, start: int) -> bool:
        """Is the spaced slash at ``start`` the request path after an HTTP method ("GET /
        HTTP/1.1")? It is said "slash", not "divided by"."""
        return bool(_HTTP_METHOD_BEFORE.search(self.text, max(0, start - 12), start))
