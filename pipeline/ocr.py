"""Pages without a text layer (scans), read by tesseract with its Vietnamese model.

Pages are rendered one after another with pypdfium2 (pdfium is not thread-safe),
then recognised in parallel, one tesseract process per page and one thread each,
so a 2-core machine runs two pages at once. Recognition errors are repaired only
where nothing else could have been printed: Ð (U+00D0, Icelandic eth) for Đ, and
O/o/l/I between digits of a date or a document number.
"""
from __future__ import annotations

import os
import shutil
import subprocess
from concurrent.futures import ThreadPoolExecutor
from functools import lru_cache

import regex

from pipeline.errors import UnreadableFile

DPI = 300
PAGE_TIMEOUT = 120            # seconds for one page; a stuck tesseract must not stall a batch
INSTALL_HINT = "apt-get install tesseract-ocr tesseract-ocr-vie"


@lru_cache(maxsize=1)
def tesseract_languages() -> frozenset[str]:
    """Languages of the installed tesseract; empty when there is none."""
    exe = shutil.which("tesseract")
    if exe is None:
        return frozenset()
    try:
        out = subprocess.run([exe, "--list-langs"], capture_output=True, text=True, timeout=30)
    except (OSError, subprocess.TimeoutExpired):
        return frozenset()
    return frozenset(line.strip() for line in out.stdout.splitlines()[1:] if line.strip())


def check_tesseract(path: str | None) -> None:
    languages = tesseract_languages()
    if not languages:
        raise UnreadableFile(path, f"a scan with no text layer, and tesseract is not installed "
                                   f"to read it ({INSTALL_HINT})")
    if "vie" not in languages:
        raise UnreadableFile(path, "a scan with no text layer, and tesseract has no Vietnamese "
                                   "model (apt-get install tesseract-ocr-vie)")


def ocr_pages(pdf, indexes: list[int], path: str | None = None,
              workers: int | None = None) -> dict[int, str]:
    """Text of each page index (0-based) of an open pypdfium2 document."""
    check_tesseract(path)
    images = {}
    for i in indexes:
        page = pdf[i]
        bitmap = page.render(scale=DPI / 72, grayscale=True)
        images[i] = _png(bitmap.to_pil())
        page.close()
    workers = workers or min(len(indexes), os.cpu_count() or 1)
    with ThreadPoolExecutor(max_workers=max(1, workers)) as pool:
        texts = pool.map(lambda i: (i, _tesseract(images[i], path, i)), indexes)
        return {i: repair_ocr(text) for i, text in texts}


def _png(image) -> bytes:
    import io

    buf = io.BytesIO()
    image.save(buf, format="PNG")
    return buf.getvalue()


def _tesseract(png: bytes, path: str | None, index: int) -> str:
    # one thread inside tesseract: the pages are the parallelism
    env = {**os.environ, "OMP_THREAD_LIMIT": "1"}
    try:
        done = subprocess.run(["tesseract", "stdin", "stdout", "-l", "vie", "--dpi", str(DPI)],
                              input=png, capture_output=True, timeout=PAGE_TIMEOUT, env=env)
    except subprocess.TimeoutExpired:
        raise UnreadableFile(path, f"OCR of page {index + 1} took over {PAGE_TIMEOUT} s") from None
    if done.returncode != 0:
        reason = done.stderr.decode("utf-8", "replace").strip().splitlines()[-1:] or ["failed"]
        raise UnreadableFile(path, f"OCR of page {index + 1} failed: {reason[0]}")
    return done.stdout.decode("utf-8", "replace")


_DIGITISH = r"[\dOoIl]"
_DATE = regex.compile(rf"(?<![\p{{L}}\d]){_DIGITISH}{{1,2}}([/.-]){_DIGITISH}{{1,2}}\1{_DIGITISH}{{4}}(?![\p{{L}}\d])")
_NUMBER = regex.compile(rf"(?<=\bsố:?\s*){_DIGITISH}+(?=/)", regex.I)


def repair_ocr(text: str) -> str:
    text = text.replace("\u00d0", "Đ").replace("\u00f0", "đ")
    text = _DATE.sub(lambda m: _digits(m.group()) if regex.search(r"\d", m.group()) else m.group(), text)
    return _NUMBER.sub(lambda m: _digits(m.group()) if regex.search(r"\d", m.group()) else m.group(), text)


def _digits(token: str) -> str:
    return token.translate(str.maketrans("OoIl", "0011"))
