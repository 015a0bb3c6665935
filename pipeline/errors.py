"""One error family: `str(error)` is the one-line message a user sees."""
from pathlib import Path


class ChidaoError(Exception):
    """Base of every error chidao reports to a user."""


class UnreadableFile(ChidaoError):
    def __init__(self, path: str | Path | None, reason: str):
        self.path = str(path) if path is not None else "<text>"
        self.reason = reason
        super().__init__(f"{self.path}: {reason}")
