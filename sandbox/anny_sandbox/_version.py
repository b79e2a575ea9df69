"""The version of the `anny-sandbox` distribution (read by hatchling)."""

__version__ = "0.1.0"
