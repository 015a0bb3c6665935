"""The matching view of a letter: what every stage matches on, made once.

Letters are printed with words glued together ("Bộ Tàichính", "năm2021", web copies),
with old and new tone placement mixed ("Uỷ"/"Ủy"), and with OCR's habits ("2O2O",
"Bộ -Tư pháp"). The view is the NFC text with those undone; it is never shown:
values are read back from the text at their spans (`View.to_text`).

Each step is named and returns edits on its input: a same-length replacement, or a
space inserted where a glued word splits. Only insertions change offsets, so the map
back to the text is the sorted list of the view offsets that were inserted.
"""
from __future__ import annotations

import importlib.util
import unicodedata
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path

import regex

from extractors.patterns import alternation
from extractors.vocabulary import load_yaml

Edit = tuple[int, int, str]     # replace text[start:end] by the string (same length, or "" -> " " insert)

# Old and new tone placement: "hoà"/"hòa", "thuỷ"/"thủy" (the new one kept).
_TONES = {"oà": "òa", "oá": "óa", "oả": "ỏa", "oã": "õa", "oạ": "ọa", "oè": "òe", "oé": "óe",
          "oẻ": "ỏe", "oẽ": "õe", "oẹ": "ọe", "uỳ": "ùy", "uý": "úy", "uỷ": "ủy", "uỹ": "ũy",
          "uỵ": "ụy"}
_TONES.update({k.upper(): v.upper() for k, v in list(_TONES.items())})
_TONES.update({k[0].upper() + k[1:]: v[0].upper() + v[1:] for k, v in list(_TONES.items()) if k.islower()})
# (after "q" the "u" belongs to the consonant: "quý", "quỹ" are written one way)
# (grouped by first letter: the regex module tries the alternatives one by one)
_OLD_TONES = regex.compile(r"(?<![qQ])" + alternation(_TONES) + r"(?!\p{L})")


def unify_tones(text: str) -> list[Edit]:
    """ "Uỷ ban", "hoà" -> "Ủy ban", "hòa" (a word-final old placement only: "hoàn" is
    written one way)."""
    return [(m.start(), m.end(), _TONES[m.group()]) for m in _OLD_TONES.finditer(text)]


_NUMBER_LIKE = regex.compile(r"(?<![\p{L}\d])[\dOolI]+(?:[/.-][\dOolI]+)*(?![\p{L}\d])")
_NUMBER_PART = regex.compile(r"[^/.-]+")
# (a digit first: the regex module finds the digits fast, and letters touch few of them)
_DIGIT_BY_OCR_LETTER = regex.compile(r"\d(?:(?<=[OolI]\d)|(?=[OolI]))")
_OCR_LETTERS = frozenset("OolI")


_YEAR_LIKE = regex.compile(r"[12][\dOo]{3}")


def ocr_digits(text: str) -> list[Edit]:
    """OCR's O for 0 and l for 1 inside a number that is mostly digits, a year ("2O2O") or
    a date ("2O/1O/2020"); a part with no digit is left ("quý II/2020", "Il."), as is "l5l"."""
    edits: list[Edit] = []
    if not _DIGIT_BY_OCR_LETTER.search(text):
        return edits      # no part of a number has both a digit and an OCR letter
    for m in _NUMBER_LIKE.finditer(text):
        token = m.group()
        if _OCR_LETTERS.isdisjoint(token):
            continue      # digits only (most numbers): nothing to read back
        parts = [(p.start(), p.group()) for p in _NUMBER_PART.finditer(token)]
        date_like = len(parts) == 3 and all(any(c.isdigit() for c in p) for _, p in parts)
        for at, part in parts:
            digits = sum(c.isdigit() for c in part)
            if not digits or digits == len(part):
                continue
            if date_like or _YEAR_LIKE.fullmatch(part) or digits > len(part) - digits:
                edits.extend((m.start() + at + i, m.start() + at + i + 1, "0" if c in "Oo" else "1")
                             for i, c in enumerate(part) if c in "OolI")
    return edits


# "Bộ -Tư pháp": OCR put a hyphen between a head noun and the name that follows it.
_HEAD_HYPHEN = regex.compile(r"(?<=(?<!\p{L})(?:Bộ|Sở|Cục|Vụ|Ban|Tổng cục|Ủy ban|UBND)[ \t]+)-(?=\p{Lu})")


def head_hyphen(text: str) -> list[Edit]:
    return [(m.start(), m.end(), " ") for m in _HEAD_HYPHEN.finditer(text)]


# Tones OCR or a plain-text copy lost where the word is certain from its neighbour: "Uy ban"
# is only "Ủy ban"; "tinh/thanh phố" only "tỉnh/thành phố"; "nhân dân tinh" only "tỉnh";
# "Tong cục", "Tông cục" only "Tổng cục"; "va" between words only "và" (but "va chạm");
# "chi trì" only "chủ trì"; "Uý ban" only "Ủy ban"; "Trủng ương", "Trưng ương" only "Trung ương";
# "cấp tình" only "cấp tỉnh".
_LOST_TONES = [
    (regex.compile(r"(?<!\p{L})chi(?=[ \t\n]+trì(?![ \t\n]*\p{L}))"), "chủ"),    # (not "chi trì hoãn")
    (regex.compile(r"(?<=\p{L}[ \t\n]+)va(?=[ \t\n]+(?!(?:chạm|đập|quệt|quẹt|vấp)(?!\p{L}))\p{L})"), "và"),
    (regex.compile(r"(?<!\p{L})T(?:ong|ông)(?=[ \t\n]+cục(?!\p{L}))"), "Tổng"),
    (regex.compile(r"(?<!\p{L})U(?=y[ \t\n]+[Bb]an(?!\p{L}))"), "Ủ"),
    (regex.compile(r"(?<!\p{L})U[ýỳỹỵ](?=[ \t\n]+[Bb]an(?!\p{L}))"), "Ủy"),
    (regex.compile(r"(?<!\p{L})Tr[ưủùúũụừứửữự]ng(?=[ \t\n]+ương(?!\p{L}))"), "Trung"),
    (regex.compile(r"(?<!\p{L})tr[ưủùúũụừứửữự]ng(?=[ \t\n]+ương(?!\p{L}))"), "trung"),
    (regex.compile(r"(?<!\p{L})UY(?=[ \t\n]+BAN(?!\p{L}))"), "ỦY"),
    (regex.compile(r"(?<=[Nn]hân[ \t\n]+dân[ \t\n]+)tinh(?!\p{L})(?![ \t\n]+\p{Ll})"), "tỉnh"),  # (not "tinh thần")
    # ... or a tone swapped on a level: "cấp tình", "cấp tinh" only "cấp tỉnh"
    # (not "cung cấp tình hình": the situation provided)
    (regex.compile(r"(?<=(?<![Cc]ung[ \t\n]+)(?<!\p{L})[Cc]ấp[ \t\n]+)t[iìíĩị]nh(?!\p{L})(?![ \t\n]+hình)"), "tỉnh"),
    (regex.compile(r"(?<!\p{L})tinh(?=[ \t\n]*/[ \t\n]*th)"), "tỉnh"),
    (regex.compile(r"(?<=(?:tinh|tỉnh)[ \t\n]*/[ \t\n]*)thanh(?=[ \t\n]+phố)"), "thành"),
]


def lost_tones(text: str) -> list[Edit]:
    return [(m.start(), m.end(), new) for pattern, new in _LOST_TONES for m in pattern.finditer(text)]


# Markdown emphasis a crawl leaves around words ("**I.", "Sở Y tế:**", "*Nhóm 1:*"): not
# the letter's, and in the way of every pattern. A "* " that opens a line is a bullet.
_EMPHASIS = regex.compile(r"\*\*|__(?=\S)|(?<=\S)__|\*")
# ... and the HTML a converter leaves inside a table's cell: its line breaks, its hard spaces
HTML_SPACE = regex.compile(r"<br[ \t]*/?>|&nbsp;", regex.I)


def markup(text: str) -> list[Edit]:
    edits: list[Edit] = []
    opened = -1         # where the open "**" run starts, if one is open
    for m in _EMPHASIS.finditer(text):
        if m.group() == "**":
            if opened < 0:
                opened = m.start()
            else:
                block, opened = _bold_block(text, opened, m.start()), -1
                if block:
                    # a bold heading wrapped over lines ("**3. Cục" / "Điện ảnh**"): its
                    # close ends the paragraph, as the blank line a page would show
                    edits.append((m.start(), m.end(), " \n"))
                    continue
        if m.group() == "*":
            line_start = text.rfind("\n", 0, m.start()) + 1
            after = text[m.end():m.end() + 1]
            if not text[line_start:m.start()].strip() and after in (" ", "\t"):
                continue      # a bullet
            before = text[m.start() - 1:m.start()] if m.start() else " "
            if before.isspace() and (not after or after.isspace()):
                continue      # "2 * 3": a sign between spaces
        edits.append((m.start(), m.end(), " " * len(m.group())))
    if "<" in text or "&" in text:
        edits += [(m.start(), m.end(), " " * len(m.group())) for m in HTML_SPACE.finditer(text)]
        edits.sort()
    return edits


def _bold_block(text: str, start: int, close: int) -> bool:
    """A bold run that fills whole lines, more than one: from a line's start to another's end."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", close)
    line_end = len(text) if line_end < 0 else line_end
    return "\n" in text[start:close] and not text[line_start:start].strip() \
        and not text[close + 2:line_end].strip()


# ---------------------------------------------------------------- glued words

_TONE_MARKS = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}
_RISING_OR_HEAVY = {"\u0301", "\u0323"}


@cache
def _syllable_data() -> tuple[tuple[str, ...], frozenset[str], frozenset[str], tuple[str, ...]]:
    data = load_yaml("syllables.yaml")
    onsets = tuple(sorted(data["onsets"], key=len, reverse=True)) + ("",)
    return onsets, frozenset(data["rhymes"]), frozenset(data["gi_rhymes"]), tuple(data["stop_codas"])


@cache
def is_syllable(word: str) -> bool:
    """One Vietnamese syllable, in lower case: an onset, a rhyme, at most one tone."""
    decomposed = unicodedata.normalize("NFD", word)
    tones = [c for c in decomposed if c in _TONE_MARKS]
    if len(tones) > 1:
        return False
    bare = unicodedata.normalize("NFC", "".join(c for c in decomposed if c not in _TONE_MARKS))
    onsets, rhymes, gi_rhymes, stops = _syllable_data()
    for onset in onsets:
        if not bare.startswith(onset):
            continue
        rhyme = bare[len(onset):]
        if rhyme in rhymes or (onset == "gi" and (rhyme in gi_rhymes or rhyme == "")):
            if rhyme.endswith(stops) and not (tones and tones[0] in _RISING_OR_HEAVY):
                continue
            return True
    return False


_HATS = str.maketrans("âăêôơưđ", "aaeooud")


@cache
def _bare_rhymes() -> frozenset[str]:
    _, rhymes, gi_rhymes, _ = _syllable_data()
    return frozenset(r.translate(_HATS) for r in (*rhymes, *gi_rhymes))


def may_be_syllable(word: str) -> bool:
    """One syllable but for its hats and tone, as OCR prints them ("thué" for "thuế",
    "trién" for "triển"): not a glued word."""
    bare = "".join(c for c in unicodedata.normalize("NFD", word) if unicodedata.category(c) != "Mn")
    bare = bare.translate(_HATS)
    onsets = _syllable_data()[0]
    return any(bare.startswith(o) and bare[len(o):] in _bare_rhymes() for o in (*onsets, "d"))


@cache
def two_syllable_words() -> frozenset[str]:
    """Two-syllable words of underthesea's Viet74K word list, read without importing
    underthesea (heavy); empty when it is not installed."""
    spec = importlib.util.find_spec("underthesea")
    if spec is None or spec.origin is None:
        return frozenset()
    path = Path(spec.origin).parent / "corpus" / "data" / "Viet74K.txt"
    if not path.exists():
        return frozenset()
    words = (w.strip().lower() for w in path.read_text(encoding="utf-8").splitlines())
    return frozenset(unify_text(w) for w in words if w.count(" ") == 1)


def unify_text(text: str) -> str:
    return apply_edits(text, unify_tones(text))[0]


@cache
def split_word(word: str) -> tuple[int, ...]:
    """Where a glued word splits ("tàichính" -> (3,)), or () when it is one word or the
    split is not certain. Among the ways to cut it into syllables, the best has the
    fewest parts, then the most pairs that are words of the dictionary ("tạm ứng", not
    "tạ mứng"); it must be the only best one."""
    lower = word.lower()
    if is_syllable(lower) or may_be_syllable(lower):
        return ()
    words = two_syllable_words()
    n = len(lower)

    @cache
    def best(i: int, previous: str) -> tuple[tuple[int, int], int, tuple[int, ...]]:
        """((-parts, pairs), ways reaching it (at most 2), cuts) for lower[i:] after `previous`."""
        if i == n:
            return (0, 0), 1, ()
        top: tuple[tuple[int, int], int, tuple[int, ...]] | None = None
        for j in range(i + 1, min(n, i + 7) + 1):
            part = lower[i:j]
            if not is_syllable(part):
                continue
            (parts, pairs), ways, cuts = best(j, part)
            if ways == 0:
                continue
            pair = bool(previous) and unify_text(f"{previous} {part}") in words
            score = (parts - 1, pairs + pair)
            option = (score, ways, ((i,) if previous else ()) + cuts)
            if top is None or score > top[0]:
                top = option
            elif score == top[0]:
                top = (score, 2, top[2])
        return top if top is not None else ((0, 0), 0, ())

    (parts, _), ways, cuts = best(0, "")
    if ways != 1 or parts > -2:
        return ()
    bounds = (0, *cuts, n)
    if any(lower[a:b] in _BARE_VOWELS for a, b in zip(bounds, bounds[1:])):
        return ()
    return cuts


# a vowel letter alone, toneless, is no syllable a glued word holds: "iốt" is a loanword,
# not "i" + "ốt" (but "ý" is one: "đồng ýdự thảo")
_BARE_VOWELS = frozenset("aeiouy")
_WORD = regex.compile(r"\p{L}{3,}")
_GLUE_HINT = regex.compile(r"[^\x00-\x7f]|\p{Ll}\p{Lu}")
# "năm2021", "ngày21", "21tháng": a lower-case word glued to a number. The word touches
# the digits, so the patterns are tried only where a lower-case letter and a digit touch
# (found in one scan of the text each way), not at every position.
_LOWER_DIGIT = regex.compile(r"\d(?<=\p{Ll}\d)")     # (a digit first: found fast)
_DIGIT_LOWER = regex.compile(r"\d\p{Ll}")
_LOWER_RUN_BEFORE = regex.compile(r"(?r)\p{Ll}*")     # matched backwards from the digits
_WORD_THEN_DIGITS = regex.compile(r"(?<![\p{L}\d])\p{Ll}{2,}(?=\d)")
_DIGITS_THEN_WORD = regex.compile(r"(?<=(?<![\p{L}\d/.-])\d{1,4})\p{Ll}{2,}(?!\p{L})")


def split_glued(text: str) -> list[Edit]:
    edits: list[Edit] = []
    # a word is judged once per letter: most letters have no glued word at all
    glued = {w for w in set(_WORD.findall(text)) if _glued_cuts(w)}
    # each glued word looked for where it stands whole (a literal search), not every word
    # of the letter read again
    for pos, word in sorted((pos, w) for w in glued for pos in _whole_runs(text, w)):
        edits.extend((pos + cut, pos + cut, " ") for cut in _glued_cuts(word))
    # where a word ends on digits ("năm|2021") or starts after them ("21|tháng")
    touching = sorted([(m.start(), True) for m in _LOWER_DIGIT.finditer(text)]
                      + [(m.start() + 1, False) for m in _DIGIT_LOWER.finditer(text)])
    for at, word_before in touching:
        if word_before:
            word = _WORD_THEN_DIGITS.match(text, _LOWER_RUN_BEFORE.match(text, 0, at).start())
        else:
            word = _DIGITS_THEN_WORD.match(text, at)
        if word is not None and is_syllable(word.group()):
            edits.append((at, at, " "))
    return edits


_LETTER = regex.compile(r"\p{L}")


def _whole_runs(text: str, word: str):
    """Where `word`, a run of letters, stands in `text` as _WORD.finditer finds it: not
    touching another letter."""
    at = text.find(word)
    while at >= 0:
        stop = at + len(word)
        if (at == 0 or not _LETTER.match(text, at - 1)) and (stop == len(text) or not _LETTER.match(text, stop)):
            yield at
        at = text.find(word, at + 1)


@lru_cache(maxsize=65536)
def _glued_cuts(word: str) -> tuple[int, ...]:
    if word.isupper() or not _GLUE_HINT.search(word):
        return ()         # acronyms ("UBND") and plain ASCII ("online") stay whole
    return split_word(word)


# A letter put through a word segmenter joins a word's syllables with "_" ("Uỷ_ban_nhân_dân
# tỉnh yêu_cầu các sở"): a few of them are a code's own ("MA_LYDO", "ma_the_bhyt"); many in
# words with Vietnamese letters are the segmenter's, read as the spaces they stand for.
_SYLLABLE_JOIN = regex.compile(r"(?<=\p{L})_(?=\p{L})")
# (counted where a Vietnamese letter is in the joined word: "quản_lý", not a code's "ma_the")
_SEGMENTED = regex.compile(r"[^\x00-\x7f\W]\p{L}*_\p{L}|\p{L}_\p{L}*[^\x00-\x7f\W]")
_SEGMENTED_MIN = 20


# ... and its tokens' spaces before punctuation ("Đầu_tư , Sở", "1 . Tăng_cường")
_SPACED_MARK = regex.compile(r"(?<=[\p{L}\d)\"]) ([,.;:!?])(?=[ \t]|$)", regex.M)


def segmented_words(text: str) -> list[Edit]:
    if "_" not in text or sum(1 for _ in zip(range(_SEGMENTED_MIN), _SEGMENTED.finditer(text))) < _SEGMENTED_MIN:
        return []
    edits = [(m.start(), m.end(), " ") for m in _SYLLABLE_JOIN.finditer(text)]
    # ... and its tokens' spaces before punctuation ("Đầu_tư , Sở", "1 . Tăng_cường"): the
    # mark moved onto the word, as printed text has it
    edits += [(m.start(), m.end(), m.group(1) + " ") for m in _SPACED_MARK.finditer(text)]
    return sorted(edits)


STEPS: dict[str, Callable[[str], list[Edit]]] = {
    "markup": markup,
    "segmented_words": segmented_words,
    "unify_tones": unify_tones,
    "split_glued": split_glued,       # before the digits: "năm2O21" is "năm" and "2O21"
    "ocr_digits": ocr_digits,
    "head_hyphen": head_hyphen,
    "lost_tones": lost_tones,
}


def apply_edits(text: str, edits: list[Edit]) -> tuple[str, list[int]]:
    """The edited text and the offsets (in it) of the characters inserted."""
    out: list[str] = []
    inserted: list[int] = []
    pos = 0
    length = 0
    for start, end, new in sorted(edits, key=lambda e: (e[0], e[1])):
        if start < pos:
            continue               # overlapping edits: the first wins
        out.append(text[pos:start])
        length += start - pos
        if start == end:
            inserted.extend(range(length, length + len(new)))
        out.append(new)
        length += len(new)
        pos = end
    out.append(text[pos:])
    return "".join(out), inserted


@dataclass(frozen=True)
class View:
    """The view's string, and the view offsets of the characters it inserted."""
    text: str
    inserted: tuple[int, ...] = ()

    def to_text(self, offset: int) -> int:
        """The text offset of view offset `offset` (an inserted space maps to the
        character after it)."""
        return offset - bisect_right(self.inserted, offset - 1) if self.inserted else offset


def make_view(text: str, steps: list[str] | None = None) -> View:
    """Apply the named steps in order (all by default)."""
    inserted: list[int] = []
    for name in steps or list(STEPS):
        edits = STEPS[name](text)
        if not edits:
            continue
        text, new = apply_edits(text, edits)
        if new:
            # an earlier insertion shifts by the new ones at or before it (in its step's text)
            points = [n - k for k, n in enumerate(new)]
            inserted = sorted([i + bisect_right(points, i) for i in inserted] + new)
    return View(text, tuple(inserted))
