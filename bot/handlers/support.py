"""Conversations with the shop (issue 25).

Customers: 💬 Support (the reply keyboard, the main menu, /support), ❓ Ask about this order
(an order card), ✉️ Send this to support (a search that found nothing) and ↩️ Answer (under the
shop's answer) open the prompt; the next text, photo or document goes to every admin.
Admins: Reply (the next message, of any kind, is the answer), Close, /tickets.
"""

from __future__ import annotations

from aiogram import Bot, F, Router
from aiogram.filters import Command, StateFilter
from aiogram.fsm.context import FSMContext
from aiogram.types import CallbackQuery, InlineKeyboardMarkup, Message

from bot.config import Settings
from bot.handlers.admin import AdminOnly
from bot.handlers.common import replace, show
from bot.handlers.states import SUPPORT_KEPT, SupportFlow, SupportReplyFlow
from bot.i18n import I18n, Translator
from bot.services.support import Outcome, Result, Source, SupportService
from bot.telegram.gate import UNGATED_FLAGS
from bot.telegram.support import ChatSupport
from bot.ui.keyboards import support as kb
from bot.ui.keyboards.callbacks import MenuCb, SupportAdminCb, SupportCb
from bot.ui.keyboards.common import home_only, main_menu
from bot.ui.views import esc
from bot.ui.views_support import TICKETS_LISTED, tickets_text

_ORDER = "support_order"  # the order the prompt is about
_TICKET = "support_ticket"  # the conversation an admin answers


def _chats(bot: Bot, i18n: I18n, settings: Settings) -> ChatSupport:
    return ChatSupport(bot, i18n, settings.price_decimals, settings.currency)


def _name(event: Message | CallbackQuery) -> str:
    assert event.from_user is not None
    return event.from_user.full_name or str(event.from_user.id)


# -- customers ---------------------------------------------------------------------------------
async def _open(state: FSMContext, order_id: int | None) -> None:
    """The prompt's step; a text kept from a search stays (its button still works)."""
    kept = (await state.get_data()).get(SUPPORT_KEPT)
    await state.clear()
    await state.set_state(SupportFlow.message)
    await state.set_data({_ORDER: order_id, SUPPORT_KEPT: kept})


def _prompt_text(t: Translator, order_id: int | None) -> str:
    return str(t("support-prompt-order", id=order_id) if order_id else t("support-prompt"))


async def open_prompt(
    message: Message, state: FSMContext, settings: Settings, t: Translator
) -> None:
    """/support and the reply keyboard's 💬 Support."""
    await _open(state, None)
    await message.answer(_prompt_text(t, None), reply_markup=kb.prompt(t, settings.support_url))


async def on_menu_support(
    query: CallbackQuery, state: FSMContext, settings: Settings, t: Translator
) -> None:
    await _open(state, None)
    await show(query, _prompt_text(t, None), kb.prompt(t, settings.support_url))


async def on_write(
    query: CallbackQuery, state: FSMContext, settings: Settings, t: Translator
) -> None:
    """↩️ Answer under the shop's answer: the prompt below it, the answer stays as it is."""
    await query.answer()
    await _open(state, None)
    assert query.bot is not None
    markup = kb.prompt(t, settings.support_url)
    await query.bot.send_message(query.from_user.id, _prompt_text(t, None), reply_markup=markup)


async def on_ask_order(
    query: CallbackQuery,
    callback_data: SupportCb,
    state: FSMContext,
    settings: Settings,
    t: Translator,
    support: SupportService,
) -> None:
    if not await support.own_order(query.from_user.id, callback_data.id):
        await query.answer(t("order-not-found"), show_alert=True)
        return
    await _open(state, callback_data.id)
    await show(query, _prompt_text(t, callback_data.id), kb.prompt(t, settings.support_url))


async def on_customer_message(
    message: Message,
    state: FSMContext,
    bot: Bot,
    i18n: I18n,
    settings: Settings,
    t: Translator,
    support: SupportService,
) -> None:
    """Text, a photo or a document goes to the shop; anything else is asked again."""
    if not (message.photo or message.document or (message.text or "").strip()):
        await message.answer(t("support-wrong-kind"), reply_markup=kb.prompt(t, None))
        return
    assert message.from_user is not None
    order_id = (await state.get_data()).get(_ORDER)
    await state.clear()
    source = Source(message.chat.id, message.message_id)
    chats = _chats(bot, i18n, settings)
    ticket = await support.post(chats, message.from_user.id, source, order_id)
    await message.answer(t("support-sent", id=ticket.id), reply_markup=home_only(t))


async def on_send_kept(
    query: CallbackQuery,
    state: FSMContext,
    bot: Bot,
    i18n: I18n,
    settings: Settings,
    t: Translator,
    support: SupportService,
) -> None:
    """✉️ Send this to support: the search's text, kept in the conversation's data."""
    data = await state.get_data()
    kept = data.pop(SUPPORT_KEPT, None)
    if not isinstance(kept, int):
        await query.answer(t("button-expired"), show_alert=True)
        return
    await state.set_data(data)
    source = Source(query.from_user.id, kept)
    ticket = await support.post(_chats(bot, i18n, settings), query.from_user.id, source, None)
    await show(query, t("support-sent", id=ticket.id), home_only(t))


async def on_cancel(query: CallbackQuery, state: FSMContext, t: Translator) -> None:
    await state.clear()
    await show(query, t("support-canceled"), main_menu(t))


def router() -> Router:
    """The customers' side. A conversation with the shop never waits on the channel gate
    (bot/telegram/gate.py): every step of it is flagged to pass."""
    r = Router(name="support")
    ungated = UNGATED_FLAGS
    r.message.register(open_prompt, Command("support"), flags=ungated)
    r.callback_query.register(on_menu_support, MenuCb.filter(F.to == "support"), flags=ungated)
    r.callback_query.register(on_write, SupportCb.filter(F.act == "write"), flags=ungated)
    r.callback_query.register(on_ask_order, SupportCb.filter(F.act == "order"), flags=ungated)
    r.callback_query.register(on_send_kept, SupportCb.filter(F.act == "send"), flags=ungated)
    r.callback_query.register(on_cancel, SupportCb.filter(F.act == "cancel"), flags=ungated)
    r.message.register(on_customer_message, StateFilter(SupportFlow.message), flags=ungated)
    return r


# -- admins ------------------------------------------------------------------------------------
async def tickets_screen(
    t: Translator, support: SupportService
) -> tuple[str, InlineKeyboardMarkup | None]:
    """The open conversations, the longest waiting first, each with its button: /tickets, and
    the admin menu's Conversations entry."""
    lines, total = await support.open_tickets(TICKETS_LISTED)
    return tickets_text(t, lines, total), kb.tickets(t, lines) if lines else None


async def send_tickets(message: Message, t: Translator, support: SupportService) -> None:
    """/tickets."""
    text, markup = await tickets_screen(t, support)
    await message.answer(text, reply_markup=markup)


async def on_show(
    query: CallbackQuery,
    callback_data: SupportAdminCb,
    bot: Bot,
    i18n: I18n,
    settings: Settings,
    t: Translator,
    support: SupportService,
) -> None:
    await query.answer()
    chats = _chats(bot, i18n, settings)
    if await support.show(chats, callback_data.id, query.from_user.id) is None:
        await bot.send_message(query.from_user.id, t("admin-support-unknown", id=callback_data.id))


def _refusal(t: Translator, result: Result, ticket_id: int) -> str:
    if result.outcome is Outcome.CLOSED:
        return str(t("admin-support-closed-already", id=ticket_id))
    return str(t("admin-support-unknown", id=ticket_id))


async def on_reply(
    query: CallbackQuery,
    callback_data: SupportAdminCb,
    state: FSMContext,
    bot: Bot,
    t: Translator,
    support: SupportService,
) -> None:
    card = await support.card(callback_data.id)
    if card is None or card.ticket.state != "open":
        outcome = Outcome.UNKNOWN if card is None else Outcome.CLOSED
        await query.answer(_refusal(t, Result(outcome), callback_data.id), show_alert=True)
        return
    await query.answer()
    await state.clear()
    await state.set_state(SupportReplyFlow.answer)
    await state.set_data({_TICKET: card.ticket.id})
    text = t("admin-support-ask-reply", id=card.ticket.id, name=esc(card.name or "—", 64))
    await bot.send_message(query.from_user.id, text, reply_markup=kb.reply_stop(t, card.ticket.id))


async def on_answer(
    message: Message,
    state: FSMContext,
    bot: Bot,
    i18n: I18n,
    settings: Settings,
    t: Translator,
    support: SupportService,
) -> None:
    """The admin's message, whatever it is, copied to the customer."""
    assert message.from_user is not None
    ticket_id = int((await state.get_data()).get(_TICKET) or 0)
    source = Source(message.chat.id, message.message_id)
    chats = _chats(bot, i18n, settings)
    result = await support.answer(chats, ticket_id, message.from_user.id, _name(message), source)
    if result.outcome is Outcome.FAILED:  # the prompt stays: the admin sends it again
        await message.answer(t("admin-support-not-delivered", id=ticket_id))
        return
    await state.clear()
    name = esc(result.card.name if result.card else "—", 64)
    if result.outcome is Outcome.DONE:
        await message.answer(t("admin-support-delivered", id=ticket_id, name=name))
    elif result.outcome is Outcome.BLOCKED:
        await message.answer(t("admin-support-blocked-reply", id=ticket_id, name=name))
    else:
        await message.answer(_refusal(t, result, ticket_id))


async def on_stop(
    query: CallbackQuery, callback_data: SupportAdminCb, state: FSMContext, t: Translator
) -> None:
    if await state.get_state() == SupportReplyFlow.answer.state:
        await state.clear()
    text = t("admin-support-reply-canceled", id=callback_data.id)
    await query.answer(text)
    await replace(query, text, None)


async def on_close(
    query: CallbackQuery,
    callback_data: SupportAdminCb,
    bot: Bot,
    i18n: I18n,
    settings: Settings,
    t: Translator,
    support: SupportService,
) -> None:
    result = await support.close(_chats(bot, i18n, settings), callback_data.id, _name(query))
    if result.outcome is Outcome.DONE:
        await query.answer(t("admin-support-closed-done", id=callback_data.id))
        return
    await query.answer(_refusal(t, result, callback_data.id), show_alert=True)


def admin_router(admin_ids: frozenset[int]) -> Router:
    r = Router(name="support_admin")
    guard = AdminOnly(admin_ids)
    r.message.filter(guard)
    r.callback_query.filter(guard)
    r.message.register(send_tickets, Command("tickets"))
    r.callback_query.register(on_show, SupportAdminCb.filter(F.act == "show"))
    r.callback_query.register(on_reply, SupportAdminCb.filter(F.act == "reply"))
    r.callback_query.register(on_stop, SupportAdminCb.filter(F.act == "stop"))
    r.callback_query.register(on_close, SupportAdminCb.filter(F.act == "close"))
    r.message.register(on_answer, StateFilter(SupportReplyFlow.answer))
    return r
