from __future__ import annotations

import html

from aiogram import F, Router
from aiogram.filters import Command, CommandStart
from aiogram.fsm.context import FSMContext
from aiogram.types import CallbackQuery, Message

from bot.config import Settings
from bot.handlers.common import show
from bot.i18n import Translator
from bot.keyboards.callbacks import MenuCb
from bot.keyboards.common import main_menu, reply_menu


async def on_start(message: Message, state: FSMContext, settings: Settings, t: Translator) -> None:
    await state.clear()
    user = message.from_user
    name = html.escape(user.full_name if user else "")
    # The reply keyboard comes on a message of its own: one message carries one keyboard.
    is_admin = user is not None and user.id in settings.admin_ids
    await message.answer(t("keyboard-ready"), reply_markup=reply_menu(t, is_admin))
    await message.answer(t("greeting", name=name), reply_markup=main_menu(t))


async def on_help(message: Message, settings: Settings, t: Translator) -> None:
    await message.answer(t("help"), reply_markup=main_menu(t, settings.support_url))


async def on_cancel(message: Message, state: FSMContext, t: Translator) -> None:
    had_state = await state.get_state() is not None
    await state.clear()
    await message.answer(
        t("cancelled" if had_state else "nothing-to-cancel"), reply_markup=main_menu(t)
    )


async def on_home(query: CallbackQuery, state: FSMContext, t: Translator) -> None:
    await state.clear()
    await show(query, t("main-menu"), main_menu(t))


async def on_help_button(query: CallbackQuery, settings: Settings, t: Translator) -> None:
    await show(query, t("help"), main_menu(t, settings.support_url))


def router() -> Router:
    router = Router(name="start")
    router.message.register(on_start, CommandStart())
    router.message.register(on_help, Command("help"))
    router.message.register(on_cancel, Command("cancel"))
    router.callback_query.register(on_home, MenuCb.filter(F.to == "home"))
    router.callback_query.register(on_help_button, MenuCb.filter(F.to == "help"))
    return router
