r"""Patterns rewritten for text whose runs of whitespace are short.

The regex module sets up every repeat of a pattern at each call, whether the match gets
there or not, and each run of whitespace between two words of a vocabulary is a repeat
(`[ \t\r\n]+`): the agency patterns hold more than a thousand, and setting them up cost
more than many matches. A paragraph is read joined on one line, so the texts matched
have runs of one whitespace character, two where a PDF line held a double space. On
such a text, `[ \t\r\n]+` matches what `[ \t\r\n](?:[ \t\r\n]|)` does and `[ \t\r\n]*`
what `(?:[ \t\r\n](?:[ \t\r\n]|)|)` does, the same strings in the same order, with no
repeat to set up. `short_run` writes a pattern so; `short_runs` tells the texts it may
be matched on (the others, a whole letter or a table, take the pattern as written).
"""
from __future__ import annotations

import re
from functools import lru_cache

# the whitespace characters short_run rewrites runs of (WS and OPT_WS of patterns.py,
# and the narrower classes written out in the extractors)
_SPACES = frozenset(" \t\r\n")
_LONGEST = 2            # the longest run of whitespace a rewritten pattern reads
_LONG_RUN = re.compile(r"[ \t\r\n]{%d}" % (_LONGEST + 1))
_LONG_SPACES = " " * (_LONGEST + 1)
# the atoms of a pattern: an escape, a character class, any other character
_ATOM = re.compile(r"\\.|\[\^?\]?(?:\\.|[^\]\\])*\]|.", re.S)
_ESCAPES = {"\\t": "\t", "\\r": "\r", "\\n": "\n", " ": " "}


@lru_cache(maxsize=256)
def short_runs(text: str) -> bool:
    """No run of whitespace (space, tab, CR, LF) in text longer than `short_run` reads."""
    if "\n" in text or "\t" in text or "\r" in text:
        return _LONG_RUN.search(text) is None
    # (spaces alone, as in a paragraph read joined on one line: a literal search, several
    # times faster than the pattern's scan a position at a time)
    return _LONG_SPACES not in text


def _space_class(atom: str) -> bool:
    """A space, or a class of nothing but characters of _SPACES."""
    if atom == " ":
        return True
    if len(atom) < 3 or atom[0] != "[" or atom[1] == "^":
        return False
    members = _ATOM.findall(atom[1:-1])
    return bool(members) and all(_ESCAPES.get(m, m) in _SPACES for m in members)


def _up_to(atom: str, n: int) -> str:
    """Up to n of atom, the most first, without a repeat: "(?:a(?:a|)|)" for n = 2."""
    return f"(?:{atom}{_up_to(atom, n - 1)}|)" if n else ""


def short_run(pattern: str, longest: int = _LONGEST) -> str:
    r"""The pattern with each greedy run of whitespace (`[ \t\r\n]+`, `[ \t]*`, ` +`)
    written out up to `longest` characters: the same matches, in the same order, on a
    text with no longer run. Lazy and possessive runs are left as they are, and so is a
    verbose pattern (its spaces are no characters)."""
    if "(?x" in pattern:
        return pattern
    atoms = _ATOM.findall(pattern)
    out: list[str] = []
    i = 0
    while i < len(atoms):
        atom = atoms[i]
        quantifier = atoms[i + 1] if i + 1 < len(atoms) else ""
        after = atoms[i + 2] if i + 2 < len(atoms) else ""
        if quantifier in ("+", "*") and after not in ("?", "+") and _space_class(atom):
            out.append(atom + _up_to(atom, longest - 1) if quantifier == "+" else _up_to(atom, longest))
            i += 2
            continue
        out.append(atom)
        i += 1
    return "".join(out)
