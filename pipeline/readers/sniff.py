"""What a file is, from its first bytes rather than its name."""
from __future__ import annotations

import io
import zipfile

OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"     # Word 97-2003 (.doc), among others


def sniff(data: bytes) -> str:
    """pdf | docx | doc | zip | text"""
    head = data[:1024]
    if head.lstrip()[:5] == b"%PDF-":
        return "pdf"
    if head.startswith(OLE):
        return "doc"
    if head.startswith(b"PK\x03\x04"):
        try:
            with zipfile.ZipFile(io.BytesIO(data)) as z:
                return "docx" if "word/document.xml" in z.namelist() else "zip"
        except zipfile.BadZipFile:
            return "zip"
    return "text"
