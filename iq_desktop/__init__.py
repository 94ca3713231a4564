"""IQ Desktop: the desktop program for the Leitprojekte of the IQ process."""

__version__ = "0.1.0"
