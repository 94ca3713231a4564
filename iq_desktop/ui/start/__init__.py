"""The start page: the portfolio at a glance."""
