"""Keeps this program's presence in the database and tells the window who else is there.

The heartbeat writes in a worker thread: on a share that is slow or busy the
window never waits for it. A failed beat is logged and tried again at the
next tick; after two minutes of failures others see this PC as gone, which is
right, since it cannot write either.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from iq_desktop.services import presence
from iq_desktop.ui.background import run_in_background

if TYPE_CHECKING:
    from iq_desktop.db.database import Database

log = logging.getLogger(__name__)


class PresenceKeeper(QObject):
    #: who else has the database open (list of ``presence.Anwesend``), after every beat
    others_changed = Signal(list)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._db: Database | None = None
        self._own_id: int | None = None
        self._busy = False
        self._timer = QTimer(self)
        self._timer.setInterval(int(presence.HEARTBEAT.total_seconds() * 1000))
        self._timer.timeout.connect(self.beat)

    def start(self, db: Database) -> None:
        """Join ``db`` (after leaving a previous one).

        Not for a database opened read-only (it writes nothing) nor one in memory: no one
        else can be there, and its single connection must not be shared with a worker.
        """
        self.stop()
        if db.read_only or db.location.in_memory:  # no one else can have it open
            return
        self._db = db
        self._busy = True
        run_in_background(lambda: presence.join(db), self._joined(db), self._failed(db))
        self._timer.start()

    def beat(self) -> None:
        db, own_id = self._db, self._own_id
        if db is None or self._busy:
            return
        self._busy = True
        if own_id is None:  # joining failed earlier: try again
            run_in_background(lambda: presence.join(db), self._joined(db), self._failed(db))
        else:
            run_in_background(lambda: presence.beat(db, own_id), self._joined(db), self._failed(db))

    def stop(self) -> None:
        """Leave the database: this PC no longer counts as present (closing, another database)."""
        self._timer.stop()
        db, own_id = self._db, self._own_id
        self._db, self._own_id, self._busy = None, None, False
        if db is not None and own_id is not None:
            try:
                presence.leave(db, own_id)
            except Exception:  # the heartbeat's end removes us in two minutes anyway
                log.warning("leaving the presence list failed", exc_info=True)

    def _joined(self, db: Database):
        def done(result: tuple[int, list[presence.Anwesend]]) -> None:
            if db is not self._db:  # stopped or switched meanwhile: leave what the worker joined
                try:
                    presence.leave(db, result[0])
                except Exception:
                    log.warning("leaving a superseded presence failed", exc_info=True)
                return
            self._busy = False
            self._own_id, anwesende = result
            self.others_changed.emit(anwesende)

        return done

    def _failed(self, db: Database):
        def failed(exc: BaseException) -> None:
            if db is self._db:
                self._busy = False
            log.warning("presence heartbeat failed: %s", exc, exc_info=exc)

        return failed
