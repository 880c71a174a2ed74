from __future__ import annotations

from aiogram import F, Router
from aiogram.filters import Command
from aiogram.types import CallbackQuery, Message

from bot import texts
from bot.config import Settings
from bot.handlers.common import show
from bot.keyboards.callbacks import MenuCb
from bot.keyboards.common import home_only
from bot.money import Shown, money
from bot.services.wallet import WalletService


def _balance_text(units: int, settings: Settings) -> str:
    amount = money(units, settings.price_decimals, settings.currency, Shown.DOWN)
    return texts.BALANCE.format(amount=amount)


async def on_balance(message: Message, wallet: WalletService, settings: Settings) -> None:
    assert message.from_user is not None
    units = await wallet.balance(message.from_user.id)
    await message.answer(_balance_text(units, settings), reply_markup=home_only())


async def on_balance_button(
    query: CallbackQuery, wallet: WalletService, settings: Settings
) -> None:
    units = await wallet.balance(query.from_user.id)
    await show(query, _balance_text(units, settings), home_only())


def router() -> Router:
    router = Router(name="wallet")
    router.message.register(on_balance, Command("balance"))
    router.callback_query.register(on_balance_button, MenuCb.filter(F.to == "balance"))
    return router
