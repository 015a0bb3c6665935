"""How much one file may cost: bytes on disk, characters of text, PDF pages, seconds.

The defaults keep a 2-core machine responsive: a letter is some kilobytes and a few
pages, an appendix some hundred pages; an archive member far beyond that is a mistake
or an attack, reported as an error for that file. Each limit can be changed with an
environment variable or the command line (`chidao extract/batch --max-bytes ...`),
which sets the variable, so worker processes see the same limits.
"""
from __future__ import annotations

import os
from dataclasses import dataclass

ENV = {"max_bytes": "CHIDAO_MAX_BYTES", "max_chars": "CHIDAO_MAX_CHARS",
       "max_pages": "CHIDAO_MAX_PAGES", "timeout": "CHIDAO_TIMEOUT"}


@dataclass(frozen=True)
class Limits:
    max_bytes: int = 200 * 1024 * 1024    # a file, and a DOCX once unzipped
    max_chars: int = 10_000_000           # the text of one letter, in any format
    max_pages: int = 500                  # pages of a PDF
    timeout: float = 120.0                # seconds to convert one file


def limits() -> Limits:
    """The limits in force: the defaults, as changed by the environment."""
    values = {}
    for name, var in ENV.items():
        raw = os.environ.get(var)
        if raw:
            try:
                values[name] = float(raw) if name == "timeout" else int(float(raw))
            except ValueError:
                continue          # a bad value keeps the default rather than stopping the run
    return Limits(**values)


def set_limits(**values) -> None:
    """Set limits for this process and the workers it starts (None leaves one as it is)."""
    for name, value in values.items():
        if value is not None:
            os.environ[ENV[name]] = str(value)
