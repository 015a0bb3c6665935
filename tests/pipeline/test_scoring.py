"""The scorer behind `chidao eval`: canonical names, task matching, counts."""
import copy
import json
from pathlib import Path

import pytest

from pipeline.evaluate import canonical_agency, canonical_ref, match_tasks, score_letter
from schemas.gold import GoldLetter

GOLD = Path(__file__).resolve().parents[2] / "corpus/gold/004_141c8e3a1b93dbad.json"


@pytest.mark.parametrize("a, b", [
    ("UBND tỉnh", "Ủy ban nhân dân tỉnh"),
    ("Sở KH&CN", "Sở Khoa học và Công nghệ"),
    ("Hoà Bình", "Hòa Bình"),
    ("Sở Lao động-Thương binh và Xã hội", "Sở Lao động - Thương binh và Xã hội"),
])
def test_same_agency(a, b):
    assert canonical_agency(a) == canonical_agency(b)


def test_different_agencies_stay_different():
    assert canonical_agency("Sở Tài chính") != canonical_agency("Bộ Tài chính")


def test_refs_ignore_case_spaces_and_d_bar():
    assert canonical_ref("1521/QĐ-UBND") == canonical_ref("1521/qd- UBND")


def gold() -> GoldLetter:
    return GoldLetter.model_validate(json.loads(GOLD.read_text(encoding="utf-8")))


def as_prediction(g: GoldLetter) -> dict:
    data = g.model_dump(mode="json")
    return {"document": data["document"], "citations": data["citations"],
            "sections": data["sections"], "tasks": data["tasks"]}


def test_a_perfect_prediction_scores_one_everywhere():
    s = score_letter(as_prediction(gold()), gold())
    for name, m in s.metrics.items():
        assert (m.precision, m.recall) == (1.0, 1.0), name


def test_a_degraded_prediction_loses_exactly_what_was_removed():
    pred = as_prediction(gold())
    pred = copy.deepcopy(pred)
    del pred["tasks"][4]                                   # one task missed
    pred["tasks"][3]["lead"] = ["Sở Nội vụ"]               # one lead wrong
    del pred["citations"][0]                               # one citation missed
    s = score_letter(pred, gold()).metrics
    assert (s["tasks"].tp, s["tasks"].pred, s["tasks"].gold) == (4, 4, 5)
    assert (s["lead"].tp, s["lead"].pred, s["lead"].gold) == (3, 4, 5)
    assert (s["citations"].tp, s["citations"].pred, s["citations"].gold) == (3, 3, 4)


def test_tasks_match_on_opening_words_in_any_order():
    g = gold()
    pred = [{"text": "- " + t.text} for t in reversed(g.tasks)]
    assert sorted(match_tasks(pred, g.tasks)) == sorted((4 - i, i) for i in range(5))


@pytest.mark.parametrize("a, b, same", [
    ("Bộ Kế hoạchvà Đầu tư", "Bộ Kế hoạch và Đầu tư", True),        # spaces ignored
    ("Sở Y tế", "Sở Y tế tỉnh Lâm Đồng", True),                       # opening words, two or more
    ("Sở Ytế", "Sở Y tế tỉnh Lâm Đồng", True),
    ("các Bộ", "Bộ Tài chính", False),
    ("Bộ", "Bộ Tài chính", False),                                   # one word is no opening
    ("Sở Yt", "Sở Y tế", False),                                     # not at a word boundary
    ("Sở Tài", "Sở Tài chính", True),
])
def test_agency_names_match_as_the_guide_says(a, b, same):
    from pipeline.evaluate import same_agency_name
    assert same_agency_name(a, b) is same
