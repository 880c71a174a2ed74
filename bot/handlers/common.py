"""Small rendering helpers shared by the routers."""

from __future__ import annotations

import logging

from aiogram.exceptions import TelegramAPIError, TelegramBadRequest, TelegramNetworkError
from aiogram.types import CallbackQuery, InaccessibleMessage, InlineKeyboardMarkup

from bot.services.notify import Notifier

log = logging.getLogger(__name__)


async def show(query: CallbackQuery, text: str, markup: InlineKeyboardMarkup | None) -> None:
    """Answers the button press, then replaces the message it came from (or sends a new one).

    Browsing edits in place, so the chat does not fill with menus.
    """
    await query.answer()
    await replace(query, text, markup)


async def replace(query: CallbackQuery, text: str, markup: InlineKeyboardMarkup | None) -> None:
    """Edits the message the button was on; sends a new one where that is not possible."""
    message = query.message
    if message is None or isinstance(message, InaccessibleMessage):
        assert query.bot is not None
        await query.bot.send_message(query.from_user.id, text, reply_markup=markup)
        return
    try:
        await message.edit_text(text, reply_markup=markup)
    except TelegramBadRequest as exc:
        if "message is not modified" in exc.message:
            return
        # Too old to edit, or not a text message: send it anew.
        log.debug("edit failed, sending anew: %s", exc.message)
        await message.answer(text, reply_markup=markup)


async def try_show(query: CallbackQuery, text: str) -> None:
    """A progress note ("Placing your order…"): worth showing, never worth failing over."""
    try:
        await query.answer(text)
        await replace(query, text, None)
    except (TelegramAPIError, TelegramNetworkError) as exc:
        log.warning("could not show progress to %s: %s", query.from_user.id, exc)


async def deliver(
    query: CallbackQuery, text: str, markup: InlineKeyboardMarkup | None, notifier: Notifier
) -> None:
    """A result the customer must see (an order's outcome): in place, else as a new message,
    else through the outbox, which sends it once Telegram takes messages again."""
    try:
        await replace(query, text, markup)
        return
    except (TelegramAPIError, TelegramNetworkError) as exc:
        log.warning("could not show a result to %s in place: %s", query.from_user.id, exc)
    try:
        assert query.bot is not None
        await query.bot.send_message(query.from_user.id, text, reply_markup=markup)
    except (TelegramAPIError, TelegramNetworkError) as exc:
        log.warning("result to %s goes through the outbox: %s", query.from_user.id, exc)
        await notifier.tell_user(query.from_user.id, text, markup)
