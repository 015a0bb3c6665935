"""Pages without a text layer (scans), read by tesseract with its Vietnamese model.

Pages are rendered one after another with pypdfium2 (pdfium is not thread-safe)
and recognised in parallel, one tesseract process per page and one thread each, so a
2-core machine reads two pages at once; only a few rendered pages wait at a time.
tesseract's word boxes (hOCR) give the page geometry that its plain text loses: the
header's two columns and first-line indents (columns.py). With them come its choices
for each letter, from which a doubtful tone mark is settled by the document's own
surer readings (ocr_vote.py), and its word confidences: a doubtful word is read again
on its own, the second reading taken where it only adds letters (ocr_reread.py). A
colon too short for two dots, a stop glued between two syllables are specks
(speck_marks, glued_stops). Bullets and list labels are read from their place on the
page where tesseract misread them: a bullet column read as a block of its own
(attach_bullets), a bullet left unread (unread_bullets: the ink left of its line), a
glyph before a tab (_is_bullet), a label before a tab (read_label); each is listed
for the letter's `ocr_repair` warning. Other recognition errors are repaired only
where nothing else could have been printed: Ð (U+00D0, Icelandic eth) for Đ, a
fraction slash (U+2044) for "/", O/o/l/I between digits of a date or a document
number, and labels that break their sequence (ocr_sequence.py).
"""
from __future__ import annotations

import os
import shutil
import subprocess
from collections import deque
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from functools import lru_cache
from xml.etree import ElementTree

import regex

from pipeline.errors import UnreadableFile
from pipeline.readers.columns import (_SALUTATION, Geometry, Segment, continues, geometry, header_columns,
                                      opens_with_bullet, paragraph_starts)
from pipeline.readers.ocr_reread import REREAD_BELOW, better, crop, doubtful, png, readings, stack
from pipeline.readers.ocr_vote import Reading, settle
from pipeline.view import is_syllable

DPI = 300                 # pages are rendered at this: tesseract reads a 200 dpi scan
                          # better brought up to 300 than at its own resolution
MIN_REREAD_HEIGHT = 5.0   # pt: a doubtful "word" shorter than this is a speck, not read again
PAGE_TIMEOUT = 120            # seconds for one page; a stuck tesseract must not stall a batch
INSTALL_HINT = "apt-get install tesseract-ocr tesseract-ocr-vie"


@lru_cache(maxsize=1)
def tesseract_languages() -> frozenset[str]:
    """Languages of the installed tesseract; empty when there is none."""
    exe = shutil.which("tesseract")
    if exe is None:
        return frozenset()
    try:
        out = subprocess.run([exe, "--list-langs"], capture_output=True, text=True, timeout=30)
    except (OSError, subprocess.TimeoutExpired):
        return frozenset()
    return frozenset(line.strip() for line in out.stdout.splitlines()[1:] if line.strip())


def check_tesseract(path: str | None) -> None:
    languages = tesseract_languages()
    if not languages:
        raise UnreadableFile(path, f"a scan with no text layer, and tesseract is not installed "
                                   f"to read it ({INSTALL_HINT})")
    if "vie" not in languages:
        raise UnreadableFile(path, "a scan with no text layer, and tesseract has no Vietnamese "
                                   "model (apt-get install tesseract-ocr-vie)")


def ocr_pages(pdf, indexes: list[int], path: str | None = None,
              workers: int | None = None, changed: list[tuple[str, str]] | None = None,
              labels: list[tuple[str, str]] | None = None) -> dict[int, tuple[str, "OcrPage"]]:
    """Text of each page index (0-based) of an open pypdfium2 document, with the
    page's first and last lines for judging page breaks. `changed` collects the words
    whose first reading was replaced (second readings, settled tone marks), as (first,
    taken), for the letter's warnings; `labels` the bullets and list labels read from
    their place on the page (attach_bullets, read_label)."""
    changed = [] if changed is None else changed
    check_tesseract(path)
    workers = max(1, workers or min(len(indexes), os.cpu_count() or 1))
    read: dict[int, tuple[list[Line], float]] = {}
    doubtful: list[tuple[Line, int, object]] = []      # (line, word, its cut from the page)

    def take(i, width, dpi, image, future) -> None:
        lines = parse_hocr(future.result(), dpi)
        unread_bullets(lines, image, dpi, labels)
        read[i] = (lines, width)
        doubtful.extend(_doubtful_cuts(lines, image, dpi))

    with ThreadPoolExecutor(max_workers=workers) as pool:
        pending: deque = deque()
        for i in indexes:
            page = pdf[i]
            width = page.get_width()
            dpi = DPI
            image = page.render(scale=dpi / 72, grayscale=True).to_pil()
            page.close()
            pending.append((i, width, dpi, image, pool.submit(_tesseract, png(image), path, i, dpi)))
            while len(pending) > 2 * workers:      # bound the rendered pages held in memory
                take(*pending.popleft())
        while pending:
            take(*pending.popleft())
    if doubtful:
        changed += reread_words(doubtful, path)
    changed += settle_marks([lines for lines, _ in read.values()])
    return read_pages({i: (deskew(lines), width) for i, (lines, width) in read.items()}, labels)


INK = 128                 # a pixel darker than this is ink


def unread_bullets(lines: list["Line"], image, dpi: int, labels: list[tuple[str, str]] | None = None) -> None:
    """A bullet glyph tesseract read nothing for (a check mark or an arrowhead on a
    hanging indent) put before the line it opens, as "•": ink of a bullet's size in
    the blank just left of a line's first word, where no word tesseract read lies,
    and the line opens with a word of letters (not a label or a bullet already)."""
    scale = dpi / 72
    boxes = [w for line in lines for w in line.words]
    for line in lines:
        if not line.words or not regex.match(r"\p{L}", line.words[0].text) \
                or _NUMBER_LABEL.fullmatch(line.words[0].text):
            continue
        first = line.words[0]
        height = first.bottom - first.top
        x0, x1 = first.x0 - 3 * height, first.x0 - 0.08 * height
        if x0 < 0 or any(w.x1 > x0 and w.x0 < x1 and w.bottom > first.top and w.top < first.bottom
                         for w in boxes):
            continue
        region = image.crop((round(x0 * scale), round(first.top * scale), round(x1 * scale),
                             round(first.bottom * scale)))
        if region.point(lambda v: 255 if v < INK else 0).getbbox() is None:
            continue              # blank, as most margins are: no need to look for pieces
        ink = _largest_blob(region)
        if ink is None:
            continue
        left, top, right, bottom = (v / scale for v in ink)
        if (left > 0 and right < x1 - x0 - 0.2             # clear of the region's edges: a glyph of its own
                and BULLET_SIZE[0] <= min(right - left, bottom - top)
                and max(right - left, bottom - top) <= BULLET_SIZE[1]):
            line.words.insert(0, Segment(x0 + left, first.top + top, x0 + right, first.top + bottom, "•"))
            line.choices.insert(0, ())
            line.confs.insert(0, 100.0)
            if labels is not None:
                labels.append(("(unread)", "•"))


def _largest_blob(region) -> tuple[int, int, int, int] | None:
    """The box (pixels) of the largest connected piece of ink in a small image: two
    specks of dust side by side are no glyph as big as both."""
    width, height = region.size
    px = region.load()
    seen: set[tuple[int, int]] = set()
    best: tuple[int, tuple[int, int, int, int]] | None = None
    for y0 in range(height):
        for x0 in range(width):
            if (x0, y0) in seen or px[x0, y0] >= INK:
                continue
            stack, count, box = [(x0, y0)], 0, [x0, y0, x0, y0]
            seen.add((x0, y0))
            while stack:
                x, y = stack.pop()
                count += 1
                box = [min(box[0], x), min(box[1], y), max(box[2], x), max(box[3], y)]
                for nx, ny in ((x + 1, y), (x - 1, y), (x, y + 1), (x, y - 1)):
                    if 0 <= nx < width and 0 <= ny < height and (nx, ny) not in seen and px[nx, ny] < INK:
                        seen.add((nx, ny))
                        stack.append((nx, ny))
            if best is None or count > best[0]:
                best = (count, (box[0], box[1], box[2] + 1, box[3] + 1))
    return best[1] if best else None


def _doubtful_cuts(lines: list["Line"], image, dpi: int) -> list[tuple["Line", int, object]]:
    """The words of a page tesseract was unsure of, each cut from the page image."""
    scale = dpi / 72
    out = []
    for line in lines:
        for k, (w, conf) in enumerate(zip(line.words, line.confs)):
            if doubtful(w.text, conf) and w.bottom - w.top >= MIN_REREAD_HEIGHT:
                out.append((line, k, crop(image, (w.x0 * scale, w.top * scale, w.x1 * scale, w.bottom * scale))))
    return out


def reread_words(doubtful: list[tuple["Line", int, object]], path: str | None) -> list[tuple[str, str]]:
    """Doubtful words read again on their own, all in one tesseract run; a second
    reading replaces the first where ocr_reread.better says so. Returns what changed."""
    sheet, cuts = stack([c for _, _, c in doubtful])
    env = {**os.environ, "OMP_THREAD_LIMIT": "1"}
    try:
        done = subprocess.run(["tesseract", "stdin", "stdout", "-l", "vie", "--dpi", str(DPI),
                               "--psm", "6", "tsv"], input=png(sheet), capture_output=True,
                              timeout=PAGE_TIMEOUT, env=env)
    except subprocess.TimeoutExpired:
        return []             # the first readings stand
    if done.returncode != 0:
        return []
    changed = []
    for (line, k, _), (text, conf) in zip(doubtful, readings(done.stdout.decode("utf-8", "replace"), cuts)):
        if better(line.words[k].text, line.confs[k], text, conf):
            w = line.words[k]
            changed.append((w.text, text))
            line.words[k] = Segment(w.x0, w.top, w.x1, w.bottom, text, w.text_x)
            line.choices[k] = ()
            line.confs[k] = conf
    return changed


def settle_marks(pages: list[list["Line"]]) -> list[tuple[str, str]]:
    """Doubtful tone marks of a document's words settled by its surer readings
    (ocr_vote.py), the pages taken in order as one text. Returns what changed."""
    changed = []
    words = [(line, k) for lines in pages for line in lines for k in range(len(line.words))]
    readings = [Reading(line.words[k].text, line.choices[k] if k < len(line.choices) else ())
                for line, k in words]
    for (line, k), text in zip(words, settle(readings)):
        if text != line.words[k].text:
            w = line.words[k]
            changed.append((w.text, text))
            line.words[k] = Segment(w.x0, w.top, w.x1, w.bottom, text, w.text_x)
    return changed


def read_pages(read: dict[int, tuple[list["Line"], float]], labels: list[tuple[str, str]] | None = None
               ) -> dict[int, tuple[str, "OcrPage"]]:
    """Page texts from tesseract's lines, paragraph starts judged against the margin
    and line spacing of all the pages together."""
    laid = {i: _lay_out(lines, width, i == 0, labels) for i, (lines, width) in sorted(read.items())}
    g = geometry([whole for _, _, whole in laid.values()], OCR_TOLERANCE, OCR_SLACK)
    out, hang = {}, None
    for i in sorted(laid):
        head, body, whole = laid[i]
        text, hang = _text(head, body, whole, g, hang)
        edges = OcrPage(whole[0] if whole else None, whole[-1] if whole else None, g, hang)
        out[i] = (repair_ocr(text), edges)
    return out


@dataclass
class OcrPage:
    """An OCR'd page's first and last body lines, for the paragraph over its breaks."""
    first: Segment | None
    last: Segment | None
    geometry: Geometry | None
    hang: float | None = None         # the hanging indent in force at the page's foot

    def continues_from(self, before) -> bool:
        if not isinstance(before, OcrPage):
            return False
        return continues(before.last, self.first, self.geometry, before.hang)


def _tesseract(png: bytes, path: str | None, index: int, dpi: int = DPI) -> str:
    # one thread inside tesseract: the pages are the parallelism
    env = {**os.environ, "OMP_THREAD_LIMIT": "1"}
    try:
        # hOCR: the word boxes, each character's box and (lstm_choice_mode=2) its choices
        done = subprocess.run(["tesseract", "stdin", "stdout", "-l", "vie", "--dpi", str(dpi),
                               "-c", "lstm_choice_mode=2", "-c", "hocr_char_boxes=1", "hocr"],
                              input=png, capture_output=True, timeout=PAGE_TIMEOUT, env=env)
    except subprocess.TimeoutExpired:
        raise UnreadableFile(path, f"OCR of page {index + 1} took over {PAGE_TIMEOUT} s") from None
    if done.returncode != 0:
        reason = done.stderr.decode("utf-8", "replace").strip().splitlines()[-1:] or ["failed"]
        raise UnreadableFile(path, f"OCR of page {index + 1} failed: {reason[0]}")
    return done.stdout.decode("utf-8", "replace")


@dataclass
class Line:
    key: tuple[int, int, int]             # tesseract's block, paragraph, line
    words: list[Segment]
    # for each word, tesseract's choices for each of its characters (Reading.choices)
    choices: list[tuple] = field(default_factory=list)
    confs: list[float] = field(default_factory=list)     # for each word, tesseract's confidence


# tesseract's reading of a speck of dust or a wide blank (the tab after a list number):
# marks without a letter or digit that it is itself unsure of
_DEBRIS = regex.compile(r"[\p{P}\p{S}]{1,4}")
DEBRIS_CONFIDENCE = 60
_DASH = regex.compile(r"[-–—+•]+")       # a dash or bullet, however unsure, is kept unless a speck
# a dash read with a smear of underscore or a speck at its end ("-_", "-—_", "¬")
_DASH_READ = regex.compile(r"_*[-–—][-–—_]*_[-–—_]*|_+[-–—]|¬")
SPECK = 2.0               # pt: a mark smaller than this both ways is dust, not a dash
BULLET_SIZE = (2.5, 11.0) # pt: the sides of a bullet glyph of a 12-14 pt text (an ornament as
                          # Wingdings "v" is as wide as a capital)


@dataclass
class _Word:
    key: tuple[int, int, int]       # block, paragraph, line
    first: bool                     # the first word of its line
    box: tuple[int, int, int, int]  # left, top, width, height in pixels
    conf: float
    text: str
    choices: tuple = ()


def parse_tsv(tsv: str, dpi: int = DPI) -> list[Line]:
    """tesseract's TSV as lines of word boxes, in points, in its reading order."""
    words = []
    for row in tsv.splitlines()[1:]:
        f = row.split("\t")
        if len(f) < 12 or f[0] != "5" or not f[11].strip():
            continue
        words.append(_Word((int(f[2]), int(f[3]), int(f[4])), f[5] == "1",
                           tuple(int(v) for v in f[6:10]), float(f[10]), f[11]))
    return _lines(words, dpi)


_HOCR = "{http://www.w3.org/1999/xhtml}"
_BBOX = regex.compile(r"bbox (\d+) (\d+) (\d+) (\d+)")
_WCONF = regex.compile(r"x_wconf (\d+(?:\.\d+)?)")


def parse_hocr(hocr: str, dpi: int = DPI) -> list[Line]:
    """tesseract's hOCR as lines of word boxes, in points, in its reading order, each
    word with tesseract's choices for its characters (lstm_choice_mode=2); a colon a
    speck of dust made (speck_marks) is taken off its word."""
    words = []
    root = ElementTree.fromstring(hocr)
    block = par = line = 0
    for area in root.iter(_HOCR + "div"):
        if area.get("class") != "ocr_carea":
            continue
        block += 1
        for p in area.iter(_HOCR + "p"):
            par += 1
            for span in p:        # ocr_line, or ocr_header / ocr_caption / ocr_textfloat
                line += 1
                first = True
                for w in span:
                    if w.get("class") != "ocrx_word":
                        continue
                    title = w.get("title", "")
                    box, conf = _BBOX.search(title), _WCONF.search(title)
                    if not box:
                        continue
                    x0, y0, x1, y1 = (int(v) for v in box.groups())
                    chars = _characters(w)
                    if chars:
                        chars = glued_stops(speck_marks(chars, y1 - y0))
                        text = "".join(c.text for c in chars).strip()
                        choices = tuple(c.choices for c in chars)
                        if any(not c for c in choices) or len(choices) != len(text):
                            choices = ()
                    else:           # no character boxes (hocr_char_boxes=0)
                        text = ((w.text or "") + "".join("".join(c.itertext()) for c in w
                                                         if c.get("class") != "ocrx_cinfo")).strip()
                        choices = _choices(w, text)
                    if not text:
                        continue
                    words.append(_Word((block, par, line), first, (x0, y0, x1 - x0, y1 - y0),
                                       float(conf.group(1)) if conf else 0.0, text, choices))
                    first = False
    return _lines(words, dpi)


@dataclass
class Char:
    """One character of an hOCR word: its box (pixels; None when not given) and
    tesseract's choices for it, best first."""
    text: str
    box: tuple[int, int, int, int] | None
    choices: tuple[tuple[str, float], ...] = ()


_XBOX = regex.compile(r"x_bboxes (\d+) (\d+) (\d+) (\d+)")


def _characters(word) -> list[Char]:
    """A word's characters from hOCR with character boxes (hocr_char_boxes=1): each
    box span is followed by the list of choices for that character."""
    chars: list[Char] = []
    for c in word:
        if c.get("class") != "ocrx_cinfo":
            continue
        box = _XBOX.search(c.get("title", ""))
        if box:
            chars.append(Char(c.text or "", tuple(int(v) for v in box.groups())))
        elif c.get("id", "").startswith("lstm_choices") and chars and not chars[-1].choices:
            chars[-1].choices = _alternatives(c)
    return chars


def _alternatives(span) -> tuple[tuple[str, float], ...]:
    alts = []
    for a in span:
        conf = a.get("title", "").split()
        alts.append((a.text or "", float(conf[1]) if len(conf) > 1 else 0.0))
    return tuple(alts)


# a colon or semicolon is two marks, one above the other, as tall as a small letter;
# tesseract reads a single speck of dust beside a word as one
SPECK_COLON = 0.3         # of the word's height: a colon's box is never shorter


def speck_marks(chars: list[Char], height: int) -> list[Char]:
    """A word's characters without a colon or semicolon at its edge whose box is too
    short to hold two marks, a stop after a colon, or a hyphen opening the word that
    is no wider than tall (specks of dust tesseract read as marks)."""
    out = list(chars)
    if len(out) > 2 and out[-1].text in ".," and out[-2].text in ":;":
        del out[-1]           # ":." is never printed: the stop is a speck beside the colon
    if len(out) > 2 and out[0].text == "-" and out[0].box is not None and out[1].text.isalpha():
        x0, y0, x1, y1 = out[0].box
        if x1 - x0 < 1.5 * (y1 - y0):
            del out[0]        # a "hyphen" no wider than tall before a letter ("-chủ"): a speck
    for at in (-1, 0):
        if len(out) > 1 and out[at].text in ":;" and out[at].box is not None:
            top, bottom = out[at].box[1], out[at].box[3]
            if bottom - top < SPECK_COLON * height:
                del out[at]
    return out


def glued_stops(chars: list[Char]) -> list[Char]:
    """A stop between two syllables of a word with no space ("Cơ.quan", "ở.mà"): a
    speck of dust between two words, read as the stop; given back as the space it
    sits in. Only between Vietnamese syllables with a mark on one of them, so that a
    web address ("gdt.gov.vn") or "v.v" keeps its stops."""
    text = "".join(c.text for c in chars)
    if len(text) != len(chars):
        return chars
    for m in reversed(list(_GLUED_STOP.finditer(text))):
        left, right = m["left"], m["right"]
        if is_syllable(left.lower()) and is_syllable(right.lower()) and not (left + right).isascii():
            at = m.start("stop")
            chars = [*chars[:at], Char(" ", chars[at].box, ((" ", 100.0),)), *chars[at + 1:]]
    return chars


_GLUED_STOP = regex.compile(r"(?<![\p{L}.])(?P<left>\p{L}+)(?P<stop>\.)(?P<right>\p{Ll}+)(?![\p{L}.])")


def _choices(word, text: str) -> tuple:
    """A word's choices for each character, where tesseract gave one list per
    character (a list whose best is a blank stands for the space before the word)."""
    lists = []
    for c in word:
        if c.get("class") == "ocrx_cinfo" and c.get("id", "").startswith("lstm_choices"):
            alts = _alternatives(c)
            if alts and alts[0][0].strip():
                lists.append(alts)
    return tuple(lists) if len(lists) == len(text) else ()


def _lines(words: list[_Word], dpi: int) -> list[Line]:
    lines: dict[tuple[int, int, int], Line] = {}
    scale = 72 / dpi
    for word in words:
        text = word.text
        x, y, w, h = (v * scale for v in word.box)
        if (_DASH_READ.fullmatch(text) or word.first and text == "~") and max(w, h) >= SPECK and w >= h:
            text = "-"        # a dash read with a smear of underscore ("-_", "_-"), or as a tilde opening its line
        # a dash is wider than tall: a tall one is a blank (the tab after "a)") misread
        dash = _DASH.fullmatch(text) is not None and w >= h
        # a square glyph opening its line: a bullet OCR cannot name ('“_', '"_'), for _whole
        square = word.first and BULLET_SIZE[0] <= min(w, h) and max(w, h) <= BULLET_SIZE[1]
        if _DEBRIS.fullmatch(text) and (max(w, h) < SPECK or (word.conf < DEBRIS_CONFIDENCE
                                                             and not dash and not square)):
            continue          # a speck, or the blank after a number read as "__", "'" or "—"
        line = lines.setdefault(word.key, Line(word.key, []))
        line.words.append(Segment(x, y, x + w, y + h, text))
        line.choices.append(word.choices if text == word.text else ())
        line.confs.append(word.conf)
    return [_without_speck_colons(line) for line in lines.values()]


def _without_speck_colons(line: Line) -> Line:
    """A colon or semicolon read as a word of its own ("Yên; :") whose box is under
    half the height of the line's words: two marks one above the other are never so
    short, so it is a speck (or a dash smeared by one), dropped like speck_marks does."""
    heights = sorted(w.bottom - w.top for w in line.words)
    if len(heights) < 3:
        return line
    median = heights[len(heights) // 2]
    keep = [k for k, w in enumerate(line.words)
            if not (w.text in (":", ";") and w.bottom - w.top < SPECK_COLON_LINE * median)]
    if len(keep) == len(line.words):
        return line
    return Line(line.key, [line.words[k] for k in keep], [line.choices[k] for k in keep],
                [line.confs[k] for k in keep])


SPECK_COLON_LINE = 0.45   # of the height of the line's words: a colon of its own is never shorter


def page_text(lines: list[Line], width: float, first: bool) -> str:
    """Text of one OCR'd page on its own: the header in two columns on page 1, a blank
    line between tesseract's blocks and before each paragraph (columns.paragraph_starts)."""
    head, body, whole = _lay_out(lines, width, first)
    return _text(head, body, whole, geometry([whole], OCR_TOLERANCE, OCR_SLACK), None)[0]


def attach_bullets(lines: list[Line], labels: list[tuple[str, str]] | None = None) -> list[Line]:
    """A list's bullet glyph that tesseract put in a block of its own (a column of
    bullets on a hanging indent, read as "VÀ", "X", "v" or "%") put back at the start
    of the line it stands beside, as the bullet it is: a mark or two of at most three
    characters, bullet-sized, whose middle lies within the height of another line's
    first word just to its right. A number, a list's label or a heading's Roman
    numeral is never taken for a bullet."""
    lone = [n for n, line in enumerate(lines) if _lone_glyph(line)]
    if not lone:
        return lines
    out = {n: line for n, line in enumerate(lines)}
    for n in lone:
        glyph = lines[n].words[0] if len(lines[n].words) == 1 else _joined(lines[n].words)
        middle = (glyph.top + glyph.bottom) / 2
        best = None
        for m, line in out.items():
            if m == n or not line.words or m in lone:
                continue
            first = line.words[0]
            height = max(first.bottom - first.top, 1.0)
            gap = first.x0 - glyph.x1
            if first.top - 0.1 * height <= middle <= first.bottom + 0.1 * height and 0 < gap <= 3 * height:
                if best is None or gap < best[0]:
                    best = (gap, m)
        if best is None or _ROMAN_LABEL.fullmatch(glyph.text) and _upper(out[best[1]]):
            continue
        line = out[best[1]]
        text = glyph.text if opens_with_bullet(glyph.text + " ") else "•"
        if labels is not None:
            labels.append((glyph.text, text))
        out[best[1]] = Line(line.key, [Segment(glyph.x0, glyph.top, glyph.x1, glyph.bottom, text), *line.words],
                            [(), *line.choices], [100.0, *line.confs])
        del out[n]
    return [out[n] for n in sorted(out)]


_ROMAN_LABEL = regex.compile(r"[IVXLTl1|]{1,4}[.,:]?")


def _lone_glyph(line: Line) -> bool:
    if not line.words or len(line.words) > 2:
        return False
    glyph = _joined(line.words)
    text = glyph.text.replace(" ", "")
    return (len(text) <= 3 and not text.isdigit() and _NUMBER_LABEL.fullmatch(text) is None
            and _LIST_LABEL.fullmatch(text) is None
            and BULLET_SIZE[0] <= min(glyph.x1 - glyph.x0, glyph.bottom - glyph.top)
            and max(glyph.x1 - glyph.x0, glyph.bottom - glyph.top) <= BULLET_SIZE[1])


def _joined(words: list[Segment]) -> Segment:
    return Segment(min(w.x0 for w in words), min(w.top for w in words), max(w.x1 for w in words),
                   max(w.bottom for w in words), " ".join(w.text for w in words))


def _upper(line: Line) -> bool:
    letters = [c for w in line.words for c in w.text if c.isalpha()]
    return bool(letters) and sum(c.isupper() for c in letters) >= 0.8 * len(letters)


def _lay_out(lines: list[Line], width: float, first: bool, labels: list[tuple[str, str]] | None = None
             ) -> tuple[str, list[Line], list[Segment]]:
    """The header (page 1, read column by column), the body lines, and each body line
    as one segment (with where the text after a leading bullet starts)."""
    lines = attach_bullets(lines, labels)
    pieces, owner = [], []        # a line split where its words leave a column-wide gap
    for n, line in enumerate(lines):
        for piece in _split_at_gaps(line.words):
            pieces.append(piece)
            owner.append(n)
    order = _salutation_after_its_column(pieces) if first else list(range(len(pieces)))
    split = header_columns([pieces[i] for i in order], width) if first else None
    if not split:
        return "", lines, [_whole(ln, labels) for ln in lines]
    head, taken = split[0], set(order[:split[1]])
    rest = [owner[i] for i in order[split[1]:]]
    body = []
    for n in range(min(rest, default=len(lines)), len(lines)):
        line, cut = lines[n], [pieces[i] for i in taken if owner[i] == n]
        if cut:
            # a line the header shares with the body ("... Điều 22 Luật   Kính gửi:"):
            # the body keeps only its own words, not the header's again
            keep = [k for k, w in enumerate(line.words)
                    if not any(p.x0 - OCR_TOLERANCE <= w.x0 and w.x1 <= p.x1 + OCR_TOLERANCE for p in cut)]
            if not keep:
                continue
            line = Line(line.key, [line.words[k] for k in keep],
                        [line.choices[k] for k in keep if k < len(line.choices)],
                        [line.confs[k] for k in keep if k < len(line.confs)])
        body.append(line)
    return head, body, [_whole(ln, labels) for ln in body]


def _salutation_after_its_column(pieces: list[Segment]) -> list[int]:
    """The order to judge the header's pieces in: "Kính gửi" (which ends the header)
    after the lines of the left column that tesseract read after it but that stand
    beside or just under it (the last line of a long V/v: "BHYT")."""
    order = list(range(len(pieces)))
    at = next((i for i, p in enumerate(pieces) if _SALUTATION.match(p.text)), None)
    if at is None:
        return order
    sal = pieces[at]
    height = sal.bottom - sal.top
    j = at + 1
    while j < len(pieces) and pieces[j].x1 < sal.x0 and pieces[j].top < sal.bottom + 2 * height:
        j += 1
    return order[:at] + order[at + 1:j] + [at] + order[j:]


def _whole(line: Line, labels: list[tuple[str, str]] | None = None) -> Segment:
    words = line.words
    if len(words) > 2 and _NUMBER_LABEL.fullmatch(words[0].text) and _DEBRIS.fullmatch(words[1].text):
        words = [words[0], *words[2:]]     # the tab after "b)" or "2." read as "_" or "—"
    if len(words) > 1:
        label = read_label(words[0], words[1], line.confs[0] if line.confs else 100.0)
        if label != words[0].text:
            if labels is not None:
                labels.append((words[0].text, label))
            words = [Segment(words[0].x0, words[0].top, words[0].x1, words[0].bottom, label), *words[1:]]
    text_x = None
    typed = len(words) > 1 and opens_with_bullet(words[0].text + " ")
    if len(words) > 1 and (typed or _is_bullet(words[0], words[1], line.confs[0] if line.confs else 100.0)):
        text_x = words[1].x0          # a bullet, then the text on its hanging indent
        if not typed:
            # a symbol-font bullet read as a letter or a sign ("e", "©", "«"): it is
            # a bullet, shown as one
            words = [Segment(words[0].x0, words[0].top, words[0].x1, words[0].bottom, "•"), *words[1:]]
    # the baseline: most words end on it, those with a descender or a dot below lower
    bottoms = sorted(w.bottom for w in words)
    base = bottoms[(len(bottoms) - 1) // 4]
    return Segment(min(w.x0 for w in words), min(w.top for w in words), max(w.x1 for w in words),
                   base, " ".join(w.text for w in words), text_x)


# a list's label as tesseract misreads it when unsure: the letter and its bracket with
# the tab after it read as a stray mark ("c;ạ", "d)ạ", "bạ"), or a number without its stop
_LETTER_LABEL_READ = regex.compile(r"(?P<label>[a-zđ])(?:[);](?:\p{L}\p{M}*|[\p{P}\p{S}])?|ạ)")
_BARE_NUMBER = regex.compile(r"\d{1,2}")
_LETTER_GARBLED = regex.compile(r"[a-zđ]\p{Ll}{1,2}")
TAB = 1.5                 # of the text's height: a blank this wide after a line's first word is a tab
LABEL_DOUBT = 80.0        # word confidence under which a line's first word may be a misread label


def read_label(first: Segment, second: Segment, conf: float) -> str:
    """A line's first word as the list label it stands for, where only a label fits:
    it opens the line, a tab-wide blank follows it, it is no wider than a label, and
    tesseract is unsure of it. "c;ạ" or "d)ạ" is "c)" or "d)", a lone "1" is "1.",
    and a letter with a bracket read as letters that make no Vietnamese syllable
    ("cệy") is that letter's label; anything else is returned as read."""
    height = max(second.bottom - second.top, 1.0)
    if conf >= LABEL_DOUBT or second.x0 - first.x1 < TAB * height or first.x1 - first.x0 > 1.2 * height:
        return first.text
    m = _LETTER_LABEL_READ.fullmatch(first.text)
    if m and first.text != m["label"] + ")":
        return m["label"] + ")"
    if conf < REREAD_BELOW and _LETTER_GARBLED.fullmatch(first.text) and not is_syllable(first.text):
        return first.text[0] + ")"      # "cệy": the bracket read as letters no syllable has
    if _BARE_NUMBER.fullmatch(first.text):
        return first.text + "."
    return first.text


UNREADABLE = 30.0         # word confidence under which tesseract could not read a glyph at all


def _is_bullet(first: Segment, second: Segment, conf: float = 100.0) -> bool:
    """A glyph alone before a tab-wide blank: a list's bullet, whatever OCR read it as
    (never a number or letter of a list, "2.", "a)", nor a capital: "I." of a heading
    whose dot was lost, or read as "TL")."""
    height = max(second.bottom - second.top, 1.0)        # the text's, not the (small) bullet's
    side = min(first.x1 - first.x0, first.bottom - first.top)
    # marks with no letter as big as half the text's height ("'" 9 pt wide), or a
    # square of a bullet's size ("“" read for a 4 pt square), or a square glyph read
    # as a letter that is no syllable ("v") or as letters tesseract could not read at
    # all ("*x"): no punctuation is that big or stands a tab apart, and no word is so
    # read, so a bullet, even on a narrow hanging indent
    # (a dash's box is never that tall: two specks side by side read as "--" are no
    # bullet; marks with a stop, "+.", are a label misread; "#" opens a heading)
    w, h = first.x1 - first.x0, first.bottom - first.top
    square = side >= BULLET_SIZE[0] and 0.7 <= w / max(h, 0.1) <= 1.4      # a small square bullet
    marks = not regex.search(r"[\p{L}\p{N}#]", first.text) or (
        square and not is_syllable(first.text.lower()) and (conf < UNREADABLE or len(first.text) == 1))
    tab = 0.4 * height if ((side >= 0.5 * height or square) and marks
                           and not regex.fullmatch(r"[-–—_]+|.*[.)]", first.text)
                           and not _ROMAN_LABEL.fullmatch(second.text)) else height
    # an ornament (Wingdings "❖" read as "s") may be wider than a letter
    widest = BULLET_SIZE[1] if tab < height else 0.9 * height
    return (len(first.text) <= 3 and not any(c.isdigit() for c in first.text)
            and side >= 0.2 * height    # not dust
            and not _LIST_LABEL.fullmatch(first.text) and not regex.search(r"\p{Lu}", first.text)
            and first.x1 - first.x0 <= widest and second.x0 - first.x1 >= tab)


_LIST_LABEL = regex.compile(r"\(?\p{L}{1,3}[.)]")
_NUMBER_LABEL = regex.compile(r"\(?(?:\d{1,2}(?:\.\d{1,2})*|[a-zđ]|[IVX]{1,4})[.),]")


def _text(head: str, body: list[Line], whole: list[Segment], g: Geometry | None,
          hang: float | None) -> tuple[str, float | None]:
    starts: set[int] = set()
    if g is not None and whole:
        found, hang = paragraph_starts(whole, g, hang)
        starts = set(found)
    out = []
    for i, (line, seg) in enumerate(zip(body, whole)):
        # tesseract's blocks tell paragraphs apart only where the geometry cannot
        if i and (i in starts or (g is None and line.key[0] != body[i - 1].key[0])):
            out.append("")
        out.append(seg.text)
    return head + "\n".join(out) + "\n", hang


def deskew(lines: list[Line]) -> list[Line]:
    """Word boxes turned back by the page's skew (a scan a degree off): the slope of
    the text lines is the median, over lines that span a good part of the page, of a
    least-squares fit of their words' bottoms; each box is then moved so that lines
    run level and the margin runs straight down."""
    slopes = []
    for line in lines:
        w = line.words
        if len(w) < 4 or w[-1].x1 - w[0].x0 < 150:
            continue
        xs = [(a.x0 + a.x1) / 2 for a in w]
        ys = [a.bottom for a in w]
        mx, my = sum(xs) / len(xs), sum(ys) / len(ys)
        var = sum((x - mx) ** 2 for x in xs)
        slopes.append(sum((x - mx) * (y - my) for x, y in zip(xs, ys)) / var)
    if len(slopes) < 3:
        return lines
    slopes.sort()
    s = slopes[len(slopes) // 2]
    if abs(s) < 0.001:
        return lines

    def turn(b: Segment) -> Segment:
        my, mx = (b.top + b.bottom) / 2, (b.x0 + b.x1) / 2
        return Segment(b.x0 + s * my, b.top - s * mx, b.x1 + s * my, b.bottom - s * mx, b.text)

    return [Line(line.key, [turn(w) for w in line.words], line.choices, line.confs) for line in lines]


OCR_TOLERANCE = 3.0       # pt: OCR'd word boxes wander a little more than a text layer's
OCR_SLACK = 3.0           # pt of extra space above a line that opens a paragraph


def _split_at_gaps(words: list[Segment]) -> list[Segment]:
    height = max((w.bottom - w.top for w in words), default=0)
    groups: list[list[Segment]] = [[words[0]]] if words else []
    for w in words[1:]:
        if w.x0 - groups[-1][-1].x1 > 1.2 * height:    # word spaces are ~0.3 of it
            groups.append([w])
        else:
            groups[-1].append(w)
    return [Segment(g[0].x0, min(w.top for w in g), g[-1].x1, max(w.bottom for w in g),
                    " ".join(w.text for w in g)) for g in groups]


_DIGITISH = r"[\dOoIl]"
_DATE = regex.compile(rf"(?<![\p{{L}}\d]){_DIGITISH}{{1,2}}([/.-]){_DIGITISH}{{1,2}}\1{_DIGITISH}{{4}}(?![\p{{L}}\d])")
_NUMBER = regex.compile(rf"(?<=\bsố:?\s*){_DIGITISH}+(?=/)", regex.I)


def repair_ocr(text: str) -> str:
    # eth for Đ; a fraction slash (U+2044), which a typed letter never has, for the
    # slash of a document symbol ("25⁄CT-BYT")
    text = text.replace("\u00d0", "Đ").replace("\u00f0", "đ").replace("\u2044", "/")
    text = _DATE.sub(lambda m: _digits(m.group()) if regex.search(r"\d", m.group()) else m.group(), text)
    return _NUMBER.sub(lambda m: _digits(m.group()) if regex.search(r"\d", m.group()) else m.group(), text)


def _digits(token: str) -> str:
    return token.translate(str.maketrans("OoIl", "0011"))
