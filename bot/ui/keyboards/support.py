"""Buttons of the conversations with the shop (issue 25)."""

from __future__ import annotations

from collections.abc import Sequence

from aiogram.types import InlineKeyboardButton, InlineKeyboardMarkup

from bot.db.repositories.support import TicketLine
from bot.i18n import Translator
from bot.services.support import Card
from bot.ui.keyboards.callbacks import AdminReviewCb, SupportAdminCb, SupportCb
from bot.ui.keyboards.common import home_button


def _button(text: str, data: SupportCb | SupportAdminCb | AdminReviewCb) -> InlineKeyboardButton:
    return InlineKeyboardButton(text=text, callback_data=data.pack())


def prompt(t: Translator, support_url: str | None) -> InlineKeyboardMarkup:
    """Under the prompt: Cancel, and the shop's own contact when it has one."""
    rows = [[_button(t("btn-cancel"), SupportCb(act="cancel")), home_button(t)]]
    if support_url:
        rows.append([InlineKeyboardButton(text=t("btn-support"), url=support_url)])
    return InlineKeyboardMarkup(inline_keyboard=rows)


def answer_back(t: Translator) -> InlineKeyboardMarkup:
    """Under the shop's answer in the customer's chat."""
    return InlineKeyboardMarkup(
        inline_keyboard=[[_button(t("btn-support-answer"), SupportCb(act="write"))]]
    )


def ask_about_order(t: Translator, order_id: int) -> InlineKeyboardButton:
    return _button(t("btn-support-ask-order"), SupportCb(act="order", id=order_id))


def send_search(t: Translator) -> InlineKeyboardButton:
    return _button(t("btn-support-send-search"), SupportCb(act="send"))


def card(t: Translator, card: Card) -> InlineKeyboardMarkup:
    """Reply / Close while the conversation is open; the order's admin card when one is
    attached."""
    ticket = card.ticket
    rows: list[list[InlineKeyboardButton]] = []
    if ticket.state == "open":
        rows.append(
            [
                _button(t("btn-support-reply"), SupportAdminCb(act="reply", id=ticket.id)),
                _button(t("btn-support-close"), SupportAdminCb(act="close", id=ticket.id)),
            ]
        )
    if ticket.order_id is not None:
        label = t("btn-support-order", id=ticket.order_id)
        rows.append([_button(label, AdminReviewCb(act="open", id=ticket.order_id))])
    return InlineKeyboardMarkup(inline_keyboard=rows)


def reply_stop(t: Translator, ticket_id: int) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup(
        inline_keyboard=[[_button(t("btn-cancel"), SupportAdminCb(act="stop", id=ticket_id))]]
    )


def tickets(t: Translator, lines: Sequence[TicketLine]) -> InlineKeyboardMarkup:
    rows = [
        [
            _button(
                t("admin-tickets-button", id=line.ticket.id, name=(line.name or "—")[:24]),
                SupportAdminCb(act="show", id=line.ticket.id),
            )
        ]
        for line in lines
    ]
    return InlineKeyboardMarkup(inline_keyboard=rows)
