"""One translation entry point for code that must not import Qt widgets.

Services and the command line produce German text for users. In the GUI, Qt's
translators are installed and ``translate`` defers to
``QCoreApplication.translate`` so the English catalogue applies; in the command
line QtCore is usually not loaded (start-up time), and the German source text
is returned unchanged. ``lupdate`` extracts ``translate("Context", "Text")``
calls like Qt's own.
"""

from __future__ import annotations

import sys


def translate(context: str, text: str) -> str:
    """Return ``text`` translated for ``context`` when Qt is loaded, else as is."""
    qtcore = sys.modules.get("PySide6.QtCore")
    if qtcore is None:
        return text
    return qtcore.QCoreApplication.translate(context, text)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # Qt's name, so lupdate finds it
    """Mark ``text`` for extraction without translating it yet."""
    return text
