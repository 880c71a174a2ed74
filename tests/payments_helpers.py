"""Shared steps of the top-up tests: a shop with every payment method, updates for Stars."""

from __future__ import annotations

import dataclasses
import itertools
from datetime import UTC, datetime
from typing import Any

from aiogram.types import (
    Message,
    PhotoSize,
    PreCheckoutQuery,
    SuccessfulPayment,
    Update,
    User,
)

from bot.db.repositories.outbox import OutboxMessage
from bot.domain.clock import now
from bot.domain.notices import Notice
from bot.ui.keyboards.callbacks import TopupDecisionCb
from tests.conftest import Shop, assert_ledger_balances
from tests.fakes.telegram import Call, _chat

ADMIN_2 = 1001
ADMINS = "1000,1001"
CRYPTO_TOKEN = "12345:AAcryptoPaySecretTokenXYZ"
MANUAL_TEXT = "Card 4000 1234 <Test Bank> & Co"

_ids = itertools.count(5_000_000)


def _user(user_id: int) -> User:
    return User(id=user_id, is_bot=False, first_name="User", language_code="en")


def pre_checkout(user_id: int, payload: str, total: int, currency: str = "XTR") -> Update:
    query = PreCheckoutQuery(
        id=f"pcq{next(_ids)}",
        from_user=_user(user_id),
        currency=currency,
        total_amount=total,
        invoice_payload=payload,
    )
    return Update(update_id=next(_ids), pre_checkout_query=query)


def successful_payment(
    user_id: int, payload: str, total: int, charge: str, currency: str = "XTR"
) -> Update:
    user = _user(user_id)
    message = Message(
        message_id=next(_ids),
        date=datetime.now(tz=UTC),
        chat=_chat(user_id, "private", user),
        from_user=user,
        successful_payment=SuccessfulPayment(
            currency=currency,
            total_amount=total,
            invoice_payload=payload,
            telegram_payment_charge_id=charge,
            provider_payment_charge_id="",
        ),
    )
    return Update(update_id=next(_ids), message=message)


def photo_message(
    user_id: int, caption: str | None = None, file_unique_id: str = "ub", file_id: str = "BIG-PHOTO"
) -> Update:
    """A photo in two sizes; the larger one is `file_id` / `file_unique_id`."""
    user = _user(user_id)
    sizes = [
        PhotoSize(file_id=f"small{n}", file_unique_id=f"us{n}", width=90, height=90)
        for n in range(1)
    ] + [PhotoSize(file_id=file_id, file_unique_id=file_unique_id, width=1280, height=960)]
    message = Message(
        message_id=next(_ids),
        date=datetime.now(tz=UTC),
        chat=_chat(user_id, "private", user),
        from_user=user,
        photo=sizes,
        caption=caption,
    )
    return Update(update_id=next(_ids), message=message)


def rendered(shop: Shop, message: OutboxMessage) -> OutboxMessage:
    """A queued message as its recipient will read it: a notice rendered in their language
    (text and buttons), as the sender renders it at send time; other messages as stored."""
    if message.notice is None:
        return message
    text, markup = shop.services.notices.render(Notice.from_json(message.notice), message.language)
    return dataclasses.replace(
        message,
        text=text,
        reply_markup=None if markup is None else markup.model_dump_json(exclude_none=True),
    )


async def outbox(shop: Shop, chat_id: int) -> list[Any]:
    async with shop.db.read() as repos:
        due = await repos.outbox.due(now=2**40, limit=10_000)
    return [rendered(shop, m) for m in due if m.chat_id == chat_id]


async def topup_rows(shop: Shop) -> list[Any]:
    async with shop.db.read() as repos:
        rows = await repos.conn.execute_fetchall("SELECT id FROM topups ORDER BY id")
        return [await repos.topups.get(row[0]) for row in rows]


async def ledger(shop: Shop, user_id: int) -> list[Any]:
    async with shop.db.read() as repos:
        return await repos.ledger.page_for_user(user_id, 0, 1000)


async def balanced(shop: Shop) -> None:
    await assert_ledger_balances(shop.db)


def moment() -> int:
    return now()


async def approve(shop: Shop, admin: int, topup_id: int) -> list[Call]:
    """Approve on a receipt's copy, then Confirm on the question it asks: the calls of the
    confirmation."""
    await shop.harness.press(admin, TopupDecisionCb(act="ok", id=topup_id).pack())
    return await shop.harness.press(admin, TopupDecisionCb(act="sure", id=topup_id).pack())


async def copies_now(shop: Shop, topup_id: int) -> dict[int, Message]:
    """Each admin's copy of a receipt as it is now (after its edits), by admin."""
    async with shop.db.read() as repos:
        sent = await repos.topups.copies(topup_id)
    found = {}
    for chat_id, message_id in sent:
        message = shop.harness.session.message(chat_id, message_id)
        assert message is not None
        found[chat_id] = message
    return found


async def copy_texts(shop: Shop, topup_id: int) -> dict[int, str]:
    """Each admin's copy of a receipt as it reads now (its text or caption, as HTML)."""
    copies = await copies_now(shop, topup_id)
    return {chat: message.html_text for chat, message in copies.items()}
