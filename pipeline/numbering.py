"""Section labels as printed, and warnings where numbering skips or repeats."""
from __future__ import annotations

from pipeline.outline import Item

_ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4, "V": 5, "VI": 6, "VII": 7, "VIII": 8, "IX": 9,
          "X": 10, "XI": 11, "XII": 12}
_LETTERS = "abcdđefghiklmnopqrstuvxy"
Warn = tuple[str, str, int, int]


def _value(kind: str, label: str | None) -> int | None:
    if label is None:
        return None
    if kind in ("arabic", "dieu"):
        return int(label)
    if kind == "roman":
        return _ROMAN.get(label)
    if kind == "letter":
        return _LETTERS.index(label) + 1 if label in _LETTERS else None
    return None


def label_sections(sections: list[Item]) -> tuple[list[str | None], list[Warn]]:
    """Labels of top-level items; bullets are not sections (None). A label OCR lost
    ("§." for "8.", ". " for "2.") is inferred from its neighbour, with a warning."""
    labels: list[str | None] = []
    warnings: list[Warn] = []
    previous: int | None = None
    for item in sections:
        m = item.para.marker
        if m is None or not m.numbered:
            labels.append(None)
            continue
        label = m.label
        if label is None and m.kind == "arabic" and previous is not None:
            label = str(previous + 1)
            warnings.append(("inferred_label", f"marker {m.raw!r} read as section {label}",
                             m.start, m.start + len(m.raw)))
        labels.append(label)
        value = _value(m.kind, label)
        previous = value if value is not None else previous
    return labels, warnings


def numbering_warnings(items: list[Item]) -> list[Warn]:
    """Gaps, repeats and disorder among numbered siblings, at every depth."""
    warnings: list[Warn] = []
    previous: tuple[str, int] | None = None
    for item in items:
        m = item.para.marker
        value = _value(m.kind, m.label) if m else None
        if value is not None:
            if previous and previous[0] == m.kind:
                if value == previous[1]:
                    warnings.append(("numbering_repeat", f"{m.raw} repeats the previous label",
                                     m.start, m.start + len(m.raw)))
                elif value < previous[1]:
                    warnings.append(("numbering_disorder", f"{m.raw} comes after a later label",
                                     m.start, m.start + len(m.raw)))
                elif value > previous[1] + 1:
                    warnings.append(("numbering_gap", f"{m.raw} follows {previous[1]}: "
                                     f"{value - previous[1] - 1} missing", m.start, m.start + len(m.raw)))
            previous = (m.kind, value)
        warnings += numbering_warnings(item.children)
    return warnings
