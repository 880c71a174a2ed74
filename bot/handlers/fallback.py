"""What no other router took: free text searches, forged or stale buttons are refused."""

from __future__ import annotations

from aiogram import F, Router
from aiogram.filters import StateFilter
from aiogram.fsm.context import FSMContext
from aiogram.types import CallbackQuery, Message

from bot.config import Settings
from bot.handlers.catalogue import run_search
from bot.i18n import Translator
from bot.services.catalogue import CatalogueService
from bot.telegram.filters import Check
from bot.ui.keyboards.common import main_menu


async def on_free_text(
    message: Message,
    state: FSMContext,
    catalogue: CatalogueService,
    settings: Settings,
    t: Translator,
) -> None:
    assert message.text is not None
    await run_search(message, t, catalogue, settings, message.text, state)


async def on_unknown_command(message: Message, t: Translator) -> None:
    """An unknown command gets the main menu; so does an admin command from anyone else, with
    the very same words, so nothing hints that it exists."""
    await message.answer(t("unknown-command"), reply_markup=main_menu(t))


async def on_anything_else(message: Message, t: Translator) -> None:
    await message.answer(t("unknown-input"), reply_markup=main_menu(t))


async def on_stale_button(query: CallbackQuery, t: Translator) -> None:
    await query.answer(t("button-expired"), show_alert=True)


def router() -> Router:
    router = Router(name="fallback")
    router.message.register(
        on_free_text, StateFilter(None), Check(F.text), Check(~F.text.startswith("/"))
    )
    router.message.register(on_unknown_command, Check(F.text.startswith("/")))
    router.message.register(on_anything_else)
    router.callback_query.register(on_stale_button)
    return router
