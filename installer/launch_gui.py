"""Entry script of the windowed executable (IQ-Desktop.exe): the start menu's program window."""

import sys

from iq_desktop.cli import main_gui

sys.exit(main_gui())
