"""The national gazetteer (data/gazetteers/national.yaml, written by make_national.py from
public documents): ministries, Government and central bodies, Party and mass
organisations, state groups and banks, the 34 provinces of 2025 and the 63 before, the
standard provincial bodies as templates, and the phrases letters use for groups.

Everything is keyed by `agency_key`, so "Bộ KH&ĐT", "bộ kế hoạch và đầu tư" and
"BKHĐT" find one entry; a provincial body is found bare ("Sở Tài chính", the letter's
own province) or with its province ("Sở TN&MT tỉnh Bắc Giang", "Tỉnh ủy Phú Thọ").
The tables are built once; `lookup` is a few dict probes, cached by printed name."""
from __future__ import annotations

import datetime as dt
from functools import cache, lru_cache
from importlib import resources
from typing import Literal, NamedTuple

import regex
import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from extractors.agency_names import agency_key

FILE = "data/gazetteers/national.yaml"

Kind = Literal["ministry", "ministerial_agency", "government_agency", "central_body",
               "general_department", "party_central", "mass_organisation", "state_enterprise", "bank",
               "province", "provincial_department", "provincial_body", "provincial_party",
               "provincial_mass_organisation", "group"]
TEMPLATE_KINDS = frozenset({"provincial_department", "provincial_body", "provincial_party",
                            "provincial_mass_organisation"})


class Entry(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    name: str                                   # canonical, as an official list prints it
    kind: Kind
    level: Literal["central", "region", "province"]
    type: Literal["tỉnh", "thành phố"] | None = None    # provinces only
    aliases: tuple[str, ...] = ()               # other names and abbreviations as letters print them
    codes: tuple[str, ...] = ()                 # issuer codes of symbols ("BKHĐT" in 12/BKHĐT-TH)
    stems: tuple[str, ...] = ()                 # templates: what a province follows ("Báo" Phú Thọ)
    groups: tuple[str, ...] = ()                # collectives it belongs to ("bo", "so", ...)
    covers: tuple[str, ...] = ()                # group phrases: the collectives they name
    former: bool = False                        # no longer exists; see replaced_by
    since: dt.date | None = None
    until: dt.date | None = None                # the day it ceased (former bodies)
    replaced_by: tuple[str, ...] = ()
    merged_into: str | None = None              # provinces of 2008-2025: the 2025 province
    merged_from: tuple[str, ...] = ()
    note: str | None = None
    source: str

    @model_validator(mode="after")
    def _consistent(self) -> Entry:
        if (self.kind == "province") != (self.type is not None):
            raise ValueError(f"{self.name}: only provinces have a type")
        if (self.kind == "group") != bool(self.covers):
            raise ValueError(f"{self.name}: a group phrase, and only one, says what it covers")
        if self.former and not (self.until and self.replaced_by):
            raise ValueError(f"{self.name}: a former body needs until and replaced_by")
        return self

    @property
    def template(self) -> bool:
        """A provincial body: the bare name stands for the letter's own province."""
        return self.kind in TEMPLATE_KINDS

    def in_force(self, day: dt.date) -> bool:
        return (self.since is None or self.since <= day) and (self.until is None or day < self.until)

    def forms(self, with_codes: bool = True) -> tuple[str, ...]:
        return (self.name, *self.aliases, *(self.codes if with_codes else ()))

    def province_stems(self) -> tuple[str, ...]:
        """What a province name follows: "Sở Tài chính" (tỉnh X), "Công an" (tỉnh X),
        "Tỉnh ủy" (X); given, or each form less a trailing "tỉnh"."""
        if self.stems:
            return self.stems
        return tuple(dict.fromkeys(f[:-5] if f.endswith(" tỉnh") else f for f in (self.name, *self.aliases)))


class Gazetteer(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    sources: dict[str, str]
    entries: tuple[Entry, ...] = Field(min_length=1)

    @model_validator(mode="after")
    def _references(self) -> Gazetteer:
        names = {e.name for e in self.entries}
        for e in self.entries:
            if e.source not in self.sources:
                raise ValueError(f"{e.name}: unknown source {e.source!r}")
            missing = [n for n in (*e.replaced_by, *e.merged_from, *filter(None, [e.merged_into]))
                       if n not in names]
            if missing:
                raise ValueError(f"{e.name}: refers to {missing}, which are not entries")
        return self


class Hit(NamedTuple):
    entry: Entry
    province: Entry | None = None     # the province a template was named with ("tỉnh Bắc Giang")


class _Index:
    """The dicts lookup probes, built once: full keys, template stems, province keys."""

    def __init__(self, gazetteer: Gazetteer):
        self.gazetteer = gazetteer
        self.by_key: dict[str, Entry] = {}
        self.by_stem: dict[str, Entry] = {}
        self.provinces: dict[str, Entry] = {}
        for e in gazetteer.entries:
            if e.kind == "province":
                for form in self._province_forms(e):
                    self._put(self.provinces, agency_key(form), e)
                    self._put(self.by_key, agency_key(form), e)
                continue
            for form in e.forms():
                self._put(self.by_key, agency_key(form), e)
            if e.template:
                for stem in e.province_stems():
                    self._put(self.by_stem, agency_key(stem), e)
        self.province_words = max(len(k.split()) for k in self.provinces)

    @staticmethod
    def _province_forms(e: Entry) -> list[str]:
        """"Bắc Giang", "tỉnh Bắc Giang"; "Hà Nội", "thành phố Hà Nội", "TP. Hà Nội", "TP.HCM"."""
        level = ["thành phố", "TP", "TP."] if e.type == "thành phố" else ["tỉnh"]
        names = (e.name, *e.aliases)
        return [*names, *(f"{w} {n}" for n in names if not n.startswith("TP") for w in level)]

    @staticmethod
    def _put(table: dict[str, Entry], key: str, entry: Entry) -> None:
        if table.get(key, entry) is not entry:
            raise ValueError(f"{FILE}: {key!r} names both {table[key].name!r} and {entry.name!r}")
        table[key] = entry


_LEVEL_WORD = regex.compile(r"\s+(?:tỉnh|thành phố|tp\.?)$")
_REGION_NUMBER = regex.compile(r"(khu vực)\s+(?:[ivxlc]+|\d+)$")


def parse(text: str, path: str = FILE) -> Gazetteer:
    """The gazetteer in `text`; a bad file is one line naming the file and the reason."""
    try:
        return Gazetteer.model_validate(yaml.safe_load(text))
    except yaml.YAMLError as exc:
        raise ValueError(f"{path}: not YAML ({str(exc).splitlines()[0]})") from None
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(map(str, first["loc"]))
        raise ValueError(f"{path}: {where}: {first['msg']}" if where else f"{path}: {first['msg']}") from None


@cache
def gazetteer() -> Gazetteer:
    return parse(resources.files("extractors").joinpath(FILE).read_text(encoding="utf-8"))


@cache
def _index() -> _Index:
    return _Index(gazetteer())


@lru_cache(maxsize=16384)
def resolve(name: str) -> Hit | None:
    """The entry `name` names, with the province it was given ("Sở TN&MT tỉnh Bắc
    Giang" → Sở Tài nguyên và Môi trường, Bắc Giang), or None."""
    index = _index()
    key = agency_key(name)
    for candidate in dict.fromkeys([key, key[4:] if key.startswith("các ") else key]):
        candidate = _REGION_NUMBER.sub(r"\1", candidate)
        if candidate in index.by_key:
            return Hit(index.by_key[candidate])
        hit = _with_province(index, candidate)
        if hit:
            return hit
    return None


def _with_province(index: _Index, key: str) -> Hit | None:
    """A template followed by its province ("công an tỉnh phú thọ", "tỉnh ủy phú thọ") or
    by a bare level ("sở tài chính tỉnh", the letter's own province)."""
    bare = _LEVEL_WORD.sub("", key)
    if bare != key and bare in index.by_stem:
        return Hit(index.by_stem[bare])
    words = key.split()
    for n in range(min(index.province_words, len(words) - 1), 0, -1):
        province = index.provinces.get(" ".join(words[-n:]))
        if province is None:
            continue
        stem = _LEVEL_WORD.sub("", " ".join(words[:-n]))
        entry = index.by_stem.get(stem)
        if entry is not None:
            return Hit(entry, province)
    return None


def lookup(name: str) -> Entry | None:
    """The entry for a printed agency name, abbreviation or group phrase, or None."""
    hit = resolve(name)
    return hit.entry if hit else None


def is_known(name: str) -> bool:
    return resolve(name) is not None


def entries(kind: str | None = None) -> tuple[Entry, ...]:
    return tuple(e for e in gazetteer().entries if kind is None or e.kind == kind)


@cache
def known_names(with_codes: bool = False, with_provinces: bool = False) -> tuple[str, ...]:
    """Every name and abbreviation a matcher should recognise, as printed, longest first;
    issuer codes only on request (they are symbols, "BKHĐT" in 12/BKHĐT-TH); with
    `with_provinces`, each provincial body also with each province ("Sở Y tế tỉnh Hà Giang")."""
    index = _index()
    names: dict[str, None] = {}
    for e in gazetteer().entries:
        if e.kind == "province":
            names.update(dict.fromkeys(index._province_forms(e)))
            continue
        names.update(dict.fromkeys(e.forms(with_codes)))
        if with_provinces and e.template:
            for p in entries("province"):
                forms = index._province_forms(p)
                bare, levelled = forms[:1 + len(p.aliases)], forms[1 + len(p.aliases):]
                for stem in e.province_stems():   # "Tỉnh ủy Phú Thọ", "Báo Phú Thọ"; "Sở Y tế tỉnh Phú Thọ"
                    takes_bare = bool(e.stems) or stem.endswith(("ủy", "đoàn"))
                    names.update(dict.fromkeys(f"{stem} {f}" for f in (bare if takes_bare else levelled)))
    return tuple(sorted(names, key=lambda n: (-len(n), n)))


_ABBREVIATION = regex.compile(r"\p{Lu}[\p{Lu}&]|\p{Lu}{2,}")


@cache
def abbreviations() -> dict[str, str]:
    """Short form → canonical name, for expansion: "Bộ KH&ĐT" and "BKHĐT" → "Bộ Kế hoạch và
    Đầu tư", "NHNN" → "Ngân hàng Nhà nước Việt Nam", "EVN" → "Tập đoàn Điện lực Việt Nam"."""
    return {short: e.name for e in gazetteer().entries if e.kind not in ("province", "group")
            for short in (*e.aliases, *e.codes) if _ABBREVIATION.search(short)}


def provinces(year: int | None = None) -> tuple[Entry, ...]:
    """The provinces in force at the end of `year` (the 63 up to 2024, the 34 from 2025,
    64 with Hà Tây up to 2007); the present ones without a year."""
    day = dt.date(year, 12, 31) if year is not None else dt.date.max
    return tuple(e for e in entries("province") if e.in_force(day))
