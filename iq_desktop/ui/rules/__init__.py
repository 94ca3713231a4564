"""The Regelprüfung page: every rule finding, with overrides."""
