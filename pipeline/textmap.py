"""The letter as every stage sees it: the source, its NFC text, and the matching view.

`Text.text` is the NFC text (same-length cleanups only): what is printed. `Text.view`
is what every stage matches on (pipeline/view.py: glued words split, tone placement
unified, OCR confusions mapped), made once. Offsets the stages report are view
offsets; `Text.span` maps them to the source, as eyecite's SpanUpdater does for
cleaned text, and `Text.printed` reads a value back as the letter prints it.
"""
from __future__ import annotations

import unicodedata
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field, replace

import regex

from pipeline.view import HTML_SPACE, View, make_view
from schemas import Span

# Grapheme clusters (a base and its marks; a Hangul syllable's jamo): NFC does not
# compose across them, so each can be normalised alone and mapped back.
_CLUSTER = regex.compile(r"\X", regex.S)

# Same-length replacements that make the text easier to match without
# changing a word of the letter: spaces that are not ASCII, and CR.
# (replaced one by one: str.translate with a table is slow on text that is not ASCII)
_SAME_LENGTH = ("\u00a0", "\u2007", "\u202f", "\t", "\r", "\u200b", "\ufeff")


def _same_length_cleanup(source: str) -> str:
    for char in _SAME_LENGTH:
        if char in source:
            source = source.replace(char, " ")
    return source


@dataclass(frozen=True)
class Text:
    source: str
    text: str
    page_starts: tuple[int, ...] = ()         # source offsets where pages begin (PDF)
    # For text offsets where NFC changed the length: sorted starts of changed
    # clusters in `text` and the matching source starts. Empty = identity.
    _text_starts: tuple[int, ...] = field(default=(), repr=False)  # noqa: RUF009
    _source_starts: tuple[int, ...] = field(default=(), repr=False)
    matching: View | None = field(default=None, repr=False)

    @property
    def view(self) -> str:
        """The string every stage matches on."""
        return self.matching.text if self.matching is not None else self.text

    @classmethod
    def from_source(cls, source: str, page_starts: tuple[int, ...] = ()) -> "Text":
        text = cls._nfc(source, page_starts)
        return replace(text, matching=make_view(text.text))

    @classmethod
    def _nfc(cls, source: str, page_starts: tuple[int, ...]) -> "Text":
        cleaned = _same_length_cleanup(source)
        if unicodedata.is_normalized("NFC", cleaned):
            return cls(source, cleaned, page_starts)
        parts: list[str] = []
        text_starts: list[int] = []
        source_starts: list[int] = []
        t = 0
        for m in _CLUSTER.finditer(cleaned):
            chunk = m.group()
            nfc = unicodedata.normalize("NFC", chunk)
            if len(nfc) != len(chunk) or text_starts:
                text_starts.append(t)
                source_starts.append(m.start())
            parts.append(nfc)
            t += len(nfc)
        text_starts.append(t)
        source_starts.append(len(source))
        return cls(source, "".join(parts), page_starts, tuple(text_starts), tuple(source_starts))

    def to_source(self, offset: int) -> int:
        """Source offset of text offset `offset` (a cluster maps to its start)."""
        if not self._text_starts:
            return offset
        i = bisect_right(self._text_starts, offset) - 1
        if i < 0:
            return offset
        t0, s0 = self._text_starts[i], self._source_starts[i]
        if offset == t0:
            return s0
        # Inside a cluster that NFC changed: clamp to the cluster's source end.
        nxt = self._source_starts[i + 1] if i + 1 < len(self._source_starts) else len(self.source)
        return min(s0 + (offset - t0), nxt)

    def text_offset(self, view_offset: int) -> int:
        return self.matching.to_text(view_offset) if self.matching is not None else view_offset

    def span(self, start: int, end: int) -> Span:
        """The source span of view[start:end]."""
        s = self.to_source(self.text_offset(start))
        page = bisect_right(self.page_starts, s) if self.page_starts else None
        return Span(start=s, end=self.to_source(self.text_offset(end)), page=page)

    def printed(self, start: int, end: int) -> str:
        """view[start:end] as the letter prints it (NFC): glued words stay glued."""
        return self.text[self.text_offset(start):self.text_offset(end)]

    def printed_value(self, value: str, start: int, end: int) -> str:
        """A value read from view[start:end] as the letter prints it: found in the view
        (spacing aside) and read back from the text, so that glued words, old tone
        placement and OCR's digits stay as printed ("Uỷ ban", "Bộ Tàichính")."""
        found = _find_words(self.view, value.split(), start, end)
        if found is None:
            return self.unsplit(value, start, end)
        printed = self.printed(*found)
        if "&" in printed or "<" in printed:
            printed = HTML_SPACE.sub(" ", printed)   # a converter's markup, not the letter's words
        return " ".join(printed.split())

    def unsplit(self, value: str, start: int, end: int) -> str:
        """A value read from view[start:end] with the words the view split glued back
        as printed ("Bộ Tài chính" read where the letter prints "Bộ Tàichính")."""
        if self.matching is None or not self.matching.inserted:
            return value
        view, inserted = self.matching.text, self.matching.inserted
        # (the insertions inside the value, found by bisection: a letter OCR glued has many)
        for i in inserted[bisect_right(inserted, start):bisect_left(inserted, end - 1)]:
            if start < i < end - 1:
                left = _letters_before(view, i)
                right = _LETTERS.match(view, i + 1)
                if left and right:
                    value = value.replace(f"{left.group()} {right.group()}", left.group() + right.group(), 1)
        return value


_LETTERS = regex.compile(r"\p{L}+")
_LETTERS_BACK = regex.compile(r"(?r)\p{L}+")


def _letters_before(text: str, i: int):
    r"""What `\p{L}+$` finds in text[:i] (its `$` also before a final newline), matched
    backwards from i: the search, given a copy of text[:i], tried every position of it."""
    end = i - 1 if i and text[i - 1] == "\n" else i
    return _LETTERS_BACK.match(text, 0, end)


def _find_words(text: str, words: list[str], start: int, end: int) -> tuple[int, int] | None:
    """Where `words` stand in text[start:end] one after another, whitespace between
    (a pattern compiled per value would cost more than the search)."""
    if not words:
        return None
    at = text.find(words[0], start, end)
    while at >= 0:
        pos = at + len(words[0])
        for w in words[1:]:
            gap = pos
            while gap < end and text[gap].isspace():
                gap += 1
            if gap == pos or not text.startswith(w, gap) or gap + len(w) > end:
                break
            pos = gap + len(w)
        else:
            return at, pos
        at = text.find(words[0], at + 1, end)
    return None
