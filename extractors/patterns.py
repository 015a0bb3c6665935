"""Shared regex builders. Vocabulary lives in the extractor modules or in data/."""
from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from functools import cache

import regex

# Whitespace that may stand inside a printed phrase, line breaks included:
# PDF text wraps anywhere (seed 000: "Quyết định số 1521/QĐ-⏎UBND").
WS = r"[ \t\r\n]+"
OPT_WS = r"[ \t\r\n]*"

# A letter, for word boundaries that know Vietnamese.
L = r"\p{L}"


def words(phrase: str) -> str:
    """A phrase whose words may be separated by any run of whitespace."""
    return WS.join(regex.escape(w) for w in phrase.split())


def alternation(phrases: Iterable[str]) -> str:
    """Longest-first alternation of phrases, each tolerant of line breaks."""
    ordered = sorted(set(phrases), key=len, reverse=True)
    return "(?:" + "|".join(words(p) for p in ordered) + ")"


def word_bounded(pattern: str) -> str:
    return rf"(?<!{L}){pattern}(?!{L})"


def compile_ci(pattern: str) -> regex.Pattern:
    return regex.compile(pattern, regex.IGNORECASE | regex.VERSION1)


_FOLD = str.maketrans({"đ": "d", "Đ": "D"})


def fold(text: str) -> str:
    """Lower-case text without diacritics, same length as the NFC input for Vietnamese.

    Used to match OCR'd letters ("khan trương" for "khẩn trương"); every
    precomposed Vietnamese letter folds to one ASCII letter, so offsets agree.
    """
    out = []
    for ch in text:
        base = unicodedata.normalize("NFD", ch)[0] if ord(ch) > 127 else ch
        out.append(base)
    return "".join(out).translate(_FOLD).lower()


def collapse(text: str) -> str:
    """Join a printed fragment onto one line: runs of whitespace become one space."""
    return " ".join(text.split())


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
