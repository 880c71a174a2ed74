"""My orders: the list, the order card and its buttons (refresh, refill, cancel, again)."""

from __future__ import annotations

from aiogram import F, Router
from aiogram.filters import Command
from aiogram.fsm.context import FSMContext
from aiogram.types import CallbackQuery, Message

from bot import texts
from bot.config import Settings
from bot.handlers.common import replace, show
from bot.handlers.order import start_form
from bot.keyboards.callbacks import MenuCb, MyOrdersCb, OrderActionCb, OrderCardCb
from bot.keyboards.orders import order_card_keyboard, orders_list
from bot.services.catalogue import CatalogueService
from bot.services.ordering import OrderingService
from bot.services.tracking import TrackingService
from bot.views import order_card


def _list_text(total: int, page: int, pages: int) -> str:
    if total == 0:
        return texts.MY_ORDERS_EMPTY
    text = texts.MY_ORDERS
    if pages > 1:
        text += "\n" + texts.PAGE.format(page=page + 1, pages=pages)
    return text


async def on_orders_command(message: Message, tracking: TrackingService) -> None:
    assert message.from_user is not None
    page = await tracking.orders_page(message.from_user.id, 0)
    await message.answer(
        _list_text(page.total, page.page, page.pages),
        reply_markup=orders_list(page.items, page.page, page.pages),
    )


async def on_orders_button(query: CallbackQuery, tracking: TrackingService) -> None:
    await _show_page(query, tracking, 0)


async def on_orders_page(
    query: CallbackQuery, callback_data: MyOrdersCb, tracking: TrackingService
) -> None:
    await _show_page(query, tracking, callback_data.page)


async def _show_page(query: CallbackQuery, tracking: TrackingService, page_number: int) -> None:
    page = await tracking.orders_page(query.from_user.id, page_number)
    await show(
        query,
        _list_text(page.total, page.page, page.pages),
        orders_list(page.items, page.page, page.pages),
    )


async def _show_card(
    query: CallbackQuery,
    tracking: TrackingService,
    settings: Settings,
    order_id: int,
    back: int,
    note: str = "",
    answered: bool = False,
) -> None:
    order = await tracking.own_order(query.from_user.id, order_id)
    if order is None:
        await query.answer(texts.ORDER_NOT_FOUND, show_alert=True)
        return
    text = order_card(order, settings.price_decimals, settings.currency)
    if note:
        text = f"{note}\n\n{text}"
    markup = order_card_keyboard(order, await tracking.actions(order), back)
    if answered:
        await replace(query, text, markup)
    else:
        await show(query, text, markup)


async def on_order_card(
    query: CallbackQuery,
    callback_data: OrderCardCb,
    tracking: TrackingService,
    settings: Settings,
) -> None:
    await _show_card(query, tracking, settings, callback_data.id, callback_data.back)


async def on_order_action(
    query: CallbackQuery,
    callback_data: OrderActionCb,
    state: FSMContext,
    tracking: TrackingService,
    catalogue: CatalogueService,
    ordering: OrderingService,
    settings: Settings,
) -> None:
    user_id = query.from_user.id
    order = await tracking.own_order(user_id, callback_data.id)
    # Forged or stale: not theirs, or the action no longer applies. Nothing changes.
    if order is None:
        await query.answer(texts.ORDER_NOT_FOUND, show_alert=True)
        return
    act = callback_data.act
    if act == "again":
        await start_form(query, state, catalogue, ordering, settings, order.service_id, order.link)
        return
    if act not in ("refresh", "refill", "cancel"):
        await query.answer(texts.BUTTON_EXPIRED, show_alert=True)
        return
    # Answered before the panel is asked: the answer below comes as an edit of the card.
    await query.answer()
    if act == "refresh":
        note = (await tracking.refresh(user_id, order.id)).text
    elif act == "refill":
        note = (await tracking.request_refill(user_id, order.id)).text
    else:
        note = (await tracking.request_cancel(user_id, order.id)).text
    await _show_card(query, tracking, settings, order.id, 0, note=note, answered=True)


def router() -> Router:
    router = Router(name="orders")
    router.message.register(on_orders_command, Command("orders"))
    router.callback_query.register(on_orders_button, MenuCb.filter(F.to == "orders"))
    router.callback_query.register(on_orders_page, MyOrdersCb.filter())
    router.callback_query.register(on_order_card, OrderCardCb.filter())
    router.callback_query.register(on_order_action, OrderActionCb.filter())
    return router
