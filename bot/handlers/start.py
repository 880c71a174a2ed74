from __future__ import annotations

import html

from aiogram import F
from aiogram.filters import Command, CommandStart
from aiogram.fsm.context import FSMContext
from aiogram.types import CallbackQuery, Message

from bot import texts
from bot.handlers.common import show
from bot.handlers.registry import Handlers
from bot.keyboards.callbacks import MenuCb
from bot.keyboards.common import main_menu

handlers = Handlers("start")


@handlers.message(CommandStart())
async def on_start(message: Message, state: FSMContext) -> None:
    await state.clear()
    name = html.escape(message.from_user.full_name if message.from_user else "")
    await message.answer(texts.GREETING.format(name=name), reply_markup=main_menu())


@handlers.message(Command("help"))
async def on_help(message: Message) -> None:
    await message.answer(texts.HELP, reply_markup=main_menu())


@handlers.message(Command("cancel"))
async def on_cancel(message: Message, state: FSMContext) -> None:
    had_state = await state.get_state() is not None
    await state.clear()
    await message.answer(
        texts.CANCELLED if had_state else texts.NOTHING_TO_CANCEL, reply_markup=main_menu()
    )


@handlers.callback_query(MenuCb.filter(F.to == "home"))
async def on_home(query: CallbackQuery, state: FSMContext) -> None:
    await state.clear()
    await show(query, texts.MAIN_MENU, main_menu())


@handlers.callback_query(MenuCb.filter(F.to == "help"))
async def on_help_button(query: CallbackQuery) -> None:
    await show(query, texts.HELP, main_menu())
