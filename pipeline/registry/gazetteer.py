"""Who is meant by an agency's name: one gazetteer a province, as data
(extractors/data/gazetteers/<province>.yaml: its agencies with aliases and groups, its
communes, and the phrases letters use for groups). "Sở Nội vụ" is one agency, "SNV"
its alias, and it is among what "Các sở, ban, ngành" addresses; "xã An Bình" and
"UBND xã An Bình" are one commune, which "UBND các xã, phường" addresses.

Names the province file does not know are read in the national gazetteer
(extractors/national.py): "Bộ KH&ĐT" and "Bộ Kế hoạch và Đầu tư" are one agency, which
"Các bộ, ngành" addresses; "Sở Tư pháp tỉnh Phú Thọ" is the file's own Sở Tư pháp and
"Sở Tư pháp tỉnh Bắc Giang" another."""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import regex
import yaml

from extractors import national
from extractors.agency_names import agency_key
from extractors.patterns import fold

FOLDER = Path(__file__).resolve().parents[2] / "extractors" / "data" / "gazetteers"
_COMMUNE_PREFIX = regex.compile(r"^(?:(?:uy ban nhan dan|ubnd)\s+)?(?:xa|phuong)\s+")


@dataclass(frozen=True)
class Meaning:
    id: str                               # "agency:so noi vu", "commune:an binh", "name:..."
    groups: frozenset[str] = field(default_factory=frozenset)   # groups it belongs to
    covers: frozenset[str] = field(default_factory=frozenset)   # groups a group phrase names


class Gazetteer:
    def __init__(self, data: dict):
        self.province = data.get("province", "")
        self.by_key: dict[str, Meaning] = {}
        self.agencies: list[str] = []             # the agencies' names, as the file gives them
        self._names: dict[str, str] = {}          # meaning id -> that name
        for a in data.get("agencies", []):
            meaning = Meaning(f"agency:{agency_key(a['name'])}", frozenset(a.get("groups", [])))
            self.agencies.append(a["name"])
            self._names[meaning.id] = a["name"]
            for name in [a["name"], *a.get("aliases", [])]:
                self.by_key[agency_key(name)] = meaning
        self.communes = {fold(c).lower(): c for c in data.get("communes", [])}
        self.group_phrases = {agency_key(e.name): frozenset(e.covers) for e in national.entries("group")}
        self.group_phrases |= {agency_key(p): frozenset(g) for p, g in data.get("groups", {}).items()}

    def meaning(self, name: str) -> Meaning:
        key = agency_key(name)
        if key in self.by_key:
            return self.by_key[key]
        if key in self.group_phrases:
            return Meaning(f"group:{key}", covers=self.group_phrases[key])
        commune = _COMMUNE_PREFIX.sub("", fold(name).lower().strip())
        if commune in self.communes:
            return Meaning(f"commune:{commune}", frozenset({"xa_phuong"}))
        return self._national(name) or Meaning(f"name:{key}")

    def _national(self, name: str) -> Meaning | None:
        hit = national.resolve(name)
        if hit is None or hit.entry.kind in ("group", "province"):
            return None
        own = self.by_key.get(agency_key(hit.entry.name))
        if hit.province is None or agency_key(hit.province.name) == agency_key(self.province):
            return own or Meaning(f"agency:{agency_key(hit.entry.name)}", frozenset(hit.entry.groups))
        return Meaning(f"agency:{agency_key(hit.entry.name)}@{agency_key(hit.province.name)}")

    def known(self, name: str) -> bool:
        """Whether `name` is one agency or commune of the gazetteer (not a group)."""
        return self.meaning(name).id.split(":", 1)[0] in ("agency", "commune")

    def display(self, name: str) -> str:
        """The gazetteer's own name for an agency or commune; else the name as printed."""
        meaning = self.meaning(name)
        if meaning.id in self._names:
            return self._names[meaning.id]
        if meaning.id.startswith("commune:"):
            return "xã/phường " + self.communes[meaning.id.split(":", 1)[1]]
        return " ".join(name.split())

    def addresses(self, printed: str, query: str) -> bool:
        """Whether a task given to `printed` is one for `query`: the same agency, or a
        group phrase that covers a group `query` belongs to."""
        p, q = self.meaning(printed), self.meaning(query)
        return p.id == q.id or bool(p.covers & q.groups)


@cache
def gazetteer(province: str = "phu-tho") -> Gazetteer:
    path = FOLDER / f"{province}.yaml"
    if not path.exists() or province == "national":     # national.yaml is read by extractors.national
        known = ", ".join(sorted(p.stem for p in FOLDER.glob("*.yaml") if p.stem != "national"))
        raise ValueError(f"no gazetteer for province {province!r} (known: {known})")
    return Gazetteer(yaml.safe_load(path.read_text(encoding="utf-8")))
