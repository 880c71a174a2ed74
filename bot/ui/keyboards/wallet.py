"""Keyboards of the wallet, the top-up steps and the admins' receipt copies."""

from __future__ import annotations

from collections.abc import Sequence

from aiogram.filters.callback_data import CallbackData
from aiogram.types import InlineKeyboardButton, InlineKeyboardMarkup

from bot.domain.notices import Button
from bot.i18n import Translator
from bot.ui.buttons_wallet import BACK_TO_ORDER, HOME, WALLET, Rows
from bot.ui.buttons_wallet import after_topup as after_topup_rows
from bot.ui.keyboards.callbacks import (
    ApiCb,
    HistoryCb,
    MenuCb,
    TopupAmountCb,
    TopupDecisionCb,
    TopupMethodCb,
    TopupPayCb,
    WalletCb,
)


def _cb(text: str, data: CallbackData) -> InlineKeyboardButton:
    return InlineKeyboardButton(text=text, callback_data=data.pack())


def _button(t: Translator, button: Button) -> InlineKeyboardButton:
    return InlineKeyboardButton(
        text=t(button.key), callback_data=button.callback_data, url=button.url
    )


def _markup(t: Translator, rows: Rows) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup(inline_keyboard=[[_button(t, b) for b in row] for row in rows])


def support_button(t: Translator, url: str) -> InlineKeyboardButton:
    return InlineKeyboardButton(text=t("btn-support"), url=url)


def wallet(
    t: Translator,
    support_url: str | None,
    promo: bool = False,
    invite: bool = False,
    api: bool = False,
) -> InlineKeyboardMarkup:
    """`promo`: the Promo code button (there is a code to take); `invite`: the Invite friends
    button (when REFERRAL_PERCENT is on); `api`: the API button (when the shop's API is on)."""
    rows = [
        [
            _cb(t("btn-add-funds"), WalletCb(act="add")),
            _cb(t("btn-history"), HistoryCb(page=0)),
        ]
    ]
    if promo:
        rows.append([_cb(t("btn-promo"), WalletCb(act="promo"))])
    if invite:
        rows.append([_cb(t("btn-invite"), WalletCb(act="invite"))])
    if api:
        rows.append([_cb(t("btn-api"), ApiCb(act="show"))])
    if support_url:
        rows.append([support_button(t, support_url)])
    rows.append([_button(t, HOME)])
    return InlineKeyboardMarkup(inline_keyboard=rows)


def promo_ask(t: Translator) -> InlineKeyboardMarkup:
    """Under "send your promo code": back to the wallet, or the main menu."""
    return InlineKeyboardMarkup(
        inline_keyboard=[[_cb(t("btn-back"), WalletCb(act="back")), _button(t, HOME)]]
    )


def promo_done(t: Translator) -> InlineKeyboardMarkup:
    return _markup(t, ((WALLET, HOME),))


def invite(t: Translator, share_url: str | None) -> InlineKeyboardMarkup:
    """Under the invite screen: Share (Telegram's share sheet), Back to the wallet, Main menu."""
    rows = [[InlineKeyboardButton(text=t("btn-share"), url=share_url)]] if share_url else []
    rows.append([_cb(t("btn-back"), MenuCb(to="balance")), _button(t, HOME)])
    return InlineKeyboardMarkup(inline_keyboard=rows)


def history(t: Translator, page: int, pages: int) -> InlineKeyboardMarkup:
    nav = []
    if page > 0:
        nav.append(_cb(t("btn-prev"), HistoryCb(page=page - 1)))
    if page + 1 < pages:
        nav.append(_cb(t("btn-next"), HistoryCb(page=page + 1)))
    rows = [nav] if nav else []
    rows.append([_cb(t("btn-back"), MenuCb(to="balance")), _button(t, HOME)])
    return InlineKeyboardMarkup(inline_keyboard=rows)


def methods(
    t: Translator, available: list[str], support_url: str | None, resume: bool
) -> InlineKeyboardMarkup:
    rows = [[_cb(t(f"method-{m}"), TopupMethodCb(m=m))] for m in available]
    if resume:
        rows.append([_button(t, BACK_TO_ORDER)])
    if support_url:
        rows.append([support_button(t, support_url)])
    rows.append([_cb(t("btn-back"), WalletCb(act="back")), _button(t, HOME)])
    return InlineKeyboardMarkup(inline_keyboard=rows)


def methods_for(
    t: Translator, available: list[str], amount: str, resume: bool, support_url: str | None
) -> InlineKeyboardMarkup:
    """The ways to pay for an amount already chosen (the one an order lacks), each straight to
    its own step; Another amount (the usual steps, still coming back to the order)."""
    rows = [[_cb(t(f"method-{m}"), TopupPayCb(m=m, a=amount))] for m in available]
    rows.append([_cb(t("btn-other-amount"), WalletCb(act="add"))])
    if resume:
        rows.append([_button(t, BACK_TO_ORDER)])
    if support_url:
        rows.append([support_button(t, support_url)])
    rows.append([_button(t, HOME)])
    return InlineKeyboardMarkup(inline_keyboard=rows)


def amounts(t: Translator, method: str, presets: Sequence[tuple[int, str]]) -> InlineKeyboardMarkup:
    """The preset amounts a method offers: (index in TOPUP_AMOUNTS, label) each."""
    buttons = [_cb(label, TopupAmountCb(m=method, i=i)) for i, label in presets]
    rows = [buttons[i : i + 2] for i in range(0, len(buttons), 2)]
    rows.append([_cb(t("btn-back"), WalletCb(act="add")), _button(t, HOME)])
    return InlineKeyboardMarkup(inline_keyboard=rows)


def back_to_methods(t: Translator) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup(
        inline_keyboard=[[_cb(t("btn-back"), WalletCb(act="add")), _button(t, HOME)]]
    )


def pay(t: Translator, url: str, label: str) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup(
        inline_keyboard=[
            [InlineKeyboardButton(text=label, url=url)],
            [_button(t, WALLET), _button(t, HOME)],
        ]
    )


def after_topup(t: Translator, resume: bool) -> InlineKeyboardMarkup:
    """Under a credit: straight back to the order that lacked funds, if there is one (the same
    buttons as under the credit notices the services store)."""
    return _markup(t, after_topup_rows(resume))


def reject_reason(t: Translator, topup_id: int) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup(
        inline_keyboard=[
            [_cb(t("admin-btn-reject-no-reason"), TopupDecisionCb(act="skip", id=topup_id))],
            [_cb(t("admin-btn-keep-pending"), TopupDecisionCb(act="keep", id=topup_id))],
        ]
    )


def pending_list(items: Sequence[tuple[int, str]]) -> InlineKeyboardMarkup | None:
    """One button per receipt; the labels come rendered (`admin-topups-button`)."""
    if not items:
        return None
    return InlineKeyboardMarkup(
        inline_keyboard=[
            [_cb(label, TopupDecisionCb(act="show", id=topup_id))] for topup_id, label in items
        ]
    )


def approve_confirm(
    t: Translator, topup_id: int, amount: str, anyway: bool
) -> InlineKeyboardMarkup:
    """Under the question before a receipt is credited: Confirm (or, for a receipt seen before,
    asked a second time, "credit anyway") and Back."""
    act, key = (
        ("anyway", "admin-btn-approve-anyway") if anyway else ("sure", "admin-btn-approve-sure")
    )
    return InlineKeyboardMarkup(
        inline_keyboard=[
            [_cb(t(key, amount=amount), TopupDecisionCb(act=act, id=topup_id))],
            [_cb(t("admin-btn-back"), TopupDecisionCb(act="back", id=topup_id))],
        ]
    )
