"""The binding lives in the core (:mod:`anny._binding`); the areas import it from here too."""

from anny._binding import (
    Area,
    Async,
    Context,
    M,
    Paged,
    Sync,
    endpoint,
    helpers_of,
    paged,
)

__all__ = ["Area", "Async", "Context", "M", "Paged", "Sync", "endpoint", "helpers_of", "paged"]
