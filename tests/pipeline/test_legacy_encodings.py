"""TCVN3, VNI and Windows-1258 letters read as Unicode."""
import unicodedata
from pathlib import Path

import pytest

from pipeline import extract
from pipeline.extract import extract_document
from pipeline.errors import UnreadableFile
from pipeline.readers.legacy_encodings import (
    decode_legacy, encode_tcvn3, encode_vni, tcvn3_to_unicode, vni_to_unicode,
)
from pipeline.readers import read_text_bytes

SEED = Path(__file__).parents[2] / "corpus" / "letters" / "004_141c8e3a1b93dbad.txt"
SAMPLE = ("Giao Sở Khoa học và Công nghệ chủ trì, phối hợp với Sở Tài chính, "
          "báo cáo Ủy ban nhân dân tỉnh trước ngày 10/7/2025. Người được giao: "
          "ỦY BAN NHÂN DÂN TỈNH; Độc lập - Tự do - Hạnh phúc; Quyết định; luỹ kế; yêu cầu.")


@pytest.mark.parametrize("typed, expected", [
    ("B¶o Th¾ng", "Bảo Thắng"),
    ("M\u00adêng Kh\u00ad¬ng", "Mường Khương"),
    ("Së Khoa häc vµ C«ng nghÖ chñ tr×", "Sở Khoa học và Công nghệ chủ trì"),
    ("§éc lËp - Tù do - H¹nh phóc", "Độc lập - Tự do - Hạnh phúc"),
    ("Uû BAN NH¢N D¢N TØNH PHó THä", "UỶ BAN NHÂN DÂN TỈNH PHÚ THỌ"),   # a .VnTimeH line
    ("b¸o c¸o ñy ban nh©n d©n tØnh", "báo cáo Ủy ban nhân dân tỉnh"),      # the agency's capital
    ("®­îc ñy quyÒn", "được ủy quyền"),                                     # not an agency
])
def test_tcvn3_phrases(typed, expected):
    assert tcvn3_to_unicode(typed) == expected


@pytest.mark.parametrize("typed, expected", [
    ("Xin chaøo caùc baïn", "Xin chào các bạn"),
    ("Ngöôøi ñöôïc Sôû Khoa hoïc vaø Coâng ngheä", "Người được Sở Khoa học và Công nghệ"),
    ("UÛY BAN NHAÂN DAÂN TÆNH", "ỦY BAN NHÂN DÂN TỈNH"),
    ("ÑOÄC LAÄP; Ñoàng Nai; Kyø hoïp; naêm; luyõ", "ĐỘC LẬP; Đồng Nai; Kỳ họp; năm; luỹ"),
])
def test_vni_phrases(typed, expected):
    assert vni_to_unicode(typed) == expected


def test_vni_round_trip_of_every_vietnamese_letter():
    letters = "".join(sorted({c for c in unicodedata.normalize("NFC", SAMPLE + "ằẳẵặỳỷỹỵữựửừứ")
                              if c.isalpha()}))
    assert vni_to_unicode(encode_vni(letters)) == letters


def _cp1258(text: str) -> bytes:
    """Windows-1258 keeps â, ê, ơ... whole and writes the tone as a combining mark."""
    out = b""
    for ch in text:
        try:
            out += ch.encode("cp1258")
        except UnicodeEncodeError:
            d = unicodedata.normalize("NFD", ch)
            base = unicodedata.normalize("NFC", "".join(c for c in d if c not in TONES))
            out += (base + "".join(c for c in d if c in TONES)).encode("cp1258")
    return out


TONES = "\u0300\u0301\u0309\u0303\u0323"


@pytest.mark.parametrize("encoder, name", [
    (lambda t: encode_tcvn3(t).encode("latin-1"), "TCVN3"),
    (lambda t: encode_vni(t).encode("cp1252", errors="strict"), "VNI"),
    (lambda t: _cp1258(t), "Windows-1258"),
])
def test_encoding_is_detected(encoder, name):
    lower = SAMPLE.lower()
    text, detected = decode_legacy(encoder(lower))
    assert detected == name
    if name == "TCVN3":        # its decoder capitalises the agency "Ủy ban nhân dân"
        lower = lower.replace("ủy ban nhân dân", "Ủy ban nhân dân")
    assert text == lower


def test_legacy_text_letter_extracts_like_the_utf8_one():
    source = SEED.read_text(encoding="utf-8")
    legacy = encode_tcvn3(source).encode("latin-1", errors="replace")
    raw = read_text_bytes(legacy, "old.txt")
    assert raw.encoding == "TCVN3"
    letter, clean = extract_document(raw), extract(SEED)
    assert [w.code for w in letter.warnings][0] == "legacy_encoding"
    assert len(letter.tasks) == len(clean.tasks)
    assert [t.deadline.due if t.deadline else None for t in letter.tasks] == \
           [t.deadline.due if t.deadline else None for t in clean.tasks]
    assert {c.ref for c in letter.citations} == {c.ref for c in clean.citations}


def test_mojibake_saved_as_utf8_is_converted():
    raw = read_text_bytes(encode_tcvn3(SAMPLE * 3).encode("utf-8"), "m.txt")
    assert raw.encoding == "utf-8 (TCVN3)"
    assert "Sở Khoa học và Công nghệ" in raw.source


def test_latin1_that_is_not_vietnamese_is_refused():
    with pytest.raises(UnreadableFile, match="not UTF-8 text .* TCVN3, VNI"):
        read_text_bytes("Ça va très bien, naïve façade.".encode("latin-1") * 5, "fr.txt")


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_without_byte_order_mark(codec):
    raw = read_text_bytes(SAMPLE.encode(codec), "u16.txt")
    assert (raw.source, raw.encoding) == (SAMPLE, codec)


def test_binary_noise_is_still_refused():
    with pytest.raises(UnreadableFile, match="binary data"):
        read_text_bytes(bytes(range(256)) * 8, "noise.txt")
