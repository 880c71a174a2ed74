"""Customer prices: panel rate x (1 + markup/100) per 1000, the total rounded up.

A service ordered a few at a time (its maximum under 1000: comments, poll votes) is shown
priced per one: the price per 1000 / 1000, rounded up to PRICE_DECIMALS + 4 decimals (never
shown as less than it costs), trailing zeros trimmed down to PRICE_DECIMALS ("0.0104 USD",
"0.01 USD"). What is charged is still the total from the price per 1000 (`order_total`)."""

from __future__ import annotations

from decimal import Decimal

from bot.db.repositories.catalogue import ServiceRow
from bot.domain.money import from_minor, round_up_to
from bot.domain.service_types import ServiceType

HUNDRED = Decimal(100)
THOUSAND = Decimal(1000)
EACH_BELOW = 1000  # a service whose maximum is under this is priced per one
EACH_EXTRA_DECIMALS = 4  # the price of one has up to this many more decimals than a total


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


def priced_each(service: ServiceRow, kind: ServiceType | None) -> bool:
    """A service shown with its price of one, not per 1000 (never a package)."""
    return kind is not None and not kind.whole and service.max_quantity < EACH_BELOW


def price_each(per_1000: Decimal, decimals: int) -> Decimal:
    """The price of one as shown: see the module's doc."""
    each = round_up_to(per_1000 / THOUSAND, decimals + EACH_EXTRA_DECIMALS).normalize()
    exponent = each.as_tuple().exponent
    assert isinstance(exponent, int)  # finite
    if -exponent < decimals:
        return each.quantize(Decimal(1).scaleb(-decimals))
    return each
