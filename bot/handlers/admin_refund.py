"""Refund on an order's admin card (issue 25): the whole of what is left, or a typed part of it;
asked once more (Confirm / Cancel) before anything moves. The Confirm button carries the amount
and what the order recorded as refunded when asked: the service refunds only if that is still
so, so a second press (or another admin's) refunds nothing more.

Guarded like the admin console: for anyone else these buttons do not exist (the fallback answers
a forged one)."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from aiogram import F, Router
from aiogram.filters import StateFilter
from aiogram.fsm.context import FSMContext
from aiogram.fsm.state import State, StatesGroup
from aiogram.types import CallbackQuery, InlineKeyboardMarkup, Message

from bot.config import Settings
from bot.domain.clock import now
from bot.domain.money import money, to_minor
from bot.handlers.admin import AdminOnly
from bot.handlers.admin_screens import order_screen
from bot.handlers.common import replace
from bot.i18n import Translator, ascii_digits
from bot.services.admin import AdminService
from bot.services.admin_console import AdminConsole, OrderRefund, RefundKind
from bot.telegram.filters import Check
from bot.ui.keyboards import admin_console as kb
from bot.ui.keyboards.callbacks import AdminRefundCb
from bot.ui.views_console import render_refund, render_refund_ask, render_refund_prompt

PROMPT_SECONDS = 300  # an amount typed later than this after the question is not taken
_ORDER = "refund_order"
_ASKED_AT = "refund_asked_at"


class RefundFlow(StatesGroup):
    amount = State()  # the part of an order to refund, typed


def _ask(
    t: Translator, result: OrderRefund, amount: int, settings: Settings
) -> tuple[str, InlineKeyboardMarkup]:
    order = result.order
    assert order is not None
    shown = money(amount, settings.price_decimals, settings.currency, lang=t.lang)
    text = render_refund_ask(t, order, amount, settings)
    return text, kb.refund_confirm(t, order.id, amount, order.refunded, shown)


async def on_refund_all(
    query: CallbackQuery,
    callback_data: AdminRefundCb,
    t: Translator,
    console: AdminConsole,
    settings: Settings,
) -> None:
    result = await console.refundable(callback_data.id)
    if result.kind is not RefundKind.ASK:
        await query.answer(render_refund(t, result, settings, callback_data.id), show_alert=True)
        return
    await query.answer()
    text, markup = _ask(t, result, result.left, settings)
    await replace(query, text, markup)


async def on_refund_part(
    query: CallbackQuery,
    callback_data: AdminRefundCb,
    t: Translator,
    state: FSMContext,
    console: AdminConsole,
    settings: Settings,
) -> None:
    result = await console.refundable(callback_data.id)
    if result.kind is not RefundKind.ASK or result.order is None:
        await query.answer(render_refund(t, result, settings, callback_data.id), show_alert=True)
        return
    await query.answer()
    await state.set_state(RefundFlow.amount)
    await state.update_data({_ORDER: callback_data.id, _ASKED_AT: now()})
    text = render_refund_prompt(t, result.order, settings)
    await replace(query, text, kb.refund_prompt(t, callback_data.id))


def _typed_amount(text: str, decimals: int) -> int | None:
    """A positive amount with at most the shop's decimals, in minor units; None otherwise."""
    body = ascii_digits(text.strip()).replace(",", ".")
    if not body or len(body) > 20 or not all(c.isdigit() or c == "." for c in body):
        return None
    try:
        amount = Decimal(body)
    except InvalidOperation:
        return None
    if amount <= 0 or amount.as_tuple().exponent < -decimals:  # type: ignore[operator]
        return None
    return to_minor(amount)


async def on_amount(
    message: Message,
    t: Translator,
    state: FSMContext,
    console: AdminConsole,
    settings: Settings,
) -> None:
    data = await state.get_data()
    order_id = int(data.get(_ORDER, 0))
    if now() - int(data.get(_ASKED_AT, 0)) > PROMPT_SECONDS:
        await state.set_state(None)
        await message.answer(t("admin-amount-expired"))
        return
    amount = _typed_amount(message.text or "", settings.price_decimals)
    if amount is None:
        await message.answer(
            t("admin-order-refund-bad-amount", decimals=settings.price_decimals),
            reply_markup=kb.refund_prompt(t, order_id),
        )
        return
    result = await console.refundable(order_id)
    if result.kind is RefundKind.ASK and amount > result.left:
        result = OrderRefund(RefundKind.TOO_MUCH, result.order, amount)
    if result.kind is not RefundKind.ASK:
        markup = kb.refund_prompt(t, order_id) if result.kind is RefundKind.TOO_MUCH else None
        await message.answer(render_refund(t, result, settings, order_id), reply_markup=markup)
        if markup is None:
            await state.set_state(None)
        return
    await state.set_state(None)
    text, markup = _ask(t, result, amount, settings)
    await message.answer(text, reply_markup=markup)


async def on_confirm(
    query: CallbackQuery,
    callback_data: AdminRefundCb,
    t: Translator,
    console: AdminConsole,
    settings: Settings,
) -> None:
    cb = callback_data
    result = await console.refund(query.from_user.id, cb.id, cb.a, cb.r)
    text = render_refund(t, result, settings, cb.id)
    if result.kind is not RefundKind.DONE:
        await query.answer(text, show_alert=True)
    else:
        await query.answer()
    await replace(query, text, kb.back_to_order(t, cb.id))


async def on_cancel(
    query: CallbackQuery,
    callback_data: AdminRefundCb,
    t: Translator,
    state: FSMContext,
    admin: AdminService,
    settings: Settings,
) -> None:
    await query.answer()
    if await state.get_state() == RefundFlow.amount.state:
        await state.set_state(None)
    text, markup = await order_screen(t, admin, settings, callback_data.id)
    await replace(query, text, markup)


def router(admin_ids: frozenset[int]) -> Router:
    r = Router(name="admin_refund")
    guard = AdminOnly(admin_ids)
    r.message.filter(guard)
    r.callback_query.filter(guard)
    r.callback_query.register(on_refund_all, AdminRefundCb.filter(F.act == "all"))
    r.callback_query.register(on_refund_part, AdminRefundCb.filter(F.act == "part"))
    r.callback_query.register(on_confirm, AdminRefundCb.filter(F.act == "ok"))
    r.callback_query.register(on_cancel, AdminRefundCb.filter(F.act == "no"))
    r.message.register(
        on_amount, StateFilter(RefundFlow.amount), Check(F.text), Check(~F.text.startswith("/"))
    )
    return r
