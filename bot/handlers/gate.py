"""The channel gate's "✅ I've joined": asked of Telegram again, then the main menu."""

from __future__ import annotations

from aiogram import Bot, F, Router
from aiogram.types import CallbackQuery

from bot.handlers.common import show
from bot.i18n import Translator
from bot.services.channel_gate import ChannelGate, channel_name
from bot.telegram.gate import UNGATED_FLAGS
from bot.telegram.membership import BotMembership
from bot.ui.keyboards.callbacks import GateCb
from bot.ui.keyboards.common import main_menu


async def on_joined(query: CallbackQuery, bot: Bot, t: Translator, gate: ChannelGate) -> None:
    missing = await gate.missing(BotMembership(bot), query.from_user.id, fresh=True)
    if not missing:
        await show(query, t("main-menu"), main_menu(t))
        return
    names = ", ".join(channel_name(channel) for channel in missing)
    # The gate screen stays as it is: its Join buttons are still the way in.
    await query.answer(t("gate-still-missing", channels=names), show_alert=True)


def router() -> Router:
    router = Router(name="gate")
    router.callback_query.register(on_joined, GateCb.filter(F.act == "joined"), flags=UNGATED_FLAGS)
    return router
