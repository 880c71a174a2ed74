"""Add funds: method, amount, then the method's own step (a Stars invoice, a Crypto Bot Pay
button, or transfer instructions and the receipt). Also the Stars payment updates."""

from __future__ import annotations

import html
from decimal import Decimal

from aiogram import Bot, F, Router
from aiogram.filters import StateFilter
from aiogram.fsm.context import FSMContext
from aiogram.types import (
    CallbackQuery,
    InlineKeyboardMarkup,
    LabeledPrice,
    Message,
    PreCheckoutQuery,
)

from bot import texts
from bot.config import Settings
from bot.handlers.common import replace, show
from bot.handlers.order import show_summary
from bot.handlers.states import OrderFlow, TopupFlow
from bot.i18n import Translator
from bot.keyboards import wallet as kb
from bot.keyboards.callbacks import ResumeOrderCb, TopupAmountCb, TopupMethodCb, WalletCb
from bot.keyboards.common import main_menu
from bot.money import Shown, to_minor
from bot.payments import receipts, stars
from bot.payments.cryptopay import CryptoPayError
from bot.services.catalogue import CatalogueService
from bot.services.crypto_invoices import INVOICE_SECONDS, CryptoInvoices
from bot.services.ordering import OrderingService
from bot.services.topups import MAX_PENDING, AmountError, TooManyPending, TopupService
from bot.services.wallet import WalletService

Target = Message | CallbackQuery


def _user_id(target: Target) -> int:
    assert target.from_user is not None
    return target.from_user.id


# -- method -------------------------------------------------------------------------------------
async def on_add_funds(
    query: CallbackQuery,
    state: FSMContext,
    topups: TopupService,
    wallet: WalletService,
    settings: Settings,
) -> None:
    current = await state.get_state()
    data = await state.get_data()
    if current == OrderFlow.confirm.state:
        resume = "service_id" in data  # from a summary that lacked funds: keep the draft
    elif current in (TopupFlow.amount.state, TopupFlow.receipt.state):
        resume = bool(data.get("topup_resume"))
    else:
        resume = False
    await state.update_data(topup_resume=resume, topup_method=None, topup_amount=None)
    await state.set_state(None)
    available = topups.methods()
    if not available:
        text = texts.TOPUP_NO_METHODS if settings.support_url else texts.TOPUP_NO_METHODS_NO_SUPPORT
    else:
        balance = topups.money(await wallet.balance(query.from_user.id), Shown.DOWN)
        text = texts.TOPUP_METHODS.format(balance=balance)
    await show(query, text, kb.methods(available, settings.support_url, resume))


# -- amount -------------------------------------------------------------------------------------
async def on_method(
    query: CallbackQuery,
    callback_data: TopupMethodCb,
    state: FSMContext,
    topups: TopupService,
    settings: Settings,
) -> None:
    method = callback_data.m
    if method not in topups.methods():
        await query.answer(texts.BUTTON_EXPIRED, show_alert=True)
        return
    await state.update_data(topup_method=method)
    await state.set_state(TopupFlow.amount)
    text = texts.TOPUP_AMOUNT.format(
        method=texts.METHOD_NAMES[method],
        low=topups.money(to_minor(settings.topup_min)),
        high=topups.money(to_minor(settings.topup_max)),
        currency=settings.currency,
    )
    if method == "stars" and settings.stars_per_unit is not None:
        text += texts.TOPUP_AMOUNT_STARS.format(
            rate=f"{settings.stars_per_unit.normalize():f}", currency=settings.currency
        )
    labels = [topups.money(to_minor(a)) for a in settings.topup_amounts]
    await show(query, text, kb.amounts(method, settings.topup_amounts, labels))


async def on_preset(
    query: CallbackQuery,
    callback_data: TopupAmountCb,
    state: FSMContext,
    bot: Bot,
    topups: TopupService,
    crypto: CryptoInvoices,
    settings: Settings,
) -> None:
    amount = topups.preset(callback_data.i)
    if amount is None or callback_data.m not in topups.methods():
        await query.answer(texts.BUTTON_EXPIRED, show_alert=True)
        return
    await query.answer()
    await _proceed(query, state, bot, topups, crypto, settings, callback_data.m, amount)


async def on_typed_amount(
    message: Message,
    state: FSMContext,
    bot: Bot,
    topups: TopupService,
    crypto: CryptoInvoices,
    settings: Settings,
) -> None:
    method = (await state.get_data()).get("topup_method")
    if method not in topups.methods():
        await state.set_state(None)
        await message.answer(texts.TOPUP_EXPIRED, reply_markup=main_menu())
        return
    try:
        amount = topups.parse_amount(message.text)
    except AmountError as exc:
        await message.answer(str(exc), reply_markup=kb.back_to_methods())
        return
    await _proceed(message, state, bot, topups, crypto, settings, str(method), amount)


async def _proceed(
    target: Target,
    state: FSMContext,
    bot: Bot,
    topups: TopupService,
    crypto: CryptoInvoices,
    settings: Settings,
    method: str,
    amount: Decimal,
) -> None:
    """The amount is known: the method's own step. A button press is already answered."""
    user_id = _user_id(target)
    resume = bool((await state.get_data()).get("topup_resume"))
    shown = topups.money(to_minor(amount))

    async def say(text: str, markup: InlineKeyboardMarkup) -> None:
        if isinstance(target, CallbackQuery):
            await replace(target, text, markup)
        else:
            await target.answer(text, reply_markup=markup)

    if method == "stars":
        invoice = await topups.open_stars(user_id, amount, resume)
        await state.set_state(None)
        await say(
            texts.STARS_INVOICE_SENT.format(stars=invoice.stars, amount=shown),
            kb.back_to_methods(),
        )
        await bot.send_invoice(
            chat_id=user_id,
            title=texts.STARS_INVOICE_TITLE,
            description=texts.STARS_INVOICE_DESCRIPTION.format(amount=shown),
            payload=invoice.payload,
            currency=stars.CURRENCY,
            prices=[LabeledPrice(label=texts.STARS_INVOICE_TITLE, amount=invoice.stars)],
        )
        return
    if method == "cryptobot":
        try:
            topup = await crypto.create(user_id, amount, resume)
        except TooManyPending as exc:
            await say(texts.TOO_MANY_PENDING.format(count=exc.count), kb.back_to_methods())
            return
        except CryptoPayError:
            await say(texts.CRYPTO_UNAVAILABLE, kb.back_to_methods())
            return
        await state.set_state(None)
        text = texts.CRYPTO_INVOICE.format(
            amount=shown,
            assets=html.escape(", ".join(settings.crypto_pay_assets)),
            minutes=INVOICE_SECONDS // 60,
        )
        await say(text, kb.pay(topup.pay_url or "", texts.BTN_PAY.format(amount=shown)))
        return
    waiting = await topups.count_pending(user_id, "manual")
    if waiting >= MAX_PENDING:
        await say(texts.TOO_MANY_PENDING.format(count=waiting), kb.back_to_methods())
        return
    instructions = html.escape(settings.manual_payment_instructions or "", quote=False)
    await state.update_data(topup_amount=str(amount))
    await state.set_state(TopupFlow.receipt)
    await say(
        texts.TRANSFER_INSTRUCTIONS.format(amount=shown, instructions=instructions),
        kb.back_to_methods(),
    )


# -- transfer receipt ---------------------------------------------------------------------------
async def on_receipt(message: Message, state: FSMContext, bot: Bot, topups: TopupService) -> None:
    assert message.from_user is not None
    data = await state.get_data()
    receipt = receipts.receipt_of(message)
    if receipt is None:
        await message.answer(texts.RECEIPT_EXPECTED, reply_markup=kb.back_to_methods())
        return
    if receipt.kind == "text" and len(receipt.text or "") > receipts.TEXT_LIMIT:
        await message.answer(
            texts.RECEIPT_TOO_LONG.format(limit=receipts.TEXT_LIMIT),
            reply_markup=kb.back_to_methods(),
        )
        return
    if "manual" not in topups.methods() or not data.get("topup_amount"):
        await state.set_state(None)
        await message.answer(texts.TOPUP_EXPIRED, reply_markup=main_menu())
        return
    amount = Decimal(str(data["topup_amount"]))
    resume = bool(data.get("topup_resume"))
    try:
        topup = await topups.submit_receipt(bot, message.from_user.id, amount, receipt, resume)
    except TooManyPending as exc:
        await state.set_state(None)
        await message.answer(
            texts.TOO_MANY_PENDING.format(count=exc.count), reply_markup=kb.after_topup(resume)
        )
        return
    await state.set_state(None)
    await state.update_data(topup_amount=None)
    await message.answer(
        texts.RECEIPT_SENT.format(id=topup.id, amount=topups.money(topup.amount)),
        reply_markup=kb.after_topup(False),
    )


# -- Telegram Stars -----------------------------------------------------------------------------
async def on_pre_checkout(query: PreCheckoutQuery, topups: TopupService) -> None:
    """Answered at once from the database: Telegram gives us 10 seconds, no network here."""
    refusal = await topups.check_pre_checkout(
        query.from_user.id, query.invoice_payload, query.currency, query.total_amount
    )
    if refusal is None:
        await query.answer(ok=True)
    else:
        await query.answer(ok=False, error_message=refusal)


async def on_successful_payment(message: Message, topups: TopupService) -> None:
    payment = message.successful_payment
    assert payment is not None and message.from_user is not None
    result = await topups.stars_paid(
        message.from_user.id,
        payment.invoice_payload,
        payment.currency,
        payment.total_amount,
        payment.telegram_payment_charge_id,
    )
    if result.kind == "credited" and result.topup is not None:
        await message.answer(
            texts.STARS_RECEIPT.format(
                stars=payment.total_amount,
                amount=topups.money(result.topup.amount),
                balance=topups.money(result.balance, Shown.DOWN),
                charge=html.escape(payment.telegram_payment_charge_id),
            ),
            reply_markup=kb.after_topup(result.topup.resume),
        )
    elif result.kind == "refused":
        await message.answer(texts.STARS_NOT_CREDITED)
    # A duplicate update of a payment already credited: its receipt was sent the first time.


# -- back to the order that lacked funds --------------------------------------------------------
async def on_resume(
    query: CallbackQuery,
    t: Translator,
    state: FSMContext,
    catalogue: CatalogueService,
    ordering: OrderingService,
    settings: Settings,
) -> None:
    if not await show_summary(query, t, state, catalogue, ordering, settings):
        await query.answer(texts.RESUME_GONE, show_alert=True)


def router() -> Router:
    """Tried first of all routers: a payment update must reach its handler whatever step of
    any form its payer is in."""
    router = Router(name="topup")
    router.pre_checkout_query.register(on_pre_checkout)
    router.message.register(on_successful_payment, F.successful_payment)
    router.callback_query.register(on_add_funds, WalletCb.filter(F.act == "add"))
    router.callback_query.register(on_method, TopupMethodCb.filter())
    router.callback_query.register(on_preset, TopupAmountCb.filter())
    router.callback_query.register(on_resume, ResumeOrderCb.filter())
    router.message.register(
        on_typed_amount, StateFilter(TopupFlow.amount), F.text, ~F.text.startswith("/")
    )
    router.message.register(on_receipt, StateFilter(TopupFlow.receipt), ~F.text.startswith("/"))
    return router
