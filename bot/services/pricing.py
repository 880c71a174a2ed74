"""Customer prices: panel rate x (1 + markup/100) per 1000, the total rounded up."""

from __future__ import annotations

from decimal import Decimal

from bot.db.repositories.catalogue import ServiceRow
from bot.domain.money import from_minor, round_up_to
from bot.domain.service_types import ServiceType

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


def order_total(per_1000: Decimal, units: int, kind: ServiceType, decimals: int) -> Decimal:
    """What the customer pays for `units` (the type counts them). A type sold whole (a
    package): its rate is its price."""
    amount = per_1000 if kind.whole else per_1000 * units / THOUSAND
    return round_up_to(amount, decimals)
