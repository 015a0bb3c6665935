"""Re-mentions of the letter's addressees, read as the Kính gửi list names them
(ANNOTATION.md, "Tasks": "quý Bộ", "các đơn vị", "các địa phương" in a letter
addressed to them; a short name the letter defines for them, "(Sau đây gọi chung là
các đơn vị)"; a shorter form of their names, "Sở Lao động - Thương binh và Xã hội"
for seven provincial departments, OCR's "Cục Thuê các tỉnh" for "Cục Thuế các tỉnh,
thành phố trực thuộc Trung ương").
"""
from __future__ import annotations

import regex

from extractors.agency_names import expand_abbreviations
from extractors.patterns import fold

# "(Sau đây gọi chung là các đơn vị)", "(sau đây viết tắt là BHXH các tỉnh)"
ALIAS = regex.compile(r"\(\s*(?:sau đây|dưới đây)\s+(?:được\s+)?(?:gọi|viết)\s+(?:chung|tắt)(?:\s+là)?\s*:?\s*"
                      r"(?P<alias>[^()]{2,80}?)\s*\)", regex.I)
# Generic re-mentions that stand for whoever the letter is addressed to ("các đơn vị" in
# a letter to one unit; not "các cơ quan liên quan", who are others).
_GENERIC = regex.compile(r"^(?:quy\s+)?(?:cac\s+)?(?:don vi|dia phuong|co quan)$")
_QUY = regex.compile(r"^quy\s+")
# ... and "các đơn vị" alone in a letter to several: all of them
_EVERY_UNIT = regex.compile(r"^cac\s+don vi$")
# the local bodies of several provinces, named by their kind: "UBND các tỉnh, thành phố"
_LOCAL_PLURAL = regex.compile(r"^(?P<head>uy ban nhan dan|hoi dong nhan dan)\s+cac\s+(?:tinh|thanh pho)(?:\s+thanh pho)?$")
# ... or by the level of one of them, in a letter to them all: "Chủ tịch UBND tỉnh, thành phố
# tiếp tục chỉ đạo ..." to "Chủ tịch UBND các tỉnh, thành phố trực thuộc Trung ương"
_LOCAL_ONE = regex.compile(r"^(?P<head>uy ban nhan dan|hoi dong nhan dan)\s+(?P<level>tinh|thanh pho)(?:\s+thanh pho)?"
                           r"(?:\s+truc thuoc\s+(?:trung uong|tw))?$")
# ... and their Party committees, where the list goes on to "nêu trên" in its clause
_PARTY_PLURAL = regex.compile(r"^(?:cac\s+)?tinh uy(?:\s+(?:va\s+)?thanh uy)?$")
_REMENTIONED = regex.compile(r"[^;:.()]{0,90}?(?<!\p{L})(?:nêu|nói)[ \t\n]+trên(?!\p{L})", regex.I)
# ... named so as the ones above ("UBND các tỉnh nêu trên"), not some of them by where they are
# ("UBND các tỉnh lân cận", "UBND các tỉnh, thành phố tại khu vực dự báo có mưa lũ")
_NAMED_ABOVE = regex.compile(r"[ \t\n]*(?:,[ \t\n]*thành[ \t\n]+phố[ \t\n]*)?(?:nêu|nói)[ \t\n]+trên(?!\p{L})", regex.I)
# an addressee "các địa phương" can stand for: a local government
_LOCAL = regex.compile(r"^(?:cac\s+)?(?:uy ban nhan dan|ubnd|tinh|thanh pho|huyen|quan|xa|phuong|dia phuong)(?:\s|$)")
# the words a collective re-mention names its addressees' kinds by
# (the key has no punctuation: "bộ, ngành, địa phương" is "bo nganh dia phuong")
_KIND_NOUN = regex.compile(r"dia phuong|co quan|don vi|doanh nghiep|bo|nganh|so|ban")
_KIND_LIST = regex.compile(rf"(?:{_KIND_NOUN.pattern})(?:\s+(?:va\s+)?(?:{_KIND_NOUN.pattern}))+")
_NON_WORD = regex.compile(r"[^a-z0-9]+")


def _key(name: str) -> str:
    return _NON_WORD.sub(" ", fold(expand_abbreviations(name))).strip()


_CAC = regex.compile(r"^cac\s+")


Placed = tuple[str, int, int]          # a name and where it is printed


class Addressees:
    def __init__(self, recipients: list[Placed], aliases: list[str] = (), text: str = ""):
        # (a placeholder "Kính gửi: ……" names no one)
        self.recipients = [r for r in recipients if r[0] and _key(r[0])]
        self.keys = [_key(r[0]) for r in self.recipients]
        self.aliases = {_key(a) for a in aliases}
        self.text = text          # the letter, to read what follows a mention

    def resolve(self, name: str, start: int, end: int) -> list[Placed]:
        """The addressees `name` (printed at start:end) stands for, each where Kính gửi
        prints it, or [(name, start, end)] when it is no re-mention."""
        own = [(name, start, end)]
        if not self.recipients:
            return own
        key = _key(name)
        bare = _CAC.sub("", key)
        if key in self.aliases or bare in {_CAC.sub("", a) for a in self.aliases}:
            return list(self.recipients)
        if _QUY.match(key):
            head = _QUY.sub("", key).split()[0] if _QUY.sub("", key) else ""
            named = [r for r, k in zip(self.recipients, self.keys) if k.split()[:1] == [head]]
            return named or list(self.recipients)
        if key in self.keys:
            return own
        longer = [r for r, k in zip(self.recipients, self.keys)
                  if k.startswith(bare + " ") and len(bare.split()) >= 2]
        if longer:
            return longer
        if _PARTY_PLURAL.match(key) and _REMENTIONED.match(self.text, end):
            # "Bí thư tỉnh ủy, thành ủy và Chủ tịch UBND các tỉnh, thành phố nêu trên": the Party
            # committees of the provinces addressed
            party = [r for r, k in zip(self.recipients, self.keys) if k.startswith(("tinh uy ", "thanh uy "))]
            if len(party) >= 2:
                return party
        if (plural := _LOCAL_PLURAL.match(key)) is not None and _NAMED_ABOVE.match(self.text, end):
            # "UBND các tỉnh nêu trên" in a letter to the UBND of some provinces: those
            # provinces' (two at least: to one province, "các tỉnh" are others)
            own_level = [r for r, k in zip(self.recipients, self.keys)
                         if regex.match(rf"{regex.escape(plural['head'])}\s+(?:tinh|thanh pho)\s", k)]
            if len(own_level) >= 2:
                return own_level
        if (one := _LOCAL_ONE.match(key)) is not None:
            plural = [r for r, k in zip(self.recipients, self.keys)
                      if regex.match(rf"{regex.escape(one['head'])}\s+cac\s+{one['level']}(?:\s|$)", _CAC.sub("", k))]
            if plural:
                return plural
        if _GENERIC.match(key) and len(self.recipients) == 1 \
                and ("dia phuong" not in key or _LOCAL.match(self.keys[0])):
            return list(self.recipients)
        if _EVERY_UNIT.match(key) and len(self.recipients) > 1:
            return list(self.recipients)
        if self._covered_by(bare):
            return list(self.recipients)
        return own

    def _covered_by(self, bare: str) -> bool:
        """A collective whose nouns name every addressee by kind ("bộ, ngành, địa phương"
        in a letter to the ministries and the provinces), addressees of two kinds at least."""
        if not _KIND_LIST.fullmatch(bare):
            return False
        nouns = set(_KIND_NOUN.findall(bare))
        used = set()          # the nouns that name some addressee
        for k in self.keys:
            k = regex.sub(r"^cac\s+", "", k)
            # (the kind a name opens with, of one word or two: "đơn vị sự nghiệp công lập")
            kind = _KIND_NOUN.match(k)
            noun = "dia phuong" if k.startswith("uy ban nhan dan") else \
                kind.group() if kind and (kind.end() == len(k) or k[kind.end()] == " ") else k.split()[0]
            if noun not in nouns:
                return False
            used.add(noun)
        # two kinds at least: "các bộ, ngành" in a letter to one ministry are others
        return len(used) >= 2


def find_aliases(text: str, start: int, end: int) -> list[str]:
    """Short names the letter defines for its addressees right after the Kính gửi list."""
    return [m["alias"] for m in ALIAS.finditer(text, start, end)]
