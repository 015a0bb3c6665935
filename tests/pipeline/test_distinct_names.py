"""A task's agencies are listed once each (pipeline.extract._distinct)."""
import pytest

from pipeline.extract import _distinct


@pytest.mark.parametrize("names, expected", [
    # a sentence's capital is no other body: the first printed form stays
    (["Các Cục Thuế", "các Cục Thuế"], ["Các Cục Thuế"]),
    (["các Sở", "Sở Y tế", "Các Sở"], ["các Sở", "Sở Y tế"]),
    (["Sở Y tế", "Sở Y tế"], ["Sở Y tế"]),
    # ... but a different word is a different name
    (["UBND tỉnh", "Ủy ban nhân dân tỉnh"], ["UBND tỉnh", "Ủy ban nhân dân tỉnh"]),
    (["Sở Y tế", "Sở y tế khu vực"], ["Sở Y tế", "Sở y tế khu vực"]),
])
def test_each_name_once_as_first_printed(names, expected):
    assert _distinct(names) == expected
