"""Reading a returned forberedelsesark: the hidden identity and the three texts from its form fields.

A returned file may be anything: not a PDF, printed to PDF (the fields flattened), scanned, encrypted, damaged,
huge or hostile. Each gets a Danish message. The parsing runs in a separate process with a time and memory
limit, so a PDF built to make a parser spin cannot hang the app.
"""

from __future__ import annotations

import multiprocessing
from dataclasses import dataclass, field
from pathlib import Path

from drøftelse.documents.preparation_sheet import FIELD_PREFIX, IDENTITY_FIELD
from drøftelse.domain.errors import DroeftelseError
from drøftelse.domain.i18n import current_language, set_language, translate
from drøftelse.domain.limits import clean_text
from drøftelse.domain.os_errors import describe_os_error

MAX_BYTES = 20 * 1024 * 1024
TIME_LIMIT_S = 20
MEMORY_LIMIT = 1536 * 1024 * 1024


class SheetRefused(DroeftelseError):
    """A returned sheet that cannot be imported; the message says why, in Danish."""


@dataclass(frozen=True)
class ReturnedSheet:
    path: Path
    identity: str
    texts: dict[str, str]  # box key -> text, line breaks as "\n"
    labels: dict[str, str] = field(default_factory=dict)  # box key -> the field's tooltip (a hearing's question)


def read_sheet(path: Path) -> ReturnedSheet:
    path = Path(path)
    name = path.name
    try:
        size = path.stat().st_size
        with open(path, "rb") as f:
            head = f.read(1024)
    except FileNotFoundError:
        raise SheetRefused(translate("sheet_reader", "{0}: filen findes ikke.").format(name)) from None
    except OSError as e:
        raise SheetRefused(
            translate("sheet_reader", "{0}: filen kan ikke læses ({1}).").format(name, describe_os_error(e))
        ) from None
    if size > MAX_BYTES:
        raise SheetRefused(
            translate(
                "sheet_reader", "{0}: filen er for stor ({1:.0f} MB; et forberedelsesark fylder under 1 MB)."
            ).format(name, size / 1024 / 1024)
        )
    if b"%PDF-" not in head:
        raise SheetRefused(
            translate(
                "sheet_reader", "{0}: filen er ikke en PDF. Send det gemte forberedelsesark (PDF) tilbage."
            ).format(name)
        )
    kind, value = _parse_with_limits(path)
    if kind == "fejl":
        raise SheetRefused(f"{name}: {value}")
    return ReturnedSheet(path, value["identity"], value["texts"], value.get("labels", {}))


def _parse_with_limits(path: Path) -> tuple[str, object]:
    ctx = multiprocessing.get_context("spawn")
    receiver, sender = ctx.Pipe(duplex=False)
    # a spawned child starts in Danish: it is told the language its refusals are to be written in
    child = ctx.Process(target=_parse_in_child, args=(str(path), sender, current_language()), daemon=True)
    child.start()
    sender.close()
    try:
        if not receiver.poll(TIME_LIMIT_S):
            child.kill()
            return "fejl", translate(
                "sheet_reader", "det tog for lang tid at læse filen – den er måske beskadiget. Intet er indlæst."
            )
        try:
            return receiver.recv()
        except EOFError:  # the child died: out of memory, or worse
            return "fejl", translate(
                "sheet_reader", "filen kunne ikke læses (den er beskadiget eller for tung at åbne). Intet er indlæst."
            )
    finally:
        child.join(1)
        if child.is_alive():
            child.kill()
        receiver.close()


def _log_pypdf_to_file(path: str) -> None:
    """pypdf tells in English what it repaired in a damaged file ("incorrect startxref pointer"), on stderr. That
    is for support, not for the chairs: it goes to the log (fejl.log) with the file's name."""
    import logging

    from drøftelse.paths import log_dir

    try:
        folder = log_dir()
        folder.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = logging.FileHandler(folder / "fejl.log", encoding="utf-8", delay=True)
        handler.setFormatter(logging.Formatter(f"%(asctime)s %(name)s ({Path(path).name}): %(message)s"))
    except OSError:
        handler = logging.NullHandler()  # no log to write to: then nowhere, never stderr
    logging.captureWarnings(True)  # warnings.warn(...) goes to the "py.warnings" logger
    for name in ("pypdf", "py.warnings"):
        logger = logging.getLogger(name)
        logger.handlers[:] = [handler]
        logger.propagate = False


def _parse_in_child(path: str, sender, language: str = "da") -> None:
    set_language(language)
    _log_pypdf_to_file(path)
    try:
        import resource

        resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))
    except (ImportError, ValueError, OSError):
        pass  # not on this system: the time limit still holds
    try:
        sender.send(parse_sheet(path))
    except Exception as e:  # noqa: BLE001 - whatever the file does, the answer is a Danish refusal
        sender.send(
            (
                "fejl",
                translate(
                    "sheet_reader",
                    "filen er beskadiget og kan ikke læses. Bed om at få arket gemt og sendt igen. "
                    "Intet er indlæst. [{0}]",
                ).format(type(e).__name__),
            )
        )  # the bracket helps support, not users
    finally:
        sender.close()


def parse_sheet(path: str) -> tuple[str, object]:
    """The work done in the child: ("ok", {identity, texts}) or ("fejl", Danish reason)."""
    from pypdf import PdfReader

    reader = PdfReader(path, strict=False)
    if reader.is_encrypted:
        return "fejl", (
            translate(
                "sheet_reader",
                "PDF'en er krypteret (beskyttet med adgangskode). Gem arket uden adgangskode og send det igen.",
            )
        )
    fields = reader.get_fields() or {}
    if IDENTITY_FIELD not in fields:
        if not fields:
            return "fejl", (
                translate(
                    "sheet_reader",
                    "arket har ingen udfyldelige felter – det er nok udskrevet til PDF eller scannet. "
                    "Bed om at få arket gemt i PDF-læseren (Filer › Gem), ikke udskrevet.",
                )
            )
        return "fejl", translate("sheet_reader", "PDF'en er ikke et forberedelsesark eller høringsark fra Drøftelse.")
    identity = str(fields[IDENTITY_FIELD].get("/V") or "")
    texts, labels = {}, {}
    for name, box in fields.items():
        if name.startswith(FIELD_PREFIX):
            value = box.get("/V")
            text = "" if value is None else str(value)
            # NUL and other control characters out: PostgreSQL cannot store NUL, and they mean nothing in a box
            texts[name[len(FIELD_PREFIX) :]] = clean_text(text.replace("\r\n", "\n").replace("\r", "\n"))
            labels[name[len(FIELD_PREFIX) :]] = clean_text(str(box.get("/TU") or ""))
    return "ok", {"identity": identity, "texts": texts, "labels": labels}
