"""Section labels as printed, and warnings where numbering skips or repeats."""
from __future__ import annotations

from pipeline.outline import Item

Warn = tuple[str, str, int, int]


def label_sections(sections: list[Item]) -> list[str | None]:
    """Labels of top-level items (as printed, or as the sequence proves them where OCR
    damaged them); bullets are not sections (None)."""
    return [item.label if item.marker.numbered else None for item in sections]


def numbering_warnings(items: list[Item]) -> list[Warn]:
    """Gaps, repeats and disorder among numbered siblings, at every depth."""
    warnings: list[Warn] = []
    previous: tuple[tuple[str, int], int] | None = None
    for item in items:
        m = item.marker
        value = item.value
        if value is not None:
            if previous and previous[0] == item.family:
                if value == previous[1]:
                    warnings.append(("numbering_repeat", f"{m.raw} repeats the previous label",
                                     m.start, m.start + len(m.raw)))
                elif value < previous[1]:
                    warnings.append(("numbering_disorder", f"{m.raw} comes after a later label",
                                     m.start, m.start + len(m.raw)))
                elif value > previous[1] + 1:
                    warnings.append(("numbering_gap", f"{m.raw} follows {previous[1]}: "
                                     f"{value - previous[1] - 1} missing", m.start, m.start + len(m.raw)))
            previous = (item.family, value)
        warnings += numbering_warnings(item.children)
    return warnings
