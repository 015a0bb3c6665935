"""Every letter of corpus/: output validates, and every span points at its text."""
import json
import re
import unicodedata
from functools import cache
from pathlib import Path

import jsonschema
import pytest

from pipeline import extract
from schemas import Letter

CORPUS = Path(__file__).resolve().parent.parent / "corpus"
LETTERS = sorted((CORPUS / "letters").glob("*.txt"))


@cache
def letter(path: Path) -> Letter:
    return extract(path)


def squash(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).split())


def letters(text: str) -> str:
    """The letters and digits of a name, case and punctuation aside."""
    return "".join(c for c in unicodedata.normalize("NFC", text).casefold() if c.isalnum())


def is_subsequence(words: list[str], of: list[str]) -> bool:
    it = iter(of)
    return all(any(w == x for x in it) for w in words)


SCHEMA = json.loads((CORPUS.parent / "schemas/letter.schema.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("path", LETTERS, ids=lambda p: p.stem)
def test_output_validates_against_the_models_and_schema(path):
    data = json.loads(letter(path).model_dump_json())
    jsonschema.validate(data, SCHEMA)
    assert Letter.model_validate(data) == letter(path)
    assert data["schema_version"] == "1.0"
    assert data["source"]["sha256"] and data["source"]["format"] == "text"


@pytest.mark.parametrize("path", LETTERS, ids=lambda p: p.stem)
def test_every_span_points_at_its_value(path):
    source = path.read_text(encoding="utf-8")
    result = letter(path)
    for c in result.citations:
        for m in c.mentions:
            assert source[m.start:m.end] == m.text
        # the ref is the printed symbol with its line breaks and spaces removed (and a
        # hyphen OCR printed twice, "889/CD- -TTg", once)
        assert any(re.sub(r"-+", "-", "".join(m.text.split())).casefold() == c.ref.casefold()
                   or m.text.isdigit() for m in c.mentions)
    for t in result.tasks:
        # the task's text is its span's text, markers, page numbers and line breaks aside
        span_words = squash(source[t.span.start:t.span.end]).replace("-\n", "-").split()
        text_words = [w for w in squash(t.text).split() if w in span_words]
        assert len(text_words) >= 0.9 * len(t.text.split())
        assert is_subsequence(text_words, span_words)
        for e in t.evidence:
            # every value, inherited ones too, points at the name as printed; a short
            # name ("các Cục Thuế") may stand for the fuller one the letter gave first, a
            # name for its Kính gửi form, which may space its hyphen otherwise
            assert e.span.end > e.span.start, e
            printed = letters(source[e.span.start:e.span.end]).removeprefix("các")
            value = letters(e.value)
            assert printed in value or value[:6] in printed, (printed, value)
        for d in [t.deadline, *t.other_deadlines] if t.deadline else []:
            assert squash(source[d.span.start:d.span.end]) == d.text
    for s in result.sections:
        assert 0 <= s.span.start < s.span.end <= len(source)
    for w in result.warnings:
        if w.span:
            assert 0 <= w.span.start <= w.span.end <= len(source)


@pytest.mark.parametrize("path", LETTERS, ids=lambda p: p.stem)
def test_the_letters_own_number_is_not_a_citation(path):
    result = letter(path)
    doc = result.document
    if doc.number and doc.symbol:
        assert f"{doc.number}/{doc.symbol}".casefold() not in {c.ref.casefold() for c in result.citations}


def test_seed_000_warns_of_numbering_gap_and_two_issuers():
    result = letter(CORPUS / "letters/000_6cc9c657c62e392b.txt")
    codes = {w.code for w in result.warnings}
    assert {"numbering_gap", "citation_issuers_differ", "blank_number", } <= codes
    (w,) = [w for w in result.warnings if w.code == "citation_issuers_differ"]
    assert w.message == "71/NQ-CP is attributed to Chính phủ and to Thủ tướng Chính phủ"
    assert [s.label for s in result.sections] == ["1", "4", "5", "6"]


def test_seed_004_warns_that_02_kh_bcdtw_has_two_dates():
    result = letter(CORPUS / "letters/004_141c8e3a1b93dbad.txt")
    (w,) = [w for w in result.warnings if w.code == "citation_dates_differ"]
    assert "02-KH/BCĐTW" in w.message and "2025-06-19" in w.message and "2025-02-19" in w.message
    assert "citation_issuers_differ" not in {w.code for w in result.warnings}
    (c,) = [c for c in result.citations if c.ref == "02-KH/BCĐTW"]
    assert c.date == "2025-06-19"        # the first printed date is kept


def test_seed_004_tasks_carry_the_introducing_roles():
    result = letter(CORPUS / "letters/004_141c8e3a1b93dbad.txt")
    first = result.tasks[0]
    assert first.text.startswith("Nghiên cứu, xây dựng dự thảo")
    assert first.lead == ["Sở Khoa học và Công nghệ"]
    assert first.support == ["cơ quan, đơn vị liên quan"]
    assert (first.deadline.kind, first.deadline.due) == ("date", "2025-07-10")
    assert first.report_to == ["UBND tỉnh"]
    assert "người" not in first.gaps and "thời gian" not in first.gaps


def test_letter_011_payment_rules_are_not_tasks():
    result = letter(CORPUS / "letters/011.txt")
    assert {t.section for t in result.tasks} <= {"4", "5", "6"}


def test_a_text_with_no_tasks_is_valid_output_with_a_warning():
    result = extract("Kính gửi: Sở Nội vụ.\nVăn bản này chỉ để thông tin.\n")
    assert result.tasks == []
    assert "no_tasks" in {w.code for w in result.warnings}
