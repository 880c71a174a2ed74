"""The reply keyboard's buttons (New order · My orders · Wallet · Support, and Admin for
admins). They work from any step: the step is left, the screen is sent as a new message."""

from __future__ import annotations

from aiogram import F, Router
from aiogram.fsm.context import FSMContext
from aiogram.types import Message

from bot import texts
from bot import texts_admin as t
from bot.config import Settings
from bot.handlers.orders import send_orders
from bot.handlers.wallet import on_balance
from bot.i18n import Translator
from bot.keyboards import catalogue as kb
from bot.keyboards.common import home_only, main_menu
from bot.services.catalogue import CatalogueService
from bot.services.tracking import TrackingService
from bot.services.wallet import WalletService
from bot.views import esc


async def on_new_order(message: Message, state: FSMContext, catalogue: CatalogueService) -> None:
    await state.clear()
    found = await catalogue.categories(0)
    if not found.items:
        await message.answer(texts.CATEGORIES_EMPTY, reply_markup=home_only())
        return
    text = texts.CATEGORIES
    if found.pages > 1:
        text += "\n" + texts.PAGE.format(page=found.page + 1, pages=found.pages)
    await message.answer(text, reply_markup=kb.categories(found))


async def on_my_orders(
    message: Message,
    t: Translator,
    state: FSMContext,
    tracking: TrackingService,
    settings: Settings,
) -> None:
    await state.clear()
    await send_orders(message, t, tracking, settings)


async def on_wallet(
    message: Message,
    t: Translator,
    state: FSMContext,
    wallet: WalletService,
    settings: Settings,
) -> None:
    # Leaves any step but keeps its data: an order waiting for the money can be resumed.
    await state.set_state(None)
    await on_balance(message, t, state, wallet, settings)


async def on_support(message: Message, state: FSMContext, settings: Settings) -> None:
    await state.clear()
    contact = settings.support_contact
    text = texts.SUPPORT.format(contact=esc(contact, 100)) if contact else texts.SUPPORT_NONE
    await message.answer(text, reply_markup=main_menu(settings.support_url))


async def on_admin(message: Message, state: FSMContext) -> None:
    await state.clear()
    await message.answer(t.HELP)


def router(admin_ids: frozenset[int]) -> Router:
    router = Router(name="menu")
    router.message.filter(F.chat.type == "private")
    router.message.register(on_new_order, F.text == texts.KB_NEW_ORDER)
    router.message.register(on_my_orders, F.text == texts.KB_MY_ORDERS)
    router.message.register(on_wallet, F.text == texts.KB_WALLET)
    router.message.register(on_support, F.text == texts.KB_SUPPORT)
    router.message.register(on_admin, F.text == texts.KB_ADMIN, F.from_user.id.in_(admin_ids))
    return router
