"""digest: a terminal reader for news digests."""

__version__ = "0.1.0"
