"""A doubtful tone mark of an OCR'd word, settled by the same document's surer readings.

tesseract's Vietnamese model confuses marks that a 200 dpi black-and-white scan
blurs together: the hook above and the acute on a circumflex ("Tổ"/"Tố",
"hiểm"/"hiếm", "đổi"/"đối"), the dot and the hook over "i", "d" and "đ". Both
readings are Vietnamese syllables, so no dictionary of syllables tells them apart;
the words around them do. A letter says "tổ chức" or "Bảo hiểm xã hội" again and
again, and most of those times tesseract reads it right and is sure of it.

So a word changes only to a reading tesseract itself gave as an alternative for
one of its letters (same letter, other marks: never another letter), and only
where that reading stands with its neighbours ("Tố chức" -> "Tổ chức") more often
in the document's sure readings than the word as read does (a word read surely
counts for itself, once with each neighbour). Nothing is learnt from outside the
document, and a word alone of its kind is left as read.
"""
from __future__ import annotations

import unicodedata
from collections import Counter
from dataclasses import dataclass

import regex

SURE = 50.0               # a reading is sure when no letter has an alternative this likely
MIN_ALTERNATIVE = 1.0     # an alternative tesseract gives no weight is never taken

_EDGES = regex.compile(r"^[\p{P}\p{S}]+|[\p{P}\p{S}]+$")
_LABEL = regex.compile(r"\(?\p{L}[.)]")     # a list's letter ("d)" and "đ)" are both labels)


@dataclass(frozen=True)
class Reading:
    """A word as tesseract read it, and for each of its characters tesseract's
    choices (character, confidence 0-100), best first; empty where not known."""
    text: str
    choices: tuple[tuple[tuple[str, float], ...], ...] = ()

    @property
    def sure(self) -> bool:
        return all(conf < SURE for ch, alts in zip(self.text, self.choices)
                   for alt, conf in alts if alt != ch)


def _key(text: str) -> str:
    return _EDGES.sub("", text).casefold()


_STROKED = str.maketrans("đĐðÐ", "dDdD")


def bare(ch: str) -> str:
    """A letter without its marks ("ổ" -> "o", "đ" -> "d"; the eth tesseract reads
    for "Đ", U+00D0, too)."""
    decomposed = unicodedata.normalize("NFD", ch.translate(_STROKED))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _alternatives(reading: Reading) -> list[str]:
    """The word with one letter changed to another of tesseract's choices for it that
    differs from it only by its marks."""
    if _LABEL.fullmatch(reading.text):
        return []
    out = []
    for i, (ch, alts) in enumerate(zip(reading.text, reading.choices)):
        for alt, conf in alts:
            if (alt != ch and len(alt) == 1 and conf >= MIN_ALTERNATIVE and alt.isalpha()
                    and alt.isupper() == ch.isupper() and bare(alt) == bare(ch)):
                out.append(reading.text[:i] + alt + reading.text[i + 1:])
    return out


def settle(readings: list[Reading]) -> list[str]:
    """The text of each word of a document (in reading order), a doubtful mark put
    right where the document's sure readings of the same two words say so."""
    keys = [_key(r.text) for r in readings]
    sure = [r.sure for r in readings]
    # (a, b) seen with a read surely, and with b read surely
    left_sure: Counter = Counter()
    right_sure: Counter = Counter()
    for i in range(len(keys) - 1):
        pair = (keys[i], keys[i + 1])
        if not all(pair):
            continue          # a mark alone ("-", "…") is no word to stand with
        left_sure[pair] += sure[i]
        right_sure[pair] += sure[i + 1]
    out = []
    for i, reading in enumerate(readings):
        prev = keys[i - 1] if i else None
        nxt = keys[i + 1] if i + 1 < len(keys) else None

        def support(key: str) -> int:
            return right_sure[(prev, key)] + left_sure[(key, nxt)]

        best, best_support = reading.text, support(keys[i])
        for candidate in _alternatives(reading):
            s = support(_key(candidate))
            if s > best_support:
                best, best_support = candidate, s
        out.append(best)
    return out
