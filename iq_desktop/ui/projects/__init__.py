"""The project list (table model, filter proxy, panel) and the read-only detail panel."""
