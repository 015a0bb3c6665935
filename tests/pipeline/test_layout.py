import pytest

from extractors.agencies import use_letter_names
from pipeline.layout import find_marker, paragraphs


@pytest.mark.parametrize("line, kind, label", [
    ("1. Các sở, ban, ngành", "arabic", "1"),
    (" 4. Công an tỉnh", None, None),          # leading spaces are stripped before matching
    ("II. NỘI DUNG CÔNG TÁC", "roman", "II"),
    ("2.1.a. Thành lập Ban Chỉ đạo", "decimal", "2.1.a"),
    ("8.1. Đề nghị các Cục Thuế", "decimal", "8.1"),
    ("6... Trên cơ sở phân tích", "arabic", "6"),        # letter 027
    ("§. _ Thực hiện cập nhật", "arabic", None),          # OCR'd "8."
    ("đ) Bộ Công an:", "letter", "đ"),
    ("- Chủ trì, phối hợp", "dash", None),
    ("~ Chủ trì, phối hợp", "dash", None),                # OCR'd bullet (letter 001)
    ("+ Tổ chức, phân công", "plus", None),
    ("* Lưu ý: Đối với", "bullet", None),
    ("Điều 1. Ban hành kèm theo", "dieu", "1"),
    ("V/v triển khai thực hiện", None, None),
    ("30.11.2022 14:39", None, None),
    ("2022 là năm", None, None),
])
def test_find_marker(line, kind, label):
    m = find_marker(line, 0, len(line))
    assert (m.kind, m.label) == (kind, label) if kind else m is None


def test_wrapped_lines_and_page_breaks_join():
    # seed 000: a page break inside a bullet, a symbol broken at its hyphen
    text = ("1. Các sở, ban, ngành\n"
            "- Triển khai quán triệt thực hiện nghiêm Chỉ thị số 33/CT-TTg tại cơ \n\n"
            "quan, đơn vị; hoàn thành các chỉ tiêu được giao tại Quyết định số 1521/QĐ-\n"
            "UBND ngày 24/10/2025 của UBND tỉnh.\n"
            " 4. Công an tỉnh\n")
    ps = paragraphs(text)
    assert [p.marker.raw for p in ps] == ["1.", "-", "4."]
    assert "tại cơ quan, đơn vị" in ps[1].text
    assert "1521/QĐ-UBND ngày" in ps[1].text


def test_page_numbers_are_dropped_and_offsets_map_back():
    text = "Do đó, đề nghị Cục Thuế các tỉnh thành phố\n\n\n2\n\ntrực thuộc Trung ương thực hiện:\n"
    (p,) = paragraphs(text)
    assert p.text == "Do đó, đề nghị Cục Thuế các tỉnh thành phố trực thuộc Trung ương thực hiện:"
    i = p.text.index("trực thuộc")
    assert text[p.to_text(i):p.to_text(i) + 10] == "trực thuộc"


def test_markdown_table_cells_are_units():
    text = "| Số: 254/QĐ-UBND | Sơn La, ngày 17 tháng 02 năm 2023 |\n|---|---|\n"
    assert [p.text for p in paragraphs(text)] == ["Số: 254/QĐ-UBND", "Sơn La, ngày 17 tháng 02 năm 2023"]


def test_heading_line_does_not_run_into_text_after_a_blank():
    text = "1. Công an tỉnh\n\nTham mưu giúp UBND tỉnh chỉ đạo.\n"
    assert [p.text for p in paragraphs(text)] == ["Công an tỉnh", "Tham mưu giúp UBND tỉnh chỉ đạo."]


def test_empty_text_has_no_paragraphs():
    assert paragraphs("") == []
    assert paragraphs("\n\n  \n") == []


def test_a_short_numbered_heading_does_not_run_into_its_body():
    doc = ("1. Về tiến độ giải ngân\nTỷ lệ giải ngân đạt 52%.\n"
           "Giao Sở Tài chính chủ trì tổng hợp danh sách dự án chậm giải ngân.\n"
           "2. Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung\nương chỉ đạo thực hiện.\n")
    texts = [p.text for p in paragraphs(doc)]
    assert texts[:3] == ["Về tiến độ giải ngân", "Tỷ lệ giải ngân đạt 52%.",
                         "Giao Sở Tài chính chủ trì tổng hợp danh sách dự án chậm giải ngân."]
    assert texts[3].endswith("Trung ương chỉ đạo thực hiện.")     # lower case goes on


@pytest.mark.parametrize("doc, texts", [
    # an item of words, not of names, ends at its semicolon: the field line is its own
    ("1.1. Rà soát hồ sơ đất đai;\nThời gian: Quý III/2025.\n",
     ["Rà soát hồ sơ đất đai;", "Thời gian: Quý III/2025."]),
    ("2. Kiểm tra các công trình;\nSở Xây dựng chủ trì.\n", ["Kiểm tra các công trình;", "Sở Xây dựng chủ trì."]),
])
def test_a_numbered_item_of_words_ends_at_its_semicolon(doc, texts):
    assert [p.text for p in paragraphs(doc)] == texts


def test_a_numbered_item_whose_first_line_ends_a_part_of_its_list_goes_on():
    doc = ("3. Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ;\nỦy ban nhân dân các tỉnh khẩn trương "
           "triển khai các nhiệm vụ nêu trên.\n4. Giao Bộ Tài chính đôn đốc.\n")
    assert [p.text[:12] for p in paragraphs(doc)] == ["Các bộ, cơ q", "Giao Bộ Tài "]
    # ... but a short heading ending no list opens its body's paragraph
    doc = "3. Các bộ, cơ quan ngang bộ\nKhẩn trương triển khai các nhiệm vụ nêu trên.\n"
    assert len(paragraphs(doc)) == 2


@pytest.mark.parametrize("doc, texts", [
    # a name the gazetteer knows, cut by the line, goes on into the next
    ("3. Đề nghị Ủy ban Trung ương Mặt trận Tổ quốc Việt\nNam tiếp tục vận động ủng hộ.\n",
     ["Đề nghị Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam tiếp tục vận động ủng hộ."]),
    # must not: a whole name on its line is a heading over its body
    ("3. Đề nghị Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam\nTiếp tục vận động ủng hộ.\n",
     ["Đề nghị Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam", "Tiếp tục vận động ủng hộ."]),
    ("2. Sở Y tế\nTỉnh ủy đã chỉ đạo rà soát.\n", ["Sở Y tế", "Tỉnh ủy đã chỉ đạo rà soát."]),
])
def test_a_known_name_cut_by_the_line_goes_on(doc, texts):
    assert [p.text for p in paragraphs(doc)] == texts


@pytest.mark.parametrize("doc, texts", [
    # the number of a cited part, cut from its word by the line, is no marker
    ("Bộ Tài chính rà soát quy định tại Khoản\n3 - Điều 61 Luật Lâm nghiệp.\n",
     ["Bộ Tài chính rà soát quy định tại Khoản 3 - Điều 61 Luật Lâm nghiệp."]),
    ("1. Thực hiện theo hướng dẫn tại điểm\n2. Mục II Công văn số 12/BYT.\n",
     ["Thực hiện theo hướng dẫn tại điểm 2. Mục II Công văn số 12/BYT."]),
    ("Sở Y tế thực hiện quy định tại Điều\n5 Nghị định số 12/2024/NĐ-CP.\n",
     ["Sở Y tế thực hiện quy định tại Điều 5 Nghị định số 12/2024/NĐ-CP."]),
    ("Sở Y tế thực hiện các nội dung theo Mục\n3. Phần II Kế hoạch số 45/KH-UBND.\n",
     ["Sở Y tế thực hiện các nội dung theo Mục 3. Phần II Kế hoạch số 45/KH-UBND."]),
    # must not: after a sentence that ends, or across a blank line, the number opens an item
    ("1. Sở Y tế thực hiện Điều 5.\n2. Sở Tài chính bố trí kinh phí.\n",
     ["Sở Y tế thực hiện Điều 5.", "Sở Tài chính bố trí kinh phí."]),
    ("Các nội dung tại Khoản\n\n2. Sở Tài chính bố trí kinh phí.\n",
     ["Các nội dung tại Khoản", "Sở Tài chính bố trí kinh phí."]),
    # ... nor after a heading that ends on a word of its own
    ("1. Thời gian, địa điểm\n2. Thành phần tham dự\n", ["Thời gian, địa điểm", "Thành phần tham dự"]),
    ("1. Đẩy mạnh chuyển đổi số\n2. Sở Tài chính bố trí kinh phí.\n",
     ["Đẩy mạnh chuyển đổi số", "Sở Tài chính bố trí kinh phí."]),
    ("1. Xây dựng kế hoạch chi tiết\n2. Sở Tài chính bố trí kinh phí.\n",
     ["Xây dựng kế hoạch chi tiết", "Sở Tài chính bố trí kinh phí."]),
    ("1. Đối với các dự án trọng điểm\n1.1. Sở Xây dựng kiểm tra tiến độ.\n",
     ["Đối với các dự án trọng điểm", "Sở Xây dựng kiểm tra tiến độ."]),
    ("1. Triển khai mô hình thí điểm\na) Sở Y tế chủ trì.\n", ["Triển khai mô hình thí điểm", "Sở Y tế chủ trì."]),
    ("1. Quản lý các khoản\n2. Sở Tài chính bố trí kinh phí.\n", ["Quản lý các khoản", "Sở Tài chính bố trí kinh phí."]),
    ("1. Thời gian, Địa điểm\n2. Thành phần tham dự\n", ["Thời gian, Địa điểm", "Thành phần tham dự"]),
])
def test_the_number_of_a_cited_part_on_the_next_line_is_no_marker(doc, texts):
    assert [p.text for p in paragraphs(doc)] == texts


@pytest.mark.parametrize("doc, texts", [
    # a title in capitals wrapped before its last word, markup and all
    ("**V. TRÁCH NHIỆM THỰC\nHIỆN**\n\n1. Sở Y tế chủ trì.\n", ["TRÁCH NHIỆM THỰC HIỆN**", "Sở Y tế chủ trì."]),
    ("II. MỤC\nTIÊU\n1. Sở Y tế chủ trì.\n", ["MỤC TIÊU", "Sở Y tế chủ trì."]),
    # must not: after a blank line, or after a title that ends its sentence
    ("II. NHIỆM VỤ\n\nUBND\n", ["NHIỆM VỤ", "UBND"]),
    ("II. NHIỆM VỤ.\nUBND\n", ["NHIỆM VỤ.", "UBND"]),
    # ... nor a table's column name or a body's initials alone on the next line
    ("III. DANH MỤC NHIỆM VỤ CỤ THỂ\nTT\nNội dung\n", ["DANH MỤC NHIỆM VỤ CỤ THỂ", "TT Nội dung"]),
])
def test_a_title_in_capitals_wrapped_before_its_last_word(doc, texts):
    assert [p.text for p in paragraphs(doc)] == texts


def test_a_wrapped_short_heading_does_not_run_into_its_body():
    doc = ("1.1. Giao Sở Nông nghiệp\nvà Môi trường\nKhẩn trương chia sẻ cơ sở dữ liệu đất đai.\n"
           "1.2. Giao Sở Tài chính chủ trì, phối hợp với các sở, ngành có liên quan rà soát,\n"
           "Tổng hợp nhu cầu kinh phí của các đơn vị.\n")
    texts = [p.text for p in paragraphs(doc)]
    assert texts[:2] == ["Giao Sở Nông nghiệp và Môi trường", "Khẩn trương chia sẻ cơ sở dữ liệu đất đai."]
    # a long first line is no heading: the capital after its comma goes on
    assert texts[2].endswith("rà soát, Tổng hợp nhu cầu kinh phí của các đơn vị.")


@pytest.mark.parametrize("text, count", [
    # a page number between two halves of a sentence: one paragraph
    ("- Chủ trì, phối hợp với Bộ Tài chính đề xuất chính sách, báo cáo Thủ tướng\n\n2\n\n\n"
     "Chính phủ trong tháng 3 năm 2025.\n", 1),
    # ... not when the line before ends a sentence, or the next is a heading in capitals
    ("- Chủ trì, phối hợp với Bộ Tài chính đề xuất chính sách.\n\n2\n\nChính phủ giao nhiệm vụ.\n", 2),
    ("- Chủ trì, phối hợp với Bộ Tài chính đề xuất chính sách\n\n2\n\nII. TỔ CHỨC THỰC HIỆN\n", 2),
])
def test_a_page_break_inside_a_sentence(text, count):
    assert len(paragraphs(text)) == count


def test_a_line_cut_after_a_joining_word_goes_on_across_an_ocr_blank():
    body = "".join(f"- Dòng số {i} của một văn bản dài được in ra và quét lại bằng máy quét.\n" for i in range(9))
    text = body + ("- Rà soát danh mục theo Kế hoạch số 02-KH/BCĐTW ngày 19/02/2025 của Ban\n\n"
                   "\"Chỉ đạo Trung ương, báo cáo UBND tỉnh trước ngày 12/7/2025.\n")
    paras = paragraphs(text)
    assert paras[-1].text.startswith("Rà soát") and paras[-1].text.endswith("12/7/2025.")


def test_a_lead_in_and_the_closing_notice_end_and_open_paragraphs_in_wrapped_text():
    filler = "".join(f"Dòng thứ {i} của một đoạn văn bản dài được ngắt dòng ở lề phải của trang\n" for i in range(8))
    text = (filler + "\nXét đề nghị của Ủy ban nhân dân tỉnh, Phó Thủ tướng Chính phủ có ý kiến như sau:\n"
            "Ủy ban nhân dân tỉnh Hưng Yên khẩn trương làm việc với các địa phương theo quy định.\n"
            "Văn phòng Chính phủ thông báo để các địa phương biết, thực hiện./.\n")
    texts = [p.text[:12] for p in paragraphs(text)]
    assert texts[-3:] == ["Xét đề nghị ", "Ủy ban nhân ", "Văn phòng Ch"]


def test_a_short_line_that_runs_on_opens_an_indented_paragraph_in_wrapped_text():
    # a text copied from a PDF: the first line of each paragraph is shorter by its indent
    filler = "".join(f"dòng thứ {i} của một đoạn văn bản dài được ngắt dòng ở lề phải của trang giấy\n"
                     for i in range(8))
    text = ("Ủy ban nhân dân tỉnh tổng hợp, báo cáo về một số nội dung\n" + filler +
            "kết thúc đoạn văn bản thứ nhất ở gần lề phải của trang giấy in ra.\n"
            "Sở Tài chính khẩn trương tham mưu, đề xuất\n" + filler)
    texts = [p.text[:12] for p in paragraphs(text)]
    assert texts == ["Ủy ban nhân ", "Sở Tài chính"]
    # a short line that ends its sentence stays in the paragraph above it
    text = filler + "kết thúc đoạn văn ở gần lề phải của trang giấy in ra để thử.\nSở Tài chính báo cáo.\n"
    assert len(paragraphs(text)) == 1


@pytest.mark.parametrize("line, alone", [
    ("Thời gian: Trước ngày 30/9/2026.", True),
    ("Cơ quan phối hợp: Sở Tài chính, Sở Nội vụ.", True),
    ("Sản phẩm: Báo cáo kết quả.", True),
    # no field: a sentence, and a label with no value after it
    ("Thời gian qua, các đơn vị đã triển khai tốt.", False),
    ("Sở Tài chính báo cáo.", False),
])
def test_a_field_line_after_a_sentence_at_the_margin_stands_alone(line, alone):
    filler = "".join(f"dòng thứ {i} của một đoạn văn bản dài được ngắt dòng ở lề phải của trang giấy\n"
                     for i in range(8))
    text = filler + "kết thúc đoạn văn bản thứ nhất ở gần lề phải của trang giấy in ra.\n" + line + "\n"
    assert (paragraphs(text)[-1].text == line) is alone


@pytest.mark.parametrize("text, texts", [
    # a crawl's empty emphasis ("* *") or a line of punctuation is no paragraph
    ("- Rà soát hồ sơ.\n* *\nĐề nghị các đơn vị thực hiện./.\n", ["Rà soát hồ sơ.", "Đề nghị các đơn vị thực hiện./."]),
    ("- Rà soát hồ sơ.\n.\n", ["Rà soát hồ sơ."]),
    # a bullet alone on its line keeps its text, which follows
    ("-\nRà soát hồ sơ.\n", ["Rà soát hồ sơ."]),
])
def test_lines_of_debris_are_dropped(text, texts):
    assert [p.text for p in paragraphs(text)] == texts


@pytest.mark.parametrize("text, paras", [
    # an article alone on its line takes the paragraph after it ...
    ("Điều 1.\n\nTán thành nội dung Báo cáo.\n", [("Điều 1.", "Tán thành nội dung Báo cáo.")]),
    # ... or, over numbered items, heads them with no text of its own
    ("Điều 3.\n\n1. Chính phủ báo cáo kết quả.\n\n2. Các Bộ giám sát.\n",
     [("Điều 3.", ""), ("1.", "Chính phủ báo cáo kết quả."), ("2.", "Các Bộ giám sát.")]),
    # (another bare marker over a marked item is still debris)
    ("a)\n1. Chính phủ báo cáo kết quả.\n", [("1.", "Chính phủ báo cáo kết quả.")]),
])
def test_a_bare_article_line(text, paras):
    assert [(p.marker.raw if p.marker else None, p.text) for p in paragraphs(text)] == paras


@pytest.mark.parametrize("text, count", [
    # a dash line after a heading's last line opens a bullet
    ("1. Giao người đứng đầu các cơ quan chuyên môn,\nỦy ban nhân dân các xã, phường\n"
     "- Tiếp tục cập nhật cơ sở dữ liệu.\n- Quán triệt nhiệm vụ.\n", 3),
    # a name broken at its dash goes on
    ("Giao Sở Lao động\n- Thương binh và Xã hội chủ trì rà soát.\n", 1),
    # ... past a blank line OCR put in it, where the gazetteer knows the name
    ("Thành viên gồm: Sở Lao động\n\n- Thương binh và Xã hội, Sở Y tế.\n", 1),
    # ... but a heading's bullet after a blank opens its own paragraph
    ("3. Sở Tài chính\n\n- Trên cơ sở chức năng, chủ trì rà soát.\n", 2),
    ("1.1. Trưởng Ban Chỉ đạo\n\n- Phụ trách chung, điều hành.\n", 2),
])
def test_a_dash_line_after_an_unfinished_line(text, count):
    assert len(paragraphs(text)) == count


@pytest.mark.parametrize("line, texts", [
    # an agency heading and its first bullet on one line
    ("b) Bộ Tài chính - Trình Chính phủ dự thảo Nghị định.", ["Bộ Tài chính", "Trình Chính phủ dự thảo Nghị định."]),
    # ... not a name with a dash in it, whole on its line
    ("7. Cục Kinh tế - Quản lý đầu tư xây dựng", ["Cục Kinh tế - Quản lý đầu tư xây dựng"]),
    # ... nor a second name for the same body, the order going on after it
    ("4. Giao Bộ Tài chính - Cơ quan thường trực Ban Chỉ đạo đôn đốc các Bộ triển khai.",
     ["Giao Bộ Tài chính - Cơ quan thường trực Ban Chỉ đạo đôn đốc các Bộ triển khai."]),
    # ... nor a second subject of the same order
    ("1. Sở Y tế - Công an tỉnh tăng cường kiểm tra.", ["Sở Y tế - Công an tỉnh tăng cường kiểm tra."]),
])
def test_a_dash_after_an_agency_heading(line, texts):
    use_letter_names(["Các Cục: Kinh tế - Quản lý đầu tư xây dựng, Đường bộ Việt Nam"])
    try:
        assert [p.text for p in paragraphs(line + "\n")] == texts
    finally:
        use_letter_names([])


@pytest.mark.parametrize("doc, first", [
    # a heading line that ends on a title or "Giao" waits for the body it names
    ("8. Giám đốc\nSở, Thủ trưởng cơ quan, ban, ngành\na) Phối hợp tuyên truyền.\n",
     "Giám đốc Sở, Thủ trưởng cơ quan, ban, ngành"),
    ("3. Giao\nSở Nội vụ\n- Tổng hợp kết quả.\n", "Giao Sở Nội vụ"),
    ("c) Đối với tập thể Thường trực\nHội đồng nhân dân cấp xã:\n- Thực hiện theo hướng dẫn.\n",
     "Đối với tập thể Thường trực Hội đồng nhân dân cấp xã:"),
    # must not: a short heading over its body, or a sentence ending on "được giao"
    ("1. Về tiến độ giải ngân\nTỷ lệ giải ngân còn thấp.\n", "Về tiến độ giải ngân"),
    ("1. Thực hiện tốt các nhiệm vụ được giao\nSở Y tế chủ trì rà soát.\n", "Thực hiện tốt các nhiệm vụ được giao"),
])
def test_a_heading_line_left_on_a_title_goes_on(doc, first):
    assert paragraphs(doc)[0].text == first


@pytest.mark.parametrize("text, count", [
    # the closing courtesy opens its own paragraph, however the line before it ends
    ("Đề nghị gửi ý kiến về Bộ Tài chính (điện thoại: 024-2220, máy lẻ 52).\n"
     "Trân trọng cảm ơn sự hợp tác của Quý cơ quan./.\n", 2),
    ("Đề nghị các đơn vị thực hiện nghiêm túc\nTrân trọng./.\n", 2),
    # ... not a sentence that only holds the words
    ("Bộ ghi nhận và trân trọng cảm ơn sự phối hợp của các đơn vị trong thời gian\nqua.\n", 1),
])
def test_the_closing_courtesy_is_a_paragraph_of_its_own(text, count):
    assert len(paragraphs(text)) == count


@pytest.mark.parametrize("text, items", [
    # an enumeration opened inside another's item closes at the outer one's next label
    ("1. Các bộ: (1) rà soát thủ tục; (2) các địa phương tập trung: (i) sửa đổi quy định; "
     "(ii) số hóa hồ sơ; (3) báo cáo kết quả.",
     ["Các bộ:", "rà soát thủ tục;", "các địa phương tập trung:", "sửa đổi quy định;", "số hóa hồ sơ;",
      "báo cáo kết quả."]),
    # a label that ends its line: its text is on the next line
    ("1. Bộ Công an: (1) rà soát dữ liệu; (2)\nTham mưu ban hành nghị định; (3) tổng hợp kết quả.",
     ["Bộ Công an:", "rà soát dữ liệu;", "Tham mưu ban hành nghị định;", "tổng hợp kết quả."]),
    # the first label at the start of the line after the colon, the next ones run in
    ("Sở Khoa học và Công nghệ chủ trì triển khai các nhiệm vụ sau. Cụ thể:\n(i) Rà soát trình độ công nghệ; (ii)\n"
     "Tổ chức chương trình hỗ trợ; (iii) Phối hợp với Ban Quản lý Khu kinh tế.",
     ["Sở Khoa học và Công nghệ chủ trì triển khai các nhiệm vụ sau. Cụ thể:", "Rà soát trình độ công nghệ;",
      "Tổ chức chương trình hỗ trợ;", "Phối hợp với Ban Quản lý Khu kinh tế."]),
    # ... a full stop after each bracket
    ("Giao Sở Nội vụ thực hiện các nội dung sau:\n(i). Rà soát danh mục; (ii). Tổ chức tập huấn; (iii). Báo cáo.",
     ["Giao Sở Nội vụ thực hiện các nội dung sau:", "Rà soát danh mục;", "Tổ chức tập huấn;", "Báo cáo."]),
    # ... not after a line that ends no lead-in
    ("Sở Khoa học và Công nghệ chủ trì triển khai các nhiệm vụ sau.\n(i) Rà soát trình độ công nghệ; (ii) "
     "Tổ chức chương trình hỗ trợ.",
     ["Sở Khoa học và Công nghệ chủ trì triển khai các nhiệm vụ sau.",
      "Rà soát trình độ công nghệ; (ii) Tổ chức chương trình hỗ trợ."]),
    # no enumeration is open: a label out of sequence, or after no colon, is the text's own
    ("1. Bộ Công an rà soát dữ liệu; (2)\ntham mưu ban hành nghị định.",
     ["Bộ Công an rà soát dữ liệu; (2) tham mưu ban hành nghị định."]),
    ("1. Các bộ: (1) rà soát thủ tục; (ii) số hóa hồ sơ.", ["Các bộ:", "rà soát thủ tục; (ii) số hóa hồ sơ."]),
])
def test_run_in_enumerations_nest_and_may_break_after_a_label(text, items):
    assert [p.text for p in paragraphs(text)] == items


@pytest.mark.parametrize("doc, texts", [
    # a lead's verbs at a short line's end wait for the partners on the next line
    ("b) Đài Phát thanh tỉnh chủ trì, phối hợp\nSở Văn hóa, Sở Du lịch xây dựng phóng sự.\n",
     ["Đài Phát thanh tỉnh chủ trì, phối hợp Sở Văn hóa, Sở Du lịch xây dựng phóng sự."]),
    ("b) Sở Y tế chủ trì phối hợp\nCông an tỉnh kiểm tra.\n", ["Sở Y tế chủ trì phối hợp Công an tỉnh kiểm tra."]),
    # ... but a heading about the partners' part is a heading over its body
    ("3. Nhiệm vụ phối hợp\nSở Y tế cử cán bộ tham gia.\n", ["Nhiệm vụ phối hợp", "Sở Y tế cử cán bộ tham gia."]),
])
def test_a_line_left_on_the_partners_verb_goes_on(doc, texts):
    assert [p.text for p in paragraphs(doc)] == texts



def test_a_heading_left_on_an_associations_head_goes_on():
    doc = "6. Đề nghị: Hiệp hội\nDoanh nghiệp tỉnh, Hội Nông dân tỉnh\n\na) Tuyên truyền, vận động hội viên.\n"
    assert [p.text for p in paragraphs(doc)][0] == "Đề nghị: Hiệp hội Doanh nghiệp tỉnh, Hội Nông dân tỉnh"


# Text laid out as its PDF prints it: paragraphs open with an indent, wrapped lines start at
# the margin, a page number stands alone between pages.
_LAID_OUT = "".join(f"dòng thứ {i} của một đoạn văn bản dài được ngắt dòng ở lề phải của trang giấy\n"
                    for i in range(8))


@pytest.mark.parametrize("body, texts", [
    # a numbered heading wrapped to the margin, then its body's indented first line
    ("      2.3. Đối với công tác quản lý, thống kê, kê khai sản lượng và trữ lượng trong\n"
     "quá trình khai thác khoáng sản và công tác báo cáo kết quả khai thác, thu hồi\n"
     "khoáng sản\n"
     "       Yêu cầu thực hiện công tác thống kê theo hướng dẫn của Sở Tài chính.\n",
     ["Đối với công tác", "Yêu cầu thực hiện"]),
    # ... not a line at the margin (the heading's own last words), nor an indented one in
    # lower case (a sentence that goes on)
    ("      2.3. Đối với công tác quản lý, thống kê, kê khai sản lượng và trữ lượng trong\n"
     "Quá trình khai thác khoáng sản.\n", ["Đối với công tác"]),
    ("      2.3. Đối với công tác quản lý, thống kê, kê khai sản lượng và trữ lượng trong\n"
     "quá trình khai thác khoáng sản và công tác báo cáo kết quả khai thác, thu hồi\n"
     "       khoáng sản, yêu cầu thực hiện công tác thống kê.\n", ["Đối với công tác"]),
])
def test_an_indented_line_after_a_wrapped_heading_opens_its_body(body, texts):
    paras = paragraphs(_LAID_OUT + body)
    assert [p.text[:len(t)] for p, t in zip(paras[1:], texts)] == texts and len(paras) == len(texts) + 1


@pytest.mark.parametrize("page_foot, dropped", [
    # a footnote over the page number, its number stuck to a word or a year above
    ("       1 Hồ sơ đăng ký được quy định tại\n\nkhoản 2 Điều 8 Thông tư số 36/2025/TT-BNNMT.\n", True),
    # ... not an item whose marker lost its dot, with no such number above
    ("       3 Sở Tài chính bố trí kinh phí thực hiện.\n", False),
])
def test_a_footnote_at_a_pages_foot_is_no_paragraph(page_foot, dropped):
    above = "      - Thực hiện cắm mốc theo đúng quy định của pháp luật1.\n" if "1 Hồ" in page_foot else \
        "      - Thực hiện cắm mốc theo đúng quy định của pháp luật.\n"
    text = _LAID_OUT + above + "\n" + page_foot + "                              2\n\n" \
        "      - Lập hồ sơ môi trường trình cơ quan có thẩm quyền.\n"
    texts = [p.text for p in paragraphs(text)]
    assert texts[-1].startswith("Lập hồ sơ")
    assert any(t.startswith(page_foot.split()[0] + " ") for t in texts) != dropped


@pytest.mark.parametrize("above, dropped", [
    # two notes at one page's foot, both marked above
    ("      - Thực hiện theo quy định của pháp luật1 và hướng dẫn của Bộ Tài chính2.\n", 2),
    # ... as the matching view parts them from their words ("luật 1.": ending a clause)
    ("      - Thực hiện theo quy định của pháp luật 1; hướng dẫn của Bộ Tài chính 2.\n", 2),
    ("      - Thực hiện theo khoản 1 Điều 8 và khoản 2 Điều 9 của Luật.\n", 0),
    # ... not a unit's figure ("500 m2", "CO2") taken for a note's mark
    ("      - Giải phóng 500 m2 mặt bằng, giảm phát thải CO2 tại khu công nghiệp.\n", 0),
])
def test_a_pages_notes_are_dropped_only_where_marked(above, dropped):
    foot = ("\n       1 Luật Đất đai năm 2024.\n\n       2 Sở Tài chính chủ trì thẩm định kinh phí.\n"
            "                              2\n\n      - Lập hồ sơ môi trường trình cơ quan có thẩm quyền.\n")
    texts = [p.text for p in paragraphs(_LAID_OUT + above + foot)]
    kept = sum(t.startswith(("1 Luật", "2 Sở")) for t in texts)
    assert kept == 2 - dropped and texts[-1].startswith("Lập hồ sơ")
