"""Add funds, the steps before paying: the ways on offer, the amount typed or picked.

Each way to pay has its own module over the crediting core (bot/services/crediting.py):
stars_topups, crypto_invoices, receipt_topups.
"""

from __future__ import annotations

import re
from decimal import ROUND_FLOOR, Decimal, InvalidOperation

from bot.config import Settings
from bot.db import Database
from bot.db.repositories.topups import Method
from bot.domain.money import Shown, money, to_minor
from bot.domain.notices import Money
from bot.i18n import ascii_digits

_AMOUNT = re.compile(r"^[0-9]{1,9}(?:[.,]([0-9]+))?$")


class AmountError(ValueError):
    """A typed amount that cannot be topped up: the message key for the customer, and its
    arguments (amounts as `Money`, written in the reader's language by the handler)."""

    def __init__(self, key: str, **args: Money | int) -> None:
        super().__init__(key)
        self.key = key
        self.params = args


class TopupService:
    def __init__(self, db: Database, settings: Settings) -> None:
        self._db = db
        self._settings = settings

    def methods(self) -> list[str]:
        """The configured methods, in the order they are offered."""
        s = self._settings
        found: list[str] = []
        if s.stars_per_unit is not None:
            found.append(Method.STARS)
        if s.crypto_pay_key():
            found.append(Method.CRYPTOBOT)
        if s.manual_payment_instructions:
            found.append(Method.MANUAL)
        return found

    def methods_for(self, amount: Decimal) -> list[str]:
        """The configured methods that take `amount` in one payment (a Stars invoice has its
        own limit)."""
        return [m for m in self.methods() if amount <= self.highest(m)]

    def money(self, units: int, shown: Shown = Shown.EXACT, *, lang: str) -> str:
        s = self._settings
        return money(units, s.price_decimals, s.currency, shown, lang=lang)

    def highest(self, method: str) -> Decimal:
        """The largest top-up by `method`: TOPUP_MAX, and with Stars also no more than one
        invoice of STARS_MAX_PER_INVOICE Stars buys (rounded down at PRICE_DECIMALS, so that
        its Stars, rounded up, stay within the limit)."""
        s = self._settings
        if method != Method.STARS or s.stars_per_unit is None:
            return s.topup_max
        quantum = Decimal(1).scaleb(-s.price_decimals)
        most = Decimal(s.stars_max_per_invoice) / s.stars_per_unit
        return min(s.topup_max, most.quantize(quantum, rounding=ROUND_FLOOR))

    def parse_amount(self, text: str | None, method: str = "") -> Decimal:
        """A typed amount within TOPUP_MIN..highest(method) at PRICE_DECIMALS; AmountError if
        not. Digits of any script count (١٢٫٥ is 12.5)."""
        s = self._settings
        typed = ascii_digits((text or "").strip())
        match = _AMOUNT.match(typed)
        if match is None:
            raise AmountError("amount-not-a-number")
        fraction = match.group(1) or ""
        if len(fraction.rstrip("0")) > s.price_decimals:
            if s.price_decimals == 0:
                raise AmountError("amount-no-decimals")
            raise AmountError("amount-too-precise", decimals=s.price_decimals)
        try:
            amount = Decimal(typed.replace(",", "."))
        except InvalidOperation:
            raise AmountError("amount-not-a-number") from None
        if amount < s.topup_min:
            raise AmountError("amount-too-small", low=Money(to_minor(s.topup_min)))
        high = self.highest(method)
        if amount > high:
            if high < s.topup_max:  # Telegram's limit on one Stars invoice, not the shop's
                raise AmountError(
                    "amount-too-big-stars",
                    high=Money(to_minor(high)),
                    stars=s.stars_max_per_invoice,
                )
            raise AmountError("amount-too-big", high=Money(to_minor(high)))
        return amount

    def presets(self, method: str) -> list[tuple[int, Decimal]]:
        """The preset amounts a method offers, with their index in TOPUP_AMOUNTS."""
        high = self.highest(method)
        return [(i, a) for i, a in enumerate(self._settings.topup_amounts) if a <= high]

    def preset(self, index: int, method: str) -> Decimal | None:
        """A preset by its index, None when there is none or the method does not offer it."""
        return dict(self.presets(method)).get(index)

    async def count_pending(self, user_id: int, method: Method) -> int:
        async with self._db.read() as repos:
            return await repos.topups.count_pending(user_id, method)
