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

from bot.i18n import LANGUAGES, ascii_digits
from bot.services.admin import Scope
from bot.services.catalogue_texts import TextField, TextProblem, clean_text, limit_of
from bot.services.promos import RESERVED, PromoTerms
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


# -- /promo add (issue 24) -----------------------------------------------------------------------
_PERCENT = re.compile(r"^([0-9]{1,3})%$")
_COUNT = re.compile(r"^[0-9]{1,7}$")
_PROMO_KINDS = ("bonus", "deposit", "discount")
_PROMO_OPTIONS = {"bonus": ("uses", "days"), "deposit": ("min", "uses", "days")}
_PROMO_MAX_PERCENT = {"deposit": 100, "discount": 90}
_PROMO_MAX_DAYS = 3650


def _promo_amount(text: str) -> Decimal | None:
    text = ascii_digits(text)
    if not _AMOUNT.match(text):
        return None
    amount = Decimal(text.replace(",", "."))
    return amount


def _promo_percent(kind: str, text: str) -> int | Problem:
    match = _PERCENT.match(ascii_digits(text))
    high = _PROMO_MAX_PERCENT[kind]
    if match is None or not 1 <= int(match.group(1)) <= high:
        return Problem("admin-promo-problem-percent", {"value": text[:_ECHO], "high": str(high)})
    return int(match.group(1))


def _promo_options(kind: str, words: list[str]) -> dict[str, str] | Problem:
    """`min`, `uses`, `days` each at most once, each with its value."""
    allowed = _PROMO_OPTIONS.get(kind, ("uses", "days"))
    if len(words) % 2:
        return _quoted("admin-promo-problem-option", words[-1])
    options: dict[str, str] = {}
    for name, value in zip(words[::2], words[1::2], strict=True):
        name = name.lower()
        if name not in allowed or name in options:
            return _quoted("admin-promo-problem-option", name)
        options[name] = ascii_digits(value)
    return options


def _promo_limits(terms: PromoTerms, options: dict[str, str]) -> PromoTerms | Problem:
    found: dict[str, int | Decimal] = {}
    if "min" in options:
        low = _promo_amount(options["min"])
        if low is None:
            return _quoted("admin-promo-problem-min", options["min"])
        found["min_topup"] = low
    for name, high in (("uses", 1_000_000), ("days", _PROMO_MAX_DAYS)):
        if name in options:
            text = options[name]
            if not _COUNT.match(text) or not 1 <= int(text) <= high:
                return Problem(f"admin-promo-problem-{name}", {"value": text[:_ECHO]})
            found[name] = int(text)
    return PromoTerms(
        terms.code,
        terms.kind,
        terms.amount,
        terms.percent,
        Decimal(found.get("min_topup", Decimal(0))),
        int(found["uses"]) if "uses" in found else None,
        int(found["days"]) if "days" in found else None,
    )


def parse_promo_add(words: list[str], code: str | None) -> PromoTerms | Problem:
    """The words after `/promo add`: the code (`code`: normalised, None if it cannot be one),
    its kind, its amount or percent, then options."""
    if not words:
        return Problem("admin-promo-problem-missing")
    if code is None or code in RESERVED:
        return _quoted("admin-promo-problem-code", words[0])
    if len(words) < 3:
        return Problem("admin-promo-problem-missing")
    kind = words[1].lower()
    if kind not in _PROMO_KINDS:
        return _quoted("admin-promo-problem-kind", words[1])
    if kind == "bonus":
        amount = _promo_amount(words[2])
        if amount is None or amount <= 0:
            return _quoted("admin-problem-amount-not-number", words[2])
        terms = PromoTerms(code, kind, amount=amount)
    else:
        percent = _promo_percent(kind, words[2])
        if isinstance(percent, Problem):
            return percent
        terms = PromoTerms(code, kind, percent=percent)
    options = _promo_options(kind, words[3:])
    if isinstance(options, Problem):
        return options
    return _promo_limits(terms, options)


# -- /rename, /describe (issue 23) ---------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class TextCommand:
    """`<service|category> <n> <lang> <text>`: what to write where (text None: remove)."""

    scope: Scope
    target_id: int
    lang: str
    text: str | None


def parse_text_command(
    args: str | None, field: TextField, scopes: tuple[Scope, ...]
) -> TextCommand | Problem:
    parts = (args or "").strip().split(maxsplit=3)
    target = parse_scope_target(parts[:2]) if len(parts) >= 2 else None
    if target is None or target[0] not in scopes:
        return Problem("admin-problem-target" if len(scopes) > 1 else "admin-problem-service")
    if len(parts) < 3 or parts[2].lower() not in LANGUAGES:
        return Problem("admin-problem-lang", {"langs": ", ".join(LANGUAGES)})
    text = clean_text(field, parts[3] if len(parts) == 4 else "")
    if text is TextProblem.EMPTY:
        return Problem("admin-problem-text-empty")
    if text is TextProblem.TOO_LONG:
        return Problem("admin-problem-text-too-long", {"limit": str(limit_of(field))})
    assert not isinstance(text, TextProblem)
    return TextCommand(target[0], target[1], parts[2].lower(), text)
