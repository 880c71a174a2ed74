"""Admin console cases found in review: stale prompts, resolutions of live orders, long
screens, groups, notice priority."""

from __future__ import annotations

from bot.domain.order_draft import OrderDraft
from bot.services.wallet import move
from bot.ui.keyboards.callbacks import AdminReviewCb
from bot.ui.views import utf16_len
from tests.conftest import ADMIN_ID, CUSTOMER, Shop, assert_ledger_balances
from tests.test_admin import admin_is_known, outbox_texts, place, say, seen, snapshot

STRANGER = 4242
__all__ = ["admin_is_known"]  # the autouse fixture applies here too


async def submitting_order(shop: Shop) -> int:
    """An order whose add is under way right now."""
    await shop.credit(CUSTOMER, "10")
    async with shop.db.transaction() as repos:
        order_id = await repos.orders.insert_submitting(
            CUSTOMER,
            OrderDraft(service_id=1, link="https://instagram.com/live", quantity=1000),
            service_name="x",
            service_type="Default",
            quantity=1000,
            price=90_000,
            confirm_token="live",
            now=1,
        )
        await move(repos, CUSTOMER, -90_000, "order", order_id=order_id)
    return order_id


async def test_placed_and_refund_refuse_an_order_being_placed(shop: Shop) -> None:
    order_id = await submitting_order(shop)
    before = await snapshot(shop)
    assert "not under review" in await say(shop, f"/placed {order_id} 4242")
    await shop.harness.press(ADMIN_ID, AdminReviewCb(act="refund", id=order_id).pack())
    assert "not under review" in shop.harness.last_text(ADMIN_ID)
    assert await snapshot(shop) == before
    async with shop.db.read() as repos:
        order = await repos.orders.get(order_id)
    assert order is not None and order.state == "submitting"
    await assert_ledger_balances(shop.db)


async def test_any_command_drops_a_pending_amount_prompt(shop: Shop) -> None:
    h = shop.harness
    await seen(shop, CUSTOMER)
    await say(shop, f"/user {CUSTOMER}")
    await h.press(ADMIN_ID, h.find_button(ADMIN_ID, "Credit"))
    await say(shop, "/stats")  # runs as usual ...
    assert "Customers" in h.last_text(ADMIN_ID) or "customers" in h.last_text(ADMIN_ID)
    before = await snapshot(shop)
    await say(shop, "1000 followers")  # ... and this is no longer an amount
    assert await snapshot(shop) == before
    assert await shop.balance(CUSTOMER) == 0


async def test_an_old_amount_prompt_expires(shop: Shop) -> None:
    h = shop.harness
    await seen(shop, CUSTOMER)
    await say(shop, f"/user {CUSTOMER}")
    await h.press(ADMIN_ID, h.find_button(ADMIN_ID, "Credit"))
    fsm = h.dp.fsm.get_context(bot=h.bot, chat_id=ADMIN_ID, user_id=ADMIN_ID)
    await fsm.update_data(asked_at=1)  # long ago
    before = await snapshot(shop)
    assert "expired" in await say(shop, "10")
    assert await snapshot(shop) == before
    assert await fsm.get_state() is None


async def test_review_of_emoji_heavy_orders_fits_one_message(shop: Shop) -> None:
    await shop.credit(CUSTOMER, "100")
    shop.panel.catalogue[0] = {**shop.panel.catalogue[0], "name": "🔥" * 200}
    await shop.services.catalogue.refresh()
    for i in range(12):
        await place(shop, CUSTOMER, "😀" * 60 + str(i), quantity=100, fault="error:x")
    async with shop.db.transaction() as repos:
        await repos.conn.execute(
            "UPDATE orders SET state = 'unknown', refunded = 0, error = ?", ("💥" * 150,)
        )
        await repos.conn.execute("DELETE FROM ledger WHERE kind = 'refund'")
        await repos.conn.execute(
            "UPDATE users SET balance ="
            " (SELECT coalesce(sum(amount), 0) FROM ledger WHERE user_id = users.id)"
        )
    text = await say(shop, "/review")
    assert "Orders whose outcome is unknown" in text and "more" in text
    assert utf16_len(text) <= 4096
    await assert_ledger_balances(shop.db)


async def test_markup_with_many_emoji_overrides_fits_one_message(shop: Shop) -> None:
    catalogue = [
        {
            "service": 100 + i, "name": "🌟" * 60, "type": "Default",
            "category": "🇺🇸" * 30 + str(i), "rate": "1", "min": "1", "max": "10",
        }
        for i in range(30)
    ]  # fmt: skip
    shop.panel.catalogue = catalogue
    await shop.services.catalogue.refresh()
    async with shop.db.transaction() as repos:
        await repos.conn.execute("UPDATE categories SET markup_percent = '12.5'")
        await repos.conn.execute("UPDATE services SET markup_percent = '7'")
    text = await say(shop, "/markup")
    assert "more" in text
    assert utf16_len(text) <= 4096


async def test_in_a_group_no_one_is_answered_or_recorded(shop: Shop) -> None:
    h = shop.harness
    await seen(shop, CUSTOMER)
    await say(shop, f"/ban {CUSTOMER}")
    before = await snapshot(shop)
    for user, text in ((CUSTOMER, "/credit 1 2"), (STRANGER, "hello"), (STRANGER, "/start")):
        calls = await h.send(user, text, chat_id=-100777, chat_type="supergroup")
        assert calls == []
    assert await snapshot(shop) == before
    async with shop.db.read() as repos:
        assert await repos.users.get(STRANGER) is None


async def test_notices_go_before_a_broadcast(shop: Shop) -> None:
    for user in range(3000, 3050):
        await seen(shop, user)
    await shop.services.broadcasts.draft(ADMIN_ID, "big news")
    async with shop.db.transaction() as repos:
        await repos.conn.execute(
            "INSERT INTO outbox (chat_id, text, kind, created_at)"
            " SELECT id, 'big news', 'broadcast', 0 FROM users WHERE id >= 3000"
        )
    await shop.services.notifier.tell_user(CUSTOMER, "your order started")
    async with shop.db.read() as repos:
        first = (await repos.outbox.due(now=2**40, limit=1))[0]
    assert first.text == "your order started"


async def test_the_credit_notice_is_written_with_the_credit(shop: Shop) -> None:
    await seen(shop, CUSTOMER)
    await say(shop, f"/credit {CUSTOMER} 2.5")
    assert any("topped up by <b>2.50 USD</b>" in t for t in await outbox_texts(shop, CUSTOMER))
    assert await shop.balance(CUSTOMER) == 250_000
