"""As a person would, in Debian's chromium driven by Playwright, against a real
`chidao serve`: the clerk uploads the seed letter, sees its tasks highlighted, corrects a
lead and accepts; that agency sees the task and marks it done with a note; the leader
sees it counted on the dashboard. Skips where chromium or playwright is missing."""
import re

import pytest

from tests.web.conftest import SEED
from tests.web.live import CHROMIUM, CHROMIUM_ARGS, PASSWORD, Live, add_accounts, chromium_available

pytestmark = pytest.mark.skipif(not chromium_available(), reason="needs playwright and /usr/bin/chromium")


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    db = f"sqlite:///{tmp_path_factory.mktemp('browser') / 'registry.sqlite'}"
    add_accounts(db)
    live = Live(db)
    yield live
    err = live.stop()
    assert "Traceback" not in err, err


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield b
        b.close()


def _login(page, url, name):
    page.goto(url + "/login")
    page.fill("#username", name)
    page.fill("#password", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_load_state()


def test_upload_correct_accept_report_and_count(server, browser):
    context = browser.new_context(viewport={"width": 1366, "height": 900}, locale="vi-VN")
    page = context.new_page()
    errors = []
    page.on("pageerror", lambda e: errors.append(str(e)))

    _login(page, server.url, "vanthu")
    page.goto(server.url + "/upload")
    page.set_input_files("#files", str(SEED))
    page.click("#upload-form button[type=submit]")
    page.wait_for_selector("text=xong.", timeout=120_000)          # htmx polls the job
    page.click("#job a[href^='/letters/']")
    page.wait_for_selector("#tasks tbody tr")

    rows = page.locator("#tasks tbody tr")
    assert rows.count() > 0
    assert page.locator("#letter .hl-task").count() > 0 and page.locator("#letter .hl-lead").count() > 0
    first = rows.first
    task_id = first.get_attribute("data-task")
    first.locator("a.goto").click()                                  # scrolls to its source
    page.wait_for_function(f"document.getElementById('row-{task_id}').classList.contains('current')")
    assert page.locator(f"#src-{task_id}").count() == 1

    first.locator("a.button", has_text="Sửa").click()
    page.wait_for_selector("#lead")
    page.fill("#lead", "Sở Nội vụ")
    page.fill("#support", "")
    page.click("#save")
    page.wait_for_selector(f"#row-{task_id}")
    assert page.locator(f"#row-{task_id} dd.lead").inner_text().strip() == "Sở Nội vụ"
    page.click("#accept")
    page.wait_for_selector("text=Đã lưu văn bản vào sổ theo dõi")
    assert page.locator("text=Đã duyệt").count() >= 1
    page.click("header form.who button")

    _login(page, server.url, "snv")
    page.goto(server.url + "/my")
    page.click(f"a[href='/tasks/{task_id}']")
    page.check("#st-done")
    page.fill("#note", "Đã trình UBND tỉnh dự thảo kế hoạch")
    page.click("#progress button[type=submit]")
    page.wait_for_selector("text=Đã trình UBND tỉnh dự thảo kế hoạch")
    assert "hoàn thành" in page.locator("#status").inner_text()
    page.click("header form.who button")

    _login(page, server.url, "lanhdao")
    page.goto(server.url + "/dashboard")
    assert int(page.locator("#done-count").inner_text()) >= 1
    row = page.locator("#ranking-table tr", has_text="Sở Nội vụ")
    cells = row.first.locator("td").all_inner_texts()
    assert int(cells[3]) >= 1                                        # done
    assert not errors, errors
    context.close()


def test_keyboard_alone_logs_in(server, browser):
    context = browser.new_context(viewport={"width": 1024, "height": 768}, device_scale_factor=1.25)
    page = context.new_page()
    page.goto(server.url + "/login")
    page.keyboard.type("lanhdao")                                     # the name field has focus
    page.keyboard.press("Tab")
    page.keyboard.type(PASSWORD)
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r".*/dashboard"))
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.className") == "skip"  # the skip link comes first
    context.close()
