"""What a batch reads: files under directories, members of zip archives (read in place,
nested archives too), and the paths listed in @list.txt files.

Every item has a `key`, the relative path its outputs mirror ("2023/cv-12.pdf",
"archive.zip/2023/cv-12.pdf"), and a locator a worker opens by itself, so no file's
bytes cross a pipe. Members that would escape the output folder ("../x", "/etc/x")
are refused and reported, as every other unreadable input is: nothing is dropped.
"""
from __future__ import annotations

import io
import os
import zipfile
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

MAX_NESTING = 3                       # a zip inside a zip inside a zip, no deeper
MAX_MEMBER_BYTES = 200 * 1024 * 1024  # a member larger than this is not expanded


@dataclass(frozen=True)
class Item:
    key: str                          # relative path, "/"-separated, for the outputs
    path: str                         # the file on disk (a zip for members)
    members: tuple[str, ...] = ()     # member names inside `path`, outer to inner


@dataclass(frozen=True)
class Refused:
    key: str
    reason: str


class UsageError(Exception):
    """An input that is not there at all: the whole command is wrong (exit code 2)."""


def read_item(item: Item) -> bytes:
    """The bytes of an item, opening the zip members it is nested in."""
    data = None
    if not item.members:
        return Path(item.path).read_bytes()
    with zipfile.ZipFile(item.path) as z:
        data = _read_member(z, item.members[0])
    for name in item.members[1:]:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            data = _read_member(z, name)
    return data


def _read_member(z: zipfile.ZipFile, name: str) -> bytes:
    info = z.getinfo(name)
    if info.file_size > MAX_MEMBER_BYTES:
        raise ValueError(f"archive member of {info.file_size} bytes is over the "
                         f"{MAX_MEMBER_BYTES}-byte limit")
    return z.read(info)


def discover(inputs: list[str]) -> tuple[list[Item], list[Refused]]:
    """Items and refusals of the command's inputs, in a stable order."""
    items: list[Item] = []
    refused: list[Refused] = []
    for raw in _expand_lists(inputs):
        p = Path(raw)
        if p.is_dir():
            root = p
            for dirpath, dirnames, filenames in os.walk(p, followlinks=False):
                dirnames.sort()
                for name in sorted(filenames):
                    f = Path(dirpath) / name
                    _add_file(f, f.relative_to(root.parent).as_posix(), items, refused)
        elif p.exists() or p.is_symlink():
            _add_file(p, p.name, items, refused)
        else:
            raise UsageError(f"{raw}: no such file or directory")
    return _unique_keys(items), refused


def _unique_keys(items: list[Item]) -> list[Item]:
    """Two inputs with the same name ("a/x.txt" given twice) keep both outputs."""
    seen: dict[str, int] = {}
    out = []
    for item in items:
        n = seen.get(item.key, 0)
        seen[item.key] = n + 1
        out.append(item if n == 0 else Item(f"{item.key}~{n + 1}", item.path, item.members))
    return out


def _expand_lists(inputs: list[str]) -> list[str]:
    out = []
    for raw in inputs:
        if raw.startswith("@"):
            listing = Path(raw[1:])
            try:
                lines = listing.read_text(encoding="utf-8").splitlines()
            except (OSError, UnicodeDecodeError) as exc:
                raise UsageError(f"{listing}: cannot read the list ({exc})") from None
            base = listing.parent
            out += [str(base / line.strip()) if not Path(line.strip()).is_absolute() else line.strip()
                    for line in lines if line.strip() and not line.lstrip().startswith("#")]
        else:
            out.append(raw)
    return out


def _add_file(f: Path, key: str, items: list[Item], refused: list[Refused]) -> None:
    if f.is_symlink():
        try:
            f.stat()
        except OSError as exc:            # the reason a single `chidao extract` would give
            refused.append(Refused(key, f"symbolic link: {exc.strerror or exc}"))
            return
    if f.suffix.lower() == ".zip" and zipfile.is_zipfile(f):
        try:
            with zipfile.ZipFile(f) as z:
                _add_members(z, str(f), (), key, items, refused, 1)
        except (zipfile.BadZipFile, OSError, ValueError) as exc:
            refused.append(Refused(key, f"a damaged zip archive ({exc})"))
        return
    items.append(Item(key, str(f)))


def _add_members(z: zipfile.ZipFile, path: str, outer: tuple[str, ...], key: str,
                 items: list[Item], refused: list[Refused], depth: int) -> None:
    for info in sorted(z.infolist(), key=lambda i: i.filename):
        if info.is_dir():
            continue
        name = info.filename
        member_key = f"{key}/{name}"
        pure = PurePosixPath(name.replace("\\", "/"))
        if pure.is_absolute() or ".." in pure.parts or (len(name) > 1 and name[1] == ":"):
            refused.append(Refused(member_key, "archive member with an absolute or '../' path "
                                              "is refused"))
            continue
        members = (*outer, name)
        if name.lower().endswith(".zip"):
            if depth >= MAX_NESTING:
                refused.append(Refused(member_key, f"archive nested over {MAX_NESTING} deep"))
                continue
            try:
                data = read_item(Item(member_key, path, members))
                with zipfile.ZipFile(io.BytesIO(data)) as inner:
                    _add_members(inner, path, members, member_key, items, refused, depth + 1)
            except (zipfile.BadZipFile, ValueError) as exc:
                refused.append(Refused(member_key, f"a damaged zip archive ({exc})"))
            continue
        items.append(Item(f"{key}/{pure.as_posix()}", path, members))
