"""A plan's labelled fields (pipeline/fields.py; ANNOTATION.md, "Headings and fields"):
which label a line writes out and where its value starts; and lines that are no field."""
import pytest

from pipeline.fields import read_field


@pytest.mark.parametrize("line, kind, value", [
    # who leads, who supports, who performs
    ("Đơn vị chủ trì: Sở Tư pháp", "lead", "Sở Tư pháp"),
    ("Cơ quan chủ trì: Sở Nội vụ.", "lead", "Sở Nội vụ."),
    ("Chủ trì: Sở Y tế", "lead", "Sở Y tế"),
    ("Đơn vị chủ trì tham mưu thực hiện: Sở Nội vụ", "lead", "Sở Nội vụ"),
    ("Cơ quan chủ trì tham mưu: Sở Xây dựng", "lead", "Sở Xây dựng"),
    ("Cơ quan phối hợp: Sở Tài chính", "support", "Sở Tài chính"),
    ("Đơn vị phối hợp thực hiện: Công an tỉnh", "support", "Công an tỉnh"),
    ("Phối hợp: Sở Tài chính", "support", "Sở Tài chính"),
    ("Cơ quan chủ trì, phối hợp: Sở Y tế; Sở Tài chính", "lead_support", "Sở Y tế; Sở Tài chính"),
    ("Cơ quan (đơn vị) thực hiện: UBND các xã", "performer", "UBND các xã"),
    ("Đơn vị thực hiện: Sở Y tế", "performer", "Sở Y tế"),
    ("Trách nhiệm thực hiện: Sở Y tế", "performer", "Sở Y tế"),
    # when, what
    ("Thời hạn: quý IV/2025", "deadline", "quý IV/2025"),
    ("Thời gian thực hiện: năm 2026", "deadline", "năm 2026"),
    ("Thời gian hoàn thành: 30/6/2026", "deadline", "30/6/2026"),
    ("Tiến độ thực hiện: Quý III/2025", "deadline", "Quý III/2025"),
    ("Sản phẩm: Quyết định của UBND tỉnh", "product", "Quyết định của UBND tỉnh"),
    ("Kết quả/sản phẩm: Báo cáo tổng kết", "product", "Báo cáo tổng kết"),
    ("Sản phẩm đầu ra: Kế hoạch triển khai", "product", "Kế hoạch triển khai"),
    ("Hình thức văn bản: Công văn", "product", "Công văn"),
    # the content of the unit, and fields that carry no role
    ("Nội dung: Rà soát các văn bản", "content", "Rà soát các văn bản"),
    ("Kinh phí thực hiện: ngân sách tỉnh", "other", "ngân sách tỉnh"),
    ("Địa điểm: Hội trường UBND tỉnh", "other", "Hội trường UBND tỉnh"),
    ("Mục tiêu: nâng cao chất lượng dịch vụ", "other", "nâng cao chất lượng dịch vụ"),
    # a label standing alone heads the values under it
    ("Đơn vị chủ trì", "lead", ""),
    ("Thời hạn hoàn thành", "deadline", ""),
])
def test_field_lines(line, kind, value):
    field = read_field(line)
    assert field is not None
    assert (field.kind, line[field.value_start:]) == (kind, value)


@pytest.mark.parametrize("line", [
    # orders that open with a role word are no fields
    "Chủ trì, phối hợp với Sở Nội vụ tham mưu bố trí kinh phí",
    "Phối hợp với Sở Tài chính thẩm định dự toán",
    "Chủ trì tham mưu UBND tỉnh ban hành kế hoạch",
    # a label's first words in a sentence
    "Thời gian qua, các đơn vị đã triển khai nhiều giải pháp",
    "Sản phẩm của địa phương được quảng bá rộng rãi",
    "Thời hạn nộp hồ sơ là 30 ngày",
    "Rà soát các văn bản quy phạm pháp luật",
    "",
])
def test_no_field(line):
    assert read_field(line) is None
