"""Shared regex builders. Vocabulary lives in the extractor modules or in data/."""
from __future__ import annotations

import unicodedata
from array import array
from collections.abc import Iterable
from functools import cache, lru_cache

import regex

# Whitespace that may stand inside a printed phrase, line breaks included:
# PDF text wraps anywhere (seed 000: "Quyết định số 1521/QĐ-⏎UBND").
WS = r"[ \t\r\n]+"
OPT_WS = r"[ \t\r\n]*"
# "trình" the verb (to submit), folded: not the noun of "lộ trình", "quy trình", "chương trình",
# "công trình", "tờ trình", nor "giải trình" (to explain), "trình độ", "trình tự"
SUBMIT = (r"(?<!(?:lo|quy|chuong|cong|hanh|tien|giao|lich|giai|to)[ \t\n]+)trinh"
          r"(?![ \t\n]+(?:do|tu)(?!\p{L}))")

# A letter, for word boundaries that know Vietnamese.
L = r"\p{L}"


def words(phrase: str) -> str:
    """A phrase whose words may be separated by any run of whitespace."""
    return WS.join(regex.escape(w) for w in phrase.split())


# The atoms of a fragment made by `words`, `loose` or regex.escape: a run of WS, a class, an
# escaped character, a character.
_ATOM = regex.compile(r"\[ \\t\\r\\n\]\+|\[[^\]]*\]|\\.|.", regex.S)


def alternation(phrases: Iterable[str]) -> str:
    """Longest-first alternation of phrases, each tolerant of line breaks.

    Written as a trie ("S(?:ở(?:[ \\t\\r\\n]+Y[ \\t\\r\\n]+tế|)|an)"): the regex module
    tries alternatives one after another, and sets up every run of whitespace in a
    pattern at each match, so phrases share their common start. It matches as the plain
    alternation does: two phrases can both match at one place only if one starts the
    other (their characters are literal, their spaces runs of whitespace), and the
    longer is tried first in both."""
    ordered = sorted(set(phrases), key=len, reverse=True)
    if not all(p.split() for p in ordered):
        return "(?:" + "|".join(words(p) for p in ordered) + ")"
    return "(?:" + _trie(_ATOM.findall(words(p)) for p in ordered) + ")"


def trie_alternation(alternatives: Iterable[str]) -> str:
    """An alternation of regex fragments made by `loose`, `words` or regex.escape,
    with their common leading atoms (a character, a class, a run of WS) factored out:
    "đề nghị|đề xuất" -> "đề[ \\t\\r\\n]+(?:nghị|xuất)". It matches the same strings, but
    not always in the same order: for a lookahead, where the order does not matter.

    The regex module tries alternatives one by one; a factored one is tried an atom at a
    time, where dozens of words sharing a first letter were each tried from the start."""
    return _trie(_ATOM.findall(alt) for alt in alternatives)


def _trie(alternatives: Iterable[list[str]]) -> str:
    """Alternatives given as lists of atoms, merged where they start alike; at each
    branch the alternatives keep their order, one that ends there tried last."""
    trie: dict = {}
    for atoms in alternatives:
        node = trie
        for atom in atoms:
            node = node.setdefault(atom, {})
        node[""] = {}           # an alternative ends here

    def emit(node: dict) -> str:
        branches = [atom + emit(child) for atom, child in node.items() if atom]
        if "" in node:
            branches.append("")
        if len(branches) == 1:
            return branches[0]
        return "(?:" + "|".join(branches) + ")"
    return emit(trie) if trie else "(?!)"


def occurrences(text: str, literals: Iterable[str], start: int = 0, end: int | None = None) -> list[int]:
    """Where any of the literals starts in text[start:end], overlaps included, in order
    (twice where one literal starts another)."""
    end = len(text) if end is None else end
    out = []
    for literal in literals:
        at = text.find(literal, start, end)
        while at >= 0:
            out.append(at)
            at = text.find(literal, at + 1, end)
    out.sort()
    return out


def finditer_at(pattern: regex.Pattern, text: str, starts: list[int], pos: int = 0, endpos: int | None = None):
    """pattern.finditer(text, pos, endpos) for a pattern that can start a match only at
    one of `starts` (in order) and never matches the empty string: tried there only.
    The regex module scans a text a position at a time; str.find jumps to the literals a
    pattern opens with."""
    endpos = len(text) if endpos is None else endpos
    reached = pos
    for at in starts:
        if at < reached:
            continue
        if at >= endpos:
            break
        m = pattern.match(text, at, endpos)
        if m is not None:
            yield m
            reached = m.end()


def leftmost(ways: Iterable[regex.Pattern], text: str, pos: int = 0, endpos: int | None = None):
    """The match a search for the alternation "way1|way2|..." finds in text[pos:endpos]: the
    leftmost of the ways' own, the earlier way where two start together. The regex module
    tries every alternative at every position of an alternation it searches for, where a
    search for each alone skips fast to where it may start."""
    endpos = len(text) if endpos is None else endpos
    first = None
    for way in ways:
        m = way.search(text, pos, endpos)
        if m is not None and (first is None or m.start() < first.start()):
            first = m
    return first


def _fold_table() -> dict[int, str]:
    table = {}
    for code in range(0x41, 0x2000):
        ch = chr(code)
        base = unicodedata.normalize("NFD", ch)[0].lower()
        if ch.isalpha() and len(ch.lower()) == 1 and base != ch:
            table[code] = base
    table[ord("đ")] = table[ord("Đ")] = "d"
    return table


_FOLD = _fold_table()
# The same table as an array over the Basic Multilingual Plane: str.translate looks a
# character up in it twice as fast as in a dict (a character past its end, not found,
# is kept, as one the dict does not hold).
_FOLD_ARRAY = array("I", range(0x10000))
for _code, _base in _FOLD.items():
    _FOLD_ARRAY[_code] = ord(_base)


@lru_cache(maxsize=8192)
def fold(text: str) -> str:
    """Lower-case text without diacritics, as long as the NFC input.

    Used to match OCR'd letters ("khan trương" for "khẩn trương"); every
    precomposed Vietnamese letter folds to one ASCII letter, so offsets agree.
    """
    return text.translate(_FOLD_ARRAY)


_SYMBOL_BREAK = regex.compile(r"(?<=[\p{Lu}\d])-\s+(?=\p{Lu})")


def collapse(text: str) -> str:
    """Join a printed fragment onto one line: runs of whitespace become one space,
    and a symbol broken after its hyphen is joined back ("01-⏎KL/BCĐ")."""
    joined = _SYMBOL_BREAK.sub("-", text) if "\n" in text else text
    return " ".join(joined.split())


@cache
def _same_base() -> dict[str, str]:
    """Every Vietnamese letter grouped by its base letter: "e" -> "eèéẻẽẹêềếểễệ"."""
    groups: dict[str, str] = {}
    for code in range(0x41, 0x1EFA):
        ch = chr(code)
        if ch.isalpha() and ch.islower():
            base = fold(ch)
            if len(base) == 1 and base.isascii():
                groups[base] = groups.get(base, "") + ch
    return groups


def loose(word: str) -> str:
    """A word whose letters may carry any tone or hat: OCR confuses them ("dé" for "đề")."""
    groups = _same_base()
    return "".join(f"[{groups[b]}]" if (b := fold(c)) in groups else regex.escape(c)
                   for c in word)
