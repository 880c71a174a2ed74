"""The admin console through the real Dispatcher, with the fake panel over HTTP."""

from __future__ import annotations

import csv
import io
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

import pytest
from aiogram.methods import AnswerCallbackQuery, SendDocument
from aiogram.types import Chat, Message

from bot.db.repositories.orders import StatusUpdate
from bot.domain.clock import now
from bot.domain.money import from_minor, to_minor
from bot.domain.order_draft import OrderDraft
from bot.services.catalogue import META_GLOBAL_MARKUP
from bot.ui.keyboards.callbacks import AdminBroadcastCb, AdminReviewCb, AdminUserCb
from tests.conftest import ADMIN_ID, CUSTOMER, Shop, assert_ledger_balances
from tests.fakes.telegram import BOT_USER, callback_update
from tests.payments_helpers import rendered
from tests.sql import rows

OTHER = 2002


@pytest.fixture(autouse=True)
async def admin_is_known(shop: Shop) -> None:
    """The admin has written to the bot before (so snapshots do not see their row appear)."""
    await shop.harness.send(ADMIN_ID, "/admin")


async def say(shop: Shop, text: str, user: int = ADMIN_ID, **kw: Any) -> str:
    """The admin (by default) sends a message; returns the bot's last text to that chat."""
    await shop.harness.send(user, text, **kw)
    return shop.harness.last_text(user)


async def seen(shop: Shop, user: int, username: str | None = None, name: str = "User") -> None:
    """A customer has talked to the bot (so the shop knows them)."""
    await shop.harness.send(user, "/help", username=username, first_name=name)


async def place(shop: Shop, user: int, token: str, quantity: int = 1000, fault: str = "") -> int:
    """An order of service 1 (0.90 per 1000); with a fault its outcome is unknown."""
    draft = OrderDraft(service_id=1, link=f"https://instagram.com/{token}", quantity=quantity)
    outcome = await shop.place(draft, token, user, fault)
    assert outcome.order is not None
    return outcome.order.id


async def snapshot(shop: Shop) -> dict[str, Any]:
    """Everything an admin command could change (users' last-seen times aside)."""
    async with shop.db.read() as repos:
        conn = repos.conn

        async def rows(sql: str) -> list[tuple[Any, ...]]:
            async with conn.execute(sql) as cursor:
                return [tuple(row) for row in await cursor.fetchall()]

        return {
            "users": await rows(
                "SELECT id, balance, is_banned, ban_notified, blocked_bot FROM users ORDER BY id"
            ),
            "ledger": await rows("SELECT * FROM ledger ORDER BY id"),
            "orders": await rows("SELECT * FROM orders ORDER BY id"),
            "meta": await rows("SELECT * FROM meta ORDER BY key"),
            "categories": await rows("SELECT * FROM categories ORDER BY id"),
            "services": await rows("SELECT * FROM services ORDER BY id"),
            "outbox": await rows("SELECT * FROM outbox ORDER BY id"),
            "broadcasts": await rows("SELECT * FROM broadcasts ORDER BY id"),
            "alerts": await rows("SELECT * FROM alerts ORDER BY key"),
        }


async def refused(shop: Shop, lines: list[str], usage: str) -> None:
    """Each line gets an answer saying what is wrong, then `usage`; none changes anything."""
    before = await snapshot(shop)
    for line in lines:
        text = await say(shop, line)
        problem, _, rest = text.partition("\n\n")
        assert problem.startswith("❌ ") and len(problem) > 4, (line, text)
        assert rest.startswith(usage), (line, text)
    assert await snapshot(shop) == before


async def outbox_texts(shop: Shop, chat_id: int) -> list[str]:
    """What the chat will read: notices rendered in its language, as the sender does."""
    async with shop.db.read() as repos:
        due = await repos.outbox.due(now=2**40, limit=1000)
    return [rendered(shop, m).text for m in due if m.chat_id == chat_id]


# -- /admin -----------------------------------------------------------------------------------


async def test_admin_lists_the_commands_one_per_line(shop: Shop) -> None:
    text = await say(shop, "/admin")
    lines = text.splitlines()
    for command in (
        "/stats",
        "/panel",
        "/user",
        "/credit",
        "/debit",
        "/ban",
        "/order",
        "/review",
        "/placed",
        "/markup",
        "/hide",
        "/sync",
        "/broadcast",
        "/export",
    ):
        assert any(line.startswith(command) for line in lines), command


async def test_commands_without_arguments_refuse_stray_ones(shop: Shop) -> None:
    for command in ("admin", "stats", "panel", "review", "sync", "export"):
        await refused(shop, [f"/{command} please"], f"Usage: /{command}")


# -- /stats -----------------------------------------------------------------------------------


async def test_stats_counts_customers_orders_and_money(shop: Shop) -> None:
    await seen(shop, CUSTOMER)
    await seen(shop, OTHER)
    await shop.credit(CUSTOMER, "10")
    placed = await place(shop, CUSTOMER, "a")  # 0.90
    await place(shop, CUSTOMER, "b", fault="http500")  # unknown: held, under review
    async with shop.db.transaction() as repos:
        await repos.users.set_blocked_bot(OTHER)
        await repos.orders.apply_status(
            StatusUpdate(
                placed, "in_progress", "In progress", 10, 900, to_minor(Decimal("0.7")), "USD"
            ),
            now(),
        )
    text = await say(shop, "/stats")
    # The two customers (the admin is not one); one customer blocked the bot.
    assert "Customers: 2 · active in 7 days: 2 · blocked the bot: 1" in text
    assert "Statistics: Today" in text
    assert "Orders: 2 (in progress 1 · being checked 1)" in text
    assert "Revenue (paid by customers, less refunds): 0.90 USD" in text
    assert "Panel cost: 0.70 USD" in text
    assert "Margin: 0.20 USD" in text
    assert "Open orders now: 1 · ❔ awaiting review: 1" in text


async def test_stats_of_an_empty_shop(shop: Shop) -> None:
    text = await say(shop, "/stats")
    assert "Orders: 0" in text and "Margin: 0.00 USD" in text


# -- /panel -----------------------------------------------------------------------------------


async def test_panel_shows_balance_catalogue_and_last_sync(shop: Shop) -> None:
    text = await say(shop, "/panel")
    assert "Balance: <b>1000.00 USD</b>" in text
    assert "Catalogue: 7 services in 4 categories, refreshed " in text
    assert "UTC (just now)" in text
    assert "Last status sync: never" in text
    async with shop.db.transaction() as repos:
        await repos.meta.set("last_sync_at", str(now() - 120))
        await repos.meta.set("last_sync_result", "ok: 3 orders <checked>")
    text = await say(shop, "/panel")
    assert "(2 min ago): ok: 3 orders &lt;checked&gt;" in text


async def test_panel_says_when_the_panel_does_not_answer(shop: Shop) -> None:
    shop.panel.inject_fault("balance", "http500", times=5)
    text = await say(shop, "/panel")
    assert "Balance: unavailable" in text
    assert "Catalogue: 7 services" in text


async def test_panel_marks_a_low_balance(make_shop: Any) -> None:
    shop: Shop = await make_shop(panel_low_balance="5000")
    assert "⚠️ below 5000.00" in await say(shop, "/panel")


# -- /user ------------------------------------------------------------------------------------


async def test_user_by_id_and_by_username(shop: Shop) -> None:
    await seen(shop, CUSTOMER, username="happy_buyer", name="Ann <3")
    await shop.credit(CUSTOMER, "10")
    order_id = await place(shop, CUSTOMER, "u1")
    text = await say(shop, f"/user {CUSTOMER}")
    assert "Ann &lt;3" in text and "@happy_buyer" in text
    assert "Balance: <b>9.10 USD</b>" in text
    assert "✅ active" in text
    assert f"#{order_id} " in text
    assert "credit 10.00 USD · by admin 1000 · test" in text
    buttons = [label for label, _ in shop.harness.buttons(ADMIN_ID)]
    assert buttons == ["➕ Credit", "➖ Debit", "🚫 Ban", "⬅️ Admin menu"]
    assert "Ann &lt;3" in await say(shop, "/user @Happy_Buyer")


async def test_user_with_bad_arguments_shows_usage(shop: Shop) -> None:
    bad = ["", "12 34", "@a", "@no spaces!", "-5", "x" * 40, "²³⁴"]
    await refused(shop, [f"/user {args}".strip() for args in bad], "Usage: /user")


async def test_user_unknown(shop: Shop) -> None:
    assert "No customer 999 is known" in await say(shop, "/user 999")
    assert "No customer @ghost is known" in await say(shop, "/user @ghost")


async def test_user_card_buttons_credit_debit_ban_and_unban(shop: Shop) -> None:
    h = shop.harness
    await seen(shop, CUSTOMER)
    await say(shop, f"/user {CUSTOMER}")
    await h.press(ADMIN_ID, h.find_button(ADMIN_ID, "Credit"))
    assert "amount to credit" in h.last_text(ADMIN_ID)
    before = await snapshot(shop)
    assert "Send an amount" in await say(shop, "lots")  # still asking, nothing changed
    assert await snapshot(shop) == before
    assert "Credited 12.50 USD to user" in await say(shop, "12,50 cash at the shop")
    assert await shop.balance(CUSTOMER) == to_minor(Decimal("12.5"))
    # The state is left after one amount: a number now is just a search.
    await say(shop, f"/user {CUSTOMER}")
    await h.press(ADMIN_ID, h.find_button(ADMIN_ID, "Debit"))
    assert "Not done" in await say(shop, "100")
    await h.press(ADMIN_ID, AdminUserCb(act="debit", id=CUSTOMER).pack())
    assert "Debited 2.50 USD from user" in await say(shop, "2.5")
    assert await shop.balance(CUSTOMER) == to_minor(Decimal("10"))
    async with shop.db.read() as repos:
        entries = await repos.ledger.for_user(CUSTOMER, 10)
    assert {(e.kind, e.admin_id) for e in entries} == {
        ("admin_credit", ADMIN_ID),
        ("admin_debit", ADMIN_ID),
    }
    assert any(e.note == "cash at the shop" for e in entries)

    await say(shop, f"/user {CUSTOMER}")
    await h.press(ADMIN_ID, h.find_button(ADMIN_ID, "Ban"))
    assert "🚫 banned" in h.last_text(ADMIN_ID)
    await h.press(ADMIN_ID, h.find_button(ADMIN_ID, "Unban"))
    assert "✅ active" in h.last_text(ADMIN_ID)
    await assert_ledger_balances(shop.db)


async def test_amount_prompt_is_left_with_cancel(shop: Shop) -> None:
    h = shop.harness
    await seen(shop, CUSTOMER)
    await say(shop, f"/user {CUSTOMER}")
    await h.press(ADMIN_ID, h.find_button(ADMIN_ID, "Credit"))
    await say(shop, "/cancel")
    before = await snapshot(shop)
    await say(shop, "10")
    assert await snapshot(shop) == before
    assert await shop.balance(CUSTOMER) == 0


# -- /credit, /debit --------------------------------------------------------------------------


async def test_credit_and_debit_commands(shop: Shop) -> None:
    text = await say(shop, f"/credit {CUSTOMER} 10.50 paid in cash")
    assert "Credited 10.50 USD to user" in text and "Balance now: 10.50" in text
    assert any("topped up by <b>10.50 USD</b>" in m for m in await outbox_texts(shop, CUSTOMER))
    assert "Debited 0.50 USD from user" in await say(shop, f"/debit {CUSTOMER} 0.5")
    assert await shop.balance(CUSTOMER) == to_minor(Decimal("10"))
    async with shop.db.read() as repos:
        entries = await repos.ledger.for_user(CUSTOMER, 10)
    assert all(e.admin_id == ADMIN_ID for e in entries)
    await assert_ledger_balances(shop.db)


async def test_debit_never_takes_a_wallet_below_zero(shop: Shop) -> None:
    await say(shop, f"/credit {CUSTOMER} 1")
    before = await snapshot(shop)
    assert "below zero" in await say(shop, f"/debit {CUSTOMER} 1.01")
    assert "below zero" in await say(shop, "/debit 99999 1")  # nobody: nothing to take
    assert await snapshot(shop) == before
    await assert_ledger_balances(shop.db)


async def test_credit_and_debit_with_bad_arguments(shop: Shop) -> None:
    await shop.credit(CUSTOMER, "5")
    bad = ["", "2001", "2001 0", "2001 -5", "2001 abc", "x 5", "2001 1.123456", "2001 1e3", "² 1"]
    for command in ("credit", "debit"):
        lines = [f"/{command} {args}".strip() for args in bad]
        await refused(shop, lines, f"Usage: /{command}")
    await assert_ledger_balances(shop.db)


# -- /ban, /unban -----------------------------------------------------------------------------


async def test_ban_and_unban(shop: Shop) -> None:
    h = shop.harness
    await seen(shop, CUSTOMER)
    await shop.credit(CUSTOMER, "5")
    order_id = await place(shop, CUSTOMER, "ban1")
    assert "is banned" in await say(shop, f"/ban {CUSTOMER}")
    await h.send(CUSTOMER, "/start")
    assert h.last_text(CUSTOMER) == "This shop is closed to you."
    calls = await h.send(CUSTOMER, "/start")  # told once only
    assert [c for c in calls if c.name == "sendMessage"] == []
    async with shop.db.read() as repos:
        order = await repos.orders.get(order_id)
    assert order is not None and order.state == "pending"  # still tracked
    assert "no longer banned" in await say(shop, f"/unban {CUSTOMER}")
    await h.send(CUSTOMER, "/start")
    assert "Hello" in h.last_text(CUSTOMER)


async def test_ban_refuses_admins_and_unknown_users(shop: Shop) -> None:
    before = await snapshot(shop)
    assert "Admins cannot be banned" in await say(shop, f"/ban {ADMIN_ID}")
    assert "No user <code>4242</code>" in await say(shop, "/ban 4242")
    assert "No user <code>4242</code>" in await say(shop, "/unban 4242")
    assert await snapshot(shop) == before


async def test_ban_with_bad_arguments(shop: Shop) -> None:
    await seen(shop, CUSTOMER)
    for command in ("ban", "unban"):
        lines = [f"/{command} {args}".strip() for args in ("", "abc", "1 2", "@someone")]
        await refused(shop, lines, f"Usage: /{command}")


# -- /order -----------------------------------------------------------------------------------


async def test_order_shows_everything(shop: Shop) -> None:
    await shop.credit(CUSTOMER, "10")
    order_id = await place(shop, CUSTOMER, "o1")
    async with shop.db.transaction() as repos:
        order = await repos.orders.get(order_id)
        assert order is not None
        await repos.orders.apply_status(
            StatusUpdate(order_id, "partial", "Partial", 100, 250, 63000, "USD"), now()
        )
    text = await say(shop, f"/order {order_id}")
    assert f"Order #{order_id}</b>" in text
    assert f"Customer: <code>{CUSTOMER}</code>" in text
    assert "Instagram Followers &lt;HQ&gt; &amp; fast" in text
    assert "Link: https://instagram.com/o1" in text
    assert f"Panel order: {order.panel_order_id}" in text
    assert "Panel charge: 0.63 USD" in text
    assert "Start count: 100 · remains: 250" in text
    assert "(panel: Partial)" in text
    assert "order \u22120.90 USD" in text  # the minus sign of the customer's history


async def test_order_not_found_and_bad_arguments(shop: Shop) -> None:
    assert "There is no order #77" in await say(shop, "/order 77")
    # Digits of other scripts are digits (issue 14): ٧٧ is 77; a superscript is not a digit.
    assert "There is no order #77" in await say(shop, "/order ٧٧")
    lines = [f"/order {args}".strip() for args in ("", "abc", "1 2", "#5", "²", "١x")]
    await refused(shop, lines, "Usage: /order")


# -- /review, /placed -------------------------------------------------------------------------


async def test_review_refund_button_refunds_once_and_tells_the_customer(shop: Shop) -> None:
    h = shop.harness
    await shop.credit(CUSTOMER, "10")
    order_id = await place(shop, CUSTOMER, "r1", fault="http500")
    assert await shop.balance(CUSTOMER) == to_minor(Decimal("9.10"))
    text = await say(shop, "/review")
    assert "Orders whose outcome is unknown</b> (1)" in text
    assert f"<b>#{order_id}</b>" in text
    await h.press(ADMIN_ID, h.find_button(ADMIN_ID, f"Refund #{order_id}"))
    assert f"Refund order #{order_id}?" in h.last_text(ADMIN_ID)
    await h.press(ADMIN_ID, h.find_button(ADMIN_ID, "Back"))
    assert "(1)" in h.last_text(ADMIN_ID)  # back to the list, nothing done
    assert await shop.balance(CUSTOMER) == to_minor(Decimal("9.10"))
    await h.press(ADMIN_ID, h.find_button(ADMIN_ID, f"Refund #{order_id}"))
    sure = h.find_button(ADMIN_ID, "Yes, refund")
    await h.press(ADMIN_ID, sure)
    assert f"Order #{order_id} is refunded: 0.90 USD" in h.last_text(ADMIN_ID)
    assert await shop.balance(CUSTOMER) == to_minor(Decimal("10"))
    assert any(
        f"order #{order_id} could not be placed" in m for m in await outbox_texts(shop, CUSTOMER)
    )
    before = await snapshot(shop)
    await h.press(ADMIN_ID, sure)  # a second tap (or a replayed button)
    assert "not under review any more" in h.last_text(ADMIN_ID)
    assert "not under review any more" in await say(shop, f"/placed {order_id} 555")
    assert await snapshot(shop) == before
    async with shop.db.read() as repos:
        order = await repos.orders.get(order_id)
        refunds = [e for e in await repos.ledger.for_order(order_id) if e.kind == "refund"]
    assert order is not None and order.state == "failed"
    assert len(refunds) == 1 and f"admin {ADMIN_ID}" in (refunds[0].note or "")
    assert refunds[0].admin_id == ADMIN_ID
    assert "No orders await review" in await say(shop, "/review")
    await assert_ledger_balances(shop.db)


async def test_placed_resolves_once_and_tracks_the_order(shop: Shop) -> None:
    await shop.credit(CUSTOMER, "10")
    order_id = await place(shop, CUSTOMER, "p1", fault="http500")
    text = await say(shop, f"/placed {order_id} 777001")
    assert f"Order #{order_id} is placed as panel order 777001" in text
    async with shop.db.read() as repos:
        order = await repos.orders.get(order_id)
    assert order is not None and order.state == "pending" and order.panel_order_id == 777001
    assert any("is confirmed and placed" in m for m in await outbox_texts(shop, CUSTOMER))
    before = await snapshot(shop)
    assert "not under review any more" in await say(shop, f"/placed {order_id} 777002")
    assert await snapshot(shop) == before
    assert await shop.balance(CUSTOMER) == to_minor(Decimal("9.10"))  # still paid
    await assert_ledger_balances(shop.db)


async def test_placed_refuses_a_panel_id_of_another_order(shop: Shop) -> None:
    await shop.credit(CUSTOMER, "10")
    first = await place(shop, CUSTOMER, "p2")
    unknown = await place(shop, CUSTOMER, "p3", fault="http500")
    async with shop.db.read() as repos:
        placed = await repos.orders.get(first)
    assert placed is not None and placed.panel_order_id is not None
    before = await snapshot(shop)
    text = await say(shop, f"/placed {unknown} {placed.panel_order_id}")
    assert f"already belongs to order #{first}" in text
    assert await snapshot(shop) == before


async def test_placed_with_bad_arguments(shop: Shop) -> None:
    await shop.credit(CUSTOMER, "10")
    await place(shop, CUSTOMER, "bad", fault="http500")
    bad = ["", "1", "a b", "1 x", "1 0", "1 6 7", "-1 6"]
    await refused(shop, [f"/placed {args}".strip() for args in bad], "Usage: /placed")


async def test_placed_and_refund_of_unknown_orders(shop: Shop) -> None:
    assert "There is no order #404" in await say(shop, "/placed 404 1")
    await shop.harness.press(ADMIN_ID, AdminReviewCb(act="refund", id=404).pack())
    assert "There is no order #404" in shop.harness.last_text(ADMIN_ID)


async def test_review_lists_at_most_ten(shop: Shop) -> None:
    await shop.credit(CUSTOMER, "100")
    for n in range(12):
        await place(shop, CUSTOMER, f"many{n}", quantity=50, fault="http500")
    text = await say(shop, "/review")
    assert "(12)" in text and "…and 2 more" in text
    assert len(shop.harness.buttons(ADMIN_ID)) == 10


# -- /markup ----------------------------------------------------------------------------------


async def price(shop: Shop, service_id: int) -> Decimal:
    service = await shop.services.catalogue.orderable(service_id)
    assert service is not None
    return await shop.services.catalogue.price_per_1000(service)


async def test_markup_global_category_service_and_reset(shop: Shop) -> None:
    assert "Global: <b>0%</b> (PRICE_MARKUP_PERCENT)" in await say(shop, "/markup")
    assert "Global markup: 10%" in await say(shop, "/markup 10")
    assert await price(shop, 1) == Decimal("0.99")
    service = await shop.services.catalogue.orderable(1)
    assert service is not None
    category = service.category_id
    assert f"category {category}: 20%" in await say(shop, f"/markup 20 category {category}")
    assert await price(shop, 1) == Decimal("1.08")
    assert "service 1: 50%" in await say(shop, "/markup 50% service 1")
    assert await price(shop, 1) == Decimal("1.35")  # service beats category beats global
    text = await say(shop, "/markup")
    assert "Global: <b>10%</b> (set by /markup" in text
    assert f"{category} · Instagram Followers: 20%" in text
    assert "1 · Instagram Followers &lt;HQ&gt; &amp; fast: 50%" in text
    assert "inherits" in await say(shop, "/markup reset service 1")
    assert await price(shop, 1) == Decimal("1.08")
    assert "inherits" in await say(shop, f"/markup reset category {category}")
    assert await price(shop, 1) == Decimal("0.99")
    assert "back to PRICE_MARKUP_PERCENT: 0%" in await say(shop, "/markup reset")
    assert await price(shop, 1) == Decimal("0.9")
    async with shop.db.read() as repos:
        assert await repos.meta.get(META_GLOBAL_MARKUP) is None


async def test_markup_with_bad_arguments(shop: Shop) -> None:
    bad = [
        "abc",
        "-5",
        "10001",
        "1.234",
        "10 category",
        "10 category x",
        "10 shelf 3",
        "10 service 1 extra",
        "reset service",
        "reset 5",
        "reset bogus 1",
    ]
    await refused(shop, [f"/markup {args}" for args in bad], "Usage:\n/markup")


async def test_markup_of_unknown_targets(shop: Shop) -> None:
    before = await snapshot(shop)
    assert "There is no service 999" in await say(shop, "/markup 5 service 999")
    assert "There is no category 999" in await say(shop, "/markup reset category 999")
    assert await snapshot(shop) == before


# -- /hide, /show -----------------------------------------------------------------------------


async def test_hide_and_show_services_and_categories(shop: Shop) -> None:
    catalogue = shop.services.catalogue
    text = await say(shop, "/hide service 1")
    assert "Service 1 (Instagram Followers &lt;HQ&gt; &amp; fast) is hidden" in text
    assert await catalogue.orderable(1) is None
    assert "is shown" in await say(shop, "/show service 1")
    assert await catalogue.orderable(1) is not None
    service = await catalogue.orderable(3)
    assert service is not None
    assert "is hidden" in await say(shop, f"/hide category {service.category_id}")
    assert await catalogue.orderable(3) is None and await catalogue.orderable(6) is None
    assert "is shown" in await say(shop, f"/show category {service.category_id}")
    assert await catalogue.orderable(6) is not None


async def test_hide_and_show_with_bad_arguments(shop: Shop) -> None:
    bad = ["", "service", "service x", "shelf 1", "1", "service 1 2"]
    for command in ("hide", "show"):
        lines = [f"/{command} {args}".strip() for args in bad]
        await refused(shop, lines, f"Usage: /{command}")


async def test_hide_unknown_target(shop: Shop) -> None:
    before = await snapshot(shop)
    assert "There is no service 999" in await say(shop, "/hide service 999")
    assert "There is no category 999" in await say(shop, "/show category 999")
    assert await snapshot(shop) == before


# -- /sync ------------------------------------------------------------------------------------


async def test_sync_reports_added_changed_removed(shop: Shop) -> None:
    catalogue = shop.panel.catalogue
    catalogue[0]["rate"] = "1.10"  # changed
    del catalogue[1]  # removed
    catalogue.append(
        {"service": 99, "name": "New views", "type": "Default", "category": "Views",
         "rate": "0.1", "min": "100", "max": "1000000"}
    )  # fmt: skip
    text = await say(shop, "/sync")
    assert "Catalogue refreshed: 7 services." in text
    assert "Added: 1 · changed: 1 · removed: 1" in text


async def test_sync_failure_keeps_the_catalogue(shop: Shop) -> None:
    shop.panel.inject_fault("services", "http500", times=10)
    before = await snapshot(shop)
    text = await say(shop, "/sync")
    assert "The refresh failed" in text
    after = await snapshot(shop)
    # Only the start of the failing streak is noted (for the alert); the catalogue stays.
    assert after["services"] == before["services"]
    assert after["categories"] == before["categories"]


# -- /export ----------------------------------------------------------------------------------


def documents(shop: Shop) -> dict[str, bytes]:
    """The files sent, as uploaded (read from disk in aiogram's chunks)."""
    assert shop.harness.session.calls_of(SendDocument, ok=True)
    return dict(shop.harness.session.uploads)


async def test_export_ledger_sums_equal_the_wallets(shop: Shop) -> None:
    await shop.credit(CUSTOMER, "10.12345")
    await shop.credit(OTHER, "3")
    await say(shop, f"/debit {OTHER} 1.5 =cmd|' /C calc'!A0")
    await place(shop, CUSTOMER, "e1")
    refunded = await place(shop, CUSTOMER, "e2", fault="http500")
    await shop.services.admin.resolve_refund(ADMIN_ID, refunded)
    await place(shop, OTHER, "e3", quantity=100)
    await say(shop, "/export")
    files = documents(shop)
    (orders_name,) = [n for n in files if n.startswith("orders-")]
    (ledger_name,) = [n for n in files if n.startswith("ledger-")]
    ledger = list(csv.DictReader(io.StringIO(files[ledger_name].decode("utf-8"))))
    sums: dict[int, Decimal] = {}
    for row in ledger:
        sums[int(row["user_id"])] = sums.get(int(row["user_id"]), Decimal(0)) + Decimal(
            row["amount"]
        )
    balances = dict(await rows(shop.db, "SELECT id, balance FROM users"))
    assert set(sums) <= set(balances)
    for user_id, units in balances.items():
        assert sums.get(user_id, Decimal(0)) == from_minor(units), user_id
    assert sums[CUSTOMER] == Decimal("10.12345") - Decimal("0.90")
    assert any(row["note"].startswith("'=cmd") for row in ledger)  # inert in a spreadsheet
    orders = list(csv.DictReader(io.StringIO(files[orders_name].decode("utf-8"))))
    assert [row["state"] for row in orders] == ["pending", "failed", "pending"]
    assert orders[1]["refunded"] == "0.90000"
    assert "Ledger: 7 entries" in (shop.harness.session.calls_of(SendDocument)[-1].caption or "")
    await assert_ledger_balances(shop.db)


# -- everyone else: the commands do not exist ---------------------------------------------------

EVERY_COMMAND = [
    "/admin",
    "/stats",
    "/panel",
    f"/user {CUSTOMER}",
    f"/credit {CUSTOMER} 5",
    f"/debit {CUSTOMER} 1",
    f"/ban {CUSTOMER}",
    f"/unban {CUSTOMER}",
    "/order 1",
    "/review",
    "/placed 1 5",
    "/markup 50",
    "/markup reset",
    "/markup 5 service 1",
    "/hide service 1",
    "/show service 1",
    "/sync",
    "/broadcast Hello everyone",
    "/export",
]


async def prepared(shop: Shop) -> int:
    """A shop with a customer, money, an order under review and an override to clear."""
    await seen(shop, OTHER)
    await shop.credit(CUSTOMER, "10")
    await shop.services.admin.set_global_markup(Decimal(5))
    await shop.services.admin.set_hidden("service", 1, True)
    await shop.services.admin.set_hidden("service", 1, False)
    return await place(shop, CUSTOMER, "n1", fault="http500")


async def test_commands_do_not_exist_for_customers(shop: Shop) -> None:
    await prepared(shop)
    h = shop.harness
    await h.send(CUSTOMER, "/start")  # the customer is known and has had a greeting
    unknown = [c.method for c in await h.send(CUSTOMER, "/nonsense") if c.name != "getMe"]
    for text in EVERY_COMMAND:
        before = await snapshot(shop)
        requests_before = len(shop.panel.requests)
        calls = await h.send(CUSTOMER, text)
        # The very answer an unknown command gets (the main menu): nothing hints it exists.
        sent = [c.method for c in calls if c.name != "getMe"]
        assert [(m.text, m.reply_markup) for m in sent] == [  # type: ignore[attr-defined]
            (m.text, m.reply_markup)  # type: ignore[attr-defined]
            for m in unknown
        ], text
        assert await snapshot(shop) == before, text
        assert len(shop.panel.requests) == requests_before, text


async def test_commands_do_not_exist_in_groups_even_for_admins(shop: Shop) -> None:
    await prepared(shop)
    h = shop.harness
    for text in EVERY_COMMAND:
        before = await snapshot(shop)
        requests_before = len(shop.panel.requests)
        calls = await h.send(ADMIN_ID, text, chat_id=-100500, chat_type="supergroup")
        assert [c.name for c in calls if c.name != "getMe"] == [], text
        assert await snapshot(shop) == before, text
        assert len(shop.panel.requests) == requests_before, text


FORGED_BUTTONS = [
    AdminUserCb(act="ban", id=CUSTOMER).pack(),
    AdminUserCb(act="unban", id=CUSTOMER).pack(),
    AdminUserCb(act="credit", id=CUSTOMER).pack(),
    AdminUserCb(act="debit", id=CUSTOMER).pack(),
    AdminReviewCb(act="ask", id=1).pack(),
    AdminReviewCb(act="refund", id=1).pack(),
    AdminReviewCb(act="back", id=1).pack(),
    AdminBroadcastCb(act="send", id=1).pack(),
    AdminBroadcastCb(act="cancel", id=1).pack(),
]


async def test_forged_admin_buttons_do_nothing(shop: Shop) -> None:
    assert await prepared(shop) == 1
    await shop.services.broadcasts.draft(ADMIN_ID, "draft")
    h = shop.harness
    await h.send(CUSTOMER, "/start")
    for data in FORGED_BUTTONS:
        before = await snapshot(shop)
        calls = await h.press(CUSTOMER, data)
        assert [c.name for c in calls] == ["answerCallbackQuery"], data
        answer = calls[0].method
        assert isinstance(answer, AnswerCallbackQuery)
        assert answer.text == "This button is no longer valid."
        assert await snapshot(shop) == before, data
    # No credit prompt was opened for the customer either: a number is just a search.
    before = await snapshot(shop)
    await h.send(CUSTOMER, "10")
    assert await snapshot(shop) == before
    # The same buttons pressed by an admin on a message in a group do nothing either.
    in_group = Message(
        message_id=7,
        date=datetime.now(tz=UTC),
        chat=Chat(id=-100500, type="supergroup", title="Group"),
        from_user=BOT_USER,
        text="…",
    )
    for data in FORGED_BUTTONS:
        before = await snapshot(shop)
        calls = await h.feed(callback_update(ADMIN_ID, data, message=in_group))
        assert [c.name for c in calls] == ["answerCallbackQuery"], data
        assert await snapshot(shop) == before, data
