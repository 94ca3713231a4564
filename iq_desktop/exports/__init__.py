"""Outputs built from read models: the rule report text (Excel and Word follow)."""
