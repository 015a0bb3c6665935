"""One key per agency, however a letter writes it: abbreviations expanded
(data/agency_aliases.yaml), case, tone placement ("hoà"/"hòa") and spacing ignored."""
from __future__ import annotations

import unicodedata
from functools import cache, lru_cache

import regex
from pydantic import BaseModel, ConfigDict

from extractors.vocabulary import load_yaml

# Old and new tone placement: "hoà"/"hòa", "thuỷ"/"thủy".
_TONES = {"oà": "òa", "oá": "óa", "oả": "ỏa", "oã": "õa", "oạ": "ọa", "oè": "òe", "oé": "óe",
          "oẻ": "ỏe", "oẽ": "õe", "oẹ": "ọe", "uỳ": "ùy", "uý": "úy", "uỷ": "ủy", "uỹ": "ũy",
          "uỵ": "ụy"}
_DASH = regex.compile(r"\s*[-–—]\s*")
_ABBREVIATED = regex.compile(r"\p{Lu}[\p{Lu}&]|TTg")   # only names with capitals in a row


class Alias(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    short: str
    full: str


@cache
def _aliases() -> list[tuple[regex.Pattern, str]]:
    data = load_yaml("agency_aliases.yaml")
    aliases = sorted((Alias.model_validate(a) for a in data["aliases"]), key=lambda a: -len(a.short))
    return [(regex.compile(rf"(?<![\p{{L}}&]){regex.escape(a.short)}(?![\p{{L}}&])"), a.full)
            for a in aliases]


def alias_examples() -> list[tuple[str, str]]:
    return [tuple(e) for e in load_yaml("agency_aliases.yaml")["examples"]]


def unify_tones(text: str) -> str:
    for old, new in _TONES.items():
        text = text.replace(old, new)
    return text


@lru_cache(maxsize=4096)
def expand_abbreviations(name: str) -> str:
    text = unicodedata.normalize("NFC", name)
    if not _ABBREVIATED.search(text):
        return text
    for pattern, full in _aliases():
        text = pattern.sub(full, text)
    return text


@lru_cache(maxsize=4096)
def agency_key(name: str) -> str:
    """Comparison key: "Sở KH&CN" and "sở khoa học và công nghệ" give the same key."""
    text = unify_tones(expand_abbreviations(name).casefold())
    text = _DASH.sub(" - ", text)
    return " ".join(text.split()).strip(" ,;:.")
