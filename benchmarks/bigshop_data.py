"""The databases of `benchmarks.bigshop`: a shop open for years and an empty one, same schema.

Both are made by the program's own migrations, then filled inside SQLite (recursive CTEs, one
INSERT ... SELECT per table): 100,000 customers, 1,000,000 orders and 2,000,000 ledger rows take
well under a minute. Every value is a function of the row's number (no random()), so a build is
the same every time; the file is kept in a cache directory under a key made of the migrations,
this file and the sizes, and copied for each run (the benchmark writes to it).

What is in them:
- customers `PROBE_FIRST ..`, `PROBES` of them, each with `PROBE_ORDERS` orders: the customers whose
  screens are measured, with the same history in both shops;
- `OPEN` open orders (the newest), with panel ids `OPEN_PANEL_FIRST ..` in both shops, for the
  status sync; the other orders are completed, partial, canceled, failed or under review;
- per order a debit, per refunded order a refund, and top-ups for the rest of the ledger, each
  customer's top-ups covering what they spent: balances equal the sum of their ledger rows.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
import time
from dataclasses import dataclass
from pathlib import Path

from benchmarks.harness import ADMIN_ID, ROOT, migrated

DAY = 86_400
SPAN = 3 * 365 * DAY  # the shop's age
USER_FIRST = 200_000_000  # customers' Telegram ids: USER_FIRST + 1 ..
PROBES = 50
PROBE_ORDERS = 20
OPEN_PANEL_FIRST = 90_000_000  # the open orders' panel ids: OPEN_PANEL_FIRST + 0 .. OPEN - 1
PANEL_FIRST = 10_000_000  # the other placed orders': PANEL_FIRST + order id
SERVICES = 12  # benchmarks.harness.SMALL_CATALOGUE
UNIT = 100_000  # minor units in one unit of money
STATES = ("pending", "in_progress", "processing")
RAW = {
    "pending": "Pending",
    "in_progress": "In progress",
    "processing": "Processing",
    "completed": "Completed",
    "partial": "Partial",
    "canceled": "Canceled",
    "failed": "",
    "unknown": "",
}


@dataclass(frozen=True)
class Size:
    customers: int
    orders: int
    ledger: int
    open: int
    refills: int

    @property
    def key(self) -> str:
        return f"{self.customers}-{self.orders}-{self.ledger}-{self.open}-{self.refills}"


def probe(k: int) -> int:
    """The Telegram id of the k-th measured customer (0-based)."""
    return USER_FIRST + 1 + k


def fill(conn: sqlite3.Connection, size: Size, moment: int) -> None:
    """Fills a migrated, empty database (see the module's docstring)."""
    start = moment - SPAN
    others = max(1, size.customers - PROBES)
    probe_orders = PROBES * PROBE_ORDERS
    conn.execute("PRAGMA journal_mode = OFF")
    conn.execute("PRAGMA synchronous = OFF")
    conn.execute("PRAGMA cache_size = -262144")  # 256 MiB while building
    conn.execute("BEGIN")
    conn.execute(
        "INSERT INTO users (id, username, full_name, language, created_at, last_seen_at)"
        " VALUES (?, 'boss', 'Admin', 'en', ?, ?)",
        (ADMIN_ID, start, moment),
    )
    conn.execute(
        "WITH RECURSIVE k(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM k WHERE n < :count)"
        " INSERT INTO users (id, username, full_name, language, blocked_bot, created_at,"
        " last_seen_at)"
        " SELECT :first + n, 'shopper' || n, 'Customer ' || n,"
        " CASE n % 6 WHEN 0 THEN 'en' WHEN 1 THEN 'ar' WHEN 2 THEN 'fa' WHEN 3 THEN 'ru'"
        " WHEN 4 THEN 'tr' ELSE 'uz' END, n % 50 = 0,"
        " :start + n * (:span / :count), :moment - (n * 7919) % :span FROM k",
        {"count": size.customers, "first": USER_FIRST, "start": start, "span": SPAN,
         "moment": moment},
    )  # fmt: skip
    _orders(conn, size, start, others, probe_orders)
    _ledger(conn, size, start)
    conn.execute(
        "UPDATE users SET balance = t.total FROM"
        " (SELECT user_id, sum(amount) AS total FROM ledger GROUP BY user_id) AS t"
        " WHERE users.id = t.user_id"
    )
    conn.execute(
        "WITH RECURSIVE k(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM k WHERE n < :count)"
        " INSERT INTO refills (order_id, panel_refill_id, state, status_raw, created_at,"
        " updated_at)"
        " SELECT o.id, 'r' || o.id, 'completed', 'Completed', o.created_at + 3600,"
        " o.created_at + 7200 FROM k JOIN orders o ON o.id = n * 37 % :orders + 1"
        " WHERE o.state = 'completed'",
        {"count": size.refills, "orders": size.orders},
    )
    conn.execute("COMMIT")


def _orders(
    conn: sqlite3.Connection, size: Size, start: int, others: int, probe_orders: int
) -> None:
    first_open = size.orders - size.open + 1
    conn.execute(
        "CREATE TEMP TABLE plan AS"
        " WITH RECURSIVE k(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM k WHERE n < :orders),"
        " keyed(n, key) AS"
        "  (SELECT n, CASE WHEN n >= :first_open THEN :orders - n ELSE n END FROM k)"
        " SELECT n AS id,"
        " CASE WHEN n <= :probe_orders THEN :first + 1 + (n - 1) % :probes"
        "  ELSE :first + :probes + 1 + (n * 7919) % :others END AS user_id,"
        " CASE WHEN n >= :first_open THEN"
        "   CASE (:orders - n) % 3 WHEN 0 THEN 'pending' WHEN 1 THEN 'in_progress'"
        "   ELSE 'processing' END"
        "  ELSE CASE WHEN (n * 2654435761) % 100 < 80 THEN 'completed'"
        "   WHEN (n * 2654435761) % 100 < 87 THEN 'partial'"
        "   WHEN (n * 2654435761) % 100 < 93 THEN 'canceled'"
        "   WHEN (n * 2654435761) % 100 < 99 THEN 'failed' ELSE 'unknown' END END AS state,"
        " (1 + key * 37 % 5000) * 100 AS price,"
        " 100 * (1 + key % 100) AS quantity,"
        " :start + n * (:span / :orders) AS created_at FROM keyed",
        {"orders": size.orders, "probe_orders": probe_orders, "first": USER_FIRST,
         "probes": PROBES, "others": others, "first_open": first_open, "start": start,
         "span": SPAN},
    )  # fmt: skip
    raw = " ".join(f"WHEN '{state}' THEN '{text}'" for state, text in RAW.items())
    conn.execute(
        "INSERT INTO orders (id, user_id, service_id, service_name, service_type, link, quantity,"
        " price, state, status_raw, panel_order_id, panel_charge, panel_currency, start_count,"
        " remains, refunded, confirm_token, created_at, updated_at)"
        " SELECT id, user_id, 1 + id % :services, 'Service ' || (1 + id % :services)"
        " || ' followers', 'Default', 'https://instagram.com/p' || id, quantity, price, state,"
        f" nullif(CASE state {raw} END, ''),"
        " CASE WHEN state IN ('failed', 'unknown') THEN NULL"
        "  WHEN id >= :first_open THEN :open_first + :orders - id ELSE :panel_first + id END,"
        " CASE WHEN state IN ('failed', 'unknown') THEN NULL ELSE price * 7 / 10 END,"
        " CASE WHEN state IN ('failed', 'unknown') THEN NULL ELSE 'USD' END,"
        " CASE WHEN state IN ('failed', 'unknown') THEN NULL ELSE 100 END,"
        " CASE state WHEN 'partial' THEN quantity / 2 WHEN 'completed' THEN 0"
        "  WHEN 'canceled' THEN quantity WHEN 'failed' THEN NULL WHEN 'unknown' THEN NULL"
        "  ELSE quantity / 2 END,"
        " CASE state WHEN 'partial' THEN price / 2 WHEN 'canceled' THEN price"
        "  WHEN 'failed' THEN price ELSE 0 END,"
        " 'bench-' || id, created_at, created_at + 600 FROM plan ORDER BY id",
        {"services": SERVICES, "first_open": first_open, "open_first": OPEN_PANEL_FIRST,
         "orders": size.orders, "panel_first": PANEL_FIRST},
    )  # fmt: skip
    conn.execute("DROP TABLE plan")


def _ledger(conn: sqlite3.Connection, size: Size, start: int) -> None:
    """A debit per order, a refund per refunded order, then top-ups up to the ledger's size:
    each customer's top-ups are equal parts of what they spent plus one unit each."""
    conn.execute(
        "CREATE TEMP TABLE moves AS"
        " SELECT user_id, -price AS amount, 'order' AS kind, id AS order_id, created_at,"
        " NULL AS method, NULL AS reference FROM orders"
        " UNION ALL SELECT user_id, refunded, 'refund', id, created_at + 900, NULL, NULL"
        " FROM orders WHERE refunded > 0"
    )
    (spent,) = conn.execute("SELECT count(*) FROM moves").fetchone()
    topups = max(size.customers, size.ledger - spent)
    conn.execute(
        "CREATE TEMP TABLE topup_plan AS"
        " WITH RECURSIVE k(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM k WHERE n < :topups)"
        " SELECT n, :first + 1 + (n - 1) % :customers AS user_id,"
        " :start + n * (:span / :topups) AS created_at FROM k",
        {"topups": topups, "first": USER_FIRST, "customers": size.customers, "start": start,
         "span": SPAN},
    )  # fmt: skip
    conn.execute("CREATE TEMP TABLE need (user_id INTEGER PRIMARY KEY, parts, spent)")
    conn.execute(
        "INSERT INTO need SELECT p.user_id, p.parts, coalesce(s.spent, 0) FROM"
        " (SELECT user_id, count(*) AS parts FROM topup_plan GROUP BY user_id) AS p"
        " LEFT JOIN (SELECT user_id, -sum(amount) AS spent FROM moves GROUP BY user_id) AS s"
        " ON s.user_id = p.user_id"
    )
    conn.execute(
        "INSERT INTO moves SELECT p.user_id,"
        " (n.spent + n.parts - 1) / n.parts + :unit,"
        " 'topup', NULL, p.created_at,"
        " CASE p.n % 3 WHEN 0 THEN 'stars' WHEN 1 THEN 'cryptobot' ELSE 'manual' END,"
        " 'ref-' || p.n FROM topup_plan p JOIN need n ON n.user_id = p.user_id",
        {"unit": UNIT},
    )
    conn.execute(
        "INSERT INTO ledger (user_id, amount, kind, order_id, created_at, method, reference)"
        " SELECT user_id, amount, kind, order_id, created_at, method, reference FROM moves"
        " ORDER BY created_at, order_id"
    )
    conn.execute("DROP TABLE moves")
    conn.execute("DROP TABLE topup_plan")
    conn.execute("DROP TABLE need")


def cache_dir() -> Path:
    return Path(os.environ.get("BENCH_CACHE", Path.home() / ".cache" / "shop-bench"))


def content_key(size: Size) -> str:
    digest = hashlib.sha256(size.key.encode())
    for path in sorted((ROOT / "migrations").glob("*.sql")):
        digest.update(path.name.encode() + path.read_bytes())
    digest.update(Path(__file__).read_bytes())
    return digest.hexdigest()[:16]


def build(size: Size, into: Path, name: str) -> tuple[Path, float]:
    """A copy of the shop of that size at `into`: from the cache when it has one for these
    migrations and this generator, built (and cached) otherwise. Returns the path and the
    seconds the build took (0 when it came from the cache)."""
    cache = cache_dir()
    cache.mkdir(parents=True, exist_ok=True)
    key = content_key(size)
    cached = cache / f"{name}-{key}.sqlite3"
    took = 0.0
    if not cached.exists():
        for old in cache.glob(f"{name}-*.sqlite3"):
            old.unlink()
        partial = cached.with_suffix(".part")
        partial.unlink(missing_ok=True)
        started = time.perf_counter()
        conn = migrated(partial)
        conn.close()
        conn = sqlite3.connect(partial, isolation_level=None)
        try:
            fill(conn, size, int(time.time()))
            conn.execute("PRAGMA journal_mode = WAL")
        finally:
            conn.close()
        took = time.perf_counter() - started
        partial.rename(cached)
    into.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(cached, into)
    return into, took


@dataclass(frozen=True)
class OpenOrder:
    """What the database holds of the r-th newest open order (the same in both shops), as the
    panel must answer it for a status sync that changes nothing."""

    panel_id: int
    status: str
    quantity: int
    remains: int
    start_count: int
    charge: int  # minor units


def open_order(rank: int) -> OpenOrder:
    price = (1 + rank * 37 % 5000) * 100
    quantity = 100 * (1 + rank % 100)
    return OpenOrder(
        panel_id=OPEN_PANEL_FIRST + rank,
        status=RAW[STATES[rank % 3]],
        quantity=quantity,
        remains=quantity // 2,
        start_count=100,
        charge=price * 7 // 10,
    )
