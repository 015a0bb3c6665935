"""The NFC text the pipeline reads, and the map from its offsets back to the source.

Extraction runs on `Text.text` (NFC, same-length cleanups only); every span it
reports is converted with `Text.to_source` so that it points into the original
string, as eyecite's SpanUpdater does for cleaned text.
"""
from __future__ import annotations

import unicodedata
from bisect import bisect_right
from dataclasses import dataclass, field

import regex

from schemas import Span

# Grapheme clusters (a base and its marks; a Hangul syllable's jamo): NFC does not
# compose across them, so each can be normalised alone and mapped back.
_CLUSTER = regex.compile(r"\X", regex.S)

# Same-length replacements that make the text easier to match without
# changing a word of the letter: spaces that are not ASCII, and CR.
_SAME_LENGTH = str.maketrans({
    "\u00a0": " ", "\u2007": " ", "\u202f": " ", "\t": " ", "\r": " ",
    "\u200b": " ", "\ufeff": " ",
})


@dataclass(frozen=True)
class Text:
    source: str
    text: str
    page_starts: tuple[int, ...] = ()         # source offsets where pages begin (PDF)
    # For text offsets where NFC changed the length: sorted starts of changed
    # clusters in `text` and the matching source starts. Empty = identity.
    _text_starts: tuple[int, ...] = field(default=(), repr=False)  # noqa: RUF009
    _source_starts: tuple[int, ...] = field(default=(), repr=False)

    @classmethod
    def from_source(cls, source: str, page_starts: tuple[int, ...] = ()) -> "Text":
        cleaned = source.translate(_SAME_LENGTH)
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

    def span(self, start: int, end: int) -> Span:
        s = self.to_source(start)
        page = bisect_right(self.page_starts, s) if self.page_starts else None
        return Span(start=s, end=self.to_source(end), page=page)
