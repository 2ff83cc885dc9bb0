"""deltag: the phone server from the command line, with the meeting's links printed."""

from __future__ import annotations

import sys

from drøftelse.cli.arguments import add_command, add_meeting_argument
from drøftelse.cli.common import open_db, ready_to_write, templates
from drøftelse.domain.errors import DroeftelseError
from drøftelse.domain.i18n import translate


def _deltag_parser(sub) -> None:
    c = add_command(
        sub,
        "deltag",
        translate(
            "cli",
            "lad deltagerne svare fra deres egen telefon: start en webserver på det lokale net og vis mødets links "
            "(stop med Ctrl+C)",
        ),
    )
    add_meeting_argument(c)
    c.add_argument(
        "--adresse",
        dest="host",
        default="127.0.0.1",
        metavar=translate("cli", "IP"),
        help=translate(
            "cli",
            "den lokale netværksadresse serveren lytter på (standard 127.0.0.1, kun denne maskine); telefonerne "
            "skal bruge bærbarens adresse på mødelokalets net",
        ),
    )
    c.add_argument(
        "--port", type=int, default=8470, metavar=translate("cli", "PORT"), help=translate("cli", "standard 8470")
    )
    c.add_argument(
        "--hoering",
        dest="hearing",
        type=int,
        default=0,
        metavar=translate("cli", "ANTAL"),
        help=translate("cli", "lav (mindst) så mange høringslinks, ét til hver ansat, og vis dem"),
    )
    c.add_argument(
        "--certifikat",
        dest="certfile",
        metavar=translate("cli", "FIL"),
        help=translate("cli", "HTTPS med organisationens certifikat (PEM)"),
    )
    c.add_argument(
        "--noegle", dest="keyfile", metavar=translate("cli", "FIL"), help=translate("cli", "certifikatets nøgle (PEM)")
    )
    c.add_argument(
        "--sekunder",
        dest="seconds",
        type=float,
        default=None,
        metavar=translate("cli", "N"),
        help=translate("cli", "stop serveren efter N sekunder (standard: når der trykkes Ctrl+C)"),
    )


def cmd_deltag(args) -> int:
    """The phone server from the command line: forberedelse and the hearing (the room's question, ideas and votes
    need the chairs' window). Runs until Ctrl+C, SIGTERM or --sekunder; a forberedelse that meets text written
    elsewhere keeps both texts (there is no window to ask)."""
    import signal
    import threading

    from drøftelse.services import meetings
    from drøftelse.web.server import PhoneServer

    db, library = open_db(args), templates()
    ready_to_write(db)
    meeting = meetings.get_meeting(db, args.meeting)
    if meeting.closed_at is not None:
        raise DroeftelseError(translate("cli", "Mødet »{0}« er afsluttet. Genåbn det først.").format(meeting.title))
    server = PhoneServer(db, library, args.meeting, args.host, args.port, None, args.certfile, args.keyfile)
    server.start()
    stop = threading.Event()
    for sig in (signal.SIGINT, signal.SIGTERM):
        signal.signal(sig, lambda *_: stop.set())
    try:
        _print_links(db, library, args, server, meeting.title)
        sys.stdout.flush()
        stop.wait(args.seconds)
    finally:
        server.stop()
        _keep_waiting_texts(db, library, args.meeting, server.room.take_waiting())
        print(translate("cli", "Telefonserveren er stoppet."))
    return 0


def _print_links(db, library, args, server, title: str) -> None:
    """The room's link, each participant's forberedelse and (with --hoering) the hearing's links."""
    from drøftelse.services import meetings, phones

    room = phones.link_for(db, args.meeting, phones.ROOM)
    print(translate("cli", "Telefonserveren kører på {0} for »{1}«.").format(server.address, title))
    if server.scheme == "http":
        print(translate("cli", "Almindelig HTTP på det lokale net: det sendte er ikke krypteret undervejs."))
    print(translate("cli", "Mødet: {0}").format(server.url("r", room.code)))
    for p in meetings.participants(db, args.meeting):
        link = phones.link_for(db, args.meeting, phones.PREPARATION, p.id)
        print(translate("cli", "Forberedelse, {0}: {1}").format(p.name, server.url("f", link.code)))
    if args.hearing:
        for link in phones.hearing_links(db, library, args.meeting, args.hearing):
            used = translate("cli", " (svaret)") if link.used else ""
            print(translate("cli", "Høring {0}: {1}{2}").format(link.number, server.url("h", link.code), used))


def _keep_waiting_texts(db, library, meeting_id: int, waiting) -> None:
    """No chairs' window to choose: both texts are kept, so nothing sent is lost."""
    if waiting:
        from drøftelse.services.exchange import apply_imports

        apply_imports(db, library, meeting_id, [(p, {c.box: "begge" for c in p.changes}) for p in waiting])
    for plan in waiting:
        print(
            translate(
                "cli", "{0}: {1} felt(er) fra telefonen havde anden tekst i Drøftelse; begge tekster er beholdt."
            ).format(plan.participant, len(plan.changes))
        )


PARSERS = {"deltag": _deltag_parser}
COMMANDS = {"deltag": cmd_deltag}
