"""Admin console: one router, guarded so that for anyone else the commands do not exist.

Every handler (messages and buttons alike: callback data can be forged) requires the sender to
be in ADMIN_IDS (the Dispatcher lets only private chats in at all). Anything else falls through
to the fallback router, which ignores unknown commands without a word. Handlers parse, call one
service, render in the admin's language (`t`, their users.language, chosen like any customer's).
"""

from __future__ import annotations

import html
from decimal import Decimal

from aiogram import Bot, F, Router
from aiogram.exceptions import TelegramBadRequest
from aiogram.filters import Command, CommandObject, Filter, StateFilter
from aiogram.fsm.context import FSMContext
from aiogram.fsm.state import State, StatesGroup
from aiogram.types import CallbackQuery, Message

from bot.config import Settings
from bot.domain.clock import now
from bot.domain.money import Shown, money
from bot.handlers.admin_args import (
    Problem,
    broadcast_text,
    ids_problem,
    money_args_problem,
    parse_ids,
    parse_money_args,
    parse_scope_target,
    parse_user_ref,
)
from bot.handlers.admin_screens import card_screen, order_screen
from bot.handlers.common import replace
from bot.i18n import Translator, ascii_digits
from bot.panel.errors import PanelError
from bot.panel.registry import Panels
from bot.services.admin import (
    AdminService,
    BanResult,
    Resolution,
    ResolutionKind,
    Scope,
    parse_percent,
)
from bot.services.admin_console import AdminConsole
from bot.services.broadcast import TEXT_LIMIT, BroadcastService
from bot.services.monitor import Monitor
from bot.services.wallet import InsufficientFunds, WalletService
from bot.telegram.filters import Check
from bot.telegram.senders import BotProgressMessages
from bot.ui.keyboards import admin as kb
from bot.ui.keyboards import admin_console as console_kb
from bot.ui.keyboards.callbacks import AdminBroadcastCb, AdminReviewCb, AdminUserCb
from bot.ui.views import esc
from bot.ui.views_admin import (
    percent_text,
    render_markups,
    render_order,
    render_panel,
    render_refund_confirm,
    render_resolution,
    render_review,
    render_sync,
)

AMOUNT_PROMPT_SECONDS = 300  # a Credit/Debit prompt older than this is void


class AdminOnly(Filter):
    """The sender is an admin (checked again for every button: callback data can be forged).
    Private chats only is the Dispatcher's rule (bot/telegram/middlewares/private.py)."""

    def __init__(self, admin_ids: frozenset[int]) -> None:
        self._admin_ids = admin_ids

    async def __call__(self, event: Message | CallbackQuery) -> bool:
        return event.from_user is not None and event.from_user.id in self._admin_ids


class HasArguments(Filter):
    """The command came with arguments (after a Command filter, which puts `command`)."""

    async def __call__(self, message: Message, command: CommandObject) -> bool:
        return bool(command.args and command.args.strip())


class AdminFlow(StatesGroup):
    amount = State()  # an amount to credit or debit, asked by a button on a user card


# -- the console -----------------------------------------------------------------------------------


async def on_stray_arguments(message: Message, command: CommandObject, t: Translator) -> None:
    await message.answer(t("admin-no-arguments", command=command.command.lower()))


async def on_panel(
    message: Message, t: Translator, admin: AdminService, settings: Settings
) -> None:
    await message.answer(render_panel(t, await admin.panel_info(), settings))


# -- customers -------------------------------------------------------------------------------------
async def on_user(
    message: Message,
    command: CommandObject,
    t: Translator,
    admin: AdminService,
    console: AdminConsole,
    settings: Settings,
) -> None:
    query = parse_user_ref(command.args or "")
    if query is None:
        problem = Problem("admin-problem-user-ref")
        await message.answer(_problem(t, problem, "admin-user-usage"))
        return
    card = await admin.find_user(query)
    if card is None:
        await message.answer(t("admin-user-not-found", query=esc(query, 40)))
        return
    text, markup = await card_screen(t, console, settings, card.user.id, 0, 0)
    await message.answer(text, reply_markup=markup)


async def on_user_ban_button(
    query: CallbackQuery,
    callback_data: AdminUserCb,
    t: Translator,
    admin: AdminService,
    console: AdminConsole,
    settings: Settings,
) -> None:
    result = await admin.set_banned(callback_data.id, callback_data.act == "ban")
    if result is not BanResult.DONE:
        await query.answer(_ban_text(t, result, callback_data.id, callback_data.act == "ban"))
        return
    await query.answer()
    text, markup = await card_screen(t, console, settings, callback_data.id, 0, 0)
    await replace(query, text, markup)


async def on_user_money_button(
    query: CallbackQuery, callback_data: AdminUserCb, state: FSMContext, t: Translator
) -> None:
    await query.answer()
    await state.set_state(AdminFlow.amount)
    await state.update_data(admin_move=callback_data.act, user_id=callback_data.id, asked_at=now())
    prompt = "admin-ask-credit" if callback_data.act == "credit" else "admin-ask-debit"
    assert query.bot is not None
    await query.bot.send_message(query.from_user.id, t(prompt, user_id=callback_data.id))


async def on_amount(
    message: Message,
    state: FSMContext,
    t: Translator,
    wallet: WalletService,
    settings: Settings,
) -> None:
    data = await state.get_data()
    if now() - int(data.get("asked_at", 0)) > AMOUNT_PROMPT_SECONDS:
        await state.clear()
        await message.answer(t("admin-amount-expired"))
        return
    user_id = int(data.get("user_id", 0))
    parsed = parse_money_args(f"{user_id} {message.text}")
    if parsed is None or not user_id:
        problem = money_args_problem(message.text, with_user=False)
        await message.answer(_problem(t, problem, "admin-amount-usage"))
        return
    await state.clear()
    if data.get("admin_move") == "credit":
        await _credit(message, t, parsed, wallet, settings)
    else:
        await _debit(message, t, parsed, wallet, settings)


async def on_credit_or_debit(
    message: Message,
    command: CommandObject,
    t: Translator,
    wallet: WalletService,
    settings: Settings,
) -> None:
    crediting = command.command.lower() == "credit"
    parsed = parse_money_args(command.args)
    if parsed is None:
        usage = "admin-credit-usage" if crediting else "admin-debit-usage"
        await message.answer(_problem(t, money_args_problem(command.args), usage))
        return
    await (_credit if crediting else _debit)(message, t, parsed, wallet, settings)


async def on_ban(
    message: Message, command: CommandObject, t: Translator, admin: AdminService
) -> None:
    banning = command.command.lower() == "ban"
    ids = parse_ids(command.args, 1)
    if ids is None:
        usage = "admin-ban-usage" if banning else "admin-unban-usage"
        await message.answer(_problem(t, ids_problem(command.args, 1), usage))
        return
    result = await admin.set_banned(ids[0], banning)
    await message.answer(_ban_text(t, result, ids[0], banning))


# -- orders ----------------------------------------------------------------------------------------
async def on_order(
    message: Message,
    command: CommandObject,
    t: Translator,
    admin: AdminService,
    settings: Settings,
) -> None:
    ids = parse_ids(command.args, 1)
    if ids is None:
        await message.answer(_problem(t, ids_problem(command.args, 1), "admin-order-usage"))
        return
    text, markup = await order_screen(t, admin, settings, ids[0])
    await message.answer(text, reply_markup=markup)


async def on_review(
    message: Message, t: Translator, admin: AdminService, settings: Settings
) -> None:
    queue = await admin.review_queue()
    markup = kb.review(t, queue.orders) if queue.orders else None
    await message.answer(render_review(t, queue, settings), reply_markup=markup)


async def on_review_ask(
    query: CallbackQuery,
    callback_data: AdminReviewCb,
    t: Translator,
    admin: AdminService,
    settings: Settings,
) -> None:
    await query.answer()
    file = await admin.order_file(callback_data.id)
    if file is None or file.order.state != "unknown":
        result = (
            Resolution(ResolutionKind.NOT_FOUND)
            if file is None
            else Resolution(ResolutionKind.ALREADY, file.order)
        )
        await replace(query, render_resolution(t, result, settings, callback_data.id), None)
        return
    text = render_refund_confirm(t, file.order, settings)
    await replace(query, text, kb.refund_confirm(t, file.order.id))


async def on_review_open(
    query: CallbackQuery,
    callback_data: AdminReviewCb,
    t: Translator,
    admin: AdminService,
    settings: Settings,
) -> None:
    """Open under an alert: the order's file as a new message; the alert stays."""
    await query.answer()
    file = await admin.order_file(callback_data.id)
    assert query.bot is not None
    if file is None:
        text = t("admin-order-not-found", order_id=callback_data.id)
        await query.bot.send_message(query.from_user.id, text)
        return
    markup = kb.order_review(t, file.order.id) if file.order.state == "unknown" else None
    await query.bot.send_message(
        query.from_user.id, render_order(t, file, settings), reply_markup=markup
    )


async def on_review_refund(
    query: CallbackQuery,
    callback_data: AdminReviewCb,
    t: Translator,
    admin: AdminService,
    settings: Settings,
) -> None:
    await query.answer()
    result = await admin.resolve_refund(query.from_user.id, callback_data.id)
    text = render_resolution(t, result, settings, callback_data.id)
    await replace(query, text, console_kb.with_menu(t, None))


async def on_review_back(
    query: CallbackQuery, t: Translator, admin: AdminService, settings: Settings
) -> None:
    await query.answer()
    queue = await admin.review_queue()
    markup = kb.review(t, queue.orders) if queue.orders else None
    await replace(query, render_review(t, queue, settings), console_kb.with_menu(t, markup))


async def on_placed(
    message: Message,
    command: CommandObject,
    t: Translator,
    admin: AdminService,
    settings: Settings,
) -> None:
    assert message.from_user is not None
    ids = parse_ids(command.args, 2)
    if ids is None or ids[1] == 0:
        problem = (
            ids_problem(command.args, 2) if ids is None else Problem("admin-problem-panel-id-zero")
        )
        await message.answer(_problem(t, problem, "admin-placed-usage"))
        return
    result = await admin.resolve_placed(message.from_user.id, ids[0], ids[1])
    await message.answer(render_resolution(t, result, settings, ids[0], ids[1]))


# -- prices and the catalogue ----------------------------------------------------------------------
async def on_markup(
    message: Message, command: CommandObject, t: Translator, admin: AdminService
) -> None:
    parts = ascii_digits(command.args or "").split()
    if not parts:
        await message.answer(render_markups(t, await admin.markups()))
        return
    reset = parts[0].lower() == "reset"
    percent = None if reset else parse_percent(parts[0])
    target = parse_scope_target(parts[1:]) if len(parts) > 1 else None
    if (not reset and percent is None) or (len(parts) > 1 and target is None):
        key = "admin-problem-percent" if not reset and percent is None else "admin-problem-target"
        await message.answer(_problem(t, Problem(key), "admin-markup-usage"))
        return
    if target is None:
        in_force = await admin.set_global_markup(percent)
        key = "admin-markup-reset-global" if reset else "admin-markup-set-global"
        await message.answer(t(key, percent=percent_text(in_force)))
        return
    scope, target_id = target
    if not await admin.set_markup(scope, target_id, percent):
        text = t("admin-markup-not-found", scope=_scope(t, scope), id=target_id)
    elif percent is None:
        text = t("admin-markup-reset", scope_title=_scope_title(t, scope), id=target_id)
    else:
        text = t(
            "admin-markup-set",
            scope=_scope(t, scope),
            id=target_id,
            percent=percent_text(percent),
        )
    await message.answer(text)


async def on_hide(
    message: Message, command: CommandObject, t: Translator, admin: AdminService
) -> None:
    hiding = command.command.lower() == "hide"
    target = parse_scope_target((command.args or "").split())
    if target is None:
        usage = "admin-hide-usage" if hiding else "admin-show-usage"
        await message.answer(_problem(t, Problem("admin-problem-target"), usage))
        return
    scope, target_id = target
    name = await admin.set_hidden(scope, target_id, hiding)
    if name is None:
        await message.answer(t("admin-hide-not-found", scope=_scope(t, scope), id=target_id))
        return
    await message.answer(
        t(
            "admin-hidden" if hiding else "admin-shown",
            scope_title=_scope_title(t, scope),
            id=target_id,
            name=esc(name, 80),
        )
    )


async def on_sync(message: Message, t: Translator, monitor: Monitor, panels: Panels) -> None:
    progress = await message.answer(t("admin-sync-running"))
    text: str
    try:
        report = await monitor.refresh_catalogue()
    except PanelError as exc:
        text = t("admin-sync-failed", error=html.escape(str(exc)[:300]))
    else:
        text = render_sync(t, report, panels.name)
    try:
        await progress.edit_text(text)
    except TelegramBadRequest:
        await message.answer(text)


# -- broadcast -------------------------------------------------------------------------------------
async def on_broadcast(
    message: Message, command: CommandObject, t: Translator, broadcasts: BroadcastService
) -> None:
    assert message.from_user is not None
    found = broadcast_text(message, command)
    if found is None:
        await message.answer(t("admin-broadcast-usage"))
        return
    body, length = found
    if length > TEXT_LIMIT:
        await message.answer(t("admin-broadcast-too-long", length=length, limit=TEXT_LIMIT))
        return
    draft = await broadcasts.draft(message.from_user.id, body)
    if draft.recipients == 0:
        await broadcasts.cancel(draft.id)
        await message.answer(t("admin-broadcast-nobody"))
        return
    try:
        await message.answer(body)  # the preview is exactly what customers will get
    except TelegramBadRequest as exc:
        await broadcasts.cancel(draft.id)
        await message.answer(t("admin-broadcast-rejected", reason=esc(exc.message, 300)))
        return
    await message.answer(
        t("admin-broadcast-preview", id=draft.id, count=draft.recipients),
        reply_markup=kb.broadcast_confirm(t, draft.id),
    )


async def on_broadcast_send(
    query: CallbackQuery,
    callback_data: AdminBroadcastCb,
    t: Translator,
    broadcasts: BroadcastService,
    bot: Bot,
) -> None:
    message = query.message
    if message is None:
        await query.answer(t("admin-broadcast-not-draft"), show_alert=True)
        return
    progress = BotProgressMessages(bot)
    started = await broadcasts.start(
        callback_data.id, progress, message.chat.id, message.message_id
    )
    await query.answer(None if started else t("admin-broadcast-not-draft"), show_alert=not started)


async def on_broadcast_cancel(
    query: CallbackQuery,
    callback_data: AdminBroadcastCb,
    t: Translator,
    broadcasts: BroadcastService,
) -> None:
    if not await broadcasts.cancel(callback_data.id):
        await query.answer(t("admin-broadcast-not-draft"), show_alert=True)
        return
    await query.answer()
    await replace(query, t("admin-broadcast-cancelled", id=callback_data.id), None)


def _problem(t: Translator, problem: Problem, usage: str) -> str:
    """What is wrong (the values quoted as typed, escaped here), then the usage message."""
    quoted = {name: html.escape(value) for name, value in problem.args.items()}
    return t("admin-problem", problem=t(problem.key, **quoted), usage=t(usage))


def _scope(t: Translator, scope: Scope) -> str:
    return t(f"admin-scope-{scope}")


def _scope_title(t: Translator, scope: Scope) -> str:
    """The scope at the start of a sentence (its own message: capitals differ by language)."""
    return t(f"admin-scope-title-{scope}")


def _ban_text(t: Translator, result: BanResult, user_id: int, banning: bool) -> str:
    if result is BanResult.ADMIN:
        return t("admin-ban-admin")
    if result is BanResult.NOT_FOUND:
        return t("admin-no-such-user", user_id=user_id)
    return t("admin-banned" if banning else "admin-unbanned", user_id=user_id)


async def _credit(
    message: Message,
    t: Translator,
    parsed: tuple[int, Decimal, str | None],
    wallet: WalletService,
    settings: Settings,
) -> None:
    assert message.from_user is not None
    user_id, amount, note = parsed
    done = await wallet.admin_credit(message.from_user.id, user_id, amount, note)
    await message.answer(
        t("admin-credited", **_moved(t, done.amount, user_id, done.balance, settings))
    )


async def _debit(
    message: Message,
    t: Translator,
    parsed: tuple[int, Decimal, str | None],
    wallet: WalletService,
    settings: Settings,
) -> None:
    assert message.from_user is not None
    user_id, amount, note = parsed
    try:
        done = await wallet.admin_debit(message.from_user.id, user_id, amount, note)
    except InsufficientFunds:
        await message.answer(t("admin-debit-refused", user_id=user_id))
        return
    await message.answer(
        t("admin-debited", **_moved(t, done.amount, user_id, done.balance, settings))
    )


def _moved(
    t: Translator, amount: int, user_id: int, balance: int, settings: Settings
) -> dict[str, str | int]:
    d, cur = settings.price_decimals, settings.currency
    return {
        "amount": money(amount, d, cur, lang=t.lang),
        "user_id": user_id,
        "balance": money(balance, d, cur, Shown.DOWN, lang=t.lang),
    }


def router(admin_ids: frozenset[int]) -> Router:
    r = Router(name="admin")
    guard = AdminOnly(admin_ids)
    r.message.filter(guard)
    r.callback_query.filter(guard)
    r.message.register(
        on_stray_arguments,
        Command("admin", "stats", "panel", "review", "sync"),
        HasArguments(),
    )
    r.message.register(on_panel, Command("panel"))
    r.message.register(on_user, Command("user"))
    r.callback_query.register(on_user_ban_button, AdminUserCb.filter(F.act.in_({"ban", "unban"})))
    r.callback_query.register(
        on_user_money_button, AdminUserCb.filter(F.act.in_({"credit", "debit"}))
    )
    r.message.register(
        on_amount, StateFilter(AdminFlow.amount), Check(F.text), Check(~F.text.startswith("/"))
    )
    r.message.register(on_credit_or_debit, Command("credit", "debit"))
    r.message.register(on_ban, Command("ban", "unban"))
    r.message.register(on_order, Command("order"))
    r.message.register(on_review, Command("review"))
    r.callback_query.register(on_review_ask, AdminReviewCb.filter(F.act == "ask"))
    r.callback_query.register(on_review_open, AdminReviewCb.filter(F.act == "open"))
    r.callback_query.register(on_review_refund, AdminReviewCb.filter(F.act == "refund"))
    r.callback_query.register(on_review_back, AdminReviewCb.filter(F.act == "back"))
    r.message.register(on_placed, Command("placed"))
    r.message.register(on_markup, Command("markup"))
    r.message.register(on_hide, Command("hide", "show"))
    r.message.register(on_sync, Command("sync"))
    r.message.register(on_broadcast, Command("broadcast"))
    r.callback_query.register(on_broadcast_send, AdminBroadcastCb.filter(F.act == "send"))
    r.callback_query.register(on_broadcast_cancel, AdminBroadcastCb.filter(F.act == "cancel"))
    return r
