"""/export catalogue and /import catalogue: the catalogue as a CSV an operator edits in a
spreadsheet (hundreds of names at once) and sends back.

Columns: the shop's number, the panel (number and name), the panel's id and name, the
category (read-only, for orientation), then a name and a description per language, the markup
and hidden: only these last columns are applied. An empty name or description means the shop
has none (the panel's text shows). A file is checked whole first: any problem, and nothing is
applied. Otherwise its changes are kept (table catalogue_imports) and shown as a preview; Apply
writes them in short transactions, once.
"""

from __future__ import annotations

import csv
import io
import json
import shutil
import tempfile
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path

from bot.db import Database
from bot.db.repositories import Repos
from bot.db.repositories.catalogue_texts import CatalogueLine
from bot.domain.clock import now
from bot.i18n import LANGUAGES
from bot.panel.registry import Panels
from bot.services.admin import parse_percent
from bot.services.catalogue_texts import TextField, TextProblem, clean_text, limit_of
from bot.services.export import spreadsheet_cell

PAGE = 1000  # services per read
APPLY_CHUNK = 200  # changes per write transaction
FILE_LIMIT = 10 * 1000 * 1000  # bytes of a file to import (a bot may download up to 20 MB)
PROBLEMS_SHOWN = 15
CHANGES_SHOWN = 10

READ_ONLY = ("panel", "panel_label", "panel_service_id", "panel_service_name", "category")
TEXT_COLUMNS = tuple(f"{kind}_{lang}" for lang in LANGUAGES for kind in ("name", "description"))
HEADER = ["id", *READ_ONLY, *TEXT_COLUMNS, "markup", "hidden"]
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


@dataclass(frozen=True, slots=True)
class Change:
    service_id: int
    column: str
    old: str | None
    new: str | None


@dataclass(frozen=True, slots=True)
class ImportProblem:
    key: str  # admin-import-problem-<key>
    row: int = 0
    value: str = ""
    limit: int = 0


@dataclass(slots=True)
class Checked:
    """A file read and checked: its problems (then nothing is kept), or its changes and the
    id under which they wait for Apply (0 when there is none)."""

    problems: list[ImportProblem] = field(default_factory=list)
    changes: list[Change] = field(default_factory=list)
    import_id: int = 0

    @property
    def services(self) -> int:
        return len({change.service_id for change in self.changes})


@dataclass(frozen=True, slots=True)
class Applied:
    changes: int
    services: int


def _percent(text: str | None) -> str:
    return "" if text is None else f"{Decimal(text).normalize():f}"


def _uncell(text: str) -> str:
    """What `spreadsheet_cell` made inert for spreadsheets, back as it was."""
    return text[1:] if text.startswith("'") and text[1:].startswith(_FORMULA_STARTS) else text


def _current(line: CatalogueLine, column: str) -> str | None:
    if column == "markup":
        return None if line.markup_percent is None else _percent(line.markup_percent)
    if column == "hidden":
        return "1" if line.hidden else "0"
    kind, lang = column.split("_")
    texts = line.texts.get(lang)
    return None if texts is None else getattr(texts, kind)


def _line_cells(line: CatalogueLine, panels: Panels) -> list[object]:
    texts = [spreadsheet_cell(_current(line, column)) for column in TEXT_COLUMNS]
    return [
        line.id,
        line.panel,
        spreadsheet_cell(panels.name(line.panel)),
        line.panel_service_id,
        spreadsheet_cell(line.panel_name),
        spreadsheet_cell(line.category),
        *texts,
        _percent(line.markup_percent),
        "1" if line.hidden else "0",
    ]


def _cell_change(
    line: CatalogueLine, column: str, raw: str, row: int
) -> Change | ImportProblem | None:
    """The change one cell asks for, what is wrong with it, or None (as it is)."""
    old = _current(line, column)
    value = _uncell(raw.strip())
    new: str | None
    if column == "markup":
        if not value:
            new = None
        else:
            percent = parse_percent(value)
            if percent is None:
                return ImportProblem("markup", row, value[:40])
            new = _percent(str(percent))
    elif column == "hidden":
        if value not in ("0", "1", ""):
            return ImportProblem("hidden", row, value[:40])
        if not value:
            return None  # an empty cell leaves it as it is (a hidden service stays hidden)
        new = value
    else:
        kind = TextField.NAME if column.startswith("name_") else TextField.DESCRIPTION
        cleaned = clean_text(kind, value) if value else None
        if cleaned is TextProblem.TOO_LONG:
            return ImportProblem("too-long", row, column, limit_of(kind))
        new = None if isinstance(cleaned, TextProblem) else cleaned
    return None if new == old else Change(line.id, column, old, new)


def _row_changes(
    record: dict[str, str], row: int, lines: dict[int, CatalogueLine], seen: set[int]
) -> list[Change | ImportProblem]:
    raw_id = (record.get("id") or "").strip()
    line = lines.get(int(raw_id)) if raw_id.isascii() and raw_id.isdigit() else None
    if line is None:
        return [ImportProblem("id", row, raw_id[:40])]
    if line.id in seen:
        return [ImportProblem("duplicate", row, str(line.id))]
    seen.add(line.id)
    found: list[Change | ImportProblem] = []
    for column in (*TEXT_COLUMNS, "markup", "hidden"):
        if column in record and record[column] is not None:
            result = _cell_change(line, column, record[column], row)
            if result is not None:
                found.append(result)
    return found


def _reader(text: str) -> csv.DictReader[str]:
    first = text.split("\n", 1)[0]
    delimiter = ";" if first.count(";") > first.count(",") else ","  # a spreadsheet's choice
    return csv.DictReader(io.StringIO(text, newline=""), delimiter=delimiter)


def check_rows(text: str, lines: dict[int, CatalogueLine]) -> Checked:
    """Every row of a file against the catalogue: its problems, else its changes."""
    checked = Checked()
    reader = _reader(text)
    columns = [name.strip() for name in reader.fieldnames or []]
    reader.fieldnames = columns
    unknown = [name for name in columns if name not in HEADER]
    checked.problems += [ImportProblem("column", 1, name[:40]) for name in unknown]
    if "id" not in columns:
        checked.problems.append(ImportProblem("no-id", 1))
    if checked.problems:
        return checked
    seen: set[int] = set()
    for row, record in enumerate(reader, start=2):  # the spreadsheet's row: the header is 1
        for found in _row_changes(record, row, lines, seen):
            if isinstance(found, ImportProblem):
                checked.problems.append(found)
            else:
                checked.changes.append(found)
    if checked.problems:
        checked.changes.clear()
    return checked


async def _write_change(repos: Repos, change: Change) -> None:
    texts, catalogue = repos.catalogue_texts, repos.catalogue
    if change.column == "markup":
        percent = None if change.new is None else Decimal(change.new)
        await catalogue.set_service_markup(change.service_id, percent)
    elif change.column == "hidden":
        await catalogue.set_service_hidden(change.service_id, change.new == "1")
    elif change.column.startswith("name_"):
        await texts.set_service_name(change.service_id, change.column[5:], change.new)
    else:
        await texts.set_service_description(change.service_id, change.column[12:], change.new)


class CatalogueCsv:
    def __init__(self, db: Database, panels: Panels) -> None:
        self._db = db
        self._panels = panels

    async def _lines(self) -> dict[int, CatalogueLine]:
        lines: dict[int, CatalogueLine] = {}
        after = 0
        while True:
            async with self._db.read() as repos:
                page = await repos.catalogue_texts.lines_page(after, PAGE)
            if not page:
                return lines
            lines.update((line.id, line) for line in page)
            after = page[-1].id

    @asynccontextmanager
    async def written(self) -> AsyncIterator[tuple[Path, int]]:
        """The catalogue's CSV (UTF-8 with a BOM, which spreadsheets read as UTF-8) and its
        row count; the file is deleted when the block ends."""
        stamp = datetime.fromtimestamp(now(), tz=UTC).strftime("%Y%m%d-%H%M")
        directory = Path(tempfile.mkdtemp(prefix="catalogue-"))
        path = directory / f"catalogue-{stamp}.csv"
        try:
            lines = await self._lines()
            with path.open("w", encoding="utf-8-sig", newline="") as out:
                writer = csv.writer(out)
                writer.writerow(HEADER)
                writer.writerows(_line_cells(line, self._panels) for line in lines.values())
            yield path, len(lines)
        finally:
            shutil.rmtree(directory, ignore_errors=True)

    async def check(self, admin_id: int, data: bytes) -> Checked | None:
        """A file read and checked; its changes kept for Apply. None: not a UTF-8 CSV."""
        try:
            text = data.decode("utf-8-sig")
            checked = check_rows(text, await self._lines())
        except (UnicodeDecodeError, csv.Error):
            return None
        if checked.changes:
            kept = json.dumps([[c.service_id, c.column, c.new] for c in checked.changes])
            async with self._db.transaction() as repos:
                checked.import_id = await repos.catalogue_texts.add_import(admin_id, kept, now())
        return checked

    async def claim(self, import_id: int) -> list[Change] | None:
        """Takes a kept import for writing; None if it is not waiting (applied, canceled or
        unknown): a second Apply finds nothing to write."""
        async with self._db.transaction() as repos:
            kept = await repos.catalogue_texts.claim_import(import_id, "applying")
        if kept is None:
            return None
        return [Change(int(i), str(column), None, new) for i, column, new in json.loads(kept)]

    async def write(self, import_id: int, changes: list[Change]) -> Applied:
        """Writes a claimed import's changes, APPLY_CHUNK to a transaction, so customers'
        writes go on between them."""
        for start in range(0, len(changes), APPLY_CHUNK):
            async with self._db.transaction() as repos:
                for change in changes[start : start + APPLY_CHUNK]:
                    await _write_change(repos, change)
        async with self._db.transaction() as repos:
            await repos.catalogue_texts.finish_import(import_id)
        return Applied(len(changes), len({c.service_id for c in changes}))

    async def cancel(self, import_id: int) -> bool:
        async with self._db.transaction() as repos:
            return await repos.catalogue_texts.claim_import(import_id, "canceled") is not None
