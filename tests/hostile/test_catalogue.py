"""Every file of the catalogue of bad files gets the behaviour docs/hostile-input.md gives."""
import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

import pipeline.readers.ocr
from pipeline.cli import app
from tests.hostile.make_catalogue import CASES, build, docs

ROOT = Path(__file__).resolve().parents[2]
runner = CliRunner()


@pytest.fixture(scope="module")
def catalogue(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("hostile") / "hostile"
    build(folder)
    return folder


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.name)
def test_each_bad_file_gets_its_documented_outcome(case, catalogue, monkeypatch):
    if case.needs == "soffice" and not shutil.which("soffice"):
        pytest.skip("LibreOffice is not installed")
    if case.needs == "no-tesseract":
        monkeypatch.setattr(pipeline.readers.ocr, "tesseract_languages", lambda: frozenset())
    path = catalogue / case.name
    result = runner.invoke(app, ["extract", "--compact", str(path)])
    assert result.exit_code == case.exit_code, result.output
    assert "Traceback" not in result.output
    if case.outcome == "converted":
        letter = json.loads(result.stdout)
        assert letter["tasks"], "the seed letter's tasks"
    else:
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith(f"chidao: {path}: ")
        assert case.outcome in lines[0]


def test_debug_shows_the_traceback(catalogue):
    result = runner.invoke(app, ["--debug", "extract", str(catalogue / "truncated.pdf")])
    assert result.exit_code == 1 and "Traceback" in result.stderr


def test_batch_over_the_catalogue_accounts_for_every_file(catalogue, tmp_path, monkeypatch):
    out = tmp_path / "out"
    result = runner.invoke(app, ["batch", str(catalogue), "--out", str(out), "--quiet",
                                 "--workers", "2"])
    assert result.exit_code == 1
    errors = (out / "errors.csv").read_text(encoding="utf-8-sig").splitlines()[1:]
    failed = {line.split(",", 1)[0] for line in errors}
    converted = {p.relative_to(out / "json").as_posix()[:-5] for p in (out / "json").rglob("*.json")}
    assert "hostile/traversal.zip/../evil.txt" in failed
    assert "hostile/traversal.zip/ok.txt" in converted
    assert {"hostile/zip-of-zips.zip/inner-1.zip/a.txt",
            "hostile/zip-of-zips.zip/inner-2.zip/b.docx"} <= converted
    for case in CASES:
        key = f"hostile/{case.name}"
        if case.name.endswith(".zip") or case.needs:
            continue                 # read as archives by batch; or depends on the machine
        if case.name == "x.pdf":
            assert not any(k.startswith(key) for k in failed | converted)   # a folder: walked
        elif case.outcome == "converted":
            assert key in converted, key
        else:
            reason = next(e for e in errors if e.startswith(key + ","))
            assert case.outcome in reason, reason
    assert "Traceback" not in result.output


def test_the_docs_table_is_the_catalogue():
    assert (ROOT / "docs" / "hostile-input.md").read_text(encoding="utf-8") == docs()
