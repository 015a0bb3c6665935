"""The hook-above tone tesseract reads as an acute or a tilde, put back where the word list
says so.

On a 200-dpi scan the small hook above (dấu hỏi) over ô, ê, ơ and a, u is often read as an
acute (dấu sắc) or a tilde (dấu ngã): "Tổ chức" comes out "Tố chức", "tổng hợp" "tống
hợp", "Thể thao" "Thế thao"; and a hat may go with it ("Tõ chức"). A syllable is given the hook instead where, as read, it
makes a two-syllable word of the word list with neither neighbour, and with the hook it
makes one with a neighbour that is in no word with its own other neighbour ("tố chức" is
no word, "tổ chức" is; "bán đồ uống" stays, "đồ uống" being a word). A few common words whose
hooked form is another common word are left as read ("số thu" is no word, but "sổ thu"
is). Only OCR'd text is repaired; every change is returned for the letter's
`ocr_repair` warning.
"""
from __future__ import annotations

import unicodedata

import regex

from pipeline.view import two_syllable_words, unify_text

_SYLLABLE = regex.compile(r"\p{L}+")
_ACUTE, _TILDE, _HOOK, _CIRCUMFLEX = "\u0301", "\u0303", "\u0309", "\u0302"
# words frequent in letters whose hooked form is a word too, never read as misreads; and
# each without its hat, as OCR may print it ("só thu" is "số thu", not "sổ thu")
_FREQUENT = ("số", "quý", "đó", "có", "sẽ", "cũng", "vẫn", "đã", "nữa", "mã", "ngã", "báo", "tính", "bán", "giá")
_KEEP = frozenset(_FREQUENT) | frozenset(
    unicodedata.normalize("NFC", unicodedata.normalize("NFD", w).replace(_CIRCUMFLEX, "")) for w in _FREQUENT)


def _hooked(syllable: str) -> list[str]:
    """The syllable with its acute or tilde made a hook above, and (OCR losing the hat
    under it too) with a circumflex put back on a bare o, a or e: "Tõ" -> "Tỏ", "Tổ"."""
    parts = unicodedata.normalize("NFD", syllable)
    if _ACUTE not in parts and _TILDE not in parts:
        return []
    hooked = parts.replace(_ACUTE, _HOOK).replace(_TILDE, _HOOK)
    forms = [unicodedata.normalize("NFC", hooked)]
    at = hooked.find(_HOOK)
    if at > 0 and hooked[at - 1] in "oae" and _CIRCUMFLEX not in hooked and "\u031b" not in hooked \
            and "\u0306" not in hooked:
        forms.append(unicodedata.normalize("NFC", hooked[:at] + _CIRCUMFLEX + hooked[at:]))
    return forms


def repair_tones(text: str) -> tuple[str, list[tuple[str, str]]]:
    """The text with misread hooks put back, and the (read, repaired) words."""
    words = two_syllable_words()
    if not words:
        return text, []           # (no word list: underthesea is not installed)
    found = list(_SYLLABLE.finditer(text))
    lower = [unify_text(m.group().lower()) for m in found]

    def spaced(i: int) -> bool:
        """Are syllables i and i+1 one space apart?"""
        return 0 <= i and i + 1 < len(found) and text[found[i].end():found[i + 1].start()] == " "

    def pairs(i: int, form: str, free: bool = False) -> bool:
        """Does `form`, at syllable i, make a word with the syllable before or after it? With
        `free`, only with a neighbour that makes no word with its own other neighbour
        ("bán đồ uống" is "bán" + "đồ uống", not "bản đồ")."""
        before = spaced(i - 1) and f"{lower[i - 1]} {form}" in words \
            and not (free and spaced(i - 2) and f"{lower[i - 2]} {lower[i - 1]}" in words)
        after = spaced(i) and f"{form} {lower[i + 1]}" in words \
            and not (free and spaced(i + 1) and f"{lower[i + 1]} {lower[i + 2]}" in words)
        return before or after

    out = list(text)
    changed = []
    for i, m in enumerate(found):
        read = m.group()
        if (len(read) > 1 and read.isupper()) or lower[i] in _KEEP:
            continue
        if pairs(i, lower[i]):
            continue
        fits = [form for form in _hooked(lower[i]) if pairs(i, form, free=True)]
        if len(fits) != 1:
            continue
        new = fits[0][0].upper() + fits[0][1:] if read[0].isupper() else fits[0]
        if len(new) == len(read):              # (one character for one: offsets stay)
            out[m.start():m.end()] = new
            changed.append((read, new))
    return "".join(out), changed
