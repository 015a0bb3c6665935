"""Page geometry that plain text loses: the header's two columns and paragraph starts.

Both the PDF text layer (pypdfium2's text rectangles) and OCR (tesseract's word boxes)
give `Segment`s, pieces of one line, in reading order, with top-down coordinates in
points. The header of a Vietnamese letter is a two-column table (issuing body,
number and V/v on the left; Quốc hiệu, tiêu ngữ, place and date on the right) that
a text layer or OCR reads across, line by line; and body paragraphs open with a
first-line indent, a bullet or extra space above them, which tell a paragraph's
full last line from a wrapped one.
"""
from __future__ import annotations

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
    text_x: float | None = None     # where the text after a leading bullet starts

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


# a glyph that opens a bulleted line: typed dashes and pluses, Word's bullets, and the
# symbol-font bullets (Symbol, Wingdings) a text layer gives as private-use code points
BULLET_GLYPHS = "-–+•·▪◦o*\u2022\u25aa\u25cf\u27a2\u2713\uf020-\uf0ff"
_BULLET = regex.compile(rf"[{BULLET_GLYPHS}]\s")


@dataclass(frozen=True)
class Geometry:
    """What paragraph starts are judged against, over a whole document: the left text
    edge, the right one (where a justified line ends) and how far apart the lines of
    one paragraph are."""
    margin: float
    right: float
    pitch: float | None
    tolerance: float          # how far apart two x's may be and still be one edge (pt)
    slack: float              # extra space above a line that opens a paragraph (pt)


def clusters(values: list[float], tolerance: float) -> list[list[float]]:
    """Sorted values in runs no wider apart than `tolerance` from one to the next."""
    out: list[list[float]] = []
    for v in sorted(values):
        if out and v - out[-1][-1] <= tolerance:
            out[-1].append(v)
        else:
            out.append([v])
    return out


def left_margin(xs: list[float], tolerance: float) -> float | None:
    """The left text edge: the leftmost x that several lines start at. Not the most
    common x: in a short letter of one-line paragraphs the indented first lines
    outnumber the lines at the margin; and clustered, not binned, so that 85.3 and
    85.6 are one edge."""
    need = max(2, 0.05 * len(xs))
    for c in clusters(xs, tolerance):
        if len(c) >= need:
            return c[len(c) // 2]
    return None


def geometry(lines: list[list[Segment]], tolerance: float, slack: float) -> Geometry | None:
    """The geometry of a document's body lines, given page by page (top-down)."""
    flat = [s for page in lines for s in page]
    margin = left_margin([s.x0 for s in flat], tolerance)
    if margin is None or len(flat) < 4:
        return None
    ends = sorted(s.x1 for s in flat)
    right = ends[int(0.9 * (len(ends) - 1))]
    pitches = [b.bottom - a.bottom for page in lines for a, b in zip(page, page[1:]) if b.bottom > a.bottom]
    # the spacing most lines share: the lines inside a paragraph (or, where every
    # paragraph is one line, the spacing between paragraphs, which then opens none)
    runs = clusters(pitches, max(0.8, tolerance / 2))
    common = max(runs, key=len, default=[])
    pitch = common[len(common) // 2] if len(common) >= 3 else None
    return Geometry(margin, right, pitch, tolerance, slack)


def opens_with_bullet(text: str) -> bool:
    return _BULLET.match(text.lstrip() + " ") is not None


def paragraph_starts(page: list[Segment], g: Geometry, hang: float | None = None) -> tuple[list[int], float | None]:
    """Indexes of the lines of one page that open a paragraph, and the hanging indent
    in force at the page's end (for the next page). A line opens a paragraph when:
    - it is indented 8-60 pt from the margin (the first-line indent), unless it sits
      where the text after the bullet above it starts (a bullet's hanging indent, in
      force until a line goes on at the margin);
    - it opens with a bullet glyph;
    - the space above it is wider than between the lines of a paragraph (the space
      after or before a paragraph), by more than the geometry's slack.
    The first line of a page is judged by its indent alone (see `continues`)."""
    out = []
    for i, s in enumerate(page):
        if i == 0:
            start = not continues_at(s, g, hang)
        else:
            gap = s.bottom - page[i - 1].bottom       # baseline to baseline
            wide = g.pitch is not None and gap > g.pitch + g.slack
            start = wide or not continues_at(s, g, hang) or gap < -g.tolerance
        if start:
            out.append(i)
            hang = s.text_x           # set by the reader for a line that opens with a bullet
        elif hang is not None and abs(s.x0 - g.margin) <= g.tolerance < abs(hang - g.margin):
            hang = None               # a line back at the margin: the bulleted paragraph is over
    return out, hang


def continues_at(s: Segment, g: Geometry, hang: float | None) -> bool:
    """Could this line go on with the paragraph above it, by where it starts?"""
    if opens_with_bullet(s.text):
        return False
    if hang is not None and abs(s.x0 - hang) <= g.tolerance:
        return True
    return not 8 <= s.x0 - g.margin <= 60


def continues(last: Segment | None, first: Segment | None, g: Geometry | None, hang: float | None) -> bool:
    """Does the paragraph at the foot of one page go on at the top of the next? When
    the page's last line runs to the right edge (a justified line is short only at
    its paragraph's end) and the next page's first line starts where a paragraph's
    second line would: a capital there is no new paragraph."""
    if last is None or first is None or g is None:
        return False
    full = last.x1 >= g.right - 3 * g.tolerance and not last.text.rstrip().endswith(("./.", ":"))
    return full and continues_at(first, g, hang)
