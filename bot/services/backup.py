"""Database backups sent to admins: SQLite's online backup API, never a copy of the live file.

The snapshot is taken through a connection of its own in a worker thread (sqlite3's
`Connection.backup` copies every page in one step, under one read transaction, so it is
consistent while the shop keeps writing in WAL mode), into a temporary file that is read, sent
as a document and deleted. Each admin reads the caption in their own language.

The file goes to the admins' chats through `BackupChats`, implemented in bot/telegram/: services
never call the Bot.
"""

from __future__ import annotations

import asyncio
import logging
import sqlite3
import tempfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Protocol

from bot.db import Database
from bot.db.database import BUSY_TIMEOUT_MS
from bot.domain.clock import now
from bot.i18n import I18n, Translator

log = logging.getLogger(__name__)

META_LAST_BACKUP_AT = "last_backup_at"
BACKUP_CHECK_SECONDS = 300.0  # how often the schedule looks whether a backup is due
MAX_DOCUMENT_BYTES = 50 * 1024 * 1024  # the Bot API's upload limit


@dataclass(frozen=True, slots=True)
class Upload:
    """A file to upload, under its name."""

    filename: str
    data: bytes


@dataclass(frozen=True, slots=True)
class Delivery:
    delivered: bool
    file_id: str | None = None  # a sent document's id at Telegram: sent again without an upload
    problem: str = ""  # why it was not delivered


class BackupChats(Protocol):
    """The admins' chats a backup goes to."""

    async def send_document(self, chat_id: int, document: Upload | str, caption: str) -> Delivery:
        """Sends a document: an upload, or a file Telegram already has (its file id)."""
        ...

    async def send_text(self, chat_id: int, text: str) -> Delivery: ...


def snapshot(source: Path, target: Path) -> None:
    """Blocking: a consistent copy of `source` into a new database file `target`."""
    src = sqlite3.connect(source, timeout=BUSY_TIMEOUT_MS / 1000)
    try:
        dst = sqlite3.connect(target)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()


class BackupService:
    def __init__(
        self,
        db: Database,
        i18n: I18n,
        admin_ids: frozenset[int],
        every_hours: float | None,
        clock: Callable[[], int] = now,
    ) -> None:
        self._db = db
        self._i18n = i18n
        self._admin_ids = admin_ids
        self._period = None if every_hours is None else int(every_hours * 3600)
        self._clock = clock

    async def take(self) -> bytes:
        """The bytes of a fresh consistent snapshot."""
        async with self._db.read() as repos:
            source = await repos.info.main_file()
        with tempfile.TemporaryDirectory(prefix="shop-backup-") as folder:
            target = Path(folder) / "backup.sqlite3"
            await asyncio.to_thread(snapshot, source, target)
            return await asyncio.to_thread(target.read_bytes)

    async def send(self, chats: BackupChats, chat_ids: Iterable[int]) -> int:
        """Sends one snapshot to each chat (uploaded once); returns how many got it."""
        timestamp = self._clock()
        moment = datetime.fromtimestamp(timestamp, UTC)
        data = await self.take()
        readers = await self._readers(chat_ids)
        if len(data) > MAX_DOCUMENT_BYTES:
            for chat_id, t in readers.items():
                told = await chats.send_text(
                    chat_id, t("admin-backup-too-large", size=len(data) >> 20)
                )
                if not told.delivered:
                    log.warning("backup size not told to admin %s: %s", chat_id, told.problem)
            return 0
        document: Upload | str = Upload(f"shop-{moment:%Y%m%d-%H%M%S}.sqlite3", data)
        sent = 0
        for chat_id, t in readers.items():
            caption = t("admin-backup-caption", when=t.datetime(timestamp))
            delivery = await chats.send_document(chat_id, document, caption)
            if not delivery.delivered:
                log.warning("backup not delivered to admin %s: %s", chat_id, delivery.problem)
                continue
            sent += 1
            if delivery.file_id is not None:
                document = delivery.file_id  # the others get the uploaded file
        log.info("backup of %d bytes sent to %d admin(s)", len(data), sent)
        return sent

    async def _readers(self, chat_ids: Iterable[int]) -> dict[int, Translator]:
        """Each chat's language (an admin's users.language; the default without a row)."""
        readers: dict[int, Translator] = {}
        async with self._db.read() as repos:
            for chat_id in chat_ids:
                user = await repos.users.get(chat_id)
                readers[chat_id] = self._i18n.get(None if user is None else user.language)
        return readers

    async def scheduled(self, chats: BackupChats) -> bool:
        """BACKUP_EVERY_HOURS: sends every admin a backup when one is due. The time of the last
        one is kept in the database, so a restart does not resend and, with several processes
        sharing the file, only the one that claims it sends."""
        if self._period is None or not self._admin_ids:
            return False
        moment = self._clock()
        async with self._db.transaction() as repos:
            last = await repos.meta.get(META_LAST_BACKUP_AT)
            if last is not None and moment - int(last) < self._period:
                return False
            await repos.meta.set(META_LAST_BACKUP_AT, str(moment))
        await self.send(chats, sorted(self._admin_ids))
        return True
