"""The version of the `anny-client` distribution (read by hatchling and by the User-Agent)."""

__version__ = "0.1.0"
