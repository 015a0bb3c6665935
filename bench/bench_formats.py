"""Speed and scores of each format, on the fixtures of corpus/formats/ (prints, never asserts).

    python bench/bench_formats.py [--repeat N] [--ocr-letters K] [--scores]

PDF: ms per page for the whole pipeline (read + extract, as `chidao extract` does),
next to pdfplumber's extract_text alone on the same files in the same run; goal:
the pipeline at least 20x faster. DOCX, .doc (LibreOffice) and TCVN3 text: ms per
letter. Scans: OCR seconds per page (tesseract, one thread per page on all cores).
--scores: F1 of every format on all the corpus letters next to the text's (tasks,
sections, lead and the rest), the .doc and scan fixtures included (the test suite
scores those on a fixed subset only: LibreOffice and OCR take minutes for all), and
the scans' OCR word accuracy: the words (runs of letters and digits, NFC) of each
letter's text found, in order, in what OCR read of its scan (difflib's longest
matching blocks), over all the letters' words.
"""
from __future__ import annotations

import argparse
import io
import os
import shutil
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from extractors import clear_caches      # noqa: E402
from pipeline import extract              # noqa: E402

FORMATS = ROOT / "corpus" / "formats"


def _pages(path: Path) -> int:
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(path)
    n = len(pdf)
    pdf.close()
    return n


def _timed(fn, paths: list[Path], repeat: int) -> list[float]:
    """Seconds per pass over `paths`, `repeat` passes (after one warm-up file)."""
    fn(paths[0])
    out = []
    for _ in range(repeat):
        start = time.perf_counter()
        for p in paths:
            fn(p)
        out.append(time.perf_counter() - start)
    return out


def _pipeline(path: Path) -> None:
    clear_caches()
    extract(path)


def _pdfplumber(path: Path) -> None:
    import pdfplumber

    with pdfplumber.open(io.BytesIO(path.read_bytes())) as pdf:
        for page in pdf.pages:
            page.extract_text()
            page.close()


_WORD = None


def words(text: str) -> list[str]:
    """The words of a text for OCR word accuracy: runs of letters (with their marks)
    and digits, NFC."""
    import unicodedata

    import regex

    global _WORD
    _WORD = _WORD or regex.compile(r"[\p{L}\p{M}\d]+")
    return _WORD.findall(unicodedata.normalize("NFC", text))


def word_accuracy(read: str, text: str) -> tuple[int, int]:
    """(words of `text` found in order in `read`, words of `text`)."""
    import difflib

    a, b = words(text), words(read)
    found = sum(m.size for m in difflib.SequenceMatcher(None, a, b, autojunk=False).get_matching_blocks())
    return found, len(a)


def scores() -> None:
    from pipeline.evaluate import METRICS, evaluate_corpus
    from pipeline.extract import extract_document
    from pipeline.readers import read

    found_total = [0, 0]

    def scanned(path: Path) -> dict:
        raw = read(path)
        found, total = word_accuracy(raw.source, (ROOT / "corpus" / "letters" / f"{path.stem}.txt")
                                     .read_text(encoding="utf-8"))
        found_total[0] += found
        found_total[1] += total
        return extract_document(raw).model_dump(mode="json")

    def run(letters: Path | None) -> tuple[dict[str, float], float]:
        start = time.perf_counter()
        extractor = scanned if letters is not None and letters.name == "scan" else \
            (lambda p: extract(p).model_dump(mode="json"))
        report = evaluate_corpus(ROOT / "corpus", extractor, letters)
        failed = [s.name for s in report.letters if s.failed]
        if failed:
            print(f"  failed: {', '.join(failed)}")
        return {k: m.f1 for k, m in report.total().items()}, time.perf_counter() - start

    text, _ = run(None)
    kinds = ["docx", "doc", "pdf", "scan", "tcvn3-docx", "tcvn3-txt"]
    print(f"F1 on {len(list((ROOT / 'corpus' / 'letters').glob('*.txt')))} letters "
          "(format - text in brackets)")
    print(f"{'metric':<17}{'text':>7}" + "".join(f"{k:>16}" for k in kinds))
    table = {}
    for kind in kinds:
        table[kind], seconds = run(FORMATS / kind)
        print(f"  {kind}: {seconds:.0f} s", file=sys.stderr)
    for metric in METRICS:
        cells = "".join(f"{table[k][metric]:>8.3f} ({table[k][metric] - text[metric]:+.3f})" for k in kinds)
        print(f"{metric:<17}{text[metric]:>7.3f}{cells}")
    if found_total[1]:
        print(f"OCR word accuracy of the scans: {found_total[0] / found_total[1]:.2%} "
              f"({found_total[0]}/{found_total[1]} words of the letters' text)")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--ocr-letters", type=int, default=3, help="scanned letters to OCR (0: none)")
    ap.add_argument("--scores", action="store_true", help="F1 of every format against the text, all letters")
    args = ap.parse_args()
    if args.scores:
        scores()
        return
    print(f"machine: {os.cpu_count()} cores; best of {args.repeat} passes")

    pdfs = sorted((FORMATS / "pdf").glob("*.pdf")) + [FORMATS / "tables" / "plan.pdf"]
    pages = sum(_pages(p) for p in pdfs)
    ours = min(_timed(_pipeline, pdfs, args.repeat))
    plumber = min(_timed(_pdfplumber, pdfs, max(1, args.repeat // 2)))
    print(f"PDF  {len(pdfs)} files, {pages} pages")
    print(f"  chidao extract (read + extract)  {1000 * ours / pages:7.1f} ms/page")
    print(f"  pdfplumber extract_text alone    {1000 * plumber / pages:7.1f} ms/page")
    print(f"  ratio                            {plumber / ours:7.1f}x  (goal >= 20x)")

    for label, folder, pattern in [("DOCX", "docx", "*.docx"), ("TCVN3 DOCX", "tcvn3-docx", "*.docx"),
                                   ("TCVN3 text", "tcvn3-txt", "*.txt")]:
        files = sorted((FORMATS / folder).glob(pattern))
        best = min(_timed(_pipeline, files, args.repeat))
        print(f"{label:<11}{len(files)} letters  {1000 * best / len(files):7.1f} ms/letter")

    docs = sorted((FORMATS / "doc").glob("*.doc"))[:4]
    if shutil.which("soffice") and docs:
        best = min(_timed(_pipeline, docs, 1))
        print(f".doc       {len(docs)} letters  {1000 * best / len(docs):7.1f} ms/letter "
              "(LibreOffice start-up dominates)")
    else:
        print(".doc       skipped: LibreOffice is not installed")

    scans = sorted((FORMATS / "scan").glob("*.pdf"))[:args.ocr_letters]
    if shutil.which("tesseract") and scans:
        n = sum(_pages(p) for p in scans)
        per_letter = []
        start = time.perf_counter()
        for p in scans:
            t = time.perf_counter()
            _pipeline(p)
            per_letter.append(time.perf_counter() - t)
        total = time.perf_counter() - start
        print(f"OCR        {len(scans)} scans, {n} pages  {total / n:7.2f} s/page "
              f"(median letter {statistics.median(per_letter):.1f} s)")
    else:
        print("OCR        skipped: tesseract is not installed or --ocr-letters 0")


if __name__ == "__main__":
    main()
