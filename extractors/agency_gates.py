"""Cheap looks before the agency patterns (extractors/agencies.py).

The regex module spends microseconds setting up a match of a pattern as large as the
agency rules even where it fails at the first word, and most start words open no
mention: "các" before a verb, "công" of "công tác", "Bộ" of "Bộ trưởng". Each look here
is a condition every match of its pattern meets, checked with string methods: the
phrase the pattern must open with (a head, a title, a collective noun), and what must
follow it (a space and a name in capitals, a place, a comma). Where a look fails, the
pattern cannot match and is not tried; where it passes, the pattern decides.

A look must never turn away a start its pattern matches: tests/extractors/
test_agencies.py checks them on invented phrases, and `find_agencies` is checked
against its former results on every letter of the corpora.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from functools import cache

import regex

from extractors.patterns import WS, loose
from extractors.vocabulary import agency_vocabulary, provinces

Gate = Callable[[str, int, int, str], bool]     # text, start, end of the text, word at start

_SPACE = " \t\r\n"      # the characters of WS and OPT_WS (extractors/patterns.py)
_WORD_CHARS = re.compile(r"\w+")


# the steering committees the standalone pattern reads, as typed ("Ban chỉ đạo tỉnh")
_STEERING = ("Ban Chỉ đạo", "Ban chỉ đạo")


def after_space(text: str, pos: int, end: int) -> int:
    """Where the run of WS characters at `pos` ends (pos itself when there is none)."""
    while pos < end and text[pos] in _SPACE:
        pos += 1
    return pos


def phrase_end(text: str, pos: int, end: int, words: list[str]) -> int | None:
    """Where `words`, printed with WS between them, end if they stand at `pos`."""
    for i, w in enumerate(words):
        if i:
            after = after_space(text, pos, end)
            if after == pos:
                return None
            pos = after
        if not text.startswith(w, pos, end):
            return None
        pos += len(w)
    return pos


class Phrases:
    """Phrases as the patterns write them (patterns.words: WS between the words), found
    by the run of \\w a start word is: a phrase whose first word is a prefix of it."""

    def __init__(self, phrases: Iterable[tuple[str, bool]]):
        """`phrases`: each with whether its first letter may be in either case (as
        agencies._first_letter_ci writes it)."""
        self.by_first: dict[str, list[list[str]]] = {}
        self.other: list[list[str]] = []      # first words with other characters than \w
        for p, either_case in set(phrases):
            words = p.split()
            initials = p[0].upper() + p[0].lower() if either_case else p[0]
            for first in {c + words[0][1:] for c in initials}:
                form = [first, *words[1:]]
                if _WORD_CHARS.fullmatch(first):
                    self.by_first.setdefault(first, []).append(form)
                else:
                    self.other.append(form)
        self.lengths = sorted({len(f) for f in self.by_first})
        self.firsts = tuple({f[0] for forms in self.by_first.values() for f in forms}
                            | {f[0] for f in self.other})
        self._by_word: dict[str, list[list[str]]] = {}

    def candidates(self, word: str) -> list[list[str]]:
        """The phrases whose first word is a prefix of `word` (a run of \\w), and those
        whose first word is not such a run; worked out once per word."""
        found = self._by_word.get(word)
        if found is None:
            found = [f for n in self.lengths if n <= len(word) for f in self.by_first.get(word[:n], ())]
            found = self._by_word[word] = found + self.other
        return found

    def ends(self, text: str, pos: int, end: int, word: str | None = None) -> list[int]:
        """Where the phrases that stand at `pos` end; `word` is the run of \\w there, if
        known (else the text at `pos` is looked up at each length a first word has)."""
        if word is None:
            candidates = [f for n in self.lengths for f in self.by_first.get(text[pos:pos + n], ())] + self.other
        else:
            candidates = self.candidates(word)
        out = []
        for words in candidates:
            if len(words) == 1:         # (most phrases are one word: no call for them)
                if text.startswith(words[0], pos, end):
                    out.append(pos + len(words[0]))
            elif (stop := phrase_end(text, pos, end, words)) is not None:
                out.append(stop)
        return out


def _spaced(text: str, stop: int, end: int) -> int | None:
    """Where the text goes on after the run of WS at `stop` (None: no space there)."""
    after = after_space(text, stop, end)
    return after if after > stop else None


@cache
def _place_firsts() -> tuple[str, ...]:
    """What a locality after a local head opens with: "các", "địa phương", "ở địa phương",
    a level, a province, a count of units ("UBND 11 phường")."""
    v = agency_vocabulary()
    return tuple({"các", "địa", "ở", *"123456789", *(x.split()[0] for x in (*v.levels, *provinces()))})


@cache
def gates() -> dict[str, Gate]:
    """The look for each kind of extractors.agencies._patterns that has one."""
    v = agency_vocabulary()
    titles = Phrases((t.title, True) for t in v.titles)
    # (a collective noun in lower case may be capitalised: "Các Sở", "các sở")
    nouns = Phrases((n, not n[0].isupper()) for n in v.collective_nouns)
    noun_firsts = nouns.firsts
    unit_firsts = tuple({u.split()[0] for u in v.local_units})
    named_heads = Phrases((h, False) for h in [*v.named_heads, "cơ quan"])
    local_heads = Phrases((h, False) for h in v.local_heads)
    standalone = Phrases((p, False) for p in [*v.standalone, *_STEERING])
    place_firsts = _place_firsts()
    # a name under a head is capitalised ("Sở Tài chính", "Bộ KH&CN") or local
    local_firsts = ("Thường", *local_heads.firsts)
    on_duty = ["Thường", "trực"]

    def titled(text: str, pos: int, end: int, word: str) -> bool:
        # a title, then a space ("Giám đốc Sở ...")
        return any(_spaced(text, stop, end) is not None for stop in titles.ends(text, pos, end, word))

    def collective(text: str, pos: int, end: int, word: str) -> bool:
        # (the word at `pos` is the whole run of \w there: "quý" and "các" stand alone)
        if word in ("quý", "Quý"):
            return True
        if word in ("các", "Các"):
            after = _spaced(text, pos + 3, end)
            if after is not None and text.startswith(noun_firsts + unit_firsts, after, end):
                return True
        # "sở, ngành", "Sở - ngành": a noun, then a comma or a dash over spaces
        for stop in nouns.ends(text, pos, end, word):
            if text.startswith((",", "-"), after_space(text, stop, end), end):
                return True
        return False

    def named(text: str, pos: int, end: int, word: str) -> bool:
        heads = named_heads.ends(text, pos, end, word)
        if word == "các":       # "các Sở ...": a head after "các"
            after = _spaced(text, pos + 3, end)
            if after is not None:
                heads += named_heads.ends(text, after, end)
        for stop in heads:
            after = _spaced(text, stop, end)
            if after is not None and after < end and (
                    not text[after].islower() or text.startswith(local_firsts, after, end)
                    or text.startswith("quản lý", after, end)):      # "Ban quản lý Khu Kinh tế"
                return True
        return False

    def local(text: str, pos: int, end: int, word: str) -> bool:
        heads = local_heads.ends(text, pos, end, word)
        duty = phrase_end(text, pos, end, on_duty)      # "Thường trực UBND tỉnh"
        if duty is not None and (after := _spaced(text, duty, end)) is not None:
            heads += local_heads.ends(text, after, end)
        for stop in heads:
            after = _spaced(text, stop, end)
            if after is not None and text.startswith(place_firsts, after, end):
                return True
        return False

    # the authorities in lower case, with any tones (OCR's "cấp có thâm quyền")
    loose_authorities = _loose_authorities()

    def standalone_(text: str, pos: int, end: int, word: str) -> bool:
        return bool(standalone.ends(text, pos, end, word)) or (
            word in loose_authorities[0] and loose_authorities[1].match(text, pos, end) is not None)

    return {"titled": titled, "collective": collective, "named": named, "local": local,
            "standalone": standalone_}


@cache
def _lower_authorities() -> tuple[str, ...]:
    return tuple(sorted((a for a in agency_vocabulary().standalone if a[0].islower()), key=len, reverse=True))


@cache
def loose_authorities() -> str:
    """The authorities named in lower case ("cấp có thẩm quyền"), longest first, each word
    with any tones (OCR's "cấp có thâm quyền"): a pattern fragment."""
    return "|".join(WS.join(loose(w) for w in a.split()) for a in _lower_authorities())


@cache
def _loose_authorities() -> tuple[frozenset[str], regex.Pattern]:
    """The first words of the lower-case authorities, and the phrases with any tones."""
    return frozenset(a.split()[0] for a in _lower_authorities()), regex.compile(loose_authorities())


@cache
def _follows_tables() -> dict[str, tuple[Phrases, bool]]:
    """For the kinds whose start phrase `follows` reads: the phrases, and whether the
    pattern may go on with a letter right after a one-word phrase (standalone: a name
    is followed by anything but a letter or digit; the others by a space)."""
    v = agency_vocabulary()
    return {
        "titled": (Phrases((t.title, True) for t in v.titles), False),
        "collective": (Phrases((n, not n[0].isupper()) for n in v.collective_nouns), False),
        "named": (Phrases((h, False) for h in [*v.named_heads, "cơ quan"]), False),
        "local": (Phrases((h, False) for h in v.local_heads), False),
        "standalone": (Phrases((p, False) for p in [*v.standalone, *_STEERING]), True),
    }


@cache
def follows(kind: str, word: str) -> tuple[str, ...] | None:
    """What the text after `word` must start with, past any spaces, for a mention of
    `kind` to start with that word; None when it may go on with anything. A cheaper
    look than the kind's gate, made once per start word: most are turned away here
    ("công tác", "người dân", "chính sách")."""
    if kind not in _follows_tables() or word in ("quý", "Quý", "Thường"):
        return None
    v = agency_vocabulary()
    phrases, open_after = _follows_tables()[kind]
    if phrases.other or (open_after and any(len(f) == 1 for f in phrases.candidates(word))):
        return None
    # a phrase whose first word is shorter than `word` stands before a letter: no match
    forms = [f for f in phrases.candidates(word) if f[0] == word]
    after: set[str] = {f[1] for f in forms if len(f) > 1}
    if any(len(f) == 1 for f in forms):
        if kind == "titled":        # a title, then the body: anything
            return None
        if kind == "named":         # a head, then a name in capitals or a place
            return None
        if kind == "local":         # a head, then a place
            after |= set(_place_firsts())
        if kind == "collective":    # "sở, ngành", "Sở - ngành"
            after |= {",", "-"}
        if kind == "standalone":
            return None
    if word in ("các", "Các") and kind == "collective":
        after |= set(_follows_tables()["collective"][0].firsts) | {u.split()[0] for u in v.local_units}
    if word == "các" and kind == "named":
        after |= set(phrases.firsts)
    return tuple(after)
