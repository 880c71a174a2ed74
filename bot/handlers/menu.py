"""The reply keyboard's buttons (New order · My orders · Wallet · Support, and Admin for
admins). They work from any step: the step is left, the screen is sent as a new message."""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from aiogram import F, Router
from aiogram.filters import Filter
from aiogram.fsm.context import FSMContext
from aiogram.types import Message

from bot.config import Settings
from bot.handlers.admin_console import on_admin
from bot.handlers.catalogue import platform_screen
from bot.handlers.my_orders import send_orders
from bot.handlers.support import open_prompt
from bot.handlers.wallet import on_balance
from bot.i18n import RLM, I18n, Translator
from bot.services.catalogue import CatalogueService
from bot.services.order_queries import OrderQueries
from bot.services.promos import PromoService
from bot.services.wallet import WalletService
from bot.telegram.filters import Check
from bot.telegram.gate import UNGATED_FLAGS


class Label(Filter):
    """A reply keyboard button's text (of any of `keys`), in any language: a keyboard sent
    before the customer changed language (or on another device) keeps working."""

    def __init__(self, *keys: str) -> None:
        self.keys = keys
        self._labels: tuple[I18n, frozenset[str]] | None = None

    async def __call__(self, message: Message, i18n: I18n) -> bool:
        if self._labels is None or self._labels[0] is not i18n:
            # Read from the files: making every language's bundle here would load them all.
            labels = frozenset(t.plain(key) for t in i18n.translators for key in self.keys)
            self._labels = (i18n, labels)
        # An Arabic or Persian label begins with an RLM on the keyboard (bot/i18n), and
        # Telegram sends the tapped label back as it is; the files have it without.
        return (message.text or "").removeprefix(RLM) in self._labels[1]


async def on_new_order(
    message: Message, state: FSMContext, catalogue: CatalogueService, t: Translator
) -> None:
    await state.clear()
    text, markup = await platform_screen(t, catalogue)
    await message.answer(text, reply_markup=markup)


async def on_my_orders(
    message: Message,
    t: Translator,
    state: FSMContext,
    order_queries: OrderQueries,
    settings: Settings,
) -> None:
    await state.clear()
    await send_orders(message, t, order_queries, settings)


async def on_wallet(
    message: Message,
    t: Translator,
    state: FSMContext,
    wallet: WalletService,
    promos: PromoService,
    settings: Settings,
) -> None:
    # Leaves any step but keeps its data: an order waiting for the money can be resumed.
    await state.set_state(None)
    await on_balance(message, t, state, wallet, promos, settings)


def router(admin_ids: frozenset[int]) -> Router:
    router = Router(name="menu")
    buttons: dict[str, Callable[..., Awaitable[None]]] = {
        "kb-new-order": on_new_order,
        "kb-my-orders": on_my_orders,
        "kb-wallet": on_wallet,
        "kb-support": open_prompt,
    }
    # Any other text is turned away in one check, not one per button.
    router.message.filter(Label(*buttons, "kb-admin"))
    for key, handler in buttons.items():
        # Contact support is never behind the channel gate.
        flags = UNGATED_FLAGS if key == "kb-support" else None
        router.message.register(handler, Label(key), flags=flags)
    router.message.register(on_admin, Label("kb-admin"), Check(F.from_user.id.in_(admin_ids)))
    return router
