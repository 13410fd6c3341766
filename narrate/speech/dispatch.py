"""First-character dispatch for the normalizer's rule alternation: the same matches, found faster.

The normalizer's rules are the alternatives of one pattern, tried in order at each position; the
first that matches wins. Python's engine enters every alternative in turn (a named group opens
each, so it cannot skip one by its first character), and most of the ~280 rules start with a
look-behind or a look-ahead it must evaluate: a plain word paid for every rule listed before
the one that took it, and that was most of the normalizer's time.

Here each rule's *first-character set* is worked out from its parsed form: every character the
rule can consume first at a position, after any look-ahead at that position has narrowed it.
A rule that must consume a character cannot match at a position whose character is outside its
set, so the rules whose set holds the character at hand, kept in their original order, find
exactly the match the full alternation finds there: the same winner, the same span, the same
groups. Sets are over-approximated wherever the analysis is unsure (a look-behind, a negative
look-ahead, a back-reference, case-insensitive parts): a rule is only ever tried where it need
not be, never skipped where it could match. A rule that can match the empty string may match
at any position, so it is tried at every one; where it does match nothing, the caller goes on
with the single pattern's own scan, whose handling of empty matches no match call repeats.

The sub-patterns are built from one parse of the whole alternation, each rule compiled once
and spliced into every sub-pattern that holds it (see :class:`Dispatcher`), so a process pays
about what compiling the single pattern cost it. Each keeps every group of the whole pattern,
so a handler reading a left-out rule's group gets ``None`` as before; only the numbering
changes, which nothing reads.

This leans on the engine's own parser and compiler (``re._parser``, ``re._compiler``,
``_sre``), so every step checks what it relies on: the parse must have the shape expected and
its groups the numbers expected, or :func:`dispatcher` returns None and the caller keeps the
single pattern; spliced code must equal the compiler's own for a probe branch, or each
sub-pattern is compiled the compiler's way (as on Python 3.13, where the probe differs). Either
way the matches are the same; only the one-time cost differs.
"""

from __future__ import annotations

import re
from collections.abc import Callable

try:  # Python 3.11+: the parser lives in re; 3.10 has the (since deprecated) top-level modules
    from re import _compiler
    from re import _constants as _c
    from re import _parser as _p
except ImportError:  # pragma: no cover
    import sre_compile as _compiler  # type: ignore[no-redef]
    import sre_constants as _c  # type: ignore[no-redef]
    import sre_parse as _p  # type: ignore[no-redef]
try:
    import _sre
except ImportError:  # pragma: no cover
    _sre = None

_ATOMIC = getattr(_c, "ATOMIC_GROUP", object())  # 3.11+
#: Items that hold no nested sequence and no group number.
_LEAVES = (_c.LITERAL, _c.NOT_LITERAL, _c.IN, _c.ANY, _c.AT, _c.CATEGORY)
_REPEATS = tuple(getattr(_c, name) for name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT")
                 if hasattr(_c, name))
#: Flags under which literal characters stand for more than themselves: such parts match any.
_WIDE_FLAGS = re.IGNORECASE | re.ASCII | re.LOCALE
_ASCII = (1 << 128) - 1


class Chars:
    """A set of characters: a bit mask for ASCII (so that a class of characters is tested at
    once) and a test for the others."""

    __slots__ = ("mask", "test")

    def __init__(self, mask: int, test: Callable[[str], bool]) -> None:
        self.mask = mask
        self.test = test

    def __call__(self, ch: str) -> bool:
        o = ord(ch)
        return bool(self.mask >> o & 1) if o < 128 else self.test(ch)


#: A first-character set, or None for "any character".
CharSet = Chars | None
ANY: CharSet = None
_NEVER = Chars(0, lambda ch: False)


def _ascii_mask(test: Callable[[str], bool]) -> int:
    return sum(1 << o for o in range(128) if test(chr(o)))


#: The class escapes the parser leaves as categories, tested with the engine itself so that
#: Unicode digits, letters and spaces count exactly as the rules see them.
_CATEGORIES = {
    cat: Chars(_ascii_mask(lambda ch, r=r: r.match(ch) is not None),
               lambda ch, r=r: r.match(ch) is not None)
    for cat, r in ((_c.CATEGORY_DIGIT, re.compile(r"\d")),
                   (_c.CATEGORY_NOT_DIGIT, re.compile(r"\D")),
                   (_c.CATEGORY_SPACE, re.compile(r"\s")),
                   (_c.CATEGORY_NOT_SPACE, re.compile(r"\S")),
                   (_c.CATEGORY_WORD, re.compile(r"\w")),
                   (_c.CATEGORY_NOT_WORD, re.compile(r"\W")))
}


def _union(sets: list[CharSet]) -> CharSet:
    if any(s is ANY for s in sets):
        return ANY
    tests = [s for s in sets if s is not None]
    if len(tests) == 1:
        return tests[0]
    mask = 0
    for t in tests:
        mask |= t.mask
    return Chars(mask, lambda ch: any(t.test(ch) for t in tests))


def _intersection(a: CharSet, b: CharSet) -> CharSet:
    if a is None:
        return b
    if b is None:
        return a
    return Chars(a.mask & b.mask, lambda ch: a.test(ch) and b.test(ch))


def _literal(v: int) -> Chars:
    return Chars(1 << v if v < 128 else 0, lambda ch: ord(ch) == v)


def _in_set(items: list) -> CharSet:
    """A character class ``[...]`` (its items as the parser gives them)."""
    negate = bool(items) and items[0][0] is _c.NEGATE
    parts: list[Chars] = []
    for op, av in items[1:] if negate else items:
        if op is _c.LITERAL:
            parts.append(_literal(av))
        elif op is _c.RANGE:
            lo, hi = av
            parts.append(Chars(sum(1 << o for o in range(lo, min(hi, 127) + 1)),
                               lambda ch, lo=lo, hi=hi: lo <= ord(ch) <= hi))
        elif op is _c.CATEGORY and av in _CATEGORIES:
            parts.append(_CATEGORIES[av])
        else:  # anything not understood: the class may hold any character
            return ANY
    held = _union(parts) if parts else _NEVER
    assert held is not None
    if negate:
        return Chars(_ASCII & ~held.mask, lambda ch: not held.test(ch))
    return held


def _nullable(item: tuple) -> bool:
    """Can ``item`` match without consuming a character? (True when unsure.) The parser's own
    width bounds answer for nested sequences (the engine relies on them being sound)."""
    op, av = item
    if op in (_c.LITERAL, _c.NOT_LITERAL, _c.IN, _c.ANY):
        return False
    if op is _c.SUBPATTERN:
        return av[3].getwidth()[0] == 0
    if op is _ATOMIC:
        return av.getwidth()[0] == 0
    if op is _c.BRANCH:
        return any(alt.getwidth()[0] == 0 for alt in av[1])
    if op in _REPEATS:
        return av[0] == 0 or av[2].getwidth()[0] == 0
    if op is _c.GROUPREF_EXISTS:
        return av[1].getwidth()[0] == 0 or av[2] is None or av[2].getwidth()[0] == 0
    return True  # look-arounds, anchors, back-references, anything else


def _item_first(item: tuple, flags: int) -> CharSet:
    """The characters ``item`` can consume first (a superset)."""
    op, av = item
    if op is _c.LITERAL:
        return ANY if flags & _WIDE_FLAGS else _literal(av)
    if op is _c.NOT_LITERAL:
        return ANY if flags & _WIDE_FLAGS else Chars(_ASCII & ~(1 << av) if av < 128 else _ASCII,
                                                     lambda ch, v=av: ord(ch) != v)
    if op is _c.IN:
        return ANY if flags & _WIDE_FLAGS else _in_set(av)
    if op is _c.SUBPATTERN:
        _group, add, remove, body = av
        return _seq_first(body, (flags | add) & ~remove)
    if op is _ATOMIC:
        return _seq_first(av, flags)
    if op is _c.BRANCH:
        return _union([_seq_first(alt, flags) for alt in av[1]])
    if op in _REPEATS:
        return _NEVER if av[1] == 0 else _seq_first(av[2], flags)
    if op is _c.GROUPREF_EXISTS:  # with no "no" branch it may be empty: see _nullable
        return _union([_seq_first(av[1], flags),
                       _NEVER if av[2] is None else _seq_first(av[2], flags)])
    return ANY  # any character, a back-reference, anything not understood


def _seq_first(items: list, flags: int) -> CharSet:
    """The characters a sequence can consume first, where it starts (a superset).

    A look-ahead met before anything is consumed was tested at that same position, so when it
    must consume, its own first characters narrow the set; look-behinds, negative look-aheads
    and anchors are skipped (they could only narrow it further)."""
    ahead: CharSet = ANY
    found: list[CharSet] = []
    for item in items:
        op, av = item
        if op is _c.ASSERT and av[0] == 1:
            if av[1].getwidth()[0] > 0:
                ahead = _intersection(ahead, _seq_first(av[1], flags))
            continue
        if op in (_c.ASSERT, _c.ASSERT_NOT, _c.AT):
            continue
        found.append(_intersection(ahead, _item_first(item, flags)))
        if not _nullable(item):
            break
    return _union(found) if found else _NEVER


def first_chars(pattern: str, flags: int = 0) -> CharSet | bool:
    """The first-character set of ``pattern``, or False if it can match the empty string."""
    parsed = _p.parse(pattern, flags)
    if parsed.getwidth()[0] == 0:
        return False
    return _seq_first(list(parsed), parsed.state.flags)


class Dispatcher:
    """Match an alternation at one position, trying only the alternatives whose
    first-character set holds the character there (see the module docstring).

    The alternation is parsed once, as compiling it would. A sub-pattern is a branch of some of
    its alternatives, each compiled once into the engine's code and reused by every
    sub-pattern holding it, so a process compiles each rule at most once, and only the rules
    its texts' characters need: about what the single pattern cost, never much more.

    The groups are renumbered once, those of the rules tried most often first (the rules that
    may start at the ``hot`` characters, in that order): the engine clears every mark below a
    group's number each time an alternative opens it, so a plain word paid for the 1,400 slots
    below the 700th group at every position where the whole pattern reached "word". Every
    group of the whole pattern is kept, so a match reads as the whole pattern's does: a
    left-out rule's groups are None (only the numbers differ, which nothing reads)."""

    def __init__(self, parsed: _p.SubPattern, alternatives: list, sets: list[CharSet],
                 flags: int, hot: str = "") -> None:
        self._sets = sets
        #: the rules that may match the empty string, which alone may match at a text's end
        self.nullable = tuple(i for i, alt in enumerate(alternatives) if alt.getwidth()[0] == 0)
        state = parsed.state
        # the parser numbers groups as they open, so each alternative holds a run of numbers
        starts = [alt.data[0][1][0] for alt in alternatives] + [state.groups]
        first = [i for ch in hot for i in self.rules_for(ch)]
        order = [g for i in dict.fromkeys([*first, *range(len(alternatives))])
                 for g in range(starts[i], starts[i + 1])]
        if sorted(order) != list(range(1, state.groups)):
            raise ValueError("groups not numbered as expected")
        self._new = {old: k for k, old in enumerate(order, 1)}
        self._state = _p.State()
        self._state.flags = state.flags
        self._state.groupdict = {name: self._new[gid] for name, gid in state.groupdict.items()}
        self._state.groupwidths = [None] + [state.groupwidths[gid] for gid in order]
        self._parsed = parsed
        self._original = alternatives
        self._alternatives: dict[int, _p.SubPattern] = {}  # renumbered, as first needed
        self._flags = flags | state.flags
        self._indexgroup = [None] * self._state.groups
        for name, gid in self._state.groupdict.items():
            self._indexgroup[gid] = name
        self._code: dict[int, list[int]] = {}
        self._by_rules: dict[tuple[int, ...], re.Pattern[str]] = {}
        self._by_char: dict[str, re.Pattern[str]] = {}
        # the code put together here must be what the engine's compiler makes of the same
        # branch, or every sub-pattern is compiled whole (slower to build, the same matches)
        probe = tuple(range(min(3, len(alternatives))))
        try:
            self._splice = _sre is not None and self._spliced(probe) == _compiler._code(
                self._branch(probe), self._flags)
        except Exception:  # a compiler unlike the one expected: compile whole
            self._splice = False

    def rules_for(self, ch: str) -> tuple[int, ...]:
        """The indices of the alternatives that may match at a position holding ``ch``."""
        if ord(ch) < 128:
            mask = 1 << ord(ch)
            return tuple(i for i, s in enumerate(self._sets) if s is None or s.mask & mask)
        return tuple(i for i, s in enumerate(self._sets) if s is None or s.test(ch))

    def pattern_for(self, ch: str) -> re.Pattern[str]:
        """The compiled alternation to try at a position holding ``ch``."""
        pat = self._by_char.get(ch)
        if pat is None:
            key = self.rules_for(ch)  # characters with the same rules share one compilation
            pat = self._by_rules.get(key)
            if pat is None:
                pat = self._by_rules[key] = self._compile(key)
            self._by_char[ch] = pat
        return pat

    def pattern_at_end(self) -> re.Pattern[str] | None:
        """The alternation to try where no character is left (the rules that may match the
        empty string, in their order), or None if every rule consumes one."""
        if not self.nullable:
            return None
        pat = self._by_rules.get(self.nullable)
        if pat is None:
            pat = self._by_rules[self.nullable] = self._compile(self.nullable)
        return pat

    def _alternative(self, i: int) -> _p.SubPattern:
        alt = self._alternatives.get(i)
        if alt is None:
            alt = self._alternatives[i] = _renumbered(self._original[i], self._new, self._state)
        return alt

    def _branch(self, key: tuple[int, ...]) -> _p.SubPattern:
        alts = [self._alternative(i) for i in key]
        data = [(_c.BRANCH, (None, alts))] if len(alts) > 1 else list(alts[0])
        return _p.SubPattern(self._state, data)

    def _spliced(self, key: tuple[int, ...]) -> list[int]:
        """The engine's code for the branch of the alternatives ``key``, put together from
        each alternative's code as the compiler lays a branch out (a branch's offsets are all
        relative, so an alternative's code is the same wherever it stands)."""
        code: list[int] = []
        sub = self._branch(key)
        _compiler._compile_info(code, sub, self._flags)
        if len(key) == 1:
            _compiler._compile(code, sub.data, self._flags)
        else:
            code.append(_c.BRANCH)
            tails = []
            for i in key:
                part = self._code.get(i)
                if part is None:  # stored whole: another thread may be splicing too
                    part = []
                    _compiler._compile(part, self._alternative(i).data, self._flags)
                    self._code[i] = part
                skip = len(code)
                code.append(0)
                code += part
                code.append(_c.JUMP)
                tails.append(len(code))
                code.append(0)
                code[skip] = len(code) - skip
            code.append(_c.FAILURE)
            for tail in tails:
                code[tail] = len(code) - tail
        code.append(_c.SUCCESS)
        return code

    def _compile(self, key: tuple[int, ...]) -> re.Pattern[str]:
        if self._splice:
            try:
                return _sre.compile(None, self._flags, self._spliced(key),
                                    self._state.groups - 1, self._state.groupdict,
                                    tuple(self._indexgroup))
            except Exception:  # never seen: the compiler's own way from now on
                self._splice = False
        try:
            return _compiler.compile(self._branch(key), self._flags)
        except ValueError:  # an item _renumbered does not know: the parse as it was
            alts = [self._original[i] for i in key]
            data = [(_c.BRANCH, (None, alts))] if len(alts) > 1 else list(alts[0])
            return _compiler.compile(_p.SubPattern(self._parsed.state, data), self._flags)


def _renumbered(items, new: dict[int, int], state):
    """``items`` (a parsed sequence) with its groups numbered by ``new``: a copy where a group
    number is held, else ``items`` itself, shared. Raises ValueError on an item it does not
    know."""
    out = []
    changed = False
    for item in items:
        op, av = item
        if op is _c.SUBPATTERN:
            gid, add, remove, body = av
            av = (None if gid is None else new[gid], add, remove, _renumbered(body, new, state))
            changed = changed or gid is not None or av[3] is not body
        elif op is _c.GROUPREF:
            av = new[av]
            changed = True
        elif op is _c.GROUPREF_EXISTS:
            av = (new[av[0]], _renumbered(av[1], new, state),
                  None if av[2] is None else _renumbered(av[2], new, state))
            changed = True
        elif op is _c.BRANCH:
            alts = [_renumbered(alt, new, state) for alt in av[1]]
            changed = changed or any(a is not b for a, b in zip(alts, av[1], strict=True))
            av = (av[0], alts)
        elif op in _REPEATS:
            body = _renumbered(av[2], new, state)
            changed = changed or body is not av[2]
            av = (av[0], av[1], body)
        elif op in (_c.ASSERT, _c.ASSERT_NOT):
            body = _renumbered(av[1], new, state)
            changed = changed or body is not av[1]
            av = (av[0], body)
        elif op is _ATOMIC:
            body = _renumbered(av, new, state)
            changed = changed or body is not av
            av = body
        elif op not in _LEAVES:
            raise ValueError(f"unexpected item {op}")
        out.append((op, av))
    if not changed:
        return items
    copy = _p.SubPattern(state, out)
    copy.width = items.width  # the same widths: the parser's cached bounds stay valid
    return copy


def dispatcher(rules: list[tuple[str, str]], flags: int, hot: str = "") -> Dispatcher | None:
    """A :class:`Dispatcher` for the alternation of ``rules`` (name, pattern), each in its
    named group, or None if the parse does not have the expected shape (the caller then keeps
    the single alternation)."""
    flags = int(flags)  # as re.compile does: flag arithmetic on the enum is slow
    source = "|".join(f"(?P<{name}>{pat})" for name, pat in rules)
    parsed = _p.parse(source, flags)
    if len(parsed.data) != 1 or parsed.data[0][0] is not _c.BRANCH:
        return None
    alternatives = parsed.data[0][1][1]
    if len(alternatives) != len(rules):
        return None
    names = {v: k for k, v in parsed.state.groupdict.items()}
    sets: list[CharSet] = []
    for (name, _pat), alt in zip(rules, alternatives, strict=True):
        if (len(alt.data) != 1 or alt.data[0][0] is not _c.SUBPATTERN
                or names.get(alt.data[0][1][0]) != name):
            return None
        # a rule that may match nothing may match anywhere: tried at every position
        sets.append(ANY if alt.getwidth()[0] == 0 else _seq_first(list(alt.data),
                                                                  parsed.state.flags))
    try:
        return Dispatcher(parsed, alternatives, sets, flags, hot)
    except ValueError:  # an item _renumbered does not know, in the probe
        return None
