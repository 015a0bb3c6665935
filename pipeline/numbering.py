"""Section labels as printed, and warnings where numbering skips or repeats."""
from __future__ import annotations

from pipeline.outline import Item

Warn = tuple[str, str, int, int]


def label_sections(sections: list[Item], text: str) -> list[str | None]:
    """Labels of top-level items (as printed, or as the sequence proves them where OCR
    damaged them); bullets are not sections (None), nor the items of a run-in enumeration
    ("... như sau: (i) rà soát ...; (ii) đề xuất ..."), whose labels open no line."""
    return [item.label if item.marker.numbered and not _run_in(text, item.marker.start) else None
            for item in sections]


def _run_in(text: str, pos: int) -> bool:
    line_start = text.rfind("\n", 0, pos) + 1
    return bool(text[line_start:pos].strip(" \t*_#|>"))


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
