"""Every format of the corpus letters scores like the letters' plain text.

The fixtures in corpus/formats/ are made by corpus/formats/make_formats.py (Decree 30
layout: DOCX with a header table, typed or Word bullets and numbering; .doc and PDF
from it through LibreOffice; TCVN3 versions; 200 dpi skewed, noisy image-only scans).
The issue's bounds on tasks, sections and lead: DOCX and PDF within 0.02 of the .txt
on all letters; scans within 0.05, here on a fixed subset (OCR of all the letters
takes minutes: `python bench/bench_formats.py --scores` gives every format on all).
"""
import shutil
import sys
from pathlib import Path

import pytest

from pipeline import extract
from pipeline.evaluate import evaluate_corpus

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "corpus"
FORMATS = CORPUS / "formats"
FIELDS = ("tasks", "sections", "lead")
# short letters (one to five tasks; one with Word dash bullets on a hanging indent), 9 pages
SCAN_SUBSET = ["003", "004_141c8e3a1b93dbad", "009", "016", "024", "030", "032"]
DOC_SUBSET = ["001", "007", "011", "035"]      # one with a symbol-font Word bullet list


def _scores(letters: Path | None = None, only: list[str] | None = None) -> dict[str, float]:
    report = evaluate_corpus(CORPUS, lambda p: extract(p).model_dump(mode="json"), letters,
                             only=set(only) if only else None)
    assert report.letters and not [s.name for s in report.letters if s.failed]
    return {k: m.f1 for k, m in report.total().items() if k in FIELDS}


@pytest.fixture(scope="module")
def text_scores() -> dict[str, float]:
    return _scores()


@pytest.mark.parametrize("kind", ["docx", "pdf", "tcvn3-docx"])
def test_format_scores_within_002_of_text(kind, text_scores):
    scores = _scores(FORMATS / kind)
    gaps = {k: round(text_scores[k] - scores[k], 3) for k in FIELDS}
    assert all(gap <= 0.02 for gap in gaps.values()), gaps


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_word_97_docs_score_within_002_of_text():
    text, doc = _scores(only=DOC_SUBSET), _scores(FORMATS / "doc", DOC_SUBSET)
    gaps = {k: round(text[k] - doc[k], 3) for k in FIELDS}
    assert all(gap <= 0.02 for gap in gaps.values()), gaps


@pytest.mark.skipif(shutil.which("tesseract") is None, reason="tesseract is not installed")
def test_scans_score_within_005_of_text():
    text, scan = _scores(only=SCAN_SUBSET), _scores(FORMATS / "scan", SCAN_SUBSET)
    gaps = {k: round(text[k] - scan[k], 3) for k in FIELDS}
    assert all(gap <= 0.05 for gap in gaps.values()), gaps


def test_fixtures_carry_the_symbol_font_bullets_word_writes_into_pdfs():
    import pypdfium2 as pdfium

    found = set()
    for path in sorted((FORMATS / "pdf").glob("*.pdf")):
        pdf = pdfium.PdfDocument(path)
        for page in pdf:
            found |= set(page.get_textpage().get_text_range()) & set("\uf0b7\uf0a7\uf076\uf0d8\uf0fc")
        pdf.close()
    assert found == set("\uf0b7\uf0a7\uf076\uf0d8\uf0fc")


def test_every_corpus_letter_has_each_fixture():
    stems = {p.stem for p in (CORPUS / "letters").glob("*.txt")}
    for kind, ext in [("docx", ".docx"), ("doc", ".doc"), ("pdf", ".pdf"), ("tcvn3-docx", ".docx"),
                      ("tcvn3-txt", ".txt"), ("scan", ".pdf")]:
        assert {p.stem for p in (FORMATS / kind).glob(f"*{ext}")} == stems, kind


def test_tcvn3_text_is_read_with_a_warning():
    letter = extract(FORMATS / "tcvn3-txt" / "004_141c8e3a1b93dbad.txt")
    clean = extract(CORPUS / "letters" / "004_141c8e3a1b93dbad.txt")
    assert letter.source.encoding == "TCVN3"
    assert letter.warnings[0].code == "legacy_encoding"
    assert [t.deadline and t.deadline.due for t in letter.tasks] == \
           [t.deadline and t.deadline.due for t in clean.tasks]


def test_pdf_spans_point_into_the_text_and_name_their_page():
    from pipeline.readers import read

    path = FORMATS / "pdf" / "007.pdf"
    raw, letter = read(path), extract(path)
    assert len(raw.page_starts) > 1
    for citation in letter.citations:
        for m in citation.mentions:
            assert raw.source[m.start:m.end] == m.text
            assert m.page == raw.page_of(m.start)
    assert len({t.span.page for t in letter.tasks}) > 1       # tasks on several pages
    assert all(t.span.page for t in letter.tasks)


@pytest.mark.skipif(shutil.which("tesseract") is None, reason="tesseract is not installed")
def test_scanned_letter_is_read_by_ocr():
    letter = extract(FORMATS / "scan" / "004_141c8e3a1b93dbad.pdf")
    clean = extract(CORPUS / "letters" / "004_141c8e3a1b93dbad.txt")
    assert letter.source.ocr_pages == [1, 2]
    assert "ocr" in {w.code for w in letter.warnings}
    assert letter.document.issuer == clean.document.issuer
    assert {c.ref for c in clean.citations} <= {c.ref for c in letter.citations}
    # the numbered items come through OCR with their leads (a speck may stick to a name)
    def leads(tasks):
        return [[name.strip(",.;'\" ") for name in t.lead] for t in tasks if (t.marker or "")[:1].isdigit()]

    assert leads(letter.tasks) == leads(clean.tasks)


@pytest.mark.skipif(not shutil.which("soffice"), reason="LibreOffice is not installed")
@pytest.mark.parametrize("stem", ["004_141c8e3a1b93dbad", "007"])
def test_word_97_doc_reads_like_its_docx(stem):
    doc, docx = extract(FORMATS / "doc" / f"{stem}.doc"), extract(FORMATS / "docx" / f"{stem}.docx")
    assert doc.source.format == "doc"
    assert [(t.text, t.lead, t.support, t.deadline) for t in doc.tasks] == \
           [(t.text, t.lead, t.support, t.deadline) for t in docx.tasks]


def test_doc_without_libreoffice_says_how_to_install_it(monkeypatch):
    import pipeline.readers.doc
    from pipeline.errors import UnreadableFile
    from pipeline.readers import read_path

    monkeypatch.setattr(pipeline.readers.doc, "soffice", lambda: None)
    with pytest.raises(UnreadableFile, match=r"007.doc: a Word 97-2003 .doc, which needs "
                                             r"LibreOffice .*libreoffice-writer-nogui"):
        read_path(FORMATS / "doc" / "007.doc")


@pytest.mark.skipif(not shutil.which("soffice"), reason="LibreOffice is not installed")
def test_a_damaged_doc_is_an_error_naming_the_file():
    from pipeline.errors import UnreadableFile
    from pipeline.readers import read_bytes

    data = (FORMATS / "doc" / "007.doc").read_bytes()
    with pytest.raises(UnreadableFile, match="broken.doc: LibreOffice could not convert"):
        read_bytes(data[:4096], "broken.doc")


@pytest.mark.parametrize("ext", [".pdf", ".docx"])
def test_ruled_task_table_gives_the_tasks_of_the_text(ext):
    def fields(letter):
        return [(t.text, t.lead, t.support, t.deadline and (t.deadline.kind, t.deadline.due),
                 t.deliverables) for t in letter.tasks]

    text = extract(FORMATS / "tables" / "plan.txt")
    other = extract(FORMATS / "tables" / f"plan{ext}")
    assert len(text.tasks) == 4       # the rows (the closing "thực hiện nghiêm túc" is none)
    assert fields(other) == fields(text)      # the table runs over a page break in the PDF


def test_pages_without_rules_never_load_pdfplumber():
    import subprocess
    import sys

    code = ("import sys; from pipeline.readers import read; "
            f"read({str(FORMATS / 'pdf' / '007.pdf')!r}); print('pdfplumber' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert out.stdout.strip() == "False", out.stderr


def test_fixture_script_builds_a_docx_that_reads_like_the_text(tmp_path):
    import importlib.util

    spec = importlib.util.spec_from_file_location("make_formats", FORMATS / "make_formats.py")
    make_formats = importlib.util.module_from_spec(spec)
    sys.modules["make_formats"] = make_formats        # its dataclasses look themselves up
    try:
        spec.loader.exec_module(make_formats)
    finally:
        del sys.modules["make_formats"]
    seed = CORPUS / "letters" / "004_141c8e3a1b93dbad.txt"
    for tcvn3 in (False, True):
        path = tmp_path / f"seed-{tcvn3}.docx"
        path.write_bytes(make_formats.build_docx(seed.read_text(encoding="utf-8"), tcvn3=tcvn3))
        built, text = extract(path), extract(seed)
        assert [(t.text, t.lead, t.deadline and t.deadline.due) for t in built.tasks] == \
               [(t.text, t.lead, t.deadline and t.deadline.due) for t in text.tasks]
        assert built.document.issuer == text.document.issuer
