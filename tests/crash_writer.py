"""Run by test_crash_safety.py as a child process: keeps storing edits the way the wizard's autosave does and
reports each one on stdout only after it is stored. The test kills it with SIGKILL at random moments."""

import sys

from drøftelse.domain.actions import ActionFields
from drøftelse.store import action_items as action_store
from drøftelse.store import meetings as store
from drøftelse.store.database import open_database

db = open_database(sys.argv[1])
meeting, i = int(sys.argv[2]), int(sys.argv[3])
print("klar", flush=True)
while True:
    i += 1
    action_store.add_action_item(db, meeting, ActionFields(hvad=f"redigering {i}", hvem="AMR"))
    store.set_answer(db, meeting, None, "enige", "fokus", f"redigering {i} – æøå")
    print(i, flush=True)
