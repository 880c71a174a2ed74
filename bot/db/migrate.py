"""Numbered SQL migrations (`migrations/NNN_name.sql`), applied in order and recorded."""

from __future__ import annotations

import logging
import re
import sqlite3
import time
from pathlib import Path

import aiosqlite

from bot.db.database import Database

log = logging.getLogger(__name__)

MIGRATIONS_DIR = Path(__file__).resolve().parents[2] / "migrations"
_NAME = re.compile(r"^(\d+)_[\w-]+\.sql$")
# The first line of a migration that must run with foreign keys off (a table rebuild).
FOREIGN_KEYS_OFF = "-- foreign_keys: off"


def migration_files(folder: Path = MIGRATIONS_DIR) -> list[tuple[int, Path]]:
    found = []
    for path in folder.iterdir():
        match = _NAME.match(path.name)
        if match:
            found.append((int(match.group(1)), path))
    found.sort()
    versions = [version for version, _ in found]
    if len(set(versions)) != len(versions):
        raise RuntimeError(f"two migrations share a number in {folder}")
    return found


async def _applied_versions(conn: aiosqlite.Connection) -> set[int]:
    async with conn.execute("SELECT version FROM schema_migrations") as cursor:
        return {row[0] async for row in cursor}


async def _recorded(conn: aiosqlite.Connection, version: int) -> bool:
    async with conn.execute(
        "SELECT 1 FROM schema_migrations WHERE version = ?", (version,)
    ) as cursor:
        return await cursor.fetchone() is not None


async def _rebuilding(conn: aiosqlite.Connection, script: str, name: str) -> None:
    """Applies a migration that rebuilds a table others refer to, the way SQLite documents
    it: foreign keys off (the pragma is a no-op inside a transaction, so it is set before),
    then every reference checked before the commit; one broken reference undoes it all."""
    await conn.execute("PRAGMA foreign_keys = OFF")
    try:
        await conn.executescript(script)
        async with conn.execute("PRAGMA foreign_key_check") as cursor:
            broken = list(await cursor.fetchall())
        if broken:
            raise RuntimeError(f"{name}: {len(broken)} references broken, e.g. {tuple(broken[0])}")
        await conn.commit()
    finally:
        if conn.in_transaction:
            await conn.rollback()
        await conn.execute("PRAGMA foreign_keys = ON")


async def apply_migrations(db: Database, folder: Path = MIGRATIONS_DIR) -> list[int]:
    """Apply what is not applied yet; returns the versions applied now."""
    applied_now = []
    async with db.raw() as conn:
        await conn.execute(
            "CREATE TABLE IF NOT EXISTS schema_migrations ("
            " version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at INTEGER NOT NULL)"
        )
        done = await _applied_versions(conn)
        for version, path in migration_files(folder):
            if version in done:
                continue
            sql = path.read_text(encoding="utf-8")
            # executescript commits whatever is open first; the script carries its own
            # transaction so a failing migration leaves nothing behind. Its first statement
            # records the version: a second process starting at the same moment waits on
            # BEGIN IMMEDIATE, then fails on that row and leaves the migration to the first.
            script = (
                "BEGIN IMMEDIATE;\n"
                "INSERT INTO schema_migrations (version, name, applied_at) VALUES "
                f"({version}, '{path.name}', {int(time.time())});\n"
                f"{sql}\n;"
            )
            try:
                if sql.startswith(FOREIGN_KEYS_OFF):
                    await _rebuilding(conn, script, path.name)
                else:
                    await conn.executescript(script + "COMMIT;")
            except sqlite3.IntegrityError as exc:
                if conn.in_transaction:
                    await conn.rollback()
                if not await _recorded(conn, version):
                    raise
                log.info("migration %s was applied by another process (%s)", path.name, exc)
                continue
            except Exception:
                if conn.in_transaction:
                    await conn.rollback()
                raise
            log.info("applied migration %s", path.name)
            applied_now.append(version)
    return applied_now
