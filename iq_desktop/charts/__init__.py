"""Charts painted with QtGui alone (no widgets): the project window draws them, the Word report saves them as PNG.

The only package outside ``iq_desktop.ui`` that imports QtGui: painting text
needs Qt's font machinery. Exports import it lazily, when they draw a chart,
so the command line and the services start without Qt (tests/unit/test_layering.py).
"""
