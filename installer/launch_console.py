"""Entry script of the console executable (iq-desktop-konsole.exe): IT's command line."""

import sys

from iq_desktop.cli import main

sys.exit(main())
