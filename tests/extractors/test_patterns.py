"""The shared regex builders: grouped alternations match what a plain one matches."""
import pytest
import regex

from extractors.patterns import (
    alternation, finditer_at, loose, occurrences, trie_alternation, words,
)

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


# fragments as the agency rules write their stop words: loose, exact, spaced, escaped
FRAGMENTS = [loose("của"), loose("các"), loose("có"), regex.escape("cơ"), words("có trách nhiệm"),
             words("chủ trì"), words("chủ động"), regex.escape("tại"), loose("để"), regex.escape("đ/c"), "x"]


@pytest.mark.parametrize("text", [
    "của", "cua", "các", "cac", "có", "cơ", "cỏ", "có trách nhiệm", "có\ntrách   nhiệm", "có trách",
    "chủ trì", "chủ\tđộng", "chủ", "tại", "tai", "để", "dé", "đ/c", "x", "xy",
    # what none of them is
    "c", "ch", "chủ tịch", "Của", "", " có", "đ/", "y",
])
@pytest.mark.parametrize("after", ["", r"(?!\p{L})"])
def test_trie_alternation_matches_the_same_strings(text, after):
    trie = regex.compile(f"(?=(?:{trie_alternation(FRAGMENTS)}){after})")
    reference = regex.compile(f"(?=(?:{'|'.join(FRAGMENTS)}){after})")
    for pos in range(len(text) + 1):
        assert bool(trie.match(text, pos)) == bool(reference.match(text, pos))


def test_trie_alternation_factors_shared_atoms():
    assert trie_alternation([words("chủ trì"), words("chủ động"), "c"]) == \
        r"c(?:hủ[ \t\r\n]+(?:trì|động)|)"
    assert trie_alternation(["ab", "a"]) == "a(?:b|)"
    assert trie_alternation([]) == "(?!)"


def test_occurrences_overlap_and_keep_within_bounds():
    assert occurrences("chuyen gui, gui", ("gui", "chuyen gui")) == [0, 7, 12]
    assert occurrences("aaa", ("aa",)) == [0, 1]
    assert occurrences("gui gui gui", ("gui",), 1, 10) == [4]      # one past 10 would not fit
    assert occurrences("", ("gui",)) == []


# a pattern that opens with a word and may run over the next one's start
_OPENS_WITH = regex.compile(r"(?<!\p{L})(?:bao cao|gui|chuyen gui)(?:[ \t]+(?:gui|ve))*(?!\p{L})")


@pytest.mark.parametrize("text", [
    "bao cao gui ve So", "chuyen gui gui", "nguoi gui, bao cao", "baocao gui", "gui", "",
    "de bao cao ve; gui ve Bo",
])
@pytest.mark.parametrize("bounds", [(0, None), (3, None), (0, 12), (5, 9)])
def test_finditer_at_finds_what_finditer_finds(text, bounds):
    pos, endpos = bounds
    endpos = len(text) if endpos is None else min(endpos, len(text))
    pos = min(pos, endpos)
    want = [m.span() for m in _OPENS_WITH.finditer(text, pos, endpos)]
    starts = occurrences(text, ("bao cao", "gui", "chuyen gui"), pos, endpos)
    assert [m.span() for m in finditer_at(_OPENS_WITH, text, starts, pos, endpos)] == want
