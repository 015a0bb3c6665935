"""Documents named without a number: "Đề án 06", "Luật Doanh nghiệp" (reported, not scored)."""
from __future__ import annotations

from dataclasses import dataclass, field

import regex

_NAMED = regex.compile(
    r"(?<!\p{L})(?:Đề án|Bộ Luật|Bộ luật|Luật|Chương trình|Pháp lệnh)[ \t\n]+"
    r"(?:\d{1,3}(?![/\d-])|\p{Lu}\p{Ll}*(?:[ \t\n]+\p{Ll}+){0,3}(?:[ \t\n]+\p{Lu}\p{Ll}*(?:[ \t\n]+\p{Ll}+){0,2}){0,3})"
    r"(?![ \t\n]*(?:số|\d))")


@dataclass
class NamedReference:
    name: str
    spans: list[tuple[int, int]] = field(default_factory=list)


def find_named_references(text: str) -> list[NamedReference]:
    found: dict[str, NamedReference] = {}
    for m in _NAMED.finditer(text):
        name = " ".join(m.group().split())
        key = name.casefold()
        found.setdefault(key, NamedReference(name)).spans.append(m.span())
    return list(found.values())
