"""The admin commands' arguments: parsed apart from the handlers, so each rule is one place."""

from __future__ import annotations

import html
import re
from decimal import Decimal, InvalidOperation

from aiogram.filters import CommandObject
from aiogram.types import Message

from bot import texts_admin as t
from bot.services.admin import Scope
from bot.views import utf16_len

_AMOUNT = re.compile(r"^[0-9]{1,9}(?:[.,][0-9]{1,5})?$")
_ID = re.compile(r"^[0-9]{1,18}$")  # ASCII digits only: int() takes others too
_USERNAME = re.compile(r"^@?[A-Za-z0-9_]{3,32}$")  # a numeric one is taken as an id
_COMMAND_HEAD = re.compile(r"^/\S+\s*")


def parse_money_args(args: str | None) -> tuple[int, Decimal, str | None] | None:
    """`<user_id> <amount> [note]` -> (user_id, amount, note), or None if malformed."""
    parts = (args or "").split(maxsplit=2)
    if len(parts) < 2 or not _ID.match(parts[0]) or not _AMOUNT.match(parts[1]):
        return None
    try:
        amount = Decimal(parts[1].replace(",", "."))
    except InvalidOperation:
        return None
    if amount <= 0:
        return None
    note = parts[2].strip() if len(parts) == 3 else None
    return int(parts[0]), amount, note or None


def money_args_problem(args: str | None, with_user: bool = True) -> str:
    """What is wrong with `<user_id> <amount> [note]` (or `<amount> [note]`), in words."""
    parts = (args or "").split(maxsplit=2 if with_user else 1)
    if with_user:
        if not parts:
            return t.PROBLEM_MISSING_USER
        if not _ID.match(parts[0]):
            return t.PROBLEM_USER_ID.format(value=html.escape(parts[0][:40]))
        parts = parts[1:]
    if not parts:
        return t.PROBLEM_MISSING_AMOUNT
    text = parts[0].replace(",", ".")
    try:
        amount = Decimal(text)
    except InvalidOperation:
        return t.PROBLEM_AMOUNT_NOT_NUMBER.format(value=html.escape(parts[0][:40]))
    if not amount.is_finite():
        return t.PROBLEM_AMOUNT_NOT_NUMBER.format(value=html.escape(parts[0][:40]))
    if amount <= 0:
        return t.PROBLEM_AMOUNT_NOT_POSITIVE
    if amount.as_tuple().exponent < -5:  # type: ignore[operator]
        return t.PROBLEM_AMOUNT_DECIMALS
    return t.PROBLEM_AMOUNT_NOT_NUMBER.format(value=html.escape(parts[0][:40]))


def ids_problem(args: str | None, count: int) -> str:
    """What is wrong with a list of `count` ids, in words."""
    parts = (args or "").split()
    if len(parts) < count:
        return t.PROBLEM_MISSING_ID
    if len(parts) > count:
        return t.PROBLEM_TOO_MANY
    bad = next(p for p in parts if not _ID.match(p))
    return t.PROBLEM_ID.format(value=html.escape(bad[:40]))


def parse_ids(args: str | None, count: int) -> list[int] | None:
    """Exactly `count` whole numbers (ids), or None."""
    parts = (args or "").split()
    if len(parts) != count or not all(_ID.match(p) for p in parts):
        return None
    return [int(p) for p in parts]


def parse_scope_target(parts: list[str]) -> tuple[Scope, int] | None:
    """`service <id>` or `category <id>`."""
    if len(parts) != 2 or not _ID.match(parts[1]):
        return None
    scope = parts[0].lower()
    if scope == "service":
        return "service", int(parts[1])
    if scope == "category":
        return "category", int(parts[1])
    return None


def is_user_ref(text: str) -> bool:
    """A user id or an @username."""
    return bool(_ID.match(text) or _USERNAME.match(text))


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
