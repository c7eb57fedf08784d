"""factsheet: news articles on migration policy -> searchable, cited fact sheets."""

__version__ = "0.1.0"
