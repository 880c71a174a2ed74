"""Issue 10, item 13: the admin console's margin, money, arguments and alert buttons."""

from __future__ import annotations

from decimal import Decimal

from bot.ui.keyboards.callbacks import AdminReviewCb
from tests.conftest import ADMIN_ID, CUSTOMER, Shop, assert_ledger_balances
from tests.payments_helpers import outbox
from tests.test_admin import outbox_texts, place, say, seen, snapshot

OTHER = 2002


async def test_stats_margin_is_what_the_panel_kept(shop: Shop) -> None:
    await seen(shop, CUSTOMER)
    await say(shop, "/start")  # the admin talks to the bot too: not a customer
    await shop.credit(CUSTOMER, "10")
    kept = await place(shop, CUSTOMER, "m1")  # 0.90; completed, the panel charged 0.70
    canceled = await place(shop, CUSTOMER, "m2")  # 0.90; canceled: refunded, costs nothing
    partial = await place(shop, CUSTOMER, "m3")  # 0.90; partial, 400 of 1000 left
    async with shop.db.read() as repos:
        orders = {o.id: o for o in await repos.orders.all_orders()}
    for order_id, status, remains, charge in (
        (kept, "Completed", 0, "0.70"),
        (canceled, "Canceled", 1000, "0.70"),  # the charge of the add, never taken
        (partial, "Partial", 400, "0.42"),  # the panel's final charge
    ):
        panel_id = orders[order_id].panel_order_id
        assert panel_id is not None
        shop.panel.set_status(panel_id, status, remains=remains, charge=Decimal(charge))
    await shop.services.status_sync.sync()
    text = await say(shop, "/stats")
    assert "Customers: 1 · " in text
    # Revenue: 0.90 + 0 + (0.90 - 0.36) = 1.44; cost: 0.70 + 0 + 0.42 = 1.12.
    assert "Revenue (paid by customers, less refunds): 1.44 USD" in text
    assert "Panel cost: 1.12 USD" in text
    assert "Margin: 0.32 USD" in text
    await assert_ledger_balances(shop.db)


async def test_bad_arguments_say_what_is_wrong(shop: Shop) -> None:
    await seen(shop, CUSTOMER)
    await say(shop, "/admin")  # the admin is known before the snapshot
    before = await snapshot(shop)
    cases = {
        f"/credit {CUSTOMER} 0": "The amount must be positive.",
        f"/debit {CUSTOMER} 0.00": "The amount must be positive.",
        f"/credit {CUSTOMER} -5": "The amount must be positive.",
        f"/credit {CUSTOMER} ten": "The amount must be a number like 10.50",
        f"/credit {CUSTOMER} 1.000001": "more than 5 decimals",
        f"/credit {CUSTOMER}": "The amount is missing.",
        "/credit bob 5": "The user id must be a whole number, not <code>bob</code>.",
        "/ban 12x": "An id must be a whole number, not <code>12x</code>.",
        "/placed 1": "An id is missing.",
        "/placed 1 0": "The panel order id must not be 0.",
        "/markup 30 planet 5": "category &lt;id&gt; or service &lt;id&gt;",
        "/markup lots": "The percent must be a number",
        "/stats now": "/stats takes no arguments.",
    }
    for line, problem in cases.items():
        text = await say(shop, line)
        assert text.startswith("❌ ") and problem in text, (line, text)
        assert "Usage:" in text
    assert await snapshot(shop) == before


async def test_the_unknown_outcome_alert_carries_open_and_refund(shop: Shop) -> None:
    h = shop.harness
    await seen(shop, CUSTOMER)
    await shop.credit(CUSTOMER, "10")
    order_id = await place(shop, CUSTOMER, "uo", fault="http500")
    (alert,) = [m for m in await outbox(shop, ADMIN_ID) if "outcome unknown" in m.text]
    assert "Paid: 0.90 USD" in alert.text
    assert alert.reply_markup is not None
    open_data = AdminReviewCb(act="open", id=order_id).pack()
    refund_data = AdminReviewCb(act="ask", id=order_id).pack()
    assert open_data in alert.reply_markup and refund_data in alert.reply_markup
    sent = await h.bot.send_message(ADMIN_ID, alert.text)  # as the outbox delivers it
    await h.press(ADMIN_ID, open_data, message_id=sent.message_id)
    assert f"Order #{order_id}</b>" in h.last_text(ADMIN_ID)
    assert h.find_button(ADMIN_ID, "Refund") == refund_data
    still = h.session.message(ADMIN_ID, sent.message_id)
    assert still is not None and "outcome unknown" in (still.text or "")
    await h.press(ADMIN_ID, refund_data)
    await h.press(ADMIN_ID, h.find_button(ADMIN_ID, "Yes, refund"))
    assert "is refunded: 0.90 USD" in h.last_text(ADMIN_ID)
    assert await shop.balance(CUSTOMER) == 10 * 10**5
    assert any("could not be placed" in t for t in await outbox_texts(shop, CUSTOMER))
    await assert_ledger_balances(shop.db)
    # Customers cannot press it.
    calls = await h.press(OTHER, open_data)
    assert not any(c.name == "sendMessage" and "Order #" in str(c.method) for c in calls)
