"""The CLI's output streams: never a UnicodeEncodeError, never a raw control code, and a
closed pipe (``coach search x | head -1``) ends the command quietly."""

from __future__ import annotations

import contextlib
import io
import os
import sys
from typing import TextIO

from coach.domain.text import printable


def guard_streams() -> None:
    """Let stdout and stderr write any text: on a terminal or pipe forced to ASCII
    (``PYTHONIOENCODING=ascii``, an old ``LANG=C``) what it cannot encode is shown as
    ``\\xf8`` rather than stopping the command with a UnicodeEncodeError."""
    for stream in (sys.stdout, sys.stderr):
        if not isinstance(stream, io.TextIOWrapper):
            continue
        utf8 = stream.encoding.lower().replace("-", "").replace("_", "") == "utf8"
        if stream.errors == "strict" or not utf8:
            with contextlib.suppress(ValueError, io.UnsupportedOperation):
                stream.reconfigure(errors="backslashreplace")


def quiet_closed_pipe() -> None:
    """After a BrokenPipeError: point stdout at /dev/null, so that Python's flush at exit
    does not report the closed pipe a second time."""
    try:
        fd = sys.stdout.fileno()
    except (AttributeError, ValueError, io.UnsupportedOperation):
        return
    devnull = os.open(os.devnull, os.O_WRONLY)
    try:
        os.dup2(devnull, fd)
    finally:
        os.close(devnull)


class CleanStream:
    """A text stream that shows control characters in what is written escaped (see
    ``coach.domain.text.printable``): everything a command prints goes through it, so a
    name holding ESC sequences cannot recolour or retitle the terminal."""

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream

    def write(self, text: str) -> int:
        self._stream.write(printable(text))
        return len(text)

    def writelines(self, lines) -> None:
        for line in lines:
            self.write(line)

    def __getattr__(self, name: str):  # flush, fileno, isatty, getvalue, encoding, …
        return getattr(self._stream, name)
