"""What every command prints the same way: one-line errors, exit statuses, JSON (no heavy imports)."""

from __future__ import annotations

import json
import sys
from typing import Any

EXIT_OK = 0
"""Exit status when everything went well."""
EXIT_BAD_INPUT = 2
"""Exit status when any input, feed or library failed (the others are still processed)."""


def report_error(message: str) -> None:
    """Print a one-line error to stderr, prefixed with the program name."""
    print(f"digest: {' '.join(message.split())}", file=sys.stderr)


def dump_json(payload: Any) -> None:
    """Print ``payload`` as indented JSON (non-ASCII kept as is) and a final newline."""
    json.dump(payload, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")
