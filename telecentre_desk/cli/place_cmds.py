"""``place init``, ``place edit``, ``place show``."""

from __future__ import annotations

import argparse

from telecentre_desk.cli.context import CommandContext
from telecentre_desk.cli.output import emit_fields, emit_json
from telecentre_desk.db.uow import unit_of_work
from telecentre_desk.places import service as places
from telecentre_desk.sync import keys

# Options of init and edit, named as the service's fields.
_FIELDS = ("name", "legal_name", "legal_form", "address", "postcode", "city", "siret", "vat_number",
           "vat_regime", "vat_exemption_text", "iban", "bic", "email", "phone", "timezone", "opening_hours",
           "share_capital", "rcs_city", "e_invoicing_address", "vat_on_debits")


def _add_identity_options(parser: argparse.ArgumentParser, *, name_required: bool) -> None:
    parser.add_argument("--name", required=name_required, help="name shown at the desk and on badges")
    parser.add_argument("--legal-name", help="legal name printed on invoices")
    parser.add_argument("--legal-form", help="e.g. Association loi 1901, SARL, SCIC")
    parser.add_argument("--address", help="street address of the head office")
    parser.add_argument("--postcode")
    parser.add_argument("--city")
    parser.add_argument("--siret", help="14 digits, checked")
    parser.add_argument("--vat-number", help="intra-EU VAT number, e.g. FR40303265045")
    parser.add_argument("--vat-regime", choices=["standard", "franchise", "exempt"])
    parser.add_argument("--vat-exemption-text", help="wording printed by an exempt place")
    parser.add_argument("--iban", help="checked (mod 97)")
    parser.add_argument("--bic")
    parser.add_argument("--email")
    parser.add_argument("--phone")
    parser.add_argument("--share-capital", help="a company's share capital as printed, e.g. '15 000 €' or 'variable'")
    parser.add_argument("--rcs-city", help="city of the RCS registration, e.g. Mende")
    parser.add_argument("--e-invoicing-address",
                        help="electronic invoicing address (BT-34) at the e-invoicing platform, e.g. the SIREN")
    parser.add_argument("--vat-on-debits", choices=["yes", "no"], help="VAT paid on debits (option, CGI art. 269)")
    parser.add_argument("--timezone", help="IANA zone, default Europe/Paris")
    parser.add_argument("--opening-hours", metavar="SPEC",
                        help="e.g. 'mon-fri 08:00-19:00; sat 09:00-12:30' (default mon-fri 08:00-19:00)")


def _given(args: argparse.Namespace) -> dict[str, str]:
    return {f: getattr(args, f) for f in _FIELDS if getattr(args, f, None) is not None}


def _show(ctx: CommandContext, info: places.PlaceInfo, network: places.NetworkSettings) -> None:
    data = {**info.to_json(), "network_day_rate": network.to_json()["day_rate"], "network_billing": network.billing}
    if ctx.as_json:
        emit_json(data)
    else:
        emit_fields(data)


def cmd_init(ctx: CommandContext) -> None:
    with unit_of_work(ctx.engine) as session:
        info = places.init_place(session, code=ctx.args.code, **_given(ctx.args))
        network = places.network_settings(session)
    keys.load_or_create(ctx.paths.signing_key)  # the sync signing key is made with the place
    _show(ctx, info, network)


def cmd_edit(ctx: CommandContext) -> None:
    with unit_of_work(ctx.engine) as session:
        given = _given(ctx.args)
        info = places.edit_place(session, **given) if given else places.local_place(session)
        network: dict[str, str] = {}
        if ctx.args.network_rate is not None:
            network["day_rate"] = ctx.args.network_rate  # "" clears it
        if ctx.args.network_billing is not None:
            network["billing"] = ctx.args.network_billing
        settings = places.edit_network_settings(session, **network)
    _show(ctx, info, settings)


def cmd_show(ctx: CommandContext) -> None:
    with unit_of_work(ctx.engine) as session:
        info = places.local_place(session)
        network = places.network_settings(session)
    _show(ctx, info, network)


def cmd_key(ctx: CommandContext) -> None:
    """The place's signing key as the other places check it: the fingerprint is read aloud over the phone."""
    with unit_of_work(ctx.engine) as session:
        places.local_place(session)  # a place must exist
    key = keys.load_or_create(ctx.paths.signing_key)
    data = {"fingerprint": key.fingerprint, "public_key": key.public_text}
    emit_json(data) if ctx.as_json else emit_fields(data)


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    place = sub.add_parser("place", help="the place this desk runs", parents=[common])
    actions = place.add_subparsers(dest="action", required=True, metavar="ACTION")
    init = actions.add_parser("init", help="set up the place (once)", parents=[common])
    init.add_argument("--code", required=True, help="short code of the place in the network, e.g. FLO")
    _add_identity_options(init, name_required=True)
    init.set_defaults(handler=cmd_init)
    edit = actions.add_parser("edit", help="change the place's details", parents=[common])
    _add_identity_options(edit, name_required=False)
    edit.add_argument("--network-rate", metavar="AMOUNT",
                      help="what a network member's day here costs, in euros excl. VAT ('' clears it)")
    edit.add_argument("--network-billing", choices=list(places.NETWORK_BILLING),
                      help="who bills a member's day at another place: their home place or the visited place")
    edit.set_defaults(handler=cmd_edit)
    show = actions.add_parser("show", help="print the place's details", parents=[common])
    show.set_defaults(handler=cmd_show)
    key = actions.add_parser("key", help="the place's sync signing key (fingerprint to read to the other places)",
                             parents=[common])
    key.set_defaults(handler=cmd_key)
