"""Letters about tracked letters: a báo cáo citing an assignment letter proposes progress
task by task for the clerk to confirm; a đôn đốc letter is linked to the tasks it chases
and they are not tracked twice."""
from pathlib import Path

import pytest

from pipeline.registry.reports import paragraphs, similarity

LETTERS = Path(__file__).parent / "letters"


def _upload(web, name):
    item = web.upload([(name, (LETTERS / name).read_bytes())])[0]
    assert item["state"] == "done", item
    return item


def test_a_report_proposes_progress_and_a_followup_chases_the_tasks(web):
    clerk = web.client("vanthu")
    assignment = _upload(web, "assignment.txt")
    tasks = clerk.get(f"/api/letters/{assignment['sha']}").json()["tasks"]
    health = next(t for t in tasks if t["lead"] == ["Sở Y tế"])
    home = next(t for t in tasks if t["lead"] == ["Sở Nội vụ"])
    tracked = {t["id"] for t in clerk.get("/api/tasks").json()}

    report = _upload(web, "report.txt")
    assert report["linked"] == ["report"] and "báo cáo về văn bản đang theo dõi" in report["page"]
    page = clerk.get(f"/letters/{report['sha']}").text
    assert "Báo cáo về" in page and assignment["sha"] in page
    assert f"/tasks/{health['id']}" in page and "đã hoàn thành" in page
    assert f"/tasks/{home['id']}" not in page.split("Tiến độ báo cáo đề xuất")[-1].split("</table>")[0]
    assert {t["id"] for t in clerk.get("/api/tasks").json()} == tracked       # its items are not new tasks

    proposal = page.split('action="/proposals/')[1].split('"')[0]
    r = clerk.post(f"/proposals/{proposal}", data={"csrf": clerk.csrf, "decision": "confirm",
                                                  "back": f"/letters/{report['sha']}"})
    assert r.status_code == 200
    after = clerk.get(f"/api/tasks/{health['id']}").json()
    assert after["status"].startswith("hoàn thành")
    assert "1.250.000" in after["last_note"]
    history = clerk.get(f"/tasks/{health['id']}").text
    assert "Sở Y tế" in history and "415/BC-SYT" in history

    followup = _upload(web, "followup.txt")
    assert followup["linked"] == ["followup"]
    assert {t["id"] for t in clerk.get("/api/tasks").json()} == tracked       # not tracked twice
    chased = clerk.get(f"/tasks/{home['id']}").text
    assert "Đã được đôn đốc" in chased and "3120/SKHCN-CĐS" in chased
    review = clerk.get(f"/letters/{assignment['sha']}").text
    assert "Có báo cáo" in review and "Có văn bản đôn đốc" in review


@pytest.mark.parametrize("task, paragraph, at_least, below", [
    ("Sở Y tế chủ trì hoàn thành cập nhật hồ sơ sức khỏe điện tử cho người dân",
     "Sở Y tế đã hoàn thành việc cập nhật hồ sơ sức khỏe điện tử cho người dân", 0.8, None),
    ("Sở Nội vụ rà soát, bố trí nhân lực vận hành hệ thống",
     "Sở Y tế đã hoàn thành việc cập nhật hồ sơ sức khỏe điện tử", None, 0.3),
])
def test_a_paragraph_speaks_of_a_task_by_its_words(task, paragraph, at_least, below):
    score = similarity(task, paragraph)
    assert (at_least is None or score >= at_least) and (below is None or score < below)


def test_a_report_is_cut_into_its_paragraphs_and_items():
    text = "Mở đầu\n\n1. Việc thứ nhất\ntiếp dòng\n2. Việc thứ hai\n- gạch đầu dòng"
    assert paragraphs(text) == ["Mở đầu", "1. Việc thứ nhất tiếp dòng", "2. Việc thứ hai",
                                "- gạch đầu dòng"]
