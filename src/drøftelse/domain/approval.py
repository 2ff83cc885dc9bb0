"""Who approves a handleplan or a referat: the forum the meeting was held in, as it reads after "Godkendt af".

The plan is agreed by the body that met (arbejdsmiljøudvalget, the AMO, a MED-udvalg), and each member present
signs it; not by the formandskab alone.
"""

from __future__ import annotations

from drøftelse.domain.i18n import QT_TRANSLATE_NOOP, translate

DEFAULT_BODY = QT_TRANSLATE_NOOP("Approval", "arbejdsmiljøudvalget")  # when no forum was chosen at setup


def approving_body(forum: str) -> str:
    """ "Arbejdsmiljøudvalget" -> "arbejdsmiljøudvalget"; "MED-udvalget", "AMO Nord" and "Hoved-MED" stay as
    written (a first word with a capital after its first letter is a name or an abbreviation); "" ->
    "arbejdsmiljøudvalget"."""
    forum = " ".join(forum.split())
    if not forum:
        return translate("Approval", DEFAULT_BODY)
    first = forum.split()[0]
    if any(c.isupper() for c in first[1:]):
        return forum
    return forum[0].lower() + forum[1:]
