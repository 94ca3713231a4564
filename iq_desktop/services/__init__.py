"""Use cases of the IQ process, the rule engine and the derived values.

Each public function opens one transaction, validates, writes (the audit
trail follows in the same flush) and returns plain read models, never live
ORM objects. Nothing here imports Qt widgets.
"""
