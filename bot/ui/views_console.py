"""Texts of the admin menu's screens (issue 25): Find's answers, a customer's card page by page,
an order's refund. Everything from a user or the panel is escaped here."""

from __future__ import annotations

from bot.config import Settings
from bot.db.repositories.orders import Order
from bot.i18n import Translator
from bot.services.admin import UserCard
from bot.services.admin_console import CardPage, Found, OrderRefund, RefundKind
from bot.ui.views import esc, shop_money, state_name
from bot.ui.views_admin import _ledger_line, _user_order_line, render_user
from bot.ui.views_api import admin_api_line
from bot.ui.views_invites import render_user_invites


def render_card(t: Translator, page: CardPage, settings: Settings) -> str:
    """The customer's card (as /user shows it) with one page of their orders and one of their
    wallet movements, each saying which page it is."""
    head = UserCard(page.user, page.order_count, [], [], page.owed)
    text = render_user(t, head, settings) + render_user_invites(t, page.invites, settings)
    text += admin_api_line(t, page.api)
    if page.orders:
        lines = "\n".join(_user_order_line(t, o, settings) for o in page.orders)
        text += t(
            "admin-card-orders",
            page=page.order_page + 1,
            pages=page.order_pages,
            lines=lines,
        )
    if page.ledger:
        lines = "\n".join(_ledger_line(t, e, settings) for e in page.ledger)
        text += t(
            "admin-card-moves",
            page=page.ledger_page + 1,
            pages=page.ledger_pages,
            lines=lines,
        )
    return text


def render_found(t: Translator, query: str, result: Found) -> str:
    if result.count == 0:
        return t("admin-find-none", query=esc(query, 60))
    return t("admin-find-many", query=esc(query, 60), count=result.count)


def found_prices(t: Translator, result: Found, settings: Settings) -> dict[int, str]:
    return {order.id: shop_money(t, order.price, settings) for order in result.orders}


def left_to_refund(t: Translator, order: Order, settings: Settings) -> str | None:
    """What an admin may still refund of a finished order, written; None when nothing."""
    left = order.price - order.refunded
    return shop_money(t, left, settings) if order.is_final and left > 0 else None


def render_refund_ask(t: Translator, order: Order, amount: int, settings: Settings) -> str:
    return t(
        "admin-order-refund-confirm",
        id=order.id,
        amount=shop_money(t, amount, settings),
        user_id=order.user_id,
        paid=shop_money(t, order.price, settings),
        refunded=shop_money(t, order.refunded, settings),
    )


def render_refund_prompt(t: Translator, order: Order, settings: Settings) -> str:
    return t(
        "admin-order-refund-prompt",
        id=order.id,
        left=shop_money(t, order.price - order.refunded, settings),
    )


def render_refund(t: Translator, result: OrderRefund, settings: Settings, order_id: int) -> str:
    """The outcome of a refund, or why there is none."""
    order = result.order
    if result.kind is RefundKind.NOT_FOUND or order is None:
        return t("admin-order-not-found", order_id=order_id)
    left = shop_money(t, order.price - order.refunded, settings)
    if result.kind is RefundKind.DONE:
        done = t(
            "admin-order-refund-done",
            id=order.id,
            amount=shop_money(t, result.amount, settings),
            user_id=order.user_id,
            left=left,
        )
        return done + _commission_taken(t, result, settings)
    if result.kind is RefundKind.NOT_FINAL:
        return t("admin-order-refund-not-final", id=order.id, state=state_name(t, order.state))
    if result.kind is RefundKind.NOTHING_LEFT:
        return t("admin-order-refund-nothing-left", id=order.id)
    if result.kind is RefundKind.TOO_MUCH:
        return t(
            "admin-order-refund-too-much",
            amount=shop_money(t, result.amount, settings),
            left=left,
        )
    return t("admin-order-refund-changed", id=order.id, left=left)


def _commission_taken(t: Translator, result: OrderRefund, settings: Settings) -> str:
    """The line on the inviter's commission a refund took back, or nothing."""
    back = result.commission
    if back is None:
        return ""
    key = "admin-order-refund-commission-taken"
    if back.taken < back.due:
        key = "admin-order-refund-commission-short"
    return "\n" + t(
        key,
        user_id=back.owner_id,
        taken=shop_money(t, back.taken, settings),
        due=shop_money(t, back.due, settings),
    )
