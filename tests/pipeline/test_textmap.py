import unicodedata

import pytest

from pipeline.textmap import Text


def test_nfc_text_is_identity():
    t = Text.from_source("Sở Nội vụ\r\n")
    assert t.text == "Sở Nội vụ \n"        # CR becomes a space: same length
    assert t.to_source(3) == 3


def test_decomposed_source_maps_back():
    source = unicodedata.normalize("NFD", "Giao Sở Nội vụ tham mưu")
    t = Text.from_source(source)
    assert t.text == "Giao Sở Nội vụ tham mưu"
    start = t.text.index("Sở Nội vụ")
    span = t.span(start, start + len("Sở Nội vụ"))
    assert unicodedata.normalize("NFC", source[span.start:span.end]) == "Sở Nội vụ"


@pytest.mark.parametrize("source", ["", "a", "\u0301abc", "e\u0301\u0323", "ọ\u0300x"])
def test_offsets_stay_inside_the_source(source):
    t = Text.from_source(source)
    for i in range(len(t.text) + 1):
        assert 0 <= t.to_source(i) <= len(source)
