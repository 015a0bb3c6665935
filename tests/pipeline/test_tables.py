import pytest

from pipeline import extract
from pipeline.tables import find_task_tables

TABLE = """KẾ HOẠCH
Kính gửi: Các sở, ban, ngành.

Thực hiện Kế hoạch số 7316/KH-UBND ngày 22/10/2025, UBND tỉnh giao nhiệm vụ như sau:

| TT | Nội dung nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành | Sản phẩm |
|---|---|---|---|---|---|
| I | NHIỆM VỤ CHUNG | | | | |
| 1 | Xây dựng Kế hoạch chuyển đổi số năm 2026 | Sở Khoa học và Công nghệ | Các sở, ban, ngành | Tháng 10/2025 | Kế hoạch |
| 2 | Rà soát thủ tục hành chính | Văn phòng UBND tỉnh | Sở Tư pháp; Sở Nội vụ | Thường xuyên | Báo cáo |
| 3 | Tổng kết thực hiện Đề án | Sở Nội vụ | | Quý IV/2025 | |
"""


def test_header_wording_maps_columns():
    (table,) = find_task_tables(TABLE)
    assert table.columns == ["index", "text", "lead", "support", "deadline", "product"]
    assert [r.cells["text"].text for r in table.rows] == [
        "Xây dựng Kế hoạch chuyển đổi số năm 2026", "Rà soát thủ tục hành chính",
        "Tổng kết thực hiện Đề án"]


def test_table_rows_become_tasks_with_every_column():
    letter = extract(TABLE)
    assert [t.text for t in letter.tasks] == [
        "Xây dựng Kế hoạch chuyển đổi số năm 2026", "Rà soát thủ tục hành chính",
        "Tổng kết thực hiện Đề án"]
    first, second, third = letter.tasks
    assert first.lead == ["Sở Khoa học và Công nghệ"] and first.support == ["Các sở, ban, ngành"]
    assert (first.deadline.kind, first.deadline.due) == ("month", "2025-10-31")
    assert first.deliverables == ["Kế hoạch"]
    assert second.support == ["Sở Tư pháp", "Sở Nội vụ"] and second.deadline.kind == "continuous"
    assert (third.deadline.kind, third.deadline.due) == ("quarter", "2025-12-31")
    for t in letter.tasks:
        assert TABLE[t.span.start:t.span.end].startswith("|")


def test_a_table_without_lead_column_is_not_a_task_table():
    text = "| TT | Nội dung | Ghi chú |\n|---|---|---|\n| 1 | Một | Hai |\n"
    assert find_task_tables(text) == []


def test_repeated_header_and_column_number_rows_are_not_tasks():
    head = "| TT | Nội dung nhiệm vụ | Cơ quan chủ trì | Thời gian hoàn thành |\n|---|---|---|---|\n"
    text = (TABLE.split("| TT")[0] + head + "| (1) | (2) | (3) | (4) |\n"
            "| 1 | Xây dựng Kế hoạch | Sở Nội vụ | Tháng 10/2025 |\n\n"
            + head + "| 2 | Tổng kết Kế hoạch | Sở Tài chính | Quý IV/2025 |\n")
    assert [t.text for t in extract(text).tasks] == ["Xây dựng Kế hoạch", "Tổng kết Kế hoạch"]


# a crawl that writes one cell a line, in the appendix after the plan's signature
CELLS = """ỦY BAN NHÂN DÂN
THÀNH PHỐ HÀ NỘI
Số: 95/KH-UBND
Hà Nội, ngày 06 tháng 5 năm 2026

KẾ HOẠCH
Phát triển mạng lưới cấp nước

I. NHIỆM VỤ

1. Sở Xây dựng rà soát quy hoạch cấp nước.

TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH

PHỤ LỤC
NHIỆM VỤ CHỦ YẾU

|
**TT**
|
**Nội dung/nhiệm vụ**
|
**Cơ quan**
**chủ trì**
|
**Cơ quan phối hợp**
|
**Thời gian thực hiện**
|
|
1
|
Tổ chức rà soát, cập nhật
quy hoạch mạng lưới cấp nước
|
Ban Quản lý các khu kinh tế và khu công nghiệp
|
Sở Công Thương; UBND các phường, xã
|
Quý II Năm 2027
|
|
2
|
Khảo sát hiện trạng mạng lưới cấp nước
|
Sở Xây dựng
|
|
Tháng 11/2026
|
"""


def test_a_one_cell_a_line_table_after_the_signature_gives_tasks_in_no_section():
    (table,) = find_task_tables(CELLS)
    assert table.columns == ["index", "text", "lead", "support", "deadline"]
    letter = extract(CELLS)
    rows = [t for t in letter.tasks if t.section is None]
    assert [t.text for t in rows] == ["Tổ chức rà soát, cập nhật quy hoạch mạng lưới cấp nước",
                                      "Khảo sát hiện trạng mạng lưới cấp nước"]
    assert rows[0].support == ["Sở Công Thương", "UBND các phường, xã"]
    assert (rows[0].deadline.kind, rows[0].deadline.due) == ("quarter", "2027-06-30")
    assert rows[1].lead == ["Sở Xây dựng"] and rows[1].support == []
    # an empty cell inside a row keeps the columns after it in place
    assert (rows[1].deadline.kind, rows[1].deadline.due) == ("month", "2026-11-30")
    # the plan's own item stays in its section
    assert [t.section for t in letter.tasks if t.section] == ["I"]


def test_lone_bars_around_prose_are_no_table():
    text = "|\nKính gửi: Các sở\n|\n\nUBND tỉnh giao Sở Y tế chủ trì thực hiện.\n|\n"
    assert find_task_tables(text) == []


def test_a_one_cell_a_line_row_with_empty_cells_keeps_its_columns():
    rows = "\n".join(["|", "TT", "|", "Nội dung", "|", "Cơ quan chủ trì", "|", "Thời gian", "|", "|",
                       "", "|", "Kiểm tra cơ sở", "|", "Sở Y tế", "|", "Quý II/2026", "|", "|",
                       "2", "|", "Báo cáo kết quả", "|", "", "|", "Tháng 6/2026", "|", ""])
    (table,) = find_task_tables(rows)
    assert [{k: c.text for k, c in r.cells.items()} for r in table.rows] == [
        {"text": "Kiểm tra cơ sở", "lead": "Sở Y tế", "deadline": "Quý II/2026"},
        {"index": "2", "text": "Báo cáo kết quả", "deadline": "Tháng 6/2026"}]


def _one_cell_a_line(rows: list[list[str]]) -> str:
    """Rows written as a crawl writes them: each cell between lone bars, a row ended by an
    empty cell."""
    return "|\n" + "".join("".join(f"{cell}\n|\n" for cell in row) + "|\n" for row in rows)


HEADER = ["**TT**", "**Nội dung thực\nhiện**", "**Cơ quan chủ trì**", "**Cơ quan phối hợp**",
          "**Thời gian hoàn\nthành**"]


def test_group_rows_and_a_title_run_into_the_header_keep_the_columns():
    # the signature and the appendix's title run into the header (no empty cell between), and each group's
    # roman numeral and title span the row: fewer cells, then the row's end
    text = ("**PHỤ LỤC**\n" + _one_cell_a_line(
        [["**TM. ỦY BAN NHÂN DÂN**\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nNguyễn Văn An",
          "**PHỤ LỤC**\nDANH MỤC NHIỆM VỤ TRIỂN KHAI KẾ HOẠCH\n*(Kèm theo Kế hoạch số 98/KH-UBND)*", *HEADER],
         ["**I**", "**KIỆN TOÀN BỘ MÁY**"],
         ["1", "Kiện toàn Ban Chỉ đạo cấp xã", "UBND cấp xã", "Văn phòng Ban Chỉ đạo", "Trước ngày 30/11/2026"],
         ["**II**", "**TUYÊN TRUYỀN**"],
         ["1", "Tuyên truyền pháp luật", "Sở Tư pháp", "Các sở, ngành", "2026"]]))
    (table,) = find_task_tables(text)
    assert table.columns == ["index", "text", "lead", "support", "deadline"]
    assert [(r.cells["text"].text, r.cells["lead"].text) for r in table.rows] == [
        ("Kiện toàn Ban Chỉ đạo cấp xã", "UBND cấp xã"), ("Tuyên truyền pháp luật", "Sở Tư pháp")]


def test_a_row_that_opens_with_a_capital_letter_item_is_no_group_row():
    # a data row whose first cell is a letter keeps all its cells, an empty one too
    text = _one_cell_a_line([HEADER, ["A", "Rà soát hồ sơ", "", "Sở Tư pháp", "Quý IV/2026"],
                             ["B", "Kiểm tra hồ sơ", "Sở Nội vụ", "Sở Tư pháp", "2026"]])
    (table,) = find_task_tables(text)
    assert [(r.cells["text"].text, r.cells["support"].text) for r in table.rows] == [
        ("Rà soát hồ sơ", "Sở Tư pháp"), ("Kiểm tra hồ sơ", "Sở Tư pháp")]


def test_a_first_column_the_header_names_otherwise_stays_a_column():
    text = _one_cell_a_line([["Thứ tự", "Nội dung", "Cơ quan chủ trì", "Thời hạn"],
                             ["1", "Rà soát hồ sơ", "Sở Nội vụ", "Quý IV/2026"], ["2", "Kiểm tra", "Sở Tư pháp", "2026"]])
    (table,) = find_task_tables(text)
    assert [(r.cells["text"].text, r.cells["lead"].text) for r in table.rows] == [
        ("Rà soát hồ sơ", "Sở Nội vụ"), ("Kiểm tra", "Sở Tư pháp")]


# a Word table pasted as text: one cell a line, nothing between them
def _pasted(*lines: str) -> str:
    return "\n".join(lines) + "\n"


PASTED_HEAD = ("STT", "Nội dung công việc", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời hạn")


@pytest.mark.parametrize("lines, rows", [
    # each row a number and a line a cell
    ([*PASTED_HEAD, "1", "Rà soát điểm ngập", "Sở Xây dựng", "UBND các xã", "15/9/2026",
      "2", "Lắp biển cảnh báo", "Công an tỉnh", "Sở Xây dựng", "30/9/2026"],
     [("Rà soát điểm ngập", "Sở Xây dựng", "UBND các xã", "15/9/2026"),
      ("Lắp biển cảnh báo", "Công an tỉnh", "Sở Xây dựng", "30/9/2026")]),
    # a task text wrapped over two lines stays one cell; numbers with a dot; the columns'
    # numbers under the header are no row
    ([*PASTED_HEAD, "(1)", "(2)", "(3)", "(4)", "(5)", "1.", "Khảo sát hiện trạng", "kho lưu trữ", "Sở Nội vụ",
      "Các sở", "Quý III/2026", "2.", "Chỉnh lý tài liệu", "Sở Nội vụ", "UBND các xã", "Năm 2026"],
     [("Khảo sát hiện trạng kho lưu trữ", "Sở Nội vụ", "Các sở", "Quý III/2026"),
      ("Chỉnh lý tài liệu", "Sở Nội vụ", "UBND các xã", "Năm 2026")]),
    # a group's numeral and title between rows, its rows numbered from 1 again
    ([*PASTED_HEAD, "1", "Kiện toàn tổ công tác", "UBND các xã", "Công an xã", "Tháng 8/2026",
      "II", "TUYÊN TRUYỀN", "1", "In tờ rơi", "Sở Văn hóa, Thể thao và Du lịch", "Đoàn Thanh niên", "Tháng 9/2026"],
     [("Kiện toàn tổ công tác", "UBND các xã", "Công an xã", "Tháng 8/2026"),
      ("In tờ rơi", "Sở Văn hóa, Thể thao và Du lịch", "Đoàn Thanh niên", "Tháng 9/2026")]),
    # the last row takes its columns' lines; a note after the table is not its
    ([*PASTED_HEAD, "1", "Tổng kết năm", "Sở Tài chính", "Các sở", "Tháng 12/2026",
      "Ghi chú: Sở Tài chính theo dõi, đôn đốc."],
     [("Tổng kết năm", "Sở Tài chính", "Các sở", "Tháng 12/2026")]),
    # a cell left empty prints no line: the time goes to its column
    ([*PASTED_HEAD, "1", "Rà soát hạ tầng mạng", "Sở Khoa học và Công nghệ", "Quý II/2026",
      "2", "Bố trí kinh phí", "Sở Tài chính", "Sở Nội vụ", "Tháng 6/2026"],
     [("Rà soát hạ tầng mạng", "Sở Khoa học và Công nghệ", "", "Quý II/2026"),
      ("Bố trí kinh phí", "Sở Tài chính", "Sở Nội vụ", "Tháng 6/2026")]),
    # a list wrapped in its cell stays in it
    ([*PASTED_HEAD, "1", "Rà soát hồ sơ", "Sở Khoa học và Công nghệ", "Sở Tài chính;", "Sở Nội vụ", "Quý II/2026"],
     [("Rà soát hồ sơ", "Sở Khoa học và Công nghệ", "Sở Tài chính; Sở Nội vụ", "Quý II/2026")]),
    # a short last row, then an order of its own after the table
    ([*PASTED_HEAD, "1", "Rà soát hồ sơ", "Sở Y tế", "Sở Nội vụ", "Quý II/2026",
      "2", "Bố trí kinh phí", "Sở Tài chính", "Tháng 6/2026",
      "Giao Sở Nội vụ theo dõi, đôn đốc, báo cáo UBND tỉnh trước ngày 30/6/2026."],
     [("Rà soát hồ sơ", "Sở Y tế", "Sở Nội vụ", "Quý II/2026"), ("Bố trí kinh phí", "Sở Tài chính", "", "Tháng 6/2026")]),
])
def test_a_pasted_table_reads_a_row_from_each_number(lines, rows):
    (table,) = find_task_tables(_pasted(*lines))
    assert table.columns == ["index", "text", "lead", "support", "deadline"]
    assert [tuple(r.cells[k].text if k in r.cells else "" for k in ("text", "lead", "support", "deadline"))
            for r in table.rows] == rows


@pytest.mark.parametrize("lines", [
    # a list that happens to open with "STT" but names no lead column
    ("STT", "Nội dung", "Ghi chú", "1", "Họp tổ", "Tuần 1"),
    # numbered prose: no header of column names
    ("1", "Sở Y tế chủ trì kiểm tra.", "2", "Sở Tài chính bố trí kinh phí."),
    # a header whose rows never start at 1
    (*PASTED_HEAD, "Sở Y tế chủ trì, phối hợp với các sở kiểm tra an toàn thực phẩm."),
    # a report form to fill in, its prompts in brackets
    ("Các sở báo cáo kết quả theo mẫu sau:", "STT", "Nội dung", "Đơn vị thực hiện", "Kết quả", "1",
     "Công tác chỉ đạo, điều hành", "(nêu các văn bản đã ban hành)", "(số văn bản)"),
    ("2. Các sở báo cáo kết quả như sau:", "STT", "Nội dung", "Đơn vị thực hiện", "Kết quả", "1",
     "Công tác chỉ đạo, điều hành", "(nêu các văn bản đã ban hành)", "(số văn bản)"),
])
def test_no_pasted_table_without_a_header_and_numbered_rows(lines):
    assert all(not t.rows for t in find_task_tables(_pasted(*lines)))


def test_a_pasted_table_gives_a_task_a_row_with_its_columns():
    letter = extract(_pasted("KẾ HOẠCH", "Triển khai diễn tập phòng cháy", "", *PASTED_HEAD,
                             "1", "Xây dựng kịch bản diễn tập", "Công an tỉnh", "Sở Y tế; Sở Xây dựng", "20/9/2026"))
    (task,) = letter.tasks
    assert task.text == "Xây dựng kịch bản diễn tập"
    assert task.lead == ["Công an tỉnh"] and task.support == ["Sở Y tế", "Sở Xây dựng"]
    assert task.deadline.due == "2026-09-20"


def test_a_pasted_table_keeps_a_column_it_does_not_read_and_a_number_in_a_cell():
    # "Ghi chú" and a count are columns of their own; the count "2" opens no row
    (table,) = find_task_tables(_pasted(
        "STT", "Nội dung công việc", "Cơ quan chủ trì", "Số lớp", "Thời hạn", "Ghi chú",
        "1", "Tập huấn chuyển đổi số", "Sở Khoa học và Công nghệ", "2", "Quý III/2026", "Cấp tỉnh",
        "2", "Tập huấn an toàn thông tin", "Công an tỉnh", "3", "Quý IV/2026", "Cấp xã"))
    assert [(r.cells["text"].text, r.cells["lead"].text, r.cells["deadline"].text) for r in table.rows] == [
        ("Tập huấn chuyển đổi số", "Sở Khoa học và Công nghệ", "Quý III/2026"),
        ("Tập huấn an toàn thông tin", "Công an tỉnh", "Quý IV/2026")]


def test_the_order_after_a_pasted_table_is_a_task_of_its_own():
    letter = extract(_pasted("KẾ HOẠCH", "Triển khai diễn tập phòng cháy", "", *PASTED_HEAD,
                             "1", "Xây dựng kịch bản diễn tập", "Công an tỉnh", "Sở Y tế", "20/9/2026",
                             "2", "Bố trí kinh phí", "Sở Tài chính", "Tháng 9/2026",
                             "Giao Sở Nội vụ theo dõi, đôn đốc, báo cáo UBND tỉnh trước ngày 30/9/2026."))
    assert [t.lead for t in letter.tasks] == [["Công an tỉnh"], ["Sở Tài chính"], ["Sở Nội vụ"]]
    assert letter.tasks[1].deadline.due == "2026-09-30" and letter.tasks[1].support == []


# A Word table saved as text, its cells joined by " | " with no bars at the ends: a
# spanning column named on a second header line, group rows, a time cell merged down
# over the rows of its group, and spans of months ("10-11/2025").
BARRED = """KẾ HOẠCH
Kính gửi: Các đơn vị thuộc Bộ.

Bộ giao nhiệm vụ như sau:

Thời gian | Nội dung công việc | Thực hiện
 |  | Đơn vị chủ trì | Đơn vị phối hợp
I | GIAI ĐOẠN 1: CHUẨN BỊ
1 | Xây dựng đề cương |  | 
10-11/2025 | Xây dựng đề cương chi tiết | Vụ Kế hoạch | - Vụ Pháp chế; - Văn phòng Bộ.
 | Lấy ý kiến các đơn vị | Vụ Kế hoạch | - Văn phòng Bộ.
2 | Thẩm định |  | 
12/2025 | Trình thẩm định đề cương | Vụ Pháp chế | 
 | Hoàn thiện đề cương | Vụ Pháp chế | Vụ Kế hoạch
"""


def test_a_barred_table_with_a_two_line_header_gives_a_task_a_row():
    (table,) = find_task_tables(BARRED)
    assert table.columns == ["deadline", "text", "lead", "support"]
    letter = extract(BARRED)
    assert [t.text for t in letter.tasks] == [
        "Xây dựng đề cương chi tiết", "Lấy ý kiến các đơn vị", "Trình thẩm định đề cương", "Hoàn thiện đề cương"]
    first, second, third, fourth = letter.tasks
    assert first.lead == ["Vụ Kế hoạch"] and first.support == ["Vụ Pháp chế", "Văn phòng Bộ"]
    # a span of months ends with its last; a blank time cell under a filled one is the
    # same merged cell, down to the next group
    assert [(t.deadline.kind, t.deadline.due) for t in letter.tasks] == [
        ("month", "2025-11-30"), ("month", "2025-11-30"), ("month", "2025-12-31"), ("month", "2025-12-31")]
    assert third.support == [] and fourth.support == ["Vụ Kế hoạch"]


@pytest.mark.parametrize("text", [
    # a letterhead and a signature block laid side by side are no table
    "ỦY BAN NHÂN DÂN TỈNH X |  | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
    "Số: 12/UBND-KT |  | X, ngày 02 tháng 3 năm 2026\n"
    "V/v tăng cường quản lý |  | \n\nKính gửi: | - Các sở, ban, ngành.\n",
    # a barred table with no lead column
    "Thời gian | Nội dung | Ghi chú\n10/2025 | Rà soát hồ sơ | \n11/2025 | Tổng hợp | \n",
])
def test_no_barred_table_without_its_columns(text):
    assert find_task_tables(text) == []


def test_a_group_row_of_a_barred_table_stops_the_time_carried_down():
    text = BARRED.replace("12/2025 | Trình thẩm định", " | Trình thẩm định")
    times = [t.deadline for t in extract(text).tasks]
    assert times[2] is None and times[3] is None


def test_a_numbered_row_s_blank_time_is_blank():
    text = ("Bộ giao nhiệm vụ như sau:\n\n"
            "STT | Nhiệm vụ | Đơn vị chủ trì | Đơn vị phối hợp | Thời hạn\n"
            "1 | Rà soát hồ sơ | Vụ Kế hoạch | Văn phòng Bộ | Tháng 5/2026\n"
            "2 | Tổng kết, đánh giá | Vụ Pháp chế |  | \n")
    (table,) = find_task_tables(text)
    assert "deadline" in table.rows[0].cells and "deadline" not in table.rows[1].cells


# A PDF's table as a converter wrote it: the header a markdown row, a column that did not fit
# spilled onto the next line, the rows one cell a line; numbered groups over lettered rows.
_MD_HEAD = "| TT | Nội dung hoạt động | Cơ quan chủ trì | Cơ quan phối hợp |\n| --- | --- | --- | --- |\n"


@pytest.mark.parametrize("lines, rows", [
    (["Thời gian thực hiện", "1", "Tuyên truyền, phổ biến Nghị định", "a)", "Tổ chức hội nghị phổ biến",
      "Cục Kiểm lâm", "Vụ Pháp chế", "Quý III, IV/2026", "b)", "In tài liệu hướng dẫn", "Cục Kiểm lâm",
      "Các đơn vị liên quan", "Thường xuyên", "2", "Tổng kết thực hiện", "Cục Kiểm lâm", "Vụ Pháp chế",
      "Quý IV/2027"],
     [("a)", "Tổ chức hội nghị phổ biến", "Cục Kiểm lâm", "Vụ Pháp chế", "Quý III, IV/2026"),
      ("b)", "In tài liệu hướng dẫn", "Cục Kiểm lâm", "Các đơn vị liên quan", "Thường xuyên"),
      ("2", "Tổng kết thực hiện", "Cục Kiểm lâm", "Vụ Pháp chế", "Quý IV/2027")]),
    # (rows lettered "a." as well)
    (["Thời gian thực hiện", "1", "Tuyên truyền, phổ biến Nghị định", "a.", "Tổ chức hội nghị phổ biến",
      "Cục Kiểm lâm", "Vụ Pháp chế", "Quý III/2026", "b.", "In tài liệu hướng dẫn", "Cục Kiểm lâm",
      "Vụ Pháp chế", "Quý IV/2026"],
     [("a.", "Tổ chức hội nghị phổ biến", "Cục Kiểm lâm", "Vụ Pháp chế", "Quý III/2026"),
      ("b.", "In tài liệu hướng dẫn", "Cục Kiểm lâm", "Vụ Pháp chế", "Quý IV/2026")]),
    # (a group that fills cells of its own gives them to the rows that leave them blank)
    (["Thời gian thực hiện", "1", "Tuyên truyền Nghị định", "Cục Kiểm lâm", "Vụ Pháp chế", "Năm 2026",
      "a)", "Tổ chức hội nghị", "Quý III/2026", "b)", "In tài liệu", "Cục A", "Vụ B", "Quý IV/2026",
      "2", "Tổng kết", "Cục Kiểm lâm", "Vụ Pháp chế", "Quý IV/2027"],
     [("a)", "Tổ chức hội nghị", "Cục Kiểm lâm", "Vụ Pháp chế", "Quý III/2026"),
      ("b)", "In tài liệu", "Cục A", "Vụ B", "Quý IV/2026"),
      ("2", "Tổng kết", "Cục Kiểm lâm", "Vụ Pháp chế", "Quý IV/2027")]),
    # (plain numbered rows; a note after the last row is not its)
    (["Thời gian thực hiện", "1", "Rà soát văn bản", "Vụ Pháp chế", "Cục Kiểm lâm", "Quý III/2026",
      "Ghi chú: Vụ Pháp chế theo dõi, đôn đốc."],
     [("1", "Rà soát văn bản", "Vụ Pháp chế", "Cục Kiểm lâm", "Quý III/2026")]),
])
def test_rows_one_cell_a_line_under_a_markdown_header(lines, rows):
    tables = [t for t in find_task_tables(_MD_HEAD + _pasted(*lines)) if t.rows]
    (table,) = tables
    assert table.columns == ["index", "text", "lead", "support", "deadline"]
    assert [tuple(r.cells[k].text if k in r.cells else "" for k in ("index", "text", "lead", "support", "deadline"))
            for r in table.rows] == rows


@pytest.mark.parametrize("text, rows", [
    # a markdown table with rows of its own is read as one (no second reading of its lines)
    (_MD_HEAD + "| 1 | Rà soát văn bản | Vụ Pháp chế | Cục Kiểm lâm |\n\n1\nGhi chú\n", ["Rà soát văn bản"]),
    # numbered prose under a header with no row number's column
    ("| Nội dung | Cơ quan chủ trì |\n| --- | --- |\n1\nSở Y tế chủ trì kiểm tra.\n2\nSở Tài chính bố trí kinh phí.\n",
     []),
])
def test_no_rows_read_twice_or_from_prose_under_a_markdown_header(text, rows):
    assert [r.cells["text"].text for t in find_task_tables(text) for r in t.rows] == rows
