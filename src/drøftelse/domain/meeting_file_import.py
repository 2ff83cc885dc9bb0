"""A meeting file read and checked before anything is stored (docs/exchange.md): the whole file against its shape
(domain/meeting_file.py) and the templates, a step renamed since it was made read with its new key. A file with a
fault is ExchangeError, in Danish, naming the place in the file, e.g. `action_items[3].hvem: mangler`."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from drøftelse.domain import meeting_file
from drøftelse.domain.annual import RENAMED_STEPS
from drøftelse.domain.errors import DroeftelseError, ExchangeError
from drøftelse.domain.i18n import translate
from drøftelse.domain.meeting_file import FORMAT, FileFault, MeetingFile
from drøftelse.domain.os_errors import describe_os_error
from drøftelse.domain.template_library import TemplateLibrary
from drøftelse.domain.templates import check_template_version

MAX_BYTES = 50 * 1024 * 1024


def read_meeting_file(path: Path) -> dict[str, Any]:
    """Read and parse a meeting file; refuse what is not one, in Danish."""
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise ExchangeError(
                translate("exchange", "{0} er for stor til at være en mødefil ({1} MB).").format(
                    path.name, size // 1_000_000
                )
            )
        raw = path.read_bytes()
    except FileNotFoundError:
        raise ExchangeError(translate("exchange", "Filen {0} findes ikke.").format(path)) from None
    except IsADirectoryError:
        raise ExchangeError(translate("exchange", "{0} er en mappe, ikke en mødefil.").format(path)) from None
    except OSError as e:
        raise ExchangeError(
            translate("exchange", "Filen {0} kan ikke læses: {1}.").format(path, describe_os_error(e))
        ) from None
    try:
        return meeting_file.parse(raw.decode("utf-8-sig"))
    except UnicodeDecodeError:
        raise ExchangeError(
            translate("exchange", "{0} er ikke en mødefil fra Drøftelse (ikke UTF-8-tekst).").format(path.name)
        ) from None
    except json.JSONDecodeError as e:
        raise ExchangeError(
            translate("exchange", "{0} er ikke en gyldig mødefil: JSON-fejl i linje {1}, kolonne {2}.").format(
                path.name, e.lineno, e.colno
            )
        ) from None
    except FileFault as e:
        raise ExchangeError(translate("exchange", "{0} er ikke en gyldig mødefil: {1}.").format(path.name, e)) from None


def validate(data: Any, templates: TemplateLibrary) -> MeetingFile:
    """The file as typed records (meeting_file.MeetingFile), or ExchangeError naming the first fault's place."""
    try:
        checked = meeting_file.check(data)
    except FileFault as e:
        if e.place == "format":
            raise ExchangeError(
                translate("exchange", "Filen er ikke en mødefil fra Drøftelse (format skal være {0!r}).").format(FORMAT)
            ) from None
        raise ExchangeError(translate("exchange", "Mødefilen har en fejl: {0}").format(e)) from None

    def fault(path: str, problem: str) -> ExchangeError:
        return ExchangeError(translate("exchange", "Mødefilen har en fejl: {0}: {1}").format(path, problem))

    checked = _with_renamed_steps(checked)
    meeting = checked.meeting
    if meeting.kind not in templates.kinds():
        raise fault(
            "meeting.kind",
            translate("exchange", "mødetypen {0!r} kendes ikke (kendte: {1})").format(
                meeting.kind, ", ".join(templates.kinds())
            ),
        )
    template = templates.get(meeting.kind)
    try:
        check_template_version(template, meeting.template_version or template.version)
    except DroeftelseError as e:
        raise fault("meeting.template_version", e.message) from None
    if meeting.step and template.step(meeting.step) is None:
        raise fault(
            "meeting.step", translate("exchange", "trinnet {0!r} findes ikke i skabelonen").format(meeting.step)
        )
    keys: set[str] = set()
    for i, p in enumerate(checked.participants):
        if p.key in keys:
            raise fault(f"participants[{i}].key", translate("exchange", "{0!r} bruges af to deltagere").format(p.key))
        keys.add(p.key)
    seen: set[tuple] = set()
    for i, a in enumerate(checked.answers):
        if a.participant is not None and a.participant not in keys:
            raise fault(
                f"answers[{i}].participant",
                translate("exchange", "{0!r} er ikke en af deltagerne").format(a.participant),
            )
        if template.step(a.step) is None:
            raise fault(
                f"answers[{i}].step",
                translate("exchange", "trinnet {0!r} findes ikke i skabelonen {1}").format(a.step, template.name),
            )
        if not template.has_box(a.step, a.box):
            raise fault(
                f"answers[{i}].box",
                translate("exchange", "feltet {0!r} findes ikke i trinnet {1!r}").format(a.box, a.step),
            )
        ident = (a.participant, a.step, a.box)
        if ident in seen:
            raise fault(f"answers[{i}]", translate("exchange", "samme felt står to gange for samme deltager"))
        seen.add(ident)
    return checked


def _with_renamed_steps(checked: MeetingFile) -> MeetingFile:
    """A file made before its template renamed a step (domain.annual.RENAMED_STEPS) is read with the new keys and
    the new template version: its texts land where the meeting now keeps them, as revision 0005 does in a
    database."""
    m = checked.meeting
    renamed = RENAMED_STEPS.get(m.kind)
    if renamed is None or m.template_version is None or m.template_version >= renamed[0]:
        return checked
    version, keys = renamed

    def new(key):
        return keys.get(key, key)

    settings = m.settings
    if settings.order is not None:
        settings = settings.model_copy(update={"order": [new(k) for k in settings.order]})
    if settings.agenda is not None:
        settings = settings.model_copy(update={"agenda": {new(k): v for k, v in settings.agenda.items()}})
    meeting = m.model_copy(
        update={"template_version": version, "step": new(m.step) if m.step else m.step, "settings": settings}
    )
    answers = [a.model_copy(update={"step": new(a.step)}) for a in checked.answers]
    return checked.model_copy(update={"meeting": meeting, "answers": answers})
