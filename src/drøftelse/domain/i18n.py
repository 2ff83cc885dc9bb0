"""The app's languages: Danish (the source text everywhere) and English.

The catalogues are Qt Linguist files, `resources/i18n/droeftelse_<lang>.ts`, extracted by `pyside6-lupdate` from
every `translate("Context", "tekst")` call in the code (Qt's own `QCoreApplication.translate` in ui/, this
module's `translate` elsewhere) and compiled to .qm by `pyside6-lrelease` for Qt. This module reads the same .ts
with the standard library, so domain/, documents/ and the CLI translate without loading Qt.

The language is the app's setting (`set_language`), and a document can be made in another one inside
`with language("en"):` (per thread: an export on a worker leaves the window's language alone).
"""

from __future__ import annotations

import contextlib
import contextvars
import functools
import os
from collections.abc import Callable, Iterator
from pathlib import Path

from drøftelse.paths import resources_dir

LANGUAGES = ("da", "en")
LANGUAGE_NAMES = {"da": "Dansk", "en": "English"}
SOURCE_LANGUAGE = "da"

_app_language = SOURCE_LANGUAGE
_override: contextvars.ContextVar[str | None] = contextvars.ContextVar("droeftelse_language", default=None)
# the pseudo-translation test replaces every lookup to find text that escapes translation
_lookup_hook: Callable[[str, str], str] | None = None


def language_from_locale(environ: os._Environ | dict | None = None) -> str:
    """English when the system speaks English; Danish otherwise (also for C/POSIX, as the app always did). The
    variables are read in gettext's order, LANGUAGE first."""
    env = os.environ if environ is None else environ
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = (env.get(name) or "").strip()
        if value:
            code = value.split(":")[0].split("_")[0].split(".")[0].lower()
            return "en" if code == "en" else SOURCE_LANGUAGE
    return SOURCE_LANGUAGE


def checked(lang: str | None) -> str:
    if lang not in LANGUAGES:
        raise ValueError(f"ukendt sprog {lang!r}: vælg mellem {', '.join(LANGUAGES)}")
    return lang


def set_language(lang: str) -> None:
    global _app_language
    _app_language = checked(lang)


def current_language() -> str:
    return _override.get() or _app_language


@contextlib.contextmanager
def language(lang: str | None) -> Iterator[None]:
    """Translate in `lang` inside the block, on this thread only (None: the app's language)."""
    token = _override.set(checked(lang) if lang else None)
    try:
        yield
    finally:
        _override.reset(token)


def decimal(value: float, places: int | None = None) -> str:
    """A number as the current language writes it: "1,5" in Danish, "1.5" in English (issue 31: "0,5 days");
    no trailing zeros unless `places` fixes them."""
    text = f"{value:g}" if places is None else f"{value:.{places}f}"
    return text.replace(".", ",") if current_language() == "da" else text


def translate(context: str, text: str) -> str:
    """`text` (Danish, as written in the code) in the current language; itself when no translation is known."""
    if _lookup_hook is not None:
        return _lookup_hook(context, text)
    lang = current_language()
    if lang == SOURCE_LANGUAGE:
        return text
    return catalogue(lang).get((context, text), text)


def i18n_dir() -> Path:
    return resources_dir() / "i18n"


@functools.cache
def catalogue(lang: str) -> dict[tuple[str, str], str]:
    """(context, source) -> translation, from droeftelse_<lang>.ts; unfinished and obsolete entries are left out."""
    import xml.etree.ElementTree as ET  # only for another language than Danish, not on the way to the window

    path = i18n_dir() / f"droeftelse_{lang}.ts"
    if not path.exists():
        return {}
    entries: dict[tuple[str, str], str] = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            node = message.find("translation")
            if node is None or node.get("type") in ("unfinished", "obsolete", "vanished") or not node.text:
                continue
            entries[(name, message.findtext("source") or "")] = node.text
    return entries


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 -- the name lupdate looks for
    """Marks a text kept in a constant for lupdate; it is translated where it is shown, with `translate`."""
    return text
