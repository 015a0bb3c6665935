"""Glued words read back as printed (Text.unsplit), and the backward letter match it
uses in place of a search of the text up to each insertion."""
from __future__ import annotations

import pytest
import regex
from hypothesis import given
from hypothesis import strategies as st

from pipeline.textmap import Text, _letters_before

_AT_END = regex.compile(r"\p{L}+$")     # what _letters_before replaces, searched in a copy


@given(st.text(alphabet="aéĐ1 -\n", max_size=12), st.data())
def test_letters_before_is_the_search_of_the_text_before(text, data):
    i = data.draw(st.integers(0, len(text)))
    searched, matched = _AT_END.search(text[:i]), _letters_before(text, i)
    assert (searched and searched.group()) == (matched and matched.group())


@pytest.mark.parametrize("text, i, letters", [
    ("Bộ Tàichính", 6, "Tài"),
    ("Bộ Tài\nchính", 7, "Tài"),      # `$` stands before a final newline too
    ("năm 2021", 8, None),            # a digit ends the text: no letters at the end
    ("Sở ", 3, None),
    ("", 0, None),
])
def test_letters_before(text, i, letters):
    m = _letters_before(text, i)
    assert (m.group() if m else None) == letters


@pytest.mark.parametrize("source, value, printed", [
    ("Giao Sở Tàichính chủ trì.", "Sở Tài chính", "Sở Tàichính"),
    ("Giao Bộ Kếhoạch và Đầutư thực hiện.", "Bộ Kế hoạch và Đầu tư", "Bộ Kếhoạch và Đầutư"),
    # a value the view did not split stays as it is
    ("Giao Sở Tài chính chủ trì.", "Sở Tài chính", "Sở Tài chính"),
])
def test_unsplit(source, value, printed):
    doc = Text.from_source(source * 50)      # many insertions, the value among the last
    start = doc.view.rfind(value.split()[0])
    assert doc.unsplit(value, start, start + len(value)) == printed
