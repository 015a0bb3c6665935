"""Pure finders over a string: citations, agencies, roles, deadlines, report-to, products."""


def clear_caches() -> None:
    """Forget what was read from the last letter (the finders cache by text within one)."""
    from extractors.agencies import _find_agencies
    from extractors.patterns import fold
    from extractors.roles import _cached_roles

    _find_agencies.cache_clear()
    _cached_roles.cache_clear()
    fold.cache_clear()
