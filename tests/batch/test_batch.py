"""`chidao batch`: inputs, outputs, resuming, time budgets, kill -9, and Dask."""
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest
from typer.testing import CliRunner

from pipeline.batch.run import Options, run_batch
from pipeline.batch.sources import UsageError, discover, read_item
from pipeline.cli import app

ROOT = Path(__file__).resolve().parents[2]
LETTERS = sorted((ROOT / "corpus" / "letters").glob("*.txt"))
runner = CliRunner()


@pytest.fixture
def archive(tmp_path) -> Path:
    """A folder of letters, a sub-folder, a zip with a nested zip and a hostile member,
    and broken files."""
    root = tmp_path / "in"
    (root / "2023").mkdir(parents=True)
    for p in LETTERS[:4]:
        (root / p.name).write_bytes(p.read_bytes())
    (root / "2023" / "pdf.pdf").write_bytes((ROOT / "corpus/formats/pdf/007.pdf").read_bytes())
    inner = tmp_path / "inner.zip"
    with zipfile.ZipFile(inner, "w") as z:
        z.writestr("deep/cv.txt", LETTERS[5].read_text(encoding="utf-8"))
    with zipfile.ZipFile(root / "arch.zip", "w") as z:
        z.writestr("a/cv.docx", (ROOT / "corpus/formats/docx/001.docx").read_bytes())
        z.writestr("../escape.txt", "x")
        z.writestr("/etc/abs.txt", "x")
        z.write(inner, "inner.zip")
    (root / "noise.txt").write_bytes(b"\x00\x01\x02garbage")
    (root / "empty.txt").write_bytes(b"")
    return root


def _outputs(out: Path) -> tuple[dict, list[dict]]:
    summary = json.loads((out / "summary.json").read_text(encoding="utf-8"))
    tasks = [json.loads(line) for line in (out / "tasks.jsonl").read_text(encoding="utf-8").splitlines()]
    return summary, tasks


def test_discover_reads_folders_zips_and_lists_and_refuses_escapes(archive, tmp_path):
    items, refused = discover([str(archive)])
    keys = [i.key for i in items]
    assert "in/2023/pdf.pdf" in keys and "in/arch.zip/a/cv.docx" in keys
    assert "in/arch.zip/inner.zip/deep/cv.txt" in keys                 # a zip in a zip
    nested = next(i for i in items if i.key.endswith("deep/cv.txt"))
    assert read_item(nested) == LETTERS[5].read_bytes()
    assert {r.key for r in refused} == {"in/arch.zip/../escape.txt", "in/arch.zip//etc/abs.txt"}
    listing = tmp_path / "list.txt"
    listing.write_text(f"# chosen letters\n{LETTERS[0]}\nin/2023/pdf.pdf\n", encoding="utf-8")
    items, _ = discover([f"@{listing}"])
    assert [i.key for i in items] == [LETTERS[0].name, "pdf.pdf"]
    with pytest.raises(UsageError, match="nope: no such file"):
        discover(["nope"])


def test_a_symlink_loop_is_reported_not_followed(tmp_path):
    (tmp_path / "loop").symlink_to(tmp_path / "loop")
    (tmp_path / "ok.txt").write_bytes(LETTERS[0].read_bytes())
    items, refused = discover([str(tmp_path)])
    assert [i.key.split("/")[-1] for i in items] == ["ok.txt"]
    assert [r.reason for r in refused] == ["symbolic link: Too many levels of symbolic links"]


def test_batch_writes_every_output_and_loses_nothing(archive, tmp_path):
    out = tmp_path / "out"
    summary = run_batch(Options([str(archive)], out, workers=2, quiet=True))
    items, refused = discover([str(archive)])
    assert summary["files"] == len(items) + len(refused) == 11
    assert summary["failed"] == 4 and summary["converted"] == 7
    failed = {k for k, _ in summary["failures"]}
    assert failed == {"in/noise.txt", "in/empty.txt", "in/arch.zip/../escape.txt",
                      "in/arch.zip//etc/abs.txt"}
    errors = (out / "errors.csv").read_text(encoding="utf-8-sig").splitlines()
    assert errors[0] == "file,reason" and len(errors) == 5
    _, tasks = _outputs(out)
    for item in items:
        path = out / "json" / f"{item.key}.json"
        if item.key in failed:
            assert not path.exists()
            continue
        letter = json.loads(path.read_text(encoding="utf-8"))
        assert sum(t["file"] == item.key for t in tasks) == len(letter["tasks"])
    import openpyxl
    sheet = openpyxl.load_workbook(out / "assignments.xlsx").worksheets[0]
    assert sheet.max_row == len(tasks) + 1 and sheet.freeze_panes == "A2"


def test_a_rerun_skips_what_is_done_redoes_what_changed_and_retries_failures(archive, tmp_path):
    out = tmp_path / "out"
    run_batch(Options([str(archive)], out, workers=1, quiet=True))
    again = run_batch(Options([str(archive)], out, workers=1, quiet=True))
    assert (again["converted"], again["unchanged"]) == (0, 7)
    (archive / LETTERS[0].name).write_text(LETTERS[0].read_text(encoding="utf-8") + "\n", encoding="utf-8")
    (archive / "empty.txt").write_bytes(LETTERS[6].read_bytes())          # fixed since
    third = run_batch(Options([str(archive)], out, workers=1, quiet=True))
    assert (third["converted"], third["unchanged"], third["failed"]) == (2, 6, 3)
    _, tasks = _outputs(out)
    assert {t["file"] for t in tasks} >= {"in/empty.txt", f"in/{LETTERS[0].name}"}


def test_a_file_over_its_time_budget_fails_and_the_batch_goes_on(tmp_path):
    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "a.txt").write_bytes(LETTERS[0].read_bytes())
    # 8 MB of letters in one file (under the character limit): far longer than a 1 s budget
    big = (LETTERS[1].read_text(encoding="utf-8") + "\n") * (8_000_000 // LETTERS[1].stat().st_size)
    (inputs / "huge.txt").write_text(big, encoding="utf-8")
    (inputs / "z.txt").write_bytes(LETTERS[2].read_bytes())
    start = time.monotonic()
    summary = run_batch(Options([str(inputs)], tmp_path / "out", workers=1, timeout=1.0, quiet=True))
    assert time.monotonic() - start < 30
    assert summary["failures"] == [("in/huge.txt", "took over 1 s (the time budget a file)")]
    assert summary["converted"] == 2                 # the worker was replaced for z.txt


def test_kill_9_then_rerun_gives_every_good_file_exactly_once(tmp_path):
    inputs = tmp_path / "in"
    inputs.mkdir()
    for n in range(60):            # variants: each a distinct file with its own hash
        p = LETTERS[n % len(LETTERS)]
        (inputs / f"{n:03d}-{p.name}").write_text(p.read_text(encoding="utf-8") + f"\n{n}\n",
                                                  encoding="utf-8")
    out = tmp_path / "out"
    command = [sys.executable, "-m", "pipeline", "batch", str(inputs), "--out", str(out),
               "--workers", "1", "--quiet"]
    proc = subprocess.Popen(command, cwd=ROOT, start_new_session=True)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        done = list((out / "json").rglob("*.json")) if (out / "json").exists() else []
        if len(done) >= 8:
            break
        time.sleep(0.05)
    os.killpg(proc.pid, signal.SIGKILL)          # the batch and its workers, mid-run
    proc.wait()
    rows = sqlite3.connect(out / "manifest.sqlite").execute("SELECT count(*) FROM files").fetchone()[0]
    assert 0 < rows < 60
    result = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    summary, tasks = _outputs(out)
    assert summary["files"] == 60 and summary["failed"] == 0
    assert summary["unchanged"] >= rows - 1
    per_file: dict[str, int] = {}
    for t in tasks:
        per_file[t["file"]] = per_file.get(t["file"], 0) + 1
    jsons = list((out / "json").rglob("*.json"))
    assert len(jsons) == 60
    for path in jsons:
        letter = json.loads(path.read_text(encoding="utf-8"))      # none is partial
        key = path.relative_to(out / "json").as_posix()[:-len(".json")]
        assert per_file.get(key, 0) == len(letter["tasks"])
    assert not list(out.rglob("*.partial"))


def test_dask_local_cluster_gives_the_same_outputs(archive, tmp_path):
    pytest.importorskip("dask.distributed")
    local = run_batch(Options([str(archive)], tmp_path / "a", workers=1, quiet=True))
    dask = run_batch(Options([str(archive)], tmp_path / "b", workers=2, scheduler="local", quiet=True))
    assert dask["scheduler"] == "local"
    assert dask["failures"] == local["failures"]
    assert (tmp_path / "a" / "tasks.jsonl").read_bytes() == (tmp_path / "b" / "tasks.jsonl").read_bytes()


def test_cli_exit_codes(archive, tmp_path):
    good = tmp_path / "good"
    good.mkdir()
    (good / "a.txt").write_bytes(LETTERS[0].read_bytes())
    result = runner.invoke(app, ["batch", str(good), "--out", str(tmp_path / "o1"), "--quiet"])
    assert result.exit_code == 0, result.output
    result = runner.invoke(app, ["batch", str(archive), "--out", str(tmp_path / "o2"), "--quiet"])
    assert result.exit_code == 1 and "in/noise.txt: binary data" in result.stderr
    result = runner.invoke(app, ["batch", str(tmp_path / "missing"), "--out", str(tmp_path / "o3")])
    assert result.exit_code == 2 and "no such file or directory" in result.stderr
