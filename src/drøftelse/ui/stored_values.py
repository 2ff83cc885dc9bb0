"""Values stored in Danish, shown in the window's language (issue 31, row 8): the participants' and members' roles
("Leder", "Arbejdsleder", …) are kept in the database as the Danish word, whatever language chose them, so a
meeting reads the same in either language and in the documents; a role typed freely is kept and shown as typed.
Numbers of days follow the language too: "0,5" in Danish, "0.5" in English."""

from __future__ import annotations

from PySide6.QtCore import QLocale

from drøftelse.domain import i18n
from drøftelse.ui.roles import MEMBER_ROLES, ROLES
from drøftelse.ui.translation import translate


def known_roles() -> dict[str, str]:
    """Each offered role (Danish) by the translation context it is offered in."""
    known = {role: "SetupPage" for role in ROLES}
    known.update({role: "MemberDialog" for role in MEMBER_ROLES if role not in known})
    return known


def role_shown(stored: str) -> str:
    """A stored role in the window's language; a role the app does not offer is shown as it was typed."""
    context = known_roles().get(stored.strip())
    return translate(context, stored.strip()) if context else stored


def role_stored(shown: str) -> str:
    """The role to store for one shown (chosen or typed) in the window's language: an offered role as its Danish
    word, anything else as typed."""
    text = shown.strip()
    for role, context in known_roles().items():
        if text.casefold() in (role.casefold(), translate(context, role).casefold()):
            return role
    return text


def number_shown(value: float) -> str:
    """A number of days in the window's language: "1,5" / "1.5", no trailing zeros."""
    locale = QLocale(QLocale.Language.Danish if i18n.current_language() == "da" else QLocale.Language.English)
    return locale.toString(float(value), "g", 6)
