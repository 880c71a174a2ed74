"""Customer prices: panel rate x (1 + markup/100) per 1000, the total rounded up."""

from __future__ import annotations

from decimal import Decimal

from bot.db.repositories.catalogue import ServiceRow
from bot.domain.money import from_minor, round_up_to
from bot.domain.order_types import Kind

HUNDRED = Decimal(100)
THOUSAND = Decimal(1000)


def effective_markup(service: ServiceRow, global_percent: Decimal) -> Decimal:
    """Service beats category beats global."""
    if service.markup_percent is not None:
        return service.markup_percent
    if service.category_markup_percent is not None:
        return service.category_markup_percent
    return global_percent


def price_per_1000(service: ServiceRow, global_percent: Decimal) -> Decimal:
    markup = effective_markup(service, global_percent)
    return from_minor(service.rate) * (1 + markup / HUNDRED)


def order_total(per_1000: Decimal, quantity: int, kind: Kind, decimals: int) -> Decimal:
    """What the customer pays. A package is sold whole: its rate is its price."""
    amount = per_1000 if kind is Kind.PACKAGE else per_1000 * quantity / THOUSAND
    return round_up_to(amount, decimals)
