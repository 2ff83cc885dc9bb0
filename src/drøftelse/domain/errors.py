"""Errors a user can act on. Their message is Danish and is shown as it is, without a traceback."""

from drøftelse.domain.i18n import translate


class DroeftelseError(Exception):
    """Base of every error whose message is written for the user."""

    @property
    def message(self) -> str:
        return str(self.args[0]) if self.args else self.__class__.__name__


class TemplateError(DroeftelseError):
    """A meeting template file is missing, unreadable or has a wrong key."""


class ExchangeError(DroeftelseError):
    """A meeting file (JSON) cannot be imported; the message names the place in the file."""


class DatabaseRefused(DroeftelseError):
    """The database file is not ours, is newer than this program, or cannot be opened."""


class DatabaseDamaged(DatabaseRefused):
    """SQLite found the file damaged (malformed pages); it is left as it is, and the message names a backup."""


class DatabaseUnreadableText(DatabaseDamaged):
    """A text in the file is not valid UTF-8 (a damaged page, another program's write); the file is left as it is,
    and `droeftelse check` names the row."""


class DatabaseFull(DroeftelseError):
    """The disk holding the database is full: SQLite rolled the write back, so nothing was stored."""


class DatabaseBusy(DroeftelseError):
    """Another program holds the database's write lock longer than we wait; nothing was changed."""


class DatabaseReadOnly(DroeftelseError):
    """The database was opened read-only on purpose (a read-only file or folder, a full disk): nothing is stored."""


class NotFound(DroeftelseError):
    """A committee, meeting or row that the user named does not exist."""


class MeetingNotFound(NotFound):
    """No meeting has the number asked for (`meeting_id`); `where_to_look` adds where the numbers are (the command
    line's words: the user named the number)."""

    def __init__(self, meeting_id: int, where_to_look: bool = False):
        if where_to_look:
            missing = translate("store", "Der findes intet møde med nummer {0}. Se numrene med 'droeftelse list'.")
            super().__init__(missing.format(meeting_id))
        else:
            super().__init__(f"Der findes intet møde med nummer {meeting_id}.")
        self.meeting_id = meeting_id


class DatabaseGone(DroeftelseError):
    """The open database file was removed or replaced (a USB stick pulled out)."""


class ServerUnreachable(DatabaseGone):
    """The shared database's server cannot be reached (stopped, restarting, the network gone): what was being
    written was not stored. `server` names it (host, and port when not the default); `reason`, when known, says
    why in Danish; `not_stored`, set by whoever knows, says in Danish what was not stored ("Navn «Bente»")."""

    def __init__(self, server: str, reason: str | None = None):
        text = (
            translate(
                "ServerUnreachable",
                "Der er ikke forbindelse til databaseserveren {0}. Det, der blev ændret, er ikke gemt; prøv igen, "
                "når forbindelsen er tilbage.",
            ).format(server)
            if reason is None
            else translate(
                "ServerUnreachable",
                "Der er ikke forbindelse til databaseserveren {0} ({1}). Intet er gemt; prøv igen, når serveren "
                "kan nås.",
            ).format(server, reason)
        )
        super().__init__(text)
        self.server = server
        self.reason = reason
        self.not_stored: str | None = None


class ActionItemChanged(DroeftelseError):
    """A handleplan row's field was changed somewhere else (another chair's window on a shared database) after this
    window read it; nothing was overwritten. `field`, `current_value` and `current_version` are what is stored now."""

    def __init__(self, field: str, current_value, current_version: int):
        super().__init__(
            "Feltet i handleplanen er ændret et andet sted (fx af den anden formand), efter at det blev vist her. "
            "Intet er overskrevet."
        )
        self.field = field
        self.current_value = current_value
        self.current_version = current_version


class AnswerChanged(DroeftelseError):
    """A text was changed somewhere else (a returned sheet imported, another window) after the window read it;
    nothing was overwritten. `current_text` and `current_version` are what is stored now."""

    def __init__(self, current_text: str, current_version: int):
        super().__init__(
            translate(
                "AnswerChanged",
                "Teksten er ændret et andet sted (fx et indlæst forberedelsesark), efter at den blev vist her. "
                "Intet er overskrevet.",
            )
        )
        self.current_text = current_text
        self.current_version = current_version


class MeetingClosed(DroeftelseError):
    """A write to a closed meeting's data: its referat and handleplan are the record (issue 28), so nothing was
    changed. Raised early by the store with the meeting's name, or from the database's own refusal (a trigger)
    without it."""

    def __init__(self, title: str | None = None, closed_at=None, message: str | None = None):
        if message is not None:  # what the refused action was, said by its caller
            text = message
        elif title is None:
            text = translate("MeetingClosed", "Mødet er afsluttet – genåbn det for at rette. Intet er ændret.")
        else:
            when = f" {closed_at.day}.{closed_at.month}.{closed_at.year}" if closed_at is not None else ""
            text = translate("MeetingClosed", "Mødet »{0}« er afsluttet{1} – genåbn det for at rette. Intet er ændret.")
            text = text.format(title, when)
        super().__init__(text)
        self.title = title


class ChangeLogLocked(DroeftelseError):
    """The log of changes made after closing cannot be changed or removed (only with its meeting)."""


class FieldChanged(DroeftelseError):
    """A value was changed somewhere else (the other chair's window on a shared database, the command line) after
    this window showed it; nothing was overwritten. `what` names the field in Danish; `current_value` is what is
    stored now and `yours` what this window wrote, for the window to show both and ask which to keep."""

    def __init__(self, what: str, field: str, current_value, yours):
        super().__init__(
            translate(
                "FieldChanged",
                "{0} er ændret et andet sted (fx af den anden formand), efter at det blev vist her. Intet er "
                "overskrevet.",
            ).format(what)
        )
        self.what = what
        self.field = field
        self.current_value = current_value
        self.yours = yours


class CommitteeNotFound(NotFound):
    """No committee has the number asked for (`committee_id`)."""

    def __init__(self, committee_id: int):
        super().__init__(translate("listing", "Der findes intet udvalg med nummer {0}.").format(committee_id))
        self.committee_id = committee_id


class MeetingNotInCommittee(NotFound):
    """A meeting (`meeting_id`) was named for a committee (`committee`, its name) it does not belong to."""

    def __init__(self, meeting_id: int, committee: str):
        super().__init__(
            translate("committee_plan", "Møde {0} hører ikke til udvalget {1}.").format(meeting_id, committee)
        )
        self.meeting_id = meeting_id
        self.committee = committee


class OrderChanged(DroeftelseError):
    """The rows to be put in order are not the meeting's rows now (`stored`: their ids): one was added or removed
    meanwhile, and nothing was moved."""

    def __init__(self, stored: frozenset[int]):
        super().__init__(
            translate("meetings", "Handleplanen blev ændret et andet sted imens. Intet er flyttet – prøv igen.")
        )
        self.stored = stored
