"""The JSON API other systems use, with a personal token; and the accounts commands."""
import subprocess
import sys

from typer.testing import CliRunner

from pipeline.cli import app as cli
from tests.web.conftest import SEED, PASSWORD

runner = CliRunner()


def _token(web, name) -> dict:
    result = runner.invoke(cli, ["users", "token", name, "--db", web.db])
    assert result.exit_code == 0, result.output
    token = result.stdout.strip()
    assert token.startswith("chd_") and len(token) > 30
    return {"Authorization": f"Bearer {token}"}


def test_upload_read_list_and_update_with_a_token(web):
    anon = web.client(None)
    clerk = _token(web, "vanthu")
    r = anon.post("/api/letters", files={"file": (SEED.name, SEED.read_bytes())}, headers=clerk)
    assert r.status_code in (200, 201), r.text
    body = r.json()
    assert len(body["id"]) == 64 and body["tasks"] and all(t["id"] for t in body["tasks"])
    letter = anon.get(f"/api/letters/{body['id']}", headers=clerk).json()
    assert [t["id"] for t in letter["tasks"]] == [t["id"] for t in body["tasks"]]
    assert letter["record"]["source"]["sha256"] == body["id"]
    tasks = anon.get("/api/tasks", headers=clerk).json()
    assert {"id", "text", "lead", "support", "due", "status"} <= set(tasks[0])
    tid = body["tasks"][0]["id"]
    r = anon.patch(f"/api/tasks/{tid}", json={"status": "in_progress", "note": "Bắt đầu", "date": "2025-07-01"},
                   headers=clerk)
    assert r.status_code == 200 and r.json()["last_note"] == "Bắt đầu"
    r = anon.patch(f"/api/tasks/{tid}", json={"status": "finished", "note": "x"}, headers=clerk)
    assert r.status_code == 422 and "status" in r.json()["error"]
    r = anon.patch(f"/api/tasks/{tid}", json={"unknown": 1}, headers=clerk)
    assert r.status_code == 422
    assert anon.get("/api/tasks").status_code == 401
    assert anon.get("/api/tasks", headers={"Authorization": "Bearer chd_wrong"}).status_code == 401


def test_a_stale_version_is_refused_over_the_api(web):
    clerk = _token(web, "vanthu")
    anon = web.client(None)
    sha = web.seed()
    task = anon.get(f"/api/letters/{sha}", headers=clerk).json()["tasks"][0]
    ok = anon.patch(f"/api/tasks/{task['id']}", json={"section": "2", "version": task["version"]}, headers=clerk)
    assert ok.status_code == 200 and ok.json()["version"] == task["version"] + 1
    stale = anon.patch(f"/api/tasks/{task['id']}", json={"section": "3", "version": task["version"]},
                       headers=clerk)
    assert stale.status_code == 409 and "chưa được lưu" in stale.json()["error"]
    assert anon.get(f"/api/tasks/{task['id']}", headers=clerk).json()["section"] == "2"


def test_a_bad_file_gives_its_reason_and_agencies_are_listed(web):
    clerk = _token(web, "vanthu")
    anon = web.client(None)
    r = anon.post("/api/letters", files={"file": ("noise.txt", bytes(range(256)) * 8)}, headers=clerk)
    assert r.status_code == 422 and r.json()["state"] == "failed" and r.json()["reason"]
    agencies = anon.get("/api/agencies", headers=clerk).json()
    assert "Sở Nội vụ" in agencies["agencies"] and len(agencies["communes"]) == 148


def test_the_openapi_description_lists_the_endpoints(web):
    spec = web.client(None).get("/api/openapi.json").json()
    paths = spec["paths"]
    assert {"/api/letters", "/api/letters/{letter_id}", "/api/tasks", "/api/tasks/{task_id}",
            "/api/agencies"} <= set(paths)
    assert "patch" in paths["/api/tasks/{task_id}"] and "post" in paths["/api/letters"]


def test_users_add_list_and_password_rules(web):
    r = runner.invoke(cli, ["users", "add", "ytecs", "--role", "agency", "--agency", "SYT", "--db", web.db],
                      input="mat-khau-moi\n")
    assert r.exit_code == 0 and "Sở Y tế" in r.stdout
    r = runner.invoke(cli, ["users", "add", "short", "--role", "clerk", "--db", web.db], input="abc\n")
    assert r.exit_code == 2 and "at least 8" in r.stderr
    r = runner.invoke(cli, ["users", "add", "x", "--role", "agency", "--agency", "Bộ Không Có", "--db", web.db],
                      input="mat-khau-moi\n")
    assert r.exit_code == 2 and "not an agency" in r.stderr
    r = runner.invoke(cli, ["users", "add", "y", "--role", "boss", "--db", web.db], input="mat-khau-moi\n")
    assert r.exit_code == 2 and "role" in r.stderr
    listed = runner.invoke(cli, ["users", "list", "--db", web.db]).stdout
    assert "ytecs\tagency\tSở Y tế\tactive" in listed and "vanthu\tclerk" in listed
    from sqlalchemy import create_engine, select
    from pipeline.registry.schema import users
    engine = create_engine(web.db)
    with engine.connect() as conn:
        stored = conn.execute(select(users.c.password_hash).where(users.c.name == "ytecs")).scalar()
    engine.dispose()
    assert stored.startswith("$argon2id$") and "mat-khau-moi" not in stored


def test_login_sets_a_strict_httponly_cookie_and_attempts_are_limited(web):
    c = web.client(None)
    r = c.post("/login", data={"username": "lanhdao", "password": PASSWORD}, follow_redirects=False)
    cookie = r.headers["set-cookie"].lower()
    assert r.status_code == 303 and "httponly" in cookie and "samesite=strict" in cookie
    other = web.client(None)
    for _ in range(5):
        r = other.post("/login", data={"username": "syt", "password": "sai-mat-khau"})
        assert r.status_code == 401 and "không đúng" in r.text
    r = other.post("/login", data={"username": "syt", "password": PASSWORD})
    assert r.status_code == 429 and "quá nhiều lần" in r.text
    r = web.client(None).post("/login", data={"username": "snv", "password": PASSWORD},
                              headers={"Origin": "http://evil.example"})
    assert r.status_code == 403
    web.app.state.limiter._failures.clear()


def test_help_stays_light_with_the_web_commands():
    code = ("import sys; from typer.testing import CliRunner; from pipeline.cli import app; "
            "r = CliRunner().invoke(app, ['serve', '--help']); assert r.exit_code == 0, r.output; "
            "heavy = [m for m in ('fastapi', 'uvicorn', 'argon2', 'underthesea', 'docx') if m in sys.modules]; "
            "assert not heavy, heavy")
    subprocess.run([sys.executable, "-c", code], check=True)


def test_a_bug_is_a_page_without_a_traceback(web, monkeypatch):
    import pipeline.web.tracking

    def broken(*args, **kwargs):
        raise RuntimeError("secret detail of a bug")
    monkeypatch.setattr(pipeline.web.tracking, "list_tasks", broken)
    page = web.client("vanthu").get("/dashboard")
    assert page.status_code == 500 and "Lỗi máy chủ" in page.text
    assert "Traceback" not in page.text and "secret detail" not in page.text
    api = web.client("vanthu").get("/api/tasks/none/../../etc")
    assert api.status_code in (404, 405) and "Traceback" not in api.text
    missing = web.client("vanthu").get("/no/such/page")
    assert missing.status_code == 404 and "Không có trang này" in missing.text
