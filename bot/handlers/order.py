"""The order form: one step per input the service type needs, then a summary to confirm."""

from __future__ import annotations

import html
import secrets
from typing import Any

from aiogram import F, Router
from aiogram.filters import StateFilter
from aiogram.fsm.context import FSMContext
from aiogram.fsm.state import State
from aiogram.types import CallbackQuery, Message

from bot import texts
from bot.config import Settings
from bot.db.repositories.catalogue import ServiceRow
from bot.handlers.catalogue import show_service
from bot.handlers.common import deliver, replace, show, try_show
from bot.handlers.states import OrderFlow
from bot.keyboards import catalogue as kb
from bot.keyboards.callbacks import ConfirmCb, DraftCb, OrderServiceCb
from bot.keyboards.common import home_only, main_menu
from bot.keyboards.orders import order_card_keyboard
from bot.money import Shown, money
from bot.order_draft import Draft
from bot.services import inputs
from bot.services.catalogue import CatalogueService
from bot.services.notify import Notifier
from bot.services.order_types import Kind, kind_of
from bot.services.ordering import (
    DraftInvalid,
    OrderingService,
    OutcomeKind,
    Quote,
    ServiceUnavailable,
)
from bot.views import details, esc, order_card


def steps(kind: Kind, dripfeed: bool) -> list[State]:
    if kind is Kind.PACKAGE:
        return [OrderFlow.link]
    if kind is Kind.CUSTOM_COMMENTS:
        return [OrderFlow.link, OrderFlow.comments]
    if kind is Kind.COMMENT_LIKES:
        return [OrderFlow.link, OrderFlow.quantity, OrderFlow.username]
    if kind is Kind.POLL:
        return [OrderFlow.link, OrderFlow.quantity, OrderFlow.answer]
    if dripfeed:
        return [OrderFlow.link, OrderFlow.quantity, OrderFlow.runs, OrderFlow.interval]
    return [OrderFlow.link, OrderFlow.quantity]


async def _form(
    data: dict[str, Any], catalogue: CatalogueService
) -> tuple[ServiceRow, list[State]] | None:
    """The service a form is for and its steps; None if it can no longer be ordered."""
    service = await catalogue.orderable(int(data.get("service_id", 0)))
    if service is None:
        return None
    kind = kind_of(service.type)
    assert kind is not None  # orderable() only returns supported types
    return service, steps(kind, service.dripfeed)


async def _prompt(
    target: Message | CallbackQuery,
    step: State,
    service_name: str,
    data: dict[str, Any],
    low: int,
    high: int,
) -> None:
    skippable = False
    if step == OrderFlow.link:
        text = texts.ASK_LINK.format(service=esc(service_name, 200))
    elif step == OrderFlow.quantity:
        text = texts.ASK_QUANTITY.format(low=low, high=high)
    elif step == OrderFlow.comments:
        text = texts.ASK_COMMENTS.format(low=low, high=high)
    elif step == OrderFlow.username:
        text = texts.ASK_USERNAME
    elif step == OrderFlow.answer:
        text = texts.ASK_ANSWER
    elif step == OrderFlow.runs:
        quantity = int(data.get("quantity") or 1)
        text = texts.ASK_RUNS.format(high=min(inputs.MAX_RUNS, high // quantity))
        skippable = True
    else:
        text = texts.ASK_INTERVAL
    markup = kb.step(skippable)
    if isinstance(target, CallbackQuery):
        await show(target, text, markup)
    else:
        await target.answer(text, reply_markup=markup)


async def _go(
    target: Message | CallbackQuery,
    state: FSMContext,
    catalogue: CatalogueService,
    ordering: OrderingService,
    settings: Settings,
    step_index: int,
) -> None:
    """Shows step `step_index` of the form, or the summary once every step is done."""
    data = await state.get_data()
    form = await _form(data, catalogue)
    if form is None:
        await state.clear()
        await _reply(target, texts.SERVICE_GONE, home_only())
        return
    service, flow = form
    if step_index < len(flow):
        await state.set_state(flow[step_index])
        await _prompt(
            target, flow[step_index], service.name, data, service.min_quantity, service.max_quantity
        )
        return
    await _summary(target, state, ordering, settings, user_id=_user_id(target))


def _user_id(target: Message | CallbackQuery) -> int:
    assert target.from_user is not None
    return target.from_user.id


async def _reply(
    target: Message | CallbackQuery, text: str, markup: Any, answered: bool = False
) -> None:
    """A new message for a text, an edit for a button (answering it unless already done)."""
    if isinstance(target, CallbackQuery) and answered:
        await replace(target, text, markup)
    elif isinstance(target, CallbackQuery):
        await show(target, text, markup)
    else:
        await target.answer(text, reply_markup=markup)


def summary_text(quote: Quote, settings: Settings) -> str:
    d, cur = settings.price_decimals, settings.currency
    draft = quote.draft
    text = texts.SUMMARY.format(
        service=esc(quote.service.name, 300),
        link=esc(draft.link or "", 300),
        details=details(
            quote.service.type,
            quote.total_quantity,
            draft.runs,
            draft.interval,
            draft.comments,
            draft.username,
            draft.answer_number,
        ),
        total=money(quote.price, d, cur, Shown.UP),
        balance=money(quote.balance, d, cur, Shown.DOWN),
        after=money(quote.balance - quote.price, d, cur, Shown.DOWN)
        if not quote.missing
        else money(quote.balance, d, cur, Shown.DOWN),
    )
    if quote.missing:
        text += texts.SUMMARY_MISSING.format(missing=money(quote.missing, d, cur, Shown.UP))
    return text


async def _summary(
    target: Message | CallbackQuery,
    state: FSMContext,
    ordering: OrderingService,
    settings: Settings,
    user_id: int,
    note: str = "",
    answered: bool = False,
) -> None:
    draft = Draft.from_state(await state.get_data())
    try:
        quote = await ordering.quote(user_id, draft)
    except ServiceUnavailable:
        await state.clear()
        await _reply(target, texts.SERVICE_GONE, home_only(), answered)
        return
    except DraftInvalid as exc:
        await state.set_state(OrderFlow.link)
        text = html.escape(str(exc) or texts.DRAFT_EXPIRED, quote=False)
        await _reply(target, text, kb.step(), answered)
        return
    token = secrets.token_urlsafe(12) if not quote.missing else None
    await state.update_data(token=token, price=quote.price)
    await state.set_state(OrderFlow.confirm)
    text = (note + "\n\n" if note else "") + summary_text(quote, settings)
    await _reply(target, text, kb.summary(token, settings.support_url), answered)


async def show_summary(
    query: CallbackQuery, state: FSMContext, ordering: OrderingService, settings: Settings
) -> bool:
    """The summary of the draft kept in the state, re-quoted (back from a top-up).

    False when there is no draft to go back to."""
    if "service_id" not in await state.get_data():
        return False
    await _summary(query, state, ordering, settings, query.from_user.id)
    return True


# -- entering the form -----------------------------------------------------------------------
async def on_order(
    query: CallbackQuery,
    callback_data: OrderServiceCb,
    state: FSMContext,
    catalogue: CatalogueService,
    ordering: OrderingService,
    settings: Settings,
) -> None:
    await start_form(query, state, catalogue, ordering, settings, callback_data.id)


async def start_form(
    query: CallbackQuery,
    state: FSMContext,
    catalogue: CatalogueService,
    ordering: OrderingService,
    settings: Settings,
    service_id: int,
    link: str | None = None,
) -> None:
    """Opens the form for a service; with a link (Order again) it starts after the link."""
    if await catalogue.orderable(service_id) is None:
        await query.answer(texts.SERVICE_GONE, show_alert=True)
        return
    await state.clear()
    data: dict[str, Any] = {"service_id": service_id}
    if link is not None:
        data["link"] = link
    await state.set_data(data)
    await _go(query, state, catalogue, ordering, settings, 0 if link is None else 1)


# -- one handler per input step ---------------------------------------------------------------
async def _accept(
    message: Message,
    state: FSMContext,
    catalogue: CatalogueService,
    ordering: OrderingService,
    settings: Settings,
    step: State,
) -> None:
    data = await state.get_data()
    form = await _form(data, catalogue)
    if form is None:
        await state.clear()
        await message.answer(texts.SERVICE_GONE, reply_markup=home_only())
        return
    service, flow = form
    text = message.text
    try:
        if step == OrderFlow.link:
            update: dict[str, Any] = {"link": inputs.parse_link(text)}
        elif step == OrderFlow.quantity:
            quantity = inputs.parse_quantity(text, service.min_quantity, service.max_quantity)
            update = {"quantity": quantity, "runs": None, "interval": None}
        elif step == OrderFlow.comments:
            comments = inputs.parse_comments(text, service.min_quantity, service.max_quantity)
            update = {"comments": comments.text}
        elif step == OrderFlow.username:
            update = {"username": inputs.parse_username(text)}
        elif step == OrderFlow.answer:
            update = {"answer_number": inputs.parse_answer_number(text)}
        elif step == OrderFlow.runs:
            runs = inputs.parse_runs(text, int(data["quantity"]), service.max_quantity)
            update = {"runs": runs}
        else:
            update = {"interval": inputs.parse_interval(text)}
    except inputs.InputError as exc:
        await message.answer(
            f"⚠️ {html.escape(str(exc), quote=False)}", reply_markup=kb.step(step == OrderFlow.runs)
        )
        return
    await state.update_data(**update)
    await _go(message, state, catalogue, ordering, settings, flow.index(step) + 1)


_INPUT_STEPS: dict[str | None, State] = {
    step.state: step
    for step in (
        OrderFlow.link,
        OrderFlow.quantity,
        OrderFlow.comments,
        OrderFlow.username,
        OrderFlow.answer,
        OrderFlow.runs,
        OrderFlow.interval,
    )
}


async def on_form_input(
    message: Message,
    state: FSMContext,
    catalogue: CatalogueService,
    ordering: OrderingService,
    settings: Settings,
) -> None:
    step = _INPUT_STEPS[await state.get_state()]
    await _accept(message, state, catalogue, ordering, settings, step)


async def on_text_at_summary(message: Message) -> None:
    await message.answer(texts.USE_BUTTONS_AT_SUMMARY)


# -- buttons of the form ----------------------------------------------------------------------
async def on_draft_cancel(query: CallbackQuery, state: FSMContext) -> None:
    await state.clear()
    await show(query, texts.CANCELLED, main_menu())


async def on_draft_move(
    query: CallbackQuery,
    callback_data: DraftCb,
    state: FSMContext,
    catalogue: CatalogueService,
    ordering: OrderingService,
    settings: Settings,
) -> None:
    current = await state.get_state()
    data = await state.get_data()
    if current is None or "service_id" not in data:
        await query.answer(texts.DRAFT_EXPIRED, show_alert=True)
        return
    form = await _form(data, catalogue)
    if form is None:
        await state.clear()
        await show(query, texts.SERVICE_GONE, home_only())
        return
    service, flow = form
    names = [step.state for step in flow]
    if callback_data.act == "edit":
        await state.update_data(token=None)
        await _go(query, state, catalogue, ordering, settings, 0)
    elif callback_data.act == "skip" and current == OrderFlow.runs.state:
        await state.update_data(runs=None, interval=None)
        await _summary(query, state, ordering, settings, query.from_user.id)
    elif callback_data.act == "back":
        if current == OrderFlow.confirm.state:
            index = len(flow) - 1
        elif current in names:
            index = names.index(current) - 1
        else:
            index = 0
        if index < 0:
            # Back from the first step: the service card.
            await state.clear()
            await show_service(query, catalogue, settings, service.id, 0, 0)
            return
        await state.update_data(token=None)
        await _go(query, state, catalogue, ordering, settings, index)
    else:
        await query.answer(texts.BUTTON_EXPIRED)


# -- confirm ----------------------------------------------------------------------------------
async def on_confirm(
    query: CallbackQuery,
    callback_data: ConfirmCb,
    state: FSMContext,
    ordering: OrderingService,
    notifier: Notifier,
    settings: Settings,
) -> None:
    user_id = query.from_user.id
    data = await state.get_data()
    d, cur = settings.price_decimals, settings.currency
    if not data.get("token") or data.get("token") != callback_data.token:
        placed = await ordering.order_by_token(user_id, callback_data.token)
        if placed is None:
            await query.answer(texts.BUTTON_EXPIRED, show_alert=True)
            return
        await show(
            query,
            texts.ALREADY_PLACED.format(card=order_card(placed, d, cur)),
            order_card_keyboard(placed, None),
        )
        return
    await try_show(query, texts.PLACING_QUEUED if ordering.panel_busy else texts.PLACING)
    draft = Draft.from_state(data)
    try:
        outcome = await ordering.place(user_id, draft, callback_data.token, int(data["price"]))
    except (ServiceUnavailable, DraftInvalid):
        await state.clear()
        await replace(query, texts.SERVICE_GONE, home_only())
        return
    if outcome.kind is OutcomeKind.PRICE_CHANGED or outcome.kind is OutcomeKind.NO_FUNDS:
        await _summary(
            query,
            state,
            ordering,
            settings,
            user_id,
            note=texts.PRICE_CHANGED if outcome.kind is OutcomeKind.PRICE_CHANGED else "",
            answered=True,
        )
        return
    await state.clear()
    order = outcome.order
    assert order is not None
    if outcome.kind is OutcomeKind.PLACED:
        text = texts.PLACED.format(card=order_card(order, d, cur))
    elif outcome.kind is OutcomeKind.ALREADY:
        text = texts.ALREADY_PLACED.format(card=order_card(order, d, cur))
    elif outcome.kind is OutcomeKind.REFUSED:
        text = texts.ORDER_REFUSED.format(reason=esc(outcome.message, 200))
    elif outcome.kind is OutcomeKind.UNAVAILABLE:
        text = texts.ORDER_UNAVAILABLE
    else:
        text = texts.ORDER_UNKNOWN.format(order_id=order.id)
    await deliver(query, text, order_card_keyboard(order, None), notifier)


def router() -> Router:
    router = Router(name="order")
    router.callback_query.register(on_order, OrderServiceCb.filter())
    router.message.register(on_form_input, StateFilter(*_INPUT_STEPS.values()))
    router.message.register(on_text_at_summary, StateFilter(OrderFlow.confirm))
    router.callback_query.register(on_draft_cancel, DraftCb.filter(F.act == "cancel"))
    router.callback_query.register(
        on_draft_move, DraftCb.filter(F.act.in_({"back", "skip", "edit"}))
    )
    router.callback_query.register(on_confirm, ConfirmCb.filter())
    return router
