"""The order form: the steps its service type describes (bot/domain/service_types.py), one
question each, then a summary to confirm. This module only shows steps and takes answers;
what comes after an answer, a Skip or a Back is bot/services/order_form.py."""

from __future__ import annotations

import logging
import secrets
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from aiogram import F, Router
from aiogram.exceptions import TelegramAPIError, TelegramNetworkError
from aiogram.filters import StateFilter
from aiogram.fsm.context import FSMContext
from aiogram.types import CallbackQuery, InlineKeyboardMarkup, Message

from bot.config import Settings
from bot.db.repositories.catalogue import ServiceRow
from bot.db.repositories.orders import Order
from bot.domain.inputs import InputError
from bot.domain.money import Shown, from_minor, money, to_minor, top_up_for
from bot.domain.order_draft import OrderDraft
from bot.domain.refusals import Refusal
from bot.domain.service_types import (
    ANSWER_KEYS,
    PICKED_STEP_NAMES,
    STEP_NAMES,
    Answers,
    ServiceType,
    Step,
    kind_of,
)
from bot.handlers.catalogue import show_service
from bot.handlers.common import deliver, replace, show, try_show
from bot.handlers.states import OrderFlow, order_step
from bot.i18n import Translator
from bot.services import order_form as rules
from bot.services.catalogue import CatalogueService
from bot.services.notify import Notifier
from bot.services.ordering import (
    DraftInvalid,
    OrderingService,
    Outcome,
    OutcomeKind,
    Quote,
    ServiceUnavailable,
    first_unfit,
    flow,
    limits,
)
from bot.services.pricing import order_total, priced_each
from bot.ui.keyboards import catalogue as kb
from bot.ui.keyboards.callbacks import ConfirmCb, DraftCb, EditFieldCb, OrderServiceCb, QuantityCb
from bot.ui.keyboards.common import home_only, main_menu
from bot.ui.keyboards.orders import order_card_keyboard
from bot.ui.views import details, each, esc, order_card, rate

log = logging.getLogger(__name__)


@dataclass(slots=True)
class Form:
    """One customer's form in progress, as one update sees it: where to answer, in which
    words, and the services a step needs."""

    target: Message | CallbackQuery
    t: Translator
    state: FSMContext
    catalogue: CatalogueService
    ordering: OrderingService
    settings: Settings
    answered: bool = False  # the button press is answered already

    @property
    def user_id(self) -> int:
        assert self.target.from_user is not None
        return self.target.from_user.id


@dataclass(frozen=True, slots=True)
class Opened:
    """The service a form is for, as it is now, its type and its steps."""

    service: ServiceRow
    kind: ServiceType
    steps: tuple[Step, ...]

    @property
    def names(self) -> list[str]:
        return [order_step(step.name) for step in self.steps]


def _answers(data: dict[str, Any]) -> dict[str, Any]:
    return {key: data[key] for key in ANSWER_KEYS if data.get(key) is not None}


async def _open(data: dict[str, Any], catalogue: CatalogueService, lang: str) -> Opened | None:
    """The service a form is for (named in the reader's language) and its steps; None if it
    can no longer be ordered."""
    service = await catalogue.orderable(int(data.get("service_id", 0)), lang)
    if service is None:
        return None
    kind = kind_of(service.type)
    assert kind is not None  # orderable() only returns supported types
    return Opened(service, kind, flow(service, kind))


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


# A service priced per one (bot/services/pricing.py: priced_each) says "each", not "per 1000".
_EACH_KEYS = {
    "ask-quantity": "ask-quantity-each",
    "so-far": "so-far-each",
    "summary-rate": "summary-rate-each",
}


def _priced(
    t: Translator, service: ServiceRow, kind: ServiceType | None, per_1000: Decimal, s: Settings
) -> tuple[str, bool]:
    """The price a form shows (of one, or per 1000) and whether it is of one."""
    one = priced_each(service, kind)
    d, cur = s.price_decimals, s.currency
    return (each if one else rate)(per_1000, d, cur, lang=t.lang), one


def _key(key: str, one: bool) -> str:
    return _EACH_KEYS.get(key, key) if one else key


def _so_far(
    t: Translator, opened: Opened, per_1000: Decimal, answers: Answers, settings: Settings
) -> str:
    """The total of what is entered so far, with how it is made ("" before a quantity)."""
    d, cur, kind = settings.price_decimals, settings.currency, opened.kind
    if kind.whole:
        total = order_total(per_1000, 1, kind, d)
        return t("so-far-package", total=money(to_minor(total), d, cur, Shown.UP, lang=t.lang))
    units = kind.units(answers)
    if units <= 0:
        return ""
    total = order_total(per_1000, units, kind, d)
    price, one = _priced(t, opened.service, kind, per_1000, settings)
    return t(
        _key("so-far", one),
        quantity=units,
        rate=price,
        total=money(to_minor(total), d, cur, Shown.UP, lang=t.lang),
    )


async def _ask(form: Form, text: str, markup: InlineKeyboardMarkup) -> None:
    """Shows a screen of the form. A button's screen is edited in place; a typed answer gets
    a new message, and the previous one loses its buttons, so only the newest screen of the
    form has any (a stale Back can never rewind the form under a visible Confirm)."""
    target, state = form.target, form.state
    data = await state.get_data()
    if isinstance(target, CallbackQuery):
        await _reply(form, text, markup)
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


async def _reply(form: Form, text: str, markup: Any) -> None:
    """A new message for a text, an edit for a button (answering it unless already done)."""
    target = form.target
    if isinstance(target, CallbackQuery) and form.answered:
        await replace(target, text, markup)
    elif isinstance(target, CallbackQuery):
        await show(target, text, markup)
    else:
        await target.answer(text, reply_markup=markup)


async def _gone(form: Form) -> None:
    await form.state.clear()
    await _reply(form, form.t("service-gone"), home_only(form.t))


async def _current(query: CallbackQuery, t: Translator, state: FSMContext) -> bool:
    """The button is on the form's newest screen; if not, it is answered as expired."""
    prompt = (await state.get_data()).get("prompt")
    message = query.message
    if prompt is not None and isinstance(message, Message) and message.message_id != prompt:
        await query.answer(t("button-expired"), show_alert=True)
        return False
    return True


async def _pressed_on_form(form: Form) -> tuple[dict[str, Any], Opened] | None:
    """A form button's preamble: the form's data and steps; None when the press was answered
    already (no form, an older screen, or the service gone)."""
    query, t, state = form.target, form.t, form.state
    assert isinstance(query, CallbackQuery)
    data = await state.get_data()
    if await state.get_state() is None or "service_id" not in data:
        await query.answer(t("draft-expired"), show_alert=True)
        return None
    if not await _current(query, t, state):
        return None
    opened = await _open(data, form.catalogue, form.t.lang)
    if opened is None:
        await state.clear()
        await show(query, t("service-gone"), home_only(t))
        return None
    return data, opened


async def _prompt(form: Form, opened: Opened, step: Step, note: str = "") -> None:
    """Asks one step: its question, the running total if it shows one, its buttons."""
    t, service, settings = form.t, opened.service, form.settings
    answers = _answers(await form.state.get_data())
    per_1000 = await form.catalogue.price_per_1000(service)
    price, one = _priced(t, service, opened.kind, per_1000, settings)
    common = {
        "service": esc(service.name, 200),
        "rate": price,
        "low": service.min_quantity,
        "high": service.max_quantity,
    }
    asked = step.ask(limits(service), answers)
    text = "".join(t(_key(key, one), **{**common, **args}) for key, args in asked)
    if step.so_far:
        without = {key: value for key, value in answers.items() if key != step.key}
        text += _so_far(t, opened, per_1000, without, settings)
    picks = step.picks(limits(service)) if step.picks is not None else []
    totals = _pick_totals(t, opened, step, per_1000, answers, picks, settings)
    await _ask(form, note + text, kb.step(t, step.optional, picks, totals=totals))


def _pick_totals(
    t: Translator,
    opened: Opened,
    step: Step,
    per_1000: Decimal,
    answers: Answers,
    picks: list[int],
    settings: Settings,
) -> list[str]:
    """What each quick pick of a quantity would cost, as the summary then charges it (with
    the runs already answered, if any); none for other picks (a minimum per post, minutes),
    nor for a quantity per run before the runs are known."""
    runs_ahead = "runs" not in answers and any(s.key == "runs" for s in opened.steps)
    if step.key != "quantity" or runs_ahead:
        return []
    kind = opened.kind
    d, cur = settings.price_decimals, settings.currency
    return [
        money(
            to_minor(order_total(per_1000, kind.units({**answers, step.key: n}), kind, d)),
            d,
            cur,
            Shown.UP,
            lang=t.lang,
        )
        for n in picks
    ]


async def _go(form: Form, index: int, note: str = "") -> None:
    """Shows step `index` of the form, or the summary once every step is done."""
    opened = await _open(await form.state.get_data(), form.catalogue, form.t.lang)
    if opened is None:
        await _gone(form)
        return
    if index < len(opened.steps):
        step = opened.steps[index]
        await form.state.set_state(order_step(step.name))
        await _prompt(form, opened, step, note)
        return
    await _summary(form, note)


def summary_text(t: Translator, quote: Quote, settings: Settings) -> str:
    d, cur = settings.price_decimals, settings.currency
    answers = quote.draft.answers
    price, one = _priced(t, quote.service, quote.kind, quote.per_1000, settings)
    price_line: str = t(
        "summary-rate-package" if quote.kind.whole else _key("summary-rate", one), rate=price
    )
    if quote.discount is not None:  # "−15% with WELCOME, instead of 4.50 USD"
        price_line += t(
            "summary-discount",
            percent=quote.discount.percent,
            code=quote.discount.code,
            list=money(quote.discount.list_price, d, cur, Shown.UP, lang=t.lang),
        )
    text: str = t(
        "summary",
        service=esc(quote.service.name, 300),
        link=esc(quote.kind.target(answers), 300),
        details=details(t, quote.service.type, answers, quote.total_quantity) + price_line,
        total=money(quote.price, d, cur, Shown.UP, lang=t.lang),
    )
    balance = money(quote.balance, d, cur, Shown.DOWN, lang=t.lang)
    if not quote.missing:
        after = money(quote.balance - quote.price, d, cur, Shown.DOWN, lang=t.lang)
        return text + t("summary-balance", balance=balance, after=after)
    missing = money(quote.missing, d, cur, Shown.UP, lang=t.lang)
    text += t("summary-balance-short", balance=balance, missing=missing)
    if from_minor(quote.missing) > settings.topup_max:
        # One top-up cannot cover it: the button offers the most, the order comes back after.
        text += t(
            "summary-top-up-most", high=money(to_minor(settings.topup_max), d, cur, lang=t.lang)
        )
    return text


def top_up_amount(quote: Quote, settings: Settings) -> Decimal:
    """What the "Top up" button under a summary that lacks funds offers."""
    return top_up_for(
        quote.missing, settings.price_decimals, settings.topup_min, settings.topup_max
    )


async def _redo(form: Form, draft: OrderDraft, note: str) -> None:
    """The service changed under the form (limits, drip-feed): say what, keep the rest, and
    ask again only for what no longer fits; then back to the summary."""
    opened = await _open(await form.state.get_data(), form.catalogue, form.t.lang)
    if opened is None:
        await _gone(form)
        return
    step = first_unfit(opened.service, opened.kind, draft) or opened.steps[0]
    changed = await _limits_note(form.t, form.state, opened.service, fits=False)
    await form.state.update_data(editing=True, token=None)
    await form.state.set_state(order_step(step.name))
    await _prompt(form, opened, step, note + changed)


async def _summary(form: Form, note: str = "") -> None:
    t, state, settings = form.t, form.state, form.settings
    draft = OrderDraft.from_state(await state.get_data(), ANSWER_KEYS)
    await state.update_data(editing=False)
    try:
        quote = await form.ordering.quote(form.user_id, draft, form.t.lang)
    except ServiceUnavailable:
        await _gone(form)
        return
    except DraftInvalid:
        await _redo(form, draft, note)
        return
    changed = await _limits_note(t, state, quote.service, fits=True)
    token = secrets.token_urlsafe(12) if not quote.missing else None
    await state.update_data(token=token, price=quote.price)
    await state.set_state(OrderFlow.confirm)
    steps = flow(quote.service, quote.kind)
    text = (note + "\n\n" if note and not note.endswith("\n\n") else note) + changed
    text += summary_text(t, quote, settings)
    edits = [step.name for step in steps if step.edit]
    top_up = None
    if quote.missing:
        amount = top_up_amount(quote, settings)
        top_up = (
            f"{amount:f}",
            money(to_minor(amount), settings.price_decimals, settings.currency, lang=t.lang),
        )
    await _ask(form, text, kb.summary(t, token, edits, settings.support_url, top_up))


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
    await _summary(Form(query, t, state, catalogue, ordering, settings))
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
    """Opens the form for a service; with a link (Order again) it starts after the link, when
    the service's form starts with one."""
    service = await catalogue.orderable(service_id, t.lang)
    if service is None:
        await query.answer(t("service-gone"), show_alert=True)
        return
    await state.clear()
    data: dict[str, Any] = {
        "service_id": service_id,
        "limits": [service.min_quantity, service.max_quantity],
    }
    kind = kind_of(service.type)
    assert kind is not None
    first = flow(service, kind)[0]
    again = link is not None and first.key == "link"
    note = ""
    if again:
        data["link"] = link
        note = t("order-again-head", service=esc(service.name, 200), link=esc(str(link), 300))
        note += "\n\n"
    await state.set_data(data)
    await _go(Form(query, t, state, catalogue, ordering, settings), 1 if again else 0, note)


# -- the answers ------------------------------------------------------------------------------
async def _accept(form: Form, step_name: str, text: str | None) -> None:
    """Takes one answer (typed, or a quick pick when the form's target is the button)."""
    data = await form.state.get_data()
    opened = await _open(data, form.catalogue, form.t.lang)
    if opened is None:
        await _gone(form)
        return
    note = await _limits_note(form.t, form.state, opened.service, fits=True)
    names = [step.name for step in opened.steps]
    if step_name not in names:  # a step the service no longer has (drip-feed gone)
        await _summary(form, note)
        return
    index = names.index(step_name)
    step, answers = opened.steps[index], _answers(data)
    try:
        value = step.read(text, limits(opened.service), answers)
    except InputError as exc:
        error = f"⚠️ {form.t(exc.key, **exc.params)}\n\n"
        await _prompt(form, opened, step, note + error)
        return
    update, following = rules.after_answer(
        opened.steps, index, value, answers, limits(opened.service), bool(data.get("editing"))
    )
    await form.state.update_data(update)
    if step.shown and following < len(opened.steps) and str(value) not in (text or ""):
        note += form.t(step.shown, value=esc(str(value), 300)) + "\n\n"  # the summary shows it
    await _go(form, following, note)


def _step_name(state: str | None) -> str:
    return (state or "").partition(":")[2]


async def on_form_input(
    message: Message,
    t: Translator,
    state: FSMContext,
    catalogue: CatalogueService,
    ordering: OrderingService,
    settings: Settings,
) -> None:
    form = Form(message, t, state, catalogue, ordering, settings)
    await _accept(form, _step_name(await state.get_state()), message.text)


async def on_pick(
    query: CallbackQuery,
    callback_data: QuantityCb,
    t: Translator,
    state: FSMContext,
    catalogue: CatalogueService,
    ordering: OrderingService,
    settings: Settings,
) -> None:
    """A quick pick (a quantity, a delay): the answer to the step that offers it."""
    name = _step_name(await state.get_state())
    if name not in PICKED_STEP_NAMES or not isinstance(query.message, Message):
        await query.answer(t("button-expired"), show_alert=True)
        return
    if not await _current(query, t, state):
        return
    await _accept(Form(query, t, state, catalogue, ordering, settings), name, str(callback_data.n))


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
    form = Form(query, t, state, catalogue, ordering, settings)
    pressed = await _pressed_on_form(form)
    if pressed is None:
        return
    _, opened = pressed
    editable = [step.name for step in opened.steps if step.edit]
    if callback_data.f not in editable:
        await query.answer(t("button-expired"), show_alert=True)
        return
    await state.update_data(token=None, editing=True)
    await _go(form, [step.name for step in opened.steps].index(callback_data.f))


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
    form = Form(query, t, state, catalogue, ordering, settings)
    pressed = await _pressed_on_form(form)
    if pressed is None:
        return
    data, opened = pressed
    at = opened.names.index(current) if current in opened.names else None
    if callback_data.act == "edit":  # an older summary's Edit: the form from the start
        await state.update_data(token=None, editing=False)
        await _go(form, 0)
    elif callback_data.act == "skip" and at is not None and opened.steps[at].optional:
        update, following = rules.after_skip(opened.steps, at, _answers(data))
        await state.update_data(update)
        await _go(form, following)
    elif callback_data.act == "retry" and current == OrderFlow.confirm.state:
        await _summary(form)  # after a refusal: quoted anew, to confirm again
    elif callback_data.act == "back":
        await _back(form, data, opened, current, at)
    else:
        await query.answer(t("button-expired"))


async def _back(
    form: Form, data: dict[str, Any], opened: Opened, current: str | None, at: int | None
) -> None:
    if current != OrderFlow.confirm.state and data.get("editing"):
        await _summary(form)  # Back while editing one field: the summary, as it was
        return
    if current == OrderFlow.confirm.state:
        index = rules.back_from(opened.steps, len(opened.steps), _answers(data))
    elif at is not None:
        index = rules.back_from(opened.steps, at, _answers(data))
    else:
        index = 0
    if index < 0:  # Back from the first step: the service card
        await form.state.clear()
        assert isinstance(form.target, CallbackQuery)
        await show_service(
            form.target, form.t, form.catalogue, form.settings, opened.service.id, 0, 0
        )
        return
    await form.state.update_data(token=None)
    await _go(form, index)


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
    form = Form(query, t, state, catalogue, ordering, settings, answered=True)
    data = await state.get_data()
    if not data.get("token") or data.get("token") != callback_data.token:
        await _confirmed_before(form, callback_data.token)
        return
    await try_show(query, t("placing-queued" if ordering.panel_busy else "placing"))
    draft = OrderDraft.from_state(data, ANSWER_KEYS)
    try:
        outcome = await ordering.place(
            form.user_id, draft, callback_data.token, int(data["price"]), form.t.lang
        )
    except ServiceUnavailable:
        await state.clear()
        await replace(query, t("service-gone"), home_only(t))
        return
    except DraftInvalid:  # the limits changed since the summary: say what, keep the form
        await _summary(form)
        return
    if outcome.kind is OutcomeKind.PRICE_CHANGED or outcome.kind is OutcomeKind.NO_FUNDS:
        changed = outcome.kind is OutcomeKind.PRICE_CHANGED
        await _summary(form, note=t("price-changed") if changed else "")
        return
    if outcome.reason is not None:  # refused and refunded: the form stays
        await _refused(form, outcome.reason, notifier)
        return
    await state.clear()
    assert outcome.order is not None
    text = _outcome_text(t, outcome, outcome.order, settings)
    await deliver(query, text, order_card_keyboard(t, outcome.order, None), notifier)


async def _refused(form: Form, reason: Refusal, notifier: Notifier) -> None:
    """The panel said no and the money is back: why, in the customer's words (the panel's
    own text is on the admin's card of the order), and the form kept, to edit the link or
    confirm it again. Nothing is sent to the panel again unless the customer confirms."""
    t, state = form.t, form.state
    await state.update_data(token=None, editing=False)
    opened = await _open(await state.get_data(), form.catalogue, form.t.lang)
    edit_link = opened is not None and any(s.name == "link" and s.edit for s in opened.steps)
    text = t("order-not-taken", reason=t(f"refusal-{reason}"))
    assert isinstance(form.target, CallbackQuery)
    await deliver(form.target, text, kb.refused(t, edit_link), notifier)


async def _confirmed_before(form: Form, token: str) -> None:
    """A Confirm that is not the form's current one: the order it placed, if any."""
    assert isinstance(form.target, CallbackQuery)
    placed = await form.ordering.order_by_token(form.user_id, token)
    if placed is None:
        await form.target.answer(form.t("button-expired"), show_alert=True)
        return
    d, cur = form.settings.price_decimals, form.settings.currency
    card = order_card(form.t, placed, d, cur)
    await show(
        form.target, form.t("already-placed", card=card), order_card_keyboard(form.t, placed, None)
    )


def _outcome_text(t: Translator, outcome: Outcome, order: Order, settings: Settings) -> str:
    d, cur = settings.price_decimals, settings.currency
    if outcome.kind is OutcomeKind.PLACED:
        return t("placed", card=order_card(t, order, d, cur))
    if outcome.kind is OutcomeKind.ALREADY:
        return t("already-placed", card=order_card(t, order, d, cur))
    return t("order-unknown", order_id=order.id)


def router() -> Router:
    router = Router(name="order")
    router.callback_query.register(on_order, OrderServiceCb.filter())
    steps = StateFilter(*(order_step(name) for name in STEP_NAMES))
    router.message.register(on_form_input, steps)
    router.message.register(on_text_at_summary, StateFilter(OrderFlow.confirm))
    router.callback_query.register(on_pick, QuantityCb.filter())
    router.callback_query.register(on_edit_field, EditFieldCb.filter())
    router.callback_query.register(on_draft_cancel, DraftCb.filter(F.act == "cancel"))
    router.callback_query.register(
        on_draft_move, DraftCb.filter(F.act.in_({"back", "skip", "edit", "retry"}))
    )
    router.callback_query.register(on_confirm, ConfirmCb.filter())
    return router
