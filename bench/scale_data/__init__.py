"""Planning the scale data of ``bench/generate.py``: a realistic IQ portfolio of any size, in memory.

The story the data tells
------------------------
Every date derives from ``heute``; nothing reads the clock, and one
``random.Random(seed)`` makes every choice, so the same seed and ``heute`` give
identical table contents. IT set up the database at go-live (the seed's audit rows and
ledger are stamped with that moment), the existing portfolio was taken over by an
import that, like this generator, wrote no audit rows, and from then on every change
was audited. The planners plan each entity's full history (created, named, consents
given, phase moved, milestone reached, risk closed, …) and keep the newest events up
to the audit size, so go-live is wherever that budget reaches back to. A project's
"Aktualisiert am" is its latest change; its records (Sachstände, consents, milestones
reached) never lie after it, so a stale project (rule 7) really stopped reporting.

The IQ rules find problems in realistic proportion, and at every scale (the defects of
``sizes.MAENGEL`` are exact shares, at least one project each): a few corridors with
more than five active projects, 2 % of the people in active project groups also in a
second one (some overridden with a reason), missing consents mostly for people staffed
in the last weeks, a few projects without Projektleitung, kick-off, planned end or
milestones or a note on the three aspects, one in twelve not updated within the
reporting cycle. Problems cluster in troubled projects, so about a third of the active
projects have a finding.

The modules
-----------
``planner`` runs the stages in their fixed order, each in its own module:
``organisation``, ``people``, ``corridors``, ``users``, ``meetings``, ``portfolio``
(per project: ``timeline``, ``steckbrief``, ``decisions``, ``history``), ``staffing``,
``risks``, ``status_reports``, ``overrides``. They share a ``plan.Plan`` (the seeded
random generator, the rows per table, the ``audit`` trail to be); ``sizes`` and
``dates`` hold the numbers and calendar rules, ``names`` the word lists, and ``writing``
puts the plan into the database.
"""
