import json
import subprocess
import sys
from pathlib import Path

from typer.testing import CliRunner

from pipeline.cli import app

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "corpus/letters/004_141c8e3a1b93dbad.txt"
runner = CliRunner()


def test_extract_prints_the_letter_as_json():
    result = runner.invoke(app, ["extract", str(SEED)])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["document"]["symbol"] == "UBND-VX15"
    assert len(data["tasks"]) == 5


def test_extract_writes_one_file_per_letter(tmp_path):
    other = ROOT / "corpus/letters/017.txt"
    result = runner.invoke(app, ["extract", str(SEED), str(other), "--out", str(tmp_path)])
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in tmp_path.iterdir()) == ["004_141c8e3a1b93dbad.json", "017.json"]


def test_a_missing_file_is_one_line_naming_it_and_the_batch_goes_on(tmp_path):
    result = runner.invoke(app, ["extract", "nope.txt", str(SEED), "--out", str(tmp_path)])
    assert result.exit_code == 1
    lines = [line for line in result.stderr.splitlines() if line]
    assert lines == ["chidao: nope.txt: no such file"]
    assert (tmp_path / "004_141c8e3a1b93dbad.json").exists()


def test_empty_and_binary_files_are_refused_with_their_reason(tmp_path):
    from tests.pipeline.test_legacy_encodings import _cp1258

    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    noise = tmp_path / "noise.txt"
    noise.write_bytes(b"\x00\x01\x02garbage")
    latin = tmp_path / "latin.txt"
    latin.write_bytes("Ça va très bien, naïve façade.".encode("latin-1"))
    legacy = tmp_path / "legacy.txt"
    legacy.write_bytes(_cp1258("Giao Sở Nội vụ chủ trì, báo cáo trước ngày 10/7/2025."))
    result = runner.invoke(app, ["extract", str(empty), str(noise), str(latin), str(legacy)])
    assert result.exit_code == 1
    err = result.stderr
    assert f"{empty}: empty file" in err
    assert f"{noise}: binary data" in err
    assert f"{latin}: not UTF-8 text" in err
    assert str(legacy) not in err                      # Windows-1258: converted, with a warning
    letter = json.loads(result.stdout)
    assert letter["source"]["encoding"] == "Windows-1258"
    assert letter["tasks"][0]["lead"] == ["Sở Nội vụ"]
    assert "Traceback" not in err


def test_schema_command_matches_the_committed_schema():
    result = runner.invoke(app, ["schema"])
    assert result.exit_code == 0
    committed = (ROOT / "schemas/letter.schema.json").read_text(encoding="utf-8")
    assert json.loads(result.stdout) == json.loads(committed)


def test_help_does_not_import_heavy_modules():
    code = ("import sys; from typer.testing import CliRunner; from pipeline.cli import app; "
            "r = CliRunner().invoke(app, ['--help']); assert r.exit_code == 0, r.output; "
            "heavy = [m for m in ('underthesea', 'pdfplumber', 'docx') if m in sys.modules]; "
            "print(heavy)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_eval_scores_the_corpus():
    result = runner.invoke(app, ["eval", str(ROOT / "corpus")])
    assert result.exit_code == 0, result.output
    assert "tasks" in result.stdout and "citations" in result.stdout
