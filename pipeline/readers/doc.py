"""Word 97-2003 .doc letters, converted to DOCX by LibreOffice headless, then read as DOCX.

Each call gets its own LibreOffice profile directory: two conversions sharing the
default profile block each other, and a crashed one would leave a lock behind.
"""
from __future__ import annotations

import dataclasses
import hashlib
import shutil
import subprocess
import tempfile
from pathlib import Path

from pipeline.errors import UnreadableFile
from pipeline.readers.raw import RawDocument

TIMEOUT = 120          # seconds; a .doc that takes longer is reported, not waited for
INSTALL_HINT = "apt-get install libreoffice-writer-nogui"


def soffice() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


def read_doc(data: bytes, path: str | None = None, timeout: int = TIMEOUT) -> RawDocument:
    from pipeline.readers.docx import read_docx

    exe = soffice()
    if exe is None:
        raise UnreadableFile(path, f"a Word 97-2003 .doc, which needs LibreOffice to be read "
                                   f"({INSTALL_HINT}); or save it as .docx")
    with tempfile.TemporaryDirectory(prefix="chidao-doc-") as tmp:
        work = Path(tmp)
        source = work / "letter.doc"
        source.write_bytes(data)
        command = [exe, f"-env:UserInstallation={(work / 'profile').as_uri()}", "--headless",
                   "--norestore", "--convert-to", "docx", "--outdir", str(work), str(source)]
        try:
            subprocess.run(command, capture_output=True, timeout=timeout, check=False)
        except subprocess.TimeoutExpired:
            raise UnreadableFile(path, f"LibreOffice took over {timeout} s to convert the .doc") from None
        converted = work / "letter.docx"
        if not converted.exists():
            raise UnreadableFile(path, "LibreOffice could not convert the .doc (damaged, or not "
                                       "a Word document)")
        raw = read_docx(converted.read_bytes(), path)
    # the records name the file the user gave, with its own hash
    return dataclasses.replace(raw, format="doc", sha256=hashlib.sha256(data).hexdigest())
