"""What the rendering commands take: letters in any format chidao reads, or chidao's
own JSON (one letter or a list), possibly corrected by hand and so validated again."""
from __future__ import annotations

import json
from pathlib import Path

from pydantic import ValidationError

from pipeline.errors import UnreadableFile
from schemas import Letter


def load_letters(path: str | Path) -> list[Letter]:
    """The letters a file holds: one extracted from a letter, or those of a JSON file."""
    p = Path(path)
    try:
        head = p.read_bytes()[:64].lstrip(b"\xef\xbb\xbf \t\r\n")
    except OSError:
        head = b""               # the reader gives the error its words
    if head[:1] in (b"{", b"["):
        return _from_json(p)
    from pipeline import extract
    return [extract(p)]


def _from_json(p: Path) -> list[Letter]:
    try:
        data = json.loads(p.read_text(encoding="utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise UnreadableFile(p, f"not valid JSON ({exc})") from None
    items = data if isinstance(data, list) else [data]
    letters = []
    for n, item in enumerate(items):
        try:
            letters.append(Letter.model_validate(item))
        except ValidationError as exc:
            error = exc.errors()[0]
            where = ".".join(str(part) for part in error["loc"])
            prefix = f"letter {n}: " if isinstance(data, list) else ""
            raise UnreadableFile(p, f"{prefix}field {where}: {error['msg']}") from None
    return letters
