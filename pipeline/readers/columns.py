"""Page geometry that plain text loses: the header's two columns and first-line indents.

Both the PDF text layer (pypdfium2's text rectangles) and OCR (tesseract's word boxes)
give `Segment`s, pieces of one line, in reading order, with top-down coordinates in
points. The header of a Vietnamese letter is a two-column table (issuing body,
number and V/v on the left; Quốc hiệu, tiêu ngữ, place and date on the right) that
a text layer or OCR reads across, line by line; and body paragraphs open with a
first-line indent that tells a paragraph's full last line from a wrapped one.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

import regex

_SALUTATION = regex.compile(r"\s*(?:K[íi]nh|Site)\s+g[ửu]i", regex.I)
_TERMINAL = tuple(".:;!?")
MAX_HEADER_SEGMENTS = 40


@dataclass(frozen=True)
class Segment:
    x0: float
    top: float
    x1: float
    bottom: float
    text: str

    @property
    def middle(self) -> float:
        return (self.top + self.bottom) / 2


def header_columns(segments: list[Segment], page_width: float) -> tuple[str, int] | None:
    """The header block as its left column's lines, a blank line, the right column's
    lines; and how many segments it took. The block is the run of segments above the
    first one that fills the text width or says "Kính gửi", or a centred title below
    everything before it ("THÔNG BÁO"); the columns are split at an x-gap no segment of
    the block crosses. None for a header with one column."""
    segments = [s for s in segments[:MAX_HEADER_SEGMENTS] if s.text.strip()]
    if len(segments) < 4:
        return None
    left_edge, right_edge = min(s.x0 for s in segments), max(s.x1 for s in segments)
    text_width, centre = right_edge - left_edge, (left_edge + right_edge) / 2
    zone: list[Segment] = []
    for s in segments:
        if _SALUTATION.match(s.text) or s.x1 - s.x0 > 0.55 * text_width:
            break
        below_all = zone and s.top > max(z.bottom for z in zone)
        if below_all and abs((s.x0 + s.x1) / 2 - centre) < 0.08 * text_width:
            break
        zone.append(s)
    while len(zone) >= 3:
        gap = _column_gap(zone, page_width)
        if gap is not None:
            break
        zone.pop()
    else:
        return None
    if len(zone) >= len(segments):
        return None            # no body after the block: not a letter's header
    left = [s for s in zone if s.x1 <= gap]
    right = [s for s in zone if s.x0 >= gap]
    return lines(left) + "\n\n" + lines(right) + "\n\n", len(zone)


def _column_gap(zone: list[Segment], width: float) -> float | None:
    """The x of the gap between the columns: of the intervals in the middle half of the
    page that no segment covers, the widest, nearer the middle winning a near tie."""
    lo, hi = 0.25 * width, 0.75 * width
    covered = sorted((max(lo, s.x0), min(hi, s.x1)) for s in zone if s.x1 > lo and s.x0 < hi)
    best, best_score, x = None, 0.0, lo
    for start, end in covered + [(hi, hi)]:
        if start - x > 0.01 * width:
            mid = (x + start) / 2
            score = (start - x) - 0.5 * abs(mid - width / 2)
            if best is None or score > best_score:
                best, best_score = mid, score
        x = max(x, end)
    if best is None or not any(s.x1 <= best for s in zone) or not any(s.x0 >= best for s in zone):
        return None
    return best


def lines(segments: list[Segment]) -> str:
    """Segments of one column as lines, top to bottom; pieces of a line joined."""
    rows: list[tuple[float, float, list[Segment]]] = []
    for s in sorted(segments, key=lambda s: (s.top, s.x0)):
        if rows and abs(rows[-1][0] - s.middle) < 0.5 * (s.bottom - s.top):
            rows[-1][2].append(s)
        else:
            rows.append((s.middle, s.x0, [s]))
    return "\n".join(" ".join(p.text.strip() for p in sorted(parts, key=lambda p: p.x0))
                     for _, _, parts in rows)


def indented_starts(segments: list[Segment], points: float = 1.0) -> list[int]:
    """Indexes of segments that open a paragraph: indented 8-60 pt from the page's
    usual left edge, after a segment that ended a sentence. `points`: units per point."""
    if len(segments) < 4:
        return []
    margin = Counter(round(s.x0 / (3 * points)) for s in segments).most_common(1)[0][0] * 3 * points
    out = []
    for i in range(1, len(segments)):
        indent = (segments[i].x0 - margin) / points
        if 8 <= indent <= 60 and segments[i - 1].text.rstrip().endswith(_TERMINAL):
            out.append(i)
    return out
