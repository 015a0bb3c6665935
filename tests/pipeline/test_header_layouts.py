"""Header phrasings from real letters: both columns on one line, markdown tables,
lines broken inside the number or the date, OCR noise, drafts, a missing header."""
import json
from pathlib import Path

import pytest

from extractors.patterns import fold
from pipeline.evaluate import canonical_agency
from pipeline.header import parse_header

CORPUS = Path(__file__).resolve().parents[2] / "corpus"


@pytest.mark.parametrize("path", sorted((CORPUS / "gold").glob("*.json")), ids=lambda p: p.stem)
def test_gold_header_fields(path):
    gold = json.loads(path.read_text(encoding="utf-8"))["document"]
    h = parse_header((CORPUS / "letters" / f"{path.stem}.txt").read_text(encoding="utf-8"))
    value = lambda f: f.value if f else None  # noqa: E731
    assert value(h.number) == gold["number"]
    assert (value(h.symbol) or "").replace("Đ", "D") == (gold["symbol"] or "").replace("Đ", "D")
    assert h.date == gold["date"]
    assert canonical_agency(value(h.issuer) or "") == canonical_agency(gold["issuer"] or "")
    assert value(h.doc_type) == gold["doc_type"]


@pytest.mark.parametrize("text, number, symbol, date, place", [
    # a speck OCR put before the number
    ("Số: #205 /TCT-DNNCN Hà Nội, ngày 14 tháng 11 năm 2022\n", "205", "TCT-DNNCN", "2022-11-14", "Hà Nội"),
    # a department numbered in the Government Office's way
    ("Số: 8601/VPCP-V.I | Hà Nội, ngày 08 tháng 09 năm 2018 |\n", "8601", "VPCP-V.I", "2018-09-08", "Hà Nội"),
    # a draft: blank number and day (seed 000)
    ("Số:              /UBND-KGVX\nPhú Thọ, ngày         tháng 11 năm 2025\n",
     None, "UBND-KGVX", None, "Phú Thọ"),
    # both header columns on one line (seed 004)
    ("Số:                /UBND-VX15 Phú Thọ, ngày         tháng       năm 2025\n",
     None, "UBND-VX15", None, "Phú Thọ"),
    # lines broken inside the number and the date (Đắk Nông, Quảng Nam, Bình Định)
    ("Số:\n08/2023/QĐ-UBND\n|\nĐắk Nông, ngày 21\ntháng 02 năm 2023\n", "08", "QĐ-UBND", "2023-02-21", "Đắk Nông"),
    ("Số:\n14/2007/QĐ-UBND\n|\nTam\nKỳ, ngày 19 tháng 6 năm 2007\n", "14", "QĐ-UBND", "2007-06-19", "Tam Kỳ"),
    ("| Số: 3210/QĐ - UBND | T hành phố Hồ Chí M inh, ngày 28 tháng 6 năm 2014 |\n",
     "3210", "QĐ-UBND", "2014-06-28", None),
    # OCR: a month that cannot be, a number that is not one
    ("Số: 4454 /TCT-TTKT Hà Nội, ngày 29 tháng 44 năm 2022\n", "4454", "TCT-TTKT", None, "Hà Nội"),
    # OCR: "Số" in lower case at the start of its line, the comma read as a full stop
    ("TỔNG CỤC THUẾ\nsố: 4222 /TCT -PC Hà Nội. ngày 09 tháng 11 năm 2023\n",
     "4222", "TCT-PC", "2023-11-09", "Hà Nội"),
    ("Số: GIF /TCT-TTKT Hà Nội, ngày 29 tháng năm 2022\n", None, "TCT-TTKT", None, "Hà Nội"),
])
def test_number_and_date(text, number, symbol, date, place):
    h = parse_header(text)
    assert (h.number.value if h.number else None) == number
    assert h.symbol.value == symbol
    assert h.date == date
    if place:
        assert h.place.value == place


def test_draft_warnings_and_inferred_issuer():
    h = parse_header("Số:   /UBND-KGVX\nV/v triển khai\nPhú Thọ, ngày    tháng 11 năm 2025\n")
    assert {w[0] for w in h.warnings} == {"blank_number", "blank_date"}
    assert h.issuer.value == "UBND tỉnh Phú Thọ"
    assert h.date_parts == (None, 11, 2025)


def test_spaced_out_and_ocr_issuers_are_recognised():
    assert parse_header("VAN PHONG CHÍNH PHU CONG HOA XÃ HOI\nSố: 330/TB-VPCP\n").issuer.value \
        == "Văn phòng Chính phủ"
    h = parse_header("BO TÀI CHÍNH CONG HOA XÃ HỘI\n\nTỎNG CỤC THUÊ Độc lập\nSố: 4454 /TCT-TTKT\n")
    assert (h.parent.value, h.issuer.value) == ("Bộ Tài chính", "Tổng cục Thuế")


def test_recipients_signer_and_distribution():
    text = ("Số: /UBND-VX15 Phú Thọ, ngày   tháng   năm 2025\n\nV/v thực hiện Kết luận\n\n"
            "Kính gửi: - Sở Khoa học và Công nghệ;\n- Sở Nội vụ;\n- Sở Tài Chính.\n\n"
            "Thực hiện Kết luận số 01-KL/BCĐ; ý kiến chỉ đạo như sau:\n1. Giao Sở Nội vụ tham mưu.\n\n"
            "Nơi nhận:\n- Như trên;\n- Lưu: VT, VX15, VX8.\n\n"
            "TL. CHỦ TỊCH\nKT. CHÁNH VĂN PHÒNG\nPHÓ CHÁNH VĂN PHÒNG\n")
    h = parse_header(text)
    assert [r.value for r in h.recipients] == ["Sở Khoa học và Công nghệ", "Sở Nội vụ", "Sở Tài Chính"]
    assert [d.value for d in h.distribution] == ["Như trên", "Lưu: VT, VX15, VX8"]
    assert h.signer_authority.value == "TL. CHỦ TỊCH / KT. CHÁNH VĂN PHÒNG"
    assert h.signer_title.value == "PHÓ CHÁNH VĂN PHÒNG"
    assert text[h.body_start:].lstrip().startswith("Thực hiện Kết luận")
    assert text[h.closing_start:].startswith("Nơi nhận")
    for f in [*h.recipients, *h.distribution, h.symbol, h.place]:
        assert text[f.start:f.end].replace("\n", " ").startswith(f.value[:5])


@pytest.mark.parametrize("item, value", [
    # a footnote's mark after an addressee is no part of its name
    ("- Các cơ quan trung ương đóng trên địa bàn tỉnh[1];", "Các cơ quan trung ương đóng trên địa bàn tỉnh"),
    ("- Sở Nội vụ [2].", "Sở Nội vụ"),
    # ... a bracket that is the name's own stays
    ("- Văn phòng UBND tỉnh (Trung tâm Phục vụ hành chính công);", "Văn phòng UBND tỉnh (Trung tâm Phục vụ hành chính công)"),
])
def test_an_addressees_footnote_mark(item, value):
    text = f"Số: 12/UBND-KT Hòa Bình, ngày 2 tháng 3 năm 2025\n\nKính gửi:\n- Sở Y tế;\n{item}\n\n" \
           "Ủy ban nhân dân tỉnh đề nghị các đơn vị rà soát.\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n"
    h = parse_header(text)
    r = h.recipients[1]
    assert r.value == value and text[r.start:r.end] == value


def test_a_copy_that_starts_at_kinh_gui_takes_no_issuer_from_its_signature():
    h = parse_header("Kính gửi: Các sở, ban, ngành\n\nỦy ban nhân dân đề nghị các sở rà soát.\n\n"
                     "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nNguyễn Văn A\n")
    assert h.issuer is None


@pytest.mark.parametrize("body, signer, issuer", [
    # a copy without its letterhead names its issuer where it speaks of itself, of the
    # kind its signer signs for
    ("Thực hiện Công văn số 5, Ủy ban nhân dân Thành phố yêu cầu các sở rà soát.", "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH",
     "Ủy ban nhân dân Thành phố"),
    ("Bộ trưởng giao Vụ Pháp chế rà soát. Bộ Văn hóa, Thể thao và Du lịch đề nghị các đơn vị thực hiện.",
     "TL. BỘ TRƯỞNG\nKT. CHÁNH VĂN PHÒNG", "Bộ Văn hóa, Thể thao và Du lịch"),
    ("Chủ tịch Ủy ban nhân dân tỉnh Lâm Đồng có ý kiến chỉ đạo như sau: rà soát.", "KT. CHỦ TỊCH",
     "Ủy ban nhân dân tỉnh Lâm Đồng"),
    # the name the agency rules read, not the words up to the verb
    ("Thực hiện Kế hoạch, Ủy ban nhân dân tỉnh ban hành Kế hoạch số 12/KH-UBND về phòng, chống dịch "
     "và giao Sở Y tế chủ trì.", "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH", "Ủy ban nhân dân tỉnh"),
    # a council's chairman signs for the council
    ("Thường trực Hội đồng nhân dân tỉnh đề nghị Ủy ban nhân dân tỉnh chỉ đạo rà soát.",
     "TM. THƯỜNG TRỰC HỘI ĐỒNG NHÂN DÂN\nKT. CHỦ TỊCH", "Thường trực Hội đồng nhân dân tỉnh"),
    # must not: a body of another kind, one reported, or several bodies
    ("Sở Tài chính đề nghị các đơn vị thực hiện.", "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH", None),
    ("Theo báo cáo, Sở Tài chính đề nghị bổ sung kinh phí.", "KT. GIÁM ĐỐC", None),
    ("Sở Tài chính đề nghị bổ sung. Sở Xây dựng đề nghị điều chỉnh.", "KT. GIÁM ĐỐC", None),
    ("UBND các xã, phường được giao chủ trì.", "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH", None),
])
def test_a_copy_without_letterhead_names_its_issuer_in_its_body(body, signer, issuer):
    h = parse_header("Kính gửi:\n- Sở Y tế;\n- Sở Nội vụ.\n\n" + body + "\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n"
                     + signer + "\nPHÓ CHỦ TỊCH\nNguyễn Văn A\n")
    assert (h.issuer.value if h.issuer else None) == issuer
    # a letter with a Kính gửi and no title of another kind is a công văn
    assert h.doc_type.value == "công văn"


def test_a_text_without_header_takes_its_issuer_from_the_signer():
    text = "CHỈ THỊ\n\nVỀ VIỆC ĐÀO TẠO NGHỀ\n\nThủ tướng Chính phủ yêu cầu:\n1. Chỉ đạo.\n\n| Nơi nhận: - Như trên. | THỦ TƯỚNG Nguyễn Tấn Dũng |\n"
    h = parse_header(text)
    assert h.doc_type.value == "chỉ thị"
    assert h.issuer.value == "Thủ tướng Chính phủ"
    assert h.number is None and h.date is None


@pytest.mark.parametrize("text, issuer, parent", [
    ("BỘ TÀI CHÍNH\nCỤC QUẢN LÝ GIÁ\nSố: 12/QLG-CS\nHà Nội, ngày 1 tháng 2 năm 2024\n", "CỤC QUẢN LÝ GIÁ", "Bộ Tài chính"),
    ("ĐẢNG ỦY UBND TỈNH\nSố 215-CV/ĐU\nLâm Đồng, ngày 02 tháng 7 năm 2026\n", "ĐẢNG ỦY UBND TỈNH", None),
    ("ĐẢNG CỘNG SẢN VIỆT NAM\nTỈNH ỦY NGHỆ AN\n*\nSố 1250-CV/TU\n", "Tỉnh ủy Nghệ An", None),
    # a number in the body's name ("Ban Chỉ đạo 389")
    ("UBND TỈNH AN GIANG\nBAN CHỈ ĐẠO 389\nSố: 12/KH-BCĐ389\nAn Giang, ngày 5 tháng 3 năm 2026\n",
     "BAN CHỈ ĐẠO 389", "UBND TỈNH AN GIANG"),
])
def test_issuers_the_gazetteer_does_not_know_are_read_as_printed(text, issuer, parent):
    h = parse_header(text)
    assert h.issuer.value == issuer
    assert (h.parent.value if h.parent else None) == parent
    squash = lambda t: "".join(c for c in fold(t) if c.isalnum())  # noqa: E731
    assert squash(text[h.issuer.start:h.issuer.end]) == squash(issuer)   # read where printed


def test_quoc_hieu_broken_anywhere_is_not_the_issuer():
    from pipeline import extract

    for motto in ("CỘNG\nHÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "CỘNG HÒA XÃ HỘI\nCHỦ NGHĨA VIỆT NAM"):
        text = (f"ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NAM\n--------\n|\n{motto}\nĐộc lập - Tự do - Hạnh phúc\n"
                "|\nSố: 14/QĐ-UBND\n|\nTam Kỳ, ngày 19 tháng 6 năm 2007\n\nQUYẾT ĐỊNH\n"
                "Điều 1. Giao Sở Tài chính chủ trì rà soát.\n")
        d = extract(text).document
        assert (d.issuer, d.parent) == ("Ủy ban nhân dân tỉnh Quảng Nam", None), motto


@pytest.mark.parametrize("kinh_gui, recipients", [
    ("Kính gửi:\n- Sở Y tế;\n- Sở Tài chính.\n\nNội dung.", ["Sở Y tế", "Sở Tài chính"]),
    # one table cell: items after ";", the dash inside a name splits nothing
    ("| Kính gửi: | - Sở Lao động - Thương binh và Xã hội tỉnh A; - Sở Lao động - Thương binh "
     "và Xã hội tỉnh B. |\n\nNội dung.",
     ["Sở Lao động - Thương binh và Xã hội tỉnh A", "Sở Lao động - Thương binh và Xã hội tỉnh B"]),
    ("Kính gửi:\n  - Bộ Lao động - Thương binh và Xã hội;\n  - UBND các quận - huyện.\n\nNội dung.",
     ["Bộ Lao động - Thương binh và Xã hội", "UBND các quận - huyện"]),
    ("Kính gửi: Ủy ban nhân dân các tỉnh, thành phố.\n\nNội dung.", ["Ủy ban nhân dân các tỉnh, thành phố"]),
    # OCR lost "Kính"; the recipient wraps onto a lower-case line
    ("gửi: Đồng chí Cục trưởng Cục Thuế các tỉnh, thành phố trực\nthuộc Trung ương.\n\nThực hiện Công văn.",
     ["Đồng chí Cục trưởng Cục Thuế các tỉnh, thành phố trực thuộc Trung ương"]),
    # an inline list a narrow column wrapped over lines: its semicolons part the items
    ("Kính gửi: - Sở Y tế tỉnh A; - Sở Y tế -\nThương binh tỉnh B;\nSở Y tế tỉnh C; - Sở Y\ntế tỉnh D.\n\nThực hiện Công văn.",
     ["Sở Y tế tỉnh A", "Sở Y tế - Thương binh tỉnh B", "Sở Y tế tỉnh C", "Sở Y tế tỉnh D"]),
    # ... ended by a blank line, where the last item has no stop
    ("Kính gửi: - Sở Y tế; - Sở Nội vụ;\n- Sở Tài chính\n\nThực hiện Công văn số 12/UBND-VX.\n",
     ["Sở Y tế", "Sở Nội vụ", "Sở Tài chính"]),
    # ... a list a line an item is read as ever
    ("Kính gửi: - Sở Y tế;\n- Sở Lao động - Thương binh và Xã hội;\n- Sở Nội vụ.\n\nThực hiện Công văn.",
     ["Sở Y tế", "Sở Lao động - Thương binh và Xã hội", "Sở Nội vụ"]),
    # ... or left marks where it was
    ("`.“ gửi: Cục Thuế các tỉnh, thành phố.\n\nThực hiện Công văn.", ["Cục Thuế các tỉnh, thành phố"]),
    # a crawl that joined the header's lines to the body's: the body's opening ends the addressee
    ("Kính gửi: Đ/c Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương Trong thời gian qua, "
     "các địa phương đã khẩn trương chỉ đạo cấp chứng chỉ hành nghề theo quy định.\n",
     ["Đ/c Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương"]),
    ("Kính gửi: Sở Y tế các tỉnh, thành phố trực thuộc Trung ương Thực hiện Công văn số 12/BYT-KCB, "
     "Bộ Y tế đề nghị các Sở rà soát hồ sơ.\n", ["Sở Y tế các tỉnh, thành phố trực thuộc Trung ương"]),
    # ... not a short addressee whose name holds such a word, nor a long list whose names do
    ("Kính gửi: Ban Theo dõi thi đua.\n\nNội dung.", ["Ban Theo dõi thi đua"]),
    ("Kính gửi: Sở Văn hóa, Thể thao và Du lịch; Ban Tổ chức Ngày hội Văn hóa các dân tộc tỉnh Hà Tĩnh năm "
     "2026; Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh; UBND các xã, phường.\n\nNội dung.",
     ["Sở Văn hóa, Thể thao và Du lịch; Ban Tổ chức Ngày hội Văn hóa các dân tộc tỉnh Hà Tĩnh năm 2026; "
      "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh; UBND các xã, phường"]),
    ("Kính gửi: Ban Chỉ huy Phòng thủ dân sự các tỉnh, thành phố từ Quảng Ninh đến Quảng Ngãi Theo dự báo "
     "của Trung tâm Dự báo khí tượng thủy văn quốc gia, bão số 3 đang di chuyển vào vùng biển.\n",
     ["Ban Chỉ huy Phòng thủ dân sự các tỉnh, thành phố từ Quảng Ninh đến Quảng Ngãi"]),
    # a capitalised next line is the body, not the recipient's tail
    ("Kính gửi: Sở Y tế\nThực hiện Công văn số 12/BYT.\n", ["Sở Y tế"]),
    # markup closing the label is no recipient; an item wraps onto a line that ends it
    ("**Kính gửi:**\n|\n- Các bộ, cơ quan ngang bộ, cơ quan thuộc\nChính phủ;\n- Ủy ban nhân dân các tỉnh.\n|\n"
     "Thực hiện Công văn.", ["Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ", "Ủy ban nhân dân các tỉnh"]),
    # a body line after an item without its stop is not the item's tail
    ("Kính gửi:\n- Sở Y tế\n- Sở Tài chính\nThực hiện Công văn số 5/BYT, đề nghị:\n", ["Sở Y tế", "Sở Tài chính"]),
    # the last item wraps onto a short line that ends the list; a body's opening line does not
    ("Kính gửi:\n- Sở Y tế;\n- UBND các tỉnh, thành phố trực thuộc\nTrung ương.\n\nThực hiện Công văn.",
     ["Sở Y tế", "UBND các tỉnh, thành phố trực thuộc Trung ương"]),
    ("Kính gửi:\n- Sở Y tế\nThực hiện Công văn số 5.\n", ["Sở Y tế"]),
    ("Kính gửi:\n- Sở Y tế\nThực hiện ý kiến chỉ đạo;\n", ["Sở Y tế"]),
    # a recipient left dangling on its line ("Các", "... thuộc") goes on to the next one
    ("Kính gửi: Các\nDoanh nghiệp cho thuê lại lao động trên địa bàn Thành phố\n\nThực hiện Công văn.",
     ["Các Doanh nghiệp cho thuê lại lao động trên địa bàn Thành phố"]),
    ("Kính gửi: Thủ trưởng các cơ quan tham mưu thuộc\nBộ\nThực hiện ý kiến chỉ đạo của Bộ trưởng,",
     ["Thủ trưởng các cơ quan tham mưu thuộc Bộ"]),
    # ... never to the body
    ("Kính gửi: Các\nThực hiện Công văn số 5.\n", ["Các"]),
    # a known name wrapped at its own dash is one item; two names are two
    ("Kính gửi:\n- Sở Lao động\n- Thương binh và Xã hội tỉnh Hà Nam;\n- Bộ Y tế\n- Tổng Liên đoàn Lao động Việt Nam."
     "\n\nThực hiện Công văn.",
     ["Sở Lao động - Thương binh và Xã hội tỉnh Hà Nam", "Bộ Y tế", "Tổng Liên đoàn Lao động Việt Nam"]),
    # an item left on a comma goes on with the lines of its list
    ("Kính gửi:\n- Các sở: Tài chính, Xây dựng,\nY tế; Nội vụ, Khoa học\nvà Công nghệ;\n- Công an tỉnh.\n\nThực hiện Công văn.",
     ["Các sở: Tài chính, Xây dựng, Y tế; Nội vụ, Khoa học và Công nghệ", "Công an tỉnh"]),
    # a công điện names its addressees after "<ISSUER> điện:"; emphasis alone on a line is
    # no line; an item's name broken in lower case goes on
    ("**BỘ Y TẾ điện:**\n|\n** **\n- Các Cục: Quản lý Dược, Quản lý Khám, chữa\nbệnh, Y tế dự phòng;\n"
     "- Sở Y tế các tỉnh.\nThực hiện Công điện số 5.", ["Các Cục: Quản lý Dược, Quản lý Khám, chữa bệnh, Y tế dự phòng",
                                                     "Sở Y tế các tỉnh"]),
    ("THỦ TƯỚNG CHÍNH PHỦ điện:\n- Bộ trưởng các Bộ;\n- Chủ tịch Ủy ban nhân dân các tỉnh.\n\nThời gian qua, ...",
     ["Bộ trưởng các Bộ", "Chủ tịch Ủy ban nhân dân các tỉnh"]),
    # ... not the word "điện" in a line of the body
    ("Kính gửi: Sở Y tế\nCác cơ sở cấp điện:\n- Công ty Điện lực.\n", ["Sở Y tế"]),
])
def test_kinh_gui_items(kinh_gui, recipients):
    header = parse_header("BỘ Y TẾ\nSố: 12/BYT-KH\nHà Nội, ngày 2 tháng 3 năm 2025\n" + kinh_gui)
    assert [" ".join(r.value.split()) for r in header.recipients] == recipients


def test_a_label_split_by_a_crawls_bold_is_read():
    from pipeline.view import make_view
    view = make_view("BỘ Y TẾ\nSố: 12/BYT-KH\nHà Nội, ngày 2 tháng 3 năm 2025\n"
                     "**Kính g****ửi****:** Ủy ban nhân dân các tỉnh\nCăn cứ Luật Quản lý thuế.\n")
    header = parse_header(view.text)
    assert [" ".join(r.value.split()) for r in header.recipients] == ["Ủy ban nhân dân các tỉnh"]


def test_an_issuer_whose_lines_share_theirs_with_the_motto():
    # the two header columns come out line by line: issuer and Quốc hiệu on one line
    text = ("ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "TỈNH HẬU GIANG Độc Lập - Tự Do - Hạnh Phúc\n\n"
            "Số: 45/UBND-NC Vị Thanh, ngày 6 tháng 4 năm 2011\n\nKính gửi: Sở Y tế.\n")
    assert parse_header(text).issuer.value == "Ủy ban nhân dân tỉnh Hậu Giang"


@pytest.mark.parametrize("first, second, issuer, parent", [
    # a unit under its parent, each column's line shared with the motto's
    ("UBND TỈNH NGHỆ AN", "SỞ Y TẾ", "SỞ Y TẾ", "UBND TỈNH NGHỆ AN"),
    ("UBND HUYỆN NAM ĐÀN", "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO", "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO", "UBND HUYỆN NAM ĐÀN"),
    ("BỘ TÀI CHÍNH", "TONG CYC THUE", "TONG CYC THUE", "Bộ Tài chính"),
    # a body the gazetteer names without its place, printed with it
    ("BỘ TÀI CHÍNH", "CỤC THUẾ TỈNH NGHỆ AN", "Cục Thuế tỉnh Nghệ An", "Bộ Tài chính"),
    ("BỘ TÀI CHÍNH", "CỤC THUẾ THÀNH PHỐ HÀ NỘI", "Cục Thuế thành phố Hà Nội", "Bộ Tài chính"),
    ("BỘ TÀI CHÍNH", "CỤC THUẾ TP HÀ NỘI", "Cục Thuế thành phố Hà Nội", "Bộ Tài chính"),
    # must not: a body alone keeps its name, and a word that is no place adds nothing
    ("BỘ TÀI CHÍNH", "CỤC THUẾ", "Cục Thuế", "Bộ Tài chính"),
    ("BỘ Y TẾ", "", "Bộ Y tế", None),
])
def test_a_unit_and_its_parent_on_the_motto_lines(first, second, issuer, parent):
    text = (f"{first} CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n{second} Độc lập - Tự do - Hạnh phúc\n"
            "Số: 46/SYT-NV Nghệ An, ngày 12 tháng 3 năm 2020\n\nKính gửi: Các đơn vị.\n")
    h = parse_header(text)
    assert (h.issuer.value, h.parent.value if h.parent else None) == (issuer, parent)
    assert text[h.issuer.start:h.issuer.end] in (first, second)     # read where printed


_PRESS_BODY = "\n\nThủ tướng Chính phủ yêu cầu:\n\n1. Bộ Quốc phòng chủ trì tìm kiếm cứu nạn.\n"


@pytest.mark.parametrize("lead, expected", [
    # a letter copied from the press: its number, date and type only in the news lead
    ("Thủ tướng Chính phủ Phạm Minh Chính vừa ký Công điện số 114/CĐ-TTg ngày 19/7/2025 về việc ứng phó bão.",
     ("114", "CĐ-TTg", "2025-07-19", "Thủ tướng Chính phủ", "công điện")),
    ("Văn phòng Chính phủ vừa ban hành Thông báo số 45/TB-VPCP về kết luận của Phó Thủ tướng.",
     ("45", "TB-VPCP", None, "Văn phòng Chính phủ", "thông báo")),
])
def test_a_press_copy_names_its_letter_in_the_lead(lead, expected):
    h = parse_header(lead + _PRESS_BODY)
    got = (h.number, h.symbol, h.date_field, h.issuer, h.doc_type)
    assert tuple(f.value if f else None for f in got) == expected


@pytest.mark.parametrize("text", [
    "Thực hiện Công điện số 114/CĐ-TTg ngày 19/7/2025 của Thủ tướng Chính phủ, đề nghị các Bộ rà soát.",
    # a letterhead or a Kính gửi before it: the letter's own body citing a document just issued
    "UBND TỈNH HÀ TĨNH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nKính gửi: Các sở, ban, ngành.\n"
    "Bộ Y tế vừa ban hành Công văn số 1234/BYT-KCB ngày 05/3/2026 về việc khám bệnh.",
    "Kính gửi: Các sở, ban, ngành.\nThủ tướng Chính phủ đã ban hành Chỉ thị số 12/CT-TTg về phòng chống dịch.",
])
def test_a_document_the_body_only_mentions_is_not_the_letters_own(text):
    h = parse_header(text + _PRESS_BODY)
    assert (h.number, h.symbol, h.date_field) == (None, None, None)


def test_a_self_named_issuer_points_at_its_printed_name():
    text = ("Kính gửi:\n- Sở Y tế;\n- Sở Nội vụ.\n\nỦy ban nhân dân (UBND) thành phố Hà Nội yêu cầu các sở "
            "rà soát.\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\nTM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n"
            "Nguyễn Văn A\n")
    h = parse_header(text)
    assert h.issuer.value == "Ủy ban nhân dân thành phố Hà Nội"
    # the bracket the value leaves out stays inside the span
    assert text[h.issuer.start:h.issuer.end] == "Ủy ban nhân dân (UBND) thành phố Hà Nội"


_LETTERHEAD = ("BỘ TÀI CHÍNH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n"
               "Số: 915 /BTC-CST Hà Nội, ngày 17 tháng 3 năm 2026\nViv lấy ý kiến về dự thảo Nghị định\n"
               "quy định mức thu phí (sửa đổi)\n\n")


@pytest.mark.parametrize("lines, recipients", [
    # the "Kính gửi:" OCR lost: dash lines that name agencies, before the body
    ("- Các Bộ, cơ quan ngang Bộ;\n- Uy ban nhân dân các tinh, thành phố trực thuộc Trung ương;\n"
     "- Hội Doanh nghiệp nhỏ và vừa Việt Nam.\n\nNgày 05/3/2026, Chính phủ ban hành Nghị quyết.\n",
     ["Các Bộ, cơ quan ngang Bộ", "Uy ban nhân dân các tinh, thành phố trực thuộc Trung ương",
      "Hội Doanh nghiệp nhỏ và vừa Việt Nam"]),
    # must not: the body's own bullets, orders or facts
    ("- Rà soát hồ sơ tồn đọng;\n- Báo cáo kết quả trước ngày 10/4/2026.\n", []),
    ("Bộ Tài chính đề nghị:\n- Các Bộ có ý kiến;\n- Sở Tài chính tổng hợp.\n", []),
])
def test_an_addressee_list_whose_label_ocr_lost(lines, recipients):
    h = parse_header(_LETTERHEAD + lines)
    assert [" ".join(r.value.split()) for r in h.recipients] == recipients
    assert any(code == "unlabelled_recipients" for code, *_ in h.warnings) is bool(recipients)


@pytest.mark.parametrize("block, recipients", [
    # a crawl's table cells cut an item left open on its colon or on a title
    ("THỦ TƯỚNG CHÍNH PHỦ điện:\n|\n- Bộ trưởng\ncác Bộ:\n|\nTư pháp, Nội vụ, Xây dựng.\n|\n|\n"
     "- Bí thư Tỉnh ủy, Chủ tịch\nỦy ban nhân dân các tỉnh: Lào Cai, Tuyên Quang.\n|\n",
     ["Bộ trưởng các Bộ: Tư pháp, Nội vụ, Xây dựng",
      "Bí thư Tỉnh ủy, Chủ tịch Ủy ban nhân dân các tỉnh: Lào Cai, Tuyên Quang"]),
    # a title alone at the end of the Kính gửi line goes on with its body
    ("Kính gửi: Bộ trưởng\nBộ Công Thương\n", ["Bộ trưởng Bộ Công Thương"]),
    # one addressee with no dash, in the cell after the label's
    ("Kính gửi: |\nBộ Công Thương. |\nVề phản ánh của báo chí, Thủ tướng giao Bộ rà soát.\n",
     ["Bộ Công Thương"]),
    # ... not the body's first line
    ("Kính gửi: |\nThực hiện Công văn số 12/BXD của Bộ Xây dựng, đề nghị rà soát.\n", []),
    # must not: an item that ends with its stop, and the body after the list
    ("Kính gửi:\n- Bộ Tài chính;\n- Bộ Công an.\n|\nXét đề nghị của Bộ Công Thương tại Tờ trình số 12.\n",
     ["Bộ Tài chính", "Bộ Công an"]),
])
def test_recipients_wrapped_across_lines_and_cells(block, recipients):
    h = parse_header("Số: 118/CĐ-TTg\nHà Nội, ngày 03 tháng 4 năm 2026\n" + block + "\nThủ tướng yêu cầu:\n")
    assert [" ".join(r.value.split()) for r in h.recipients] == recipients


_HEADERLESS = ("Kính gửi: Các bệnh viện trực thuộc Bộ\n\nThực hiện Thông báo số 212/TB-VPCP ngày 14/3/2026, "
               "Bộ đề nghị các bệnh viện rà soát số giường bệnh.\n\nPHỤ LỤC\nSỐ GIƯỜNG BỆNH\n\n")


@pytest.mark.parametrize("subtitle, number, symbol, date, issuer", [
    # a copy without letterhead prints its own number where its appendix names the letter
    ("*(Kèm theo Công văn số 2917/BYT-KHTC ngày 16/4/2026 của Bộ Y tế,\nCục Quản lý Khám, chữa bệnh)*",
     "2917", "BYT-KHTC", "2026-04-16", "Bộ Y tế, Cục Quản lý Khám, chữa bệnh"),
    ("(kèm\ntheo Công văn số 1532/UBND-KT ngày 08 tháng 5 năm 2026 của Ủy ban nhân dân\ntỉnh)",
     "1532", "UBND-KT", "2026-05-08", "Ủy ban nhân dân tỉnh"),
    # a plan printed alone names the decision that issues it, its date on the next line
    ("(Ban hành kèm theo Quyết định số 1422/QĐ-TTg\n   Ngày 19 tháng 11 năm 2024 của Thủ tướng Chính phủ)",
     "1422", "QĐ-TTg", "2024-11-19", "Thủ tướng Chính phủ"),
    ("(Kèm theo Nghị quyết số 88/NQ-CP, ngày 22/7/2022 của Chính phủ)",
     "88", "NQ-CP", "2022-07-22", "Chính phủ"),
    # must not: another document's appendix named in a sentence
    ("Thực hiện theo mẫu ban hành kèm theo Công văn số 12/BXD-QLN ngày 01/7/2025 của Bộ Xây dựng.",
     None, None, None, None),
])
def test_a_headerless_copy_takes_its_number_from_its_appendix(subtitle, number, symbol, date, issuer):
    h = parse_header(_HEADERLESS + subtitle + "\n")
    value = lambda f: f.value if f else None  # noqa: E731
    assert (value(h.number), value(h.symbol), h.date, value(h.issuer)) == (number, symbol, date, issuer)
    assert any(code == "number_from_attachment" for code, *_ in h.warnings) is bool(number)


def test_a_letter_with_its_own_number_keeps_it_whatever_its_appendix_says():
    h = parse_header("BỘ XÂY DỰNG\nSố: 12/BXD-QLN\nHà Nội, ngày 01 tháng 7 năm 2025\n\n" + _HEADERLESS
                     + "(Kèm theo Công văn số 99/BXD-KH ngày 02/7/2025 của Bộ Xây dựng)\n")
    assert (h.number.value, h.symbol.value, h.date) == ("12", "BXD-QLN", "2025-07-01")
