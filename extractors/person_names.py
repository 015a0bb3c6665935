"""A person's name printed after the body an official heads: "Bộ trưởng Bộ Y tế Lê Văn A",
"Thống đốc Ngân hàng Nhà nước Việt Nam Trần Thị B". The name reads as more capitalised
words of the body's; it is the official, not part of the body."""
from __future__ import annotations

from functools import cache

import regex

from extractors.vocabulary import load_yaml, provinces

# the capitalised words a text ends with (an acronym or a number is no part of a name)
_WORD = regex.compile(r"(?<![\p{L}\d])\p{Lu}\p{Ll}*(?![\p{L}\d])")
# a place's level before the words makes them the place's name ("phường Lê Văn Tám"), as a
# school's or a hospital's head makes them its name ("Trường THPT Lê Quý Đôn")
_NAMED_AFTER = regex.compile(r"(?<!\p{L})(?:xã|phường|thị[ \t\n]+trấn|quận|huyện|thị[ \t\n]+xã|tỉnh"
                             r"|[Tt]hành[ \t\n]+phố|đặc[ \t\n]+khu"
                             r"|(?:Trường|Bệnh[ \t\n]+viện|Học[ \t\n]+viện)(?:[ \t\n]+\p{Lu}{2,})?)[ \t\n]+$")


@cache
def _data() -> tuple[frozenset[str], frozenset[str]]:
    data = load_yaml("surnames.yaml")
    places = {" ".join(p.split()) for p in provinces()}
    return frozenset(data["surnames"]), frozenset(data["not_persons"]) | places


def trailing_person(text: str, start: int, end: int) -> int | None:
    """Where a person's name ending text[start:end] starts, if the words before it are
    left to name a body; else None."""
    words = list(_WORD.finditer(text, max(start, end - 40), end))
    surnames, not_persons = _data()
    # a family name, a middle name, a given name (or two middles): three or four words
    for size in (4, 3):
        run = words[-size:]
        if len(run) < size or run[-1].end() != end or run[0].start() <= start \
                or any(text[a.end():b.start()].strip() for a, b in zip(run, run[1:])):
            continue
        name = " ".join(w.group() for w in run)
        if run[0].group() in surnames and name not in not_persons \
                and not _NAMED_AFTER.search(text, max(start, run[0].start() - 30), run[0].start()):
            return run[0].start()
    return None
