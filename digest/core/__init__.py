"""The pure core of digest: ingestion, sections, summaries, quotes and export.

Nothing under ``digest.core`` may import textual or rich; a test proves it.

Importing it asks OpenBLAS (numpy's linear algebra) for one thread unless the environment already says how
many: digest's matrices are small (a summary's sentences, a story's articles), where OpenBLAS's helper
threads only spin. On 2 busy cores they doubled a summary's CPU time and tripled its wall time (200
development articles, ``OPENBLAS_NUM_THREADS=1`` against unset, alternated runs). numpy reads the setting
when it is first imported, which digest does only later, on the first ranking or story placement.
"""

import os

os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
