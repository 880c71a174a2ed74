"""Invite friends: the customer's invite link, who joined by it and what it earned (/invite and
the Wallet's button)."""

from __future__ import annotations

from aiogram import Bot, F, Router
from aiogram.filters import Command
from aiogram.types import CallbackQuery, InlineKeyboardMarkup, Message

from bot.config import Settings
from bot.handlers.common import replace
from bot.i18n import Translator
from bot.services.invites import InviteService
from bot.ui.keyboards import wallet as kb
from bot.ui.keyboards.callbacks import WalletCb
from bot.ui.views_wallet import invite_screen, share_url


async def _screen(
    bot: Bot, t: Translator, invites: InviteService, settings: Settings, user_id: int
) -> tuple[str, InlineKeyboardMarkup]:
    if not invites.enabled:
        return t("invite-off"), kb.invite(t, None)
    summary = await invites.summary(user_id)
    me = await bot.me()  # getMe once; aiogram keeps the answer
    link = f"https://t.me/{me.username}?start={summary.code}"
    text = invite_screen(t, summary, link, settings.price_decimals, settings.currency)
    return text, kb.invite(t, share_url(t, link))


async def on_invite(
    message: Message, bot: Bot, t: Translator, invites: InviteService, settings: Settings
) -> None:
    assert message.from_user is not None
    text, markup = await _screen(bot, t, invites, settings, message.from_user.id)
    await message.answer(text, reply_markup=markup)


async def on_invite_button(
    query: CallbackQuery, bot: Bot, t: Translator, invites: InviteService, settings: Settings
) -> None:
    await query.answer()  # before getMe (once a run) and the figures
    text, markup = await _screen(bot, t, invites, settings, query.from_user.id)
    await replace(query, text, markup)


def router() -> Router:
    router = Router(name="invites")
    router.message.register(on_invite, Command("invite"))
    router.callback_query.register(on_invite_button, WalletCb.filter(F.act == "invite"))
    return router
