"""Allows ``python -m iq_desktop``."""

import sys

from iq_desktop.cli import main

sys.exit(main())
