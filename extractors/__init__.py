"""Pure finders over a string: citations, agencies, roles, deadlines, report-to, products."""


def clear_caches() -> None:
    """Forget what was read from the last letter (the finders cache by text within one)."""
    from extractors.agencies import _find_agencies
    from extractors.agency_names import agency_key, expand_abbreviations
    from extractors.deadlines import _cached_deadlines
    from extractors.patterns import fold
    from extractors.roles import _cached_roles

    for cached in (_find_agencies, _cached_roles, _cached_deadlines, fold, agency_key, expand_abbreviations):
        cached.cache_clear()
