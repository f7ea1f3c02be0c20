"""digest asks OpenBLAS for one thread (its matrices are small) unless the environment says otherwise."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from tests.conftest import ROOT, SAMPLE

CODE = (
    "import os, sys\n"
    "from pathlib import Path\n"
    "from digest.core.ingest import load_article\n"
    "from digest.core.summarize import summarize\n"
    f"summarize(load_article(Path({str(SAMPLE)!r})), cache=False)\n"
    "assert 'numpy' in sys.modules\n"
    "print(os.environ.get('OPENBLAS_NUM_THREADS'))\n"
)


@pytest.mark.parametrize(("given", "expected"), [(None, "1"), ("3", "3")])
def test_openblas_gets_one_thread_unless_the_environment_says(given: str | None, expected: str) -> None:
    environment = {k: v for k, v in os.environ.items() if k != "OPENBLAS_NUM_THREADS"}
    if given is not None:
        environment["OPENBLAS_NUM_THREADS"] = given
    result = subprocess.run(
        [sys.executable, "-c", CODE], capture_output=True, text=True, cwd=ROOT, env=environment, check=True
    )
    assert result.stdout.strip() == expected
