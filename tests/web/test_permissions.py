"""Every route and API endpoint, as every role: what a role may not do answers 403 (or
404 for another agency's task, which does not exist for it), without a session pages
send to the login form and the API answers 401. A route without a rule here fails the
test, so a new route must say who may use it."""
import pytest

from tests.web.conftest import SEED

EVERYONE = {"admin", "clerk", "agency", "leader"}
TRACKERS = {"clerk", "agency", "leader"}
READ_ALL = {"clerk", "leader"}
CLERK = {"clerk"}
# (method, path): the roles that may use it. Agencies only within their own tasks.
RULES = {
    ("GET", "/"): EVERYONE,
    ("GET", "/login"): EVERYONE | {None},
    ("POST", "/login"): EVERYONE | {None},
    ("POST", "/logout"): EVERYONE,
    ("GET", "/upload"): CLERK, ("POST", "/upload"): CLERK,
    ("GET", "/jobs/{job_id}"): CLERK,
    ("GET", "/letters"): READ_ALL,
    ("GET", "/letters/{sha}"): READ_ALL,
    ("GET", "/letters/{sha}/file"): READ_ALL,
    ("GET", "/letters/{sha}/letter.json"): READ_ALL,
    ("GET", "/letters/{sha}/table.{fmt}"): READ_ALL,
    ("GET", "/letters/{sha}/tasks/{task_id}/edit"): CLERK,
    ("POST", "/letters/{sha}/tasks/{task_id}"): CLERK,
    ("POST", "/letters/{sha}/tasks"): CLERK,
    ("POST", "/letters/{sha}/accept"): CLERK,
    ("POST", "/proposals/{proposal_id}"): CLERK,
    ("GET", "/tasks"): TRACKERS,
    ("GET", "/tasks.{fmt}"): TRACKERS,
    ("GET", "/register.xlsx"): READ_ALL,
    ("GET", "/my"): {"agency"},
    ("GET", "/tasks/{task_id}"): TRACKERS,
    ("POST", "/tasks/{task_id}/updates"): {"clerk", "agency"},
    ("POST", "/tasks/{task_id}/extensions"): {"agency"},
    ("POST", "/extensions/{request_id}"): {"clerk", "leader"},
    ("GET", "/dashboard"): READ_ALL,
    ("GET", "/dashboard/ranking.xlsx"): READ_ALL,
    ("GET", "/followups"): CLERK, ("POST", "/followups"): CLERK,
    ("GET", "/export.{fmt}"): READ_ALL,
    ("GET", "/users"): {"admin"}, ("POST", "/users"): {"admin"},
    ("GET", "/agencies"): {"admin"},
    ("GET", "/api/openapi.json"): EVERYONE | {None},
    ("POST", "/api/letters"): CLERK,
    ("GET", "/api/letters"): READ_ALL,
    ("GET", "/api/letters/{letter_id}"): READ_ALL,
    ("GET", "/api/tasks"): TRACKERS,
    ("GET", "/api/tasks/{task_id}"): TRACKERS,
    ("PATCH", "/api/tasks/{task_id}"): {"clerk", "agency"},
    ("POST", "/api/tasks/{task_id}/extensions"): {"agency"},
    ("GET", "/api/agencies"): EVERYONE,
}
ROLES = {"admin": "admin", "clerk": "vanthu", "agency": "skhcn", "leader": "lanhdao"}


def routes(app):
    """(method, path) of every route of the app, routers included."""
    found = []

    def walk(items, prefix=""):
        for r in items:
            if hasattr(r, "methods") and hasattr(r, "path"):
                found.extend((m, prefix + r.path) for m in r.methods if m != "HEAD")
            elif hasattr(r, "original_router"):
                walk(r.original_router.routes, prefix + getattr(r.include_context, "prefix", ""))
            elif hasattr(r, "routes") and hasattr(r, "path") and r.path != "/static":
                walk(r.routes, prefix + r.path)
    walk(app.routes)
    return found


@pytest.fixture(scope="module")
def world(web):
    """The seed letter with two tasks given to known agencies: one to the agency account's
    agency (Sở KHCN), one to another (Sở Y tế)."""
    sha = web.seed()
    clerk = web.client("vanthu")
    tasks = clerk.get(f"/api/letters/{sha}").json()["tasks"]
    assert len(tasks) >= 2
    own, other = tasks[0], tasks[1]
    for task, lead in ((own, "Sở Khoa học và Công nghệ"), (other, "Sở Y tế")):
        r = clerk.patch(f"/api/tasks/{task['id']}", json={"lead": [lead], "support": []},
                        headers={"X-CSRF-Token": clerk.csrf})
        assert r.status_code == 200, r.text
    for t in tasks[2:]:
        r = clerk.patch(f"/api/tasks/{t['id']}", json={"lead": ["Sở Tài chính"], "support": []},
                        headers={"X-CSRF-Token": clerk.csrf})
        assert r.status_code == 200, r.text
    web.upload([("another.txt", b"not a letter at all " * 3)])
    return {"sha": sha, "own": own["id"], "other": other["id"], "job": web.last_job}


def _fill(path: str, w: dict, task: str) -> str:
    return (path.replace("{sha}", w["sha"]).replace("{letter_id}", w["sha"])
            .replace("{task_id}", task).replace("{job_id}", w["job"]).replace("{fmt}", "xlsx")
            .replace("{proposal_id}", "999999").replace("{request_id}", "999999"))


def _call(client, method, url, csrf):
    if method == "GET":
        return client.get(url, follow_redirects=False)
    headers = {"X-CSRF-Token": csrf} if url.startswith("/api/") and csrf else {}
    if method == "PATCH":
        return client.patch(url, json={"status": "done", "note": "x"}, headers=headers,
                            follow_redirects=False)
    data = {"csrf": csrf} if csrf else {}
    files = {"file": ("x.txt", b"x")} if url == "/api/letters" else None
    return client.post(url, data=data, files=files, headers=headers, follow_redirects=False)


def test_every_route_has_a_rule(web):
    missing = [r for r in routes(web.app) if r not in RULES]
    assert not missing, f"routes without a rule in RULES: {missing}"


@pytest.mark.parametrize("role", sorted(ROLES))
def test_each_role_is_refused_what_it_may_not_do(web, world, role):
    client = web.client(ROLES[role])
    refused = []
    for method, path in routes(web.app):
        if role in RULES[(method, path)]:
            continue
        r = _call(client, method, _fill(path, world, world["own"]), client.csrf)
        if r.status_code not in (403, 404):
            refused.append((method, path, r.status_code))
    assert not refused, f"{role} was not refused: {refused}"


def test_an_agency_cannot_read_or_change_another_agencys_task(web, world):
    agency = web.client("skhcn")
    other = world["other"]
    for method, path in routes(web.app):
        if "{task_id}" not in path or "agency" not in RULES[(method, path)]:
            continue
        r = _call(agency, method, _fill(path, world, other), agency.csrf)
        assert r.status_code == 404, (method, path, r.status_code)
        r = _call(agency, "GET", _fill(path, world, world["own"]), agency.csrf)
        assert r.status_code in (200, 405), (path, r.status_code)
    listed = {t["id"] for t in agency.get("/api/tasks").json()}
    assert world["own"] in listed and other not in listed
    assert other not in agency.get("/tasks").text and other not in agency.get("/my").text
    assert agency.get("/tasks.csv").text.count(other) == 0
    assert agency.get(f"/letters/{world['sha']}/file").status_code == 403


def test_without_a_session_pages_ask_to_log_in_and_the_api_answers_401(web, world):
    anon = web.client(None)
    for method, path in routes(web.app):
        if None in RULES[(method, path)]:
            continue
        r = _call(anon, method, _fill(path, world, world["own"]), None)
        if path.startswith("/api/"):
            assert r.status_code == 401, (method, path, r.status_code)
        else:
            assert r.status_code == 303 and r.headers["location"].startswith("/login"), (method, path)


def test_forms_without_the_csrf_token_are_refused(web, world):
    clerk = web.client("vanthu")
    for url, data in ((f"/letters/{world['sha']}/accept", {}), ("/followups", {}),
                      (f"/tasks/{world['own']}/updates", {"status": "done", "note": "x"})):
        r = clerk.post(url, data=data, follow_redirects=False)
        assert r.status_code == 403 and "CSRF" in r.text, url
        r = clerk.post(url, data={**data, "csrf": "forged"}, follow_redirects=False)
        assert r.status_code == 403, url
    r = clerk.patch(f"/api/tasks/{world['own']}", json={"status": "done", "note": "x"})
    assert r.status_code == 403                     # a cookie session without X-CSRF-Token


def test_a_leader_changes_nothing(web, world):
    leader = web.client("lanhdao")
    r = leader.post(f"/tasks/{world['own']}/updates", data={"csrf": leader.csrf, "status": "done",
                                                             "note": "x"}, follow_redirects=False)
    assert r.status_code == 403
    assert leader.get("/dashboard").status_code == 200 and leader.get(f"/letters/{world['sha']}").status_code == 200
    assert leader.get(f"/letters/{world['sha']}/file").content == SEED.read_bytes()
