"""Plain text letters: UTF-8, UTF-16, and the legacy Vietnamese encodings."""
from __future__ import annotations

import codecs
import hashlib

from pipeline.errors import UnreadableFile
from pipeline.readers.legacy_encodings import decode_legacy, looks_like_legacy, utf16_without_bom
from pipeline.readers.raw import RawDocument


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
