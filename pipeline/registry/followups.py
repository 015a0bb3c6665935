"""Follow-up letters from the registry: one a lead agency with overdue or soon-due tasks,
judged with their recorded progress (a task reported done is not chased)."""
from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from pipeline.registry.gazetteer import Gazetteer
from pipeline.registry.status import OPEN_LATE, OPEN_ON_TIME
from pipeline.registry.store import list_tasks, stored_letters


def write_followups(engine, gazetteer: Gazetteer, out: Path, as_of: date, report_by: date | None,
                    agency: str | None, soon_days: int, config: dict) -> list[Path]:
    from pipeline.render.letters import followup_letters, slug, write_letter
    from pipeline.render.office import office_for

    views = list_tasks(engine, gazetteer, as_of, agency=agency)
    horizon = as_of + timedelta(days=soon_days)
    chased = [v for v in views if v.judged.status == OPEN_LATE or
              (v.judged.status == OPEN_ON_TIME and v.judged.due and v.judged.due <= horizon)]
    if not chased:
        return []
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for sha in dict.fromkeys(v.letter_sha for v in chased):
        letter = stored_letters(engine, [sha])[0]
        keep = {v.id for v in chased if v.letter_sha == sha}
        letter = letter.model_copy(update={"tasks": [t for t in letter.tasks if t.id in keep]})
        office = office_for(letter, config)
        for name, view in followup_letters([letter], office, as_of, report_by, agency):
            path = out / f"don-doc-{sha[:8]}-{slug(name)}.docx"
            write_letter(view, path)
            written.append(path)
    return written
