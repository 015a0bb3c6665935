import pytest

from extractors.agencies import find_agencies


def names(text):
    return [a.name for a in find_agencies(text)]


@pytest.mark.parametrize("text, expected", [
    ("Giao Sở Khoa học và Công nghệ chủ trì, phối hợp cơ quan, đơn vị liên quan tham mưu",
     ["Sở Khoa học và Công nghệ", "cơ quan, đơn vị liên quan"]),
    ("1. Các sở, ban, ngành, UBND các xã, phường", ["Các sở, ban, ngành", "UBND các xã, phường"]),
    ("phối hợp với Sở Tài chính, Sở Khoa học và Công nghệ tham mưu UBND tỉnh",
     ["Sở Tài chính", "Sở Khoa học và Công nghệ", "UBND tỉnh"]),
    ("Bộ Lao động - Thương binh và Xã hội khẩn trương", ["Bộ Lao động - Thương binh và Xã hội"]),
    ("báo cáo Sở Lao động - Thương binh và Xã hội và Sở Xây dựng.",
     ["Sở Lao động - Thương binh và Xã hội", "Sở Xây dựng"]),
    ("Thủ trưởng các sở, ban, ngành trực thuộc UBND tỉnh; Chủ tịch UBND các huyện, thành phố",
     ["Thủ trưởng các sở, ban, ngành trực thuộc UBND tỉnh", "Chủ tịch UBND các huyện, thành phố"]),
    ("Giám đốc Sở Lao động - Thương binh và Xã hội có trách nhiệm:",   # the title stands for the Sở
     ["Sở Lao động - Thương binh và Xã hội"]),
    ("Ủy ban nhân dân tỉnh Nghệ An chủ động rà soát", ["Ủy ban nhân dân tỉnh Nghệ An"]),
    ("trình Thường trực Ủy ban nhân dân Thành phố kế hoạch", ["Thường trực Ủy ban nhân dân Thành phố"]),
    ("Phân công Phó Thủ tướng Lê Minh Khái sớm tổ chức", ["Phó Thủ tướng Lê Minh Khái"]),
    ("Ngân hàng Nhà nước Việt Nam tiếp tục", ["Ngân hàng Nhà nước Việt Nam"]),
    ("Cơ quan Lao động - Thương binh và Xã hội ở địa phương có trách nhiệm",
     ["Cơ quan Lao động - Thương binh và Xã hội ở địa phương"]),
    ("Các Bộ, cơ quan: Công an, Tài chính", ["Bộ Công an", "Bộ Tài chính"]),   # shared head noun
    ("Sở Giáo dục và Đào tạo, Sở Thông tin và Truyền thông",
     ["Sở Giáo dục và Đào tạo", "Sở Thông tin và Truyền thông"]),
    ("Téng cục Thuế dé nghị Cục Thuế các tỉnh",                               # OCR'd "đề nghị" stops a name
     ["Cục Thuế các tỉnh"]),
    ("tại các cơ sở KCB BHYT", []),                                      # "sở" inside "cơ sở" heads nothing
    ("có văn bản thông báo với cơ quan BHXH", ["cơ quan BHXH"]),
])
def test_find_agencies(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize("text", ["", "các nhiệm vụ trọng tâm", "người dân và doanh nghiệp"])
def test_no_agency(text):
    assert names(text) == []


def test_spans_point_at_the_printed_name():
    text = "Giao Sở Nội vụ tham mưu"
    (a,) = find_agencies(text)
    assert text[a.start:a.end] == "Sở Nội vụ"
