from __future__ import annotations

import asyncio
import contextlib
from pathlib import Path

import pytest

from bot.db import Database, apply_migrations, migrate
from bot.db.migrate import migration_files


async def test_migrations_apply_to_empty_and_to_migrated_file(tmp_path: Path) -> None:
    path = tmp_path / "nested" / "shop.sqlite3"
    db = await Database.open(path)
    applied = await apply_migrations(db)
    assert applied == [version for version, _ in migration_files()]
    assert applied[0] == 1
    await db.close()

    db = await Database.open(path)
    assert await apply_migrations(db) == []
    async with db.raw() as conn:
        async with conn.execute("SELECT version FROM schema_migrations ORDER BY version") as cur:
            recorded = [row[0] for row in await cur.fetchall()]
        async with conn.execute("PRAGMA journal_mode") as cur:
            journal = (await cur.fetchone())[0]  # type: ignore[index]
        async with conn.execute("PRAGMA foreign_keys") as cur:
            foreign_keys = (await cur.fetchone())[0]  # type: ignore[index]
    assert recorded == applied
    assert journal == "wal"
    assert foreign_keys == 1
    await db.close()


async def test_failing_migration_leaves_nothing(tmp_path: Path) -> None:
    folder = tmp_path / "migrations"
    folder.mkdir()
    (folder / "001_good.sql").write_text("CREATE TABLE a (x INTEGER);")
    (folder / "002_bad.sql").write_text(
        "CREATE TABLE b (x INTEGER); INSERT INTO nowhere VALUES (1);"
    )
    db = await Database.open(tmp_path / "db.sqlite3")
    with pytest.raises(Exception, match="nowhere"):
        await apply_migrations(db, folder)
    query = "SELECT name FROM sqlite_master WHERE type = 'table'"
    async with db.raw() as conn, conn.execute(query) as cur:
        tables = {row[0] for row in await cur.fetchall()}
    assert "a" in tables and "b" not in tables
    await db.close()


async def test_transaction_rolls_back_on_error(db: Database) -> None:
    with pytest.raises(RuntimeError):
        async with db.transaction() as repos:
            await repos.users.ensure(1, 100)
            raise RuntimeError("boom")
    async with db.read() as repos:
        assert await repos.users.get(1) is None


async def test_concurrent_transactions_never_interleave(db: Database) -> None:
    async with db.transaction() as repos:
        await repos.users.ensure(7, 1)

    async def bump() -> None:
        async with db.transaction() as repos:
            user = await repos.users.get(7)
            assert user is not None
            await asyncio.sleep(0)  # let others run while this transaction is open
            await repos.meta.set("counter", str(int(await repos.meta.get("counter") or 0) + 1))

    await asyncio.gather(*(bump() for _ in range(50)))
    async with db.read() as repos:
        assert await repos.meta.get("counter") == "50"


async def test_two_connections_to_one_file_serialise_writes(tmp_path: Path) -> None:
    path = tmp_path / "shared.sqlite3"
    first = await Database.open(path)
    await apply_migrations(first)
    second = await Database.open(path)

    async def bump(db: Database) -> None:
        for _ in range(20):
            async with db.transaction() as repos:
                value = int(await repos.meta.get("n") or 0)
                await asyncio.sleep(0.001)
                await repos.meta.set("n", str(value + 1))

    await asyncio.gather(bump(first), bump(second))
    async with first.read() as repos:
        assert await repos.meta.get("n") == "40"
    await first.close()
    await second.close()


async def test_lease_is_held_by_one_holder(db: Database) -> None:
    async with db.transaction() as repos:
        assert await repos.leases.acquire("sync", "a", now=100, ttl=30)
        assert not await repos.leases.acquire("sync", "b", now=110, ttl=30)
        assert await repos.leases.acquire("sync", "a", now=110, ttl=30)  # renewal
        assert await repos.leases.acquire("sync", "b", now=141, ttl=30)  # expired


async def test_a_cancelled_transaction_leaves_the_connection_usable(db: Database) -> None:
    for delay in (0, 0.0005, 0.001, 0.002, 0.005):
        started = asyncio.Event()

        async def write(flag: asyncio.Event = started) -> None:
            async with db.transaction() as repos:
                flag.set()
                await repos.meta.set("half", "written")
                await asyncio.sleep(10)

        task = asyncio.create_task(write())
        await asyncio.sleep(delay)
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task
        async with db.transaction() as repos:  # would fail "within a transaction" if broken
            await repos.meta.set("after", str(delay))
        async with db.read() as repos:
            assert await repos.meta.get("half") is None
            assert await repos.meta.get("after") == str(delay)


async def test_cancelling_right_at_begin_rolls_back(db: Database) -> None:
    # Cancel while BEGIN IMMEDIATE itself is awaited, many times over.
    for _ in range(30):
        task = asyncio.create_task(_begin_only(db))
        await asyncio.sleep(0)
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await task
    async with db.transaction() as repos:
        await repos.meta.set("ok", "1")
    async with db.raw() as conn:
        assert not conn.in_transaction


async def _begin_only(db: Database) -> None:
    async with db.transaction() as repos:
        await repos.meta.set("x", "y")


async def test_two_processes_migrating_one_new_file_at_once(tmp_path: Path) -> None:
    """Both end on the full schema, each migration recorded once. (The close race, both reading
    "not applied" before either commits, is rare here; the runner's first statement, inserting
    the version row, is what settles it when it happens.)"""
    path = tmp_path / "fresh.sqlite3"
    first, second = await Database.open(path), await Database.open(path)
    results = await asyncio.gather(apply_migrations(first), apply_migrations(second))
    everything = [version for version, _ in migration_files()]
    assert sorted(results[0] + results[1]) == everything  # each applied exactly once
    query = "SELECT count(*) FROM schema_migrations"
    async with first.raw() as conn, conn.execute(query) as cur:
        assert (await cur.fetchone())[0] == len(everything)  # type: ignore[index]
    await first.close()
    await second.close()


async def test_a_version_recorded_meanwhile_is_skipped_not_failed(tmp_path: Path) -> None:
    """The race itself, made certain: the version row appears after the runner's check."""
    folder = tmp_path / "migrations"
    folder.mkdir()
    (folder / "001_a.sql").write_text("CREATE TABLE a (x INTEGER);")
    db = await Database.open(tmp_path / "db.sqlite3")
    async with db.raw() as conn:
        await conn.executescript(
            "CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL,"
            " applied_at INTEGER NOT NULL);"
            "CREATE TABLE a (x INTEGER);"
            "INSERT INTO schema_migrations VALUES (1, '001_a.sql', 0);"
        )
    # Seen as not applied by the check (as if read before the other process committed):
    original = migrate._applied_versions
    migrate._applied_versions = _nothing_applied  # type: ignore[assignment]
    try:
        assert await apply_migrations(db, folder) == []
    finally:
        migrate._applied_versions = original
    await db.close()


async def _nothing_applied(conn: object) -> set[int]:
    return set()
