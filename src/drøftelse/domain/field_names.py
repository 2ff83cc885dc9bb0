"""What the question to the chairs calls a field that the other chair changed (issue 27): "Titlen er ændret et
andet sted …". Keyed by table and field, as store/field_writes names them."""

from __future__ import annotations

from drøftelse.domain.i18n import QT_TRANSLATE_NOOP, translate

_NAMES = {
    "meeting": {
        "title": QT_TRANSLATE_NOOP("fields", "Mødets titel"),
        "place": QT_TRANSLATE_NOOP("fields", "Stedet"),
        "date": QT_TRANSLATE_NOOP("fields", "Datoen"),
        "forum": QT_TRANSLATE_NOOP("fields", "Forum"),
        "form": QT_TRANSLATE_NOOP("fields", "Formen"),
        "order": QT_TRANSLATE_NOOP("fields", "Punkternes rækkefølge"),
        "agenda": QT_TRANSLATE_NOOP("fields", "Dagsordenens minutter"),
        "speaker_minutes": QT_TRANSLATE_NOOP("fields", "Minutter pr. taler"),
        "speaker": QT_TRANSLATE_NOOP("fields", "Hvem der har ordet"),
    },
    "participant": {
        "name": QT_TRANSLATE_NOOP("fields", "Deltagerens navn"),
        "role": QT_TRANSLATE_NOOP("fields", "Deltagerens rolle"),
        "present": QT_TRANSLATE_NOOP("fields", "Til stede"),
        "formandskab": QT_TRANSLATE_NOOP("fields", "Formandskab"),
        "note_taker": QT_TRANSLATE_NOOP("fields", "Referent"),
        "position": QT_TRANSLATE_NOOP("fields", "Rækkefølgen i runden"),
    },
    "goal": {"text": QT_TRANSLATE_NOOP("fields", "Målet")},
    "verdict": {
        "verdict": QT_TRANSLATE_NOOP("fields", "Vurderingen"),
        "comment": QT_TRANSLATE_NOOP("fields", "Kommentaren til vurderingen"),
        "effect": QT_TRANSLATE_NOOP("fields", "Virkede det?"),
        "effect_note": QT_TRANSLATE_NOOP("fields", "Noten til Virkede det?"),
    },
    "plan_item": {
        "hvem": QT_TRANSLATE_NOOP("fields", "Hvem? i kompetenceudviklingsplanen"),
        "hvad": QT_TRANSLATE_NOOP("fields", "Hvad? i kompetenceudviklingsplanen"),
        "hvornaar": QT_TRANSLATE_NOOP("fields", "Hvornår? i kompetenceudviklingsplanen"),
        "days": QT_TRANSLATE_NOOP("fields", "Dage i kompetenceudviklingsplanen"),
    },
    "member": {
        "name": QT_TRANSLATE_NOOP("fields", "Medlemmets navn"),
        "role": QT_TRANSLATE_NOOP("fields", "Medlemmets rolle"),
        "elected_on": QT_TRANSLATE_NOOP("fields", "Valgt/udpeget"),
        "took_office_on": QT_TRANSLATE_NOOP("fields", "Tiltrådt"),
        "took_office_assumed": QT_TRANSLATE_NOOP("fields", "Tiltrædelsen (antaget)"),
        "left_on": QT_TRANSLATE_NOOP("fields", "Fratrådt"),
        "formandskab": QT_TRANSLATE_NOOP("fields", "Formandskab"),
        "group_name": QT_TRANSLATE_NOOP("fields", "Gruppen"),
        "contact": QT_TRANSLATE_NOOP("fields", "Kontakten"),
        "mandatory": QT_TRANSLATE_NOOP("fields", "Den obligatoriske uddannelse"),
    },
    "training": {
        "title": QT_TRANSLATE_NOOP("fields", "Kurset"),
        "taken_on": QT_TRANSLATE_NOOP("fields", "Kursets dato"),
        "days": QT_TRANSLATE_NOOP("fields", "Kursets dage"),
    },
    "offer": {"answer": QT_TRANSLATE_NOOP("fields", "Svaret på tilbuddet")},
    "hearing_question": {"questions": QT_TRANSLATE_NOOP("fields", "Høringsspørgsmålene")},
}


def field_names(table: str) -> dict[str, str]:
    """The table's fields in words, in the language the app speaks now."""
    return {field: translate("fields", name) for field, name in _NAMES.get(table, {}).items()}
