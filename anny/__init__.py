"""anny: the Python client for the anny Customer API."""

from anny._version import __version__

__all__ = ["__version__"]
