"""A høringsark's hidden identity and its words: the meeting's token, the arbejdsmiljøgruppe and the sheet's own
one-time code, signed with the database's key like a forberedelsesark's, so one code counts once however the file
was changed and a changed or made-up code is refused (HearingSheetRefused, with the reason). The key and the
meeting's token come from the store; nothing here reads or writes a row."""

from __future__ import annotations

import hashlib
import hmac
import re

from drøftelse.domain.errors import DroeftelseError
from drøftelse.domain.i18n import translate

HEARING_PREFIX = "droeftelse-hoering:2"
FIELD_KEY = "q{}"  # a question's box key on the sheet: q<question id>
HEARING_IDENTITY = re.compile(
    r"droeftelse-hoering:2:([0-9a-f]{16}):((?:[0-9a-f]{2}){0,2000}):([0-9a-f]{16}):([0-9a-f]{32})", re.ASCII
)
OLD_HEARING_IDENTITY = re.compile(r"droeftelse-hoering:1:.*", re.ASCII | re.DOTALL)
MAX_HEARING_IDENTITY = 4200


def is_hearing_identity(identity: str) -> bool:
    return identity.strip().startswith("droeftelse-hoering:")


def _signature(key: bytes, token: str, group_hex: str, code: str) -> str:
    return hmac.new(key, f"hoering:{token}:{group_hex}:{code}".encode(), hashlib.sha256).hexdigest()[:32]


def sheet_code(key: bytes, token: str, group_hex: str, number: int) -> str:
    """Sheet number `number`'s one-time code: the same each time the sheets are made, so making them again (after
    a question changed) hands out the same codes, and the count handed out does not grow."""
    return hmac.new(key, f"hoering-kode:{token}:{group_hex}:{number}".encode(), hashlib.sha256).hexdigest()[:16]


def signed_identity(token: str, group: str, key: bytes, number: int = 1) -> str:
    """The identity of sheet `number` for `group` ("" for all employees) of the meeting whose token is `token`."""
    group_hex = group.encode("utf-8").hex()
    code = sheet_code(key, token, group_hex, number)
    return f"{HEARING_PREFIX}:{token}:{group_hex}:{code}:{_signature(key, token, group_hex, code)}"


class HearingSheetRefused(DroeftelseError):
    """A returned høringsark whose identity cannot be trusted; nothing was read in. `reason` is one of "old" (made
    before each sheet had its code), "not_ours", "other_meeting", "changed", "unreadable"; `file_name` and
    `meeting_title` are for the message only."""

    def __init__(self, reason: str, file_name: str, meeting_title: str = ""):
        super().__init__(_REFUSALS[reason](file_name, meeting_title))
        self.reason, self.file_name, self.meeting_title = reason, file_name, meeting_title


_REFUSALS = {
    "old": lambda name, _title: translate(
        "hearing",
        "{0}: høringsarket er lavet, før hvert ark fik sin egen engangskode, og kan derfor ikke tælles sikkert "
        "én gang. Lav nye høringsark (droeftelse hoering) og del dem ud igen. Intet er indlæst.",
    ).format(name),
    "not_ours": lambda name, _title: translate(
        "hearing",
        "{0}: arket kan ikke bekræftes som et høringsark fra dette møde – det skjulte mærke er ændret eller "
        "ikke lavet af Drøftelse. Intet er indlæst.",
    ).format(name),
    "other_meeting": lambda name, title: translate(
        "hearing", "{0}: høringsarket hører til et andet møde end »{1}«. Intet er indlæst."
    ).format(name, title),
    "changed": lambda name, _title: translate(
        "hearing",
        "{0}: arket kan ikke bekræftes som et høringsark fra dette møde – det skjulte mærke eller arkets "
        "engangskode er ændret. Intet er indlæst.",
    ).format(name),
    "unreadable": lambda name, _title: translate(
        "hearing", "{0}: høringsarkets mærke kan ikke læses. Intet er indlæst."
    ).format(name),
}


def verified_sheet(identity: str, key: bytes, token: str, file_name: str, meeting_title: str) -> tuple[str, str]:
    """The (group, one-time code) of a returned sheet whose mark is this meeting's (`token`) and unchanged."""
    identity = identity.strip() if len(identity) <= MAX_HEARING_IDENTITY else ""
    match = HEARING_IDENTITY.fullmatch(identity)
    if match is None:
        raise HearingSheetRefused("old" if OLD_HEARING_IDENTITY.fullmatch(identity) else "not_ours", file_name)
    their_token, group_hex, code, signature = match.groups()
    if their_token != token:
        raise HearingSheetRefused("other_meeting", file_name, meeting_title)
    if not hmac.compare_digest(signature, _signature(key, token, group_hex, code)):
        raise HearingSheetRefused("changed", file_name)
    try:
        return bytes.fromhex(group_hex).decode("utf-8"), code
    except UnicodeDecodeError:  # signed by us, so never; said in Danish all the same
        raise HearingSheetRefused("unreadable", file_name) from None


# --- what a høringsark says
def sheet_instruction() -> str:
    return translate(
        "hearing",
        "Før den årlige arbejdsmiljødrøftelse vil arbejdsmiljøorganisationen gerne høre, hvad du mener. "
        "Svar på de spørgsmål, du har noget at sige til – kort eller langt. Du skal ikke skrive dit navn.",
    )


def sheet_heading() -> str:
    return translate("hearing", "Høringsark")


def question_label(number, title: str, question: str) -> str:
    """A question's box on the sheet: "Punkt 1 · Indhold for året: …"."""
    return translate("hearing", "Punkt {0} · {1}: {2}").format(number, title, question)


def sheet_recipient(group: str, number: int, count: int) -> str:
    """Whom sheet `number` of `count` is for: a group's employees, or all."""
    recipient = f"{group} – alle ansatte" if group else "Alle ansatte"
    return recipient if count == 1 else translate("hearing", "{0} – ark {1}").format(recipient, number)
