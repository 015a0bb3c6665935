"""The shared regex builders: grouped alternations match what a plain one matches."""
import pytest
import regex

from extractors.patterns import alternation, first_letter_groups, loose, words

PHRASES = ["Sở", "Sở Y tế", "Sở Tài chính", "Bộ", "Ban", "Ban Chỉ đạo", "Ủy ban", "Uỷ ban", "(a)"]


def plain(phrases):
    return "(?:" + "|".join(words(p) for p in sorted(set(phrases), key=len, reverse=True)) + ")"


@pytest.mark.parametrize("text", [
    "Sở Y tế tỉnh", "Sở\nY   tế", "Sở Y", "Sở Tài chính", "Ban Chỉ đạo", "Ban Chỉ", "Bộ", "Ủy ban",
    "Uỷ ban", "(a) b",
    # what none of them opens
    "Bọ", "sở", "Chỉ đạo", "", " Sở",
])
@pytest.mark.parametrize("after", ["", r"(?!\p{L})", r"[ \t]+\p{Lu}"])
def test_alternation_matches_as_a_plain_one(text, after):
    grouped = regex.compile(alternation(PHRASES) + after)
    reference = regex.compile(plain(PHRASES) + after)
    for pos in range(len(text) + 1):
        got, want = grouped.match(text, pos), reference.match(text, pos)
        assert (got and got.span()) == (want and want.span())


@pytest.mark.parametrize("text, expected", [
    ("tham mưu", "tham"),
    ("thâm", "thâm"),          # a loose word takes any tone
    ("tại", "tại"),
    ("tai", None),             # an exact word does not
    ("về", "về"),
    ("ve", "ve"),
    ("x", None),
])
def test_first_letter_groups_keep_order_and_matches(text, expected):
    alternatives = [(regex.escape("tại"), "t"), (loose("tham"), loose("t")[1:-1]), (loose("về"), loose("v")[1:-1])]
    pattern = regex.compile(first_letter_groups(alternatives) + r"(?!\p{L})")
    m = pattern.match(text)
    assert (m.group() if m else None) == expected
