"""The pure core of digest: ingestion, sections, summaries, quotes and export.

Nothing under ``digest.core`` may import textual or rich; a test proves it.
"""
