"""My orders: the list, the order card and its buttons (refresh, refill, cancel, again)."""

from __future__ import annotations

import asyncio

from aiogram import F, Router
from aiogram.filters import Command
from aiogram.fsm.context import FSMContext
from aiogram.types import CallbackQuery, Message

from bot.config import Settings
from bot.db.repositories.orders import Order
from bot.domain.money import Shown, money
from bot.handlers.common import replace, show
from bot.handlers.order_form import start_form
from bot.i18n import Translator
from bot.services.catalogue import CatalogueService, Page
from bot.services.order_actions import ActionResult, ActionResultKind, OrderActions
from bot.services.order_queries import OrderQueries
from bot.services.ordering import OrderingService
from bot.ui.keyboards.callbacks import MenuCb, MyOrdersCb, NoticeOrderCb, OrderActionCb, OrderCardCb
from bot.ui.keyboards.orders import cancel_confirm, order_card_keyboard, orders_list
from bot.ui.views import esc, my_orders, order_card

REFRESH_TOAST_WAIT = 3.0  # seconds a Refresh press waits for the panel before it is answered


# What became of a Refresh, a Refill or a Cancel, in the reader's words.
_REPLIES = {
    ActionResultKind.NOT_FOUND: "order-not-found",
    ActionResultKind.REFRESHED: "refreshed",
    ActionResultKind.PANEL_BUSY: "panel-busy",
    ActionResultKind.REFILL_NOT_APPLICABLE: "refill-not-applicable",
    ActionResultKind.REFILL_ALREADY: "refill-already",
    ActionResultKind.CANCEL_REQUESTED: "cancel-requested",
    ActionResultKind.CANCEL_NOT_APPLICABLE: "cancel-not-applicable",
    ActionResultKind.CANCEL_ALREADY: "cancel-already",
}


def reply_text(t: Translator, reply: ActionResult) -> str:
    if reply.kind is ActionResultKind.REFILL_REQUESTED:
        return t("refill-requested", refill_id=esc(reply.detail, 40))
    if reply.kind is ActionResultKind.REFILL_REFUSED:
        return t("refill-refused", reason=esc(reply.detail, 200))
    if reply.kind is ActionResultKind.CANCEL_REFUSED:
        return t("cancel-refused", reason=esc(reply.detail, 200))
    if reply.kind is ActionResultKind.CANCEL_UNANSWERED:
        return t("cancel-refused", reason=t("cancel-reason-no-answer"))
    if reply.kind is ActionResultKind.CANCEL_NOT_ACCEPTED:
        return t("cancel-refused", reason=t("cancel-reason-not-accepted"))
    return t(_REPLIES[reply.kind])


def _list_text(t: Translator, page: Page[Order], settings: Settings) -> str:
    if page.total == 0:
        return t("my-orders-empty-offer")
    text: str = t("my-orders")
    if page.pages > 1:
        text += "\n" + t("page", page=page.page + 1, pages=page.pages)
    lines = my_orders(t, page.items, settings.price_decimals, settings.currency)
    return f"{text}\n\n{lines}\n\n{t('my-orders-tap')}"


async def send_orders(
    message: Message, t: Translator, order_queries: OrderQueries, settings: Settings
) -> None:
    """My orders as a new message (the command, the reply keyboard's button)."""
    assert message.from_user is not None
    page = await order_queries.orders_page(message.from_user.id, 0, t.lang)
    await message.answer(
        _list_text(t, page, settings),
        reply_markup=orders_list(t, page.items, page.page, page.pages),
    )


async def on_orders_button(
    query: CallbackQuery, t: Translator, order_queries: OrderQueries, settings: Settings
) -> None:
    await _show_page(query, t, order_queries, settings, 0)


async def on_orders_page(
    query: CallbackQuery,
    callback_data: MyOrdersCb,
    t: Translator,
    order_queries: OrderQueries,
    settings: Settings,
) -> None:
    await _show_page(query, t, order_queries, settings, callback_data.page)


async def _show_page(
    query: CallbackQuery,
    t: Translator,
    order_queries: OrderQueries,
    settings: Settings,
    page_number: int,
) -> None:
    page = await order_queries.orders_page(query.from_user.id, page_number, t.lang)
    await show(
        query, _list_text(t, page, settings), orders_list(t, page.items, page.page, page.pages)
    )


async def _show_card(
    query: CallbackQuery,
    t: Translator,
    order_queries: OrderQueries,
    settings: Settings,
    order_id: int,
    back: int,
    note: str = "",
    answered: bool = False,
    new_message: bool = False,
) -> None:
    order = await order_queries.own_order(query.from_user.id, order_id, t.lang)
    if order is None:
        await query.answer(t("order-not-found"), show_alert=True)
        return
    text = order_card(t, order, settings.price_decimals, settings.currency)
    if note:
        text = f"{note}\n\n{text}"
    markup = order_card_keyboard(t, order, await order_queries.actions(order), back, ask=True)
    if new_message:
        # Opened from a notification: the notice stays as it was, the card comes below it.
        await query.answer()
        assert query.bot is not None
        await query.bot.send_message(query.from_user.id, text, reply_markup=markup)
    elif answered:
        await replace(query, text, markup)
    else:
        await show(query, text, markup)


async def on_order_card(
    query: CallbackQuery,
    callback_data: OrderCardCb,
    t: Translator,
    order_queries: OrderQueries,
    settings: Settings,
) -> None:
    await _show_card(query, t, order_queries, settings, callback_data.id, callback_data.back)


async def on_notice_order(
    query: CallbackQuery,
    callback_data: NoticeOrderCb,
    t: Translator,
    order_queries: OrderQueries,
    settings: Settings,
) -> None:
    await _show_card(query, t, order_queries, settings, callback_data.id, 0, new_message=True)


async def _ask_cancel(
    query: CallbackQuery,
    t: Translator,
    order: Order,
    order_queries: OrderQueries,
    settings: Settings,
) -> None:
    """Cancelling asks first, saying what would be refunded and when."""
    if order.cancel_requested and not order.is_final:
        await query.answer(t("cancel-already"), show_alert=True)
        return
    if "cancel" not in await order_queries.actions(order):
        await query.answer(t("cancel-not-applicable"), show_alert=True)
        return
    d, cur = settings.price_decimals, settings.currency
    text = t(
        "cancel-confirm",
        id=order.id,
        service=esc(order.service_name, 120),
        link=esc(order.link, 200),
        amount=money(order.price - order.refunded, d, cur, Shown.DOWN, lang=t.lang),
    )
    await show(query, text, cancel_confirm(t, order.id))


async def _refresh(
    query: CallbackQuery,
    t: Translator,
    order: Order,
    order_queries: OrderQueries,
    order_actions: OrderActions,
    settings: Settings,
) -> None:
    """Asks the panel; within a short wait the press is answered with what happened (a toast
    "No change since 16:41"), else answered at once and the card tells the rest."""
    d, cur = settings.price_decimals, settings.currency
    asking = asyncio.ensure_future(order_actions.refresh(query.from_user.id, order.id))
    try:
        done, _ = await asyncio.wait({asking}, timeout=REFRESH_TOAST_WAIT)
        if not done:
            await query.answer()
        reply = await asking
    except asyncio.CancelledError:
        asking.cancel()
        raise
    note = reply_text(t, reply)
    if reply.ok:
        now_order = await order_queries.own_order(query.from_user.id, order.id, t.lang)
        if now_order is not None and order_card(t, now_order, d, cur) == order_card(
            t, order, d, cur
        ):
            note = t("no-change-since", time=t.time(order.updated_at))
            if done:
                await query.answer(note)
                return
    if done:
        await query.answer(note if reply.ok else None)
    await _show_card(query, t, order_queries, settings, order.id, 0, note=note, answered=True)


async def on_order_action(
    query: CallbackQuery,
    callback_data: OrderActionCb,
    t: Translator,
    state: FSMContext,
    order_queries: OrderQueries,
    order_actions: OrderActions,
    catalogue: CatalogueService,
    ordering: OrderingService,
    settings: Settings,
) -> None:
    user_id = query.from_user.id
    order = await order_queries.own_order(user_id, callback_data.id, t.lang)
    # Forged or stale: not theirs, or the action no longer applies. Nothing changes.
    if order is None:
        await query.answer(t("order-not-found"), show_alert=True)
        return
    act = callback_data.act
    if act == "again":
        await start_form(
            query, t, state, catalogue, ordering, settings, order.service_id, order.link
        )
        return
    if act == "cancel":
        await _ask_cancel(query, t, order, order_queries, settings)
        return
    if act == "refresh":
        await _refresh(query, t, order, order_queries, order_actions, settings)
        return
    if act not in ("refill", "cancelok"):
        await query.answer(t("button-expired"), show_alert=True)
        return
    # Answered before the panel is asked: the answer below comes as an edit of the card.
    await query.answer()
    if act == "refill":
        reply = await order_actions.request_refill(user_id, order.id)
    else:
        reply = await order_actions.request_cancel(user_id, order.id)
    note = reply_text(t, reply)
    await _show_card(query, t, order_queries, settings, order.id, 0, note=note, answered=True)


def router() -> Router:
    router = Router(name="orders")
    router.message.register(send_orders, Command("orders"))
    router.callback_query.register(on_orders_button, MenuCb.filter(F.to == "orders"))
    router.callback_query.register(on_orders_page, MyOrdersCb.filter())
    router.callback_query.register(on_order_card, OrderCardCb.filter())
    router.callback_query.register(on_notice_order, NoticeOrderCb.filter())
    router.callback_query.register(on_order_action, OrderActionCb.filter())
    return router
