"""Vietnamese text from before Unicode: TCVN3 (ABC), VNI and Windows-1258.

Old letters were typed in 8-bit fonts that draw Vietnamese letters on Latin-1 code
points: TCVN3 (.VnTime, and .VnTimeH whose glyphs are all capitals) gives each
toned vowel its own byte; VNI (VNI-Times) writes a base letter then one byte for
its marks. A DOCX keeps the font's code points as Latin-1 characters, a .txt keeps
the bytes. Both are turned into NFC Unicode here; which table a .txt used is
guessed by which conversion yields the most common Vietnamese words.
"""
from __future__ import annotations

import unicodedata

import regex

# TCVN3 (ABC, TCVN 5712:1993 VN3): lower-case toned vowels and the seven capitals
# with their own bytes. Capitals with tones come from .VnTimeH, which draws these
# same bytes as capitals.
_TCVN3_LOWER = {
    "a": "µ¸¶·¹", "ă": "»¾¼½Æ", "â": "ÇÊÈÉË", "e": "ÌÐÎÏÑ", "ê": "ÒÕÓÔÖ",
    "i": "×ÝØÜÞ", "o": "ßãáâä", "ô": "åèæçé", "ơ": "êíëìî", "u": "ïóñòô",
    "ư": "õøö÷ù", "y": "úýûüþ",
}
_TONES = "\u0300\u0301\u0309\u0303\u0323"        # grave, acute, hook, tilde, dot below
TCVN3 = {"¨": "ă", "©": "â", "ª": "ê", "«": "ô", "¬": "ơ", "\u00ad": "ư", "®": "đ",
         "¡": "Ă", "¢": "Â", "£": "Ê", "¤": "Ô", "¥": "Ơ", "¦": "Ư", "§": "Đ"}
for _base, _codes in _TCVN3_LOWER.items():
    for _code, _tone in zip(_codes, _TONES):
        TCVN3[_code] = unicodedata.normalize("NFC", _base + _tone)
_TCVN3_TABLE = str.maketrans(TCVN3)

# VNI: a base letter followed by a mark byte. Marks differ after a vowel that carries
# a circumflex or breve; the upper-case forms use the upper-case Latin-1 letters.
_VNI_TONE = {"ø": "\u0300", "ù": "\u0301", "û": "\u0309", "õ": "\u0303", "ï": "\u0323"}
_VNI_HAT = {"â": "", "á": "\u0301", "à": "\u0300", "å": "\u0309", "ã": "\u0303", "ä": "\u0323"}
_VNI_BREVE = {"ê": "", "é": "\u0301", "è": "\u0300", "ú": "\u0309", "ü": "\u0303", "ë": "\u0323"}
_VNI_SINGLE = {"ô": "ơ", "Ô": "Ơ", "ö": "ư", "Ö": "Ư", "ñ": "đ", "Ñ": "Đ",
               "ì": "ì", "Ì": "Ì", "í": "í", "Í": "Í", "æ": "ỉ", "Æ": "Ỉ",
               "ó": "ĩ", "Ó": "Ĩ", "ò": "ị", "Ò": "Ị"}


def _vni_pairs() -> dict[str, str]:
    pairs: dict[str, str] = {}

    def add(base: str, marks: dict[str, str], prefix: str = "") -> None:
        for byte, mark in marks.items():
            for b, m in ((base, byte), (base.upper(), byte.upper())):
                pairs[b + m] = unicodedata.normalize("NFC", b + prefix + mark)

    for vowel in "aeouy":
        add(vowel, _VNI_TONE)
    add("y", {"î": "\u0323"})                     # ỵ has its own mark byte
    for vowel in "aeo":
        add(vowel, _VNI_HAT, "\u0302")
    add("a", _VNI_BREVE, "\u0306")
    for base, tail in (("ô", "ơ"), ("ö", "ư")):   # ơ and ư take the plain tone bytes
        for byte, mark in _VNI_TONE.items():
            for b, t, m in ((base, tail, byte), (base.upper(), tail.upper(), byte.upper())):
                pairs[b + m] = unicodedata.normalize("NFC", t + mark)
    return pairs


VNI_PAIRS = _vni_pairs()
VNI = {**_VNI_SINGLE, **VNI_PAIRS}
# one pass, pairs first: a pair's output ("oâ" -> "ô") must not be read again as a single
_VNI_PATTERN = regex.compile("|".join(sorted(map(regex.escape, VNI), key=len, reverse=True)))
_CAPS_WITH_CODE = regex.compile(r"\b(?=[A-Z\u00a1-\u00ff]*[A-Z])(?=[A-Z\u00a1-\u00ff]*[\u00a1-\u00ff])[A-Z\u00a1-\u00ff]+")
_LOWER_ASCII = regex.compile(r"[a-z]")
_UY_BAN = regex.compile(r"(?<![\p{L}])ủy ban(?= nhân dân| mặt trận| kiểm tra| thường vụ| quốc gia)")


def tcvn3_to_unicode(text: str, capitals: bool = False, guess_capitals: bool = True) -> str:
    """TCVN3 code points to Unicode. `capitals`: the run was in an "H" font (.VnTimeH).
    `guess_capitals`: no font is known (a .txt); a line typed in .VnTimeH shows as
    ASCII capitals next to lower-case vowel codes ("TØNH PHó THä"), so such lines
    are put in capitals."""
    out = text.translate(_TCVN3_TABLE)
    if capitals:
        return out.upper()
    if not guess_capitals:
        return out
    lines = zip(text.splitlines(keepends=True), out.splitlines(keepends=True))
    out = "".join(new.upper() if _typed_in_capitals(old) else new for old, new in lines)
    # "Ủy ban" names an agency (Decree 30 capitalises it); its toned capital had no
    # byte, so without a font it reads "ủy ban". The one capital put back.
    return _UY_BAN.sub("Ủy ban", out)


def _typed_in_capitals(line: str) -> bool:
    if _LOWER_ASCII.search(line):
        return False
    return len(_CAPS_WITH_CODE.findall(line)) >= 2


def vni_to_unicode(text: str) -> str:
    return _VNI_PATTERN.sub(lambda m: VNI[m.group()], text)


def is_legacy_font(font: str | None) -> str | None:
    """"tcvn3", "tcvn3-caps" or "vni" for a legacy font's name, else None."""
    if not font:
        return None
    name = font.strip()
    if name.startswith(".Vn"):
        return "tcvn3-caps" if name.endswith("H") else "tcvn3"
    if name.upper().startswith("VNI"):
        return "vni"
    return None


def convert_run(text: str, encoding: str) -> str:
    if encoding == "vni":
        return vni_to_unicode(text)
    return tcvn3_to_unicode(text, capitals=encoding == "tcvn3-caps", guess_capitals=False)


# Words found in every Vietnamese letter: the conversion that yields most of them is
# the letter's encoding.
_COMMON = regex.compile(
    r"\b(?:của|và|các|được|trong|thực|hiện|người|ngày|tháng|năm|tỉnh|những|với|theo|"
    r"việc|công|văn|số|đến|cho|này|có|không|chủ|trì|phối|hợp|báo|cáo|nhân|dân|Việt|Nam)\b",
    regex.I)


def _vietnamese_score(text: str) -> int:
    return len(_COMMON.findall(text))


def decode_legacy(data: bytes) -> tuple[str, str] | None:
    """(text, encoding name) for bytes in a legacy Vietnamese encoding, None if no
    candidate reads as Vietnamese."""
    latin = data.decode("latin-1")
    candidates = {"TCVN3": tcvn3_to_unicode(latin), "VNI": vni_to_unicode(latin)}
    try:
        candidates["Windows-1258"] = unicodedata.normalize("NFC", data.decode("cp1258"))
    except UnicodeDecodeError:
        pass
    scored = sorted(((_vietnamese_score(t), name, t) for name, t in candidates.items()),
                    reverse=True)
    best_score, name, text = scored[0]
    words = len(regex.findall(r"\w+", text))
    if best_score == 0 or best_score < 0.02 * words:
        return None
    return text, name


# letters outside Latin-1 (â, ê, ô are in it, and TCVN3 uses them for other letters)
_VIETNAMESE_LETTERS = regex.compile(r"[ăđơưĂĐƠƯ\u1ea0-\u1ef9]")
_LATIN1_LETTERS = regex.compile(r"[\u00a1-\u00ff]")


def looks_like_legacy(text: str) -> bool:
    """Decoded text with many Latin-1 accented letters and no Vietnamese ones."""
    sample = text[:20000]
    return (len(_LATIN1_LETTERS.findall(sample)) > 20
            and not _VIETNAMESE_LETTERS.search(sample))


# The reverse tables write fixtures and tests. TCVN3 has no byte for a toned capital
# (those were typed in .VnTimeH), so capitals go to the lower-case byte.
_TO_TCVN3 = {v: k for k, v in TCVN3.items()}
_TO_VNI = {v: k for k, v in VNI.items()}


def encode_tcvn3(text: str) -> str:
    """Unicode to TCVN3 code points (a str of Latin-1 characters)."""
    out = []
    for ch in unicodedata.normalize("NFC", text):
        code = _TO_TCVN3.get(ch) or _TO_TCVN3.get(ch.lower())
        out.append(code or ch)
    return "".join(out)


def encode_vni(text: str) -> str:
    return "".join(_TO_VNI.get(ch, ch) for ch in unicodedata.normalize("NFC", text))


def utf16_without_bom(data: bytes) -> str | None:
    """"utf-16-le" or "utf-16-be" for UTF-16 saved without a byte order mark: in a
    letter most characters are ASCII, whose high byte is zero."""
    sample = data[:4096]
    if len(sample) < 8 or len(sample) % 2:
        return None
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    half = len(sample) // 2
    if odd > 0.3 * half and even < 0.02 * half:
        return "utf-16-le"
    if even > 0.3 * half and odd < 0.02 * half:
        return "utf-16-be"
    return None
