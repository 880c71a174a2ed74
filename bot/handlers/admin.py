"""Admin commands: one router, guarded so that for anyone else they do not exist."""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from aiogram import F, Router
from aiogram.filters import Command, CommandObject
from aiogram.types import Message

from bot import texts
from bot.config import Settings
from bot.money import format_money
from bot.services.notify import Notifier
from bot.services.wallet import InsufficientFunds, WalletService

_AMOUNT = re.compile(r"^\d{1,9}(?:[.,]\d{1,5})?$")


def parse_money_args(args: str | None) -> tuple[int, Decimal, str | None] | None:
    """`<user_id> <amount> [note]` -> (user_id, amount, note), or None if malformed."""
    parts = (args or "").split(maxsplit=2)
    if len(parts) < 2 or not parts[0].isdigit() or not _AMOUNT.match(parts[1]):
        return None
    try:
        amount = Decimal(parts[1].replace(",", "."))
    except InvalidOperation:
        return None
    if amount <= 0:
        return None
    note = parts[2].strip() if len(parts) == 3 else None
    return int(parts[0]), amount, note or None


def router(admin_ids: frozenset[int]) -> Router:
    r = Router(name="admin")
    r.message.filter(F.chat.type == "private", F.from_user.id.in_(admin_ids))

    @r.message(Command("credit"))
    async def on_credit(
        message: Message,
        command: CommandObject,
        wallet: WalletService,
        notifier: Notifier,
        settings: Settings,
    ) -> None:
        assert message.from_user is not None
        parsed = parse_money_args(command.args)
        if parsed is None:
            await message.answer(texts.CREDIT_USAGE)
            return
        user_id, amount, note = parsed
        done = await wallet.admin_credit(message.from_user.id, user_id, amount, note)
        money = settings.price_decimals
        await message.answer(
            texts.CREDITED.format(
                amount=format_money(done.amount, money),
                user_id=user_id,
                balance=format_money(done.balance, money),
            )
        )
        await notifier.tell_user(
            user_id,
            texts.WALLET_CREDITED_NOTICE.format(
                amount=format_money(done.amount, money), balance=format_money(done.balance, money)
            ),
        )

    @r.message(Command("debit"))
    async def on_debit(
        message: Message, command: CommandObject, wallet: WalletService, settings: Settings
    ) -> None:
        assert message.from_user is not None
        parsed = parse_money_args(command.args)
        if parsed is None:
            await message.answer(texts.DEBIT_USAGE)
            return
        user_id, amount, note = parsed
        try:
            done = await wallet.admin_debit(message.from_user.id, user_id, amount, note)
        except InsufficientFunds:
            await message.answer(texts.DEBIT_REFUSED.format(user_id=user_id))
            return
        money = settings.price_decimals
        await message.answer(
            texts.DEBITED.format(
                amount=format_money(done.amount, money),
                user_id=user_id,
                balance=format_money(done.balance, money),
            )
        )

    return r
