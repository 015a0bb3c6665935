"""The catalogue of bad files: builds each one and says what chidao must do with it.

    python tests/hostile/make_catalogue.py DIR        # build the files into DIR
    python tests/hostile/make_catalogue.py --docs     # rewrite docs/hostile-input.md

tests/hostile/test_catalogue.py builds them into a temporary folder and asserts every
expectation, through `chidao extract` one file at a time and through `chidao batch`
on the whole folder. The large files (a 50 MB text, a 2,000-page PDF, a zip bomb) are
built, never committed.
"""
from __future__ import annotations

import io
import os
import sys
import zipfile
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
SEED = ROOT / "corpus" / "letters" / "004_141c8e3a1b93dbad.txt"


@dataclass(frozen=True)
class Case:
    name: str                 # the file's name in the catalogue
    what: str                 # what it is, for the docs
    outcome: str              # "converted" or the reason's words in the one-line error
    exit_code: int            # of `chidao extract FILE`
    needs: str = ""           # "no-tesseract": run as if tesseract were absent; "soffice"


CASES = [
    Case("truncated.pdf", "a PDF cut in half", "not a readable PDF", 1),
    Case("encrypted-owner-only.pdf", "a PDF encrypted with an owner password and an empty user password",
         "converted", 0),
    Case("encrypted.pdf", "a PDF that needs a password to open", "encrypted PDF: a password is needed", 1),
    Case("scan.pdf", "an image-only PDF (a scan) on a machine without tesseract",
         "tesseract is not installed to read it (apt-get install tesseract-ocr tesseract-ocr-vie)", 1,
         "no-tesseract"),
    Case("2000-pages.pdf", "a PDF of 2,000 pages", "PDF has 2000 pages, over the 500-page limit", 1),
    Case("zip-bomb.docx", "a DOCX whose document.xml unzips to 300 MB",
         "DOCX expands past the size limit (a zip bomb?)", 1),
    Case("xml-invalid.docx", "a DOCX with control characters in its XML (as references and as bytes)",
         "converted", 0),
    Case("doc-renamed.docx", "a Word 97 .doc named .docx (read through LibreOffice)", "converted", 0,
         "soffice"),
    Case("noise.txt", "binary noise named .txt", "binary data, not a text letter", 1),
    Case("empty.txt", "an empty file", "empty file: there is no text to read", 1),
    Case("utf16.txt", "the seed letter in UTF-16 with a byte order mark", "converted", 0),
    Case("utf16-no-bom.txt", "the seed letter in UTF-16LE without a byte order mark", "converted", 0),
    Case("cp1258.txt", "the seed letter in Windows-1258", "converted", 0),
    Case("tcvn3.txt", "the seed letter in TCVN3 (ABC)", "converted", 0),
    Case("vni.txt", "the seed letter in VNI", "converted", 0),
    Case("50mb.txt", "50 MB of letters in one text file",
         "characters of text is over the 10,000,000-character limit", 1),
    Case("x.pdf", "a directory named x.pdf", "is a directory, not a letter", 1),
    Case("loop.txt", "a symbolic link to itself", "Too many levels of symbolic links", 1),
    Case("traversal.zip", "a zip whose member is '../evil.txt' (batch refuses the member)",
         "a zip archive, not a letter", 1),
    Case("zip-of-zips.zip", "a zip of zips of letters (batch reads the letters inside)",
         "a zip archive, not a letter", 1),
]


def _pdf(text: str, pages: int = 1, owner: str | None = None, user: str | None = None) -> bytes:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_font("dejavu", fname=str(FONT))
    if owner:
        pdf.set_encryption(owner_password=owner, user_password=user or "")
    pdf.set_font("dejavu", size=10)
    if pages == 1:
        pdf.add_page()
        for line in text.splitlines():
            pdf.multi_cell(0, 5, line if line.strip() else " ", new_x="LMARGIN", new_y="NEXT")
    else:
        for n in range(pages):
            pdf.add_page()
            pdf.cell(0, 5, f"Trang {n + 1}")
    return bytes(pdf.output())


def _docx(text: str) -> bytes:
    import docx

    d = docx.Document()
    for line in text.splitlines():
        d.add_paragraph(line)
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def _rezip(data: bytes, part: str, edit) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            content = src.read(info)
            dst.writestr(info, edit(content) if info.filename == part else content)
    return out.getvalue()


def _zip_bomb(seed_docx: bytes) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(seed_docx)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            if info.filename == "word/document.xml":
                with dst.open("word/document.xml", "w", force_zip64=True) as f:
                    chunk = b" " * (1 << 20)
                    for _ in range(300):
                        f.write(chunk)
            else:
                dst.writestr(info, src.read(info))
    return out.getvalue()


def build(folder: Path) -> None:
    from pipeline.readers.legacy_encodings import encode_tcvn3, encode_vni
    from tests.pipeline.test_legacy_encodings import _cp1258

    folder.mkdir(parents=True, exist_ok=True)
    text = SEED.read_text(encoding="utf-8")
    pdf = _pdf(text)
    seed_docx = _docx(text)
    files = {
        "truncated.pdf": pdf[:len(pdf) // 2],
        "encrypted-owner-only.pdf": _pdf(text, owner="owner"),
        "encrypted.pdf": _pdf(text, owner="owner", user="secret"),
        "scan.pdf": (ROOT / "corpus/formats/scan/010.pdf").read_bytes(),
        "2000-pages.pdf": _pdf("", pages=2000),
        "zip-bomb.docx": _zip_bomb(seed_docx),
        "xml-invalid.docx": _rezip(seed_docx, "word/document.xml",
                                   lambda x: x.replace("Giao Sở".encode(), "Giao&#x1; Sở\x02".encode(), 1)),
        "doc-renamed.docx": (ROOT / "corpus/formats/doc/004_141c8e3a1b93dbad.doc").read_bytes(),
        "noise.txt": bytes((n * 7919) % 256 for n in range(4096)),
        "empty.txt": b"",
        "utf16.txt": text.encode("utf-16"),
        "utf16-no-bom.txt": text.encode("utf-16-le"),
        "cp1258.txt": _cp1258(text),
        "tcvn3.txt": encode_tcvn3(text).encode("latin-1", errors="replace"),
        "vni.txt": encode_vni(text).encode("cp1252", errors="replace"),
    }
    for name, data in files.items():
        (folder / name).write_bytes(data)
    with open(folder / "50mb.txt", "w", encoding="utf-8") as f:
        block = text + "\n"
        for _ in range(50_000_000 // len(block.encode("utf-8")) + 1):
            f.write(block)
    (folder / "x.pdf").mkdir(exist_ok=True)
    loop = folder / "loop.txt"
    if not loop.is_symlink():
        os.symlink("loop.txt", loop)
    with zipfile.ZipFile(folder / "traversal.zip", "w") as z:
        z.writestr("../evil.txt", text)
        z.writestr("ok.txt", text)
    inner = io.BytesIO()
    with zipfile.ZipFile(inner, "w") as z:
        z.writestr("a.txt", text)
        z.writestr("b.docx", seed_docx)
    with zipfile.ZipFile(folder / "zip-of-zips.zip", "w") as z:
        z.writestr("inner-1.zip", inner.getvalue())
        z.writestr("inner-2.zip", inner.getvalue())


def docs() -> str:
    rows = ["# Hostile and broken input", "",
            "What `chidao extract FILE` does with each file of the catalogue built by",
            "`tests/hostile/make_catalogue.py` (asserted by `tests/hostile/test_catalogue.py`).",
            "An error is one line on stderr, `chidao: FILE: reason`, never a traceback",
            "(`chidao --debug` adds one); `chidao batch` on the whole folder converts the same",
            "files, lists the others in errors.csv with the same reasons, and reads the letters",
            "inside zips (refusing `../` and absolute members).", "",
            "| file | what it is | outcome | exit code |", "| --- | --- | --- | --- |"]
    for c in CASES:
        outcome = "converted" if c.outcome == "converted" else f"error: … {c.outcome}"
        rows.append(f"| `{c.name}` | {c.what} | {outcome} | {c.exit_code} |")
    rows += ["", "Limits (`pipeline/readers/limits.py`; environment `CHIDAO_MAX_BYTES`, `CHIDAO_MAX_CHARS`,",
             "`CHIDAO_MAX_PAGES`, `CHIDAO_TIMEOUT`, or `--max-bytes`, `--max-chars`, `--max-pages`,",
             "`--timeout` on `extract` and `batch`): 200 MB a file (and a DOCX unzipped),",
             "10,000,000 characters of text, 500 PDF pages, 120 s a file. Each is reported as",
             "that file's error."]
    return "\n".join(rows) + "\n"


def main() -> None:
    if sys.argv[1:] == ["--docs"]:
        (ROOT / "docs" / "hostile-input.md").write_text(docs(), encoding="utf-8")
        print("docs/hostile-input.md")
        return
    if len(sys.argv) != 2:
        raise SystemExit(__doc__)
    build(Path(sys.argv[1]))


if __name__ == "__main__":
    main()
