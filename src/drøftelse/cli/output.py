"""Standard output that tells its own failure apart (a closed pipe, a full disk), and the log of an unexpected
error's traceback."""

from __future__ import annotations

import sys
from pathlib import Path

import drøftelse
from drøftelse.domain.i18n import translate


class WatchedOutput:
    """Standard output that remembers its own failure, so a full device is told apart from a file a command
    could not write (those become Danish messages where they are written)."""

    def __init__(self, stream):
        self._stream = stream
        self.failure: OSError | None = None

    def write(self, text: str) -> int:
        if self._stream is None:
            return len(text)
        try:
            return self._stream.write(text)
        except OSError as e:
            self.failure = e
            raise

    def flush(self) -> None:
        if self._stream is None:
            return
        try:
            self._stream.flush()
        except OSError as e:
            self.failure = e
            raise

    def __getattr__(self, name):
        return getattr(self._stream, name)


def silence_stdout() -> None:
    """Point standard output at /dev/null, so the interpreter's last flush at exit does not fail again."""
    import os

    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):
        pass


def log_traceback() -> Path:
    import datetime as dt
    import traceback

    from drøftelse.paths import log_dir

    try:
        folder = log_dir()
        folder.mkdir(parents=True, exist_ok=True)
        log = folder / "fejl.log"
        with open(log, "a", encoding="utf-8") as f:
            f.write(
                f"--- {dt.datetime.now().isoformat()} Drøftelse {drøftelse.__version__}\n{traceback.format_exc()}\n"
            )
        return log
    except OSError:
        return Path(translate("cli", "(logfilen kunne ikke skrives)"))
