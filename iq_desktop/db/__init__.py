"""Persistence: database locations, engines, schema migrations, seed data, backups, audit."""
