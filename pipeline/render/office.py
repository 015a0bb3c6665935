"""The office that issues a rendered letter: letterhead, symbol, place, signer.

Defaults come from the source letter (a draft in the name of the body that wrote it);
a TOML file (`--config office.toml`, an [office] table) or options replace them:

    [office]
    parent = "Ủy ban nhân dân tỉnh Phú Thọ"     # cơ quan chủ quản, may be empty
    issuer = "Văn phòng"                         # cơ quan ban hành
    symbol = "VP-KGVX"                           # after "Số: .../"
    place = "Phú Thọ"
    signer_authority = "TL. CHỦ TỊCH"            # KT./TM./TL. line
    signer_title = "CHÁNH VĂN PHÒNG"
    signer_name = "Nguyễn Văn A"
    unit = "KGVX"                                # "Lưu: VT, KGVX."
    report_to = "Văn phòng UBND tỉnh"            # where follow-ups ask reports to go
"""
from __future__ import annotations

import tomllib
from pathlib import Path

from pydantic import BaseModel, ConfigDict, ValidationError

from pipeline.errors import ChidaoError
from schemas import Letter


class Office(BaseModel):
    model_config = ConfigDict(extra="forbid")

    parent: str = ""
    issuer: str = ""
    symbol: str = ""
    place: str = ""
    signer_authority: str = ""
    signer_title: str = ""
    signer_name: str = ""
    unit: str = ""
    report_to: str = ""

    @property
    def parent_upper(self) -> str:
        return self.parent.upper()

    @property
    def issuer_upper(self) -> str:
        return self.issuer.upper()


def from_letter(letter: Letter) -> Office:
    """The source letter's own letterhead and signer, as the default office. A công
    văn's symbol carries no type code: "QĐ-UBND" of a decision gives "UBND"."""
    from pipeline.header import TYPE_ABBR

    d = letter.document
    parts = (d.symbol or "").split("-")
    if len(parts) > 1 and parts[0] in TYPE_ABBR:
        parts = parts[1:]
    symbol = "-".join(parts)
    unit = "-".join(parts[1:])
    return Office(parent=d.parent or "", issuer=d.issuer or "", symbol=symbol,
                  place=d.place or "", signer_authority=d.signer.authority or "",
                  signer_title=d.signer.title or "", signer_name=d.signer.name or "",
                  unit=unit, report_to=d.issuer or "")


def load_config(path: Path) -> dict[str, str]:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise ChidaoError(f"{path}: not a readable TOML file ({exc})") from None
    section = data.get("office", data)
    try:
        Office.model_validate(section)          # unknown keys are named, not ignored
    except ValidationError as exc:
        error = exc.errors()[0]
        raise ChidaoError(f"{path}: [office] {'.'.join(map(str, error['loc']))}: {error['msg']}") \
            from None
    return section


def office_for(letter: Letter, config: dict[str, str] | None = None,
               overrides: dict[str, str | None] | None = None) -> Office:
    """The source letter's office, then the config file, then the options."""
    values = from_letter(letter).model_dump()
    values.update(config or {})
    values.update({k: v for k, v in (overrides or {}).items() if v is not None})
    return Office(**values)
