import pytest

from extractors.citations import citation_key, find_citations, printed_ref


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
