"""The Textual user interface: drives the pure core in digest.core."""
