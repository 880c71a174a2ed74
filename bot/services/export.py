"""CSV exports of the orders and of the ledger, streamed: rows are read a page at a time and
written to temporary files, never held together in memory, and the files are sent from disk.

A bot may send files of up to 50 MB. A file that passes the limit while it is written is given
up at once (nothing is sent) and the admin is told to export a period instead.

Pages are read in id order (a key, not an offset), each in a read of its own, so customers'
reads go on between them. Every row of a page that existed when it was read is in the file:
ledger rows are never changed, and orders show their state at the moment of the read.
"""

from __future__ import annotations

import csv
import shutil
import tempfile
import time
from collections.abc import AsyncIterator, Sequence
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Literal, TextIO

from bot.db import Database
from bot.domain.clock import now
from bot.domain.money import from_minor

DAY = 86_400
TELEGRAM_LIMIT = 50 * 1000 * 1000  # the largest file a bot may send (50 MB)
PAGE = 2000  # rows per read
PERIODS = (7, 30, 90)  # the periods offered when a file is too big, in days
MAX_DAYS = 36_500

Kind = Literal["orders", "ledger"]

ORDER_HEADER = [
    *("id", "created_at", "updated_at", "user_id", "service_id", "service_name", "service_type"),
    *("link", "quantity", "state", "status_raw", "price", "refunded", "panel_order_id"),
    *("panel_charge", "panel_currency", "start_count", "remains", "error"),
    # A panel order id is unique per panel only (issue 23): the panel's number beside it.
    *("panel", "panel_service_id"),
]
LEDGER_HEADER = [
    *("id", "created_at", "user_id", "kind", "amount", "order_id", "admin_id", "note"),
    *("method", "reference"),
]


@dataclass(frozen=True, slots=True)
class ExportFile:
    kind: Kind
    path: Path
    filename: str
    rows: int


@dataclass(slots=True)
class Exported:
    """The files written, or the first kind that passed the limit (then no file is kept)."""

    files: list[ExportFile] = field(default_factory=list)
    too_big: Kind | None = None
    days: int | None = None


def _amount(units: int | None) -> str:
    """Exact decimal text of minor units for a CSV (no rounding, no float)."""
    return "" if units is None else f"{from_minor(units):f}"


_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_cell(text: str | None) -> str:
    """Free text from customers or the panel, made inert for spreadsheets (CSV injection)."""
    if text is None:
        return ""
    return "'" + text if text.startswith(_FORMULA_STARTS) else text


def _iso(timestamp: int | None) -> str:
    if timestamp is None:
        return ""
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(timestamp))  # 3x datetime's


def _blank(value: int | None) -> int | str:
    return "" if value is None else value


def order_line(o: Sequence[Any]) -> list[object]:
    """A row of `OrderRepo.export_page` as CSV cells (the columns of ORDER_HEADER)."""
    return [
        o[0],
        _iso(o[1]),
        _iso(o[2]),
        o[3],
        o[4],
        spreadsheet_cell(o[5]),
        spreadsheet_cell(o[6]),
        spreadsheet_cell(o[7]),
        o[8],
        o[9],
        spreadsheet_cell(o[10]),
        _amount(o[11]),
        _amount(o[12]),
        _blank(o[13]),
        _amount(o[14]),
        spreadsheet_cell(o[15]),
        _blank(o[16]),
        _blank(o[17]),
        spreadsheet_cell(o[18]),
        o[19],
        _blank(o[20]),
    ]


def ledger_line(e: Sequence[Any]) -> list[object]:
    """A row of `LedgerRepo.export_page` as CSV cells (the columns of LEDGER_HEADER)."""
    return [
        e[0],
        _iso(e[1]),
        e[2],
        e[3],
        _amount(e[4]),
        _blank(e[5]),
        _blank(e[6]),
        spreadsheet_cell(e[7]),
        e[8] or "",
        spreadsheet_cell(e[9]),
    ]


def parse_days(text: str | None) -> int | None:
    """`/export 30`: the number of days (1..36500); None if it is not one."""
    body = (text or "").strip()
    if not (body.isascii() and body.isdigit()):
        return None
    days = int(body)
    return days if 1 <= days <= MAX_DAYS else None


class ExportService:
    def __init__(
        self,
        db: Database,
        *,
        limit: int = TELEGRAM_LIMIT,
        page: int = PAGE,
    ) -> None:
        self._db = db
        self.limit = limit
        self._page = page

    @asynccontextmanager
    async def written(self, days: int | None = None) -> AsyncIterator[Exported]:
        """The files of the whole history, or of the last `days` days; they are deleted when
        the block ends. A file passing the limit stops the export: `too_big` names it."""
        since = 0 if days is None else now() - days * DAY
        stamp = datetime.fromtimestamp(now(), tz=UTC).strftime("%Y%m%d-%H%M")
        suffix = "" if days is None else f"-{days}d"
        directory = Path(tempfile.mkdtemp(prefix="export-"))
        try:
            exported = Exported(days=days)
            for kind in ("orders", "ledger"):
                path = directory / f"{kind}-{stamp}{suffix}.csv"
                rows = await self._write(kind, path, since)
                if rows is None:
                    exported.files.clear()
                    exported.too_big = kind
                    break
                exported.files.append(ExportFile(kind, path, path.name, rows))
            yield exported
        finally:
            shutil.rmtree(directory, ignore_errors=True)

    async def _write(self, kind: Kind, path: Path, since: int) -> int | None:
        """Writes one file a page at a time; its row count, or None once it passes the limit."""
        header, line = (
            (ORDER_HEADER, order_line) if kind == "orders" else (LEDGER_HEADER, ledger_line)
        )
        count = 0
        with path.open("w", encoding="utf-8", newline="") as out:
            writer = csv.writer(out)
            writer.writerow(header)
            after = await self._first_id(kind, since) - 1
            while True:
                async with self._db.read() as repos:
                    repo = repos.orders if kind == "orders" else repos.ledger
                    rows = await repo.export_page(after, since, self._page)
                if not rows:
                    return count
                writer.writerows(line(row) for row in rows)
                count += len(rows)
                after = rows[-1][0]
                if _size(out) > self.limit:
                    return None
                if count == len(rows) == self._page and await self._hopeless(kind, since, out):
                    return None

    async def _hopeless(self, kind: Kind, since: int, out: TextIO) -> bool:
        """After the first page: whether the file, at that page's bytes per row, would be over
        twice the limit. Then the admin hears at once (a file of a million orders would take
        half a minute to pass the limit); a closer call is written out and measured."""
        async with self._db.read() as repos:
            repo = repos.orders if kind == "orders" else repos.ledger
            total = await repo.count_since(since)
        return _size(out) / self._page * total > 2 * self.limit

    async def _first_id(self, kind: Kind, since: int) -> int:
        async with self._db.read() as repos:
            repo = repos.orders if kind == "orders" else repos.ledger
            return await repo.first_id_since(since)


def _size(out: TextIO) -> int:
    """Bytes in the file so far (what is still buffered included)."""
    out.flush()
    return out.tell()
