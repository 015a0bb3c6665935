import pytest

from extractors.roles import find_roles, starts_with_action


def roles(text):
    r = find_roles(text)
    return r.rule, [a.name for a in r.lead], [a.name for a in r.support]


@pytest.mark.parametrize("text, expected", [
    ("Giao Sở Khoa học và Công nghệ chủ trì, phối hợp cơ quan, đơn vị liên quan tham mưu",
     ("giao", ["Sở Khoa học và Công nghệ"], ["cơ quan, đơn vị liên quan"])),
    ("Chủ trì, phối hợp với Sở Tài chính, Sở Khoa học và Công nghệ tham mưu UBND tỉnh",
     ("bare_chu_tri", [], ["Sở Tài chính", "Sở Khoa học và Công nghệ"])),
    ("Phối hợp với Sở Khoa học và Công nghệ tham mưu UBND tỉnh",
     ("bare_phoi_hop", ["Sở Khoa học và Công nghệ"], [])),
    ("Bộ Công Thương tiếp tục phối hợp với Bộ Tài chính triển khai",
     ("subject", ["Bộ Công Thương"], ["Bộ Tài chính"])),
    # letter 008: a possessive before the subject
    ("Trên cơ sở đề nghị của Ủy ban nhân dân quận, huyện, Sở Xây dựng chủ trì, phối hợp với Sở Tài chính lập Đề án",
     ("chu_tri", ["Sở Xây dựng"], ["Sở Tài chính"])),
    # letter 001: an agent of a passive verb is no subject
    ("thực hiện Đề án 06 đã được Chính phủ, Thủ tướng Chính phủ giao.", (None, [], [])),
    ("Văn phòng Chính phủ chủ trì, phối hợp với Bộ Công an đôn đốc",
     ("chu_tri", ["Văn phòng Chính phủ"], ["Bộ Công an"])),
    ("Téng cục Thuế dé nghị Cục Thuế các tỉnh thành phố trực thuộc Trung ương nghiêm túc",
     ("giao", ["Cục Thuế các tỉnh thành phố trực thuộc Trung ương"], [])),
    ("Tổng cục Thuế sẽ định kỳ tổng hợp, rà soát", (None, [], [])),
    ("Ủy ban nhân dân xã, phường, thị trấn có trách nhiệm theo dõi",
     ("subject", ["Ủy ban nhân dân xã, phường, thị trấn"], [])),
    # partners named before their verb; a lead is not its own partner
    ("Công an tỉnh chủ trì, Sở Tư pháp phối hợp kiểm tra.", ("chu_tri", ["Công an tỉnh"], ["Sở Tư pháp"])),
    # units that join the lead's order are its partners
    ("Sở Y tế chủ trì thực hiện; các đơn vị phối hợp với Sở Y tế báo cáo", ("chu_tri", ["Sở Y tế"], ["các đơn vị"])),
    # a plan's written-out fields
    ("Xây dựng cơ chế thử nghiệm. Cơ quan chủ trì: Sở Khoa học và Công nghệ; cơ quan phối hợp: Sở Tài chính",
     ("labelled", ["Sở Khoa học và Công nghệ"], ["Sở Tài chính"])),
    ("Đề nghị Ủy ban MTTQ Việt Nam tỉnh và các tổ chức chính trị - xã hội tỉnh phối hợp tuyên truyền",
     ("giao", ["Ủy ban MTTQ Việt Nam tỉnh", "các tổ chức chính trị - xã hội tỉnh"], [])),
    # a basis clause between the subject and its verb
    ("Các bộ, ngành trên cơ sở chức năng được giao, hoàn thiện quy trình nội bộ.",
     ("subject", ["Các bộ, ngành"], [])),
    # a possessive's list ended by a comma is no subject; one followed by its verb is
    ("Xây dựng phương án theo hướng dẫn của Chính phủ, Thủ tướng Chính phủ, bảo đảm hiệu quả.", (None, [], [])),
    ("Theo đề nghị của Sở Tài chính, Sở Xây dựng chủ trì thẩm định.", ("chu_tri", ["Sở Xây dựng"], [])),
    # a province or city asked as a whole, at its clause's start
    ("Thời gian tới, thành phố Huế cần tập trung thực hiện các nhiệm vụ sau:",
     ("subject", ["thành phố Huế"], [])),
    ("Tỉnh Gia Lai khẩn trương rà soát hồ sơ.", ("subject", ["Tỉnh Gia Lai"], [])),
    ("Tỉnh cần tập trung chỉ đạo hoàn thành kế hoạch năm.", ("subject", ["Tỉnh"], [])),
    # a term of an assembly is no predicate
    ("Bộ Tư pháp hoàn thiện dự án Luật, trình Chính phủ để trình Quốc hội tại Kỳ họp thứ 3, Quốc hội khóa XVI.",
     ("subject", ["Bộ Tư pháp"], [])),
    # ... not a place the order is about, nor one that only recounts
    ("Giao Sở Y tế hỗ trợ tỉnh Gia Lai khắc phục.", ("giao", ["Sở Y tế"], [])),
    ("Trên địa bàn tỉnh Gia Lai đã xảy ra mưa lũ.", (None, [], [])),
    ("Tỉnh Gia Lai đã đạt nhiều kết quả.", (None, [], [])),
    # ... nor one described: no order's verb after it
    ("Tỉnh Gia Lai là địa phương có nhiều tiềm năng.", (None, [], [])),
    ("Thành phố Huế có 30 phường, xã.", (None, [], [])),
    ("Năm 2024, tỉnh Gia Lai tăng trưởng 8%.", (None, [], [])),
    # officials named as comrades, each with the remit they are in charge of
    ("Đồng chí Bộ trưởng Bộ Công Thương, Thứ trưởng Bộ Công Thương phụ trách lĩnh vực tiếp tục theo dõi tiến độ.",
     ("subject", ["Bộ Công Thương", "Bộ Công Thương"], [])),
    # a secretary's and a chairman's bodies, the titles aside, are the subject
    ("Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Gia Lai trực tiếp chỉ đạo tìm kiếm người mất tích.",
     ("subject", ["Tỉnh ủy Gia Lai", "UBND tỉnh Gia Lai"], [])),
    ("Chủ tịch Ủy ban nhân dân các tỉnh Gia Lai, Đắk Lắk chỉ đạo kiểm tra hồ đập.",
     ("subject", ["Ủy ban nhân dân tỉnh Gia Lai", "Ủy ban nhân dân tỉnh Đắk Lắk"], [])),
    ("Bí thư Tỉnh ủy, Chủ tịch Ủy ban nhân dân các tỉnh: Gia Lai, Đắk Lắk tập trung chỉ đạo sơ tán dân.",
     ("subject", ["Tỉnh ủy Gia Lai", "Tỉnh ủy Đắk Lắk", "Ủy ban nhân dân tỉnh Gia Lai",
                  "Ủy ban nhân dân tỉnh Đắk Lắk"], [])),
    ("Các đồng chí Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Gia Lai tiếp tục chỉ đạo khắc phục.",
     ("subject", ["Tỉnh ủy Gia Lai", "UBND tỉnh Gia Lai"], [])),
    # a list of subjects across a semicolon and a title, re-mentioned, over their items
    ("Bộ trưởng các Bộ: Quốc phòng, Công an; Bí thư tỉnh ủy, thành ủy và Chủ tịch Ủy ban nhân dân các tỉnh "
     "nêu trên theo chức năng, nhiệm vụ:",
     ("subject", ["Bộ Quốc phòng", "Bộ Công an", "tỉnh ủy, thành ủy", "Ủy ban nhân dân các tỉnh"], [])),
    ("Các Sở nêu trên theo chức năng, nhiệm vụ:", ("subject", ["Các Sở"], [])),
    # ... and where some of them are, before their verb
    ("Chủ tịch Ủy ban nhân dân các tỉnh tại khu vực dự báo có mưa lớn tập trung chỉ đạo sơ tán dân.",
     ("subject", ["Ủy ban nhân dân các tỉnh"], [])),
    # a titled province list after a semicolon starts a clause of its own
    ("Sở Y tế phối hợp với Bộ Y tế; Chủ tịch UBND các tỉnh: Gia Lai, Đắk Lắk bảo đảm thuốc men.",
     ("subject", ["Sở Y tế", "UBND tỉnh Gia Lai", "UBND tỉnh Đắk Lắk"], ["Bộ Y tế"])),
    # ... not one whose body only owns what is spoken of
    ("Theo chỉ đạo của Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Gia Lai, các xã đã sơ tán dân.", (None, [], [])),
    # a partner one guides or supports in the same breath
    ("Bộ Xây dựng chủ động phối hợp, hướng dẫn Bộ Giáo dục và Đào tạo xử lý vướng mắc.",
     ("subject", ["Bộ Xây dựng"], ["Bộ Giáo dục và Đào tạo"])),
    ("Sở Tư pháp phối hợp, hỗ trợ Sở Y tế triển khai.", ("subject", ["Sở Tư pháp"], ["Sở Y tế"])),
    # ... not one guided alone, with no partner word
    ("Bộ Xây dựng hướng dẫn Bộ Giáo dục và Đào tạo xử lý vướng mắc.", ("subject", ["Bộ Xây dựng"], [])),
    # a bare role after an opening phrase of remit or basis
    ("Trong phạm vi quản lý của ngành, chủ động phối hợp với các cơ quan có liên quan tổ chức kiểm tra.",
     ("bare_phoi_hop", ["các cơ quan có liên quan"], [])),
    ("Theo chức năng, nhiệm vụ được giao, chủ trì, phối hợp với Sở Tài chính rà soát.",
     ("bare_chu_tri", [], ["Sở Tài chính"])),
    # a time clause between the subject and its verb
    ("Các Chi cục Thuế khi tiến hành kiểm tra hồ sơ, cần vận dụng linh hoạt các biện pháp.",
     ("subject", ["Các Chi cục Thuế"], [])),
    ("Sở Y tế khi triển khai thực hiện, kịp thời báo cáo UBND tỉnh.", ("subject", ["Sở Y tế"], [])),
    # ... or what the subject has not done yet (a follow-up letter's reminder)
    ("Các Sở, ngành đến nay chưa gửi báo cáo theo Công văn số 12/UBND-KT, khẩn trương gửi về Sở Tài chính.",
     ("subject", ["Các Sở, ngành"], [])),
    ("UBND các xã vẫn chưa hoàn thành giải ngân, tập trung đẩy nhanh tiến độ.", ("subject", ["UBND các xã"], [])),
    # ... not a plain statement of what is not done, nor someone else's order after it
    ("Các đơn vị chưa gửi báo cáo.", (None, [], [])),
    # (folded, "chưa" is "chữa" too: a treatment is a predicate)
    ("Sở Y tế chữa trị miễn phí cho các nạn nhân.", ("subject", ["Sở Y tế"], [])),
    ("Các xã chưa hoàn thành, Sở Y tế tổng hợp danh sách.", ("subject", ["Sở Y tế"], [])),
    # ... not what the subject will do, nor a clause that ends with no verb
    ("Bộ Y tế khi nhận được hồ sơ, sẽ xem xét.", (None, [], [])),
    ("Sở Y tế khi cần thiết, nhất là trong mùa mưa bão.", (None, [], [])),
    # ... not where the opening phrase is followed by a subject of its own
    ("Trên cơ sở kết quả kiểm tra, Sở Xây dựng chủ trì, phối hợp với Sở Tài chính lập phương án.",
     ("chu_tri", ["Sở Xây dựng"], ["Sở Tài chính"])),
    # an aside in brackets between the subject and its verb: an abbreviation, a role
    ("Đài Phát thanh và Truyền hình tỉnh (PTTH) chủ trì, phối hợp Sở Tài chính xây dựng phóng sự.",
     ("chu_tri", ["Đài Phát thanh và Truyền hình tỉnh"], ["Sở Tài chính"])),
    ("Sở Nội vụ (cơ quan thường trực) tổng hợp kết quả.", ("subject", ["Sở Nội vụ"], [])),
    # a list closed by a whole kind ("và hệ thống các ...") is one subject
    ("Đài Truyền hình Việt Nam, Thông tấn xã Việt Nam và hệ thống các cơ quan báo chí phối hợp với các Bộ "
     "tăng thời lượng tuyên truyền.", ("subject", ["Đài Truyền hình Việt Nam", "Thông tấn xã Việt Nam",
                                                "các cơ quan báo chí"], ["các Bộ"])),
    # ... but not a second name or the members listed (a subject of another shape)
    ("Ban Thường vụ (hoặc Ban Chủ nhiệm) các hội.", (None, [], [])),
])
def test_roles(text, expected):
    assert roles(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Rà soát, kết nối đồng bộ hệ thống", True),
    ("Tiếp tục tham mưu UBND tỉnh bố trí", True),
    ("Bước 2: Kiểm tra hiện trạng nhà ở", True),
    ("Chọn mã số “3” để ghi vào Trường số 16", False),
    ("Quỹ BHYT thanh toán theo mức hưởng", False),
    ("Hộ gia đình người có công với cách mạng", False),
    # a heading is no order, nor "Cụ thể:" (the verb "cử" needs what it sends)
    ("NHIỆM VỤ CỤ THỂ (Chi tiết tại Phụ lục kèm theo)", False),
    ("Cụ thể: Sở Y tế kiểm tra", False),
    ("Cử cán bộ tham gia tổ công tác", True),
    ("Theo chức năng, nhiệm vụ được giao, rà soát các thủ tục", True),
    ("Nhiệm vụ trọng tâm năm 2025", False),
    # after an opening phrase of basis, purpose or time
    ("Trên cơ sở Nghị quyết Đại hội, khẩn trương xây dựng chương trình", True),
    ("Để kịp thời tổng hợp, rà soát các hồ sơ còn tồn", True),
    # what was found or done is no order
    ("Theo kết quả kiểm tra, phát hiện 12 cơ sở vi phạm quy định", False),
    ("Trên cơ sở chỉ đạo, thực hiện rà soát, các ngành đã triển khai", False),
    ("Để bảo đảm tiến độ, Sở Y tế rà soát hồ sơ", False),
    ("Trên cơ sở đó, Bộ Tài chính đã ban hành hướng dẫn", False),
    ("Trên cơ sở Nghị quyết Đại hội lần thứ I, nhiệm kỳ 2025 - 2030, khẩn trương xây dựng đề án", True),
    ("Sau khi chọn danh sách thanh tra, kiểm tra tại trụ sở, cơ quan thuế cập nhật", False),
    # an adverb of manner opens an order whatever verb follows it
    ("Tiếp tục phát triển hợp tác với các nước láng giềng", True),
    ("khẩn trương hoàn chỉnh hồ sơ dự án", True),
    # ... not a trend or a state
    ("Tiếp tục có chiều hướng gia tăng", False),
    ("Tiếp tục tăng mạnh so với cùng kỳ", False),
    # verbs of setting up and trying out what a plan builds ("lắp đặt" folds as "lập" does)
    ("Thiết lập nền tảng quản lý thiết bị IoT", True),
    ("Lắp đặt các trạm BTS 5G tại khu công nghiệp", True),
    ("Thử nghiệm các ứng dụng IoT trong môi trường thực tế", True),
    ("Trung tâm Thử nghiệm kiểm định công trình", False),
    # verbs of relief and of clearing obstacles
    ("Tháo gỡ vướng mắc về nguồn nhân lực", True),
    ("Sơ tán dân khỏi vùng nguy hiểm", True),
    ("Tăng 5% so với cùng kỳ", False),
    # "tập hợp" gathers what others send, as "tổng hợp" does
    ("Tập hợp kết quả rà soát của các huyện và tham mưu UBND tỉnh", True),
    ("Tập thể lãnh đạo Sở Y tế", False),
    # verbs of complying, completing, clarifying, reviewing conduct and sorting
    ("Tuân thủ nghiêm quy trình vận hành hồ chứa", True),
    ("Hoàn chỉnh hồ sơ dự án, gửi Sở Tài chính", True),
    ("Làm rõ trách nhiệm của tổ chức, cá nhân liên quan", True),
    ("Kiểm điểm trách nhiệm người đứng đầu", True),
    ("Phân loại hồ sơ theo mức độ", True),
    # ... not an attendance line, a finding, a basis, nor where the figures are
    ("Tham dự cuộc họp có đại diện lãnh đạo các sở", False),
    ("Đối chiếu với quy định tại Điều 5, hồ sơ của Công ty chưa đủ điều kiện", False),
    ("Xem xét đề nghị của Sở Nội vụ tại Tờ trình số 12/TTr-SNV", False),
    ("Phân bổ chi tiết tại Phụ lục kèm theo.", False),
    # ... not a participation, a purpose clause that lists what it serves, nor a decision
    ("Tham gia BHYT theo hộ gia đình", False),
    ("Để phục vụ kế hoạch 5 năm, đồng thời để nắm chắc diện tích, xác định ranh giới, cần tiến hành đo đạc", False),
    ("Điều chỉnh mức trợ cấp hằng tháng từ ngày 01/01/2026", False),
])
def test_starts_with_action(text, expected):
    assert starts_with_action(text) is expected


@pytest.mark.parametrize("text, lead", [
    # the addressee named politely is the one asked
    ("Bộ Tài chính trân trọng đề nghị Quý cơ quan, đơn vị góp ý dự thảo.", ["Quý cơ quan, đơn vị"]),
    ("Đề nghị quý Sở báo cáo trước ngày 10/5.", ["quý Sở"]),
    ("Quý Sở khẩn trương rà soát hồ sơ.", ["Quý Sở"]),
    # a request recounted from a cited document is no order of this letter
    ("Ngày 5/3/2024, Văn phòng Chính phủ có văn bản số 12/VPCP-KGVX thông báo ý kiến của Phó Thủ "
     "tướng yêu cầu quý Bộ báo cáo.", []),
    ("Bộ Xây dựng có Công văn số 45/BXD-KH ngày 2/3/2024 đề nghị UBND tỉnh rà soát.", []),
    # ... but a new subject after the citation gives a new order
    ("Tại Công văn số 12/UBND ngày 5/6/2024, UBND tỉnh đề nghị Sở Xây dựng báo cáo.", ["Sở Xây dựng"]),
    ("UBND tỉnh có Công văn số 12/UBND. Nay UBND tỉnh đề nghị Sở Xây dựng báo cáo.", ["Sở Xây dựng"]),
    # a permission granted is an order to the one permitted; one restricted is a rule
    ("Cho phép Sở Y tế tổ chức hội nghị sơ kết.", ["Sở Y tế"]),
    ("Tổ chức ký cam kết; chỉ cho phép các tổ chức, cá nhân khai thác sau khi hoàn thành thủ tục.", []),
    ("Không cho phép các doanh nghiệp khai thác khi chưa có giấy phép.", []),
])
def test_polite_addressees_and_recounted_requests(text, lead):
    assert [a.name for a in find_roles(text).lead] == lead


@pytest.mark.parametrize("text, support", [
    # partners no agency rule reads are kept as written, up to the clause's verb
    ("Đề nghị BHXH các tỉnh phối hợp với các cơ sở khám chữa bệnh triển khai thực hiện.",
     ["các cơ sở khám chữa bệnh"]),
    ("Sở Y tế chủ trì, phối hợp với Sở Tài chính và các doanh nghiệp dược rà soát giá thuốc.",
     ["Sở Tài chính", "các doanh nghiệp dược"]),
    ("Sở Y tế phối hợp chặt chẽ với địa phương để kịp thời xử lý.", ["địa phương"]),
    # ... past an aside in brackets, and not the owner a bracket names
    ("Giao Sở Nội vụ chủ trì, phối hợp với Sở Tài chính (trong việc tổng hợp chỉ số), Trung tâm Phục vụ "
     "hành chính công tỉnh (Văn phòng UBND tỉnh) và các cơ quan liên quan thực hiện.",
     ["Sở Tài chính", "Trung tâm Phục vụ hành chính công tỉnh", "các cơ quan liên quan"]),
    # must not: "cùng với" after a verb, "cung cấp", a regulation's title, a shared head's list,
    # a capitalised name the rules broke
    ("Cơ sở KCB lưu bảng kê cùng với hồ sơ bệnh án của người bệnh.", []),
    ("Sở Y tế cung cấp thông tin cho người dân.", []),
    ("Sở Y tế thực hiện theo Quy chế phối hợp công tác số 12/QCPH.", []),
    ("Sở Y tế chủ trì, phối hợp với các Sở: Tài chính, Nội vụ rà soát.", ["Sở Tài chính", "Sở Nội vụ"]),
])
def test_partners_as_written(text, support):
    assert [a.name for a in find_roles(text).support] == support


@pytest.mark.parametrize("text, lead", [
    # a possessive's list goes on past its "và" when a comma came before it: no subject in it
    ("Thực hiện các văn bản chỉ đạo của Chính phủ, Thủ tướng Chính phủ và Ban Chỉ đạo quốc gia, "
     "các Ban Chỉ đạo địa phương phòng chống dịch.", []),
    # ... but a list that ended at "và" is followed by a new subject after its comma
    ("Trên cơ sở đề nghị của Sở Xây dựng và Sở Nội vụ, Sở Tài chính thẩm định kinh phí.", ["Sở Tài chính"]),
])
def test_a_possessives_list(text, lead):
    assert [a.name for a in find_roles(text).lead] == lead


@pytest.mark.parametrize("text, lead, support", [
    # a collective and the members "như" / "gồm" name after it, colon or not (ANNOTATION.md:
    # "collective như: A, B" -> the collective and A and B)
    ("Giao Sở Tài chính chủ trì, phối hợp với các cơ quan chuyên môn như: Sở Xây dựng, Sở Nội vụ rà soát hồ sơ.",
     ["Sở Tài chính"], ["các cơ quan chuyên môn", "Sở Xây dựng", "Sở Nội vụ"]),
    ("Sở Tài chính chủ trì, phối hợp với các sở, ngành liên quan như Sở Xây dựng, Sở Nội vụ thẩm định.",
     ["Sở Tài chính"], ["các sở, ngành liên quan", "Sở Xây dựng", "Sở Nội vụ"]),
    ("Sở Y tế phối hợp với các cơ quan liên quan, gồm: Công an tỉnh, Sở Tư pháp kiểm tra.",
     ["Sở Y tế"], ["các cơ quan liên quan", "Công an tỉnh", "Sở Tư pháp"]),
    ("Sở Y tế phối hợp với các cơ quan liên quan, chẳng hạn như Công an tỉnh, Sở Tư pháp kiểm tra.",
     ["Sở Y tế"], ["các cơ quan liên quan", "Công an tỉnh", "Sở Tư pháp"]),
    ("Sở Y tế phối hợp với các cơ quan liên quan như là: Công an tỉnh, Sở Tư pháp kiểm tra.",
     ["Sở Y tế"], ["các cơ quan liên quan", "Công an tỉnh", "Sở Tư pháp"]),
    # ... under a head they share
    ("Sở Y tế phối hợp với các đơn vị gồm các Sở: Nội vụ, Tư pháp rà soát hồ sơ.",
     ["Sở Y tế"], ["các đơn vị", "Sở Nội vụ", "Sở Tư pháp"]),
    # must not: "như" after a body that is no collective, or before what is no agency
    ("Sở Y tế phối hợp với Sở Tư pháp như năm trước tổ chức kiểm tra.", ["Sở Y tế"], ["Sở Tư pháp"]),
    ("Sở Y tế phối hợp với các cơ quan liên quan như hướng dẫn tại Công văn số 12/SYT.",
     ["Sở Y tế"], ["các cơ quan liên quan"]),
    # ... nor a comparison with what a body did
    ("Sở Y tế phối hợp với các xã, phường như UBND phường Hoa Lư đã triển khai để nhân rộng mô hình.",
     ["Sở Y tế"], ["các xã, phường"]),
])
def test_members_named_after_a_collective(text, lead, support):
    r = find_roles(text)
    assert ([a.name for a in r.lead], [a.name for a in r.support]) == (lead, support)


@pytest.mark.parametrize("text, lead, support", [
    # a heading's "Phối hợp với Y và <collective>": the whole list leads
    ("Phối hợp với Công an tỉnh và các cơ quan có liên quan kiểm tra.", ["Công an tỉnh", "các cơ quan có liên quan"], []),
    ("Phối hợp với Công an tỉnh, Sở Tư pháp kiểm tra.", ["Công an tỉnh", "Sở Tư pháp"], []),
    # ... a partner written out where no agency rule reads it, in lower case, too
    ("Phối hợp với phòng Y tế hàng năm tổ chức mít tinh.", ["phòng Y tế"], []),
    ("Phối hợp cùng các cơ sở KCB BHYT triển khai.", ["các cơ sở KCB"], []),
    # ... not things, people or firms written after it (partners as before, no lead)
    ("Phối hợp với các chương trình mục tiêu quốc gia để lồng ghép nguồn vốn.", [], ["các chương"]),
    ("Phối hợp với ban quản lý các chợ đầu mối kiểm tra.", [], ["ban"]),
    ("Phối hợp với các hộ gia đình rà soát trẻ em.", [], ["các hộ gia đình"]),
    ("Phối hợp với phòng chống dịch bệnh tại cơ sở.", [], ["phòng chống dịch bệnh"]),
    ("Phối hợp với các doanh nghiệp viễn thông rà soát thuê bao.", [], ["các doanh nghiệp viễn thông"]),
    # ... not what is agreed on, nor a "phối hợp" with no partner
    ("Phối hợp với thời gian, địa điểm phù hợp.", [], []),
    ("Phối hợp tổ chức hội nghị tổng kết.", [], []),
    # after "khó khăn, vướng mắc" the subject of the closing's report starts
    ("Quá trình thực hiện nếu có khó khăn, vướng mắc các cơ quan, đơn vị báo cáo về Sở Nội vụ.",
     ["các cơ quan, đơn vị"], []),
])
def test_bare_partner_heads_and_difficulties(text, lead, support):
    r = find_roles(text)
    assert ([a.name for a in r.lead], [a.name for a in r.support]) == (lead, support)


@pytest.mark.parametrize("text, expected", [
    ("giao so tai chinh", True), ("de nghi cac so", True), ("de\nnghi cac so", True),
    ("de \t  nghi", True), ("theo yeu  cau", True),
    # none the "assign" pattern could match
    ("giaodich", True), ("de  xuat", False), ("phan\rcong", False), ("", False),
])
def test_may_assign_never_turns_away_a_text_the_pattern_reads(text, expected):
    from extractors.roles import _may_assign, _patterns
    assert _may_assign(text) is expected
    assert _may_assign(text) or _patterns()["assign"].search(text) is None


@pytest.mark.parametrize("text, lead", [
    # an item that orders nothing and ends, after a dash, with who it falls to
    ("Tài sản kết cấu hạ tầng đô thị - Bộ Xây dựng.", ["Bộ Xây dựng"]),
    ("Hạ tầng văn hóa, thể thao – Sở Văn hóa, Thể thao và Du lịch; Sở Xây dựng",
     ["Sở Văn hóa, Thể thao và Du lịch", "Sở Xây dựng"]),
    # ... not a list of names joined by a dash, nor an order, nor a name that goes on
    ("Ban Công tác đặc biệt - Ủy ban Chuyên trách Chính phủ.", []),
    ("Báo cáo kết quả - Sở Y tế tổng hợp.", []),
    ("Tài sản của Sở Y tế", []),
    ("Đầu mối: ông Nguyễn Văn An, điện thoại 0912.345.678 - Văn phòng Sở Y tế.", []),
])
def test_who_an_item_falls_to_after_a_dash(text, lead):
    roles = find_roles(text)
    assert [a.name for a in roles.lead] == lead


@pytest.mark.parametrize("text, lead, support", [
    # "cung cấp", "cung ứng" fold like "cùng" (with) but name no partner: the subject after
    # them leads
    ("Căn cứ tài liệu do Bộ Tài chính cung cấp, các đơn vị thực hiện rà soát.", ["các đơn vị"], []),
    ("Trên cơ sở số liệu do Cục Thống kê cung cấp, Sở Kế hoạch và Đầu tư tổng hợp báo cáo.",
     ["Sở Kế hoạch và Đầu tư"], []),
    ("Sở Công Thương bảo đảm cung ứng hàng hóa thiết yếu.", ["Sở Công Thương"], []),
    # ... while "cùng" and "cùng với" still join a partner
    ("Sở Y tế cùng với Sở Tài chính rà soát.", ["Sở Y tế"], ["Sở Tài chính"]),
    ("Sở Y tế chủ trì, cùng Công an tỉnh kiểm tra.", ["Sở Y tế"], ["Công an tỉnh"]),
    ("Sở Công Thương bảo đảm cung ứng hàng hóa, cùng các địa phương kiểm tra thị trường.",
     ["Sở Công Thương"], ["các địa phương"]),
])
def test_supply_words_are_no_partner_phrase(text, lead, support):
    r = find_roles(text)
    assert ([a.name for a in r.lead], [a.name for a in r.support]) == (lead, support)


@pytest.mark.parametrize("text, rule, lead", [
    # what a body has not done yet is an account, not its order
    ("Đến nay, Cục Quản lý thị trường cũng chưa ban hành văn bản hướng dẫn các chi cục.", None, []),
    ("Sở Y tế vẫn chưa có báo cáo.", None, []),
    # ... unless an order follows its comma
    ("Các Bộ đến nay chưa có báo cáo, khẩn trương gửi báo cáo về Bộ Nội vụ.", "subject", ["Các Bộ"]),
    ("Sở Y tế cũng chưa ban hành hướng dẫn, khẩn trương ban hành trước ngày 10/5/2026.", "subject", ["Sở Y tế"]),
    ("Sở Y tế cũng khẩn trương ban hành hướng dẫn.", "subject", ["Sở Y tế"]),
    ("Sở Y tế cũng chưa có báo cáo; khẩn trương gửi báo cáo về Sở Nội vụ trước ngày 10/6/2026.", "subject",
     ["Sở Y tế"]),
    ("Sở Y tế cũng chưa kịp thời báo cáo.", None, []),
    ("Cục Quản lý thị trường cũng chưa quan tâm chỉ đạo.", None, []),
])
def test_what_is_not_done_yet_is_no_order(text, rule, lead):
    r = find_roles(text)
    assert (r.rule, [a.name for a in r.lead]) == (rule, lead)
