"""The worker pool's resource tracker gets a real error stream, one that leads nowhere, while the app holds
``sys.stderr`` in an object without a descriptor."""

from __future__ import annotations

import io
import os
import sys

import pytest

from digest.core.feeds import workers


def test_a_captured_stderr_is_stood_in_for_by_a_file_leading_nowhere(monkeypatch: pytest.MonkeyPatch) -> None:
    captured = io.StringIO()
    monkeypatch.setattr(sys, "stderr", captured)
    with workers._usable_stderr():
        assert sys.stderr is not captured
        assert os.path.samestat(os.fstat(sys.stderr.fileno()), os.stat(os.devnull))
        print("never on the terminal", file=sys.stderr)
    assert sys.stderr is captured
    assert captured.getvalue() == ""
