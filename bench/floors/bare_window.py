"""Floor for *first paint*: a bare PySide6 main window that imports nothing else."""

import sys

from _paint_log import FirstPaintLog
from PySide6.QtWidgets import QApplication, QMainWindow

app = QApplication(sys.argv[:1])
window = QMainWindow()
window.setWindowTitle("Floor: bare window")
window.resize(1280, 800)
FirstPaintLog(window)
window.show()
sys.exit(app.exec())
