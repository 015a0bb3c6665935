"""`chidao sweep`: each flag on invented letters that must raise it and ones that must not.

The checks read a Letter record and its text; the records here are built by hand
(spans found in the invented text), so that what is tested is the rule, not what the
extraction of the day happens to give.
"""
import json
import unicodedata

import pytest
from typer.testing import CliRunner

from pipeline import sweep
from pipeline.cli import app
from schemas import Citation, Deadline, Document, Letter, Mention, Section, Source, Span, Task

HEAD = "BỘ TÀI CHÍNH\nSố: 12/BTC-TCT\nHà Nội, ngày 05 tháng 3 năm 2025\n"


# --------------------------------------------------------------------------- builders


def _span(text: str, piece: str, after: int = 0) -> Span:
    start = text.index(piece, after)
    return Span(start=start, end=start + len(piece))


def task(piece: str, lead=(), marker="-", section=None, deadline=None, n=1) -> dict:
    return {"piece": piece, "lead": list(lead), "marker": marker, "section": section,
            "deadline": deadline, "n": n}


def make(body: str, tasks=(), sections=(), citations=(), issuer="Bộ Tài chính",
         doc_type="công văn", recipients=(), head: str = HEAD) -> tuple[Letter, str]:
    """A letter record over HEAD + body; spans are found in the text."""
    text = head + body
    spans = {"issuer": _span(text, head.splitlines()[0]), "date": _span(text, head.splitlines()[-1])}
    recs = []
    for i, t in enumerate(tasks, 1):
        span = _span(text, t["piece"])
        d = None
        if t["deadline"]:
            phrase, kind, inherited = t["deadline"]
            d = Deadline(kind=kind, text=phrase, span=_span(text, phrase), inherited=inherited)
        recs.append(Task(id=f"t-{i:03d}", section=t["section"], marker=t["marker"],
                         text=" ".join(t["piece"].split()), lead=t["lead"], support=[], deadline=d,
                         other_deadlines=[], report_to=[], deliverables=[], citations=[], gaps=[],
                         evidence=[], span=span))
    secs = [Section(label=label, title=piece, agencies=[], span=_span(text, piece))
            for label, piece in sections]
    cites = [Citation(ref=ref, number=ref.split("/")[0], date=date,
                      mentions=[Mention(**_span(text, ref).model_dump(), text=ref)])
             for ref, date in citations]
    letter = Letter(source=Source(path=None, sha256="0" * 64, format="text"),
                    document=Document(issuer=issuer, doc_type=doc_type, recipients=list(recipients),
                                      spans=spans),
                    sections=secs, tasks=recs, citations=cites)
    return letter, text


def codes(letter_and_text, code: str) -> list[sweep.Hit]:
    return [h for h in sweep.check(*letter_and_text) if h.code == code]


# --------------------------------------------------------------------------- no_tasks

LEADER = "Xét đề nghị của Bộ Y tế, Phó Thủ tướng Nguyễn Văn A có ý kiến như sau:\n"


@pytest.mark.parametrize("body", [
    LEADER + "Bộ Y tế nghiên cứu kiến nghị của Hội Y học, báo cáo Thủ tướng Chính phủ.\n",
    LEADER + "Đồng ý tổ chức hội nghị toàn quốc về y tế cơ sở.\n",
    "Về việc này, Thủ tướng Chính phủ giao Bộ Tài chính xem xét, xử lý.\n",
    "Phó Thủ tướng yêu cầuBộ Xây dựng làm việc với các địa phương.\n",       # glued in a web copy
    "Sở Y tế chủ trì, phối hợp với các đơn vị rà soát danh mục thuốc.\n",
    "Đề nghị các Bộ, ngành có ý kiến về dự thảo Nghị định.\n",
])
def test_no_tasks_raised_where_the_body_orders(body):
    hits = codes(make(body), "no_tasks")
    assert len(hits) == 1 and hits[0].where.startswith("@")


@pytest.mark.parametrize("body", [
    "Xét đề nghị của Bộ Y tế tại văn bản số 45/BYT-KCB, Văn phòng Chính phủ xin thông báo để "
    "Bộ Y tế biết.\n",
    # a ministry's reply: guidance, not an order
    "Bộ Tài chính có ý kiến như sau:\nCăn cứ quy định tại Thông tư số 39/2018/TT-BTC, hàng hóa "
    "nhập khẩu được miễn thuế.\n",
    # what the issuer will do itself
    "Bộ Tài chính hướng dẫn xử lý thống nhất về thuế đối với phế liệu.\n",
    "Hội nghị do Bộ Tài chính chủ trì đã thống nhất các nội dung trên.\n",
    "Nhà giáo Nhân dân Nguyễn Văn B có thư gửi Bộ.\n",
    "Trong quá trình thực hiện, nếu có vướng mắc, đề nghị phản ánh về Sở Nội vụ.\n",
    "Theo yêu cầu của Bộ Y tế, các số liệu đã được cập nhật.\n",
])
def test_no_tasks_not_raised_without_an_order(body):
    assert codes(make(body), "no_tasks") == []


def test_no_tasks_raised_when_the_header_was_read_from_the_signature():
    letter, text = make("Thủ tướng Chính phủ giao Bộ Tài chính xem xét, xử lý.\n" + "Nội dung. " * 200
                        + "\nBỘ TÀI CHÍNH\nSố: 12/BTC-TCT\n")
    late = {"symbol": _span(text, "BTC-TCT", 1000)}
    letter = letter.model_copy(update={"document": letter.document.model_copy(update={"spans": late})})
    assert len(codes((letter, text), "no_tasks")) == 1


def test_no_tasks_not_raised_when_a_task_was_found():
    body = "Về việc này, Thủ tướng Chính phủ giao Bộ Tài chính xem xét, xử lý.\n"
    assert codes(make(body, [task("giao Bộ Tài chính xem xét, xử lý", ["Bộ Tài chính"])]), "no_tasks") == []


# --------------------------------------------------------------------------- no_lead


def test_no_lead_names_each_task_without_a_lead():
    body = "Đề nghị:\n- Rà soát danh mục hồ sơ.\n- Sở Y tế báo cáo kết quả.\n"
    letter = make(body, [task("Rà soát danh mục hồ sơ."),
                         task("Sở Y tế báo cáo kết quả.", ["Sở Y tế"])])
    assert [h.where for h in codes(letter, "no_lead")] == ["t-001"]


# --------------------------------------------------------------------------- folded


@pytest.mark.parametrize("piece", [
    "Rà soát hồ sơ đề nghị hỗ trợ, tổng hợp danh sách;\n- Sở Tài chính bố trí kinh phí thực hiện.",
    "Rà soát hồ sơ đề nghị hỗ trợ;\n2. Tổng hợp, báo cáo kết quả về Sở Xây dựng.",
    "Giao Sở Y tế rà soát danh mục thuốc. Sở Tài chính bố trí kinh phí mua sắm.",
    "Đề nghị Công an tỉnh điều tra, làm rõ. Đồng thời, giao Sở Tư pháp hướng dẫn thủ tục.",
])
def test_folded_raised_for_several_items_in_one_task(piece):
    letter = make(piece + "\n", [task(piece, ["Sở Y tế"])])
    assert len(codes(letter, "folded")) == 1


@pytest.mark.parametrize("piece", [
    # a list of documents under the order is part of it
    "Hồ sơ gồm:\n+ Đơn đề nghị hỗ trợ về nhà ở;\n+ Biên bản xác nhận hiện trạng nhà ở.",
    # a name wrapped at its dash, whose second half reads like an order
    "Giao Cục Thanh tra\n- Kiểm tra Thuế rà soát hồ sơ hoàn thuế.",
    # orders to one agency in two sentences
    "Giao Sở Y tế rà soát danh mục thuốc. Sở Y tế báo cáo kết quả trước ngày 30/6/2025.",
    # one order with a partner
    "Giao Sở Y tế chủ trì, phối hợp với Sở Tài chính rà soát danh mục thuốc.",
])
def test_folded_not_raised_for_one_item(piece):
    letter = make(piece + "\n", [task(piece, ["Sở Y tế"])])
    assert codes(letter, "folded") == []


# --------------------------------------------------------------------------- closing


@pytest.mark.parametrize("piece", [
    "Báo cáo kết quả về Bộ Tài chính./. Nơi nhận: - Như trên; - Lưu: VT",
    "Báo cáo kết quả về Bộ Tài chính. Trên đây là ý kiến của Bộ Tài chính.",
    "Báo cáo kết quả về Bộ Tài chính. KT. BỘ TRƯỞNG THỨ TRƯỞNG",
    "Gửi ý kiến về Bộ Tài chính. Trân trọng cảm ơn sự phối hợp của Quý cơ quan.",
    "Văn phòng Chính phủ thông báo để Bộ Y tế biết, thực hiện.",
])
def test_closing_raised_for_closing_text_in_a_task(piece):
    assert len(codes(make(piece + "\n", [task(piece, ["Sở Y tế"])]), "closing")) == 1


@pytest.mark.parametrize("piece", [
    "Báo cáo kết quả về Bộ Tài chính trước ngày 30/6/2025./.",      # the end mark ends it
    "Báo cáo kết quả về Bộ Tài chính./. a",                         # OCR's stray letters
    "Báo cáo Chủ tịch UBND tỉnh kết quả thực hiện.",
])
def test_closing_not_raised_for_a_plain_task(piece):
    assert codes(make(piece + "\n", [task(piece, ["Sở Y tế"])]), "closing") == []


# --------------------------------------------------------------------------- attach

DECISION = ("Điều 1. Ban hành kèm theo Quyết định này Kế hoạch thực hiện Chương trình chuyển đổi số.\n"
            "Điều 2. Chánh Văn phòng, Giám đốc các Sở chịu trách nhiệm thi hành Quyết định này.\n"
            "Nơi nhận:\n- Như Điều 2;\nCHỦ TỊCH\n\n")
PLAN = "KẾ HOẠCH\nThực hiện Chương trình chuyển đổi số\n1. Sở Y tế rà soát hệ thống thông tin.\n"


def test_attach_raised_when_the_issued_plan_gave_no_task():
    letter = make(DECISION + PLAN, [task("Chánh Văn phòng, Giám đốc các Sở chịu trách nhiệm thi hành",
                                         ["Văn phòng"], marker="Điều 2.")], doc_type="quyết định")
    hits = codes(letter, "attach")
    assert len(hits) == 1 and hits[0].excerpt.startswith("KẾ HOẠCH")


@pytest.mark.parametrize("body,piece", [
    (DECISION + PLAN, "Sở Y tế rà soát hệ thống thông tin."),          # the plan gave its task
    (DECISION, "Chánh Văn phòng, Giám đốc các Sở"),                    # no attachment printed
    (DECISION.replace("Ban hành kèm theo Quyết định này", "Sao gửi") + PLAN, "Chánh Văn phòng"),
])
def test_attach_not_raised(body, piece):
    letter = make(body, [task(piece, ["Sở Y tế"])], doc_type="quyết định")
    assert codes(letter, "attach") == []


# --------------------------------------------------------------------------- levels


def _levels(body: str, sections, tasks=()):
    return codes(make(body, tasks, sections), "levels")


def test_levels_raised_for_sections_of_two_kinds():
    body = "1. Rà soát.\n2. Báo cáo.\nIV. TỔ CHỨC THỰC HIỆN\n"
    hits = _levels(body, [("1", "1. Rà soát."), ("2", "2. Báo cáo."), ("IV", "IV. TỔ CHỨC")])
    assert [h.note for h in hits] == ["a roman section after a arabic one"]


def test_levels_raised_for_a_restart_at_one():
    body = "I. MỤC ĐÍCH\n1. Rà soát.\n2. Báo cáo.\nII. NỘI DUNG\n1. Kiểm tra.\n"
    hits = _levels(body, [("1", "1. Rà soát."), ("2", "2. Báo cáo."), ("1", "1. Kiểm tra.")])
    assert len(hits) == 1 and "again" in hits[0].note


@pytest.mark.parametrize("body", [
    "1. Rà soát.\n|. Về chính sách thuế\n3. Báo cáo.\n",     # OCR damaged "2."
    "1. Rà soát.\n2) Về chính sách thuế\n3. Báo cáo.\n",     # printed but not taken
])
def test_levels_raised_for_a_gap_printed_between(body):
    assert len(_levels(body, [("1", "1. Rà soát."), ("3", "3. Báo cáo.")])) == 1


def test_levels_raised_for_a_first_section_after_a_damaged_one():
    body = "Đề nghị các Cục Hải quan:\n. Phổ biến nội dung Nghị quyết.\n2. Về Danh mục hàng hóa.\n"
    assert len(_levels(body, [("2", "2. Về Danh mục")])) == 1


def test_levels_raised_for_a_decimal_item_outside_its_parent():
    body = "1. Rà soát:\n2.1. Kiểm tra hồ sơ.\n"
    hits = _levels(body, [("1", "1. Rà soát:")], [task("Kiểm tra hồ sơ.", marker="2.1.", section="1")])
    assert [h.where for h in hits] == ["t-001"]


@pytest.mark.parametrize("body,sections,tasks", [
    ("1. Rà soát.\n4. Báo cáo.\n5. Kiểm tra.\n",                      # the letter itself skips
     [("1", "1. Rà soát."), ("4", "4. Báo cáo."), ("5", "5. Kiểm tra.")], []),
    ("1. Rà soát.\n2. Báo cáo.\n4. Kiểm tra.\n3. Tổng kết.\n",         # its own disorder
     [("1", "1. Rà soát."), ("2", "2. Báo cáo."), ("4", "4. Kiểm tra."), ("3", "3. Tổng kết.")], []),
    ("1. Rà soát:\n1.2. Kiểm tra hồ sơ.\n", [("1", "1. Rà soát:")],
     [task("Kiểm tra hồ sơ.", marker="1.2.", section="1")]),
    ("1. Rà soát:\n1.2. Hồ sơ:\n1.2.1. Kiểm tra hồ sơ.\n", [("1", "1. Rà soát:")],
     [task("Kiểm tra hồ sơ.", marker="1.2.1.", section="1")]),
])
def test_levels_not_raised_for_numbering_as_printed(body, sections, tasks):
    assert _levels(body, sections, tasks) == []


# --------------------------------------------------------------------------- unknown


@pytest.fixture
def without_national(monkeypatch):
    monkeypatch.setattr(sweep, "_national", lambda: None)


@pytest.mark.parametrize("name", ["Bộ Tài chính rước", "Sở Tàichính", "Bộ trưởng Bộ Y tế",
                                  "Bộ Giao thôngvận", "Sở Y tế tỉnh, thành phố làm đầu mối"])
def test_unknown_raised_for_a_name_cut_or_run_on(name, without_national):
    body = f"Giao {name} thực hiện.\n"
    hits = codes(make(body, [task(f"{name} thực hiện.", [name])]), "unknown")
    assert [h.excerpt for h in hits] == [name]


@pytest.mark.parametrize("name", ["Sở Y tế tỉnh Lâm Đồng", "Bộ GTVT", "Bộ NN&PTNT", "Bộ Công thương",
                                  "Cục Quản lý thị trường", "các Bộ", "UBND tỉnh", "Tổng cục Thuế",
                                  "Bộ Chỉ huy Quân sự tỉnh"])
def test_unknown_not_raised_for_a_known_or_unjudged_name(name, without_national):
    body = f"Giao {name} thực hiện.\n"
    assert codes(make(body, [task(f"{name} thực hiện.", [name])]), "unknown") == []


def test_unknown_asks_the_national_gazetteer_when_it_is_there(monkeypatch):
    monkeypatch.setattr(sweep, "_national", lambda: (lambda name: name != "Cục Quản lý thị trườngg"))
    for name, flagged in [("Cục Quản lý thị trường", False), ("Cục Quản lý thị trườngg", True),
                          ("các đơn vị", False)]:
        letter = make(f"Giao {name} thực hiện.\n", [task(f"{name} thực hiện.", [name])])
        assert bool(codes(letter, "unknown")) is flagged, name


# --------------------------------------------------------------------------- issuer


def test_issuer_raised_in_a_letter_to_others():
    body = "Bộ Ngoại giao xin gửi kèm theo các mẫu hộ chiếu.\n"
    letter = make(body, [task("Bộ Ngoại giao xin gửi kèm", ["Bộ Ngoại giao"])], issuer="Bộ Ngoại giao",
                  head="BỘ NGOẠI GIAO\nSố: 315/BNG-LS\nHà Nội, ngày 05 tháng 3 năm 2025\n")
    assert [h.note for h in codes(letter, "issuer")] == ["Bộ Ngoại giao"]


def test_issuer_notes_an_issuer_that_is_also_the_addressee():
    body = "Kính gửi: Bộ Tư pháp.\nGiao Bộ Tư pháp chủ trì chuẩn bị cuộc họp.\n"
    letter = make(body, [task("Giao Bộ Tư pháp chủ trì", ["Bộ Tư pháp"])], issuer="Bộ Tư pháp",
                  doc_type=None, recipients=["Bộ Tư pháp"])
    assert "header misread" in codes(letter, "issuer")[0].note


@pytest.mark.parametrize("doc_type,lead", [
    ("kế hoạch", "Bộ Tài chính"),          # a plan's own section
    ("thông báo", "Bộ Tài chính"),
    ("công văn", "Sở Tài chính"),
    ("công văn", "Văn phòng"),
])
def test_issuer_not_raised(doc_type, lead):
    body = f"{lead} chủ trì rà soát.\n"
    letter = make(body, [task(f"{lead} chủ trì rà soát.", [lead])], doc_type=doc_type)
    assert codes(letter, "issuer") == []


# --------------------------------------------------------------------------- intro_dl


@pytest.mark.parametrize("intro,phrase,kind", [
    ("Tổng cục Thuế thông báo các nhiệm vụ trọng tâm tháng 10, quý IV năm 2024 như sau:",
     "quý IV năm 2024", "quarter"),
    ("Để hoàn thành việc hỗ trợ nhà ở trong năm 2024, Bộ Xây dựng đề nghị:", "trong năm 2024", "year"),
    ("Để bảo đảm việc xây dựng, phê duyệt kế hoạch năm 2024 kịp thời, đề nghị các Cục Thuế:",
     "kịp thời", "continuous"),
])
def test_intro_deadline_raised_for_a_period_or_a_purpose(intro, phrase, kind):
    body = f"{intro}\n- Rà soát danh sách doanh nghiệp.\n"
    letter = make(body, [task("Rà soát danh sách", ["Cục Thuế"], deadline=(phrase, kind, True))])
    assert len(codes(letter, "intro_dl")) == 1


def test_intro_deadline_raised_for_the_subject():
    head = "BỘ TÀI CHÍNH\nSố: 12/BTC-TCT\nV/v nhiệm vụ quý IV năm 2024\nHà Nội, ngày 05 tháng 3 năm 2025\n"
    body = "Đề nghị các Cục Thuế:\n- Rà soát danh sách doanh nghiệp.\n"
    letter = make(body, [task("Rà soát danh sách", ["Cục Thuế"], deadline=("quý IV năm 2024", "quarter", True))],
                  head=head)
    assert [h.note for h in codes(letter, "intro_dl")] == ["in the title"]


@pytest.mark.parametrize("intro,phrase,kind,inherited", [
    ("Tổng cục Thuế đề nghị Cục Thuế khẩn trương thực hiện các nội dung sau:", "khẩn trương", "continuous", True),
    ("Đề nghị các Sở thực hiện các nhiệm vụ sau, hoàn thành trước ngày 30/6/2025:",
     "trước ngày 30/6/2025", "date", True),
    ("Để hoàn thành việc hỗ trợ, đề nghị các Sở rà soát trong năm 2024:", "trong năm 2024", "year", True),
    ("Tổng cục Thuế thông báo các nhiệm vụ quý IV năm 2024 như sau:", "quý IV năm 2024", "quarter", False),
])
def test_intro_deadline_not_raised_for_a_deadline_tied_to_the_work(intro, phrase, kind, inherited):
    body = f"{intro}\n- Rà soát danh sách doanh nghiệp.\n"
    letter = make(body, [task("Rà soát danh sách", ["Cục Thuế"], deadline=(phrase, kind, inherited))])
    assert codes(letter, "intro_dl") == []


def test_intro_deadline_not_raised_for_a_section_heading():
    body = "Đề nghị:\n1. Nhiệm vụ trong quý IV năm 2024:\n- Rà soát danh sách doanh nghiệp.\n"
    letter = make(body, [task("Rà soát danh sách", ["Cục Thuế"], section="1",
                              deadline=("quý IV năm 2024", "quarter", True))],
                  sections=[("1", "1. Nhiệm vụ")])
    assert codes(letter, "intro_dl") == []


# --------------------------------------------------------------------------- cite_date


@pytest.mark.parametrize("body", [
    "Thực hiện Kế hoạch số 88/KH-UBND. ngày 05/3/2024 của UBND tỉnh, đề nghị các Sở rà soát.\n",
    "Thực hiện Công điện số 56/CĐ-TTg ngay 06 tháng 6 năm 2024 của Thủ tướng Chính phủ.\n",
    "Thực hiện Công văn số 616-CV/VPTW ngày 21tháng 04 năm 2011 của Văn phòng Trung ương Đảng.\n",
    "Theo Công văn số 45/BYT-KCB của Bộ Y tế ngày 3/1/2025, đề nghị các Sở rà soát.\n",
])
def test_cite_date_raised_where_a_date_follows(body):
    ref = next(w for w in body.split() if "/" in w and not w[0].isalpha())
    letter = make(body, citations=[(ref.rstrip("."), None)])
    hits = codes(letter, "cite_date")
    assert len(hits) == 1 and hits[0].note == ref.rstrip(".")


@pytest.mark.parametrize("body,ref,date", [
    ("Thực hiện Kế hoạch số 88/KH-UBND ngày 05/3/2024 của UBND tỉnh.\n", "88/KH-UBND", "2024-03-05"),
    ("Công văn số 666/BYT-BH năm 2021 có hiệu lực kể từ ngày 28/01/2021.\n", "666/BYT-BH", None),
    ("Công văn số 315/BNG-LS ngày j8/8/2021 của Bộ Ngoại giao.\n", "315/BNG-LS", None),
    ("(Luật số 10/2016/QH13 có hiệu lực) đến trước ngày 05/6/2018.\n", "10/2016/QH13", None),
    ("Theo Kế hoạch số 88/KH-UBND về việc triển khai chương trình chuyển đổi số toàn tỉnh năm 2024, "
     "ngày 05/3/2024 các Sở đã họp.\n", "88/KH-UBND", None),
    ("Theo Kế hoạch số 88/KH-UBND; ngày 05/3/2024 các Sở đã họp.\n", "88/KH-UBND", None),
])
def test_cite_date_not_raised(body, ref, date):
    assert codes(make(body, citations=[(ref, date)]), "cite_date") == []


def test_offsets_point_into_a_source_that_is_not_nfc():
    body = unicodedata.normalize("NFD", "Thực hiện Kế hoạch số 88/KH-UBND. ngày 05/3/2024 của UBND tỉnh.\n")
    letter, text = make(body, citations=[("88/KH-UBND", None)])
    hit = codes((letter, text), "cite_date")[0]
    assert text[int(hit.where[1:]):].startswith("88/KH-UBND")


# --------------------------------------------------------------------------- the command

LETTER = ("VĂN PHÒNG CHÍNH PHỦ\nSố: 4586/VPCP-KTN\nHà Nội, ngày 18 tháng 6 năm 2015\n"
          "Kính gửi: Bộ Giao thông vận tải.\n\n"
          "Xét đề nghị của Bộ Giao thông vận tải, Phó Thủ tướng Nguyễn Văn A có ý kiến như sau:\n\n"
          "Bộ Giao thông vận tải nghiên cứu, báo cáo Thủ tướng Chính phủ.\n\n"
          "Văn phòng Chính phủ thông báo để Bộ Giao thông vận tải biết, thực hiện./.\n")
PLAN = ("ỦY BAN NHÂN DÂN TỈNH PHÚ THỌ\nSố: 45/KH-UBND\nPhú Thọ, ngày 05 tháng 3 năm 2025\n\n"
        "KẾ HOẠCH\nRà soát hồ sơ\n\n1. Giao Sở Y tế chủ trì rà soát hồ sơ, báo cáo trước ngày 30/6/2025.\n"
        "2. Giao Sở Tài chính bố trí kinh phí.\n")


@pytest.fixture
def folder(tmp_path):
    (tmp_path / "a.txt").write_text(LETTER, encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.txt").write_text(PLAN, encoding="utf-8")
    (tmp_path / "broken.pdf").write_bytes(b"%PDF-1.4\n%broken and truncated")
    (tmp_path / "INDEX.tsv").write_text("file\tsource\n", encoding="utf-8")     # not a letter
    return tmp_path


def test_sweep_reports_each_letter_and_goes_on_past_a_broken_file(folder, tmp_path_factory):
    out = tmp_path_factory.mktemp("out") / "sweep.json"
    result = CliRunner().invoke(app, ["sweep", str(folder), "--json", str(out)])
    assert result.exit_code == 0, result.output
    rows = {line.split()[0]: line.split() for line in result.stdout.splitlines() if line.split()}
    assert set(rows) >= {"a.txt", "b.txt", "broken.pdf", "flags", "letters"}
    assert "INDEX.tsv" not in rows
    assert rows["b.txt"][1] == "2"
    assert rows["broken.pdf"][2] == "unreadable:"
    errors = [ln for ln in result.stderr.splitlines() if ln]
    assert len(errors) == 1 and errors[0].startswith(f"chidao: {folder / 'broken.pdf'}: ")
    data = json.loads(out.read_text(encoding="utf-8"))
    assert set(data["flags"]) == set(sweep.CHECKS)
    assert [u["file"] for u in data["unreadable"]] == [str(folder / "broken.pdf")]
    for code, flag in data["flags"].items():
        assert flag["count"] == len(flag["occurrences"])
        for occ in flag["occurrences"]:
            assert set(occ) == {"letter", "where", "excerpt", "note"}


def test_sweep_limits_the_letters_read(folder):
    result = CliRunner().invoke(app, ["sweep", str(folder), "--limit", "1"])
    assert result.exit_code == 0
    assert "1 files: " in result.stdout


@pytest.mark.parametrize("args", [["sweep", "no-such-folder"], ["sweep"], ["sweep", ".", "--limit", "0"]])
def test_sweep_usage_errors_exit_2(args):
    assert CliRunner().invoke(app, args).exit_code == 2
