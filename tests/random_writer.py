"""One chair's app for tests/test_shared_meeting.py: random edits of a meeting's boxes and handleplan cells on a
shared database for a while, each on the text it last read, as the window does. A refused edit (the other chair
changed the text since) is settled as the window's "Behold begge" does: the stored text, then this chair's
addition. Prints what it stored, as JSON: every word it added and where, and its counts."""

from __future__ import annotations

import json
import random
import sys
import time

from drøftelse.domain.errors import ActionItemChanged, AnswerChanged
from drøftelse.services import meetings as service
from drøftelse.services.database import open_database


def main(url: str, meeting_id: int, name: str, seconds: float, seed: int) -> None:
    rng = random.Random(seed)
    db = open_database(url)
    boxes = [(None, "enige", box) for box in ("fokus", "lykkes", "styrke")]
    rows = [r.id for r in service.action_items(db, meeting_id)][:2]
    targets = [("answer", b) for b in boxes] + [("row", (r, f)) for r in rows for f in ("hvad", "result")]
    stored: list[tuple[str, str]] = []
    edits = conflicts = 0
    end = time.monotonic() + seconds
    n = 0
    while time.monotonic() < end:
        kind, where = rng.choice(targets)
        n += 1
        word = f"{name}{n}"
        if kind == "answer":
            read = service.stored_answers(db, meeting_id).get(where, service.AnswerRecord("", 0))
            text, version = read.text, read.version
            while True:
                try:
                    service.set_answer(db, meeting_id, *where, f"{text} {word}".strip(), expected_version=version)
                    break
                except AnswerChanged as changed:
                    conflicts += 1
                    text, version = changed.current_text, changed.current_version
        else:
            row_id, field = where
            row = service.action_item(db, row_id)
            text, version = getattr(row, field), row.version
            while True:
                try:
                    service.update_action_item(
                        db, row_id, expected=(version, {field: text}), **{field: f"{text} {word}".strip()}
                    )
                    break
                except ActionItemChanged as changed:
                    conflicts += 1
                    text, version = changed.current_value, changed.current_version
        edits += 1
        stored.append((json.dumps([kind, where]), word))
        time.sleep(rng.uniform(0, 0.01))
    db.dispose()
    print(json.dumps({"stored": stored, "edits": edits, "conflicts": conflicts}))


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]), sys.argv[3], float(sys.argv[4]), int(sys.argv[5]))
