"""Properties that hold for any input: arbitrary Unicode and mutated corpus letters go
through normalisation, segmentation, every extractor and the whole pipeline without an
exception; every span lies inside the source and reads the value it reports; the output
validates against the committed JSON Schema; normalisation is idempotent."""
import json
import os
import random
import unicodedata
from pathlib import Path

import jsonschema
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from extractors import clear_caches
from extractors.agencies import find_agencies
from extractors.citations import find_citations
from extractors.dates import find_dates
from extractors.deadlines import find_deadlines
from extractors.deliverables import find_deliverables
from extractors.named_references import find_named_references
from extractors.report_to import find_report_to
from extractors.roles import find_roles
from pipeline.errors import UnreadableFile
from pipeline.extract import extract
from pipeline.layout import paragraphs
from pipeline.textmap import Text

ROOT = Path(__file__).resolve().parents[1]
LETTERS = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "corpus/letters").glob("*.txt"))]
SCHEMA = json.loads((ROOT / "schemas/letter.schema.json").read_text(encoding="utf-8"))
VALIDATOR = jsonschema.Draft202012Validator(SCHEMA)
# CHIDAO_PROPERTY_EXAMPLES=5000 for a long hunt; CI runs the default
PROFILE = settings(max_examples=int(os.environ.get("CHIDAO_PROPERTY_EXAMPLES", 150)), deadline=None,
                   suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

# Text that looks like letters: Vietnamese letters, digits, the punctuation of
# symbols and dates, line breaks; and, apart, any Unicode at all.
VIETNAMESE = "aăâbcdđeêghiklmnoôơpqrstuưvxyàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ"
letterish = st.text(alphabet=st.sampled_from(list(VIETNAMESE + VIETNAMESE.upper() + "0123456789 /-.,;:()\n|–"
                                                  )), max_size=600)
anything = st.text(max_size=400)


def mutate(text: str, seed: int) -> str:
    """A corpus letter broken the ways archives break them."""
    rng = random.Random(seed)
    lines = text.splitlines()
    for _ in range(rng.randint(1, 4)):
        op = rng.choice(["drop", "dup", "shuffle", "strip", "space", "cut", "nfd"])
        if op == "drop" and lines:
            del lines[rng.randrange(len(lines))]
        elif op == "dup" and lines:
            i = rng.randrange(len(lines))
            lines.insert(i, lines[i])
        elif op == "shuffle":
            a, b = sorted(rng.sample(range(len(lines) + 1), 2)) if len(lines) > 1 else (0, 0)
            chunk = lines[a:b]
            rng.shuffle(chunk)
            lines[a:b] = chunk
        elif op == "strip":       # diacritics lost, as in bad OCR or old e-mail
            lines = ["".join(c for c in unicodedata.normalize("NFD", line) if not unicodedata.combining(c))
                     for line in lines]
        elif op == "space":
            lines = [line.replace(" ", rng.choice(["  ", "\t", "\u00a0", ""])) for line in lines]
        elif op == "cut":
            lines = lines[:rng.randrange(len(lines) + 1)]
        elif op == "nfd":          # decomposed Unicode, as macOS and some editors save it
            lines = [unicodedata.normalize("NFD", line) for line in lines]
    return "\n".join(lines)


def check_letter(source: str) -> None:
    clear_caches()
    try:
        letter = extract(source)
    except UnreadableFile:
        assert not source.strip() or "\n" not in source
        return
    data = json.loads(letter.model_dump_json())
    errors = list(VALIDATOR.iter_errors(data))
    assert not errors, errors[0].message
    for c in letter.citations:
        for m in c.mentions:
            assert 0 <= m.start <= m.end <= len(source)
            assert source[m.start:m.end] == m.text
    for n in letter.named_references:
        for m in n.mentions:
            assert source[m.start:m.end] == m.text
    for t in letter.tasks:
        assert 0 <= t.span.start <= t.span.end <= len(source)
        for e in t.evidence:
            assert 0 <= e.span.start <= e.span.end <= len(source)
        if t.deadline:
            assert 0 <= t.deadline.span.start <= t.deadline.span.end <= len(source)
    for w in letter.warnings:
        assert w.span is None or 0 <= w.span.start <= w.span.end <= len(source)


@PROFILE
@given(anything)
def test_normalisation_is_nfc_idempotent_and_maps_back(source):
    doc = Text.from_source(source)
    assert unicodedata.is_normalized("NFC", doc.text)
    assert Text.from_source(doc.text).text == doc.text
    for i in range(0, len(doc.text) + 1, max(1, len(doc.text) // 7 or 1)):
        assert 0 <= doc.to_source(i) <= len(source)
    assert doc.to_source(len(doc.text)) == len(source)


@PROFILE
@given(st.one_of(letterish, anything))
def test_every_extractor_takes_any_text(text):
    clear_caches()
    for m in find_citations(text, set()):
        for mention in m.mentions:
            assert 0 <= mention.start <= mention.end <= len(text)
    for d in find_deadlines(text, 2025):
        assert 0 <= d.start <= d.end <= len(text)
    for d in find_dates(text):
        assert 0 <= d.start <= d.end <= len(text)
    for a in find_agencies(text):
        assert text[a.start:a.end] and 0 <= a.start < a.end <= len(text)
    find_roles(text)
    find_report_to(text)
    find_deliverables(text)
    for n in find_named_references(text):
        for s, e in n.spans:
            assert 0 <= s <= e <= len(text)
    for p in paragraphs(text):
        assert 0 <= p.start <= p.end <= len(text)


@PROFILE
@given(st.one_of(letterish, anything))
def test_the_pipeline_takes_any_text(text):
    check_letter(text)


@PROFILE
@given(st.integers(0, len(LETTERS) - 1), st.integers(0, 2**32))
def test_the_pipeline_takes_mutated_letters(index, seed):
    check_letter(mutate(LETTERS[index], seed))
