"""The order form: one step per input the service type needs, then a summary to confirm."""

from __future__ import annotations

import logging
import secrets
from collections.abc import Callable
from decimal import Decimal
from typing import Any

from aiogram import F, Router
from aiogram.exceptions import TelegramAPIError, TelegramNetworkError
from aiogram.filters import StateFilter
from aiogram.fsm.context import FSMContext
from aiogram.fsm.state import State
from aiogram.types import CallbackQuery, InlineKeyboardMarkup, Message

from bot.config import Settings
from bot.db.repositories.catalogue import ServiceRow
from bot.domain.money import Shown, money, to_minor
from bot.domain.order_draft import Draft
from bot.domain.order_types import Kind, kind_of
from bot.handlers.catalogue import show_service
from bot.handlers.common import deliver, replace, show, try_show
from bot.handlers.states import OrderFlow
from bot.i18n import Translator
from bot.services import inputs
from bot.services.catalogue import CatalogueService
from bot.services.notify import Notifier
from bot.services.ordering import (
    DraftInvalid,
    OrderingService,
    OutcomeKind,
    Quote,
    ServiceUnavailable,
)
from bot.services.pricing import order_total
from bot.ui.keyboards import catalogue as kb
from bot.ui.keyboards.callbacks import ConfirmCb, DraftCb, EditFieldCb, OrderServiceCb, QuantityCb
from bot.ui.keyboards.common import home_only, main_menu
from bot.ui.keyboards.orders import order_card_keyboard
from bot.ui.views import details, esc, order_card, quick_picks, rate

log = logging.getLogger(__name__)


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


FIELDS: dict[str, str | None] = {  # edit-button field -> the step that asks for it
    "link": OrderFlow.link.state,
    "quantity": OrderFlow.quantity.state,
    "comments": OrderFlow.comments.state,
    "username": OrderFlow.username.state,
    "answer": OrderFlow.answer.state,
    "runs": OrderFlow.runs.state,
}


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


async def _limits_note(t: Translator, state: FSMContext, service: ServiceRow, fits: bool) -> str:
    """What changed in the service's limits since the form last showed them ("" if nothing);
    remembers the new ones, so it is said once."""
    data = await state.get_data()
    now_limits = [service.min_quantity, service.max_quantity]
    was = data.get("limits")
    await state.update_data(limits=now_limits)
    if not was or list(was) == now_limits:
        return ""
    note = t(
        "limits-changed", low=now_limits[0], high=now_limits[1], was_low=was[0], was_high=was[1]
    )
    return note + t("limits-changed-fits" if fits else "limits-changed-redo") + "\n\n"


def _so_far(
    t: Translator, service: ServiceRow, per_1000: Decimal, data: dict[str, Any], settings: Settings
) -> str:
    """The total of what is entered so far, with how it is made ("" before a quantity)."""
    d, cur = settings.price_decimals, settings.currency
    kind = kind_of(service.type)
    assert kind is not None
    if kind is Kind.PACKAGE:
        total = order_total(per_1000, 1, kind, d)
        return t("so-far-package", total=money(to_minor(total), d, cur, Shown.UP))
    quantity = int(data.get("quantity") or 0)
    if kind is Kind.CUSTOM_COMMENTS and data.get("comments"):
        quantity = len(str(data["comments"]).split("\n"))
    if quantity <= 0:
        return ""
    quantity *= int(data.get("runs") or 1)
    total = order_total(per_1000, quantity, kind, d)
    return t(
        "so-far",
        quantity=quantity,
        rate=rate(per_1000, d, cur),
        total=money(to_minor(total), d, cur, Shown.UP),
    )


async def _ask(
    target: Message | CallbackQuery,
    state: FSMContext,
    text: str,
    markup: InlineKeyboardMarkup,
    answered: bool = False,
) -> None:
    """Shows a screen of the form. A button's screen is edited in place; a typed answer gets
    a new message, and the previous one loses its buttons, so only the newest screen of the
    form has any (a stale Back can never rewind the form under a visible Confirm)."""
    data = await state.get_data()
    if isinstance(target, CallbackQuery):
        await _reply(target, text, markup, answered)
        if isinstance(target.message, Message):
            await state.update_data(prompt=target.message.message_id)
        return
    previous = data.get("prompt")
    if previous and target.bot is not None:
        try:
            await target.bot.edit_message_reply_markup(
                chat_id=target.chat.id, message_id=int(previous), reply_markup=None
            )
        except (TelegramAPIError, TelegramNetworkError) as exc:  # gone, too old: nothing to do
            log.debug("could not take the buttons off an old prompt: %s", exc)
    sent = await target.answer(text, reply_markup=markup)
    await state.update_data(prompt=sent.message_id)


async def _current(query: CallbackQuery, t: Translator, state: FSMContext) -> bool:
    """The button is on the form's newest screen; if not, it is answered as expired."""
    prompt = (await state.get_data()).get("prompt")
    message = query.message
    if prompt is not None and isinstance(message, Message) and message.message_id != prompt:
        await query.answer(t("button-expired"), show_alert=True)
        return False
    return True


async def _pressed_on_form(
    query: CallbackQuery, t: Translator, state: FSMContext, catalogue: CatalogueService
) -> tuple[dict[str, Any], ServiceRow, list[State]] | None:
    """A form button's preamble: the form's data, service and steps; None when the press was
    answered already (no form, an older screen, or the service gone)."""
    data = await state.get_data()
    if await state.get_state() is None or "service_id" not in data:
        await query.answer(t("draft-expired"), show_alert=True)
        return None
    if not await _current(query, t, state):
        return None
    form = await _form(data, catalogue)
    if form is None:
        await state.clear()
        await show(query, t("service-gone"), home_only(t))
        return None
    return data, *form


async def _prompt(
    target: Message | CallbackQuery,
    t: Translator,
    state: FSMContext,
    step: State,
    service: ServiceRow,
    per_1000: Decimal,
    settings: Settings,
    note: str = "",
    answered: bool = False,
) -> None:
    data = await state.get_data()
    low, high = service.min_quantity, service.max_quantity
    d, cur = settings.price_decimals, settings.currency
    skippable = False
    picks: list[int] = []
    so_far = _so_far(t, service, per_1000, data, settings)
    text: str
    if step == OrderFlow.link:
        text = t("ask-link", service=esc(service.name, 200))
        if kind_of(service.type) is not Kind.PACKAGE:
            so_far = ""  # the quantity comes next; a total would be an old one
    elif step == OrderFlow.quantity:
        text = t("ask-quantity", rate=rate(per_1000, d, cur), low=low, high=high)
        if service.dripfeed and kind_of(service.type) is Kind.DEFAULT:
            text += t("ask-quantity-per-run")
        picks = quick_picks(low, high)
        so_far = ""
    elif step == OrderFlow.comments:
        text = t("ask-comments", low=low, high=high)
        so_far = ""
    elif step == OrderFlow.username:
        text = t("ask-username")
    elif step == OrderFlow.answer:
        text = t("ask-answer")
    elif step == OrderFlow.runs:
        quantity = int(data.get("quantity") or 1)
        text = t("ask-runs", quantity=quantity, high=min(inputs.MAX_RUNS, high // quantity))
        so_far = _so_far(t, service, per_1000, {**data, "runs": None}, settings)
        skippable = True
    else:
        runs, quantity = int(data.get("runs") or 1), int(data.get("quantity") or 0)
        text = t("ask-interval", runs=runs, quantity=quantity, total=runs * quantity)
    await _ask(target, state, note + text + so_far, kb.step(t, skippable, picks), answered)


async def _go(
    target: Message | CallbackQuery,
    t: Translator,
    state: FSMContext,
    catalogue: CatalogueService,
    ordering: OrderingService,
    settings: Settings,
    step_index: int,
    note: str = "",
) -> None:
    """Shows step `step_index` of the form, or the summary once every step is done."""
    data = await state.get_data()
    form = await _form(data, catalogue)
    if form is None:
        await state.clear()
        await _reply(target, t("service-gone"), home_only(t))
        return
    service, flow = form
    if step_index < len(flow):
        await state.set_state(flow[step_index])
        per_1000 = await catalogue.price_per_1000(service)
        await _prompt(target, t, state, flow[step_index], service, per_1000, settings, note)
        return
    await _summary(target, t, state, catalogue, ordering, settings, _user_id(target), note=note)


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


def summary_text(t: Translator, quote: Quote, settings: Settings) -> str:
    d, cur = settings.price_decimals, settings.currency
    draft = quote.draft
    package = quote.kind is Kind.PACKAGE
    price_line = t(
        "summary-rate-package" if package else "summary-rate", rate=rate(quote.per_1000, d, cur)
    )
    text: str = t(
        "summary",
        service=esc(quote.service.name, 300),
        link=esc(draft.link or "", 300),
        details=details(
            t,
            quote.service.type,
            quote.total_quantity,
            draft.runs,
            draft.interval,
            draft.comments,
            draft.username,
            draft.answer_number,
        )
        + price_line,
        total=money(quote.price, d, cur, Shown.UP),
        balance=money(quote.balance, d, cur, Shown.DOWN),
        after=money(quote.balance - quote.price, d, cur, Shown.DOWN)
        if not quote.missing
        else money(quote.balance, d, cur, Shown.DOWN),
    )
    if quote.missing:
        text += t("summary-missing", missing=money(quote.missing, d, cur, Shown.UP))
    return text


def _first_unfit(service: ServiceRow, flow: list[State], draft: Draft) -> State:
    """The first step whose answer no longer fits the service as it is now."""
    low, high = service.min_quantity, service.max_quantity
    checks: dict[str | None, Callable[[], object]] = {
        OrderFlow.link.state: lambda: inputs.parse_link(draft.link),
        OrderFlow.quantity.state: lambda: inputs.parse_quantity(str(draft.quantity), low, high),
        OrderFlow.comments.state: lambda: inputs.parse_comments(draft.comments, low, high),
        OrderFlow.username.state: lambda: inputs.parse_username(draft.username),
        OrderFlow.answer.state: lambda: inputs.parse_answer_number(str(draft.answer_number)),
        OrderFlow.runs.state: lambda: (
            draft.runs is None or inputs.parse_runs(str(draft.runs), int(draft.quantity or 0), high)
        ),
        OrderFlow.interval.state: lambda: (
            draft.runs is None or inputs.parse_interval(str(draft.interval))
        ),
    }
    for step in flow:
        try:
            checks[step.state]()
        except inputs.InputError:
            return step
    return flow[0]


def _edit_fields(flow: list[State]) -> list[str]:
    names = {step.state for step in flow}
    fields = [field for field, state in FIELDS.items() if state in names]
    return fields


async def _summary(
    target: Message | CallbackQuery,
    t: Translator,
    state: FSMContext,
    catalogue: CatalogueService,
    ordering: OrderingService,
    settings: Settings,
    user_id: int,
    note: str = "",
    answered: bool = False,
) -> None:
    data = await state.get_data()
    draft = Draft.from_state(data)
    await state.update_data(editing=False)
    try:
        quote = await ordering.quote(user_id, draft)
    except ServiceUnavailable:
        await state.clear()
        await _reply(target, t("service-gone"), home_only(t), answered)
        return
    except DraftInvalid:
        # The service changed under the form (limits, drip-feed): say what, keep the rest, and
        # ask again only for what no longer fits; then back here.
        form = await _form(data, catalogue)
        if form is None:
            await state.clear()
            await _reply(target, t("service-gone"), home_only(t), answered)
            return
        service, flow = form
        step = _first_unfit(service, flow, draft)
        changed = await _limits_note(t, state, service, fits=False)
        await state.update_data(editing=True, token=None)
        await state.set_state(step)
        per_1000 = await catalogue.price_per_1000(service)
        await _prompt(target, t, state, step, service, per_1000, settings, note + changed, answered)
        return
    changed = await _limits_note(t, state, quote.service, fits=True)
    token = secrets.token_urlsafe(12) if not quote.missing else None
    await state.update_data(token=token, price=quote.price)
    await state.set_state(OrderFlow.confirm)
    flow = steps(quote.kind, quote.service.dripfeed)
    text = (note + "\n\n" if note and not note.endswith("\n\n") else note) + changed
    text += summary_text(t, quote, settings)
    markup = kb.summary(t, token, _edit_fields(flow), settings.support_url)
    await _ask(target, state, text, markup, answered)


async def show_summary(
    query: CallbackQuery,
    t: Translator,
    state: FSMContext,
    catalogue: CatalogueService,
    ordering: OrderingService,
    settings: Settings,
) -> bool:
    """The summary of the draft kept in the state, re-quoted (back from a top-up).

    False when there is no draft to go back to."""
    if "service_id" not in await state.get_data():
        return False
    await _summary(query, t, state, catalogue, ordering, settings, query.from_user.id)
    return True


# -- entering the form -----------------------------------------------------------------------
async def on_order(
    query: CallbackQuery,
    callback_data: OrderServiceCb,
    t: Translator,
    state: FSMContext,
    catalogue: CatalogueService,
    ordering: OrderingService,
    settings: Settings,
) -> None:
    await start_form(query, t, state, catalogue, ordering, settings, callback_data.id)


async def start_form(
    query: CallbackQuery,
    t: Translator,
    state: FSMContext,
    catalogue: CatalogueService,
    ordering: OrderingService,
    settings: Settings,
    service_id: int,
    link: str | None = None,
) -> None:
    """Opens the form for a service; with a link (Order again) it starts after the link."""
    service = await catalogue.orderable(service_id)
    if service is None:
        await query.answer(t("service-gone"), show_alert=True)
        return
    await state.clear()
    data: dict[str, Any] = {
        "service_id": service_id,
        "limits": [service.min_quantity, service.max_quantity],
    }
    if link is not None:
        data["link"] = link
    await state.set_data(data)
    await _go(query, t, state, catalogue, ordering, settings, 0 if link is None else 1)


# -- one handler per input step ---------------------------------------------------------------
async def _accept(
    message: Message,
    t: Translator,
    state: FSMContext,
    catalogue: CatalogueService,
    ordering: OrderingService,
    settings: Settings,
    step: State,
    text: str | None,
    target: Message | CallbackQuery | None = None,
) -> None:
    """Takes one answer (typed, or a quick pick when `target` is the button pressed)."""
    data = await state.get_data()
    form = await _form(data, catalogue)
    if form is None:
        await state.clear()
        await _reply(target or message, t("service-gone"), home_only(t))
        return
    service, flow = form
    note = await _limits_note(t, state, service, fits=True)
    following = flow.index(step) + 1
    try:
        if step == OrderFlow.link:
            update: dict[str, Any] = {"link": inputs.parse_link(text)}
        elif step == OrderFlow.quantity:
            quantity = inputs.parse_quantity(text, service.min_quantity, service.max_quantity)
            update = {"quantity": quantity}
            runs = data.get("runs")
            if runs is not None and data.get("editing"):
                try:  # the runs typed before still fit the new quantity: kept
                    inputs.parse_runs(str(runs), quantity, service.max_quantity)
                except inputs.InputError:
                    update.update(runs=None, interval=None)
                    await state.update_data(**update)
                    await _go(target or message, t, state, catalogue, ordering, settings, following)
                    return
            elif not data.get("editing"):
                update.update(runs=None, interval=None)
        elif step == OrderFlow.comments:
            comments = inputs.parse_comments(text, service.min_quantity, service.max_quantity)
            update = {"comments": comments.text}
        elif step == OrderFlow.username:
            update = {"username": inputs.parse_username(text)}
        elif step == OrderFlow.answer:
            update = {"answer_number": inputs.parse_answer_number(text)}
        elif step == OrderFlow.runs:
            runs = inputs.parse_runs(text, int(data["quantity"]), service.max_quantity)
            update = {"runs": runs, "interval": None}
        else:
            update = {"interval": inputs.parse_interval(text)}
    except inputs.InputError as exc:
        error = f"⚠️ {t(exc.key, **exc.params)}\n\n"
        per_1000 = await catalogue.price_per_1000(service)
        await _prompt(target or message, t, state, step, service, per_1000, settings, note + error)
        return
    await state.update_data(**update)
    if data.get("editing") and step != OrderFlow.runs:
        following = len(flow)  # an edit from the summary goes back to it
    await _go(target or message, t, state, catalogue, ordering, settings, following, note)


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
    t: Translator,
    state: FSMContext,
    catalogue: CatalogueService,
    ordering: OrderingService,
    settings: Settings,
) -> None:
    step = _INPUT_STEPS[await state.get_state()]
    await _accept(message, t, state, catalogue, ordering, settings, step, message.text)


async def on_quantity_pick(
    query: CallbackQuery,
    callback_data: QuantityCb,
    t: Translator,
    state: FSMContext,
    catalogue: CatalogueService,
    ordering: OrderingService,
    settings: Settings,
) -> None:
    if await state.get_state() != OrderFlow.quantity.state or not isinstance(
        query.message, Message
    ):
        await query.answer(t("button-expired"), show_alert=True)
        return
    if not await _current(query, t, state):
        return
    await _accept(
        query.message,
        t,
        state,
        catalogue,
        ordering,
        settings,
        OrderFlow.quantity,
        str(callback_data.n),
        target=query,
    )


async def on_text_at_summary(message: Message, t: Translator) -> None:
    await message.answer(t("use-buttons-at-summary"))


# -- buttons of the form ----------------------------------------------------------------------
async def on_draft_cancel(query: CallbackQuery, state: FSMContext, t: Translator) -> None:
    await state.clear()
    await show(query, t("cancelled"), main_menu(t))


async def on_edit_field(
    query: CallbackQuery,
    callback_data: EditFieldCb,
    t: Translator,
    state: FSMContext,
    catalogue: CatalogueService,
    ordering: OrderingService,
    settings: Settings,
) -> None:
    """One field of the summary asked again; its answer comes back to the summary."""
    if await state.get_state() != OrderFlow.confirm.state:
        await query.answer(t("draft-expired"), show_alert=True)
        return
    opened = await _pressed_on_form(query, t, state, catalogue)
    if opened is None:
        return
    _, _, flow = opened
    names = [step.state for step in flow]
    wanted = FIELDS.get(callback_data.f)
    if wanted not in names:
        await query.answer(t("button-expired"), show_alert=True)
        return
    await state.update_data(token=None, editing=True)
    await _go(query, t, state, catalogue, ordering, settings, names.index(wanted))


async def on_draft_move(
    query: CallbackQuery,
    callback_data: DraftCb,
    t: Translator,
    state: FSMContext,
    catalogue: CatalogueService,
    ordering: OrderingService,
    settings: Settings,
) -> None:
    current = await state.get_state()
    opened = await _pressed_on_form(query, t, state, catalogue)
    if opened is None:
        return
    data, service, flow = opened
    names = [step.state for step in flow]
    if callback_data.act == "edit":  # an older summary's Edit: the form from the start
        await state.update_data(token=None, editing=False)
        await _go(query, t, state, catalogue, ordering, settings, 0)
    elif callback_data.act == "skip" and current == OrderFlow.runs.state:
        await state.update_data(runs=None, interval=None)
        await _summary(query, t, state, catalogue, ordering, settings, query.from_user.id)
    elif callback_data.act == "back":
        if current != OrderFlow.confirm.state and data.get("editing"):
            # Back while editing one field: the summary, as it was.
            await _summary(query, t, state, catalogue, ordering, settings, query.from_user.id)
            return
        if current == OrderFlow.confirm.state:
            index = len(flow) - 1
            if OrderFlow.runs in flow and data.get("runs") is None:
                index = flow.index(OrderFlow.runs)  # drip-feed was skipped: that question
        elif current in names:
            index = names.index(current) - 1
        else:
            index = 0
        if index < 0:
            # Back from the first step: the service card.
            await state.clear()
            await show_service(query, t, catalogue, settings, service.id, 0, 0)
            return
        await state.update_data(token=None)
        await _go(query, t, state, catalogue, ordering, settings, index)
    else:
        await query.answer(t("button-expired"))


# -- confirm ----------------------------------------------------------------------------------
async def on_confirm(
    query: CallbackQuery,
    callback_data: ConfirmCb,
    t: Translator,
    state: FSMContext,
    catalogue: CatalogueService,
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
            await query.answer(t("button-expired"), show_alert=True)
            return
        await show(
            query,
            t("already-placed", card=order_card(t, placed, d, cur)),
            order_card_keyboard(t, placed, None),
        )
        return
    await try_show(query, t("placing-queued" if ordering.panel_busy else "placing"))
    draft = Draft.from_state(data)
    try:
        outcome = await ordering.place(user_id, draft, callback_data.token, int(data["price"]))
    except ServiceUnavailable:
        await state.clear()
        await replace(query, t("service-gone"), home_only(t))
        return
    except DraftInvalid:  # the limits changed since the summary: say what, keep the form
        await _summary(query, t, state, catalogue, ordering, settings, user_id, answered=True)
        return
    if outcome.kind is OutcomeKind.PRICE_CHANGED or outcome.kind is OutcomeKind.NO_FUNDS:
        await _summary(
            query,
            t,
            state,
            catalogue,
            ordering,
            settings,
            user_id,
            note=t("price-changed") if outcome.kind is OutcomeKind.PRICE_CHANGED else "",
            answered=True,
        )
        return
    await state.clear()
    order = outcome.order
    assert order is not None
    if outcome.kind is OutcomeKind.PLACED:
        text = t("placed", card=order_card(t, order, d, cur))
    elif outcome.kind is OutcomeKind.ALREADY:
        text = t("already-placed", card=order_card(t, order, d, cur))
    elif outcome.kind is OutcomeKind.REFUSED:
        text = t("order-refused", reason=esc(outcome.message, 200))
    elif outcome.kind is OutcomeKind.UNAVAILABLE:
        text = t("order-unavailable")
    else:
        text = t("order-unknown", order_id=order.id)
    await deliver(query, text, order_card_keyboard(t, order, None), notifier)


def router() -> Router:
    router = Router(name="order")
    router.callback_query.register(on_order, OrderServiceCb.filter())
    router.message.register(on_form_input, StateFilter(*_INPUT_STEPS.values()))
    router.message.register(on_text_at_summary, StateFilter(OrderFlow.confirm))
    router.callback_query.register(on_quantity_pick, QuantityCb.filter())
    router.callback_query.register(on_edit_field, EditFieldCb.filter())
    router.callback_query.register(on_draft_cancel, DraftCb.filter(F.act == "cancel"))
    router.callback_query.register(
        on_draft_move, DraftCb.filter(F.act.in_({"back", "skip", "edit"}))
    )
    router.callback_query.register(on_confirm, ConfirmCb.filter())
    return router
