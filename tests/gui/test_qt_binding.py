"""Guards against a Qt binding that corrupts Python's reference counts.

PySide6 6.12.0 drops a reference to ``None`` on every call of a void Qt
method (``QLabel.setText``, ``QStandardItem.setData`` …) and on every invalid
``QVariant`` it returns. On Python 3.11, where ``None`` is not yet immortal,
the program then aborts ("deallocating None") after a few thousand calls;
the scale-30 benchmark found it. pyproject.toml excludes that release; this
test fails for any binding with the same defect.
"""

from __future__ import annotations

import sys

import pytest

CALLS = 2000


def _drain(call) -> int:
    before = sys.getrefcount(None)
    for _ in range(CALLS):
        call()
    return before - sys.getrefcount(None)


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="None is immortal from Python 3.12: nothing to drain")
@pytest.mark.usefixtures("qapp")
def test_void_qt_calls_keep_none_alive() -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QLabel

    label = QLabel()
    item = QStandardItem("Leitprojekt")
    model = QStandardItemModel()
    model.appendRow(QStandardItem("Korridorthema"))
    index = model.index(0, 0)

    # a correct binding leaves None's count where it was (give or take a few cached references)
    assert _drain(lambda: label.setText("Wird geladen …")) < CALLS // 10
    assert _drain(lambda: item.setData(1, Qt.ItemDataRole.UserRole)) < CALLS // 10
    assert _drain(lambda: index.data(Qt.ItemDataRole.UserRole)) < CALLS // 10
