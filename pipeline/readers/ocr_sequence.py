"""Item and heading labels of OCR'd text put back in sequence where only one label fits.

tesseract slips most on the short labels that open paragraphs: "I." read "L.", "TL"
or "1.", "5." read "5," or "9.", "2." read "+.", "3." read "ả.", "đ)" read "ở)", "a)"
read "ạ)", a speck of dust glued before a label ("_IX.", "-9,"). Where the labels read before and after it say
which one it must be, it is put back; every change is returned for the letter's
`ocr_repair` warning. Labels a letter itself prints out of order are left alone. A
bullet read as a letter and a mark ("s*") beside bulleted paragraphs is a bullet.
"""
from __future__ import annotations

import unicodedata

import regex


# Roman section headings in capitals ("II. NỘI DUNG CÔNG TÁC") are where tesseract
# slips most: "I." comes out "L.", "1." or "TL", "II." comes out "H.", "III." comes out
# "IIL" or "II.", and the space after the stop may be lost ("I.MỤC ĐÍCH").
_HEADING = regex.compile(r"(?m)^(?P<pre>[ \t]*)(?P<hash>#+[ \t]*)?(?P<speck>[_'‘’`.,-])?(?P<label>[IVXLlT1|H]{1,5})(?P<dot>[.,:]?)(?P<gap>[ \t]+|(?<=[.,:]))"
                         r"(?=[^\p{Ll}\n]*\p{Lu}{2}[^\p{Ll}\n]*$)")
_ROMANS = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"]


def repair_headings(text: str) -> tuple[str, list[str]]:
    """Roman heading labels put back in sequence when OCR misread them by one letter.
    Only for letters that visibly number headings in Roman numerals (some heading
    reads II, III, IV... correctly, or "H." that only "II." is read as); returns
    the text and what was changed."""
    found = list(_HEADING.finditer(text))
    if not any(m["label"].replace("H", "II") in _ROMANS[1:] for m in found):
        return text, []
    changes: list[tuple[int, int, str]] = []
    notes = []
    k = 0
    for m in found:
        k += 1
        if k > len(_ROMANS):
            break
        read = m["label"].translate(str.maketrans("lL1|T", "IIIII")).replace("H", "II")
        expected = _ROMANS[k - 1]
        hashes = (m["hash"] or "").strip()
        spaced = m["gap"] and (not hashes or m["hash"] != hashes)
        speck = m["speck"] or ""          # a speck of dust glued before the label ("_IX.")
        if read == expected and m["label"] == expected and m["dot"] == "." and spaced and not speck:
            continue
        if read == expected or _one_edit(read, expected):
            # a markdown heading's "#" keeps its space too ("#1." -> "# I.")
            start = m.start("hash") if hashes else (m.start("speck") if speck else m.start("label"))
            changes.append((start, m.end("gap"), (hashes + " " if hashes else "") + expected + ". "))
            notes.append(f"{hashes}{speck}{m['label']}{m['dot']}{'' if spaced else ' (no space)'} -> {expected}.")
        elif read in _ROMANS:
            k = _ROMANS.index(read) + 1       # a heading the count missed: follow the letter
    return _applied(text, changes), notes


# "5," for "5." (and "2.2," for "2.2."): tesseract confuses the two at a paragraph's
# start; an unreadable number ("+.") or one digit misread ("9." between "4." and "6.")
# (or one letter that no list of this kind uses, a digit's shape misread: "ả." or "Z." for
# "3." or "7."; not a lower-case Latin letter, which may be a list's own label, nor a
# Roman numeral)
_ITEM = regex.compile(r"(?m)(?:\A|(?<=\n[ \t]*\n))[ \t]*(?P<speck>[-_'‘’`.](?=\d))?"
                      r"(?P<n>\d{1,2}(?:\.\d{1,2})*|[^\p{L}\p{N}\s]{1,2}|(?![a-zIVXLC])\p{L})(?P<p>[.,])(?=[ \t]|[ \t]*\n)")


def repair_item_numbers(text: str) -> tuple[str, list[str]]:
    """Numbered items put back in sequence where only one number fits: a paragraph
    opened by "N," is item N when the last item read at its level was "N-1." or the next
    is "N+1." ("2.2," after "2.1."; the number is right, its stop was read as a comma); one opened by
    marks that are no number ("+."), by a letter in a digit's shape ("ả.", "Z.") or by
    a number a digit off ("9.", "2,") is item N when the items read before and after
    it at the top level are N-1 and N+1 (or none follows, for marks)."""
    found = list(_ITEM.finditer(text))
    numbers = [tuple(int(v) for v in m["n"].split(".")) if m["n"][0].isdigit() else None for m in found]
    last: dict[tuple[int, ...], int] = {}      # under each parent number, the last item read
    changes, notes = [], []
    for k, m in enumerate(found):
        parts = numbers[k]
        if parts is None or len(parts) == 1:
            # (a letter is told only by both neighbours; marks alone also by the one before)
            n = _top_between(numbers, k, last.get(()), marks=parts is None and not m["n"].isalpha())
            if n is not None and (parts is None or _one_digit_off(parts[0], n)):
                changes.append((m.start("n"), m.end("p"), f"{n}."))
                notes.append(f"{m['n']}{m['p']} -> {n}.")
                last[()] = n
                continue
        if parts is None:
            continue
        parent, n = parts[:-1], parts[-1]
        # (or the next item read at its level is N+1: "2.2," before "2.3.", its "2.1." lost)
        following = next((p for p in numbers[k + 1:] if p is not None and p[:-1] == parent), None)
        if m["p"] == "," and (last.get(parent) == n - 1 or following == (*parent, n + 1)):
            # a speck glued before the number ("-9,") goes with the comma
            changes.append((m.start("p"), m.end("p"), "."))
            if m["speck"]:
                changes.append((m.start("speck"), m.end("speck"), ""))
            notes.append(f"{m['speck'] or ''}{m['n']}, -> {m['n']}.")
            last[parent] = n
        elif m["p"] == "." and m["speck"] and m["speck"] in "_'‘’`":
            # a mark no label has, glued before a number and its stop ("_2.3."): a speck
            changes.append((m.start("speck"), m.end("speck"), ""))
            notes.append(f"{m['speck']}{m['n']}. -> {m['n']}.")
            last[parent] = n
        elif m["p"] == "." and not m["speck"]:
            last[parent] = n
    return _applied(text, changes), notes


def _top_between(numbers: list, k: int, before: int | None, marks: bool) -> int | None:
    """The top-level item number that item k must have, from the one read before it
    and the next one read after it; None where they do not say."""
    if before is None:
        return None
    after = next((p[0] for p in numbers[k + 1:] if p is not None and len(p) == 1), None)
    if after is None:
        return before + 1 if marks else None
    if after == before + 2 and numbers[k] != (before + 1,):
        return before + 1
    return None


def _one_digit_off(read: int, n: int) -> bool:
    a, b = str(read), str(n)
    return len(a) == len(b) and sum(x != y for x, y in zip(a, b)) == 1


# a list's letter labels in order: the Vietnamese alphabet ("đ" after "d", no f, j, w,
# z), or the Latin one that some letters follow
VIETNAMESE_LETTERS = "abcdđeghiklmnopqrstuvxy"
LATIN_LETTERS = "abcdefghijklmnopqrstuvwxyz"
LETTERS = "abcdđefghijklmnopqrstuvwxyz"
_LETTER_ITEM = regex.compile(r"(?m)(?:\A|(?<=\n[ \t]*\n))[ \t]*(?P<label>\p{Ll}{1,2})(?=\)[ \t])")


def repair_letter_labels(text: str) -> tuple[str, list[str]]:
    """A paragraph opened by a label no list uses ("ở)", "là)", "ạ)") is a letter label
    where the labels around it say which: the one letter between two labels ("đ" between
    "d)" and "e)", "g" between "e)" and "h)", Vietnamese having no "f", "f" between "e)"
    and "g)"); the letter its mark sits on, where that letter fits beside them ("ạ)"
    before "b)"); the letter after the one before, where the next list starts after it
    ("ở)" after "d)", then "a)"; with nothing after it, it is left alone). And the one
    bullet paragraph between two labels that skip a letter is that letter's label."""
    found = list(_LETTER_ITEM.finditer(text))
    used = {m["label"] for m in found}
    # (the alphabet the letter follows, as far as its labels show)
    alphabet = LETTERS if "f" in used and "đ" in used else LATIN_LETTERS if "f" in used else VIETNAMESE_LETTERS
    changes, notes = [], []
    for k, m in enumerate(found):
        if m["label"] in LETTERS:
            continue
        before = found[k - 1]["label"] if k else None
        after = found[k + 1]["label"] if k + 1 < len(found) else None
        before = before if before and before in LETTERS else None
        after = after if after and after in LETTERS else None
        # in either alphabet, exactly one letter between the labels around it
        fits = {gap for gap in _gaps(before, after) if gap is not None and len(gap) == 1} \
            if before and after else set()
        if not fits:
            fits = _fits_beside(m["label"], before, after, alphabet)
        if len(fits) == 1:
            label = fits.pop()
            changes.append((m.start("label"), m.end("label"), label))
            notes.append(f"{m['label']}) -> {label})")
    # a label read as a bullet: the one bullet paragraph between two labels that skip one
    # letter ("b) ..." / "• Bộ X:" / "d) ...": the bullet is "c)")
    # (only where both alphabets skip the same one letter, "b)" / "d)": "d)" / "e)" skips "đ"
    # in one and nothing in the other, and the bullet may be a bullet)
    for k in range(len(found) - 1):
        gaps = set(_gaps(found[k]["label"], found[k + 1]["label"]))
        bullets = list(_BULLET_ITEM.finditer(text, found[k].end(), found[k + 1].start()))
        if len(gaps) == 1 and len(between := gaps.pop() or "") == 1 and len(bullets) == 1:
            label = between
            changes.append((bullets[0].start("mark"), bullets[0].end("mark"), f"{label})"))
            notes.append(f"{bullets[0]['mark']} -> {label})")
    return _applied(text, changes), notes


def _gaps(before: str, after: str) -> list[str | None]:
    """The letters between two labels in each alphabet (None where one is not in it)."""
    return [letters[letters.index(before) + 1:letters.index(after)] if before in letters and after in letters
            else None for letters in (VIETNAMESE_LETTERS, LATIN_LETTERS)]


_BULLET_ITEM = regex.compile(r"(?m)(?<=\n[ \t]*\n)[ \t]*(?P<mark>[•●▪])(?=[ \t])")


def _fits_beside(label: str, before: str | None, after: str | None, alphabet: str) -> set[str]:
    """The letter a misread label stands for, from the labels beside it (see above)."""
    next_of = alphabet[alphabet.index(before) + 1] if before and before in alphabet[:-1] else None
    restarts = after == "a"     # (the next list starts: this one went on to here)
    bare = unicodedata.normalize("NFD", label)[0]
    if len(label) == 1 and bare in alphabet and bare != label:
        # the letter under a mark OCR added: "ạ)" before "b)", "ê)" after "d)"
        prev_of = alphabet[alphabet.index(after) - 1] if after and after in alphabet[1:] else None
        if bare in {next_of, prev_of} or (bare == "a" and before is None and after == "b"):
            return {bare}
    if next_of is not None and restarts and before is not None:
        return {next_of}
    return set()


def _applied(text: str, changes: list[tuple[int, int, str]]) -> str:
    """The text with each (start, end, new) replacement made, the last first (none overlap)."""
    for start, end, new in sorted(changes, reverse=True):
        text = text[:start] + new + text[end:]
    return text


def _one_edit(a: str, b: str) -> bool:
    if abs(len(a) - len(b)) > 1 or a == b:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b)) == 1
    short, long_ = sorted((a, b), key=len)
    return any(long_[:i] + long_[i + 1:] == short for i in range(len(long_)))


# a paragraph opened by a bullet glyph tesseract read as a letter and a mark ("s*", "s%")
# or as marks ("*", "©"), with a bulleted paragraph beside it (not a quote's opening mark:
# a quoted paragraph in a list is no item)
_BULLET_LIKE = regex.compile(r"(?m)(?:\A|(?<=\n[ \t]*\n))[ \t]*(?P<mark>\p{Ll}?[*%~©]{1,2})(?=[ \t]+\S)")
_BULLETED = regex.compile(r"(?m)(?:\A|(?<=\n[ \t]*\n))[ \t]*(?:[•●▪]|\*(?=[ \t]))")
_PARAGRAPH_START = regex.compile(r"(?m)(?:\A|(?<=\n[ \t]*\n))[ \t]*\S")


def repair_bullets(text: str) -> tuple[str, list[str]]:
    """Bullets misread as a letter and a mark ("s* Thực hiện ...") or as marks, in a list
    whose other paragraphs read their bullet ("•"): each such paragraph beside a bulleted
    one (before or after it) is bulleted too."""
    bulleted = {m.start() for m in _BULLETED.finditer(text)}
    if not bulleted:
        return text, []
    starts = [m.start() for m in _PARAGRAPH_START.finditer(text)]
    index = {at: i for i, at in enumerate(starts)}      # each paragraph's place among them
    changes, notes = [], []
    for m in _BULLET_LIKE.finditer(text):
        at = index.get(m.start())
        if at is None:
            continue
        beside = {starts[at - 1] if at else None, starts[at + 1] if at + 1 < len(starts) else None}
        if beside & bulleted:
            changes.append((m.start("mark"), m.end("mark"), "•"))
            notes.append(f"{m['mark']} -> •")
    return _applied(text, changes), notes
