"""The roles offered: a participant's in Opsætning's combo boxes, a member's in the member dialog. Each is stored in
Danish and shown in the window's language (ui/stored_values.py), which is why its own module: stored_values reads
both lists, and the two modules that offer them use stored_values."""

from __future__ import annotations

from drøftelse.domain.i18n import QT_TRANSLATE_NOOP

ROLES = (  # a participant's (a template may name its own)
    QT_TRANSLATE_NOOP("SetupPage", "Leder"),
    QT_TRANSLATE_NOOP("SetupPage", "AMR"),
    QT_TRANSLATE_NOOP("SetupPage", "TR"),
    QT_TRANSLATE_NOOP("SetupPage", "HR"),
    QT_TRANSLATE_NOOP("SetupPage", "Arbejdsmiljøleder"),
    QT_TRANSLATE_NOOP("SetupPage", "Arbejdsleder"),
    QT_TRANSLATE_NOOP("SetupPage", "Medarbejder"),
    QT_TRANSLATE_NOOP("SetupPage", "Gæst"),
)
MEMBER_ROLES = (  # an AMO member's
    QT_TRANSLATE_NOOP("MemberDialog", "AMR"),
    QT_TRANSLATE_NOOP("MemberDialog", "Arbejdsleder"),
    QT_TRANSLATE_NOOP("MemberDialog", "Leder"),
    QT_TRANSLATE_NOOP("MemberDialog", "Arbejdsmiljøleder"),
    QT_TRANSLATE_NOOP("MemberDialog", "Arbejdsmiljøkoordinator"),
)
