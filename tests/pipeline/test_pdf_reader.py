"""PDF letters through their text layer, built here from corpus letters with fpdf2."""
from pathlib import Path

import pytest

from pipeline import extract, extract_document
from pipeline.errors import UnreadableFile
from pipeline.readers import read_bytes

ROOT = Path(__file__).resolve().parents[2]
FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")   # Debian fonts-dejavu-core
SEED = ROOT / "corpus/letters/004_141c8e3a1b93dbad.txt"


def pdf_of(text: str, password: str | None = None) -> bytes:
    from fpdf import FPDF

    class Letter(FPDF):
        def header(self):
            self.set_font("dejavu", size=8)
            self.cell(0, 5, "UBND TỈNH PHÚ THỌ - CỔNG THÔNG TIN", new_x="LMARGIN", new_y="NEXT")

        def footer(self):
            self.set_y(-12)
            self.set_font("dejavu", size=8)
            self.cell(0, 5, str(self.page_no()), align="C")

    pdf = Letter(format=(148, 210))          # A5
    pdf.add_font("dejavu", fname=str(FONT))
    if password:
        pdf.set_encryption(owner_password="owner", user_password=password)
    pdf.add_page()
    pdf.set_font("dejavu", size=10)
    for line in text.splitlines():
        pdf.multi_cell(0, 5, line if line.strip() else " ", new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


@pytest.fixture(scope="module")
def seed_pdf() -> bytes:
    return pdf_of(SEED.read_text(encoding="utf-8"))


def test_a_pdf_letter_gives_the_records_of_its_text(seed_pdf):
    from_text = extract(SEED)
    from_pdf = extract_document(read_bytes(seed_pdf, "seed.pdf"))
    assert from_pdf.source.format == "pdf"
    assert [c.ref for c in from_pdf.citations] == [c.ref for c in from_text.citations]
    assert [(t.lead, t.support, t.deadline and t.deadline.due) for t in from_pdf.tasks] == \
        [(t.lead, t.support, t.deadline and t.deadline.due) for t in from_text.tasks]
    assert (from_pdf.document.symbol, from_pdf.document.issuer) == \
        (from_text.document.symbol, from_text.document.issuer)


def test_running_heads_and_page_numbers_are_dropped_and_spans_name_pages(seed_pdf):
    raw = read_bytes(seed_pdf, "seed.pdf")
    assert len(raw.page_starts) >= 2
    assert "CỔNG THÔNG TIN" not in raw.source
    letter = extract_document(raw)
    pages = [t.span.page for t in letter.tasks]
    assert pages == sorted(pages) and pages[0] >= 1 and pages[-1] <= len(raw.page_starts)
    assert len(set(pages)) >= 2                  # the tasks run over a page break
    for t in letter.tasks:
        assert raw.page_of(t.span.start) == t.span.page


def test_encrypted_and_broken_pdfs_are_named_with_their_reason(seed_pdf):
    with pytest.raises(UnreadableFile, match="encrypted PDF"):
        read_bytes(pdf_of("Giao Sở Nội vụ tham mưu.", password="secret"), "locked.pdf")
    with pytest.raises(UnreadableFile, match="not a readable PDF"):
        read_bytes(seed_pdf[: len(seed_pdf) // 3], "truncated.pdf")


def _drawn_pdf(text_first_page: str | None = None) -> bytes:
    from fpdf import FPDF
    pdf = FPDF()
    if text_first_page:
        pdf.add_font("dejavu", fname=str(FONT))
        pdf.add_page()
        pdf.set_font("dejavu", size=10)
        pdf.multi_cell(0, 5, text_first_page)
    pdf.add_page()
    pdf.rect(10, 10, 50, 50)          # drawn, no text: what a scan looks like to a text reader
    return bytes(pdf.output())


def test_a_scan_without_tesseract_says_how_to_install_it(monkeypatch):
    import pipeline.readers.ocr

    monkeypatch.setattr(pipeline.readers.ocr, "tesseract_languages", lambda: frozenset())
    with pytest.raises(UnreadableFile, match="tesseract is not installed .*apt-get install "
                                             "tesseract-ocr tesseract-ocr-vie"):
        read_bytes(_drawn_pdf(), "scan.pdf")


def test_a_scan_without_the_vietnamese_model_says_so(monkeypatch):
    import pipeline.readers.ocr

    monkeypatch.setattr(pipeline.readers.ocr, "tesseract_languages", lambda: frozenset({"eng"}))
    with pytest.raises(UnreadableFile, match="no Vietnamese model"):
        read_bytes(_drawn_pdf(), "scan.pdf")


def test_text_pages_are_kept_when_a_scanned_page_cannot_be_read(monkeypatch):
    import pipeline.readers.ocr

    monkeypatch.setattr(pipeline.readers.ocr, "tesseract_languages", lambda: frozenset())
    raw = read_bytes(_drawn_pdf(SEED.read_text(encoding="utf-8")[:400]), "mixed.pdf")
    assert "ỦY BAN NHÂN DÂN" in raw.source
    assert raw.warnings[0][0] == "ocr_unavailable"
    assert raw.ocr_pages == ()


@pytest.mark.skipif(not __import__("shutil").which("tesseract"), reason="tesseract is not installed")
def test_a_page_with_nothing_on_it_is_an_error_not_an_empty_letter():
    with pytest.raises(UnreadableFile, match="no text, neither a text layer nor anything OCR read"):
        read_bytes(_drawn_pdf(), "blank.pdf")


def _letter_with_short_last_page() -> bytes:
    """A digital letter whose last page holds only the signer's name (a few words)."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_font("dejavu", fname=str(FONT))
    pdf.set_font("dejavu", size=11)
    pdf.add_page()
    pdf.multi_cell(0, 6, "Giao Sở Nội vụ chủ trì, phối hợp với các cơ quan liên quan tham mưu "
                         "bố trí biên chế cho các xã, phường; báo cáo trước ngày 10/7/2025./.")
    pdf.add_page()
    pdf.multi_cell(0, 6, "Lê Văn An")
    return bytes(pdf.output())


def _scanned_page(with_text_layer: bool) -> bytes:
    """A page an image covers (a scan), with or without an OCR'd text layer over it."""
    from fpdf import FPDF
    from PIL import Image

    pdf = FPDF()
    pdf.add_page()
    pdf.image(Image.new("L", (400, 560), 230), x=0, y=0, w=210, h=297)
    if with_text_layer:
        pdf.add_font("dejavu", fname=str(FONT))
        pdf.set_font("dejavu", size=11)
        pdf.set_xy(20, 20)
        pdf.multi_cell(0, 6, "Giao Sở Nội vụ chủ trì, phối hợp với các cơ quan liên quan tham mưu.")
    return bytes(pdf.output())


@pytest.mark.parametrize("make, ocr_called", [
    (_letter_with_short_last_page, False),            # a short page of text is no scan
    (lambda: _scanned_page(with_text_layer=True), False),   # a scan already OCR'd: its text layer
    (lambda: _scanned_page(with_text_layer=False), True),   # an image over the page, no text: a scan
])
def test_a_page_is_a_scan_when_an_image_covers_it_not_when_its_text_is_short(monkeypatch, make, ocr_called):
    import pipeline.readers.ocr

    called = []

    def fake_ocr(pdf, indexes, path=None, workers=None, changed=None, labels=None):
        called.extend(indexes)
        return {i: ("Sở Y tế thực hiện.\n", pipeline.readers.ocr.OcrPage(None, None, None)) for i in indexes}

    monkeypatch.setattr(pipeline.readers.ocr, "ocr_pages", fake_ocr)
    raw = read_bytes(make(), "letter.pdf")
    assert bool(called) is ocr_called
    assert bool(raw.ocr_pages) is ocr_called
    if make is _letter_with_short_last_page:
        assert "Lê Văn An" in raw.source


@pytest.mark.parametrize("line, shown", [
    ("\uf0b7 Giao Sở Y tế chủ trì;", "• Giao Sở Y tế chủ trì;"),     # Symbol
    ("  \uf0a7 Sở Nội vụ phối hợp;", "  • Sở Nội vụ phối hợp;"),     # Wingdings, indented
    ("\uf0d8\tSở Tài chính;", "•\tSở Tài chính;"),
    ("mã \uf0b7 giữa dòng", "mã \uf0b7 giữa dòng"),                   # not at a line's start
    ("\uf0b7Sở", "\uf0b7Sở"),                                          # no space after: not a bullet
])
def test_symbol_font_bullets_are_shown_as_bullets(line, shown):
    from pipeline.readers.pdf import _repair

    assert _repair(line) == shown


@pytest.mark.parametrize("stream, text", [
    ("(dịch Covid\ufffe19) đã đạt được", "(dịch Covid-19) đã đạt được"),   # no line opening with "19)"
    ("Chỉ thị số 33/CT\ufffeTTg ngày", "Chỉ thị số 33/CT-TTg ngày"),
])
def test_a_hyphen_at_a_line_wrap_joins_its_word(stream, text):
    from pipeline.readers.pdf import _repair

    assert _repair(stream) == text


def test_ocr_readings_replaced_are_told_in_a_warning():
    from pipeline.readers.pdf import _reread_note

    note = _reread_note([("hiếm", "hiểm"), ("hố", "phố"), ("hiếm", "hiểm")])
    assert note.startswith("OCR readings replaced by surer ones of the same scan (3 words): hiếm→hiểm ×2, hố→phố")
    many = _reread_note([(f"a{i}", f"b{i}") for i in range(10)])
    assert many.endswith("and 2 more")
