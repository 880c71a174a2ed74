"""The admin commands' arguments: parsed apart from the handlers, so each rule is one place.

Numbers may be typed in any script (an admin on an Arabic or Persian keyboard types ١٢٣ or ۱۲۳):
they are read as ASCII digits. What is wrong with arguments comes back as a `Problem` (a message
key and its values, as typed), and the handler says it in the admin's language.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

from aiogram.filters import CommandObject
from aiogram.types import Message

from bot.i18n import ascii_digits
from bot.services.admin import Scope
from bot.ui.views import utf16_len

_AMOUNT = re.compile(r"^[0-9]{1,9}(?:[.,][0-9]{1,5})?$")
_ID = re.compile(r"^[0-9]{1,18}$")  # ASCII digits only: int() takes others too
_USERNAME = re.compile(r"^@?[A-Za-z0-9_]{3,32}$")  # a numeric one is taken as an id
_COMMAND_HEAD = re.compile(r"^/\S+\s*")
_ECHO = 40  # at most this much of a wrong value is quoted back


@dataclass(frozen=True, slots=True)
class Problem:
    """What is wrong with an admin's arguments: a message key and the values it quotes (as
    typed, not escaped)."""

    key: str
    args: dict[str, str] = field(default_factory=dict)


def _quoted(key: str, value: str) -> Problem:
    return Problem(key, {"value": value[:_ECHO]})


def parse_money_args(args: str | None) -> tuple[int, Decimal, str | None] | None:
    """`<user_id> <amount> [note]` -> (user_id, amount, note), or None if malformed."""
    parts = (args or "").split(maxsplit=2)
    if len(parts) < 2:
        return None
    user_id, amount_text = ascii_digits(parts[0]), ascii_digits(parts[1])
    if not _ID.match(user_id) or not _AMOUNT.match(amount_text):
        return None
    try:
        amount = Decimal(amount_text.replace(",", "."))
    except InvalidOperation:
        return None
    if amount <= 0:
        return None
    note = parts[2].strip() if len(parts) == 3 else None
    return int(user_id), amount, note or None


def money_args_problem(args: str | None, with_user: bool = True) -> Problem:
    """What is wrong with `<user_id> <amount> [note]` (or `<amount> [note]`)."""
    parts = (args or "").split(maxsplit=2 if with_user else 1)
    if with_user:
        if not parts:
            return Problem("admin-problem-missing-user")
        if not _ID.match(ascii_digits(parts[0])):
            return _quoted("admin-problem-user-id", parts[0])
        parts = parts[1:]
    if not parts:
        return Problem("admin-problem-missing-amount")
    text = ascii_digits(parts[0]).replace(",", ".")
    try:
        amount = Decimal(text)
    except InvalidOperation:
        return _quoted("admin-problem-amount-not-number", parts[0])
    if not amount.is_finite():
        return _quoted("admin-problem-amount-not-number", parts[0])
    if amount <= 0:
        return Problem("admin-problem-amount-not-positive")
    if amount.as_tuple().exponent < -5:  # type: ignore[operator]
        return Problem("admin-problem-amount-decimals")
    return _quoted("admin-problem-amount-not-number", parts[0])


def ids_problem(args: str | None, count: int) -> Problem:
    """What is wrong with a list of `count` ids."""
    parts = (args or "").split()
    if len(parts) < count:
        return Problem("admin-problem-missing-id")
    if len(parts) > count:
        return Problem("admin-problem-too-many")
    bad = next(p for p in parts if not _ID.match(ascii_digits(p)))
    return _quoted("admin-problem-id", bad)


def parse_ids(args: str | None, count: int) -> list[int] | None:
    """Exactly `count` whole numbers (ids), or None."""
    parts = [ascii_digits(p) for p in (args or "").split()]
    if len(parts) != count or not all(_ID.match(p) for p in parts):
        return None
    return [int(p) for p in parts]


def parse_scope_target(parts: list[str]) -> tuple[Scope, int] | None:
    """`service <id>` or `category <id>`."""
    if len(parts) != 2:
        return None
    target = ascii_digits(parts[1])
    if not _ID.match(target):
        return None
    try:
        return Scope(parts[0].lower()), int(target)
    except ValueError:  # neither a service nor a category
        return None


def parse_user_ref(text: str) -> str | None:
    """A user id (digits of any script, returned as ASCII) or an @username; None otherwise."""
    text = text.strip()
    digits = ascii_digits(text)
    if _ID.match(digits):
        return digits
    return text if _USERNAME.match(text) else None


def broadcast_text(message: Message, command: CommandObject) -> tuple[str, int] | None:
    """(HTML to send, its plain text's length in UTF-16 units, as Telegram counts it) from
    the arguments or the replied message."""
    if command.args and command.args.strip():
        head = _COMMAND_HEAD.match(message.html_text)
        body = message.html_text[head.end() :] if head else ""
        return (body.strip(), utf16_len(command.args.strip())) if body.strip() else None
    reply = message.reply_to_message
    if reply is not None and reply.text and reply.text.strip():
        return reply.html_text, utf16_len(reply.text)
    return None
