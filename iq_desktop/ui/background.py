"""Run a read off the GUI thread and hand its result back to the GUI thread.

For work that reads much and changes nothing (the rule check of a large
portfolio); the worker opens its own session from the same engine, and the
result arrives through a queued Qt signal, so the callbacks run on the GUI
thread. Writes stay on the GUI thread, where the conflict handling lives.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal

log = logging.getLogger(__name__)


class _Relay(QObject):
    finished = Signal(object, object)  # result, exception

    def __init__(self, on_done: Callable[[Any], None], on_error: Callable[[BaseException], None]) -> None:
        super().__init__()
        self._on_done, self._on_error = on_done, on_error
        self.finished.connect(self._deliver)

    def _deliver(self, result: Any, error: BaseException | None) -> None:
        _running.discard(self)
        if error is None:
            self._on_done(result)
        else:
            self._on_error(error)


#: relays waiting for their worker; kept here so Python does not collect them early
_running: set[_Relay] = set()
_threads: list[threading.Thread] = []


def run_in_background(
    work: Callable[[], Any], on_done: Callable[[Any], None], on_error: Callable[[BaseException], None]
) -> None:
    """Call ``work()`` in a worker thread; then ``on_done(result)`` or ``on_error(exc)`` on the GUI thread."""
    relay = _Relay(on_done, on_error)
    _running.add(relay)

    def run() -> None:
        try:
            result = work()
        except BaseException as exc:  # handed to the GUI thread, which decides what the user sees
            relay.finished.emit(None, exc)
        else:
            relay.finished.emit(result, None)

    thread = threading.Thread(target=run, name="iq-hintergrund", daemon=True)
    _threads[:] = [t for t in _threads if t.is_alive()]
    _threads.append(thread)
    thread.start()


def pending() -> int:
    """Workers whose result has not yet been delivered (tests wait for none before closing a database)."""
    return len(_running)


def join_all(timeout_s: float = 10.0) -> None:
    """Wait for running workers (before a database is closed at exit); results are not delivered."""
    while _threads:
        _threads.pop().join(timeout_s)
