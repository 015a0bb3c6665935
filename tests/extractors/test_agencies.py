import pytest

from extractors.agencies import find_agencies, title_end


def names(text):
    return [a.name for a in find_agencies(text)]


@pytest.mark.parametrize("text, expected", [
    ("Giao Sở Khoa học và Công nghệ chủ trì, phối hợp cơ quan, đơn vị liên quan tham mưu",
     ["Sở Khoa học và Công nghệ", "cơ quan, đơn vị liên quan"]),
    ("1. Các sở, ban, ngành, UBND các xã, phường", ["Các sở, ban, ngành", "UBND các xã, phường"]),
    ("phối hợp với Sở Tài chính, Sở Khoa học và Công nghệ tham mưu UBND tỉnh",
     ["Sở Tài chính", "Sở Khoa học và Công nghệ", "UBND tỉnh"]),
    ("Bộ Lao động - Thương binh và Xã hội khẩn trương", ["Bộ Lao động - Thương binh và Xã hội"]),
    # the emulation councils the law sets up at every level, dash and all
    ("Hội đồng Thi đua - Khen thưởng tỉnh tổ chức tổng kết", ["Hội đồng Thi đua - Khen thưởng tỉnh"]),
    ("báo cáo Ban Thi đua - Khen thưởng Trung ương", ["Ban Thi đua - Khen thưởng Trung ương"]),
    # the Front's central committee by its shorter name
    ("Đề nghị Trung ương Mặt trận Tổ quốc Việt Nam chỉ đạo", ["Trung ương Mặt trận Tổ quốc Việt Nam"]),
    # the steering committees of the national target programmes, "các" and all
    ("báo cáo Ban Chỉ đạo các Chương trình mục tiêu quốc gia thành phố",
     ["Ban Chỉ đạo các Chương trình mục tiêu quốc gia thành phố"]),
    ("báo cáo Sở Lao động - Thương binh và Xã hội và Sở Xây dựng.",
     ["Sở Lao động - Thương binh và Xã hội", "Sở Xây dựng"]),
    ("Thủ trưởng các sở, ban, ngành trực thuộc UBND tỉnh; Chủ tịch UBND các huyện, thành phố",
     ["các sở, ban, ngành trực thuộc UBND tỉnh", "UBND các huyện, thành phố"]),   # titles left out
    ("Giám đốc Sở Lao động - Thương binh và Xã hội có trách nhiệm:",   # the title stands for the Sở
     ["Sở Lao động - Thương binh và Xã hội"]),
    ("Ủy ban nhân dân tỉnh Nghệ An chủ động rà soát", ["Ủy ban nhân dân tỉnh Nghệ An"]),
    ("trình Thường trực Ủy ban nhân dân Thành phố kế hoạch", ["Thường trực Ủy ban nhân dân Thành phố"]),
    ("Phân công Phó Thủ tướng Lê Minh Khái sớm tổ chức", ["Phó Thủ tướng Lê Minh Khái"]),
    ("Ngân hàng Nhà nước Việt Nam tiếp tục", ["Ngân hàng Nhà nước Việt Nam"]),
    ("Cơ quan Lao động - Thương binh và Xã hội ở địa phương có trách nhiệm",
     ["Cơ quan Lao động - Thương binh và Xã hội ở địa phương"]),
    # the localities a local head names as a whole: "UBND các địa phương", "Công an địa phương"
    ("UBND các địa phương tăng cường tuyên truyền", ["UBND các địa phương"]),
    ("Giao Công an địa phương tuần tra", ["Công an địa phương"]),
    ("Sở Y tế, UBND địa phương và các đơn vị", ["Sở Y tế", "UBND địa phương", "các đơn vị"]),
    ("phối hợp với các Cục Thuế địa phương", ["các Cục Thuế địa phương"]),
    # ... not the places of a plain collective nor words after "và"
    ("UBND tỉnh và địa phương", ["UBND tỉnh"]),
    ("Vận hành hiệu quả mô hình chính quyền địa phương 2 cấp", []),      # a level of government
    ("Các Bộ, cơ quan: Công an, Tài chính", ["Bộ Công an", "Bộ Tài chính"]),   # shared head noun
    ("Sở Giáo dục và Đào tạo, Sở Thông tin và Truyền thông",
     ["Sở Giáo dục và Đào tạo", "Sở Thông tin và Truyền thông"]),
    ("Téng cục Thuế dé nghị Cục Thuế các tỉnh",                               # OCR'd "đề nghị" stops a name
     ["Cục Thuế các tỉnh"]),
    ("tại các cơ sở KCB BHYT", ["các cơ sở KCB"]),
    # a known remit pair with a dash for its "và", its verb-like half too
    ("Phòng Giáo dục - Đào tạo huyện chủ trì", ["Phòng Giáo dục - Đào tạo huyện"]),
    ("Sở Kế hoạch - Đầu tư tổng hợp", ["Sở Kế hoạch - Đầu tư"]),
    # ... not a bullet's verb after a dash
    ("Vụ KK - Tiếp tục bám sát địa bàn", ["Vụ KK"]),
    ("Sở Giáo dục - đào tạo lại đội ngũ", ["Sở Giáo dục"]),                       # the institutions, no "Sở KCB"
    ("có văn bản thông báo với cơ quan BHXH", ["cơ quan BHXH"]),
])
def test_find_agencies(text, expected):
    assert names(text) == expected


# Names the generic rule cuts short, read on to the role verb they are the subject of
# (extractors/subject_names.py), and what must stay cut.
@pytest.mark.parametrize("text, expected", [
    ("Trung tâm Phục vụ hành chính công tỉnh chủ trì, phối hợp Sở Tài chính",
     ["Trung tâm Phục vụ hành chính công tỉnh", "Sở Tài chính"]),
    ("Giao Hội đồng giám định y khoa tỉnh chủ trì thực hiện.", ["Hội đồng giám định y khoa tỉnh"]),
    ("Giao Ban quản lý dự án đầu tư xây dựng tỉnh chủ trì, phối hợp với Sở Xây dựng",
     ["Ban quản lý dự án đầu tư xây dựng tỉnh", "Sở Xây dựng"]),
    ("- Trung tâm Kiểm soát bệnh tật tỉnh phối hợp", ["Trung tâm Kiểm soát bệnh tật tỉnh"]),
    ("Ban Quản lý các khu công nghiệp tỉnh", ["Ban Quản lý các khu công nghiệp tỉnh"]),  # a heading
    ("Kho bạc Nhà nước khu vực IV phối hợp với Sở Tài chính.",
     ["Kho bạc Nhà nước khu vực IV", "Sở Tài chính"]),
    ("Ngân hàng Nhà nước Khu vực 6 chỉ đạo các tổ chức tín dụng", ["Ngân hàng Nhà nước Khu vực 6", "các tổ chức tín dụng"]),
    ("Cục Hải quan tỉnh, Chi cục Thuế khu vực VII phối hợp",
     ["Cục Hải quan tỉnh", "Chi cục Thuế khu vực VII"]),
    ("Văn phòng Tỉnh ủy phối hợp với Ban Tổ chức Tỉnh ủy", ["Văn phòng Tỉnh ủy", "Ban Tổ chức Tỉnh ủy"]),
    ("Báo Phú Thọ, Tỉnh đoàn, Liên minh Hợp tác xã tỉnh",
     ["Báo Phú Thọ", "Tỉnh đoàn", "Liên minh Hợp tác xã tỉnh"]),
    ("Trường Đại học Hùng Vương chủ trì; đường Trường Sơn", ["Trường Đại học Hùng Vương"]),
    ("phối hợp với các cơ quan chức năng: Sở Y tế, Hội đồng giám định Y khoa, Hội Cựu chiến binh",
     ["các cơ quan chức năng", "Sở Y tế", "Hội đồng giám định Y khoa", "Hội Cựu chiến binh"]),
    # a predicate, not the rest of a name
    ("Sở Nội vụ tổng hợp kết quả thực hiện", ["Sở Nội vụ"]),
    ("Sở Y tế khẩn trương chủ trì", ["Sở Y tế"]),
    ("Sở Tài chính theo dõi việc thực hiện", ["Sở Tài chính"]),
    ("Văn phòng Chính phủ thông báo để các Bộ biết, thực hiện", ["Văn phòng Chính phủ", "các Bộ"]),
    ("Bộ trưởng Bộ Lao động - Thương binh và Xã hội đồng ý", ["Bộ Lao động - Thương binh và Xã hội"]),
    ("Phối hợp với Cục CNTT họp bàn", ["Cục CNTT"]),                 # an acronym ends its name
    ("Giao Vụ KK&KTT - Tiếp tục bám sát", ["Vụ KK&KTT"]),          # a bullet, not "- Kiểm tra Thuế"
    ("Phối hợp các đơn vị tổ chức hội nghị", ["các đơn vị"]),
    ("Ban hành kế hoạch thực hiện", []),
    ("Hội nghị trực tuyến toàn quốc chủ trì", []),
])
def test_names_read_on_to_their_verb(text, expected):
    assert names(text) == expected


# Bodies of the 2025 restructuring and standing committees with commas in their names.
@pytest.mark.parametrize("text, expected", [
    ("Ban Chỉ đạo phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số tỉnh chủ trì",
     ["Ban Chỉ đạo phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số tỉnh"]),
    ("báo cáo Ban Chỉ đạo tỉnh về phòng, chống thiên tai và tìm kiếm cứu nạn",
     ["Ban Chỉ đạo tỉnh về phòng, chống thiên tai và tìm kiếm cứu nạn"]),
    ("UBND các xã, phường, đặc khu", ["UBND các xã, phường, đặc khu"]),
    ("Thuế tỉnh Phú Thọ, Bưu điện tỉnh phối hợp", ["Thuế tỉnh Phú Thọ", "Bưu điện tỉnh"]),
    ("Cục Thanh tra - Kiểm tra Thuế", ["Cục Thanh tra - Kiểm tra Thuế"]),
    ("Báo và Phát thanh, Truyền hình Phú Thọ tuyên truyền", ["Báo và Phát thanh, Truyền hình Phú Thọ"]),
    ("Chi nhánh Ngân hàng Chính sách xã hội tỉnh", ["Chi nhánh Ngân hàng Chính sách xã hội tỉnh"]),
    ("Đảng ủy UBND tỉnh lãnh đạo", ["Đảng ủy UBND tỉnh"]),
    ("Tòa án nhân dân tỉnh, Viện kiểm sát nhân dân tỉnh", ["Tòa án nhân dân tỉnh", "Viện kiểm sát nhân dân tỉnh"]),
    ("Thuế thu nhập cá nhân", []),
])
def test_bodies_after_2025(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize("text", ["", "các nhiệm vụ trọng tâm", "người dân và doanh nghiệp"])
def test_no_agency(text):
    assert names(text) == []


def test_spans_point_at_the_printed_name():
    text = "Giao Sở Nội vụ tham mưu"
    (a,) = find_agencies(text)
    assert text[a.start:a.end] == "Sở Nội vụ"


@pytest.mark.parametrize("text, expected", [
    # a steering committee by its level, and its office: "Chỉ đạo" is no verb there
    ("Ban Chỉ đạo các quân khu; Ban Chỉ đạo các tỉnh.", ["Ban Chỉ đạo các quân khu", "Ban Chỉ đạo các tỉnh"]),
    ("giúp Ban Chỉ đạo cấp tỉnh theo dõi", ["Ban Chỉ đạo cấp tỉnh"]),
    ("Văn phòng Ban Chỉ đạo quốc gia chủ trì", ["Văn phòng Ban Chỉ đạo quốc gia"]),
    # a number ends the name: what follows is the predicate
    ("Ban Chỉ đạo liên ngành 102 xây dựng kế hoạch thực hiện như sau:", ["Ban Chỉ đạo liên ngành"]),
    ("Ban Chỉ đạo quốc gia 1237 xây dựng kế hoạch thực hiện như sau:", ["Ban Chỉ đạo quốc gia 1237"]),
    # military regions are commands
    ("Bộ Quốc phòng; các quân khu; Ủy ban nhân dân các tỉnh",
     ["Bộ Quốc phòng", "các quân khu", "Ủy ban nhân dân các tỉnh"]),
    # must not: the verb "chỉ đạo" after an agency, a military region as a place
    ("Sở Tài chính chỉ đạo các phòng chuyên môn", ["Sở Tài chính", "các phòng chuyên môn"]),
    ("tìm kiếm trên địa bàn quân khu", []),
])
def test_steering_committees_and_commands(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize("name, agency", [
    ("Đồng chí Cục trưởng Cục Thuế các tỉnh", "Cục Thuế các tỉnh"),
    ("Giám đốc Sở Y tế", "Sở Y tế"),
    ("Chủ tịch UBND các xã, phường", "UBND các xã, phường"),
    # ... before an institution's kind in lower case
    ("Hiệu trưởng trường Trung học phổ thông", "trường Trung học phổ thông"),
    ("Giám đốc trung tâm giáo dục thường xuyên", "trung tâm giáo dục thường xuyên"),
    # no title: the name stays whole; a title that is the agency's own word stays too
    ("Sở Y tế", "Sở Y tế"),
    ("Chủ tịch nước", "Chủ tịch nước"),
    # ... nor where nothing names the institution after it
    ("Thủ trưởng đơn vị", "Thủ trưởng đơn vị"),
])
def test_a_recipients_title_is_no_part_of_the_agency(name, agency):
    assert name[title_end(name):] == agency


@pytest.mark.parametrize("text, expected", [
    # "các ngành, lĩnh vực" are sectors of the economy, not bodies
    ("Các ngành, lĩnh vực, quy mô doanh nghiệp cần tập trung kiểm tra", []),
    ("tập trung vào các ngành và lĩnh vực trọng điểm", []),
    ("các sở, ngành, địa phương triển khai", ["các sở, ngành, địa phương"]),
])
def test_sectors_are_no_collective(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize("text, kind, may", [
    # the cheap look before a pattern lets through every start the pattern matches ...
    ("các sở, ban, ngành", "collective", True),
    ("Các Sở ngành", "collective", True),
    ("sở, ngành trực thuộc", "collective", True),
    ("Sở - ngành", "collective", True),
    ("cơ quan, đơn vị liên quan", "collective", True),
    ("đoàn thể chính trị - xã hội, tổ chức xã hội", "collective", True),
    ("Quý cơ quan", "collective", True),
    ("các\nđơn vị", "collective", True),
    ("các Sở Tài chính", "named", True),
    ("cơ quan Bảo hiểm xã hội", "named", True),
    ("Tổng\ncục Thuế", "named", True),
    ("Sở KH&CN", "named", True),
    ("Giám đốc Sở Y tế", "titled", True),
    ("giám   đốc các sở", "titled", True),
    ("UBND các xã, phường", "local", True),
    ("Thường trực Ủy ban nhân dân tỉnh Phú Thọ", "local", True),
    ("Công an tỉnh", "local", True),
    ("Ban Chỉ đạo cấp tỉnh", "standalone", True),
    ("Thủ tướng Chính phủ", "standalone", True),
    # ... and turns away starts that open no mention of its kind
    ("công tác chỉ đạo, điều hành", "collective", False),
    ("các nhiệm vụ", "collective", False),
    ("sở hữu trí tuệ, bản quyền", "collective", False),
    ("cácsở, ngành", "collective", False),
    ("các nhiệm vụ", "named", False),
    ("Bộ trưởng Bộ Tài chính", "named", False),
    ("Sở tại", "named", False),
    ("Giám đốc", "titled", False),
    ("Bộ Tài chính", "local", False),
    ("Công an nhân dân", "local", False),
    ("Ban hành kế hoạch", "standalone", False),
])
def test_cheap_looks_before_the_patterns(text, kind, may):
    from extractors.agencies import _patterns
    from extractors.agency_gates import after_space, follows, gates

    word = text.split()[0].rstrip(",")
    must = follows(kind, word)
    follows_ok = must is None or text.startswith(must, after_space(text, len(word), len(text)))
    assert (follows_ok and gates()[kind](text, 0, len(text), word)) is may
    # a look that turns a start away never hides a match
    assert (_patterns()[kind].match(text, 0, len(text)) is not None) is may


@pytest.mark.parametrize("text, kind", [
    ("công tác chỉ đạo", "collective"),
    ("người dân", "titled"),
    ("chính sách", "local"),
    ("Chủ động", "titled"),
    ("các nhiệm vụ", "named"),
])
def test_what_may_follow_a_start_word(text, kind):
    from extractors.agencies import _patterns
    from extractors.agency_gates import after_space, follows

    word = text.split()[0]
    assert not text.startswith(follows(kind, word), after_space(text, len(word), len(text)))
    assert _patterns()[kind].match(text) is None
