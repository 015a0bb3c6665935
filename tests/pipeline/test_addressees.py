"""Re-mentions of the letter's Kính gửi recipients (pipeline/addressees.py; ANNOTATION.md,
"Tasks": "quý Bộ", "các đơn vị", "các địa phương" in a letter addressed to them, a short
name the letter defines for them, a shorter form of their names)."""
import pytest

from pipeline.addressees import Addressees, find_aliases

ONE = ["Sở Y tế"]
MIXED = ["Bộ Tài chính", "Bộ Nội vụ", "Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương"]
TWO_SO = ["Sở Y tế", "Sở Tài chính"]


def resolve(recipients, name, aliases=()):
    placed = [(r, 100 * i, 100 * i + len(r)) for i, r in enumerate(recipients)]
    return [r[0] for r in Addressees(placed, list(aliases)).resolve(name, 5000, 5000 + len(name))]


@pytest.mark.parametrize("recipients, name, aliases, expected", [
    # "quý X": the addressees whose name opens with X
    (ONE, "quý Sở", (), ONE),
    (MIXED, "quý Bộ", (), ["Bộ Tài chính", "Bộ Nội vụ"]),
    (MIXED, "quý Ủy ban", (), ["Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương"]),
    (["Sở Y tế", "Công an tỉnh"], "quý Sở", (), ["Sở Y tế"]),
    (["Cục Thuế các tỉnh, thành phố"], "quý Cục", (), ["Cục Thuế các tỉnh, thành phố"]),
    # a generic re-mention in a letter to one recipient
    (ONE, "các đơn vị", (), ONE),
    (ONE, "đơn vị", (), ONE),
    (["UBND huyện Lâm Thao"], "địa phương", (), ["UBND huyện Lâm Thao"]),
    # a shorter form of one addressee's name
    (MIXED, "Ủy ban nhân dân các tỉnh", (), ["Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương"]),
    # one province's committee by its level alone, in a letter to them all
    (MIXED, "UBND tỉnh, thành phố", (), ["Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương"]),
    (MIXED, "Ủy ban nhân dân tỉnh", (), ["Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương"]),
    # the alias the letter defines, in either case
    (MIXED, "các Bộ, ngành", ("các Bộ, ngành",), MIXED),
    (MIXED, "các bộ, ngành", ("các Bộ, ngành",), MIXED),
    (TWO_SO, "các đơn vị", ("các đơn vị",), TWO_SO),
    # a collective naming every addressee by its kind
    (MIXED, "bộ, ngành, địa phương", (), MIXED),
    (MIXED, "các Bộ và địa phương", (), MIXED),
    (["Sở Y tế", "UBND các xã"], "các sở, ngành, địa phương", (), ["Sở Y tế", "UBND các xã"]),
    # ... kinds of two words too ("đơn vị sự nghiệp", "doanh nghiệp nhà nước")
    (["Các sở, ban, ngành thuộc tỉnh", "Các đơn vị sự nghiệp công lập thuộc tỉnh",
      "Các doanh nghiệp nhà nước thuộc tỉnh", "UBND các xã, phường"],
     "các sở, ban, ngành, địa phương, cơ quan, đơn vị, doanh nghiệp", (),
     ["Các sở, ban, ngành thuộc tỉnh", "Các đơn vị sự nghiệp công lập thuộc tỉnh",
      "Các doanh nghiệp nhà nước thuộc tỉnh", "UBND các xã, phường"]),
    # "các đơn vị" alone in a letter to several units: all of them (ANNOTATION.md)
    (TWO_SO, "các đơn vị", (), TWO_SO),
    (MIXED, "các đơn vị", (), MIXED),
])
def test_re_mentions_are_the_addressees(recipients, name, aliases, expected):
    assert resolve(recipients, name, aliases) == expected


@pytest.mark.parametrize("recipients, name", [
    # others, not the addressees
    (ONE, "các cơ quan liên quan"),
    (MIXED, "Bộ Y tế"),
    (MIXED, "UBND các tỉnh, thành phố trực thuộc Trung ương"),   # already a full name
    # a collective that leaves an addressee out, or one word alone
    (MIXED, "các bộ, ngành"),
    (TWO_SO, "bộ, ngành, địa phương"),
    (MIXED, "các bộ"),
    (["Bộ Tư pháp"], "các bộ, ngành"),       # one kind of addressee: the others of that kind
    (TWO_SO, "các sở, ngành"),
    # ... one that leaves a kind addressed out (the businesses)
    (["Các sở, ban, ngành thuộc tỉnh", "Các doanh nghiệp nhà nước thuộc tỉnh"], "các sở, ngành, đơn vị"),
    # the committees of other provinces: one addressed is no "các tỉnh", nor are the committees
    # of several named by their kind without "nêu trên" (test_the_provinces_addressed_by_their_kind)
    (["UBND tỉnh Gia Lai", "Bộ Y tế"], "UBND các tỉnh"),
    (["Sở Y tế tỉnh Gia Lai", "Sở Y tế tỉnh Đắk Lắk"], "UBND các tỉnh"),
    (["UBND tỉnh Gia Lai", "UBND tỉnh Đắk Lắk", "Bộ Y tế"], "UBND các tỉnh, thành phố"),
    # ... not in a letter to one province, nor a committee named by its place
    (["Sở Y tế tỉnh Gia Lai", "Bộ Y tế"], "UBND tỉnh"),
    (MIXED, "UBND tỉnh Nghệ An"),
    # ... nor one of another level than the ones addressed
    (["Ủy ban nhân dân các thành phố, thị xã, huyện"], "UBND tỉnh"),
    # localities in a letter to one body that is no local government
    (["Bộ Nông nghiệp và Môi trường"], "các địa phương"),
    (["Các sở, ban, ngành tỉnh"], "các địa phương"),
    (ONE, "các địa phương"),
    # units a word narrows are others: the addressees' own, the ones concerned
    (TWO_SO, "các đơn vị trực thuộc"),
    (MIXED, "các đơn vị liên quan"),
    (TWO_SO, "đơn vị"),
    # no Kính gửi: nothing to resolve to
    ([], "các đơn vị"),
    ([], "quý Sở"),
])
def test_other_names_stay_as_printed(recipients, name):
    assert resolve(recipients, name) == [name]


def test_a_re_mention_points_at_where_kinh_gui_prints_the_addressee():
    placed = [("Sở Y tế", 40, 47)]
    assert Addressees(placed).resolve("quý Sở", 900, 906) == [("Sở Y tế", 40, 47)]
    assert Addressees(placed).resolve("Công an tỉnh", 900, 912) == [("Công an tỉnh", 900, 912)]


@pytest.mark.parametrize("text, aliases", [
    ("Kính gửi: - Sở Y tế;\n- Sở Tài chính\n(sau đây gọi chung là các đơn vị)\n\nNội dung", ["các đơn vị"]),
    ("Kính gửi: Các Bệnh viện trực thuộc Bộ (Sau đây viết tắt là các Bệnh viện). Nội dung", ["các Bệnh viện"]),
    ("Kính gửi: Bảo hiểm xã hội các tỉnh (dưới đây gọi tắt là: BHXH các tỉnh)", ["BHXH các tỉnh"]),
    ("(sau đây gọi là Quy chế)", []),                        # no "chung"/"tắt": a document's short name
    ("Kính gửi: Sở Y tế.", []),
])
def test_aliases(text, aliases):
    assert find_aliases(text, 0, len(text)) == aliases


def test_a_placeholder_addressee_names_no_one():
    # "Kính gửi: ……" in a template letter
    assert resolve(["……………", "Bộ Tài chính"], "bộ, ngành") == ["bộ, ngành"]
    assert resolve(["……………"], "các đơn vị") == ["các đơn vị"]


PROVINCES = ["Tỉnh ủy Gia Lai", "Ủy ban nhân dân tỉnh Gia Lai", "Thành ủy Huế", "Ủy ban nhân dân thành phố Huế"]


@pytest.mark.parametrize("sentence, name, expected", [
    # the local committees of the provinces addressed, and their Party committees where the
    # list goes on to "nêu trên"
    ("Chủ tịch Ủy ban nhân dân các tỉnh nêu trên chỉ đạo", "Ủy ban nhân dân các tỉnh",
     ["Ủy ban nhân dân tỉnh Gia Lai", "Ủy ban nhân dân thành phố Huế"]),
    ("Bí thư tỉnh ủy, thành ủy và Chủ tịch Ủy ban nhân dân các tỉnh, thành phố nêu trên chỉ đạo",
     "tỉnh ủy, thành ủy", ["Tỉnh ủy Gia Lai", "Thành ủy Huế"]),
    # must not: some of them by where they are, or no "nêu trên" after them
    ("Chủ tịch Ủy ban nhân dân các tỉnh tại khu vực dự báo có mưa lớn chỉ đạo", "Ủy ban nhân dân các tỉnh",
     ["Ủy ban nhân dân các tỉnh"]),
    ("phối hợp với Ủy ban nhân dân các tỉnh lân cận điều tiết nước", "Ủy ban nhân dân các tỉnh",
     ["Ủy ban nhân dân các tỉnh"]),
    ("Ủy ban nhân dân các tỉnh có trách nhiệm chỉ đạo rà soát", "Ủy ban nhân dân các tỉnh",
     ["Ủy ban nhân dân các tỉnh"]),
    ("Bí thư tỉnh ủy, thành ủy; Chủ tịch Ủy ban nhân dân các tỉnh có mưa lớn chỉ đạo", "tỉnh ủy, thành ủy",
     ["tỉnh ủy, thành ủy"]),
])
def test_the_provinces_addressed_by_their_kind(sentence, name, expected):
    text = " " * 1000 + sentence
    start = text.index(name)
    placed = [(r, 100 * i, 100 * i + len(r)) for i, r in enumerate(PROVINCES)]
    found = Addressees(placed, [], text).resolve(name, start, start + len(name))
    assert [r[0] for r in found] == expected
