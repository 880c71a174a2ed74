"""The wallet: balance, Add funds, the paged statement, Contact support."""

from __future__ import annotations

from aiogram import F, Router
from aiogram.filters import Command, CommandStart
from aiogram.fsm.context import FSMContext
from aiogram.types import CallbackQuery, InlineKeyboardMarkup, Message

from bot.config import Settings
from bot.domain.money import Shown, money
from bot.handlers.common import show
from bot.handlers.states import PromoFlow, TopupFlow
from bot.handlers.topup import STARS_START_PARAMETER
from bot.i18n import Translator
from bot.services.promos import PromoService
from bot.services.wallet import WalletService
from bot.ui.keyboards import wallet as kb
from bot.ui.keyboards.callbacks import HistoryCb, MenuCb, WalletCb
from bot.ui.views_promo import waiting
from bot.ui.views_wallet import history


async def _balance_text(
    t: Translator, user_id: int, wallet: WalletService, promos: PromoService, settings: Settings
) -> str:
    """The balance, and the promo codes waiting for the next top-up or order."""
    units = await wallet.balance(user_id)
    amount = money(units, settings.price_decimals, settings.currency, Shown.DOWN, lang=t.lang)
    return t("balance", amount=amount) + waiting(t, await promos.waiting(user_id), settings)


_LEFT_HERE = (TopupFlow.amount.state, TopupFlow.receipt.state, PromoFlow.code.state)


async def _wallet_kb(
    t: Translator, settings: Settings, promos: PromoService
) -> InlineKeyboardMarkup:
    return kb.wallet(
        t,
        settings.support_url,
        await promos.any_active(),
        settings.referral_percent > 0,
        settings.reseller_api_on,
    )


async def _leave_topup(state: FSMContext) -> None:
    """Leaves a top-up step (or the promo code's) but keeps an order draft that is waiting
    for the money."""
    if await state.get_state() in _LEFT_HERE:
        await state.set_state(None)


async def on_balance(
    message: Message,
    t: Translator,
    state: FSMContext,
    wallet: WalletService,
    promos: PromoService,
    settings: Settings,
) -> None:
    assert message.from_user is not None
    await _leave_topup(state)
    text = await _balance_text(t, message.from_user.id, wallet, promos, settings)
    await message.answer(text, reply_markup=await _wallet_kb(t, settings, promos))


async def on_balance_button(
    query: CallbackQuery,
    t: Translator,
    state: FSMContext,
    wallet: WalletService,
    promos: PromoService,
    settings: Settings,
) -> None:
    await _leave_topup(state)
    text = await _balance_text(t, query.from_user.id, wallet, promos, settings)
    await show(query, text, await _wallet_kb(t, settings, promos))


async def on_history(
    query: CallbackQuery,
    callback_data: HistoryCb,
    t: Translator,
    wallet: WalletService,
    settings: Settings,
) -> None:
    statement = await wallet.statement(query.from_user.id, callback_data.page)
    text = history(t, statement.entries, settings.price_decimals, settings.currency)
    if statement.pages > 1:
        text += "\n\n" + t("page", page=statement.page + 1, pages=statement.pages)
    await show(query, text, kb.history(t, statement.page, statement.pages))


def router() -> Router:
    router = Router(name="wallet")
    router.message.register(on_balance, Command("balance", "wallet"))
    # The link a forwarded Stars invoice shows (t.me/<bot>?start=topup) opens the wallet.
    router.message.register(
        on_balance, CommandStart(deep_link=True, magic=F.args == STARS_START_PARAMETER)
    )
    router.callback_query.register(on_balance_button, MenuCb.filter(F.to == "balance"))
    router.callback_query.register(on_balance_button, WalletCb.filter(F.act == "back"))
    router.callback_query.register(on_history, HistoryCb.filter())
    return router
