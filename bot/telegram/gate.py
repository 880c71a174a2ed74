"""The channel gate on the Telegram side: the screen a customer who has not joined gets, and
the inner middleware that shows it in place of any handler not flagged UNGATED.

Registered on the Dispatcher as an inner middleware (so it sees the handler's flags, and runs
after UserMiddleware has found the user and their language) of messages and button presses
only: pre-checkout queries are other updates, successful payments and refunds pass, the
outbox's notices are no updates at all, and handlers flagged UNGATED (/start, which ties an
invite first; "I've joined"; Contact support; /language and its picker, so that the gate can
be read in the customer's language) decide for themselves.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

from aiogram import BaseMiddleware, Bot
from aiogram.dispatcher.flags import get_flag
from aiogram.exceptions import TelegramBadRequest
from aiogram.types import CallbackQuery, InaccessibleMessage, Message, TelegramObject

from bot.i18n import Translator
from bot.services.channel_gate import Channel, ChannelGate, channel_name
from bot.telegram.membership import BotMembership
from bot.ui.keyboards.gate import gate as gate_keyboard

UNGATED = "ungated"  # a handler's flag: the gate does not stand before it
UNGATED_FLAGS = {UNGATED: True}


async def gate_screen(
    bot: Bot, t: Translator, gate: ChannelGate, missing: list[Channel]
) -> tuple[str, Any]:
    names = [channel_name(channel) for channel in missing]
    links = await gate.links(BotMembership(bot), missing)
    lines = "\n".join(t("gate-channel", channel=name) for name in names)
    return t("gate", channels=lines), gate_keyboard(t, list(zip(names, links, strict=True)))


async def show_gate(
    event: Message | CallbackQuery,
    bot: Bot,
    t: Translator,
    gate: ChannelGate,
    missing: list[Channel],
) -> None:
    """The gate screen: a new message, or the pressed message edited in place."""
    text, markup = await gate_screen(bot, t, gate, missing)
    if isinstance(event, Message):
        await event.answer(text, reply_markup=markup)
        return
    await event.answer()
    message = event.message
    if message is None or isinstance(message, InaccessibleMessage):
        await bot.send_message(event.from_user.id, text, reply_markup=markup)
        return
    try:
        await message.edit_text(text, reply_markup=markup)
    except TelegramBadRequest as exc:
        if "message is not modified" not in exc.message:
            await message.answer(text, reply_markup=markup)


async def channels_to_join(
    event: Message | CallbackQuery, bot: Bot, gate: ChannelGate
) -> list[Channel]:
    """The channels the sender has still to join (none for an admin or without a gate)."""
    assert event.from_user is not None
    if not gate.gated(event.from_user.id):
        return []
    return await gate.missing(BotMembership(bot), event.from_user.id)


async def stopped_at_gate(
    event: Message | CallbackQuery, bot: Bot, t: Translator, gate: ChannelGate
) -> bool:
    """Whether the sender has a channel still to join; if so, they are shown the gate."""
    missing = await channels_to_join(event, bot, gate)
    if not missing:
        return False
    await show_gate(event, bot, t, gate, missing)
    return True


class ChannelGateMiddleware(BaseMiddleware):
    def __init__(self, gate: ChannelGate) -> None:
        self._gate = gate

    async def __call__(
        self,
        handler: Callable[[TelegramObject, dict[str, Any]], Awaitable[Any]],
        event: TelegramObject,
        data: dict[str, Any],
    ) -> Any:
        if (
            not isinstance(event, Message | CallbackQuery)
            or event.from_user is None
            or not self._gate.gated(event.from_user.id)
            or get_flag(data, UNGATED)
            or "t" not in data
        ):
            return await handler(event, data)
        if isinstance(event, Message) and (
            event.successful_payment is not None or event.refunded_payment is not None
        ):
            return await handler(event, data)  # money already moved: always recorded
        if await stopped_at_gate(event, data["bot"], data["t"], self._gate):
            return None
        return await handler(event, data)
