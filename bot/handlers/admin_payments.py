"""Admin commands for payments: /topups, /refund_stars, Approve (with its confirmation) and
Reject on receipt copies.

Guarded exactly like the admin console (bot/handlers/admin.py): for anyone who is not an admin,
the commands and buttons do not exist and fall through to the fallback.
"""

from __future__ import annotations

import re

from aiogram import Bot, F, Router
from aiogram.dispatcher.event.bases import SkipHandler
from aiogram.filters import Command, CommandObject, StateFilter
from aiogram.fsm.context import FSMContext
from aiogram.fsm.state import State, StatesGroup
from aiogram.types import CallbackQuery, InlineKeyboardMarkup, Message

from bot.db.repositories.topups import Method, Topup
from bot.domain.money import Shown
from bot.handlers.admin import AdminOnly
from bot.handlers.common import replace
from bot.i18n import Translator
from bot.services.receipt_topups import Decision, DecisionKind, ReceiptTopups
from bot.services.stars_topups import StarsRefund, StarsRefundKind, StarsTopups
from bot.services.topups import TopupService
from bot.telegram.filters import Check
from bot.telegram.payments import BotStarsRefunds, ChatReceiptCopies
from bot.ui.keyboards import wallet as kb
from bot.ui.keyboards.callbacks import TopupDecisionCb
from bot.ui.notices import NoticeRenderer
from bot.ui.views import esc
from bot.ui.views_wallet import approve_question

TOPUPS_LISTED = 20
_CHARGE_ID = re.compile(r"^[A-Za-z0-9_.:-]{1,128}$")
REASON_LIMIT = 300


class ReceiptFlow(StatesGroup):
    reason = State()  # the reason for rejecting a receipt


# The keys this module keeps in an admin's conversation data while it asks for a reason: the
# receipt, and the step the admin was at before (restored when the prompt ends).
_REJECT_ID = "reject_id"
_REJECT_FROM = "reject_from"


async def _end_reason(state: FSMContext) -> None:
    """Ends the reason prompt: only our keys leave the data, the admin's own step is back."""
    data = await state.get_data()
    previous = data.pop(_REJECT_FROM, None)
    data.pop(_REJECT_ID, None)
    await state.set_data(data)
    await state.set_state(previous)


def _admin_name(query: CallbackQuery | Message) -> str:
    assert query.from_user is not None
    return query.from_user.full_name or str(query.from_user.id)


def _receipt_state(t: Translator, state: str) -> str:
    key = f"admin-receipt-state-{state.replace('_', '-')}"
    return t(key) if t.has(key) else state


def _not_pending(topup: Topup | None) -> Decision:
    """A receipt that cannot be decided now: none such, or decided before."""
    return Decision(DecisionKind.UNKNOWN if topup is None else DecisionKind.ALREADY, topup)


def _already(t: Translator, decision: Decision, topup_id: int) -> str:
    topup = decision.topup
    if decision.kind is DecisionKind.UNKNOWN or topup is None:
        return t("admin-receipt-unknown", id=topup_id)
    return t(
        "admin-receipt-already",
        id=topup.id,
        state=_receipt_state(t, topup.state),
        name=esc(topup.decided_name or str(topup.decided_by or "—"), 64),
    )


async def on_command_during_reason(message: Message, state: FSMContext) -> None:
    """A command drops the pending reason prompt (the receipt stays pending), then runs."""
    await _end_reason(state)
    raise SkipHandler


async def on_topups(
    message: Message, t: Translator, topups: TopupService, receipt_topups: ReceiptTopups
) -> None:
    text, markup = await topups_screen(t, topups, receipt_topups)
    await message.answer(text, reply_markup=markup)


async def topups_screen(
    t: Translator, topups: TopupService, receipt_topups: ReceiptTopups
) -> tuple[str, InlineKeyboardMarkup | None]:
    """The receipts waiting for a decision (/topups, and the admin menu's entry)."""
    rows, total = await receipt_topups.pending(TOPUPS_LISTED)
    if not rows:
        return t("admin-topups-none"), None
    lines = [
        t(
            "admin-topups-line",
            id=row.id,
            amount=topups.money(row.amount, lang=t.lang),
            name=esc(name or "—", 40),
            user_id=row.user_id,
            when=t.datetime(row.created_at),
        )
        for row, name in rows
    ]
    text: str = t("admin-topups-pending", count=total, lines="\n".join(lines))
    if total > len(rows):
        text += t("admin-topups-more", more=total - len(rows))
    buttons = [
        (
            row.id,
            t(
                "admin-topups-button",
                id=row.id,
                amount=topups.money(row.amount, lang=t.lang),
                name=(name or "—")[:20],
            ),
        )
        for row, name in rows
    ]
    return text, kb.pending_list(buttons)


async def on_show(
    query: CallbackQuery,
    callback_data: TopupDecisionCb,
    t: Translator,
    bot: Bot,
    receipt_topups: ReceiptTopups,
    notices: NoticeRenderer,
) -> None:
    await query.answer()
    copies = ChatReceiptCopies(bot, notices)
    topup = await receipt_topups.resend_copy(copies, callback_data.id, query.from_user.id)
    if topup is None or topup.state != "pending":
        decision = _not_pending(topup)
        await bot.send_message(query.from_user.id, _already(t, decision, callback_data.id))


async def on_approve(
    query: CallbackQuery,
    callback_data: TopupDecisionCb,
    t: Translator,
    bot: Bot,
    topups: TopupService,
    receipt_topups: ReceiptTopups,
    notices: NoticeRenderer,
) -> None:
    """Approve asks first: the amount, the customer, and the warning if the receipt is like an
    earlier one, with Confirm / Back. Nothing is credited here."""
    review = await receipt_topups.review(callback_data.id)
    if review is None or review.topup.state != "pending":
        decision = _not_pending(None if review is None else review.topup)
        await query.answer(_already(t, decision, callback_data.id), show_alert=True)
        return
    await query.answer()
    amount = topups.money(review.topup.amount, lang=t.lang)
    await bot.send_message(
        query.from_user.id,
        approve_question(notices, t, review, again=False),
        reply_markup=kb.approve_confirm(t, review.topup.id, amount, anyway=False),
    )


async def on_approve_sure(
    query: CallbackQuery,
    callback_data: TopupDecisionCb,
    t: Translator,
    bot: Bot,
    topups: TopupService,
    receipt_topups: ReceiptTopups,
    notices: NoticeRenderer,
) -> None:
    """Confirm: credits the receipt, or, when it is like an earlier receipt, asks a second
    time with the warning first."""
    review = await receipt_topups.review(callback_data.id)
    if review is None or review.topup.state != "pending":
        decision = _not_pending(None if review is None else review.topup)
        await _stale_question(query, t, decision, callback_data.id)
        return
    if review.seen is not None:
        await query.answer()
        amount = topups.money(review.topup.amount, lang=t.lang)
        await replace(
            query,
            approve_question(notices, t, review, again=True),
            kb.approve_confirm(t, review.topup.id, amount, anyway=True),
        )
        return
    await on_approve_anyway(query, callback_data, t, bot, topups, receipt_topups, notices)


async def on_approve_anyway(
    query: CallbackQuery,
    callback_data: TopupDecisionCb,
    t: Translator,
    bot: Bot,
    topups: TopupService,
    receipt_topups: ReceiptTopups,
    notices: NoticeRenderer,
) -> None:
    """The last confirmation: credits once, whoever confirms first (approve-vs-approve and
    approve-vs-reject are decided by one conditional update in the service)."""
    decision = await receipt_topups.approve(
        callback_data.id, query.from_user.id, _admin_name(query)
    )
    if decision.kind is not DecisionKind.DONE or decision.topup is None:
        await _stale_question(query, t, decision, callback_data.id)
        return
    done = t(
        "admin-receipt-approved",
        id=decision.topup.id,
        amount=topups.money(decision.topup.amount, lang=t.lang),
        user_id=decision.topup.user_id,
    )
    # The button first (Telegram shows a spinner until then), then the question and every
    # admin's copy.
    await query.answer(done)
    await replace(query, done, None)
    await receipt_topups.mark_copies(ChatReceiptCopies(bot, notices), decision.topup)


async def _stale_question(
    query: CallbackQuery, t: Translator, decision: Decision, topup_id: int
) -> None:
    """A confirmation pressed after the receipt was decided: said, and its buttons removed."""
    text = _already(t, decision, topup_id)
    await query.answer(text, show_alert=True)
    await replace(query, text, None)


async def on_approve_back(
    query: CallbackQuery,
    callback_data: TopupDecisionCb,
    t: Translator,
    receipt_topups: ReceiptTopups,
) -> None:
    """Back from the question: nothing is credited; the receipt's copy keeps its buttons."""
    topup = await receipt_topups.get(callback_data.id)
    if topup is None or topup.method != Method.MANUAL or topup.state != "pending":
        await _stale_question(query, t, _not_pending(topup), callback_data.id)
        return
    text = t("admin-receipt-kept", id=topup.id)
    await query.answer(text)
    await replace(query, text, None)


async def on_reject(
    query: CallbackQuery,
    callback_data: TopupDecisionCb,
    t: Translator,
    bot: Bot,
    topups: TopupService,
    receipt_topups: ReceiptTopups,
    state: FSMContext,
) -> None:
    topup = await receipt_topups.get(callback_data.id)
    if topup is None or topup.method != Method.MANUAL or topup.state != "pending":
        decision = _not_pending(topup)
        await query.answer(_already(t, decision, callback_data.id), show_alert=True)
        return
    await query.answer()
    # The admin's own conversation (a form of theirs, its data) is kept and comes back.
    data = await state.get_data()
    previous = data.get(_REJECT_FROM) if _REJECT_ID in data else await state.get_state()
    await state.update_data({_REJECT_ID: topup.id, _REJECT_FROM: previous})
    await state.set_state(ReceiptFlow.reason)
    await bot.send_message(
        query.from_user.id,
        t("admin-receipt-ask-reason", id=topup.id, amount=topups.money(topup.amount, lang=t.lang)),
        reply_markup=kb.reject_reason(t, topup.id),
    )


async def _reject(
    target: Message | CallbackQuery,
    t: Translator,
    copies: ChatReceiptCopies,
    receipt_topups: ReceiptTopups,
    state: FSMContext,
    topup_id: int,
    reason: str | None,
) -> None:
    await _end_reason(state)
    assert target.from_user is not None and target.bot is not None
    if isinstance(target, CallbackQuery):
        await target.answer()
    admin = target.from_user.id
    decision = await receipt_topups.reject(topup_id, admin, _admin_name(target), reason)
    done = decision.kind is DecisionKind.DONE
    if done and decision.topup is not None:
        await receipt_topups.mark_copies(copies, decision.topup)
    text = t("admin-receipt-rejected", id=topup_id) if done else _already(t, decision, topup_id)
    await target.bot.send_message(admin, text)


async def on_reason(
    message: Message,
    t: Translator,
    bot: Bot,
    receipt_topups: ReceiptTopups,
    notices: NoticeRenderer,
    state: FSMContext,
) -> None:
    topup_id = int((await state.get_data()).get(_REJECT_ID) or 0)
    reason = (message.text or "").strip()[:REASON_LIMIT] or None
    copies = ChatReceiptCopies(bot, notices)
    await _reject(message, t, copies, receipt_topups, state, topup_id, reason)


async def on_reject_without_reason(
    query: CallbackQuery,
    callback_data: TopupDecisionCb,
    t: Translator,
    bot: Bot,
    receipt_topups: ReceiptTopups,
    notices: NoticeRenderer,
    state: FSMContext,
) -> None:
    copies = ChatReceiptCopies(bot, notices)
    await _reject(query, t, copies, receipt_topups, state, callback_data.id, None)


async def on_keep(
    query: CallbackQuery, callback_data: TopupDecisionCb, t: Translator, state: FSMContext
) -> None:
    if await state.get_state() == ReceiptFlow.reason.state:
        await _end_reason(state)
    await query.answer(t("admin-receipt-kept", id=callback_data.id))


async def on_refund_stars(
    message: Message,
    command: CommandObject,
    t: Translator,
    bot: Bot,
    topups: TopupService,
    stars_topups: StarsTopups,
) -> None:
    assert message.from_user is not None
    charge = (command.args or "").strip()
    if not _CHARGE_ID.match(charge):
        await message.answer(t("admin-refund-stars-usage"))
        return
    result = await stars_topups.refund(BotStarsRefunds(bot), message.from_user.id, charge)
    await message.answer(_refund_text(t, topups, result, charge))


def _taken(t: Translator, topups: TopupService, result: StarsRefund) -> str:
    """What the refund takes (took, would take) from the wallet: the payment's credit, with the
    deposit bonus that came with it named."""
    assert result.topup is not None
    bonus = result.bonus
    if bonus is None:
        return topups.money(result.topup.amount, lang=t.lang)
    return t(
        "stars-amount-with-bonus",
        amount=topups.money(result.topup.amount + bonus.amount, lang=t.lang),
        bonus=topups.money(bonus.amount, lang=t.lang),
        code=bonus.code,
    )


def _refund_text(t: Translator, topups: TopupService, result: StarsRefund, charge: str) -> str:
    topup, kind = result.topup, result.kind
    if kind is StarsRefundKind.DONE and topup is not None and not result.credited:
        return t("admin-refund-stars-done-uncredited", stars=topup.stars, user_id=topup.user_id)
    if kind is StarsRefundKind.DONE and topup is not None:
        return t(
            "admin-refund-stars-done",
            stars=topup.stars,
            user_id=topup.user_id,
            amount=_taken(t, topups, result),
        )
    if kind is StarsRefundKind.UNSURE and topup is not None:
        taken = (
            t("admin-refund-stars-unsure-taken", amount=_taken(t, topups, result))
            if result.credited
            else t("admin-refund-stars-unsure-uncredited")
        )
        return t(
            "admin-refund-stars-unsure",
            stars=topup.stars,
            user_id=topup.user_id,
            error=esc(result.error, 200),
            taken=taken,
            charge=esc(charge, 128),
        )
    if kind is StarsRefundKind.ALREADY:
        return t("admin-refund-stars-already")
    if kind is StarsRefundKind.IN_PROGRESS:
        return t("admin-refund-stars-in-progress", charge=esc(charge, 128))
    if kind is StarsRefundKind.NO_FUNDS and topup is not None:
        return t(
            "admin-refund-stars-no-funds",
            balance=topups.money(result.balance, Shown.DOWN, lang=t.lang),
            amount=_taken(t, topups, result),
        )
    if kind is StarsRefundKind.FAILED:
        return t("admin-refund-stars-failed", error=esc(result.error, 200))
    return t("admin-refund-stars-unknown")


def router(admin_ids: frozenset[int]) -> Router:
    r = Router(name="admin_payments")
    guard = AdminOnly(admin_ids)
    r.message.filter(guard)
    r.callback_query.filter(guard)
    r.message.register(
        on_command_during_reason, StateFilter(ReceiptFlow.reason), Check(F.text.startswith("/"))
    )
    r.message.register(on_topups, Command("topups"))
    r.callback_query.register(on_show, TopupDecisionCb.filter(F.act == "show"))
    r.callback_query.register(on_approve, TopupDecisionCb.filter(F.act == "ok"))
    r.callback_query.register(on_approve_sure, TopupDecisionCb.filter(F.act == "sure"))
    r.callback_query.register(on_approve_anyway, TopupDecisionCb.filter(F.act == "anyway"))
    r.callback_query.register(on_approve_back, TopupDecisionCb.filter(F.act == "back"))
    r.callback_query.register(on_reject, TopupDecisionCb.filter(F.act == "no"))
    r.message.register(on_reason, StateFilter(ReceiptFlow.reason), Check(F.text))
    r.callback_query.register(on_reject_without_reason, TopupDecisionCb.filter(F.act == "skip"))
    r.callback_query.register(on_keep, TopupDecisionCb.filter(F.act == "keep"))
    r.message.register(on_refund_stars, Command("refund_stars"))
    return r
