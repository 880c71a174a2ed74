"""Exact money: Decimal in code, integer minor units in SQLite.

One minor unit is 0.00001, enough for the five decimals panels charge in. Never a float.
"""

from __future__ import annotations

from decimal import ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_EVEN, Decimal, InvalidOperation
from enum import StrEnum

from bot.i18n import decimal_separator

SCALE_DIGITS = 5
SCALE = 10**SCALE_DIGITS
_QUANTUM = Decimal(1).scaleb(-SCALE_DIGITS)


class MoneyError(ValueError):
    """A text or number that is not an amount of money."""


def parse_decimal(value: object) -> Decimal:
    """An exact Decimal from a panel's or a person's number, string or int.

    A float is taken through its shortest repr ("0.1", not 0.1000000000000000055...), which is
    the text the panel sent before JSON parsing turned it into a float.
    """
    if isinstance(value, bool):
        raise MoneyError(f"not a number: {value!r}")
    if isinstance(value, Decimal):
        result = value
    elif isinstance(value, int):
        result = Decimal(value)
    elif isinstance(value, float):
        result = Decimal(repr(value))
    elif isinstance(value, str):
        try:
            result = Decimal(value.strip())
        except InvalidOperation as exc:
            raise MoneyError(f"not a number: {value!r}") from exc
    else:
        raise MoneyError(f"not a number: {value!r}")
    if not result.is_finite():
        raise MoneyError(f"not a finite number: {value!r}")
    return result


def to_minor(amount: Decimal, *, round_up: bool = False) -> int:
    """Minor units of an amount; rounds half-even, or up when asked (never undercharge)."""
    rounding = ROUND_CEILING if round_up else ROUND_HALF_EVEN
    return int(amount.quantize(_QUANTUM, rounding=rounding).scaleb(SCALE_DIGITS))


def from_minor(units: int) -> Decimal:
    return Decimal(units).scaleb(-SCALE_DIGITS)


def round_up_to(amount: Decimal, decimals: int) -> Decimal:
    """Round up (towards +infinity) to `decimals` places: what a customer is charged."""
    return amount.quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_CEILING)


class Shown(StrEnum):
    """How an amount may be rounded where a person reads it."""

    EXACT = "exact"  # at least the shop's decimals, more when the amount has them
    DOWN = "down"  # what someone has (a balance): never shown as more than it is
    UP = "up"  # what someone must pay: never shown as less than it is


_ROUNDING = {Shown.DOWN: ROUND_FLOOR, Shown.UP: ROUND_CEILING}


def money(
    units: int, decimals: int, currency: str, shown: Shown = Shown.EXACT, *, lang: str
) -> str:
    """The one way an amount is written for people: digits, then the currency."""
    return f"{digits(units, decimals, shown, lang=lang)} {currency}"


def digits(units: int, decimals: int, shown: Shown = Shown.EXACT, *, lang: str) -> str:
    """An amount's digits as `money` writes them, without the currency (a range's first end:
    "from 1.00 to 1000.00 USD"), with the reader's decimal separator ("1,17" in Russian)."""
    value = from_minor(units)
    step = Decimal(1).scaleb(-decimals)
    if shown is Shown.EXACT:
        rounded = value.quantize(step)
        value = rounded if rounded == value else value.normalize()
    else:
        value = value.quantize(step, rounding=_ROUNDING[shown])
    return decimal_text(value, lang)


def decimal_text(value: Decimal, lang: str) -> str:
    """A Decimal's digits as they stand (never in exponent form), with the reader's decimal
    separator and a minus sign (U+2212) for a negative amount: the customer's history and the
    admins' ledger write a debit alike. Only for people: callback data, links, the ledger and
    exports keep the point and the hyphen."""
    text = f"{value:f}".replace(".", decimal_separator(lang))
    return "\u2212" + text[1:] if text.startswith("-") else text


def top_up_for(missing: int, decimals: int, low: Decimal, high: Decimal) -> Decimal:
    """The top-up that covers `missing` minor units: rounded up to the shop's step (never
    short of the order), at least `low` (TOPUP_MIN) and at most `high` (TOPUP_MAX, the most
    one top-up may be; the rest is topped up after it)."""
    step = Decimal(1).scaleb(-decimals)
    return min(max(round_up_to(from_minor(missing), decimals), low), high).quantize(step)
