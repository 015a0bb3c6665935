"""The registry's province gazetteer reads names it does not hold in the national one."""
import pytest

from pipeline.registry.gazetteer import gazetteer


@pytest.mark.parametrize("printed, query, addressed", [
    ("Các bộ, ngành", "Bộ KH&ĐT", True),
    ("Các bộ, ngành", "Sở Nội vụ", False),
    ("Bộ Kế hoạch và Đầu tư", "BKHĐT", True),
    ("Sở Tư pháp tỉnh Phú Thọ", "Sở Tư pháp", True),            # the file's own province
    ("Sở Tư pháp tỉnh Bắc Giang", "Sở Tư pháp", False),          # another province's
    ("Các sở, ban, ngành", "Sở TN&MT", True),                    # a pre-2025 department
    ("Các sở, ban, ngành", "Công an tỉnh Phú Thọ", True),
    ("UBND các tỉnh, thành phố", "Sở Y tế", False),
])
def test_national_names_in_a_province_gazetteer(printed, query, addressed):
    assert gazetteer("phu-tho").addresses(printed, query) is addressed


def test_national_is_not_a_province():
    with pytest.raises(ValueError, match="no gazetteer for province 'national'"):
        gazetteer("national")
