"""A batch belongs to the thread that opened it; a reader on another thread gets its own session."""

from __future__ import annotations

import threading


def test_a_batch_is_not_handed_to_a_reader_on_another_thread(db) -> None:
    seen: dict[str, object] = {}

    def read_elsewhere() -> None:
        with db.reading() as session:
            seen["worker"] = session

    with db.batch():
        with db.reading() as session:
            seen["own"] = session
        with db.reading() as again:
            assert again is seen["own"]  # the same thread reads inside its batch
        worker = threading.Thread(target=read_elsewhere)
        worker.start()
        worker.join(10)
    assert seen["worker"] is not seen["own"]
