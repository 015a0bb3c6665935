"""Uploads: the hostile catalogue through the upload form (each file a one-line error on
the page, the server keeps serving), zip members with ../ refused, size and type limits,
and letter text that is data: <script> and template syntax render inert."""
import io
import zipfile
from pathlib import Path

import pytest

from tests.hostile.make_catalogue import CASES, build
from tests.web.conftest import SEED


@pytest.fixture(scope="module")
def catalogue(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("hostile") / "hostile"
    build(folder)
    return folder


def test_the_hostile_catalogue_through_the_upload_form(web, catalogue, monkeypatch):
    monkeypatch.setenv("CHIDAO_WEB_MAX_UPLOAD", str(60 * 2**20))   # let 50mb.txt reach the reader
    files = [c for c in CASES if (catalogue / c.name).is_file() and not (catalogue / c.name).is_symlink()]
    items = web.upload([(c.name, (catalogue / c.name).read_bytes()) for c in files], wait=300)
    by_name = {}
    for i in items:
        by_name.setdefault(i["name"].split("/")[0], []).append(i)
    page = items[0]["page"]
    assert "Traceback" not in page
    for case in files:
        got = by_name[case.name]
        if case.name == "traversal.zip":
            ok = next(i for i in got if i["name"] == "traversal.zip/ok.txt")
            assert ok["state"] in ("done", "duplicate")
            evil = next(i for i in got if i["name"].endswith("evil.txt"))
            assert evil["state"] == "failed" and "'../'" in evil["reason"]
        elif case.name == "zip-of-zips.zip":
            assert {i["name"] for i in got} == {"zip-of-zips.zip/inner-1.zip/a.txt",
                                                "zip-of-zips.zip/inner-1.zip/b.docx",
                                                "zip-of-zips.zip/inner-2.zip/a.txt",
                                                "zip-of-zips.zip/inner-2.zip/b.docx"}
            assert all(i["state"] in ("done", "duplicate") for i in got)
        elif case.needs:
            assert got[0]["state"] in ("done", "duplicate", "failed")   # depends on the machine
        elif case.outcome == "converted":
            assert got[0]["state"] in ("done", "duplicate"), (case.name, got[0])
        else:
            assert got[0]["state"] == "failed" and case.outcome in got[0]["reason"], (case.name, got[0])
            assert "\n" not in got[0]["reason"]
            shown = page.replace("&#39;", "'").replace("&#34;", '"').replace("&amp;", "&")
            assert f"Lỗi: {got[0]['reason']}" in shown
    assert web.client("vanthu").get("/letters").status_code == 200       # still serving


@pytest.mark.parametrize("name, data, reason", [
    ("letter.exe", b"MZ\x90\x00", "loại tệp .exe không được nhận"),
    ("no-extension", b"abc", "không có phần mở rộng"),
    ("empty.txt", b"", "empty file"),                 # the reader's own words
])
def test_types_and_empty_files_are_refused(web, name, data, reason):
    item = web.upload([(name, data)])[0]
    assert item["state"] == "failed" and reason in item["reason"]


def test_a_file_over_the_size_limit_is_refused(web, monkeypatch):
    monkeypatch.setenv("CHIDAO_WEB_MAX_UPLOAD", "1000")
    item = web.upload([("big.txt", SEED.read_bytes())])[0]
    assert item["state"] == "failed" and "quá giới hạn 1,000 byte" in item["reason"]


def test_zip_members_with_parent_paths_are_refused_and_the_rest_read(web):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("../../etc/evil.txt", SEED.read_text(encoding="utf-8"))
        z.writestr("/abs.txt", SEED.read_text(encoding="utf-8"))
        z.writestr("ok/letter.txt", SEED.read_text(encoding="utf-8") + "\nBản sao.")
    items = {i["name"]: i for i in web.upload([("bundle.zip", buf.getvalue())])}
    assert items["bundle.zip/../../etc/evil.txt"]["state"] == "failed"
    assert items["bundle.zip//abs.txt"]["state"] == "failed"
    assert items["bundle.zip/ok/letter.txt"]["state"] == "done"


HOSTILE_LETTER = """ỦY BAN NHÂN DÂN
TỈNH PHÚ THỌ

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 77/UBND-KGVX
Phú Thọ, ngày 02 tháng 5 năm 2025

V/v thử <script>alert("v/v")</script>

Kính gửi: Sở Y tế.

1. Giao Sở Y tế <script>alert(1)</script> chủ trì {{ 7*7 }} {% for x in range(3) %}X{% endfor %} <img src=x onerror=alert(2)> rà soát; báo cáo trước ngày 30/6/2025.

Nơi nhận:
- Như trên;
- Lưu: VT.
"""


def test_letter_text_is_data_script_and_template_syntax_render_inert(web):
    item = web.upload([("hostile.txt", HOSTILE_LETTER.encode("utf-8"))])[0]
    assert item["state"] == "done"
    clerk = web.client("vanthu")
    pages = [clerk.get(f"/letters/{item['sha']}").text, clerk.get("/tasks").text, clerk.get("/letters").text]
    task = clerk.get(f"/api/letters/{item['sha']}").json()["tasks"][0]
    pages += [clerk.get(f"/tasks/{task['id']}").text, clerk.get(f"/letters/{item['sha']}/tasks/{task['id']}/edit").text]
    for page in pages:
        assert "<script>alert" not in page and "<img src=x" not in page
    review = pages[0]
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in review and "{{ 7*7 }}" in review
    assert "{% for x in range(3) %}X{% endfor %}" in review and "XXX" not in review
    assert "script-src 'self'" in clerk.get("/letters").headers["content-security-policy"]
