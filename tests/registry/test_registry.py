"""The task registry on SQLite and on a real PostgreSQL server (CHIDAO_TEST_PG, which
.ci/run sets after starting Debian's server)."""
import gc
import json
import multiprocessing as mp
import os
from datetime import date
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import func, select
from typer.testing import CliRunner

from pipeline import extract
from pipeline.cli import app
from pipeline.registry.db import connect as _connect
from pipeline.registry.gazetteer import Gazetteer, gazetteer
from pipeline.registry.schema import MIGRATIONS, metadata, schema_version, tasks, updates
from pipeline.registry.status import (DONE_LATE, DONE_ON_TIME, OPEN_LATE, OPEN_ON_TIME, judge,
                                      period)
from pipeline.registry.store import add_update, ingest, list_tasks, refs

ROOT = Path(__file__).resolve().parents[2]
LETTERS = sorted((ROOT / "corpus" / "letters").glob("*.txt"))
SEED = ROOT / "corpus" / "letters" / "004_141c8e3a1b93dbad.txt"
SEED_000 = ROOT / "corpus" / "letters" / "000_6cc9c657c62e392b.txt"
PG = os.environ.get("CHIDAO_TEST_PG")
runner = CliRunner()
_ENGINES = []


def connect(db: str):
    """An engine the test's teardown disposes (open connections would warn)."""
    engine = _connect(db)
    _ENGINES.append(engine)
    return engine


@pytest.fixture(autouse=True)
def _dispose_engines():
    yield
    while _ENGINES:
        _ENGINES.pop().dispose()
    gc.collect()


@pytest.fixture(params=["sqlite", "postgresql"])
def db(request, tmp_path) -> str:
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'registry.sqlite'}"
    if not PG:
        pytest.skip("no PostgreSQL server (CHIDAO_TEST_PG unset)")
    engine = connect(PG)
    with engine.begin() as conn:                     # a clean schema for each test
        metadata.drop_all(conn)
    engine.dispose()
    return PG


def test_migrations_are_applied_once(db):
    engine = connect(db)
    connect(db)
    with engine.connect() as conn:
        versions = [r.version for r in conn.execute(select(schema_version.c.version))]
    assert versions == [m[0] for m in MIGRATIONS]


def test_ingest_is_idempotent_and_task_ids_are_stable(db):
    engine = connect(db)
    letter = extract(SEED)
    assert ingest(engine, letter) == "added"
    assert ingest(engine, extract(SEED)) == "unchanged"
    with engine.connect() as conn:
        ids = [r.id for r in conn.execute(select(tasks.c.id).order_by(tasks.c.n))]
    assert ids == [t.id for t in letter.tasks] and ids[0].startswith(letter.source.sha256[:8])


def test_hand_corrected_json_wins_and_keeps_the_history(db, tmp_path):
    engine = connect(db)
    letter = extract(SEED)
    ingest(engine, letter)
    add_update(engine, letter.tasks[0].id, "in_progress", date(2025, 7, 5), "Đang dự thảo")
    data = json.loads(letter.model_dump_json())
    data["tasks"][0]["lead"] = ["Sở Tư pháp"]
    corrected = tmp_path / "corrected.json"
    corrected.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    result = runner.invoke(app, ["ingest", str(corrected), "--db", db])
    assert result.exit_code == 0 and "replaced" in result.stdout
    assert ingest(engine, extract(SEED)) == "unchanged"          # extraction does not undo it
    view = list_tasks(engine, gazetteer(), date(2025, 7, 6), agency="Sở Tư pháp")
    assert [v.id for v in view] == [letter.tasks[0].id]
    assert view[0].last_note == "Đang dự thảo"


@pytest.mark.parametrize("kind, due, recurrence, done, as_of, expected", [
    ("date", date(2025, 7, 10), None, date(2025, 7, 9), date(2025, 8, 1), (DONE_ON_TIME, 0)),
    ("date", date(2025, 7, 10), None, date(2025, 7, 12), date(2025, 8, 1), (DONE_LATE, 2)),
    ("date", date(2025, 7, 10), None, None, date(2025, 7, 10), (OPEN_ON_TIME, 0)),
    ("date", date(2025, 7, 10), None, None, date(2025, 7, 13), (OPEN_LATE, 3)),
    ("continuous", None, None, None, date(2030, 1, 1), (OPEN_ON_TIME, 0)),
    ("recurring", None, "monthly", date(2025, 6, 28), date(2025, 7, 15), (OPEN_ON_TIME, 0)),
    ("recurring", None, "monthly", date(2025, 7, 2), date(2025, 7, 15), (DONE_ON_TIME, 0)),
    (None, None, None, None, date(2025, 7, 15), (OPEN_ON_TIME, 0)),
])
def test_statuses_as_offices_report_them(kind, due, recurrence, done, as_of, expected):
    judged = judge(kind, due, recurrence, done, as_of)
    assert (judged.status, judged.overdue_days) == expected


def test_recurring_tasks_are_judged_by_their_next_due_date():
    assert period("quarterly", date(2025, 8, 3)) == (date(2025, 7, 1), date(2025, 9, 30))
    assert judge("recurring", None, "quarterly", None, date(2025, 8, 3)).due == date(2025, 9, 30)


def test_agency_queries_use_the_gazetteer(db):
    engine = connect(db)
    ingest(engine, extract(SEED_000))        # tasks to "Các sở, ban, ngành", Công an tỉnh...
    g = gazetteer("phu-tho")
    as_of = date(2025, 12, 1)
    group = {v.id for v in list_tasks(engine, g, as_of, agency="Sở Nội vụ")}
    assert group and all("Các sở, ban, ngành" in v.task.lead or "Sở Nội vụ" in v.task.lead + v.task.support
                         for v in list_tasks(engine, g, as_of, agency="Sở Nội vụ"))
    police = list_tasks(engine, g, as_of, agency="CA tỉnh")            # an alias
    assert police and all("Công an tỉnh" in v.task.lead + v.task.support or
                          "Các sở, ban, ngành" in v.task.lead for v in police)
    commune = {v.id for v in list_tasks(engine, g, as_of, agency="UBND xã An Bình")}
    assert commune and commune <= {v.id for v in list_tasks(engine, g, as_of, agency="xã An Bình")}


def test_the_phu_tho_gazetteer_and_another_province_as_data():
    g = gazetteer("phu-tho")
    assert len(g.communes) == 148
    assert g.meaning("SKHCN").id == g.meaning("Sở Khoa học và Công nghệ").id
    assert g.addresses("UBND các xã, phường", "phường Âu Cơ")
    assert not g.addresses("Sở Y tế", "Sở Nội vụ")
    other = Gazetteer({"province": "Tỉnh X", "agencies": [{"name": "Sở Nội vụ", "groups": ["so"]}],
                       "communes": ["Tân Lập"], "groups": {"Các sở": ["so"]}})
    assert other.addresses("Các sở", "Sở Nội vụ") and other.addresses("UBND xã Tân Lập", "xã Tân Lập")


def test_filters_updates_and_exports(db, tmp_path):
    engine = connect(db)
    letter = extract(SEED)                   # due 10/7/2025 and 12/7/2025
    ingest(engine, letter)
    first, second = letter.tasks[0].id, letter.tasks[1].id
    for args in (["update", first, "--status", "in_progress", "--date", "2025-07-01", "--note", "Bắt đầu"],
                 ["update", first, "--status", "done", "--date", "2025-07-09", "--note", "Đã trình",
                  "--by", "Sở KHCN"]):
        assert runner.invoke(app, [*args, "--db", db]).exit_code == 0
    with engine.connect() as conn:           # append-only: both notes are kept
        assert conn.execute(select(func.count()).select_from(updates)).scalar() == 2
    result = runner.invoke(app, ["tasks", "--db", db, "--as-of", "2025-07-15", "--format", "json"])
    rows = {r["id"]: r for r in json.loads(result.stdout)}
    assert rows[first]["status"] == DONE_ON_TIME and rows[first]["last_note"] == "Đã trình"
    assert rows[second]["status"] == OPEN_LATE and rows[second]["overdue_days"] == 3
    overdue = runner.invoke(app, ["tasks", "--db", db, "--as-of", "2025-07-15", "--overdue",
                                  "--format", "json"])
    assert [r["id"] for r in json.loads(overdue.stdout)] == [second]
    due = runner.invoke(app, ["tasks", "--db", db, "--due-before", "2025-07-11", "--format", "json"])
    assert [r["id"] for r in json.loads(due.stdout)] == [first]
    bad = runner.invoke(app, ["tasks", "--db", db, "--status", "xong"])
    assert bad.exit_code == 2
    out = tmp_path / "nq57.xlsx"
    assert runner.invoke(app, ["export", "--format", "xlsx", "--out", str(out), "--db", db,
                               "--as-of", "2025-07-15"]).exit_code == 0
    sheet = openpyxl.load_workbook(out).active
    assert [c.value for c in sheet[1]][:5] == ["Mã", "Văn bản", "Mục", "Nhiệm vụ", "Chủ trì"]
    assert sheet.max_row == len(letter.tasks) + 1 and sheet.freeze_panes == "A2"
    csv_text = runner.invoke(app, ["export", "--db", db]).stdout
    assert csv_text.splitlines()[0].startswith("id,letter,section,text,lead")
    missing = runner.invoke(app, ["update", "x-001", "--status", "done", "--note", "?", "--db", db])
    assert missing.exit_code == 1 and "x-001: no such task" in missing.stderr


def test_refs_and_followups(db, tmp_path):
    engine = connect(db)
    for p in (SEED, SEED_000):
        ingest(engine, extract(p))
    citing, cited = refs(engine, "33/CT-TTg")
    assert citing == ["Công văn …/UBND-KGVX"] and cited == []
    citing, _ = refs(engine, "57-NQ/TW")
    assert len(citing) == 2
    out = tmp_path / "don-doc"
    result = runner.invoke(app, ["followup", "--out", str(out), "--as-of", "2025-07-11", "--db", db])
    assert result.exit_code == 0
    written = sorted(p.name for p in out.glob("*.docx"))
    assert any("so-khoa-hoc-va-cong-nghe" in n for n in written)


def _writer(db: str, paths: list[str], tag: str) -> None:
    from pipeline import extract as run
    from pipeline.registry.db import connect as open_registry  # noqa: I001
    from pipeline.registry.store import add_update as note, ingest as put

    engine = open_registry(db)
    for p in paths:
        letter = run(p)
        put(engine, letter)
        for t in letter.tasks:
            note(engine, t.id, "in_progress", date(2025, 7, 1), f"{tag} {t.id}")
    engine.dispose()


def test_two_processes_writing_at_once_lose_nothing(db):
    connect(db)
    halves = [[str(p) for p in LETTERS[0::2]], [str(p) for p in LETTERS[1::2]]]
    ctx = mp.get_context("spawn")
    procs = [ctx.Process(target=_writer, args=(db, half, f"p{n}")) for n, half in enumerate(halves)]
    for p in procs:
        p.start()
    for p in procs:
        p.join(120)
        assert p.exitcode == 0
    expected = sum(len(extract(p).tasks) for p in LETTERS)
    with connect(db).connect() as conn:
        assert conn.execute(select(func.count()).select_from(tasks)).scalar() == expected
        assert conn.execute(select(func.count()).select_from(updates)).scalar() == expected
