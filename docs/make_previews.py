"""PNG previews of what chidao renders, made from real outputs (re-run after a change):

    python docs/make_previews.py

Runs `chidao table` and `chidao letter` on a corpus letter, turns each output into PDF
with LibreOffice headless and its first page into PNG with pdftoppm (Debian's
poppler-utils), into docs/preview-*.png.
"""
from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LETTER = ROOT / "corpus" / "letters" / "004_141c8e3a1b93dbad.txt"
OUTPUTS = {   # preview name -> chidao arguments (the output file is added)
    "assignment-letter": (["letter", str(LETTER), "--date", "15/7/2025",
                           "--signer-name", "Nguyễn Văn A"], ".docx"),
    "followup-letter": (["letter", str(LETTER), "--kind", "followup", "--as-of", "2025-07-11",
                         "--to-all", "--signer-name", "Nguyễn Văn A"], ".docx"),
    "assignment-table-docx": (["table", str(LETTER), str(ROOT / "corpus/letters/007.txt")], ".docx"),
    "assignment-table-xlsx": (["table", str(LETTER), str(ROOT / "corpus/letters/007.txt")], ".xlsx"),
}


def main() -> None:
    chidao = shutil.which("chidao") or str(Path(sys.executable).with_name("chidao"))
    soffice = shutil.which("soffice")
    if soffice is None or shutil.which("pdftoppm") is None:
        raise SystemExit("needs LibreOffice and pdftoppm: apt-get install libreoffice-writer-nogui "
                         "libreoffice-calc-nogui poppler-utils")
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        for name, (args, ext) in OUTPUTS.items():
            out = work / f"{name}{ext}"
            subprocess.run([chidao, *args, "--out", str(out)], check=True, capture_output=True)
            subprocess.run([soffice, f"-env:UserInstallation={(work / 'profile').as_uri()}",
                            "--headless", "--convert-to", "pdf", "--outdir", str(work), str(out)],
                           check=True, capture_output=True, timeout=180)
            subprocess.run(["pdftoppm", "-png", "-r", "70", "-f", "1", "-l", "1", "-singlefile",
                            str(work / f"{name}.pdf"), str(ROOT / "docs" / f"preview-{name}")],
                           check=True)
            print(f"docs/preview-{name}.png")


if __name__ == "__main__":
    main()
