"""What no other router took: free text searches, forged or stale buttons are refused."""

from __future__ import annotations

from aiogram import F
from aiogram.filters import StateFilter
from aiogram.types import CallbackQuery, Message

from bot import texts
from bot.config import Settings
from bot.handlers.catalogue import run_search
from bot.handlers.registry import Handlers
from bot.keyboards.common import main_menu
from bot.services.catalogue import CatalogueService

handlers = Handlers("fallback")


@handlers.message(StateFilter(None), F.text, ~F.text.startswith("/"))
async def on_free_text(message: Message, catalogue: CatalogueService, settings: Settings) -> None:
    assert message.text is not None
    await run_search(message, catalogue, settings, message.text)


@handlers.message(F.text.startswith("/"))
async def on_unknown_command(message: Message) -> None:
    """Unknown commands (and admin commands from non-admins) get no answer at all."""


@handlers.message()
async def on_anything_else(message: Message) -> None:
    await message.answer(texts.UNKNOWN_INPUT, reply_markup=main_menu())


@handlers.callback_query()
async def on_stale_button(query: CallbackQuery) -> None:
    await query.answer(texts.BUTTON_EXPIRED, show_alert=True)
