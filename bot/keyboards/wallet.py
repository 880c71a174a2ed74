"""Keyboards of the wallet, the top-up steps and the admins' receipt copies."""

from __future__ import annotations

from decimal import Decimal

from aiogram.filters.callback_data import CallbackData
from aiogram.types import InlineKeyboardButton, InlineKeyboardMarkup

from bot import texts
from bot import texts_admin as t
from bot.keyboards.callbacks import (
    HistoryCb,
    MenuCb,
    ResumeOrderCb,
    TopupAmountCb,
    TopupDecisionCb,
    TopupMethodCb,
    WalletCb,
)


def _home_button() -> InlineKeyboardButton:
    # This file still speaks English only; keyboards.common.home_button(t) is the customer's.
    return InlineKeyboardButton(text=texts.BTN_HOME, callback_data=MenuCb(to="home").pack())


def _cb(text: str, data: CallbackData) -> InlineKeyboardButton:
    return InlineKeyboardButton(text=text, callback_data=data.pack())


def support_button(url: str) -> InlineKeyboardButton:
    return InlineKeyboardButton(text=texts.BTN_SUPPORT, url=url)


def wallet(support_url: str | None) -> InlineKeyboardMarkup:
    rows = [
        [_cb(texts.BTN_ADD_FUNDS, WalletCb(act="add")), _cb(texts.BTN_HISTORY, HistoryCb(page=0))]
    ]
    if support_url:
        rows.append([support_button(support_url)])
    rows.append([_home_button()])
    return InlineKeyboardMarkup(inline_keyboard=rows)


def history(page: int, pages: int) -> InlineKeyboardMarkup:
    nav = []
    if page > 0:
        nav.append(_cb(texts.BTN_PREV, HistoryCb(page=page - 1)))
    if page + 1 < pages:
        nav.append(_cb(texts.BTN_NEXT, HistoryCb(page=page + 1)))
    rows = [nav] if nav else []
    rows.append([_cb(texts.BTN_BACK, MenuCb(to="balance")), _home_button()])
    return InlineKeyboardMarkup(inline_keyboard=rows)


def methods(available: list[str], support_url: str | None, resume: bool) -> InlineKeyboardMarkup:
    rows = [[_cb(texts.METHOD_NAMES[m], TopupMethodCb(m=m))] for m in available]
    if resume:
        rows.append([_cb(texts.BTN_BACK_TO_ORDER, ResumeOrderCb())])
    if support_url:
        rows.append([support_button(support_url)])
    rows.append([_cb(texts.BTN_BACK, WalletCb(act="back")), _home_button()])
    return InlineKeyboardMarkup(inline_keyboard=rows)


def amounts(method: str, presets: tuple[Decimal, ...], labels: list[str]) -> InlineKeyboardMarkup:
    buttons = [_cb(label, TopupAmountCb(m=method, i=i)) for i, label in enumerate(labels)]
    rows = [buttons[i : i + 2] for i in range(0, len(buttons), 2)]
    rows.append([_cb(texts.BTN_BACK, WalletCb(act="add")), _home_button()])
    return InlineKeyboardMarkup(inline_keyboard=rows)


def back_to_methods() -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup(
        inline_keyboard=[[_cb(texts.BTN_BACK, WalletCb(act="add")), _home_button()]]
    )


def pay(url: str, label: str) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup(
        inline_keyboard=[
            [InlineKeyboardButton(text=label, url=url)],
            [_cb(texts.BTN_WALLET, MenuCb(to="balance")), _home_button()],
        ]
    )


def after_topup(resume: bool) -> InlineKeyboardMarkup:
    """Under a credit notice: straight back to the order that lacked funds, if there is one."""
    rows = []
    if resume:
        rows.append([_cb(texts.BTN_BACK_TO_ORDER, ResumeOrderCb())])
    rows.append([_cb(texts.BTN_WALLET, MenuCb(to="balance")), _home_button()])
    return InlineKeyboardMarkup(inline_keyboard=rows)


def decision(topup_id: int) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup(
        inline_keyboard=[
            [
                _cb(t.BTN_APPROVE, TopupDecisionCb(act="ok", id=topup_id)),
                _cb(t.BTN_REJECT, TopupDecisionCb(act="no", id=topup_id)),
            ]
        ]
    )


def reject_reason(topup_id: int) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup(
        inline_keyboard=[
            [_cb(t.BTN_REJECT_NO_REASON, TopupDecisionCb(act="skip", id=topup_id))],
            [_cb(t.BTN_KEEP_PENDING, TopupDecisionCb(act="keep", id=topup_id))],
        ]
    )


def pending_list(items: list[tuple[int, str]]) -> InlineKeyboardMarkup | None:
    if not items:
        return None
    return InlineKeyboardMarkup(
        inline_keyboard=[
            [_cb(label, TopupDecisionCb(act="show", id=topup_id))] for topup_id, label in items
        ]
    )
