"""CI's short run of the extractor fuzzer (the full million: tests/fuzz/fuzz_extractors.py)."""
from tests.fuzz.fuzz_extractors import main, make_input


def test_fuzz_inputs_are_deterministic_and_varied():
    assert make_input(7, 0) == make_input(7, 0)
    assert len({make_input(n, 0) for n in range(30)}) == 30


def test_extractors_survive_a_short_fuzz_run():
    assert main(inputs=3000, workers=1, quiet=True) == []


def test_what_the_million_found():
    from tests.fuzz.fuzz_extractors import check

    check("Giao ſở Nội vụ chủ trì")      # long s: case-insensitive "sở" with no lowercase key
