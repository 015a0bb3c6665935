"""Words tesseract was unsure of, read a second time on their own.

A speck of dust on or beside a letter can make tesseract's line reading drop the
letter ("hố" for "phố": a dot above the "p" makes a glyph Vietnamese has not, and
the line model leaves it out), and it says so with a low word confidence. Read
again cut out of its line, the same ink often comes out whole and surer. So each
doubtful word of a document is cut from its page, all of them stacked in one
image that a single tesseract run reads (one process for the document, not one a
word), and a second reading replaces the first only when it is the first with
letters added, nothing else changed (never another letter or another mark), and
tesseract is surer of it.
"""
from __future__ import annotations

import io
from dataclasses import dataclass

import regex

from pipeline.readers.ocr_vote import bare

REREAD_BELOW = 50.0       # word confidence under which a word is read again
MAX_ADDED = 2             # letters a second reading may add
PAD = 0.35                # of the word's height, above and below its box in the cut
GAP = 30                  # px of white between the cuts stacked in one image

_LETTER = regex.compile(r"\p{L}")


@dataclass
class Cut:
    """A doubtful word cut from its page: where it sits in the stacked image."""
    top: int
    bottom: int


def added_letters(first: str, second: str) -> bool:
    """`second` is `first` with one or a few letters added and nothing else changed
    (every character of `first`, marks included, kept in order). A letter added
    beside the same letter of the first reading ("BĐÐVN", "SẠAN") is the cut read
    twice over, not a letter found: refused."""
    if len(second) <= len(first) or len(second) - len(first) > MAX_ADDED:
        return False
    kept, k = [], 0                 # which characters of `second` are the first reading's
    for ch in second:
        if k < len(first) and ch == first[k]:
            kept.append(True)
            k += 1
        elif _LETTER.fullmatch(ch):
            kept.append(False)
        else:
            return False
    if k != len(first):
        return False
    for j, ch in enumerate(second):
        if not kept[j]:
            beside = [second[n] for n in (j - 1, j + 1) if 0 <= n < len(second) and kept[n]]
            if any(bare(b).casefold() == bare(ch).casefold() for b in beside):
                return False
    return True


def doubtful(text: str, conf: float) -> bool:
    """A word worth reading again: tesseract unsure of it, and a word of letters (one
    with a digit is a code or a number, "4736/BĐVN-TCBC", whose letters no reading
    can check)."""
    return conf < REREAD_BELOW and _LETTER.search(text) is not None and not any(c.isdigit() for c in text)


def better(first: str, first_conf: float, second: str, second_conf: float) -> bool:
    """The second reading of a doubtful word is taken: letters added, surer."""
    return doubtful(first, first_conf) and second_conf > first_conf and added_letters(first, second)


def stack(crops: list) -> tuple[object, list[Cut]]:
    """The cut-out words (PIL images) one under another on white, with where each is."""
    from PIL import Image

    width = max(c.width for c in crops) + 2 * GAP
    height = sum(c.height + GAP for c in crops) + GAP
    sheet = Image.new("L", (width, height), 255)
    cuts, y = [], GAP
    for c in crops:
        sheet.paste(c, (GAP, y))
        cuts.append(Cut(y, y + c.height))
        y += c.height + GAP
    return sheet, cuts


def crop(image, box: tuple[float, float, float, float]):
    """A word's box (pixels) cut from its page image, with room above and below for
    its marks and a few pixels either side."""
    x0, y0, x1, y1 = box
    pad = PAD * (y1 - y0)
    # inside the page: PIL fills what lies beyond it black, which would read as ink
    return image.crop((max(0, round(x0) - 3), max(0, round(y0 - pad)),
                       min(image.width, round(x1) + 3), min(image.height, round(y1 + pad))))


def readings(tsv: str, cuts: list[Cut]) -> list[tuple[str, float]]:
    """tesseract's TSV of the stacked image as one reading per cut (its words joined,
    the lowest confidence); ("", 0) where it read nothing."""
    got: list[list[tuple[str, float]]] = [[] for _ in cuts]
    for row in tsv.splitlines()[1:]:
        f = row.split("\t")
        if len(f) < 12 or f[0] != "5" or not f[11].strip():
            continue
        middle = int(f[7]) + int(f[9]) / 2
        for k, cut in enumerate(cuts):
            if cut.top <= middle < cut.bottom:
                got[k].append((f[11].strip(), float(f[10])))
    return [("".join(t for t, _ in words), min(c for _, c in words)) if words else ("", 0.0)
            for words in got]


def png(image) -> bytes:
    buf = io.BytesIO()
    image.save(buf, format="PNG")
    return buf.getvalue()
