"""/backup and BACKUP_EVERY_HOURS: a consistent SQLite snapshot sent to admins as a document."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

from aiogram.methods import SendDocument
from aiogram.types import BufferedInputFile

from bot.db import Database
from bot.domain.order_draft import OrderDraft
from bot.services.backup import BackupService
from bot.telegram.senders import BotBackupChats
from tests.conftest import ADMIN_ID, CUSTOMER, Shop, assert_ledger_balances
from tests.fakes.telegram import forbidden


def ledger_rows(path: Path) -> list[tuple[Any, ...]]:
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        return conn.execute("SELECT * FROM ledger ORDER BY id").fetchall()
    finally:
        conn.close()


async def some_business(shop: Shop) -> None:
    await shop.credit(CUSTOMER, "10")
    await shop.credit(CUSTOMER + 1, "3.5")
    draft = OrderDraft(service_id=1, link="https://instagram.com/x", quantity=1000)
    await shop.place(draft, "tok-1")
    await shop.place(draft, "tok-2", fault="error:Not enough funds")  # refunded at once


async def test_backup_is_a_sqlite_file_whose_ledger_matches_the_live_one(
    shop: Shop, tmp_path: Path
) -> None:
    await some_business(shop)
    calls = await shop.harness.send(ADMIN_ID, "/backup")
    (sent,) = [c.method for c in calls if isinstance(c.method, SendDocument)]
    assert sent.chat_id == ADMIN_ID
    assert isinstance(sent.document, BufferedInputFile)
    assert sent.document.filename.startswith("shop-") and sent.caption
    copy = tmp_path / "restored.sqlite3"
    copy.write_bytes(sent.document.data)

    async with shop.db.read() as repos:
        live = ledger_rows(await repos.info.main_file())
    assert len(live) >= 4 and ledger_rows(copy) == live
    restored = await Database.open(copy)  # the restore path of the README: it just opens
    try:
        await assert_ledger_balances(restored)
    finally:
        await restored.close()


async def test_backup_does_not_exist_for_customers(shop: Shop) -> None:
    await shop.harness.send(CUSTOMER, "/start")
    calls = await shop.harness.send(CUSTOMER, "/backup")
    assert not any(isinstance(c.method, SendDocument) for c in calls)
    calls = await shop.harness.send(ADMIN_ID, "/backup", chat_id=-100, chat_type="supergroup")
    assert not any(isinstance(c.method, SendDocument) for c in calls)


async def test_scheduled_backups_go_to_every_admin_once_per_period(
    make_shop: Callable[..., Any], db: Database
) -> None:
    shop: Shop = await make_shop(admin_ids=f"{ADMIN_ID},{ADMIN_ID + 1}")
    moment = [1_000_000]
    backups = BackupService(
        db,
        shop.services.i18n,
        frozenset({ADMIN_ID, ADMIN_ID + 1}),
        every_hours=6,
        clock=lambda: moment[0],
    )
    chats = BotBackupChats(shop.harness.bot)

    def documents() -> list[SendDocument]:
        return shop.harness.session.calls_of(SendDocument)

    assert await backups.scheduled(chats) is True
    first, second = documents()
    assert {first.chat_id, second.chat_id} == {ADMIN_ID, ADMIN_ID + 1}
    assert isinstance(first.document, BufferedInputFile)
    assert isinstance(second.document, str)  # the uploaded file again, not a second upload
    moment[0] += 6 * 3600 - 1
    assert await backups.scheduled(chats) is False
    moment[0] += 1
    assert await backups.scheduled(chats) is True
    assert len(documents()) == 4


async def test_no_schedule_without_the_setting(shop: Shop) -> None:
    assert await shop.services.backups.scheduled(BotBackupChats(shop.harness.bot)) is False
    assert shop.harness.session.calls_of(SendDocument) == []


async def test_an_admin_telegram_refuses_does_not_keep_the_file_from_the_others(
    make_shop: Callable[..., Any],
) -> None:
    """The first upload fails: the next admin gets the upload itself, and is counted."""
    shop: Shop = await make_shop(admin_ids=f"{ADMIN_ID},{ADMIN_ID + 1}")
    shop.harness.session.fail_next(SendDocument, forbidden(), chat_id=ADMIN_ID)
    chats = BotBackupChats(shop.harness.bot)
    assert await shop.services.backups.send(chats, [ADMIN_ID, ADMIN_ID + 1]) == 1
    refused, delivered = shop.harness.session.calls_of(SendDocument)
    assert refused.chat_id == ADMIN_ID and delivered.chat_id == ADMIN_ID + 1
    assert isinstance(delivered.document, BufferedInputFile)
