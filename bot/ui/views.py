"""Text rendering of catalogue and order screens. Everything from a user or the panel is
escaped here, after it has been shortened, so an entity is never cut in half."""

from __future__ import annotations

import html
import unicodedata
from collections.abc import Callable, Sequence
from decimal import Decimal

import wcwidth

from bot.config import Settings
from bot.db.repositories.catalogue import ServiceRow
from bot.db.repositories.orders import Order
from bot.domain.money import Shown, decimal_text, money, to_minor
from bot.domain.service_types import Answers, kind_of
from bot.domain.text import esc as esc
from bot.domain.text import short as short
from bot.i18n import Translator
from bot.services.pricing import price_each, priced_each

# Telegram counts a message's length in UTF-16 units: an emoji is two. These limits keep the
# longest screens under 4096 units even when every character is an emoji.
NAME_ON_BUTTON = 30  # columns: with " · 0.0123 USD" it fits a phone's full-width button
NAME_ON_CARD = 300
CATEGORY_ON_CARD = 100
DESCRIPTION = 1200


MESSAGE_BUDGET = 3900  # UTF-16 units of HTML we allow ourselves of Telegram's 4096


def utf16_len(text: str) -> int:
    """Length as Telegram counts it (an emoji is two units). Tags and entities count too,
    which errs on the safe side."""
    return len(text.encode("utf-16-le")) // 2


def fit(
    head: str,
    items: Sequence[str],
    tail: str,
    more: Callable[[int], str],
    *,
    unlisted: int = 0,
    budget: int = MESSAGE_BUDGET,
) -> str:
    """head + as many items as fit in the budget + a `more(left)` line + tail (left: the items
    left out plus `unlisted`, ones the caller did not fetch). `more` renders the count, so it
    reaches a translation as a number (plural forms)."""
    text = head
    for shown, item in enumerate(items):
        left = len(items) - shown + unlisted
        reserve = utf16_len(more(left)) + utf16_len(tail)
        if utf16_len(text) + utf16_len(item) + reserve > budget:
            return text + more(left) + tail
        text += item
    return text + (more(unlisted) if unlisted else "") + tail


FSI, PDI = "\u2068", "\u2069"  # first-strong isolate ... pop directional isolate
_RTL = frozenset({"R", "AL"})


def cut(text: str, width: int) -> str:
    """One line of at most `width` columns as a phone shows them (an emoji or a CJK letter is
    two), cut between grapheme clusters (never inside an emoji, a letter and its marks, a
    ZWJ sequence) and at a space where one is not too far back; an ellipsis when cut."""
    flat = " ".join(text.split())
    if wcwidth.width(flat) <= width:
        return flat
    kept: list[str] = []
    used = 0
    for grapheme in wcwidth.iter_graphemes(flat):
        size = max(0, wcwidth.width(grapheme))
        if used + size > width - 1:  # room for the ellipsis
            break
        kept.append(grapheme)
        used += size
    head = "".join(kept)
    space = head.rfind(" ")
    if space >= len(head) * 2 // 3:  # a whole word, unless that loses a third of the room
        head = head[:space]
    return head.rstrip(" -–—·|,;:") + "…"


def isolated(text: str) -> str:
    """Text with right-to-left letters in it, isolated (FSI … PDI): it keeps its own order
    inside and cannot reorder the numbers, prices or ellipsis written around it."""
    if any(unicodedata.bidirectional(ch) in _RTL for ch in text):
        return FSI + text + PDI
    return text


def label(text: str, width: int) -> str:
    """A name for a button: cut to `width` columns, isolated if it has right-to-left text."""
    return isolated(cut(text, width))


def name_html(text: str, width: int) -> str:
    """A name inside a message: cut, escaped, isolated."""
    return isolated(html.escape(cut(text, width), quote=False))


def shop_money(t: Translator, units: int, settings: Settings, shown: Shown = Shown.EXACT) -> str:
    """An amount of the shop's currency, at its decimals, written the reader's way."""
    return money(units, settings.price_decimals, settings.currency, shown, lang=t.lang)


def rate(per_1000: Decimal, decimals: int, currency: str, *, lang: str) -> str:
    # All its decimals (up to five, rounded up past them): never another price than charged.
    return money(to_minor(per_1000, round_up=True), decimals, currency, lang=lang)


def each(per_1000: Decimal, decimals: int, currency: str, *, lang: str) -> str:
    """The price of one (bot/services/pricing.py says how it is rounded), with its currency."""
    return f"{decimal_text(price_each(per_1000, decimals), lang)} {currency}"


def list_price(
    t: Translator, service: ServiceRow, per_1000: Decimal, decimals: int, cur: str
) -> str:
    """The price on a list button: per 1000, per package or per one (both marked; the header
    says per 1000)."""
    kind = kind_of(service.type)
    if priced_each(service, kind):
        return t("price-each-short", price=each(per_1000, decimals, cur, lang=t.lang))
    price = rate(per_1000, decimals, cur, lang=t.lang)
    if kind is not None and kind.whole:
        return t("price-package-short", price=price)
    return price


def service_card(
    t: Translator, service: ServiceRow, per_1000: Decimal, decimals: int, cur: str
) -> str:
    description = ""
    if service.description and service.description.strip():
        body = service.description.strip()
        if len(body) > DESCRIPTION:
            body = body[: DESCRIPTION - 1] + "…"
        description = html.escape(body, quote=False) + "\n\n"
    kind = kind_of(service.type)
    package = kind is not None and kind.whole
    one = priced_each(service, kind)
    text: str = t(
        "service-card",
        name=esc(service.name, NAME_ON_CARD),
        category=esc(service.category_name, CATEGORY_ON_CARD),
        description=description,
        price=(
            each(per_1000, decimals, cur, lang=t.lang)
            if one
            else rate(per_1000, decimals, cur, lang=t.lang)
        ),
        unit=t("per-package" if package else "per-one" if one else "per-1000"),
        low=service.min_quantity,
        high=service.max_quantity,
        refill=t("yes" if service.refill else "no"),
        cancel=t("yes" if service.cancel else "no"),
    )
    if service.dripfeed and kind is not None and kind.drips:
        text += t("service-card-dripfeed")
    return text


STATE_ICONS = {
    "submitting": "⏳",
    "pending": "⏳",
    "in_progress": "🔄",
    "processing": "🔄",
    "completed": "✅",
    "partial": "🌓",
    "canceled": "❌",
    "unknown": "❔",
    "failed": "⛔",
}


def state_name(t: Translator, state: str) -> str:
    """An order state as the reader calls it ("in_progress" → "In progress")."""
    key = "state-" + state.replace("_", "-")
    return t(key) if t.has(key) else state


def details(t: Translator, service_type: str, answers: Answers, units: int) -> str:
    """The type-specific inputs of an order, one line each, as its type describes them."""
    kind = kind_of(service_type)
    if kind is None:
        return t("summary-quantity", quantity=units)
    return "".join(t(key, **args) for key, args in kind.details(answers, units))


def order_details(t: Translator, order: Order) -> str:
    return details(t, order.service_type, order.answers, order.quantity)


def order_card(t: Translator, order: Order, decimals: int, cur: str) -> str:
    refunded = (
        t("order-refunded", amount=money(order.refunded, decimals, cur, lang=t.lang))
        if order.refunded
        else ""
    )
    progress = ""
    if order.start_count is not None or order.remains is not None:
        progress = t(
            "order-progress",
            start="—" if order.start_count is None else order.start_count,
            remains="—" if order.remains is None else order.remains,
        )
    if order.cancel_requested and not order.is_final:
        progress += t("order-cancel-requested")
    # The state in the reader's words, never the panel's raw status text: that one is shown
    # to admins only (render_order, /order).
    return t(
        "order-card",
        id=order.id,
        icon=STATE_ICONS.get(order.state, "•"),
        status=state_name(t, order.state),
        service=esc(order.service_name, 300),
        link=esc(order.link, 300),
        details=order_details(t, order),
        price=money(order.price, decimals, cur, lang=t.lang),
        refunded=refunded,
        progress=progress,
        created=t.datetime(order.created_at),
        panel=t("order-panel-id", panel_id=order.panel_order_id) if order.panel_order_id else "",
    )


def my_orders(t: Translator, orders: list[Order], decimals: int, cur: str) -> str:
    """My orders: one line per order (status, short name, quantity, price, date)."""
    lines = [
        t(
            "my-orders-line",
            icon=STATE_ICONS.get(order.state, "•"),
            status=state_name(t, order.state),
            id=order.id,
            service=(t("order-api-mark") + " " if order.via_api else "")
            + esc(order.service_name, 32),
            quantity=order.quantity,
            price=money(order.price, decimals, cur, lang=t.lang),
            date=t.date(order.created_at),
        )
        for order in orders
    ]
    return "\n".join(lines)
