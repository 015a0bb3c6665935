"""Patterns rewritten for text with short runs of whitespace (extractors/spacing.py)
match as written."""
from __future__ import annotations

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from extractors.spacing import short_run, short_runs


@pytest.mark.parametrize("pattern, rewritten", [
    (r"a[ \t\r\n]+b", r"a[ \t\r\n](?:[ \t\r\n]|)b"),
    (r"a[ \t\r\n]*b", r"a(?:[ \t\r\n](?:[ \t\r\n]|)|)b"),
    (r"a[ \t]+b[ \t\n]*c", r"a[ \t](?:[ \t]|)b(?:[ \t\n](?:[ \t\n]|)|)c"),
    (r"a +b", r"a (?: |)b"),
    (r"(?<=x[ \t]+)y", r"(?<=x[ \t](?:[ \t]|))y"),
    # not a greedy run of whitespace only: left as written
    (r"a[ \t]+?b", r"a[ \t]+?b"),
    (r"a[ \t]++b", r"a[ \t]++b"),
    (r"a[ \t]*?b", r"a[ \t]*?b"),
    (r"a[^ \t]+b", r"a[^ \t]+b"),
    (r"a[ \t,]+b", r"a[ \t,]+b"),
    (r"a\s+b", r"a\s+b"),
    (r"a\[ \t]+b", r"a\[ \t]+b"),
    (r"a[ \t]{1,3}b", r"a[ \t]{1,3}b"),
    (r"a[ \t]?b", r"a[ \t]?b"),
    (r"a\ +b", r"a\ +b"),
    (r"(?x)a [ \t]+ b", r"(?x)a [ \t]+ b"),
])
def test_short_run(pattern, rewritten):
    assert short_run(pattern) == rewritten


def test_short_run_longest():
    assert short_run(r"a[ \t]+b[ \t]*", 1) == r"a[ \t]b(?:[ \t]|)"
    assert short_run(r"a +", 3) == r"a (?: (?: |)|)"


@pytest.mark.parametrize("text, short", [
    ("Sở Y tế chủ trì", True),
    ("Sở Y tế\nchủ trì", True),
    ("", True),
    ("Sở Y  tế", True),
    ("Sở Y tế \nchủ trì", True),
    ("Sở\t\tY tế", True),
    ("Sở Y   tế", False),
    ("Sở Y tế \n chủ trì", False),
    ("Sở Y tế\r\n\n", False),
])
def test_short_runs(text, short):
    assert short_runs(text) is short


_PATTERNS = [
    r"ab[ \t\r\n]+c",
    r"a[ \t\r\n]*[ \t\r\n]+b",
    r"(?:a|b)[ \t\r\n]*(?:c[ \t\r\n]+)?(?=[ \t\r\n]*b)",
    r"(?<![ \t\r\n])a+[ \t\r\n]*(?P<x>b[ \t]*\n?[ \t]*c)?",
    r"(?:a[ \t\r\n]+){1,3}b",
    r"(?<=a[ \t\r\n]+)b[ \t\r\n]*$",
]
_GAPS = [" ", "\t", "\n", "\r", "  ", " \n", "\r\n", "\t "]
_SHORT = st.lists(st.sampled_from(["a", "b", "c", "ab", "ba"]), max_size=8).flatmap(
    lambda ws: st.lists(st.sampled_from(_GAPS), min_size=max(0, len(ws) - 1),
                        max_size=max(0, len(ws) - 1)).map(
        lambda gaps: "".join(w + g for w, g in zip(ws, [*gaps, ""]))))


@settings(max_examples=300, deadline=None)
@given(_SHORT)
def test_same_matches_on_text_with_short_runs(text):
    assert short_runs(text)
    for pattern in _PATTERNS:
        written, short = regex.compile(pattern), regex.compile(short_run(pattern))
        for pos in range(len(text) + 1):
            a, b = written.match(text, pos), short.match(text, pos)
            assert (a and (a.span(), a.groups())) == (b and (b.span(), b.groups())), (pattern, text, pos)
        assert [m.span() for m in written.finditer(text)] == [m.span() for m in short.finditer(text)]


@pytest.mark.parametrize("text", [
    "Giao Sở Tài chính chủ trì, phối hợp với các sở, ban, ngành tỉnh",
    "Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương",
    "Giám đốc Sở Y tế tỉnh Phú Thọ",
    "Các Bộ: Tài chính, Nội vụ và Y tế",
    "Ban Chỉ đạo quốc gia về chuyển đổi số",
    "Sở Lao động - Thương binh\nvà Xã hội",
    "Sở Lao động  -  Thương binh và  Xã hội",
    "các sở, ngành cấp tỉnh có liên quan",
    "Bộ  Thông tin và Truyền thông phối hợp với các bộ,  cơ quan liên quan",
])
def test_agency_patterns_same_both_ways(text):
    from extractors.agencies import _patterns, _short_run_patterns
    assert short_runs(text)
    for kind in ("named", "collective"):
        written, short = _patterns()[kind], _short_run_patterns()[kind]
        assert written is not short
        for pos in range(len(text)):
            a, b = written.match(text, pos), short.match(text, pos)
            assert (a and a.span()) == (b and b.span()), (kind, text, pos)


def test_long_runs_take_the_patterns_as_written():
    from extractors.agencies import _patterns, _patterns_for, _short_run_patterns
    assert _patterns_for("Sở Y tế   chủ trì")["named"] is _patterns()["named"]
    assert _patterns_for("Sở Y tế chủ trì")["named"] is _short_run_patterns()["named"]
    # the kinds not rewritten are the same objects either way
    assert _short_run_patterns()["titled"] is _patterns()["titled"]
