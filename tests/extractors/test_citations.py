import pytest

from extractors.citations import citation_key, find_citations, printed_ref
from extractors.dates import find_dates


def refs(text: str) -> list[tuple[str, str | None]]:
    return [(printed_ref(g), next((m.date for m in g.mentions if m.date), None))
            for g in find_citations(text)]


@pytest.mark.parametrize("text, expected", [
    # seed 000: a symbol broken across lines, both date styles
    ("Quyết định số 1521/QĐ-\nUBND ngày 24/10/2025 của UBND tỉnh", [("1521/QĐ-UBND", "2025-10-24")]),
    ("Nghị quyết số 71/NQ-CP ngày 01 tháng 4 năm 2025 của Chính phủ", [("71/NQ-CP", "2025-04-01")]),
    # seed 004: Party symbol broken at its hyphen, date after a comma
    ("Kết luận số 01-\nKL/BCĐ ngày 02/7/2025", [("01-KL/BCĐ", "2025-07-02")]),
    ("Kế hoạch số 02-KH/BCĐTW, ngày 19/02/2025 của Ban", [("02-KH/BCĐTW", "2025-02-19")]),
    # normative documents carry a year; laws by their QH number
    ("Nghị định số 30/2020/NĐ-CP ngày 05/3/2020", [("30/2020/NĐ-CP", "2020-03-05")]),
    ("Luật KCB số 40/2009/QH12.", [("40/2009/QH12", None)]),
    # stray spaces inside a symbol (letter 007)
    ("Nghị định số 144/2021/NĐ- CP ngày 31/12/2021", [("144/2021/NĐ-CP", "2021-12-31")]),
    ("Tờ trình số 02/TTr-CAT- ANCTNB ngày 03 tháng 02 năm 2023", [("02/TTr-CAT-ANCTNB", "2023-02-03")]),
    ("Công điện số 889/CD- -TTg ngày 01 tháng 10 năm 2022", [("889/CD-TTg", "2022-10-01")]),  # OCR
    # a list shares the symbol
    ("các công văn số 614, 615, 616-CV/VPTW", [("614-CV/VPTW", None), ("615-CV/VPTW", None),
                                            ("616-CV/VPTW", None)]),
    # letter 034: the date stands before the mention in the same clause
    ("ngày 16/8/2018 Bộ Lao động - Thương binh và Xã hội đã có Công văn số 3395/LĐTBXH-KHTC gửi",
     [("3395/LĐTBXH-KHTC", "2018-08-16")]),
    # seed 004: the date before belongs to the previous citation
    ("Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị và Nghị quyết số 71/NQ-CP của Chính phủ",
     [("57-NQ/TW", "2024-12-22"), ("71/NQ-CP", None)]),
])
def test_find_citations(text, expected):
    assert refs(text) == expected


@pytest.mark.parametrize("text", [
    "trước ngày 10/7/2025", "xếp vị trí 81/100 nền kinh tế", "https://nq57.vn", "0988.771.292",
    "giai đoạn 2016 - 2025", "", "Đề án 06",
])
def test_no_citation(text):
    assert find_citations(text) == []


def test_mentions_of_one_document_are_grouped_and_dates_compared():
    text = ("Kế hoạch số 02-KH/BCĐTW ngày 19/6/2025 của Ban Chỉ đạo Trung ương; ... "
            "Kế hoạch số 02-KH/BCĐTW, ngày 19/02/2025 của Ban Chỉ đạo Trung ương")
    (group,) = find_citations(text)
    assert [m.date for m in group.mentions] == ["2025-06-19", "2025-02-19"]


def test_own_number_is_excluded():
    text = "Số: 254/QĐ-UBND ... (Kèm theo Quyết định số 254/QĐ-UBND ngày 17/02/2023)"
    assert find_citations(text, {citation_key("254/QĐ-UBND")}) == []


def test_key_ignores_case_spaces_and_d_bar():
    assert citation_key("2146/QD-BTC") == citation_key("2146/QĐ-BTC")
    assert citation_key("22/2013/QĐ-TTG") == citation_key("22/2013/QĐ-TTg")


def test_issuer_is_read_after_the_date():
    (g,) = find_citations("Chỉ thị số 33/CT-TTg ngày 06/11/2025 của Thủ tướng Chính phủ về đẩy mạnh")
    assert g.mentions[0].issuer == "Thủ tướng Chính phủ"
    assert g.mentions[0].doc_type == "chỉ thị"


# A symbol as OCR prints it: a space before an `&` glued to the next capitals, a year
# broken by a space. An `&` between two symbols is a conjunction.
@pytest.mark.parametrize("text, expected", [
    ("Công văn số 305/SGTVT-QL &KT ngày 3/2/2026", [("305/SGTVT-QL&KT", "2026-02-03")]),
    ("Kế hoạch số 77/SXD-HT &ĐT của Sở Xây dựng", [("77/SXD-HT&ĐT", None)]),
    ("Thông báo số 14-TB/ĐU &BCS ngày 2/2/2024", [("14-TB/ĐU&BCS", "2024-02-02")]),
    ("các văn bản số 12/UBND-VX & 13/UBND-KT", [("12/UBND-VX", None), ("13/UBND-KT", None)]),
    ("số 12-CV/HU & 13-CV/HU", [("12-CV/HU", None), ("13-CV/HU", None)]),
    ("theo Công văn số 41/SYT-NV & Sở Tài chính", [("41/SYT-NV", None)]),
    # ... or a space after an `&` glued to the capital before it
    ("Công văn số 159/SXD-QLN& TTBĐS ngày 4/11/2025", [("159/SXD-QLN&TTBĐS", "2025-11-04")]),
    # a department numbered in the Government Office's way
    ("Công văn số 8601/VPCP-V.I ngày 8/9/2018", [("8601/VPCP-V.I", "2018-09-08")]),
    # a numbered series of one year's resolutions
    ("Nghị quyết số 66.7/2025/NQ-CP ngày 15/11/2025", [("66.7/2025/NQ-CP", "2025-11-15")]),
    ("tăng 1.5/2025 so với kỳ trước", []),
    ("Nghị định số 58/201 6/NĐ-CP ngày 01/7/2016", [("58/2016/NĐ-CP", "2016-07-01")]),
    ("Thông tư số 07/20 24/TT-BNV quy định", [("07/2024/TT-BNV", None)]),
    ("Luật số 33/20 13/QH13", [("33/2013/QH13", None)]),
    ("khoảng 45/201 9 người tham gia", []),                    # no symbol: no citation
])
def test_symbols_as_ocr_prints_them(text, expected):
    assert refs(text) == expected


def test_a_broken_year_is_read_but_noted_and_the_span_keeps_it():
    text = "Nghị định số 58/201 6/NĐ-CP ngày 01/7/2016"
    (g,) = find_citations(text)
    (m,) = g.mentions
    assert text[m.start:m.end] == "58/201 6/NĐ-CP"
    assert m.repaired == ["year '201 6'"]
    (clean,) = find_citations("Nghị định số 58/2016/NĐ-CP ngày 01/7/2016")
    assert clean.mentions[0].repaired == []


# Dates as web copies and OCR print them; what is not a date stays out.
@pytest.mark.parametrize("text, iso, has_ngay", [
    ("ngay 26/3/2019", "2019-03-26", True),                        # accents stripped
    ("hgày 14/02/2022", "2022-02-14", True),                       # OCR's h for n
    ("Ngảy 7/5/2023", "2023-05-07", True),
    ("ngày21 tháng 4năm2018", "2018-04-21", True),                 # glued to the numbers
    ("ngay 04 thang 3 nam 2020", "2020-03-04", True),
    ("ngày 09/1 2/2014", "2014-12-09", True),                      # month broken
    ("ngày 09/12/201 4", "2014-12-09", True),                      # year broken
    ("17/8/2021", "2021-08-17", False),
])
def test_dates_as_printed(text, iso, has_ngay):
    (d,) = find_dates(text)
    assert (d.iso, d.has_ngay(text), d.end) == (iso, has_ngay, len(text))


@pytest.mark.parametrize("text", [
    "thực hiện ngay 3 nhiệm vụ", "ngày 12 tháng 3", "trong 15 ngày", "mã 2019 5 7",
])
def test_no_date(text):
    assert find_dates(text) == []


# What stands between a mention and its date: a comma, a full stop OCR left when the
# phrase goes on in lower case, a verb of signing; not a new sentence, a time limit.
@pytest.mark.parametrize("text, expected", [
    ("Kế hoạch số 31/KH-UBND. ngày 05/3/2026 của UBND huyện", [("31/KH-UBND", "2026-03-05")]),
    ("Kế hoạch số 31/KH-UBND' ngày 05/3/2026", [("31/KH-UBND", "2026-03-05")]),
    ("Quy chế số 02/QC-SYT-CA được ký kết ngày\n14/9/2023 giữa hai ngành",
     [("02/QC-SYT-CA", "2023-09-14")]),
    ("Thỏa thuận số 5/TT-STC-KBNN ký ngày 1/6/2024", [("5/TT-STC-KBNN", "2024-06-01")]),
    ("Quyết định số 88/QĐ-UBND ban hành ngày 20/10/2022", [("88/QĐ-UBND", "2022-10-20")]),
    ("Quyết định số 88/QĐ-UBND ngay 20/10/2022 cua UBND tinh", [("88/QĐ-UBND", "2022-10-20")]),
    ("Thông báo số 64/TB-STC hgày 28/02/2025", [("64/TB-STC", "2025-02-28")]),
    ("Công văn số 19/CV-HĐND ngày 3 tháng 8năm2017", [("19/CV-HĐND", "2017-08-03")]),
    # must not: a new sentence that opens with its own date, a time limit
    ("theo Kế hoạch số 31/KH-UBND. Ngày 05/3/2026, Sở Y tế đã tổ chức họp",
     [("31/KH-UBND", None)]),
    ("theo Công văn số 19/UBND-KT, trước ngày 30/6/2026", [("19/UBND-KT", None)]),
    ("Kế hoạch số 31/KH-UBND được triển khai từ ngày 05/3/2026", [("31/KH-UBND", None)]),
])
def test_date_after_the_mention(text, expected):
    assert refs(text) == expected


# "của <issuer> ngày ...": the date after the issuer; not a time limit there, not the
# date of the next mention.
@pytest.mark.parametrize("text, expected, issuer", [
    ("Công văn số 88/STC-NS của Sở Tài chính ngày 05/3/2026 về việc",
     [("88/STC-NS", "2026-03-05")], "Sở Tài chính"),
    ("Công văn số 88/STC-NS của Sở Tài chính\nngày 05 tháng 3 năm 2026",
     [("88/STC-NS", "2026-03-05")], "Sở Tài chính"),
    ("Công văn số 88/STC-NS của UBND tỉnh trước ngày 30/6/2026 phải báo cáo",
     [("88/STC-NS", None)], "UBND tỉnh"),
    ("Công văn số 88/STC-NS của Sở Tài chính và Công văn số 90/SYT-NV ngày 5/3/2026",
     [("88/STC-NS", None), ("90/SYT-NV", "2026-03-05")], "Sở Tài chính"),
    ("Công văn số 88/STC-NS của Sở Tài chính ngày càng được hoàn thiện",
     [("88/STC-NS", None)], None),
])
def test_date_after_the_issuer(text, expected, issuer):
    assert refs(text) == expected
    if issuer is not None:
        assert find_citations(text)[0].mentions[0].issuer == issuer


# The look-back: a date that opens the clause, then a verb that issues the mentioned
# document. Never a time limit, the letter's own date, another document's date.
@pytest.mark.parametrize("text, expected", [
    ("Ngày 12/3/2026, Sở Nội vụ đã ban hành Công văn số 45/SNV-TCBC về việc",
     [("45/SNV-TCBC", "2026-03-12")]),
    ("như sau:\nNgày 9/9/2024 Bộ Xây dựng có Thông báo số 300/TB-BXD",
     [("300/TB-BXD", "2024-09-09")]),
    ("Vào ngày 2/4/2025, hai ngành đã ký Quy chế phối hợp số 07/QCPH-STP-CA",
     [("07/QCPH-STP-CA", "2025-04-02")]),
    # must not
    ("cư trú trước ngày 15/6/2026 (ngày Quyết định số 22/QĐ-UBND có hiệu lực)",
     [("22/QĐ-UBND", None)]),
    ("Quảng Trị, ngày 02 tháng 3 năm 2026\nV/v góp ý dự thảo sửa đổi Quyết định\nsố 15/QĐ-UBND",
     [("15/QĐ-UBND", None)]),
    ("Quảng Trị, ngày 02 tháng 3 năm 2026\nKính gửi: Sở Y tế\nSở Tài chính có Công văn số 41/STC-NS",
     [("41/STC-NS", None)]),
    ("Căn cứ Luật Đất đai ngày 18/01/2024 và Nghị định số 101/2024/NĐ-CP",
     [("101/2024/NĐ-CP", None)]),
    ("Ngày 12/3/2026, Sở Y tế có trách nhiệm thực hiện Kế hoạch số 30/KH-UBND",
     [("30/KH-UBND", None)]),
    ("Quyết định số 10/QĐ-UBND ngày 02/01/2026, Sở Xây dựng đã ban hành Kế hoạch số 11/KH-SXD",
     [("10/QĐ-UBND", "2026-01-02"), ("11/KH-SXD", None)]),
    ("ngày 20/5/2026 là hạn cuối; ngày 21/5/2026 các đơn vị gửi Báo cáo số 9/BC-SNV",
     [("9/BC-SNV", "2026-05-21")]),
])
def test_date_before_the_mention(text, expected):
    assert refs(text) == expected


# A list of numbers that share a symbol shares its date and issuer too.
@pytest.mark.parametrize("text, expected", [
    ("các Quyết định số 101, 102/QĐ-UBND ngày 9/9/2025 của UBND tỉnh",
     [("101/QĐ-UBND", "2025-09-09"), ("102/QĐ-UBND", "2025-09-09")]),
    ("các công văn số 7, 8 và 9-CV/TU ngày 3 tháng 1 năm 2019",
     [("7-CV/TU", "2019-01-03"), ("8-CV/TU", "2019-01-03"), ("9-CV/TU", "2019-01-03")]),
    # must not: a symbol printed with each number is its own document with its own date
    ("Quyết định số 101/QĐ-UBND, 102/QĐ-UBND ngày 9/9/2025",
     [("101/QĐ-UBND", None), ("102/QĐ-UBND", "2025-09-09")]),
])
def test_a_list_shares_the_date(text, expected):
    assert refs(text) == expected
    issuers = {m.issuer for g in find_citations(text) for m in g.mentions}
    assert len(issuers) == 1


def test_the_letter_warns_where_ocr_damage_was_read_across():
    from pipeline.extract import extract
    text = ("UBND TỈNH AN BÌNH\nSố: 12/UBND-KT\n\nKính gửi: Sở Tài chính\n\n"
            "Thực hiện Nghị định số 58/201 6/NĐ-CP ngày 01/7/2016 và Thông tư số\n"
            "07/2024/TT-BNV ngày 09/1 2/2024, Sở Tài chính rà soát, báo cáo.\n")
    letter = extract(text)
    warned = [w for w in letter.warnings if w.code == "citation_ocr_read"]
    assert [text[w.span.start:w.span.end] for w in warned] == ["58/201 6/NĐ-CP", "07/2024/TT-BNV"]
    assert {c.ref: c.date for c in letter.citations} == {
        "58/2016/NĐ-CP": "2016-07-01", "07/2024/TT-BNV": "2024-12-09"}
