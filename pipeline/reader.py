"""Readers turn a path or a string into a `RawDocument`.

Only plain text is read here; PDF and DOCX readers return the same record, so
the rest of the pipeline does not know where the text came from.
"""
from __future__ import annotations

import codecs
import hashlib
from dataclasses import dataclass
from pathlib import Path

from pipeline.errors import UnreadableFile

MAX_TEXT_BYTES = 50 * 1024 * 1024


@dataclass(frozen=True)
class RawDocument:
    path: str | None
    source: str
    sha256: str
    format: str = "text"
    encoding: str = "utf-8"


def read_text_bytes(data: bytes, path: str | None = None) -> RawDocument:
    """Decode the bytes of a text letter: UTF-8 (with or without BOM) or UTF-16 with BOM."""
    digest = hashlib.sha256(data).hexdigest()
    if not data.strip():
        raise UnreadableFile(path, "empty file: there is no text to read")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return RawDocument(path, data.decode("utf-16"), digest, encoding="utf-16")
    if b"\x00" in data[:4096]:
        raise UnreadableFile(path, "binary data, not a text letter")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise UnreadableFile(
            path, f"not UTF-8 text (byte {exc.start}); legacy encodings are not read yet"
        ) from None
    return RawDocument(path, text, digest, encoding="utf-8")


def read_text(path: str | Path) -> RawDocument:
    p = Path(path)
    try:
        if p.is_dir():
            raise UnreadableFile(p, "is a directory, not a letter")
        size = p.stat().st_size
        if size > MAX_TEXT_BYTES:
            raise UnreadableFile(p, f"{size} bytes is over the {MAX_TEXT_BYTES} byte limit")
        data = p.read_bytes()
    except FileNotFoundError:
        raise UnreadableFile(p, "no such file") from None
    except PermissionError:
        raise UnreadableFile(p, "permission denied") from None
    except OSError as exc:
        raise UnreadableFile(p, exc.strerror or str(exc)) from None
    return read_text_bytes(data, str(p))


def read(path_or_text: str | Path) -> RawDocument:
    """Read a letter from a path, or wrap a string that holds the letter itself."""
    if isinstance(path_or_text, Path):
        return read_text(path_or_text)
    if not path_or_text.strip():
        raise UnreadableFile(None, "empty text: there is no letter to read")
    if "\n" not in path_or_text and len(path_or_text) < 4096 and Path(path_or_text).exists():
        return read_text(path_or_text)
    if "\n" not in path_or_text and len(path_or_text) < 300 and path_or_text.endswith(
        (".txt", ".pdf", ".docx", ".doc", ".json")
    ):
        raise UnreadableFile(path_or_text, "no such file")
    data = path_or_text.encode("utf-8")
    return RawDocument(None, path_or_text, hashlib.sha256(data).hexdigest())
