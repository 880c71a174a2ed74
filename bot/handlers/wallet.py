from __future__ import annotations

from aiogram import F
from aiogram.filters import Command
from aiogram.types import CallbackQuery, Message

from bot import texts
from bot.config import Settings
from bot.handlers.common import show
from bot.handlers.registry import Handlers
from bot.keyboards.callbacks import MenuCb
from bot.keyboards.common import home_only
from bot.money import format_money
from bot.services.wallet import WalletService

handlers = Handlers("wallet")


def _balance_text(units: int, settings: Settings) -> str:
    amount = f"{format_money(units, settings.price_decimals)} {settings.currency}"
    return texts.BALANCE.format(amount=amount)


@handlers.message(Command("balance"))
async def on_balance(message: Message, wallet: WalletService, settings: Settings) -> None:
    assert message.from_user is not None
    units = await wallet.balance(message.from_user.id)
    await message.answer(_balance_text(units, settings), reply_markup=home_only())


@handlers.callback_query(MenuCb.filter(F.to == "balance"))
async def on_balance_button(
    query: CallbackQuery, wallet: WalletService, settings: Settings
) -> None:
    units = await wallet.balance(query.from_user.id)
    await show(query, _balance_text(units, settings), home_only())
