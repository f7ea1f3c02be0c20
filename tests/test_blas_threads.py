from __future__ import annotations

import os
import subprocess
import sys

import pytest

from tests.conftest import ROOT, SAMPLE

CODE = (
    "import ctypes\n"
    "from pathlib import Path\n"
    "from digest.core.ingest import load_article\n"
    "from digest.core.summarize import summarize\n"
    f"summarize(load_article(Path({str(SAMPLE)!r})), cache=False)\n"
    "paths = sorted({line.split()[-1] for line in open('/proc/self/maps') if 'openblas' in line.lower()})\n"
    "library = ctypes.CDLL(paths[0]) if paths else None\n"
    "names = ('openblas_get_num_threads', 'openblas_get_num_threads64_', 'scipy_openblas_get_num_threads64_')\n"
    "found = [getattr(library, name) for name in names if library is not None and hasattr(library, name)]\n"
    "print(found[0]() if found else 'no OpenBLAS')\n"
)
"""A summary (numpy's ranking), then the number of threads the OpenBLAS numpy loaded says it uses (never more
than the machine's cores)."""


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads the loaded libraries from /proc/self/maps")
@pytest.mark.parametrize(("given", "expected"), [(None, "1"), ("2", str(min(2, os.cpu_count() or 1)))])
def test_openblas_uses_one_thread_unless_the_environment_says(given: str | None, expected: str) -> None:
    environment = {k: v for k, v in os.environ.items() if k != "OPENBLAS_NUM_THREADS"}
    if given is not None:
        environment["OPENBLAS_NUM_THREADS"] = given
    result = subprocess.run(
        [sys.executable, "-c", CODE], capture_output=True, text=True, cwd=ROOT, env=environment, check=True
    )
    if result.stdout.strip() == "no OpenBLAS":
        pytest.skip("this numpy is built without OpenBLAS: there are no helper threads to limit")
    assert result.stdout.strip() == expected
