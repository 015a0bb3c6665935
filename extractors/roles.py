"""Who leads and who supports: the role rules of ANNOTATION.md, on one item's text.

`find_roles` reads only the text it is given. A bare "Chủ trì, ..." or
"Phối hợp với Y ..." needs the agency of a heading or introducing line; that
is resolved by the caller (pipeline/tasks.py), which knows the context.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache, lru_cache

import regex

from extractors.agencies import AgencyMention, find_agencies, group_agencies
from extractors.patterns import fold
from extractors.vocabulary import action_vocabulary


_DIRECTS = regex.compile(r"[ \t\n]*(?:tiep tuc[ \t\n]+)?chi dao[ \t\n]+")
_CLAUSE_END = regex.compile(r"[;.](?:[ \t\n]|$)")
_POSSESSIVE = regex.compile(r"(?<!\p{L})cua[ \t\n]*$")
# Not an order given here: an alternative ("hoặc đề nghị X"), or what was given
# before ("kinh phí đã giao cho X", "được giao").
_ALTERNATIVE = regex.compile(r"(?<!\p{L})(?:hoac|hay|co the|da|duoc|se)[ \t\n]*$")


@dataclass
class Roles:
    lead: list[AgencyMention] = field(default_factory=list)
    support: list[AgencyMention] = field(default_factory=list)
    # labelled | giao | chu_tri | subject | bare_chu_tri | bare_phoi_hop | None
    rule: str | None = None


def _alt(phrases) -> str:
    return "(?:" + "|".join(regex.escape(fold(p)).replace(r"\ ", r"[ \t\n]+")
                            for p in sorted(set(phrases), key=len, reverse=True)) + ")"


@cache
def _patterns() -> dict[str, regex.Pattern]:
    v = action_vocabulary()
    adverbs = rf"(?:{_alt(v.adverbs)}[ \t\n]*,?[ \t\n]+)*"
    verb = rf"{_alt(v.verbs)}(?!\p{{L}})"
    # "Bộ Y tế đề nghị X ...": the one who asks is not the one who acts.
    # "X chịu trách nhiệm đăng tải ..." acts; "X chịu trách nhiệm toàn diện trước ..." answers for.
    duty = r"chiu trach nhiem(?![ \t\n]+(?:truoc|toan dien|ve|ca nhan|hoan toan))"
    acting = rf"(?:{_alt(set(v.verbs) - set(v.assign))}|{duty})(?!\p{{L}})"
    honorific = r"(?:(?:d/c|dong chi|ong|ba)[ \t\n]+)?"
    return {
        "assign": regex.compile(rf"(?<!\p{{L}}|theo[ \t\n]+|tren[ \t\n]+co[ \t\n]+so[ \t\n]+)"
                                rf"{_alt(v.assign)}(?:[ \t\n]+cho)?[ \t\n]+(?!cua\b|ve\b){honorific}"),
        "after_subject": regex.compile(rf"[ \t\n]*,?[ \t\n]*{adverbs}(?:{acting})"),
        "starts_action": regex.compile(
            rf"[ \t\n]*(?:buoc[ \t\n]+\d+[ \t\n]*:[ \t\n]*)?(?:luu y[ \t\n]*:[ \t\n]*)?{adverbs}{verb}"),
        "chu_tri": regex.compile(r"[ \t\n]*(?:,[ \t\n]*)?chu tri(?!\p{L})"),
        # "phối hợp với Y", "phối hợp chặt chẽ với Y", "phối hợp cụ thể với Y", "phối hợp Y"
        "phoi_hop": regex.compile(
            r"(?<!\p{L})phoi hop(?:(?:[ \t\n]+\p{L}+){0,2}?[ \t\n]+(?:voi|cung))?[ \t\n]+"),
        "bare_chu_tri": regex.compile(rf"[ \t\n]*{adverbs}chu tri(?!\p{{L}})"),
        "bare_phoi_hop": regex.compile(
            r"[ \t\n]*(?:tiep tuc[ \t\n]+)?phoi hop(?:[ \t\n]+chat che)?(?:[ \t\n]+(?:voi|cung))?[ \t\n]+"),
        # a plan's fields written out: "Cơ quan chủ trì: Sở Tư pháp; cơ quan phối hợp: ..."
        "lead_label": regex.compile(
            r"(?<!\p{L})(?:(?:co quan|don vi)[ \t]+)?chu tri(?:[ \t]+thuc hien)?[ \t]*:[ \t]*"),
        "support_label": regex.compile(
            r"(?<!\p{L})(?:(?:co quan|don vi)[ \t]+)?phoi hop(?:[ \t]+thuc hien)?[ \t]*:[ \t]*"),
        "clause_start": regex.compile(
            r"(?:^|[.;:,(\n]|(?<!\p{L})(?:trong do|dong thoi|sau do|thi))[ \t\n]*$"),
    }


def starts_with_action(text: str) -> bool:
    """Does the item open with an order ("Rà soát ...", "Tiếp tục tham mưu ...")?"""
    return _patterns()["starts_action"].match(fold(text)) is not None


def _group_at(groups: list[list[AgencyMention]], pos: int, folded: str) -> list[AgencyMention] | None:
    for g in groups:
        if g[0].start >= pos and not folded[pos:g[0].start].strip():
            return g
    return None


def _subjects(group: list[AgencyMention], folded: str) -> list[AgencyMention]:
    """Members of a group that stand at the start of a clause. A member after "và"
    or a comma continues its neighbour's list ("được Chính phủ, Thủ tướng Chính phủ
    giao": neither); after a possessive ("đề nghị của X, Y chủ trì") a comma starts
    a new clause (Y only)."""
    pats = _patterns()
    chosen: list[AgencyMention] = []
    previous = False
    possessive = _POSSESSIVE.search(folded, max(0, group[0].start - 10), group[0].start)
    for i, a in enumerate(group):
        before = folded[max(0, a.start - 30):a.start]
        joiner = folded[group[i - 1].end:a.start].strip() if i else None
        if i and joiner == ";":
            ok = True
        elif i and joiner == "," and possessive:
            ok = True
        elif i:
            ok = previous
        else:
            ok = pats["clause_start"].search(before) is not None or a.start == 0
        if ok:
            chosen.append(a)
        previous = ok
    return chosen


def _clause_end(folded: str, pos: int) -> int:
    m = _CLAUSE_END.search(folded, pos)
    return m.start() if m else len(folded)


_SUPPORTS = regex.compile(r"[ \t\n]*phoi hop(?![ \t\n]+(?:voi|cung)(?!\p{L}))")


def _support_after(groups, folded: str, start: int) -> list[AgencyMention]:
    m = _patterns()["phoi_hop"].search(folded, start)
    while m:
        g = _group_at(groups, m.end(), folded)
        if g:
            return g
        m = _patterns()["phoi_hop"].search(folded, m.end())
    # "X chủ trì, Y phối hợp kiểm tra": the partners named before their verb
    for g in groups:
        if g[0].start >= start and _SUPPORTS.match(folded, g[-1].end):
            return g
    return []


def _labelled(groups, folded: str) -> Roles | None:
    """ "Cơ quan chủ trì: X; Cơ quan phối hợp: Y" name the roles outright."""
    pats = _patterns()
    lead = next((g for m in pats["lead_label"].finditer(folded)
                 if (g := _group_at(groups, m.end(), folded))), None)
    if lead is None:
        return None
    support = next((g for m in pats["support_label"].finditer(folded)
                    if (g := _group_at(groups, m.end(), folded))), [])
    return Roles(lead, support, "labelled")


def find_roles(text: str, mentions: list[AgencyMention] | None = None) -> Roles:
    if mentions is None:
        return _cached_roles(text)
    return _find_roles(text, mentions)


@lru_cache(maxsize=4096)
def _cached_roles(text: str) -> Roles:
    return _find_roles(text, find_agencies(text))


def _find_roles(text: str, mentions: list[AgencyMention]) -> Roles:
    roles = _read_roles(text, mentions)
    # a lead is not its own partner ("X chủ trì ...; các đơn vị phối hợp với X ...")
    leads = {a.name for a in roles.lead}
    roles.support = [a for a in roles.support if a.name not in leads]
    return roles


def _read_roles(text: str, mentions: list[AgencyMention]) -> Roles:
    folded = fold(text)
    pats = _patterns()
    groups = group_agencies(text, mentions)
    labelled = _labelled(groups, folded)
    if labelled is not None:
        return labelled
    # "Chủ trì, phối hợp ..." / "Phối hợp với Y ..." with no agency of its own.
    if pats["bare_chu_tri"].match(folded):
        return Roles([], _support_after(groups, folded, 0), "bare_chu_tri")
    m = pats["bare_phoi_hop"].match(folded)
    if m:
        partner = _group_at(groups, m.end(), folded)
        if partner:
            return Roles(partner, [], "bare_phoi_hop")
    # "Giao X chủ trì, phối hợp với Y", "Đề nghị X ...", "Yêu cầu X ..."; not an
    # alternative the subject may take ("xử lý theo thẩm quyền hoặc đề nghị X xử lý").
    for m in pats["assign"].finditer(folded):
        g = _group_at(groups, m.end(), folded)
        alternative = _ALTERNATIVE.search(folded, max(0, m.start() - 12), m.start())
        if g and not alternative:
            return Roles(g, _support_after(groups, folded, g[-1].end), "giao")
    # "X chủ trì, phối hợp với Y"; "A chỉ đạo X chủ trì ...": A is the one assigned,
    # X its subordinate (the corpus convention, letters 008 and 1040-style).
    for i, g in enumerate(groups):
        if pats["chu_tri"].match(folded, g[-1].end):
            lead = _subjects(g, folded) or [g[-1]]
            directing = i and _DIRECTS.fullmatch(folded, groups[i - 1][-1].end, g[0].start)
            if directing and _subjects(groups[i - 1], folded):
                lead = _subjects(groups[i - 1], folded)
            return Roles(lead, _support_after(groups, folded, g[-1].end), "chu_tri")
    # "X tiếp tục phối hợp với Y ...", "X có trách nhiệm ...": X is the subject; no
    # agency named after "phối hợp" in the same clause is (those are its partners).
    partner_zones = [(m.start(), _clause_end(folded, m.end())) for m in pats["phoi_hop"].finditer(folded)]
    leads: list[AgencyMention] = []
    for g in groups:
        if any(a <= g[0].start < b for a, b in partner_zones):
            continue
        if pats["after_subject"].match(folded, g[-1].end):
            leads.extend(a for a in _subjects(g, folded) if a.name not in {x.name for x in leads})
    if leads:
        return Roles(leads, _support_after(groups, folded, leads[0].end), "subject")
    return Roles([], _support_after(groups, folded, 0), None)
