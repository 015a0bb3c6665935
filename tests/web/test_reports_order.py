"""A report that arrives before the letter it reports on is linked when that letter comes."""
from pathlib import Path

LETTERS = Path(__file__).parent / "letters"


def test_a_report_stored_first_is_linked_when_its_letter_arrives(web):
    report = web.upload([("report.txt", (LETTERS / "report.txt").read_bytes())])[0]
    assert report["state"] == "done" and report["linked"] == []
    assignment = web.upload([("assignment.txt", (LETTERS / "assignment.txt").read_bytes())])[0]
    clerk = web.client("vanthu")
    page = clerk.get(f"/letters/{report['sha']}").text
    assert "Báo cáo về" in page and assignment["sha"] in page and "đã hoàn thành" in page
    tracked = {t["id"] for t in clerk.get("/api/tasks").json()}
    assert all(t.startswith(assignment["sha"][:8]) for t in tracked)   # the report's items are not tasks
