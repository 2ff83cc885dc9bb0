"""The commands about the database file itself: check and backup (take, list or restore a backup)."""

from __future__ import annotations

from pathlib import Path

from drøftelse.cli.arguments import add_command
from drøftelse.cli.common import open_db
from drøftelse.domain.errors import DroeftelseError
from drøftelse.domain.i18n import translate


def _check_parser(sub) -> None:
    add_command(sub, "check", translate("cli", "kontrollér databasen og vis dens skemaversion"))


def _backup_parser(sub) -> None:
    c = add_command(
        sub, "backup", translate("cli", "tag en sikkerhedskopi af databasen, vis eller gendan sikkerhedskopier")
    )
    c.add_argument("file", type=Path, nargs="?", metavar=translate("cli", "FIL"))
    what = c.add_mutually_exclusive_group()
    what.add_argument(
        "--gendan",
        type=Path,
        metavar=translate("cli", "KOPI"),
        help=translate("cli", "læg sikkerhedskopien KOPI tilbage som databasen (den nuværende gemmes først)"),
    )
    what.add_argument(
        "--liste", action="store_true", help=translate("cli", "vis databasens sikkerhedskopier, nyeste først")
    )


def cmd_check(args) -> int:
    from drøftelse.domain.errors import DatabaseDamaged
    from drøftelse.domain.server_address import is_server_address
    from drøftelse.paths import default_database
    from drøftelse.services.database import backup_advice, integrity_problems, schema_findings

    target = args.db or default_database()
    try:
        db = open_db(args)
        problems = integrity_problems(db)
    except DatabaseDamaged as e:  # what check is for: said as its finding, not as a refusal
        local = not is_server_address(target)
        print(translate("cli", "Database: {0}").format(target))
        print(translate("cli", "Fejl: {0}").format(e.message))
        for p in schema_findings(Path(target)) if local else ():  # which entry, when it is the schema
            print(translate("cli", "Fejl: {0}").format(p))
        return 1
    print(translate("cli", "Database: {0}").format(db.path))
    print(translate("cli", "Skemaversion: {0}").format(db.revision))
    if problems:
        for p in problems:
            print(translate("cli", "Fejl: {0}").format(p))
        if db.dialect == "sqlite":
            print(translate("cli", "Hvad I kan gøre: {0}. Filen er ikke ændret.").format(backup_advice(db.path)))
        return 1
    print(translate("cli", "Integritet: ok"))
    return 0


def cmd_backup(args) -> int:
    if args.gendan is not None or args.liste:
        if args.file is not None:
            raise DroeftelseError(translate("cli", "Angiv enten en fil at gemme kopien i, eller --gendan/--liste."))
        return _restore_backup(args) if args.gendan is not None else _list_backups(args)
    if args.file is None:
        raise DroeftelseError(translate("cli", "Angiv filen, sikkerhedskopien skal gemmes i: droeftelse backup FIL."))
    from drøftelse.services.database import backup_to

    backup_to(open_db(args), args.file)
    print(translate("cli", "Sikkerhedskopien er gemt i {0}").format(args.file))
    return 0


def _local_database(args) -> Path:
    from drøftelse.domain.server_address import is_server_address
    from drøftelse.paths import default_database

    target = args.db or default_database()
    if is_server_address(target):
        raise DroeftelseError(
            translate("cli", "En fælles database på en server har ingen sikkerhedskopier her: dem tager serveren.")
        )
    return Path(target).expanduser()


def _restore_backup(args) -> int:
    from drøftelse.services.database import restore_backup

    path = _local_database(args)
    kept = restore_backup(path, args.gendan)
    print(translate("cli", "Sikkerhedskopien {0} er lagt tilbage som {1}.").format(args.gendan, path))
    if kept is not None:
        print(translate("cli", "Den fil, der lå der før, er gemt som {0}.").format(kept))
    return 0


def _list_backups(args) -> int:
    from drøftelse.services.database import backups_for

    found = backups_for(_local_database(args))
    if not found:
        print(translate("cli", "Ingen sikkerhedskopier endnu."))
    for b in found:
        revision = b.revision or translate("cli", "kan ikke læses")
        print(f"{b.made:%Y-%m-%d %H:%M:%S}  {revision}  {b.reason}  {b.path}")
    return 0


PARSERS = {"check": _check_parser, "backup": _backup_parser}
COMMANDS = {"check": cmd_check, "backup": cmd_backup}
