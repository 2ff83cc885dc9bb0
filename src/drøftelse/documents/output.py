"""Writing an exported file: complete or not at all, with a Danish message when the disk says no."""

from __future__ import annotations

from pathlib import Path

from drøftelse.documents.atomic import write_beside
from drøftelse.domain.errors import DroeftelseError
from drøftelse.domain.i18n import translate
from drøftelse.domain.os_errors import describe_os_error


def write_file(target: Path, payload: bytes) -> Path:
    target = Path(target)
    if target.parent and not target.parent.exists():
        raise DroeftelseError(translate("output", "Mappen {0} findes ikke.").format(target.parent))
    try:
        return write_beside(target, lambda partial: partial.write_bytes(payload))
    except OSError as e:
        raise DroeftelseError(
            translate("output", "Filen {0} kunne ikke gemmes: {1}.").format(target, describe_os_error(e))
        ) from None
