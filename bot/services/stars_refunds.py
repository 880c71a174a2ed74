"""The notices of Stars refunds."""

from __future__ import annotations

import html

from bot.db.repositories.topups import Topup
from bot.domain.money import Shown
from bot.domain.notices import Money, Notice


def refunded_notice(topup: Topup, balance: int) -> Notice:
    """The customer's notice of a refund the bot made that took its credit back."""
    return Notice(
        "stars-refunded-notice",
        {
            "stars": topup.stars or 0,
            "amount": Money(topup.amount),
            "charge": html.escape(topup.reference or ""),
            "balance": Money(balance, Shown.DOWN),
        },
    )
