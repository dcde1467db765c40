"""The package version (one place; the store and Dask workers record it)."""

__version__ = "0.1.0"
