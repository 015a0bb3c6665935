"""The national gazetteer: the committed file is what its generator writes, it validates,
and invented spellings of real agencies resolve while look-alikes do not."""
import datetime as dt
import importlib.util
from pathlib import Path

import pytest

from extractors import national
from extractors.national import (_Index, abbreviations, is_known, known_names, lookup, parse, provinces,
                                 resolve)

FOLDER = Path(national.__file__).parent / "data" / "gazetteers"
COMMUNES = Path(__file__).resolve().parents[3] / "shared" / "data" / "communes-2025.csv"


def _generator():
    spec = importlib.util.spec_from_file_location("make_national", FOLDER / "make_national.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_committed_file_is_what_the_generator_writes():
    generator = _generator()
    assert generator.render() == (FOLDER / "national.yaml").read_text(encoding="utf-8")
    assert generator.render() == generator.render()          # nothing in it depends on the run


@pytest.mark.skipif(not COMMUNES.exists(), reason="../shared/data/communes-2025.csv not beside the repo")
def test_the_34_provinces_are_those_of_the_commune_list():
    _generator().check_against_communes(COMMUNES)
    assert {p.name for p in provinces()} == {_csv_name(n) for n in _csv_provinces()}


def _csv_provinces():
    import csv
    with open(COMMUNES, encoding="utf-8") as f:
        return {row["Tỉnh"] for row in csv.DictReader(f)}


def _csv_name(name):
    return "Hồ Chí Minh" if name == "TP HCM" else name


def test_the_file_validates_and_every_former_body_leads_to_a_current_one():
    g = national.gazetteer()
    by_name = {e.name: e for e in g.entries}
    assert len(by_name) == len(g.entries)                      # canonical names are unique
    today = dt.date(2026, 1, 1)
    for e in g.entries:
        seen, todo = set(), [e]
        while todo:                                            # Bộ Thủy sản → NN&PTNT → NN&MT
            x = todo.pop()
            seen.add(x.name)
            todo += [by_name[r] for r in x.replaced_by if r not in seen]
        if e.former:
            assert any(by_name[n].in_force(today) and not by_name[n].former for n in seen), e.name


@pytest.mark.parametrize("year, count, cities", [
    (None, 34, 6), (2025, 34, 6), (2024, 63, 5), (2010, 63, 5), (2007, 64, 5)])
def test_provinces_by_year(year, count, cities):
    found = provinces(year)
    assert len(found) == count
    assert sum(p.type == "thành phố" for p in found) == cities


def test_each_of_the_63_merged_into_one_of_the_34():
    now = {p.name for p in provinces()}
    for p in provinces(2024):
        assert p.name in now or p.merged_into in now, p.name
    assert lookup("tỉnh Hòa Bình").merged_into == "Phú Thọ"
    assert lookup("Thừa Thiên Huế").merged_into == "Huế"


@pytest.mark.parametrize("day, ministries, ministerial", [
    (dt.date(2025, 6, 1), 14, 3), (dt.date(2024, 6, 1), 18, 4)])
def test_the_government_before_and_after_march_2025(day, ministries, ministerial):
    assert sum(e.in_force(day) for e in national.entries("ministry")) == ministries
    assert sum(e.in_force(day) for e in national.entries("ministerial_agency")) == ministerial


@pytest.mark.parametrize("printed, name, province", [
    ("Bộ KH&ĐT", "Bộ Kế hoạch và Đầu tư", None),
    ("Bộ KHĐT", "Bộ Kế hoạch và Đầu tư", None),
    ("BKHĐT", "Bộ Kế hoạch và Đầu tư", None),
    ("bộ kế hoạch và đầu tư", "Bộ Kế hoạch và Đầu tư", None),
    ("Bộ  Kế hoạch  và Đầu tư.", "Bộ Kế hoạch và Đầu tư", None),
    ("Bộ LĐ-TB&XH", "Bộ Lao động - Thương binh và Xã hội", None),
    ("Bộ Lao động-Thương binh và Xã hội", "Bộ Lao động - Thương binh và Xã hội", None),
    ("Sở TN&MT tỉnh Bắc Giang", "Sở Tài nguyên và Môi trường", "Bắc Giang"),
    ("Sở LĐ-TB&XH", "Sở Lao động - Thương binh và Xã hội", None),
    ("Sở LĐTBXH tỉnh Hà Nam", "Sở Lao động - Thương binh và Xã hội", "Hà Nam"),
    ("UBND tỉnh Hòa Bình", "Ủy ban nhân dân tỉnh", "Hòa Bình"),
    ("UBND tỉnh Hoà Bình", "Ủy ban nhân dân tỉnh", "Hòa Bình"),
    ("Uỷ ban nhân dân Thành phố Hồ Chí Minh", "Ủy ban nhân dân tỉnh", "Hồ Chí Minh"),
    ("UBND TP. Hồ Chí Minh", "Ủy ban nhân dân tỉnh", "Hồ Chí Minh"),
    ("Ngân hàng Nhà nước Việt Nam", "Ngân hàng Nhà nước Việt Nam", None),
    ("NHNN", "Ngân hàng Nhà nước Việt Nam", None),
    ("EVN", "Tập đoàn Điện lực Việt Nam", None),
    ("BHXH Việt Nam", "Bảo hiểm xã hội Việt Nam", None),
    ("MTTQ", "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam", None),
    ("Ủy ban Trung ương MTTQ Việt Nam", "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam", None),
    ("sở nội vụ", "Sở Nội vụ", None),
    ("Sở Tài chính tỉnh", "Sở Tài chính", None),
    ("Các Sở Tài chính", "Sở Tài chính", None),
    ("Công an thành phố Đà Nẵng", "Công an tỉnh", "Đà Nẵng"),
    ("Tỉnh ủy Lào Cai", "Tỉnh ủy", "Lào Cai"),
    ("Ban Thường vụ Thành ủy Hải Phòng", "Ban Thường vụ Tỉnh ủy", "Hải Phòng"),
    ("Báo Yên Bái", "Báo tỉnh", "Yên Bái"),
    ("Liên đoàn lao động tỉnh", "Liên đoàn Lao động tỉnh", None),
    ("Kho bạc Nhà nước khu vực XII", "Kho bạc Nhà nước khu vực", None),
    ("Tập đoàn Dầu khí Việt Nam", "Tập đoàn Dầu khí Việt Nam", None),
    ("các bộ, ngành", "Các bộ, ngành", None),
    ("UBND các tỉnh, thành phố trực thuộc Trung ương",
     "Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương", None),
    ("tỉnh Thừa Thiên - Huế", "Thừa Thiên Huế", None),
    ("TP.HCM", "Hồ Chí Minh", None),
])
def test_invented_spellings_resolve(printed, name, province):
    hit = resolve(printed)
    assert hit is not None and hit.entry.name == name
    assert (hit.province.name if hit.province else None) == province


@pytest.mark.parametrize("printed", [
    "Bộ phận một cửa", "Sở Y", "các Bộ", "các sở", "Bộ", "Sở", "Công an", "Thanh tra", "Văn phòng",
    "Ban Chỉ đạo", "Sở Tài chính tỉnh Gotham", "Tỉnh ủy viên", "Bộ Tài chính Hoa Kỳ", "Báo cáo",
    "Phòng Tài chính - Kế hoạch", "Ủy ban nhân dân xã An Bình", ""])
def test_look_alikes_do_not_resolve(printed):
    assert resolve(printed) is None and not is_known(printed)


def test_former_bodies_say_what_replaced_them():
    old = lookup("Bộ TN&MT")
    assert old.former and old.until == dt.date(2025, 3, 1)
    assert [lookup(n).name for n in old.replaced_by] == ["Bộ Nông nghiệp và Môi trường"]
    assert lookup("Sở KH&ĐT").replaced_by == ("Sở Tài chính",)
    assert not lookup("Bộ Tài chính").former


def test_abbreviations_expand_to_their_entry():
    short = abbreviations()
    assert short["Bộ KH&ĐT"] == "Bộ Kế hoạch và Đầu tư" and short["NHNN"] == "Ngân hàng Nhà nước Việt Nam"
    assert short["Sở LĐ-TB&XH"] == "Sở Lao động - Thương binh và Xã hội"
    assert short["EVN"] == "Tập đoàn Điện lực Việt Nam"
    assert "Thành ủy" not in short and "Bộ Tài chính" not in short        # names, not abbreviations
    for abbreviation, full in short.items():
        assert lookup(abbreviation).name == full, abbreviation


def test_every_known_name_is_known():
    names = known_names()
    assert "Bộ KH&ĐT" in names and "Sở TN&MT" in names and "tỉnh Bắc Giang" in names
    assert "BKHĐT" not in names and "BKHĐT" in known_names(with_codes=True)
    assert all(is_known(n) for n in known_names(with_codes=True))
    with_provinces = known_names(with_provinces=True)
    assert "Sở Y tế tỉnh Hà Giang" in with_provinces and "Thành ủy Cần Thơ" in with_provinces
    assert all(is_known(n) for n in with_provinces[::97])


def test_a_bad_file_is_one_line_naming_it():
    with pytest.raises(ValueError, match=r"^x\.yaml: entries\.0\.kind: ") as bad:
        parse("sources: {s: t}\nentries:\n- {name: Bộ X, kind: bureau, level: central, source: s}", "x.yaml")
    assert "\n" not in str(bad.value)
    with pytest.raises(ValueError, match=r"^x\.yaml: .*unknown source"):
        parse("sources: {s: t}\nentries:\n- {name: Bộ X, kind: ministry, level: central, source: u}",
              "x.yaml")
    with pytest.raises(ValueError, match="names both"):
        _Index(parse("sources: {s: t}\nentries:\n- {name: Bộ X, kind: ministry, level: central, source: s}\n"
                     "- {name: Bộ Y, aliases: [Bộ X], kind: ministry, level: central, source: s}"))
