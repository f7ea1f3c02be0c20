"""The output boundary in the small: visible escapes for names and URLs, every printed line passes the
boundary, JSON stays valid and exact, and a closed or full standard output never gives a traceback."""

from __future__ import annotations

import errno
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from digest.cli import main
from digest.commands.output import json_text, report_error
from digest.core.sanitize import shown, storable, terminal_text
from tests.conftest import ROOT, SEEDS
from tests.pty_run import C1_OR_BIDI


def test_shown_makes_every_control_visible() -> None:
    assert shown("a\x1b]0;T\x07b") == "a\\x1b]0;T\\x07b"
    assert shown("new\nline\ttab") == "new\\nline\\ttab"
    assert shown("rtl\u202etxt.exe \u2066x\u200b") == "rtl\\u202etxt.exe \\u2066x\\u200b"
    assert shown("c1\x9b31m") == "c1\\x9b31m"
    assert shown("bad-\udcff.txt") == "bad-\\xff.txt"  # an undecodable byte of a file name
    assert shown("Café — 東京 \U0001f468\u200d\U0001f469") == "Café — 東京 \U0001f468\u200d\U0001f469"


@given(st.text())
def test_shown_and_terminal_text_never_leave_a_control(text: str) -> None:
    for result in (shown(text), terminal_text(text)):
        assert "\x1b" not in result and not C1_OR_BIDI.search(result)
        assert not any("\ud800" <= c <= "\udfff" for c in result)
        result.encode("utf-8")
    assert "\n" not in shown(text) and "\r" not in terminal_text(text)


def test_storable_keeps_a_name_findable() -> None:
    assert storable("a\udcffb") == "a\\xffb" and storable("plain") == "plain"


@given(
    st.recursive(
        st.text() | st.integers() | st.none(), lambda inner: st.lists(inner) | st.dictionaries(st.text(), inner)
    )
)
def test_json_output_is_exact_and_escapes_what_a_terminal_obeys(payload: object) -> None:
    text = json_text(payload)
    assert json.loads(text) == payload
    assert "\x1b" not in text and not C1_OR_BIDI.search(text)


def test_an_error_line_cannot_forge_another(capsys: pytest.CaptureFixture[str]) -> None:
    report_error("x.txt\ndigest: all is well \x1b[2J")
    assert capsys.readouterr().err == "digest: x.txt\\ndigest: all is well \\x1b[2J\n"


class FullDevice(io.RawIOBase):
    """A file on a full disk (like /dev/full): every write fails."""

    def writable(self) -> bool:
        return True

    def write(self, data: object) -> int:
        raise OSError(errno.ENOSPC, "No space left on device")


@pytest.mark.parametrize(
    "command", [["sections", str(SEEDS)], ["list"], ["export-opml"], ["summary", "--json", str(SEEDS)]]
)
def test_a_full_stdout_is_one_line(
    command: list[str], monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["add", str(SEEDS)]) == 0
    capsys.readouterr()
    monkeypatch.setattr(sys, "stdout", io.TextIOWrapper(io.BufferedWriter(FullDevice()), encoding="utf-8"))
    monkeypatch.setattr("digest.cli._discard_stdout", lambda: None)  # the test's own descriptor 1 stays
    assert main(command) == 1
    err = capsys.readouterr().err
    assert err.startswith("digest: cannot write the output") and "No space left" in err
    assert len(err.strip().splitlines()) == 1


def test_a_pipe_closed_early_ends_quietly(tmp_path: Path) -> None:
    env_library = str(tmp_path / "lib.db")
    for command in (["sections", str(SEEDS)], ["export", str(SEEDS)], ["quotes", "--json", str(SEEDS)]):
        process = subprocess.Popen(
            [sys.executable, "-m", "digest", "--library", env_library, *command],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            cwd=ROOT,
        )
        assert process.stdout is not None and process.stderr is not None
        process.stdout.read(10)
        process.stdout.close()  # like `digest ... | head -c 10`
        err = process.stderr.read()
        assert process.wait(timeout=120) == 0, err
        assert b"Traceback" not in err and b"Exception ignored" not in err, err
