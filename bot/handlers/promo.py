"""Promo codes, the customer's side: `/promo <CODE>`, the Wallet's "🎟 Promo code" button (which
asks for the code) and the link `?start=promo_<CODE>` (bot/handlers/start.py)."""

from __future__ import annotations

from aiogram import F, Router
from aiogram.filters import Command, CommandObject, StateFilter
from aiogram.fsm.context import FSMContext
from aiogram.types import CallbackQuery, Message

from bot.config import Settings
from bot.handlers.common import show
from bot.handlers.states import PromoFlow
from bot.i18n import Translator
from bot.services.promos import PromoRefused, PromoService, normal_code
from bot.telegram.filters import Check
from bot.ui.keyboards import wallet as kb
from bot.ui.keyboards.callbacks import WalletCb
from bot.ui.views_promo import refused, taken

START_PAYLOAD = "promo_"  # t.me/<bot>?start=promo_WELCOME


async def answer_code(
    message: Message, text: str, t: Translator, promos: PromoService, settings: Settings
) -> bool:
    """Takes the code in `text` for the sender and says how it went; False (and a word on what
    a code looks like) when the text cannot be a code."""
    assert message.from_user is not None
    code = normal_code(text)
    if code is None:
        await message.answer(t("promo-bad-code"), reply_markup=kb.promo_ask(t))
        return False
    try:
        result = await promos.take(message.from_user.id, code)
    except PromoRefused as refusal:
        answer = refused(t, refusal)
    else:
        answer = taken(t, result, settings)
    await message.answer(answer, reply_markup=kb.promo_done(t))
    return True


async def start_payload(
    message: Message, payload: str | None, t: Translator, promos: PromoService, settings: Settings
) -> None:
    """What a /start link asks for after the greeting (before the gate screen, for a customer
    stopped there): `promo_<CODE>` takes the code."""
    if payload and payload.startswith(START_PAYLOAD):
        await answer_code(message, payload.removeprefix(START_PAYLOAD), t, promos, settings)


async def on_promo(
    message: Message,
    command: CommandObject,
    state: FSMContext,
    t: Translator,
    promos: PromoService,
    settings: Settings,
) -> None:
    if command.args and command.args.strip():
        await answer_code(message, command.args, t, promos, settings)
        return
    await state.set_state(PromoFlow.code)
    await message.answer(t("promo-ask"), reply_markup=kb.promo_ask(t))


async def on_promo_button(query: CallbackQuery, state: FSMContext, t: Translator) -> None:
    await state.set_state(PromoFlow.code)
    await show(query, t("promo-ask"), kb.promo_ask(t))


async def on_code(
    message: Message, state: FSMContext, t: Translator, promos: PromoService, settings: Settings
) -> None:
    """The code typed after the button; a text that cannot be one keeps the step."""
    if await answer_code(message, message.text or "", t, promos, settings):
        await state.set_state(None)


async def on_not_text(message: Message, t: Translator) -> None:
    await message.answer(t("promo-bad-code"), reply_markup=kb.promo_ask(t))


def router() -> Router:
    router = Router(name="promo")
    router.message.register(on_promo, Command("promo"))
    router.callback_query.register(on_promo_button, WalletCb.filter(F.act == "promo"))
    router.message.register(on_code, StateFilter(PromoFlow.code), Check(F.text))
    router.message.register(on_not_text, StateFilter(PromoFlow.code))
    return router
