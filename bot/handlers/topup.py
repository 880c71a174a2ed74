"""Add funds: method, amount, then the method's own step (a Stars invoice, a Crypto Bot Pay
button, or transfer instructions and the receipt; another receipt in place of a rejected one).
Also the Stars payment updates."""

from __future__ import annotations

import html
import logging
from dataclasses import dataclass
from decimal import Decimal

from aiogram import Bot, F, Router
from aiogram.exceptions import TelegramAPIError
from aiogram.filters import StateFilter
from aiogram.fsm.context import FSMContext
from aiogram.types import (
    CallbackQuery,
    InlineKeyboardMarkup,
    LabeledPrice,
    Message,
    PreCheckoutQuery,
)

from bot.config import Settings
from bot.db.repositories.topups import Method
from bot.domain.money import Shown, decimal_text, digits, from_minor, to_minor
from bot.domain.notices import Money
from bot.handlers.common import replace, show
from bot.handlers.order_form import show_summary
from bot.handlers.states import OrderFlow, TopupFlow
from bot.i18n import I18n, Translator
from bot.payments.cryptopay import CryptoPayError
from bot.payments.receipts import TEXT_LIMIT as RECEIPT_TEXT_LIMIT
from bot.payments.stars import CURRENCY as STARS_CURRENCY
from bot.payments.stars import stars_for
from bot.services.catalogue import CatalogueService
from bot.services.crediting import MAX_PENDING, TooManyPending
from bot.services.crypto_invoices import INVOICE_SECONDS, CryptoInvoices
from bot.services.notify import Notifier
from bot.services.ordering import OrderingService
from bot.services.receipt_topups import Again, AgainKind, AgainRefused, ReceiptTopups
from bot.services.stars_topups import StarsPaidKind, StarsTopups
from bot.services.topups import AmountError, TopupService
from bot.services.wallet import WalletService
from bot.telegram.filters import Check
from bot.telegram.payments import ChatReceiptCopies, receipt_of
from bot.ui.keyboards import wallet as kb
from bot.ui.keyboards.callbacks import (
    ReceiptAgainCb,
    ResumeOrderCb,
    TopupAmountCb,
    TopupForCb,
    TopupMethodCb,
    TopupPayCb,
    WalletCb,
)
from bot.ui.keyboards.common import main_menu
from bot.ui.notices import NoticeRenderer

log = logging.getLogger(__name__)

Target = Message | CallbackQuery
# A forwarded copy of an invoice with a start parameter shows a link to the bot (`/start
# topup`) instead of a Pay button that someone else could use.
STARS_START_PARAMETER = "topup"


def _user_id(target: Target) -> int:
    assert target.from_user is not None
    return target.from_user.id


# -- method -------------------------------------------------------------------------------------
async def on_add_funds(
    query: CallbackQuery,
    t: Translator,
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
    await state.update_data(
        topup_resume=resume, topup_method=None, topup_amount=None, topup_again=None
    )
    await state.set_state(None)
    available = topups.methods()
    if not available:
        text = t("topup-no-methods" if settings.support_url else "topup-no-methods-no-support")
    else:
        balance = topups.money(await wallet.balance(query.from_user.id), Shown.DOWN, lang=t.lang)
        text = t("topup-methods", balance=balance)
    await show(query, text, kb.methods(t, available, settings.support_url, resume))


async def _from_order(state: FSMContext) -> bool:
    """At a summary that lacked funds: the draft is kept, and the credit leads back to it."""
    current = await state.get_state()
    return current == OrderFlow.confirm.state and "service_id" in await state.get_data()


# -- the amount an order lacks ------------------------------------------------------------------
async def on_top_up_for(
    query: CallbackQuery,
    callback_data: TopupForCb,
    t: Translator,
    state: FSMContext,
    topups: TopupService,
    settings: Settings,
) -> None:
    """ "Top up 1.76 USD" under a summary: the ways to pay for that amount, its amount step
    skipped. The order stays at its summary (Another amount still comes back to it)."""
    try:
        amount = topups.parse_amount(callback_data.a)  # as if typed: TOPUP_MIN..TOPUP_MAX
    except AmountError:
        await query.answer(t("button-expired"), show_alert=True)
        return
    resume = await _from_order(state)
    if not topups.methods():
        text = t("topup-no-methods" if settings.support_url else "topup-no-methods-no-support")
        await show(query, text, kb.methods(t, [], settings.support_url, resume))
        return
    able = topups.methods_for(amount)
    shown = topups.money(to_minor(amount), lang=t.lang)
    text = t("topup-for-methods" if able else "topup-for-none", amount=shown)
    await show(query, text, kb.methods_for(t, able, f"{amount:f}", resume, settings.support_url))


async def on_pay_for(
    query: CallbackQuery,
    callback_data: TopupPayCb,
    t: Translator,
    state: FSMContext,
    bot: Bot,
    topups: TopupService,
    stars_topups: StarsTopups,
    crypto: CryptoInvoices,
    settings: Settings,
) -> None:
    """A way to pay picked for an amount already chosen: straight to its own step."""
    method = callback_data.m
    try:
        amount = topups.parse_amount(callback_data.a, method)
    except AmountError:
        amount = None
    if amount is None or method not in topups.methods():
        await query.answer(t("button-expired"), show_alert=True)
        return
    await query.answer()
    await state.update_data(
        topup_resume=await _from_order(state),
        topup_method=method,
        topup_amount=None,
        topup_again=None,
    )
    step = await _AmountKnown.of(query, t, state, topups, amount)
    await _proceed(step, method, bot, topups, stars_topups, crypto, settings)


# -- amount -------------------------------------------------------------------------------------
async def on_method(
    query: CallbackQuery,
    callback_data: TopupMethodCb,
    t: Translator,
    state: FSMContext,
    topups: TopupService,
    settings: Settings,
) -> None:
    method = callback_data.m
    if method not in topups.methods():
        await query.answer(t("button-expired"), show_alert=True)
        return
    await state.update_data(topup_method=method)
    await state.set_state(TopupFlow.amount)
    text: str = t(
        "topup-amount",
        method=t(f"method-{method}"),
        low=digits(to_minor(settings.topup_min), settings.price_decimals, lang=t.lang),
        high=topups.money(to_minor(topups.highest(method)), lang=t.lang),
    )
    rate = settings.stars_per_unit if method == Method.STARS else None
    if rate is not None:
        stars_rate = decimal_text(rate.normalize(), t.lang)
        text += t(
            "topup-amount-stars",
            rate=stars_rate,
            stars=int(rate) if rate % 1 == 0 else rate,  # the word's plural form: "60 звёзд"
            currency=settings.currency,
        )
    presets = [(i, _preset_label(t, topups, a, rate)) for i, a in topups.presets(method)]
    await show(query, text, kb.amounts(t, method, presets))


def _preset_label(
    t: Translator, topups: TopupService, amount: Decimal, rate: Decimal | None
) -> str:
    """A preset amount's button; with Stars, also the Stars its invoice asks for."""
    shown = topups.money(to_minor(amount), lang=t.lang)
    if rate is None:
        return shown
    return str(t("topup-preset-stars", amount=shown, stars=stars_for(amount, rate)))


async def on_preset(
    query: CallbackQuery,
    callback_data: TopupAmountCb,
    t: Translator,
    state: FSMContext,
    bot: Bot,
    topups: TopupService,
    stars_topups: StarsTopups,
    crypto: CryptoInvoices,
    settings: Settings,
) -> None:
    amount = topups.preset(callback_data.i, callback_data.m)  # None: over the method's limit
    if amount is None or callback_data.m not in topups.methods():
        await query.answer(t("button-expired"), show_alert=True)
        return
    await query.answer()
    step = await _AmountKnown.of(query, t, state, topups, amount)
    await _proceed(step, callback_data.m, bot, topups, stars_topups, crypto, settings)


async def on_typed_amount(
    message: Message,
    t: Translator,
    state: FSMContext,
    bot: Bot,
    topups: TopupService,
    stars_topups: StarsTopups,
    crypto: CryptoInvoices,
    settings: Settings,
) -> None:
    method = (await state.get_data()).get("topup_method")
    if method not in topups.methods():
        await state.set_state(None)
        await message.answer(t("topup-expired"), reply_markup=main_menu(t))
        return
    try:
        amount = topups.parse_amount(message.text, str(method))  # digits of any script
    except AmountError as exc:
        params = {
            name: topups.money(v.units, v.shown, lang=t.lang) if isinstance(v, Money) else v
            for name, v in exc.params.items()
        }
        await message.answer(t(exc.key, **params), reply_markup=kb.back_to_methods(t))
        return
    step = await _AmountKnown.of(message, t, state, topups, amount)
    await _proceed(step, str(method), bot, topups, stars_topups, crypto, settings)


@dataclass(frozen=True, slots=True)
class _AmountKnown:
    """The amount is known: what the method's own step needs. A button press is answered."""

    target: Target
    t: Translator
    state: FSMContext
    amount: Decimal
    shown: str
    resume: bool

    @classmethod
    async def of(
        cls,
        target: Target,
        t: Translator,
        state: FSMContext,
        topups: TopupService,
        amount: Decimal,
    ) -> _AmountKnown:
        resume = bool((await state.get_data()).get("topup_resume"))
        return cls(target, t, state, amount, topups.money(to_minor(amount), lang=t.lang), resume)

    @property
    def user_id(self) -> int:
        return _user_id(self.target)

    async def say(self, text: str, markup: InlineKeyboardMarkup) -> None:
        if isinstance(self.target, CallbackQuery):
            await replace(self.target, text, markup)
        else:
            await self.target.answer(text, reply_markup=markup)


async def _proceed(
    step: _AmountKnown,
    method: str,
    bot: Bot,
    topups: TopupService,
    stars_topups: StarsTopups,
    crypto: CryptoInvoices,
    settings: Settings,
) -> None:
    """The method's own step."""
    if method == Method.STARS:
        await _stars_invoice(step, bot, stars_topups)
    elif method == Method.CRYPTOBOT:
        await _crypto_invoice(step, crypto, settings)
    else:
        await _transfer_instructions(step, topups, settings)


async def _stars_invoice(step: _AmountKnown, bot: Bot, stars_topups: StarsTopups) -> None:
    t = step.t
    try:
        invoice = await stars_topups.open_invoice(step.user_id, step.amount, step.resume)
    except TooManyPending as exc:
        await step.say(t("too-many-pending", count=exc.count), kb.back_to_methods(t))
        return
    # The invoice is plain text, in the payer's language like the rest.
    title = t("stars-invoice-title")
    try:
        await bot.send_invoice(
            chat_id=step.user_id,
            title=title,
            description=t("stars-invoice-description", amount=step.shown),
            payload=invoice.payload,
            currency=STARS_CURRENCY,
            prices=[LabeledPrice(label=title, amount=invoice.stars)],
            start_parameter=STARS_START_PARAMETER,  # a forwarded copy: a link, not a Pay button
        )
    except TelegramAPIError as exc:
        log.warning("Stars invoice %s not sent: %s", invoice.topup.id, exc.message)
        await stars_topups.invoice_not_sent(invoice.topup.id, exc.message)
        await step.say(t("stars-invoice-failed"), kb.back_to_methods(t))
        return
    await step.state.set_state(None)
    # A pressed amount's screen is edited (it stays above the invoice); a typed amount is
    # answered under the invoice.
    key = "stars-invoice-sent" if isinstance(step.target, CallbackQuery) else "stars-invoice-above"
    await step.say(t(key, stars=invoice.stars, amount=step.shown), kb.back_to_methods(t))


async def _crypto_invoice(step: _AmountKnown, crypto: CryptoInvoices, settings: Settings) -> None:
    t = step.t
    description = t("stars-invoice-description", amount=step.shown)  # shown by Crypto Bot
    try:
        topup = await crypto.create(step.user_id, step.amount, step.resume, description)
    except TooManyPending as exc:
        await step.say(t("too-many-pending", count=exc.count), kb.back_to_methods(t))
        return
    except CryptoPayError:
        await step.say(t("crypto-unavailable"), kb.back_to_methods(t))
        return
    await step.state.set_state(None)
    text = t(
        "crypto-invoice",
        amount=step.shown,
        assets=html.escape(", ".join(settings.crypto_pay_assets)),
        minutes=INVOICE_SECONDS // 60,
    )
    await step.say(text, kb.pay(t, topup.pay_url or "", t("btn-pay", amount=step.shown)))


async def _transfer_instructions(
    step: _AmountKnown, topups: TopupService, settings: Settings
) -> None:
    t = step.t
    waiting = await topups.count_pending(step.user_id, Method.MANUAL)
    if waiting >= MAX_PENDING:
        await step.say(t("too-many-pending", count=waiting), kb.back_to_methods(t))
        return
    instructions = html.escape(settings.manual_payment_instructions or "", quote=False)
    await step.state.update_data(topup_amount=str(step.amount), topup_again=None)
    await step.state.set_state(TopupFlow.receipt)
    await step.say(
        t("transfer-instructions", amount=step.shown, instructions=instructions),
        kb.back_to_methods(t),
    )


# -- transfer receipt ---------------------------------------------------------------------------
async def on_receipt(
    message: Message,
    t: Translator,
    state: FSMContext,
    bot: Bot,
    topups: TopupService,
    receipt_topups: ReceiptTopups,
    notices: NoticeRenderer,
) -> None:
    assert message.from_user is not None
    data = await state.get_data()
    receipt = receipt_of(message)
    if receipt is None:
        await message.answer(t("receipt-expected"), reply_markup=kb.back_to_methods(t))
        return
    if receipt.kind == "text" and len(receipt.text or "") > RECEIPT_TEXT_LIMIT:
        await message.answer(
            t("receipt-too-long", limit=RECEIPT_TEXT_LIMIT), reply_markup=kb.back_to_methods(t)
        )
        return
    if Method.MANUAL not in topups.methods() or not data.get("topup_amount"):
        await state.set_state(None)
        await message.answer(t("topup-expired"), reply_markup=main_menu(t))
        return
    amount = Decimal(str(data["topup_amount"]))
    resume = bool(data.get("topup_resume"))
    again_of = int(data["topup_again"]) if data.get("topup_again") else None
    try:
        copies = ChatReceiptCopies(bot, notices)
        topup = await receipt_topups.submit(
            copies, message.from_user.id, amount, receipt, resume, again_of
        )
    except TooManyPending as exc:
        await state.set_state(None)
        await message.answer(
            t("too-many-pending", count=exc.count), reply_markup=kb.after_topup(t, resume)
        )
        return
    except AgainRefused as exc:
        await state.set_state(None)
        await state.update_data(topup_amount=None, topup_again=None)
        await message.answer(_again_refused(t, exc.again), reply_markup=kb.after_topup(t, False))
        return
    await state.set_state(None)
    await state.update_data(topup_amount=None, topup_again=None)
    await message.answer(
        t("receipt-sent", id=topup.id, amount=topups.money(topup.amount, lang=t.lang)),
        reply_markup=kb.after_topup(t, False),
    )


def _again_refused(t: Translator, again: Again) -> str:
    """Why no other receipt can be sent in place of a rejected one."""
    if again.kind is AgainKind.ALREADY and again.topup is not None:
        return t("receipt-again-already", id=again.topup.id)
    if again.kind is AgainKind.TOO_MANY:
        return t("too-many-pending", count=again.count)
    return t("button-expired")


async def on_receipt_again(
    query: CallbackQuery,
    callback_data: ReceiptAgainCb,
    t: Translator,
    state: FSMContext,
    bot: Bot,
    topups: TopupService,
    receipt_topups: ReceiptTopups,
    settings: Settings,
) -> None:
    """ "Send another receipt" under a rejection: the receipt step again, for that top-up's
    amount. A forged or stale press is answered and changes nothing."""
    again = await receipt_topups.again(query.from_user.id, callback_data.id)
    if Method.MANUAL not in topups.methods():
        again = Again(AgainKind.UNKNOWN)
    if again.kind is not AgainKind.READY or again.topup is None:
        await query.answer(_again_refused(t, again), show_alert=True)
        return
    await query.answer()
    rejected = again.topup
    await state.update_data(
        topup_method=Method.MANUAL,
        topup_amount=str(from_minor(rejected.amount)),
        topup_resume=rejected.resume,
        topup_again=rejected.id,
    )
    await state.set_state(TopupFlow.receipt)
    instructions = html.escape(settings.manual_payment_instructions or "", quote=False)
    text = t(
        "receipt-again",
        id=rejected.id,
        amount=topups.money(rejected.amount, lang=t.lang),
        instructions=instructions,
    )
    await bot.send_message(query.from_user.id, text, reply_markup=kb.back_to_methods(t))


# -- Telegram Stars -----------------------------------------------------------------------------
async def on_pre_checkout(query: PreCheckoutQuery, stars_topups: StarsTopups, i18n: I18n) -> None:
    """Answered at once from the database: Telegram gives us 10 seconds, no network here.
    (No user middleware runs for these: a refusal is written in the payer's language, or for
    someone who never wrote to the bot, in the one their Telegram app suggests.)"""
    refusal = await stars_topups.check_pre_checkout(
        query.from_user.id, query.invoice_payload, query.currency, query.total_amount
    )
    if refusal is None:
        await query.answer(ok=True)
    else:
        language = refusal.language if refusal.known else i18n.pick(query.from_user.language_code)
        t = i18n.get(language)
        await query.answer(ok=False, error_message=t(f"stars-refused-{refusal.reason}"))


async def on_successful_payment(
    message: Message,
    t: Translator,
    topups: TopupService,
    stars_topups: StarsTopups,
    notifier: Notifier,
) -> None:
    payment = message.successful_payment
    assert payment is not None and message.from_user is not None
    result = await stars_topups.paid(
        message.from_user.id,
        payment.invoice_payload,
        payment.currency,
        payment.total_amount,
        payment.telegram_payment_charge_id,
    )
    if result.kind is StarsPaidKind.CREDITED and result.topup is not None:
        text = t(
            "stars-receipt",
            stars=payment.total_amount,
            amount=topups.money(result.topup.amount, lang=t.lang),
            balance=topups.money(result.balance, Shown.DOWN, lang=t.lang),
            charge=html.escape(payment.telegram_payment_charge_id),
        )
        await _to_payer(message, text, kb.after_topup(t, result.topup.resume), notifier)
    elif result.kind is StarsPaidKind.REFUSED:
        await _to_payer(message, t("stars-not-credited"), None, notifier)
    # A duplicate update of a payment already credited: its receipt was sent the first time.


async def _to_payer(
    message: Message, text: str, markup: InlineKeyboardMarkup | None, notifier: Notifier
) -> None:
    """In the payer's private chat, also for a payment made in a group (a receipt shows the
    balance: it is theirs alone); through the outbox when Telegram does not take it now."""
    assert message.from_user is not None and message.bot is not None
    payer = message.from_user.id
    try:
        await message.bot.send_message(payer, text, reply_markup=markup)
    except TelegramAPIError as exc:
        log.warning("payment receipt to %s goes through the outbox: %s", payer, exc.message)
        await notifier.tell_user(payer, text, markup)


async def on_refunded_payment(message: Message, stars_topups: StarsTopups) -> None:
    """A Stars payment refunded outside the bot: the customer and admins are told through the
    outbox, in the transaction that records it (a repeated message changes nothing)."""
    refund = message.refunded_payment
    assert refund is not None
    user_id = message.from_user.id if message.from_user is not None else message.chat.id
    await stars_topups.refunded_outside(
        user_id, refund.currency, refund.total_amount, refund.telegram_payment_charge_id
    )


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
        await query.answer(t("resume-gone"), show_alert=True)


def router() -> Router:
    """Tried first of all routers: a payment update must reach its handler whatever step of
    any form its payer is in."""
    router = Router(name="topup")
    router.pre_checkout_query.register(on_pre_checkout)
    router.message.register(on_successful_payment, Check(F.successful_payment))
    router.message.register(on_refunded_payment, Check(F.refunded_payment))
    router.callback_query.register(on_add_funds, WalletCb.filter(F.act == "add"))
    router.callback_query.register(on_method, TopupMethodCb.filter())
    router.callback_query.register(on_preset, TopupAmountCb.filter())
    router.callback_query.register(on_top_up_for, TopupForCb.filter())
    router.callback_query.register(on_pay_for, TopupPayCb.filter())
    router.callback_query.register(on_resume, ResumeOrderCb.filter())
    router.callback_query.register(on_receipt_again, ReceiptAgainCb.filter())
    router.message.register(
        on_typed_amount,
        StateFilter(TopupFlow.amount),
        Check(F.text),
        Check(~F.text.startswith("/")),
    )
    router.message.register(
        on_receipt, StateFilter(TopupFlow.receipt), Check(~F.text.startswith("/"))
    )
    return router
