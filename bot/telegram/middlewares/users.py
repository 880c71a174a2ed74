"""Records who writes to the bot, and keeps banned customers out of the shop.

Runs after PrivateChatsOnly (bot/telegram/middlewares/private.py): only private chats get here.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

from aiogram import BaseMiddleware
from aiogram.types import CallbackQuery, Message, TelegramObject
from aiogram.types import User as TgUser

from bot.db import Database
from bot.db.repositories.users import User
from bot.domain import reply_keyboard
from bot.domain.clock import now
from bot.i18n import I18n

SEEN_EVERY = 300  # seconds: last_seen_at is refreshed at most this often


def _unchanged(known: User, sender: TgUser, moment: int) -> bool:
    """Nothing to write: same names, not flagged blocked, seen lately, not banned."""
    return (
        known.username == sender.username
        and known.full_name == sender.full_name
        and not known.blocked_bot
        and not known.is_banned  # a refusal may be due: that takes the write path
        and moment - known.last_seen_at < SEEN_EVERY
    )


BAN_NOTICE_EVERY = 60  # seconds: a banned customer is told at most once a minute

# The data key that tells the /start handler this middleware recorded the reply keyboard as sent
# (in its own write of the user's row): the handler sends it, and writes nothing more.
REPLY_KEYBOARD_RECORDED = "reply_keyboard_recorded"
# The data key that tells a handler this update is the user's first contact with the shop (their
# row was made by it): an invite link counts only then (bot/handlers/start.py).
FIRST_CONTACT = "first_contact"


class UserMiddleware(BaseMiddleware):
    def __init__(self, db: Database, admin_ids: frozenset[int], i18n: I18n) -> None:
        self._db = db
        self._admin_ids = admin_ids
        self._i18n = i18n

    async def __call__(
        self,
        handler: Callable[[TelegramObject, dict[str, Any]], Awaitable[Any]],
        event: TelegramObject,
        data: dict[str, Any],
    ) -> Any:
        if not isinstance(event, Message | CallbackQuery) or event.from_user is None:
            return await handler(event, data)
        sender = event.from_user
        if sender.is_bot:
            return None
        moment = now()
        known = await self._db.peek().users.get(sender.id)  # by key, in place
        told = False
        if known is not None and _unchanged(known, sender, moment):
            user = known  # most updates: a read, and no write at all
        else:
            keyboard = self._reply_keyboard_due(event, known, sender, moment)
            # Each is one statement, atomic on its own: no BEGIN/COMMIT round trips.
            async with self._db.single_write() as repos:
                user = await repos.users.upsert_seen(
                    sender.id,
                    sender.username,
                    sender.full_name,
                    self._i18n.pick(sender.language_code),  # kept only for a new customer
                    moment,
                    keyboard,
                )
                told = user.is_banned and await repos.users.claim_ban_notice(
                    user.id, moment, BAN_NOTICE_EVERY
                )
            data[REPLY_KEYBOARD_RECORDED] = keyboard is not None
            data[FIRST_CONTACT] = known is None
        # A Stars payment is money already taken from the payer, a refund money given back:
        # both are always recorded.
        paid = isinstance(event, Message) and (
            event.successful_payment is not None or event.refunded_payment is not None
        )
        t = self._i18n.get(user.language)
        if user.is_banned and user.id not in self._admin_ids and not paid:
            if isinstance(event, CallbackQuery):
                await event.answer(t("banned") if told else None)
            elif told:
                await event.answer(t("banned"))
            return None
        data["user"] = user
        data["t"] = t
        return await handler(event, data)

    def _reply_keyboard_due(
        self, event: TelegramObject, known: User | None, sender: TgUser, moment: int
    ) -> str | None:
        """The reply keyboard's variant when this update is a plain /start (deep links may go
        elsewhere) of a customer who is due it: recorded by the write this middleware makes
        anyway (a newcomer, a customer back after a while). Otherwise None; the handler
        decides then (bot/services/reply_keyboard.py)."""
        if not isinstance(event, Message) or event.text != "/start":
            return None
        if known is not None and known.is_banned:
            return None  # the handler may not run
        language = known.language if known is not None else self._i18n.pick(sender.language_code)
        wanted = reply_keyboard.variant(self._i18n.get(language).lang, sender.id in self._admin_ids)
        if known is not None and not reply_keyboard.due(
            known.reply_keyboard, known.reply_keyboard_at, wanted, moment
        ):
            return None
        return wanted
