"""Readers turn a path, bytes or a string into a `RawDocument`.

The format is told apart by content (sniff.py), then one reader runs: text.py,
pdf.py (with columns.py and ocr.py), docx.py, doc.py. Each returns the same record
(raw.py), so the rest of the pipeline does not know where the text came from.
"""
from __future__ import annotations

import hashlib
from pathlib import Path

from pipeline.errors import UnreadableFile
from pipeline.readers.limits import limits
from pipeline.readers.raw import RawDocument
from pipeline.readers.text import read_text_bytes

__all__ = ["RawDocument", "read", "read_bytes", "read_path", "read_text_bytes"]


def read_bytes(data: bytes, path: str | None = None) -> RawDocument:
    """A letter in any format chidao reads, told apart by its content, not its name."""
    raw = _read_any(data, path)
    cap = limits().max_chars
    if len(raw.source) > cap:
        raise UnreadableFile(path, f"{len(raw.source):,} characters of text is over the "
                                   f"{cap:,}-character limit (not one letter)")
    return raw


def _read_any(data: bytes, path: str | None) -> RawDocument:
    from pipeline.readers.sniff import sniff

    if len(data) > limits().max_bytes:
        raise UnreadableFile(path, f"{len(data):,} bytes is over the {limits().max_bytes:,}-byte limit")
    kind = sniff(data)
    if kind == "pdf":
        from pipeline.readers.pdf import read_pdf
        return read_pdf(data, path)
    if kind == "docx":
        from pipeline.readers.docx import read_docx
        return read_docx(data, path)
    if kind == "doc":
        from pipeline.readers.doc import read_doc
        return read_doc(data, path)
    if kind == "zip":
        raise UnreadableFile(path, "a zip archive, not a letter")
    return read_text_bytes(data, path)


def read_path(path: str | Path) -> RawDocument:
    p = Path(path)
    try:
        if p.is_dir():
            raise UnreadableFile(p, "is a directory, not a letter")
        size = p.stat().st_size
        if size > limits().max_bytes:
            raise UnreadableFile(p, f"{size:,} bytes is over the {limits().max_bytes:,}-byte limit")
        data = p.read_bytes()
    except FileNotFoundError:
        raise UnreadableFile(p, "no such file") from None
    except PermissionError:
        raise UnreadableFile(p, "permission denied") from None
    except OSError as exc:
        raise UnreadableFile(p, exc.strerror or str(exc)) from None
    return read_bytes(data, str(p))


def _is_path(s: str) -> bool:
    """Whether a one-line string names an existing file (not: a letter of one line)."""
    try:
        return Path(s).exists()
    except (OSError, ValueError):     # too long for a file name, or a NUL inside
        return False


def read(path_or_text: str | Path) -> RawDocument:
    """Read a letter from a path, or wrap a string that holds the letter itself."""
    if isinstance(path_or_text, Path):
        return read_path(path_or_text)
    if not path_or_text.strip():
        raise UnreadableFile(None, "empty text: there is no letter to read")
    if "\n" not in path_or_text and len(path_or_text) < 4096 and _is_path(path_or_text):
        return read_path(path_or_text)
    if "\n" not in path_or_text and len(path_or_text) < 300 and path_or_text.endswith(
        (".txt", ".pdf", ".docx", ".doc", ".json")
    ):
        raise UnreadableFile(path_or_text, "no such file")
    data = path_or_text.encode("utf-8")
    return RawDocument(None, path_or_text, hashlib.sha256(data).hexdigest())
