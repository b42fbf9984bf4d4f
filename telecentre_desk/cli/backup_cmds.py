"""``backup now|list|restore|settings`` and ``key recover``: copies of the database in the host's folder."""

from __future__ import annotations

import argparse
import sys
from dataclasses import replace
from pathlib import Path

from telecentre_desk.backup import service
from telecentre_desk.backup import settings as backup_settings
from telecentre_desk.cli.context import CommandContext
from telecentre_desk.cli.output import emit_fields, emit_json, emit_table
from telecentre_desk.common.errors import DeskError
from telecentre_desk.common.i18n import _


def _passphrase_from_stdin() -> str:
    text = sys.stdin.readline().rstrip("\r\n")
    if not text:
        raise DeskError(_("no passphrase on the standard input"))
    return text


def cmd_now(ctx: CommandContext) -> None:
    ctx.paths.ensure_dirs()
    info = service.backup_now(ctx.paths.db, ctx.paths.secret_files,
                              to=Path(ctx.args.to).expanduser().absolute() if ctx.args.to else None)
    if ctx.as_json:
        emit_json({"file": info.file, "bytes": info.bytes, "integrity": "ok", "keys": info.keys})
    else:
        print(f"{info.file} ({info.bytes} bytes, integrity ok, keys sealed: {', '.join(info.keys) or 'none'})")


def cmd_list(ctx: CommandContext) -> None:
    settings = backup_settings.load(ctx.paths.db)
    folder = Path(ctx.args.dir).expanduser() if ctx.args.dir else Path(settings.folder) if settings.folder else None
    if folder is None:
        raise DeskError(_("no backup folder chosen yet: choose one in the backup settings "
                          "(telecentre-desk backup settings --dir DIR)"))
    found = service.list_backups(folder)
    if ctx.as_json:
        emit_json([b.to_json() for b in found])
        return
    emit_table([(b.created_at, b.place, b.counts.get("members", ""), b.counts.get("check_events", ""),
                 ",".join(b.keys), b.bytes, b.file) for b in found],
               ["made (UTC)", "place", "members", "check-ins", "keys", "bytes", "file"])


def cmd_restore(ctx: CommandContext) -> int:
    backup = Path(ctx.args.file).expanduser()
    info = service.inspect(backup)
    if not ctx.args.yes:
        print(f"Restore {backup} made {info.created_at} ({info.place}, {info.counts})? The current database is "
              "kept aside first. Type yes: ", end="", flush=True)
        if sys.stdin.readline().strip().lower() not in ("yes", "oui"):
            print("not restored")
            return 1
    ctx.close()  # no engine of ours holds the file while it is replaced
    info, kept = service.restore(ctx.paths.db, ctx.paths.secret_files, backup)
    if ctx.as_json:
        emit_json({"restored": info.to_json(), "previous_kept_as": str(kept) if kept else None})
    else:
        print(f"restored {backup} ({info.created_at}); the previous database is kept as {kept}")
    return 0


def cmd_settings(ctx: CommandContext) -> None:
    db = ctx.paths.db
    current = backup_settings.load(db)
    if ctx.args.dir:
        folder = Path(ctx.args.dir).expanduser().absolute()
        if not folder.is_dir():
            raise DeskError(_("the backup folder {path} cannot be reached: is the USB stick or the network drive "
                              "connected?").format(path=folder))
        current = replace(current, folder=str(folder))
    if ctx.args.passphrase_stdin:
        current = backup_settings.with_passphrase(current, _passphrase_from_stdin())
    if ctx.args.dir or ctx.args.passphrase_stdin:
        backup_settings.save(db, current)
    data = {"folder": current.folder, "keys sealed": current.seals_keys, "last good backup": current.last_ok,
            "last error": current.last_error}
    emit_json(data) if ctx.as_json else emit_fields(data)


def cmd_recover(ctx: CommandContext) -> None:
    ctx.paths.ensure_dirs()
    names = service.recover_keys(Path(ctx.args.file).expanduser(), _passphrase_from_stdin(), ctx.paths.secret_files)
    if ctx.as_json:
        emit_json({"recovered": names})
    else:
        print("recovered: " + ", ".join(names))


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    backup = sub.add_parser("backup", help="back up the database into the host's folder, list, restore",
                            parents=[common])
    actions = backup.add_subparsers(dest="action", required=True, metavar="ACTION")
    now = actions.add_parser("now", help="back up now (checked, rotated)", parents=[common])
    now.add_argument("--to", metavar="DIR", help="this folder instead of the chosen one")
    now.set_defaults(handler=cmd_now)
    listing = actions.add_parser("list", help="the backups in the chosen folder, newest first", parents=[common])
    listing.add_argument("--dir", metavar="DIR", help="another folder (e.g. a stick from the old computer)")
    listing.set_defaults(handler=cmd_list)
    restore = actions.add_parser("restore", help="put a backup in place of the database (kept aside first)",
                                 parents=[common])
    restore.add_argument("file", metavar="FILE")
    restore.add_argument("--yes", action="store_true", help="do not ask")
    restore.set_defaults(handler=cmd_restore)
    settings = actions.add_parser("settings", help="choose the folder; set the recovery passphrase",
                                  parents=[common])
    settings.add_argument("--dir", metavar="DIR")
    settings.add_argument("--passphrase-stdin", action="store_true",
                          help="read the recovery passphrase (sealing the key files in every backup) from stdin")
    settings.set_defaults(handler=cmd_settings)

    key = sub.add_parser("key", help="the place's key files", parents=[common])
    key_actions = key.add_subparsers(dest="action", required=True, metavar="ACTION")
    recover = key_actions.add_parser("recover", help="put back the key files sealed in a backup", parents=[common])
    recover.add_argument("file", metavar="FILE")
    recover.add_argument("--passphrase-stdin", action="store_true", required=True)
    recover.set_defaults(handler=cmd_recover)
