"""Floor for *data visible*: QApplication, ``import sqlalchemy.orm``, a QMainWindow with a QTableView.

The irreducible part of any start of this program: Qt, the ORM, a window with a table.
"""

import sys

import sqlalchemy.orm  # noqa: F401  (the import is the point)
from _paint_log import FirstPaintLog
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView

app = QApplication(sys.argv[:1])
window = QMainWindow()
window.setWindowTitle("Floor: ORM and table")
window.resize(1280, 800)
table = QTableView(window)
table.setModel(QStandardItemModel(0, 8, table))
window.setCentralWidget(table)
FirstPaintLog(window)
window.show()
sys.exit(app.exec())
