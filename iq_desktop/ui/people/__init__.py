"""The Personen and Organisation pages: people with their Mitwirkungen, the line organisation."""
