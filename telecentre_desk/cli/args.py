"""The CLI's argument types and parser: nonsense is refused while parsing, in one line, before any work.

Each ``type=`` factory below turns a :mod:`telecentre_desk.common.plausibility` check into an argparse
converter: a bad number or text exits 2 with ``telecentre-desk <command>: error: --limit: ...``; a bad
path is an error (exit 1), refused by ``run_command`` before the handler runs. Either way the database is
not even opened. New commands (from any module) should use these instead of ``type=int`` or a bare
``str`` for numbers, references, free texts, files and folders (docs/validation.md).
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Callable
from typing import NoReturn

from telecentre_desk.common import plausibility
from telecentre_desk.common.errors import ValidationError
from telecentre_desk.common.i18n import _

MESSAGE_MAX = 500  # a message quoting a 10,000-character value stays readable


def one_line(message: str) -> str:
    """``message`` on one line: control characters escaped, cut at :data:`MESSAGE_MAX` characters."""
    text = "".join(ch if plausibility.bad_character(ch) is None else repr(ch)[1:-1] for ch in str(message))
    return text if len(text) <= MESSAGE_MAX else text[:MESSAGE_MAX] + "…"


# argparse's own messages are English (its catalogue is not ours): the common ones are in ours, same English.
def _argparse_messages() -> list[tuple[re.Pattern[str], str]]:
    return [
        (re.compile(r"^the following arguments are required: (?P<names>.*)$"),
         _("the following arguments are required: {names}")),
        (re.compile(r"^unrecognized arguments: (?P<names>.*)$"), _("unrecognized arguments: {names}")),
        (re.compile(r"^argument (?P<name>[^:]+): invalid choice: (?P<value>.*?) \(choose from (?P<choices>.*)\)$"),
         _("argument {name}: invalid choice: {value} (choose from {choices})")),
        (re.compile(r"^argument (?P<name>[^:]+): expected one argument$"), _("argument {name}: expected one argument")),
        (re.compile(r"^argument (?P<name>[^:]+): not allowed with argument (?P<other>.*)$"),
         _("argument {name}: not allowed with argument {other}")),
        (re.compile(r"^argument (?P<name>[^:]+): ignored explicit argument (?P<value>.*)$"),
         _("argument {name}: ignored explicit argument {value}")),
        (re.compile(r"^ambiguous option: (?P<name>\S+) could match (?P<choices>.*)$"),
         _("ambiguous option: {name} could match {choices}")),
    ]


def translate_usage_error(message: str) -> str:
    # Our converters' messages already name the option: "argument --out: --out: ..." says it once.
    collapsed = re.match(r"^argument ([^:]+): (.*)$", message, re.DOTALL)
    if collapsed and collapsed.group(2).startswith(collapsed.group(1).split("/")[-1] + ":"):
        return collapsed.group(2)
    for pattern, template in _argparse_messages():
        match = pattern.match(message)
        if match:
            return template.format(**match.groupdict())
    return message


class DeskArgumentParser(argparse.ArgumentParser):
    """argparse, but a usage error is one line (no usage block) in the user's language; exit code 2."""

    def error(self, message: str) -> NoReturn:
        text = one_line(translate_usage_error(message))
        hint = _("{prog} --help shows the options").format(prog=self.prog)
        self.exit(2, f"{self.prog}: error: {text} ({hint})\n")

    def _get_value(self, action: argparse.Action, arg_string: str) -> object:
        # argparse turns only ValueError and TypeError from a converter into a usage error; anything else
        # would be a traceback. Logging is not configured yet (its folder is an argument): say it in the line.
        try:
            return super()._get_value(action, arg_string)
        except argparse.ArgumentError:
            raise
        except Exception as exc:
            raise argparse.ArgumentError(action, _("this value cannot be read ({kind}: {reason})").format(
                kind=type(exc).__name__, reason=exc)) from exc

    def exit(self, status: int = 0, message: str | None = None) -> NoReturn:
        if message:
            sys.stderr.write(message)
        raise SystemExit(status)


def _converter(check: Callable[[str], object], name: str) -> Callable[[str], object]:
    def convert(text: str) -> object:
        try:
            return check(text)
        except ValidationError as exc:
            raise argparse.ArgumentTypeError(exc.message) from None

    convert.__name__ = name  # argparse names the type in its fallback message
    return convert


def integer(option: str, *, low: int = plausibility.INT64_MIN, high: int = plausibility.INT64_MAX):
    """A whole number within ``low``..``high`` (default: what SQLite holds)."""
    return _converter(lambda t: plausibility.parse_int(t, field=option, low=low, high=high), "integer")


def positive(option: str, *, high: int = plausibility.LIMIT_MAX):
    """A count or a limit: 1 to ``high``."""
    return integer(option, low=1, high=high)


class PathArgument(str):
    """A path as given, with the reason it cannot be used (if any).

    A bad path is an error (exit 1), not a usage error: the parser keeps the reason and
    :func:`path_error` hands it to ``run_command``, which refuses before the handler runs.
    """

    error: ValidationError | None = None


def _path(check: Callable[..., object], option: str) -> Callable[[str], PathArgument]:
    def convert(text: str) -> PathArgument:
        value = PathArgument(text)
        try:
            check(text, field=option)
        except ValidationError as exc:
            value.error = exc
        return value

    convert.__name__ = "path"
    return convert


def output_file(option: str):
    """A file the command writes: not empty, not too long, not a folder, its folder exists, not in /proc."""
    return _path(plausibility.output_file, option)


def output_folder(option: str):
    """A folder the command writes into (its parent must exist)."""
    return _path(plausibility.output_folder, option)


def input_file(option: str):
    return _path(plausibility.input_file, option)


def input_folder(option: str):
    return _path(plausibility.input_folder, option)


def path_error(args: argparse.Namespace) -> ValidationError | None:
    """The first path argument that cannot be used, checked before the command does any work."""
    for value in vars(args).values():
        for item in value if isinstance(value, list) else [value]:
            if isinstance(item, PathArgument) and item.error is not None:
                return item.error
    return None


def text(option: str, *, max_length: int = 200, multiline: bool = False):
    """A free text with a bound said in the message (a reason, a label); control characters refused."""
    return _converter(lambda t: plausibility.check_text(t.strip(), field=option, max_length=max_length,
                                                        multiline=multiline), "text")


def reference(option: str, *, max_length: int = 64):
    """A member, invoice, booking or room reference: a short line, no control characters."""
    return text(option, max_length=max_length)
