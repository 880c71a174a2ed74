"""The admin menu (issue 25): /admin and the reply keyboard's Admin button open one message of
buttons; each entry edits it in place into the screen its command gives, with "⬅️ Admin menu"
back. Find (a button, or /find <text>), a customer's card page by page, an order's card.

Guarded like the admin console (bot/handlers/admin.py): for anyone else none of this exists.
Every typed command stays as it was.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

from aiogram import Bot, F, Router
from aiogram.enums import ChatAction
from aiogram.filters import Command, CommandObject, StateFilter
from aiogram.fsm.context import FSMContext
from aiogram.fsm.state import State, StatesGroup
from aiogram.types import CallbackQuery, InlineKeyboardMarkup, Message

from bot.config import Settings
from bot.handlers.admin import AdminOnly
from bot.handlers.admin_payments import topups_screen
from bot.handlers.admin_promo import render_codes
from bot.handlers.admin_screens import card_screen, order_screen
from bot.handlers.common import replace
from bot.handlers.stats import stats_screen
from bot.handlers.support import tickets_screen
from bot.i18n import Translator
from bot.services.admin import AdminService
from bot.services.admin_console import AdminConsole
from bot.telegram.filters import Check
from bot.telegram.senders import BotBackupChats
from bot.ui.keyboards import admin as admin_kb
from bot.ui.keyboards import admin_console as kb
from bot.ui.keyboards.callbacks import AdminCardCb, AdminMenuCb, AdminOpenCb
from bot.ui.views_admin import render_markups, render_panel, render_review
from bot.ui.views_console import found_prices, render_found

Data = dict[str, Any]  # the handler's data: the services of bot/app.py, t, state, ...
Screen = tuple[str, InlineKeyboardMarkup | None]


class ConsoleFlow(StatesGroup):
    find = State()  # Find: the next text is the query


# -- the screens the menu opens (each what its command shows) ----------------------------------
async def _stats(t: Translator, d: Data) -> Screen:
    text, markup = await stats_screen(t, d["stats"], d["promos"], d["invites"], d["settings"])
    return text, markup


async def _review(t: Translator, d: Data) -> Screen:
    queue = await d["admin"].review_queue()
    markup = admin_kb.review(t, queue.orders) if queue.orders else None
    return render_review(t, queue, d["settings"]), markup


async def _topups(t: Translator, d: Data) -> Screen:
    return await topups_screen(t, d["topups"], d["receipt_topups"])


async def _tickets(t: Translator, d: Data) -> Screen:
    return await tickets_screen(t, d["support"])


async def _find(t: Translator, d: Data) -> Screen:
    await d["state"].set_state(ConsoleFlow.find)
    return t("admin-find-ask"), kb.find_prompt(t)


async def _broadcast(t: Translator, d: Data) -> Screen:
    return t("admin-broadcast-usage"), None


async def _promos(t: Translator, d: Data) -> Screen:
    return await render_codes(t, d["promos"], d["settings"]), None


async def _catalogue(t: Translator, d: Data) -> Screen:
    return render_markups(t, await d["admin"].markups()) + t("admin-menu-catalogue-hint"), None


async def _panels(t: Translator, d: Data) -> Screen:
    return render_panel(t, await d["admin"].panel_info(), d["settings"]), None


async def _backup(t: Translator, d: Data) -> Screen:
    bot: Bot = d["bot"]
    chat_id = d["event_from_user"].id
    await bot.send_chat_action(chat_id, ChatAction.UPLOAD_DOCUMENT)
    await d["backups"].send(BotBackupChats(bot), [chat_id])
    return t("admin-menu-backup-sent"), None


async def _review_count(d: Data) -> int:
    return int((await d["admin"].review_queue(0)).total)


async def _topups_count(d: Data) -> int:
    return int((await d["receipt_topups"].pending(0))[1])


async def _tickets_count(d: Data) -> int:
    return int(await d["support"].open_count())


@dataclass(frozen=True, slots=True)
class MenuEntry:
    """One line of the menu: its label's key (`admin-menu-<name>`, given $count when counted),
    what it counts, and the screen it opens."""

    name: str
    count: Callable[[Data], Awaitable[int]] | None
    opens: Callable[[Translator, Data], Awaitable[Screen]]


MENU: tuple[MenuEntry, ...] = (
    MenuEntry("stats", None, _stats),
    MenuEntry("review", _review_count, _review),
    MenuEntry("topups", _topups_count, _topups),
    MenuEntry("tickets", _tickets_count, _tickets),
    MenuEntry("find", None, _find),
    MenuEntry("broadcast", None, _broadcast),
    MenuEntry("promo", None, _promos),
    MenuEntry("catalogue", None, _catalogue),
    MenuEntry("panels", None, _panels),
    MenuEntry("backup", None, _backup),
)
_ENTRIES = {entry.name: entry for entry in MENU}
# Screens whose buttons lead back to the menu themselves (Find's Cancel, /stats' Admin menu, also
# when typed): the menu adds no second way back under them.
_OWN_WAY_BACK = frozenset({"find", "stats"})


async def menu_screen(t: Translator, d: Data) -> Screen:
    labels = []
    for entry in MENU:
        key = f"admin-menu-{entry.name}"
        label = t(key) if entry.count is None else t(key, count=await entry.count(d))
        labels.append((label, entry.name))
    return t("admin-help") + "\n" + t("admin-help-catalogue"), kb.menu(labels)


async def on_admin(message: Message, t: Translator, state: FSMContext, **d: Any) -> None:
    """/admin, and the reply keyboard's Admin button: the menu as a new message."""
    await state.clear()
    text, markup = await menu_screen(t, d)
    await message.answer(text, reply_markup=markup)


async def on_menu(
    query: CallbackQuery, callback_data: AdminMenuCb, t: Translator, state: FSMContext, **d: Any
) -> None:
    entry = _ENTRIES.get(callback_data.to)
    if callback_data.to != "home" and entry is None:
        await query.answer(t("admin-menu-gone"), show_alert=True)
        return
    await query.answer()
    await state.set_state(None)  # leaves Find (or a refund's amount) when another screen opens
    if entry is None:
        text, markup = await menu_screen(t, d)
        await replace(query, text, markup)
        return
    text, markup = await entry.opens(t, {**d, "state": state})
    own_way_back = entry.name in _OWN_WAY_BACK
    await replace(query, text, markup if own_way_back else kb.with_menu(t, markup))


# -- Find --------------------------------------------------------------------------------------
async def on_find_command(
    message: Message, command: CommandObject, t: Translator, console: AdminConsole, **d: Any
) -> None:
    if not (command.args or "").strip():
        await message.answer(t("admin-find-usage"), reply_markup=kb.find_again(t))
        return
    await _answer_find(message, t, console, (command.args or "").strip(), d)


async def on_find_text(
    message: Message, t: Translator, state: FSMContext, console: AdminConsole, **d: Any
) -> None:
    await state.set_state(None)
    await _answer_find(message, t, console, (message.text or "").strip(), d)


async def _answer_find(
    message: Message, t: Translator, console: AdminConsole, query: str, d: Data
) -> None:
    result = await console.find(query)
    settings: Settings = d["settings"]
    if result.count == 1 and result.orders:
        text, markup = await order_screen(t, d["admin"], settings, result.orders[0].id)
    elif result.count == 1:
        text, markup = await card_screen(t, console, settings, result.users[0].id, 0, 0)
    elif result.count == 0:
        text, markup = render_found(t, query, result), kb.find_again(t)
    else:
        text = render_found(t, query, result)
        markup = kb.found(t, result, found_prices(t, result, settings))
    await message.answer(text, reply_markup=markup)


# -- cards -------------------------------------------------------------------------------------
async def on_open(
    query: CallbackQuery,
    callback_data: AdminOpenCb,
    t: Translator,
    admin: AdminService,
    console: AdminConsole,
    settings: Settings,
) -> None:
    await query.answer()
    if callback_data.what == "u":
        text, markup = await card_screen(t, console, settings, callback_data.id, 0, 0)
    else:
        text, markup = await order_screen(t, admin, settings, callback_data.id)
    await replace(query, text, markup)


async def on_card_page(
    query: CallbackQuery,
    callback_data: AdminCardCb,
    t: Translator,
    console: AdminConsole,
    settings: Settings,
) -> None:
    await query.answer()
    cb = callback_data
    text, markup = await card_screen(t, console, settings, cb.id, cb.op, cb.lp)
    await replace(query, text, markup)


def router(admin_ids: frozenset[int]) -> Router:
    r = Router(name="admin_console")
    guard = AdminOnly(admin_ids)
    r.message.filter(guard)
    r.callback_query.filter(guard)
    r.message.register(on_admin, Command("admin"))
    r.callback_query.register(on_menu, AdminMenuCb.filter())
    r.message.register(on_find_command, Command("find"))
    r.message.register(
        on_find_text, StateFilter(ConsoleFlow.find), Check(F.text), Check(~F.text.startswith("/"))
    )
    r.callback_query.register(on_open, AdminOpenCb.filter(F.what.in_({"o", "u"})))
    r.callback_query.register(on_card_page, AdminCardCb.filter())
    return r
