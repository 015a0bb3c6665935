"""Tracking: what an agency sees, progress notes with their audit entry in one
transaction, extensions (one pending a task, the original deadline kept), countdowns and
working days, filters in the URL, the leader's ranking, the register, follow-ups."""
import io
import zipfile
from datetime import date, timedelta

import openpyxl
import pytest
from sqlalchemy import create_engine, inspect, select

from pipeline.registry import store
from pipeline.registry.ranking import REGISTER
from pipeline.registry.schema import audit, updates
from pipeline.registry.status import countdown
from pipeline.registry.workdays import add_working_days, is_working_day, relative_due

TODAY = date.today()


def _patch(client, task_id, **body):
    r = client.patch(f"/api/tasks/{task_id}", json=body, headers={"X-CSRF-Token": client.csrf})
    assert r.status_code == 200, r.text
    return r.json()


@pytest.fixture(scope="module")
def world(web):
    """The seed letter's first three tasks: one to Sở KHCN due in 3 days, one to the
    group 'Các sở, ban, ngành' overdue by 5 days, one to Sở Y tế due in 20 days."""
    sha = web.seed()
    clerk = web.client("vanthu")
    tasks = clerk.get(f"/api/letters/{sha}").json()["tasks"]
    assert len(tasks) >= 3
    plan = [("Sở Khoa học và Công nghệ", 3), ("Các sở, ban, ngành", -5), ("Sở Y tế", 20)]
    for t, (lead, days) in zip(tasks, plan):
        _patch(clerk, t["id"], lead=[lead], support=[], deadline_kind="date",
               deadline_due=(TODAY + timedelta(days=days)).isoformat())
    for t in tasks[3:]:
        _patch(clerk, t["id"], lead=["Sở Tài chính"], support=[], deadline_kind="")
    return {"sha": sha, "ids": [t["id"] for t in tasks[:3]]}


def test_an_agency_sees_its_own_and_its_groups_tasks_sorted_by_deadline(web, world):
    own, group, health = world["ids"]
    page = web.client("skhcn").get("/my").text
    assert own in page and page.index(group) < page.index(own) and health not in page   # by deadline
    assert "còn 3 ngày" in page and "quá hạn 5 ngày" in page
    assert {t["id"] for t in web.client("snv").get("/api/tasks").json()} >= {group}
    assert own not in {t["id"] for t in web.client("snv").get("/api/tasks").json()}
    assert {t["id"] for t in web.client("syt").get("/api/tasks").json()} == {group, health}


def test_a_status_change_is_appended_with_its_author_and_audit_entry(web, world):
    own = world["ids"][0]
    agency = web.client("skhcn")
    r = agency.post(f"/tasks/{own}/updates", data={"csrf": agency.csrf, "status": "in_progress",
                                                    "note": "Đang dự thảo kế hoạch", "date": ""})
    assert r.status_code == 200 and "Đang dự thảo kế hoạch" in r.text and "Sở Khoa học và Công nghệ" in r.text
    engine = create_engine(web.db)
    with engine.connect() as conn:
        note = conn.execute(select(updates).where(updates.c.task_id == own)).all()[-1]
        entry = conn.execute(select(audit).where(audit.c.task_id == own)
                             .where(audit.c.action == "update")).all()[-1]
    engine.dispose()
    assert note.by == "Sở Khoa học và Công nghệ" and note.recorded_at is not None
    assert entry.actor == "skhcn" and "Đang dự thảo kế hoạch" in entry.detail


def test_a_note_whose_audit_entry_fails_is_not_written(web, world, monkeypatch):
    engine = create_engine(web.db)
    before = len(store.list_tasks(engine, web.app.state.gazetteer, TODAY, ids=[world["ids"][2]])[0].last_note)

    def broken(*args, **kwargs):
        raise RuntimeError("audit log unavailable")
    monkeypatch.setattr(store, "record_audit", broken)
    with pytest.raises(RuntimeError):
        store.add_update(engine, world["ids"][2], "done", TODAY, "Không được ghi", "x", "x")
    with engine.connect() as conn:
        rows = conn.execute(select(updates).where(updates.c.note == "Không được ghi")).all()
    engine.dispose()
    assert rows == [] and before == 0


def test_extensions_move_the_current_deadline_and_on_time_is_judged_by_the_original(web, world):
    own = world["ids"][0]
    agency, leader = web.client("skhcn"), web.client("lanhdao")
    later = TODAY + timedelta(days=30)
    refused = agency.post(f"/tasks/{own}/extensions", data={"csrf": agency.csrf, "new_due": later.isoformat(),
                                                             "reason": ""})
    assert refused.status_code == 409 and "lý do" in refused.text
    r = agency.post(f"/tasks/{own}/extensions", data={"csrf": agency.csrf, "new_due": later.isoformat(),
                                                       "reason": "Chờ ý kiến các sở"})
    assert r.status_code == 200
    again = agency.post(f"/api/tasks/{own}/extensions", json={"new_due": later.isoformat(), "reason": "x"},
                        headers={"X-CSRF-Token": agency.csrf})
    assert again.status_code == 409 and "đang chờ" in again.json()["error"]
    dashboard = leader.get("/dashboard").text
    assert "Chờ ý kiến các sở" in dashboard
    rid = dashboard.split('action="/extensions/')[1].split('"')[0]
    r = leader.post(f"/extensions/{rid}", data={"csrf": leader.csrf, "decision": "approve", "back": "/dashboard"})
    assert r.status_code == 200
    task = agency.get(f"/api/tasks/{own}").json()
    assert task["due"] == later.isoformat() and task["original_due"] == (TODAY + timedelta(days=3)).isoformat()
    # done after the original deadline, before the extended one: on time for the status,
    # late for the ranking, which measures against the letter
    _patch(agency, own, status="done", note="Đã trình", date=(TODAY + timedelta(days=10)).isoformat())
    task = agency.get(f"/api/tasks/{own}").json()
    assert task["status"] == "hoàn thành đúng hạn"
    ranking = openpyxl.load_workbook(io.BytesIO(leader.get("/dashboard/ranking.xlsx").content)).active
    row = next(r for r in ranking.iter_rows(min_row=3, values_only=True) if r[1] == "Sở Khoa học và Công nghệ")
    assert row[2:5] == (1, 1, 0)          # tasks, done, on time


@pytest.mark.parametrize("due, expected", [
    (TODAY + timedelta(days=3), "còn 3 ngày"), (TODAY, "hạn hôm nay"),
    (TODAY - timedelta(days=5), "quá hạn 5 ngày"), (None, ""),
])
def test_countdowns_read_as_offices_say_them(due, expected):
    assert countdown(due, TODAY) == expected


@pytest.mark.parametrize("start, n, expected", [
    (date(2025, 7, 10), 1, date(2025, 7, 11)),        # Thursday -> Friday
    (date(2025, 7, 11), 1, date(2025, 7, 14)),        # Friday -> Monday
    (date(2025, 1, 24), 1, date(2025, 2, 3)),         # over Tết Nguyên đán
    (date(2025, 4, 24), 10, date(2025, 5, 12)),       # Saturday 26/4 worked; 30/4-2/5 off
    (date(2025, 8, 29), 1, date(2025, 9, 3)),         # Quốc khánh
])
def test_working_days_skip_weekends_and_public_holidays(start, n, expected):
    assert add_working_days(start, n) == expected


@pytest.mark.parametrize("day, working", [
    (date(2025, 4, 30), False), (date(2025, 4, 26), True), (date(2025, 4, 27), False),
    (date(2026, 2, 17), False), (date(2025, 7, 15), True),
])
def test_holiday_files_say_which_days_are_off(day, working):
    assert is_working_day(day) is working


@pytest.mark.parametrize("text, signed, expected", [
    ("trong 10 ngày làm việc kể từ ngày ký", date(2025, 4, 24), date(2025, 5, 12)),
    ("Trong thời hạn 15 ngày kể từ ngày ban hành", date(2025, 3, 1), date(2025, 3, 16)),
    ("5 ngày làm việc kể từ ngày nhận được văn bản", date(2025, 3, 3), None),   # no known anchor
    ("trong 10 ngày làm việc kể từ ngày ký", None, None),                      # an undated letter
])
def test_relative_deadlines_from_the_letters_date(text, signed, expected):
    assert relative_due(text, signed) == expected


def test_overdue_is_derived_never_stored(web):
    engine = create_engine(web.db)
    columns = {c["name"] for c in inspect(engine).get_columns("tasks")}
    engine.dispose()
    assert not any("overdue" in c or "status" in c for c in columns)


def test_filters_live_in_the_url(web, world):
    clerk = web.client("vanthu")
    page = clerk.get("/tasks", params={"overdue": "1"}).text
    assert world["ids"][1] in page and world["ids"][2] not in page
    assert 'name="overdue" value="1" type="checkbox" checked' in page
    assert "/tasks.xlsx?overdue=1" in page
    page = clerk.get("/tasks", params={"agency": "Sở Y tế", "q": "y tế"}).text
    assert world["ids"][2] in page and world["ids"][0] not in page
    window = clerk.get("/api/tasks", params={"due_from": (TODAY + timedelta(days=10)).isoformat(),
                                             "due_to": (TODAY + timedelta(days=25)).isoformat()}).json()
    assert [t["id"] for t in window] == [world["ids"][2]]
    assert clerk.get("/tasks", params={"status": "bogus"}).status_code == 422


def test_the_register_keeps_the_paper_columns_and_exports_download(web, world):
    clerk = web.client("vanthu")
    sheet = openpyxl.load_workbook(io.BytesIO(clerk.get("/register.xlsx").content)).active
    header = [c.value for c in sheet[1]]
    assert header == REGISTER and header[:3] == ["STT", "Số, ký hiệu văn bản", "Ngày văn bản"]
    assert sheet.max_row - 1 >= 3
    assert clerk.get("/export.csv").text.startswith("\ufeffid,")
    table = clerk.get(f"/letters/{world['sha']}/table.docx")
    assert table.status_code == 200 and table.content[:2] == b"PK"


def test_followups_download_a_letter_for_each_agency_with_late_tasks(web, world):
    clerk = web.client("vanthu")
    r = clerk.post("/followups", data={"csrf": clerk.csrf, "as_of": TODAY.isoformat(), "soon": "7",
                                       "report_by": "", "agency": ""})
    assert r.status_code == 200 and r.headers["content-type"] == "application/zip"
    names = zipfile.ZipFile(io.BytesIO(r.content)).namelist()
    assert names and all(n.endswith(".docx") for n in names)
    assert any("cac-so-ban-nganh" in n for n in names)
