"""The bot's Star transactions (getStarTransactions) for the Stars reconciliation: Telegram's
own list of what was paid, read through the Bot."""

from __future__ import annotations

from aiogram import Bot
from aiogram.exceptions import TelegramAPIError
from aiogram.types import StarTransaction, TransactionPartnerUser

from bot.services.stars_reconcile import StarTransaction as ShopStarTransaction
from bot.services.stars_reconcile import StarTransactionKind, StarTransactionsUnavailable


class BotStarTransactions:
    """services.stars_reconcile.StarTransactions through the Bot."""

    def __init__(self, bot: Bot) -> None:
        self._bot = bot

    async def page(self, offset: int, limit: int) -> list[ShopStarTransaction]:
        try:
            answer = await self._bot.get_star_transactions(offset=offset, limit=limit)
        except TelegramAPIError as exc:  # network errors too: the next pass asks again
            raise StarTransactionsUnavailable(exc.message) from exc
        return [_transaction(t) for t in answer.transactions]


def _transaction(transaction: StarTransaction) -> ShopStarTransaction:
    """An invoice payment from a user, a refund to a user, or something else."""
    source, receiver = transaction.source, transaction.receiver
    if isinstance(source, TransactionPartnerUser) and source.transaction_type == "invoice_payment":
        return ShopStarTransaction(
            transaction.id,
            StarTransactionKind.PAYMENT,
            transaction.amount,
            source.user.id,
            source.invoice_payload,
        )
    if isinstance(receiver, TransactionPartnerUser):
        return ShopStarTransaction(
            transaction.id, StarTransactionKind.REFUND, transaction.amount, receiver.user.id
        )
    return ShopStarTransaction(transaction.id, StarTransactionKind.OTHER, transaction.amount)
