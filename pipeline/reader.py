"""Readers turn a path, bytes or a string into a `RawDocument`.

Plain text is decoded here; PDF and DOCX readers (pdf_reader.py, docx_reader.py)
return the same record, so the rest of the pipeline does not know where the text
came from.
"""
from __future__ import annotations

import codecs
import hashlib
from bisect import bisect_right
from dataclasses import dataclass
from pathlib import Path

from pipeline.errors import UnreadableFile
from pipeline.limits import limits
from pipeline.legacy_encodings import decode_legacy, looks_like_legacy, utf16_without_bom


@dataclass(frozen=True)
class RawDocument:
    path: str | None
    source: str
    sha256: str
    format: str = "text"
    encoding: str = "utf-8"
    page_starts: tuple[int, ...] = ()     # offset where each page begins (PDF)
    ocr_pages: tuple[int, ...] = ()       # 1-based pages read by OCR
    # what the reader did that a user should know, about the whole file: (code, message)
    warnings: tuple[tuple[str, str], ...] = ()

    def page_of(self, offset: int) -> int | None:
        """The 1-based page an offset of `source` falls on, for paged formats."""
        if not self.page_starts:
            return None
        return bisect_right(self.page_starts, offset)


def read_text_bytes(data: bytes, path: str | None = None) -> RawDocument:
    """Decode the bytes of a text letter: UTF-8 (with or without BOM), UTF-16 with BOM,
    or a legacy Vietnamese encoding (TCVN3, VNI, Windows-1258), converted with a warning."""
    digest = hashlib.sha256(data).hexdigest()
    if not data.strip():
        raise UnreadableFile(path, "empty file: there is no text to read")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return RawDocument(path, data.decode("utf-16"), digest, encoding="utf-16")
    if b"\x00" in data[:4096]:
        utf16 = utf16_without_bom(data)
        if utf16 is None:
            raise UnreadableFile(path, "binary data, not a text letter")
        try:
            return RawDocument(path, data.decode(utf16), digest, encoding=utf16)
        except UnicodeDecodeError:
            raise UnreadableFile(path, "binary data, not a text letter") from None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        legacy = decode_legacy(data)
        if legacy is None:
            raise UnreadableFile(
                path, f"not UTF-8 text (byte {exc.start}) and not Vietnamese in TCVN3, VNI "
                      "or Windows-1258") from None
        text, name = legacy
        return RawDocument(path, text, digest, encoding=name, warnings=(_converted(name),))
    if looks_like_legacy(text):
        # TCVN3/VNI bytes once decoded as Latin-1 and saved again as UTF-8
        legacy = decode_legacy(text.encode("latin-1", errors="replace"))
        if legacy is not None:
            text, name = legacy
            return RawDocument(path, text, digest, encoding=f"utf-8 ({name})",
                               warnings=(_converted(name),))
    return RawDocument(path, text, digest, encoding="utf-8")


def _converted(name: str) -> tuple[str, str]:
    return ("legacy_encoding", f"text was in {name}, converted to Unicode; capitals typed "
                               "in a capitals-only font may come out lower-case")


def read_bytes(data: bytes, path: str | None = None) -> RawDocument:
    """A letter in any format chidao reads, told apart by its content, not its name."""
    raw = _read_any(data, path)
    cap = limits().max_chars
    if len(raw.source) > cap:
        raise UnreadableFile(path, f"{len(raw.source):,} characters of text is over the "
                                   f"{cap:,}-character limit (not one letter)")
    return raw


def _read_any(data: bytes, path: str | None) -> RawDocument:
    from pipeline.sniff import sniff

    if len(data) > limits().max_bytes:
        raise UnreadableFile(path, f"{len(data):,} bytes is over the {limits().max_bytes:,}-byte limit")
    kind = sniff(data)
    if kind == "pdf":
        from pipeline.pdf_reader import read_pdf
        return read_pdf(data, path)
    if kind == "docx":
        from pipeline.docx_reader import read_docx
        return read_docx(data, path)
    if kind == "doc":
        from pipeline.doc_reader import read_doc
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
