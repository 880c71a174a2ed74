"""The one way money is written for people: never another amount than the one used."""

from __future__ import annotations

from decimal import Decimal

import pytest

from bot.domain.money import Shown, money, to_minor
from bot.ui.views import rate


@pytest.mark.parametrize(
    ("amount", "shown", "expected"),
    [
        ("0.995", Shown.EXACT, "0.995 USD"),
        ("0.995", Shown.DOWN, "0.99 USD"),  # a balance is never shown as more than it is
        ("0.995", Shown.UP, "1.00 USD"),  # an amount due is never shown as less
        ("1", Shown.EXACT, "1.00 USD"),
        ("12.5", Shown.DOWN, "12.50 USD"),
        ("0.00001", Shown.EXACT, "0.00001 USD"),
        ("-2.5", Shown.EXACT, "\u22122.50 USD"),  # the minus sign of the history and the ledger
    ],
)
def test_money_rounds_only_the_way_it_is_told(amount: str, shown: Shown, expected: str) -> None:
    assert money(to_minor(Decimal(amount)), 2, "USD", shown, lang="en") == expected


@pytest.mark.parametrize(
    ("per_1000", "expected"),
    [
        ("0.0123", "0.0123 USD"),  # not 0.02: never rounded into another price
        ("0.9", "0.90 USD"),
        ("1.234567", "1.23457 USD"),  # past five decimals: up, never under the charge
    ],
)
def test_a_rate_keeps_its_decimals(per_1000: str, expected: str) -> None:
    assert rate(Decimal(per_1000), 2, "USD", lang="en") == expected
