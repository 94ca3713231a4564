"""The project editor: a Leitprojekt's tabs, saved as units through the services."""
