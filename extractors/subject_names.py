"""Agency names the generic rules cut short, read on up to the role verb they are the
subject of: "Trung tâm Phục vụ hành chính công tỉnh chủ trì", "Kho bạc Nhà nước khu
vực IV phối hợp", "Hội đồng giám định y khoa tỉnh thực hiện".

A name rule stops at the third lower-case word or at a stop word, and a head followed
by lower case ("Ban quản lý dự án ...") is no name at all. Where such a head opens a
clause and a role verb follows within a few plain words, those words are the rest of
the name: a predicate would start with a verb, an adverb or a function word, and a
comma or another agency would come between.
"""
from __future__ import annotations

import re
from functools import cache

import regex

from extractors.patterns import alternation, fold
from extractors.vocabulary import action_vocabulary, agency_vocabulary

_MAX_WORDS = 8
_LEVELS = frozenset({"tinh", "huyen", "xa", "phuong", "quan", "tw"})
# What a subject opens after: the start of the text or a clause, a marker, or an
# assigning word ("Giao", "đề nghị").
_OPENS = regex.compile(r"(?:^|[\n,;:.()\-+•]|(?<!\p{L})(?:giao(?:[ \t]+cho)?|de[ \t]+nghi|yeu[ \t]+cau|va))"
                       r"[ \t]*$")
# ... or where a partner stands: "phối hợp (với|cùng)", "cùng", "với".
_PARTNER_OPENS = regex.compile(r"(?<!\p{L})(?:phoi[ \t\n]+hop|cung|voi)[ \t\n]*$")


@cache
def _patterns() -> dict[str, regex.Pattern]:
    v = agency_vocabulary()
    role = alternation(fold(p) for p in v.subject_verbs)
    heads = alternation(fold(h) for h in (*v.named_heads, *v.lowercase_name_heads))
    word = r"[\p{L}\d]+(?:/[\p{L}\d]+)*"      # ("da cam/dioxin")
    return {
        # matched on folded text, so that "chủ trì" is found in OCR'd "chu tri"
        "tail": regex.compile(
            rf"(?P<gap>(?:[ \t]*\n?[ \t]*(?<=\s){word}){{1,{_MAX_WORDS}}}?)"
            rf"[ \t\r\n]*(?:(?P<listed>,[ \t\r\n]*(?:$|(?={heads}(?!\p{{L}}))))"
            rf"|(?:,[ \t\r\n]*)?(?:{role}(?!\p{{L}})|(?P<end>$)))"),
        "bare_head": regex.compile(rf"(?<![\p{{L}}\d]){alternation(v.lowercase_name_heads)}"
                                   rf"(?=[ \t]+\p{{Ll}})"),
    }


@cache
def _head_firsts() -> re.Pattern:
    """The first words of the heads a bare name opens with, as the pattern writes them
    (literal words: the standard library finds them faster)."""
    return re.compile("|".join(re.escape(w) for w in {h.split()[0] for h in agency_vocabulary().lowercase_name_heads}))


@cache
def _predicates() -> tuple[frozenset[str], tuple[str, ...]]:
    """Words that never sit inside a name, and (folded) phrases a predicate opens with."""
    v, a = agency_vocabulary(), action_vocabulary()
    opens = tuple(fold(p) + " " for p in (*a.verbs, *a.adverbs))
    return frozenset(v.predicate_words), opens


def opens_clause(text: str, start: int, pos: int, *, partner: bool = False) -> bool:
    """Whether an agency's subject may start at `pos`; with `partner`, also its partner
    ("phối hợp với X")."""
    before = fold(text[max(start, pos - 20):pos])
    return _OPENS.search(before) is not None or (partner and _PARTNER_OPENS.search(before) is not None)


# "và" then the kind of body or people that acts beside an agency; a name's own "và"
# goes on otherwise ("Hội Doanh nghiệp nhỏ và vừa", "... dân dụng và công nghiệp")
_SECOND_SUBJECT = regex.compile(r"và (?:các )?(?:doanh nghiệp|người dân|nhân dân|cá nhân|hộ gia đình"
                                r"|chủ đầu tư|nhà đầu tư|đơn vị|cơ quan|tổ chức|địa phương)(?!\p{L})")


def name_tail(text: str, pos: int, end: int, *, after_head: bool = False,
              alone: bool = False, listed: bool = False) -> int | None:
    """Where a name cut short at `pos` really ends, if the words up to a role verb are
    plainly part of it; None if they are not. A name `alone` in its text (a heading,
    "4. Ban Quản lý các khu công nghiệp tỉnh") may also run to the end, and one
    `listed` before the agency at `end` to the comma between them ("các cơ quan chức
    năng: Sở Y tế, Hội đồng giám định y khoa, Hội Cựu chiến binh")."""
    if end - pos > 120:
        end = pos + 120
        alone = listed = False
    m = _patterns()["tail"].match(fold(text[pos:end]))
    if (m is None or "\n\n" in m["gap"] or not m["gap"].strip()
            or (m["end"] is not None and not alone) or (m["listed"] is not None and not listed)):
        return None
    if m["listed"] is not None and m.end() < len(m.string) and not text[pos + m.end()].isupper():
        return None       # the next item must be a name: "..., Hội Cựu chiến binh"
    gap_words = text[pos:pos + m.end("gap")].split()
    if _SECOND_SUBJECT.match(" ".join(gap_words).lower()):
        return None       # "... các khu công nghiệp và doanh nghiệp": not the name going on
    stops, opens = _predicates()
    if any(w.lower() in stops for w in gap_words):
        return None
    # a predicate opens the gap, or follows a number or a level that ends the name ("Ban
    # Chỉ đạo quốc gia 1237 xây dựng kế hoạch", "Ban Chỉ đạo 389 tỉnh xây dựng kế hoạch")
    folded = [fold(w) for w in gap_words]
    if any((" ".join(folded[i:]) + " ").startswith(opens)
           for i in range(len(folded)) if i == 0 or folded[i - 1].isdigit()
           or folded[i - 1] in _LEVELS):
        return None
    if after_head and gap_words[0].lower() in agency_vocabulary().not_name_starts:
        return None
    return pos + m.end("gap")


def bare_heads(text: str, start: int, end: int, others: list[int]) -> list[tuple[int, int]]:
    """Heads followed by a lower-case name ("Ban quản lý dự án đầu tư xây dựng tỉnh
    chủ trì"): (start, end) of each name that opens a clause and ends at a role verb
    or, in a list, before the next of the `others` (where mentions start)."""
    out = []
    if not _head_firsts().search(text, start, end):
        return out        # (most texts name no such head: not scanned)
    for m in _patterns()["bare_head"].finditer(text, start, end):
        if not opens_clause(text, start, m.start(), partner=True):
            continue
        nxt = next((o for o in others if o > m.start()), None)
        # (a name alone in its text runs to its end, but not one headed "Cơ quan": "Cơ quan báo
        # chí tăng cường tuyên truyền" names a kind of body, then what it does)
        alone = nxt is None and not text[start:m.start()].strip() and not m.group().startswith("Cơ")
        tail = name_tail(text, m.end(), end if nxt is None else nxt, after_head=True,
                         alone=alone, listed=nxt is not None)
        if tail is not None:
            out.append((m.start(), tail))
    return out


@cache
def _bare_unit() -> regex.Pattern:
    # a unit's head with no name after it (a capital would start one)
    return regex.compile(rf"(?<![\p{{L}}\d]){alternation(agency_vocabulary().bare_units)}(?![ \t\n]*[\p{{Lu}}\d])(?!\p{{L}})")


# After a bare unit: the end of its clause, or a list going on with another name.
_UNIT_ENDS = regex.compile(r"[ \t]*(?:$|[.;:)]|\n|(?:,|và)[ \t\n]+\p{Lu})")


def bare_units(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Units named by their head alone where an agency stands ("giao Văn phòng chủ trì",
    "phối hợp cùng Văn phòng xây dựng kế hoạch", "với Vụ Pháp chế, Văn phòng và Vụ Tổng
    hợp"): a clause or a partner phrase opens before the head, and a predicate, the
    clause's end or the next name of a list follows it."""
    out = []
    if not any(u in text[start:end] for u in agency_vocabulary().bare_units):
        return out
    stops, opens = _predicates()
    for m in _bare_unit().finditer(text, start, end):
        if not opens_clause(text, start, m.start(), partner=True):
            continue
        after = text[m.end():min(end, m.end() + 60)]
        words = after.split()
        if (_UNIT_ENDS.match(after) or (words and words[0].lower() in stops)
                or (fold(" ".join(words[:4])) + " ").startswith(opens)):
            out.append((m.start(), m.end()))
    return out


# A steering committee named by its remit: "Ban Chỉ đạo thực hiện sắp xếp, tổ chức lại đơn
# vị hành chính các cấp ... yêu cầu", "Ban Chỉ đạo về phòng, chống thiên tai tỉnh đề nghị":
# the remit runs, commas and all, to the verb the committee asks or assigns with.
_REMIT = regex.compile(r"[ \t\n]+(?:thuc hien|ve)(?:[ \t\n]+[\p{L}\d,\-]+){1,30}?"
                       r"(?=[ \t\n]+(?:yeu cau|de nghi|giao|co y kien|thong bao|chi dao|chu tri|phoi hop|trien khai"
                       # ("tổ chức lại đơn vị hành chính", "mô hình tổ chức chính quyền" are the remit)
                       r"|tham muu|to chuc(?![ \t\n]+(?:lai|chinh quyen|bo may)))(?!\p{L}))")


def steering_remit(text: str, pos: int, end: int) -> int | None:
    """Where the name of a steering committee whose head ends at `pos` ("Ban Chỉ đạo")
    ends, when its remit follows up to an asking or assigning verb; None otherwise."""
    m = _REMIT.match(fold(text[pos:min(end, pos + 300)]))
    return pos + m.end() if m else None
