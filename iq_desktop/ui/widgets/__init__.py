"""Small reusable widgets and painters (Ampel dot, …)."""
