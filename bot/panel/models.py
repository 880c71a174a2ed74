"""Typed results of the panel API and the lenient readers that build them from JSON.

Panels disagree on types (numbers as strings or numbers, booleans as 1/"1"/true, missing
optional keys), so every reader here accepts all the spellings seen in the wild and raises
`WireFormatError` only when a value is truly unusable.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from decimal import Decimal

from bot.domain.money import MoneyError, parse_decimal

_TRUE_TEXTS = frozenset({"1", "true", "yes", "on"})


class WireFormatError(ValueError):
    """A JSON value that cannot be read as what the API promises."""


@dataclass(frozen=True, slots=True)
class Service:
    id: int
    name: str
    type: str
    category: str
    rate: Decimal  # panel price per 1000 units
    min: int
    max: int
    refill: bool
    cancel: bool
    dripfeed: bool
    description: str | None


@dataclass(frozen=True, slots=True)
class OrderStatus:
    status: str  # raw text, stripped; normalising it is the caller's business
    charge: Decimal | None
    start_count: int | None
    remains: int | None
    currency: str | None
    # A Subscriptions order's: the posts it has served, its end date (as the panel writes it)
    # and the panel orders it made, one per post. None (or empty) for other types.
    posts: int | None = None
    expiry: str | None = None
    orders: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class ItemError:
    """One item of a batch answer that failed while the others succeeded."""

    message: str


@dataclass(frozen=True, slots=True)
class Balance:
    amount: Decimal
    currency: str


# Form names a caller may not smuggle in through `extra`: they belong to the client or to
# the named fields of NewOrder.
_RESERVED_FORM_NAMES = frozenset({"key", "action"})


@dataclass(frozen=True, slots=True)
class NewOrder:
    """An `add` request. Which optional fields apply depends on the service type; a field
    the client has no name for goes in `extra` (see `of`)."""

    service: int
    link: str | None = None  # every type but a few (Subscriptions) has one
    quantity: int | None = None
    runs: int | None = None
    interval: int | None = None
    comments: str | None = None
    username: str | None = None
    answer_number: int | None = None
    extra: Mapping[str, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        named = {f.name for f in fields(self)} - {"extra"}
        clash = set(self.extra) & (_RESERVED_FORM_NAMES | named)
        if clash:
            raise ValueError(f"extra fields clash with reserved names: {sorted(clash)}")

    @classmethod
    def of(cls, service: int, given: Mapping[str, int | str]) -> NewOrder:
        """The request sending `given` (form field name -> value) for a service: the named
        fields as such, any other in `extra`."""
        named = {f.name for f in fields(cls)} - {"service", "extra"}
        known = {name: value for name, value in given.items() if name in named}
        extra = {name: str(value) for name, value in given.items() if name not in named}
        return cls(service=service, **known, extra=extra)  # type: ignore[arg-type]

    def form_fields(self) -> dict[str, str]:
        """The form fields of this order (not key/action), only those that are set."""
        form: dict[str, str] = {"service": str(self.service)}
        optional: dict[str, int | str | None] = {
            "link": self.link,
            "quantity": self.quantity,
            "runs": self.runs,
            "interval": self.interval,
            "comments": self.comments,
            "username": self.username,
            "answer_number": self.answer_number,
        }
        form.update({name: str(value) for name, value in optional.items() if value is not None})
        form.update({name: str(value) for name, value in self.extra.items()})
        return form


# --- lenient readers -------------------------------------------------------------------------


def read_text(value: object) -> str | None:
    """Stripped text of a string or number; None for null, empty or structured values."""
    if value is None or isinstance(value, (dict, list, bool)):
        return None
    text = str(value).strip()
    return text or None


def read_int(value: object) -> int | None:
    """An integer from 5, "5", "5.0", 5.0, "-3"; None when empty, missing or garbage."""
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    try:
        number = parse_decimal(value)
    except MoneyError:
        return None
    return int(number)


def read_decimal(value: object) -> Decimal | None:
    """An exact Decimal from its text (floats through their shortest repr); None if unusable."""
    if value is None or isinstance(value, bool) or value == "":
        return None
    try:
        return parse_decimal(value)
    except MoneyError:
        return None


def read_bool(value: object) -> bool:
    """true/1/"1"/"true" are True; anything else, including a missing key, is False."""
    if isinstance(value, bool):
        return value
    if isinstance(value, int):
        return value == 1
    if isinstance(value, str):
        return value.strip().lower() in _TRUE_TEXTS
    return False


def read_id(value: object) -> str | None:
    """An identifier as text: 5, "5", 5.0 and " 5 " are all "5"; None if missing."""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, Decimal) and value.is_finite() and value == value.to_integral_value():
        return str(int(value))
    return read_text(value)


def item_error(value: object) -> ItemError | None:
    """The ItemError of an {"error": ...} object, else None."""
    if isinstance(value, Mapping) and "error" in value:
        return ItemError(read_text(value["error"]) or "unspecified error")
    return None


def _require(value: object, what: str) -> object:
    if value is None:
        raise WireFormatError(f"missing {what}")
    return value


def parse_service(raw: object) -> Service:
    if not isinstance(raw, Mapping):
        raise WireFormatError("service is not an object")
    service_id = read_int(_require(raw.get("service", raw.get("id")), "service id"))
    name = read_text(raw.get("name"))
    rate = read_decimal(raw.get("rate"))
    minimum = read_int(raw.get("min"))
    maximum = read_int(raw.get("max"))
    if service_id is None or service_id <= 0:
        raise WireFormatError("bad service id")
    if name is None:
        raise WireFormatError(f"service {service_id}: no name")
    if rate is None or rate < 0:
        raise WireFormatError(f"service {service_id}: bad rate")
    if minimum is None or maximum is None:
        raise WireFormatError(f"service {service_id}: bad min/max")
    description = raw.get("desc", raw.get("description"))
    return Service(
        id=service_id,
        name=name,
        # Perfect Panel's default type; panels that omit the key only sell plain services.
        type=read_text(raw.get("type")) or "Default",
        category=read_text(raw.get("category")) or "",
        rate=rate,
        min=minimum,
        max=maximum,
        refill=read_bool(raw.get("refill")),
        cancel=read_bool(raw.get("cancel")),
        dripfeed=read_bool(raw.get("dripfeed")),
        description=read_text(description),
    )


def parse_order_status(raw: object) -> OrderStatus:
    if not isinstance(raw, Mapping):
        raise WireFormatError("status is not an object")
    status = read_text(raw.get("status"))
    if status is None:
        raise WireFormatError("no status text")
    return OrderStatus(
        status=status,
        charge=read_decimal(raw.get("charge")),
        start_count=read_int(raw.get("start_count")),
        remains=read_int(raw.get("remains")),
        currency=read_text(raw.get("currency")),
        posts=read_int(raw.get("posts")),
        expiry=read_text(raw.get("expiry")),
        orders=_read_ids(raw.get("orders")),
    )


def _read_ids(value: object) -> tuple[str, ...]:
    """Order ids as a list ([1, "2"]) or comma separated text ("1,2"); () if unusable."""
    items = value if isinstance(value, list) else str(value or "").split(",")
    ids = (read_id(item) for item in items if not isinstance(item, (dict, list)))
    return tuple(item for item in ids if item is not None)


def parse_balance(raw: object) -> Balance:
    if not isinstance(raw, Mapping):
        raise WireFormatError("balance answer is not an object")
    amount = read_decimal(raw.get("balance"))
    if amount is None:
        raise WireFormatError("no balance amount")
    return Balance(amount=amount, currency=read_text(raw.get("currency")) or "")
