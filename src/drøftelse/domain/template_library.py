"""The templates in one folder, each read when first asked for (domain/templates.py reads and checks them).

Apart from domain/templates.py so the window can hold its library without importing the reader: its checks, its
dataclasses and tomllib took ~8 ms of the first start, which shows no meeting (issue 32)."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from drøftelse.domain.errors import TemplateError
from drøftelse.domain.i18n import current_language, translate

if TYPE_CHECKING:
    from drøftelse.domain.templates import Template


class TemplateLibrary:
    """The templates in one folder, loaded once each."""

    def __init__(self, folder: Path):
        self.folder = folder

    def kinds(self) -> list[str]:
        return sorted(p.stem for p in self.folder.glob("*.toml"))

    def get(self, kind: str) -> Template:
        return self._get(kind, current_language())

    @cache  # noqa: B019 -- one library per process, kept for its whole life; one copy per language
    def _get(self, kind: str, language: str) -> Template:
        from drøftelse.domain.templates import load_template_file  # noqa: PLC0415 - the reader, when first needed

        if kind not in self.kinds():
            known = ", ".join(self.kinds())
            raise TemplateError(
                translate("TemplateLibrary", "Der findes ingen mødeskabelon for mødetypen {0!r} (kendte: {1}).").format(
                    kind, known
                )
            )
        return load_template_file(self.folder / f"{kind}.toml")
