"""Screenshots of the office web app's main pages, for README and review:

    .venv/bin/python docs/make_screenshots.py         # writes docs/web-*.png

Starts `chidao serve` on a fresh registry, uploads the seed letter and three invented
ones (an assignment, an agency's report on it, a đôn đốc letter), sets deadlines around
today, records some progress and an extension request, then photographs each page as
its user sees it in Debian's chromium (1366x900, an office PC; the review page also at
125% zoom on a 1280x800 tablet)."""
from __future__ import annotations

import sys
import tempfile
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.web.live import CHROMIUM, CHROMIUM_ARGS, PASSWORD, Live, add_accounts  # noqa: E402

DOCS = ROOT / "docs"
LETTERS = [ROOT / "corpus/letters/004_141c8e3a1b93dbad.txt", ROOT / "corpus/letters/000_6cc9c657c62e392b.txt",
           *(ROOT / "tests/web/letters" / n for n in ("assignment.txt", "report.txt", "followup.txt"))]


def login(page, url, name):
    page.goto(url + "/login")
    page.fill("#username", name)
    page.fill("#password", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_load_state()


def logout(page):
    page.click("header form.who button")
    page.wait_for_load_state()


def shoot(page, name, full=True):
    path = DOCS / f"web-{name}.png"
    page.screenshot(path=str(path), full_page=full)
    print(path.relative_to(ROOT))


def prepare(url, page) -> dict:
    """Upload the letters and give the tasks a life: deadlines around today, progress."""
    today = date.today()
    login(page, url, "vanthu")
    page.goto(url + "/upload")
    page.set_input_files("#files", [str(p) for p in LETTERS])
    page.click("#upload-form button[type=submit]")
    page.wait_for_selector("text=xong.", timeout=300_000)
    shoot(page, "upload", full=False)
    csrf = page.get_attribute("input[name=csrf]", "value")
    api = page.context.request
    headers = {"X-CSRF-Token": csrf}
    tasks = api.get(url + "/api/tasks").json()
    offsets = [-12, -4, 2, 5, 9, 15, 30, -1, 20, 45, -20, 3, 60, 7]
    for n, t in enumerate(tasks):
        api.patch(url + f"/api/tasks/{t['id']}", headers=headers, data={
            "deadline_kind": "date", "deadline_due": (today + timedelta(days=offsets[n % len(offsets)])).isoformat()})
    for n, t in enumerate(tasks[::3]):
        api.patch(url + f"/api/tasks/{t['id']}", headers=headers, data={
            "status": "done", "note": "Đã hoàn thành, có báo cáo kèm theo",
            "date": (today - timedelta(days=n % 4)).isoformat()})
    for t in tasks[1::4]:
        api.patch(url + f"/api/tasks/{t['id']}", headers=headers, data={
            "status": "in_progress", "note": "Đang tổng hợp ý kiến các đơn vị"})
    logout(page)
    return {"tasks": tasks}


def main() -> None:
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory() as tmp:
        db = f"sqlite:///{Path(tmp) / 'registry.sqlite'}"
        add_accounts(db)
        with Live(db) as live, sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            context = browser.new_context(viewport={"width": 1366, "height": 900}, locale="vi-VN")
            page = context.new_page()
            url = live.url
            shoot_login = page.goto(url + "/login")
            assert shoot_login.ok
            shoot(page, "login", full=False)
            prepare(url, page)

            login(page, url, "snv")
            page.goto(url + "/my")
            shoot(page, "agency")
            first = page.locator("table.tasks tbody tr td a").first
            first.click()
            page.wait_for_load_state()
            if page.locator("#new_due").count():
                page.fill("#new_due", (date.today() + timedelta(days=40)).isoformat())
                page.fill("#reason", "Chờ ý kiến thẩm định của Bộ Nội vụ")
                page.click("form[action$='/extensions'] button[type=submit]")
                page.wait_for_load_state()
            shoot(page, "task")
            logout(page)

            login(page, url, "vanthu")
            page.goto(url + "/letters")
            shoot(page, "letters", full=False)
            page.click("text=Công văn …/UBND-VX15")
            page.wait_for_selector("#tasks tbody tr")
            shoot(page, "review", full=False)
            row = page.locator("#tasks tbody tr").nth(1)
            row.locator("a.goto").click()                 # the letter scrolls to the task's source
            page.wait_for_timeout(800)
            shoot(page, "review-goto", full=False)
            row.locator("a.button").click()
            page.wait_for_selector("#lead")
            shoot(page, "edit", full=False)
            page.goto(url + "/tasks?sort=due")
            shoot(page, "tasks", full=False)
            logout(page)

            login(page, url, "lanhdao")
            page.goto(url + "/dashboard")
            shoot(page, "dashboard")
            logout(page)

            login(page, url, "admin")
            shoot(page, "users", full=False)
            context.close()

            tablet = browser.new_context(viewport={"width": 1024, "height": 700}, device_scale_factor=1.25,
                                         locale="vi-VN")
            page = tablet.new_page()
            login(page, url, "vanthu")
            page.goto(url + "/letters")
            page.click("text=Công văn …/UBND-VX15")
            page.wait_for_selector("#tasks tbody tr")
            shoot(page, "review-tablet-125", full=False)
            tablet.close()
            browser.close()


if __name__ == "__main__":
    main()
