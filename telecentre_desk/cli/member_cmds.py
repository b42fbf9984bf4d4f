"""``member add|list|show|edit|deactivate``."""

from __future__ import annotations

import argparse

from telecentre_desk.cli.context import CommandContext
from telecentre_desk.cli.output import emit_fields, emit_json, emit_table
from telecentre_desk.common.clock import parse_date
from telecentre_desk.db.models import MemberCategory
from telecentre_desk.db.uow import unit_of_work
from telecentre_desk.members import service as members
from telecentre_desk.members.info import MemberInfo

_FIELDS = ("first_name", "last_name", "email", "phone", "category", "company_name", "siren",
           "address", "postcode", "city", "notes")


def _add_field_options(parser: argparse.ArgumentParser, *, creating: bool) -> None:
    parser.add_argument("--first-name", required=creating)
    parser.add_argument("--last-name", required=creating)
    parser.add_argument("--email")
    parser.add_argument("--phone")
    parser.add_argument("--category", choices=[c.value for c in MemberCategory])
    parser.add_argument("--company", dest="company_name", help="company name (business customer)")
    parser.add_argument("--siren", help="the company's SIREN, 9 digits, checked")
    parser.add_argument("--address")
    parser.add_argument("--postcode")
    parser.add_argument("--city")
    parser.add_argument("--notes")


def _given(args: argparse.Namespace) -> dict[str, str]:
    return {f: getattr(args, f) for f in _FIELDS if getattr(args, f, None) is not None}


def _show(ctx: CommandContext, info: MemberInfo) -> None:
    if ctx.as_json:
        emit_json(info.to_json())
    else:
        emit_fields(info.to_json())


def cmd_add(ctx: CommandContext) -> None:
    a = ctx.args
    start = parse_date(a.start, field="start") if a.start else None
    with unit_of_work(ctx.engine) as session:
        info = members.add_member(session, plan_code=a.plan, start=start, **_given(a))
    if ctx.as_json:
        emit_json(info.to_json())
    else:
        print(f"member {info.display_number} added: {info.full_name}")


def cmd_list(ctx: CommandContext) -> None:
    a = ctx.args
    with unit_of_work(ctx.engine) as session:
        infos = members.list_members(session, search=a.search, status=a.status, category=a.category)
    if ctx.as_json:
        emit_json([i.to_json() for i in infos])
        return
    emit_table([(i.display_number, i.last_name, i.first_name, i.category, i.plan_code or "", i.status,
                 i.email or "") for i in infos],
               ["number", "last name", "first name", "category", "plan", "status", "email"])


def cmd_show(ctx: CommandContext) -> None:
    with unit_of_work(ctx.engine) as session:
        info = members.get_member(session, ctx.args.member)
    _show(ctx, info)


def cmd_edit(ctx: CommandContext) -> None:
    with unit_of_work(ctx.engine) as session:
        info = members.edit_member(session, ctx.args.member, status=ctx.args.status, **_given(ctx.args))
    _show(ctx, info)


def cmd_deactivate(ctx: CommandContext) -> None:
    with unit_of_work(ctx.engine) as session:
        info = members.deactivate_member(session, ctx.args.member)
    _show(ctx, info)


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    member = sub.add_parser("member", help="members of the place", parents=[common])
    actions = member.add_subparsers(dest="action", required=True, metavar="ACTION")
    add = actions.add_parser("add", help="register a member", parents=[common])
    _add_field_options(add, creating=True)
    add.add_argument("--plan", metavar="CODE", help="subscribe to this plan")
    add.add_argument("--start", metavar="YYYY-MM-DD", help="first day of the plan (default today)")
    add.set_defaults(handler=cmd_add)
    lst = actions.add_parser("list", help="list members", parents=[common])
    lst.add_argument("--search", help="part of a name, email, company or number")
    lst.add_argument("--status", choices=["active", "inactive"])
    lst.add_argument("--category", choices=[c.value for c in MemberCategory])
    lst.set_defaults(handler=cmd_list)
    ref_help = "the member's number (42 or FLO-0042) or id"
    show = actions.add_parser("show", help="one member", parents=[common])
    show.add_argument("member", metavar="ID_OR_NUMBER", help=ref_help)
    show.set_defaults(handler=cmd_show)
    edit = actions.add_parser("edit", help="change a member", parents=[common])
    edit.add_argument("member", metavar="ID_OR_NUMBER", help=ref_help)
    _add_field_options(edit, creating=False)
    edit.add_argument("--status", choices=["active", "inactive"])
    edit.set_defaults(handler=cmd_edit)
    deactivate = actions.add_parser("deactivate", help="mark a member inactive and end their plans",
                                    parents=[common])
    deactivate.add_argument("member", metavar="ID_OR_NUMBER", help=ref_help)
    deactivate.set_defaults(handler=cmd_deactivate)
