"""Upload, review and correct: the text with its marks, edits validated like the JSON,
split / merge / add / remove, acceptance with who and when, the original kept, two
editors of one task, and corrected letters exported as gold files."""
import json
import re

from sqlalchemy import select
from typer.testing import CliRunner

from pipeline.cli import app as cli
from pipeline.registry.schema import audit, corrections, letters
from tests.web.conftest import SEED

runner = CliRunner()


def _rows(html: str) -> list[str]:
    return re.findall(r'<tr id="row-([0-9a-f]{8}-\d{3})"', html)


def test_upload_shows_progress_then_the_letter_with_its_marks(web):
    sha = web.seed()
    c = web.client("vanthu")
    page = c.get(f"/letters/{sha}")
    assert page.status_code == 200
    ids = _rows(page.text)
    assert ids, "the task table has rows"
    for tid in ids:                                   # each row scrolls to its source
        assert f'id="src-{tid}"' in page.text and f'href="#src-{tid}"' in page.text
    for kind in ("hl-task", "hl-lead", "hl-deadline", "hl-citation"):
        assert f'class="{kind}' in page.text or f' {kind}' in page.text, kind
    again = web.upload([("copy-of-seed.txt", SEED.read_bytes())])
    assert again[0]["state"] == "duplicate" and again[0]["sha"] == sha
    assert "đã có trong sổ" in again[0]["page"]


def _edit(c, sha, tid, version, **fields):
    data = {"csrf": c.csrf, "action": "save", "version": str(version)}
    page = c.get(f"/letters/{sha}/tasks/{tid}/edit").text
    for name in ("text", "lead", "support", "report_to", "section"):
        m = re.search(rf'<(?:input|textarea) id="{name}" name="{name}"[^>]*?(?:value="([^"]*)")?[^>]*>(?:([^<]*)</textarea>)?', page)
        data[name] = (m.group(1) or m.group(2) or "") if m else ""
    data["text"] = data["text"].replace("&#34;", '"').replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">")
    data.update(deadline_kind="", deadline_due="", deadline_recurrence="")
    data.update(fields)
    return c.post(f"/letters/{sha}/tasks/{tid}", data=data)


def _version(web, tid) -> int:
    from pipeline.registry.schema import tasks
    from sqlalchemy import create_engine

    engine = create_engine(web.db)
    with engine.connect() as conn:
        v = conn.execute(select(tasks.c.version).where(tasks.c.id == tid)).scalar()
    engine.dispose()
    return v


def test_a_corrected_lead_is_saved_with_who_and_when_and_the_original_stays(web):
    sha = web.seed()
    c = web.client("vanthu")
    tid = _rows(c.get(f"/letters/{sha}").text)[0]
    r = _edit(c, sha, tid, _version(web, tid), lead="Sở Tư pháp", support="Sở Nội vụ; Sở Y tế")
    assert r.status_code == 200 and f"/letters/{sha}" in str(r.url)
    api = c.get(f"/api/letters/{sha}").json()
    task = next(t for t in api["tasks"] if t["id"] == tid)
    assert task["lead"] == ["Sở Tư pháp"] and task["support"] == ["Sở Nội vụ", "Sở Y tế"]
    from sqlalchemy import create_engine
    engine = create_engine(web.db)
    with engine.connect() as conn:
        row = conn.execute(select(letters.c.original_record, letters.c.corrected)
                           .where(letters.c.sha256 == sha)).first()
        fixes = conn.execute(select(corrections).where(corrections.c.task_id == tid)).all()
        trail = conn.execute(select(audit.c.action).where(audit.c.letter_sha == sha)).scalars().all()
    engine.dispose()
    original = json.loads(row.original_record)
    assert row.corrected and next(t for t in original["tasks"] if t["id"] == tid)["lead"] != ["Sở Tư pháp"]
    assert fixes[-1].by == "vanthu" and fixes[-1].at is not None and fixes[-1].action == "edit"
    assert json.loads(fixes[-1].after)["lead"] == ["Sở Tư pháp"]
    assert "correct:edit" in trail


def test_edits_are_validated_like_the_json(web):
    sha = web.seed()
    c = web.client("vanthu")
    tid = _rows(c.get(f"/letters/{sha}").text)[0]
    v = _version(web, tid)
    bad = _edit(c, sha, tid, v, deadline_kind="weekly-ish", deadline_due="2025-07-10")
    assert bad.status_code == 422 and "deadline" in bad.text and "Traceback" not in bad.text
    bad = _edit(c, sha, tid, v, deadline_kind="date", deadline_due="31/02/2025")
    assert bad.status_code == 422 and "is not a date" in bad.text
    empty = _edit(c, sha, tid, v, text="   ")
    assert empty.status_code == 422 and "text" in empty.text
    assert _version(web, tid) == v                       # nothing was saved


def test_the_second_of_two_editors_is_refused_not_lost(web):
    sha = web.seed()
    c = web.client("vanthu")
    tid = _rows(c.get(f"/letters/{sha}").text)[1]
    v = _version(web, tid)
    first = _edit(c, sha, tid, v, section="9")
    assert first.status_code == 200
    second = _edit(c, sha, tid, v, section="7")          # loaded before the first save
    assert second.status_code == 409
    assert "vừa được người khác sửa" in second.text and "chưa được lưu" in second.text
    task = next(t for t in c.get(f"/api/letters/{sha}").json()["tasks"] if t["id"] == tid)
    assert task["section"] == "9"


def test_split_merge_add_and_remove(web):
    sha = web.seed()
    c = web.client("vanthu")
    before = _rows(c.get(f"/letters/{sha}").text)
    tid = before[0]
    page = c.get(f"/letters/{sha}/tasks/{tid}/edit").text
    cut = re.search(r'<select id="at" name="at"><option value="(\d+)"', page)
    assert cut, "a split point is offered"
    r = c.post(f"/letters/{sha}/tasks/{tid}", data={"csrf": c.csrf, "action": "split", "at": cut.group(1),
                                                   "version": str(_version(web, tid))})
    assert r.status_code == 200
    after = _rows(r.text)
    assert len(after) == len(before) + 1 and after[0] == tid and after[1] not in before
    r = c.post(f"/letters/{sha}/tasks/{tid}", data={"csrf": c.csrf, "action": "merge",
                                                   "version": str(_version(web, tid))})
    assert _rows(r.text) == [x for x in after if x != after[1]]
    r = c.post(f"/letters/{sha}/tasks", data={"csrf": c.csrf, "text": "Báo cáo kết quả rà soát",
                                             "lead": "Sở Y tế", "support": "", "section": ""})
    added = _rows(r.text)[-1]
    assert added not in after and "Báo cáo kết quả rà soát" in r.text
    r = c.post(f"/letters/{sha}/tasks/{added}", data={"csrf": c.csrf, "action": "remove",
                                                     "version": str(_version(web, added))})
    assert added not in _rows(r.text)


def test_accepting_records_the_reviewer_and_gold_export_gives_the_corrections(web, tmp_path):
    sha = web.seed()
    c = web.client("vanthu")
    r = c.post(f"/letters/{sha}/accept", data={"csrf": c.csrf})
    assert r.status_code == 200 and "Đã duyệt" in r.text and "vanthu" in r.text
    result = runner.invoke(cli, ["export", "--format", "gold", "--out", str(tmp_path), "--db", web.db])
    assert result.exit_code == 0, result.output
    gold = json.loads((tmp_path / "gold" / f"web_{sha[:16]}.json").read_text(encoding="utf-8"))
    api = c.get(f"/api/letters/{sha}").json()
    assert [t["text"] for t in gold["tasks"]] == [t["text"] for t in api["record"]["tasks"]]
    assert [t["lead"] for t in gold["tasks"]] == [t["lead"] for t in api["record"]["tasks"]]
    text = (tmp_path / "letters" / f"web_{sha[:16]}.txt").read_text(encoding="utf-8")
    assert text == SEED.read_text(encoding="utf-8")


def test_a_leader_reads_the_review_page_but_gets_no_edit_controls(web):
    sha = web.seed()
    page = web.client("lanhdao").get(f"/letters/{sha}")
    assert page.status_code == 200 and _rows(page.text)
    assert "/edit" not in page.text and 'id="accept"' not in page.text
