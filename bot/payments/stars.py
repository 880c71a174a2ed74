"""Telegram Stars: the invoice payload and the price in Stars.

The payload names one pending top-up row and carries a random secret, so a payload cannot be
guessed from a row id: `t1:<topup id>:<secret>`, well under Telegram's 128 bytes.
"""

from __future__ import annotations

import re
import secrets
from dataclasses import dataclass
from decimal import ROUND_CEILING, Decimal

from bot.domain.money import to_minor

CURRENCY = "XTR"
_PAYLOAD = re.compile(r"^t1:([0-9]{1,18}):([A-Za-z0-9_-]{16,32})$")


@dataclass(frozen=True, slots=True)
class Payload:
    topup_id: int
    secret: str

    def encode(self) -> str:
        return f"t1:{self.topup_id}:{self.secret}"


def new_secret() -> str:
    return secrets.token_urlsafe(16)


def decode(text: str) -> Payload | None:
    """The payload's parts, or None for anything we did not issue in this shape."""
    match = _PAYLOAD.match(text)
    if match is None:
        return None
    return Payload(int(match.group(1)), match.group(2))


def stars_for(amount: Decimal, stars_per_unit: Decimal) -> int:
    """Whole Stars for an amount of the shop's currency, rounded up (never undercharge)."""
    return max(1, int((amount * stars_per_unit).to_integral_value(rounding=ROUND_CEILING)))


def worth_minor(total: int, stars_per_unit: Decimal | None) -> int:
    """Minor units of the shop's currency a number of Stars stands for (at least one): only
    recorded beside a payment that names no top-up, never credited."""
    if stars_per_unit is None or stars_per_unit <= 0:
        return 1
    return max(1, to_minor(Decimal(total) / stars_per_unit))
