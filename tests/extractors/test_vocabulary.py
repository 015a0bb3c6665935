"""The vocabularies of extractors/data load through their models and keep their promises."""
import pytest

from extractors.agencies import find_agencies
from extractors.agency_names import agency_key, alias_examples
from extractors.roles import starts_with_action
from extractors.vocabulary import action_vocabulary, agency_vocabulary, provinces


def test_vocabularies_load():
    assert "Sở" in agency_vocabulary().named_heads
    assert "tham mưu" in action_vocabulary().verbs
    assert "Phú Thọ" in provinces() and "Sơn La" in provinces()


@pytest.mark.parametrize("example", agency_vocabulary().examples)
def test_agency_examples_are_recognised_whole(example):
    assert [a.name for a in find_agencies(example)] == [example]


@pytest.mark.parametrize("example", action_vocabulary().examples)
def test_action_examples_open_an_order(example):
    assert starts_with_action(example)


@pytest.mark.parametrize("example", action_vocabulary().not_)
def test_action_counter_examples_do_not(example):
    assert not starts_with_action(example)


def test_no_duplicate_entries():
    v = agency_vocabulary()
    for name in ("named_heads", "local_heads", "levels", "collective_nouns", "qualifiers"):
        values = getattr(v, name)
        assert len(values) == len(set(values)), name


@pytest.mark.parametrize("short, full", alias_examples())
def test_alias_examples_share_a_key(short, full):
    assert agency_key(short) == agency_key(full)
