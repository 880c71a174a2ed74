"""The console with buttons (issue 25) through the real Dispatcher: the admin menu, Find by every
kind of key, a customer's card page by page, and Refund on an order's admin card."""

from __future__ import annotations

import asyncio
from decimal import Decimal

from aiogram.methods import AnswerCallbackQuery, SendDocument

from bot.db.repositories.orders import StatusUpdate
from bot.domain.clock import now
from bot.domain.money import to_minor
from bot.ui.keyboards.callbacks import AdminMenuCb, AdminOpenCb, AdminRefundCb
from tests.conftest import ADMIN_ID, CUSTOMER, EN, Shop, assert_ledger_balances
from tests.sql import rows
from tests.test_admin import OTHER, outbox_texts, place, say, seen, snapshot

MENU_ENTRIES = [
    "📊 Stats",
    "🕵️ Review (1)",
    "🏦 Top-ups waiting (0)",
    "💬 Conversations (0)",
    "🔎 Find",
    "📣 Broadcast",
    "🎟 Promo codes",
    "🗂 Catalogue",
    "🔌 Panels",
    "💾 Backup",
]


async def finished(shop: Shop, order_id: int, state: str = "completed") -> None:
    """The panel reported the order final (Completed unless said otherwise)."""
    raw = {"completed": "Completed", "partial": "Partial"}[state]
    async with shop.db.transaction() as repos:
        await repos.orders.apply_status(
            StatusUpdate(order_id, state, raw, 0, 0, to_minor(Decimal("0.5")), "USD"), now()
        )


async def refunded(shop: Shop, order_id: int) -> int:
    async with shop.db.read() as repos:
        order = await repos.orders.get(order_id)
    assert order is not None
    return order.refunded


def labels(shop: Shop) -> list[str]:
    return [label for label, _ in shop.harness.buttons(ADMIN_ID)]


# -- the menu ---------------------------------------------------------------------------------


async def test_admin_opens_the_menu_and_every_entry_edits_it_in_place(shop: Shop) -> None:
    h = shop.harness
    await shop.credit(CUSTOMER, "10")
    await place(shop, CUSTOMER, "m1", fault="http500")  # one order under review
    await say(shop, "/admin")
    assert labels(shop) == MENU_ENTRIES
    menu = h.session.last_bot_message(ADMIN_ID)
    assert menu is not None
    expected = {
        "📊 Stats": "Revenue (paid by customers, less refunds)",
        "🕵️ Review (1)": "Orders whose outcome is unknown</b> (1)",
        "🏦 Top-ups waiting (0)": EN("admin-topups-none"),
        "💬 Conversations (0)": EN("admin-tickets-none"),
        "📣 Broadcast": "Usage: /broadcast",
        "🎟 Promo codes": EN("admin-promo-list-empty"),
        "🗂 Catalogue": "/markup, /hide, /show and /sync",
        "🔌 Panels": "Catalogue",
    }
    for label, text in expected.items():
        calls = await h.press(ADMIN_ID, h.find_button(ADMIN_ID, label))
        assert [c for c in calls if c.name == "sendMessage"] == [], label  # edited in place
        edited = h.session.last_bot_message(ADMIN_ID)
        assert edited is not None and edited.message_id == menu.message_id
        assert text in h.last_text(ADMIN_ID), label
        assert labels(shop)[-1] == "⬅️ Admin menu", label
        if label == "📊 Stats":  # its own way back only, not the main menu's beside it
            assert labels(shop)[-2:] == ["📈 Chart of 30 days", "⬅️ Admin menu"]
            await h.press(ADMIN_ID, h.find_button(ADMIN_ID, "7 days"))
            assert labels(shop)[-2:] == ["📈 Chart of 30 days", "⬅️ Admin menu"]
        await h.press(ADMIN_ID, h.find_button(ADMIN_ID, "Admin menu"))
        assert labels(shop) == MENU_ENTRIES
    # Review's own buttons keep the way back: Refund #N asks, Back lists again, with the menu.
    await h.press(ADMIN_ID, h.find_button(ADMIN_ID, "Review"))
    await h.press(ADMIN_ID, h.find_button(ADMIN_ID, "Refund #"))
    await h.press(ADMIN_ID, h.find_button(ADMIN_ID, "Back"))
    assert labels(shop)[-1] == "⬅️ Admin menu"
    await h.press(ADMIN_ID, h.find_button(ADMIN_ID, "Admin menu"))
    calls = await h.press(ADMIN_ID, h.find_button(ADMIN_ID, "Backup"))
    assert [c for c in calls if isinstance(c.method, SendDocument)]


async def test_the_reply_keyboards_admin_button_opens_the_menu(shop: Shop) -> None:
    await shop.harness.send(ADMIN_ID, EN("kb-admin"))
    assert labels(shop)[0] == "📊 Stats" and "🔎 Find" in labels(shop)


async def test_a_customer_cannot_open_the_menu_or_press_its_buttons(shop: Shop) -> None:
    h = shop.harness
    await seen(shop, CUSTOMER)
    await h.send(CUSTOMER, "/admin")
    assert "📊 Stats" not in [label for label, _ in h.buttons(CUSTOMER)]
    before = await snapshot(shop)
    for data in (AdminMenuCb(to="find").pack(), AdminOpenCb(what="u", id=CUSTOMER).pack()):
        calls = await h.press(CUSTOMER, data)
        assert len([c for c in calls if isinstance(c.method, AnswerCallbackQuery)]) == 1
        assert "Balance" not in h.last_text(CUSTOMER)
    await h.send(CUSTOMER, f"/find {CUSTOMER}")
    assert "Balance" not in h.last_text(CUSTOMER)
    assert await snapshot(shop) == before


# -- Find -------------------------------------------------------------------------------------


async def test_find_by_every_kind_of_key(shop: Shop) -> None:
    await seen(shop, CUSTOMER, username="happy_buyer", name="Ann")
    await seen(shop, OTHER, username="other_one", name="Bob")
    await shop.credit(CUSTOMER, "10")
    first = await place(shop, CUSTOMER, "alpha_page")
    second = await place(shop, CUSTOMER, "beta_page")
    async with shop.db.read() as repos:
        order = await repos.orders.get(second)
    assert order is not None and order.panel_order_id is not None
    # Our order number: its admin card.
    assert f"Order #{first}</b>" in await say(shop, f"/find #{first}")
    # The panel's order id (a number that is nothing else here): the order it belongs to.
    assert order.panel_order_id not in (first, second, CUSTOMER, OTHER)
    assert f"Order #{second}</b>" in await say(shop, f"/find {order.panel_order_id}")
    # A link or a part of it: one match opens it, several are listed.
    assert f"Order #{second}</b>" in await say(shop, "/find beta_pa")
    text = await say(shop, "/find _page")
    assert "2 matches" in text
    assert [label.split()[1] for label in labels(shop)[:2]] == [f"#{second}", f"#{first}"]
    # A user id and an @username: the customer's card.
    assert "Ann" in await say(shop, f"/find {CUSTOMER}")
    assert "Bob" in await say(shop, "/find @Other_One")
    assert "Ann" in await say(shop, "/find happy_buyer")
    # Nothing: said so, with a way to search again.
    text = await say(shop, "/find nowhere-at-all")
    assert "Nothing matches <code>nowhere-at-all</code>" in text
    assert labels(shop) == ["🔎 Find again", "⬅️ Admin menu"]
    assert "Nothing matches" in await say(shop, "/find @nobody_here")
    assert "Usage: /find" in await say(shop, "/find")


async def test_find_lists_several_matches_and_a_button_opens_each(shop: Shop) -> None:
    h = shop.harness
    await seen(shop, CUSTOMER, name="Ann")
    await shop.credit(CUSTOMER, "10")
    order_id = await place(shop, CUSTOMER, "f1")
    # The same number as an order and as a customer: both listed.
    async with shop.db.transaction() as repos:
        await repos.conn.execute(
            "INSERT INTO users (id, full_name, created_at, last_seen_at) VALUES (?, 'Cy', 0, 0)",
            (order_id,),
        )
    text = await say(shop, f"/find {order_id}")
    assert "2 matches" in text
    await h.press(ADMIN_ID, h.find_button(ADMIN_ID, f"#{order_id}"))
    assert f"Order #{order_id}</b>" in h.last_text(ADMIN_ID)
    await h.press(ADMIN_ID, h.find_button(ADMIN_ID, f"Customer {CUSTOMER}"))
    assert "Ann" in h.last_text(ADMIN_ID)


async def test_find_from_the_menu_asks_once_and_cancel_leaves(shop: Shop) -> None:
    h = shop.harness
    await seen(shop, CUSTOMER, name="Ann")
    await say(shop, "/admin")
    await h.press(ADMIN_ID, h.find_button(ADMIN_ID, "Find"))
    assert h.last_text(ADMIN_ID) == EN("admin-find-ask")
    await h.press(ADMIN_ID, h.find_button(ADMIN_ID, "Cancel"))
    assert labels(shop)[2:] == MENU_ENTRIES[2:]  # the menu (nothing under review here)
    await say(shop, str(CUSTOMER))  # Find was left: a number is not a query any more
    assert "Ann" not in h.last_text(ADMIN_ID)
    await h.press(ADMIN_ID, AdminMenuCb(to="find").pack())
    assert "Ann" in await say(shop, str(CUSTOMER))


# -- a customer's card, page by page ----------------------------------------------------------


async def test_the_customers_card_pages_through_all_orders_and_movements(shop: Shop) -> None:
    h = shop.harness
    await seen(shop, CUSTOMER, name="Ann")
    await shop.credit(CUSTOMER, "20")
    ids = [await place(shop, CUSTOMER, f"p{n}") for n in range(12)]  # 12 orders, 13 entries
    text = await say(shop, f"/user {CUSTOMER}")
    assert "Orders</b> (page 1 of 3)" in text and "Wallet movements</b> (page 1 of 3)" in text
    seen_ids: list[int] = []
    for page in range(3):
        text = h.last_text(ADMIN_ID)
        assert f"Orders</b> (page {page + 1} of 3)" in text
        seen_ids += [i for i in ids if f"#{i} " in text.split("Orders</b>")[1].split("Wallet")[0]]
        if page < 2:
            calls = await h.press(ADMIN_ID, h.find_button(ADMIN_ID, "Orders ➡️"))
            assert [c for c in calls if c.name == "editMessageText"]
    assert sorted(seen_ids) == ids  # every order, once
    assert "Orders ➡️" not in labels(shop) and "⬅️ Orders" in labels(shop)
    for _ in range(2):
        await h.press(ADMIN_ID, h.find_button(ADMIN_ID, "Movements ➡️"))
    text = h.last_text(ADMIN_ID)
    assert "Wallet movements</b> (page 3 of 3)" in text
    assert "credit 20.00 USD" in text  # the oldest entry is on the last page
    assert "Orders</b> (page 3 of 3)" in text  # the orders' page is kept


# -- Refund on an order's card ----------------------------------------------------------------


async def test_a_part_refund_from_the_order_card(shop: Shop) -> None:
    h = shop.harness
    await seen(shop, CUSTOMER)
    await shop.credit(CUSTOMER, "10")
    order_id = await place(shop, CUSTOMER, "r1")  # 0.90
    await finished(shop, order_id)
    await say(shop, f"/order {order_id}")
    assert "↩️ Refund all (0.90 USD)" in labels(shop)
    await h.press(ADMIN_ID, h.find_button(ADMIN_ID, "Refund a part"))
    assert "At most 0.90 USD" in h.last_text(ADMIN_ID)
    before = await snapshot(shop)
    for typed, said in (
        ("0.91", "0.91 USD is more than is left to refund (0.90 USD)"),
        ("abc", "Send a positive amount"),
        ("0", "Send a positive amount"),
        ("0.123", "at most 2 decimals"),
    ):
        assert said in await say(shop, typed), typed
    assert await snapshot(shop) == before  # refused, nothing changed, still asking
    text = await say(shop, "0.30")
    assert "Refund <b>0.30 USD</b> of order" in text and "refunded so far 0.00 USD" in text
    assert await snapshot(shop) == before  # asked once more: nothing moved yet
    confirm = h.find_button(ADMIN_ID, "Confirm: refund 0.30 USD")
    # Pressed twice at once (a double tap, or two admins on their copies): refunded once.
    calls = await asyncio.gather(h.press(ADMIN_ID, confirm), h.press(ADMIN_ID, confirm))
    texts = [c.method.text for c in calls[0] + calls[1] if c.name == "editMessageText"]
    assert any("0.30 USD of order" in t and "0.60 USD is left" in t for t in texts)
    assert await shop.balance(CUSTOMER) == to_minor(Decimal("9.40"))
    assert await refunded(shop, order_id) == to_minor(Decimal("0.30"))
    entry = await rows(
        shop.db, "SELECT amount, order_id, admin_id FROM ledger WHERE kind = 'order_refund'"
    )
    assert entry == [(to_minor(Decimal("0.30")), order_id, ADMIN_ID)]
    told = await outbox_texts(shop, CUSTOMER)
    assert f"0.30 USD of your order #{order_id} was refunded to your balance." in told[-1]
    # The admin's ledger line and the customer's history name it.
    assert "order refund 0.30 USD · order #" in await say(shop, f"/order {order_id}")
    await h.press(CUSTOMER, "wh:0")
    assert f"Refund by the shop for order #{order_id}" in h.last_text(CUSTOMER)
    # /stats: the revenue kept is the price less the refunds.
    assert "Revenue (paid by customers, less refunds): 0.60 USD" in await say(shop, "/stats")
    await assert_ledger_balances(shop.db)


async def test_a_refund_is_refused_above_what_was_paid_less_what_was_refunded(
    shop: Shop,
) -> None:
    h = shop.harness
    await shop.credit(CUSTOMER, "10")
    order_id = await place(shop, CUSTOMER, "r2")  # 0.90 for 1000
    async with shop.db.read() as repos:
        order = await repos.orders.get(order_id)
    assert order is not None and order.panel_order_id is not None
    shop.panel.set_status(order.panel_order_id, "Partial", remains="500")
    await shop.services.status_sync.sync()  # Partial: 0.45 back at once
    assert await refunded(shop, order_id) == to_minor(Decimal("0.45"))
    await say(shop, f"/order {order_id}")
    assert "↩️ Refund all (0.45 USD)" in labels(shop)
    await h.press(ADMIN_ID, h.find_button(ADMIN_ID, "Refund a part"))
    before = await snapshot(shop)
    assert "more than is left to refund (0.45 USD)" in await say(shop, "0.50")
    # A forged Confirm above what is left moves nothing either.
    await h.press(ADMIN_ID, AdminRefundCb(act="ok", id=order_id, a=50_000, r=45_000).pack())
    assert "more than is left" in h.last_text(ADMIN_ID)
    assert await snapshot(shop) == before
    await say(shop, "0.45")
    await h.press(ADMIN_ID, h.find_button(ADMIN_ID, "Confirm"))
    assert await refunded(shop, order_id) == order.price
    await say(shop, f"/order {order_id}")
    assert not [label for label in labels(shop) if "Refund" in label]  # nothing left
    await assert_ledger_balances(shop.db)


async def test_the_whole_amount_refunds_once_however_often_confirm_is_pressed(
    shop: Shop,
) -> None:
    h = shop.harness
    await shop.credit(CUSTOMER, "10")
    order_id = await place(shop, CUSTOMER, "r3")
    await finished(shop, order_id)
    await say(shop, f"/order {order_id}")
    await h.press(ADMIN_ID, h.find_button(ADMIN_ID, "Refund all"))
    assert "Refund <b>0.90 USD</b>" in h.last_text(ADMIN_ID)
    confirm = h.find_button(ADMIN_ID, "Confirm")
    # Two presses at once (a double tap, or two admins): one refund.
    await asyncio.gather(h.press(ADMIN_ID, confirm), h.press(ADMIN_ID, confirm))
    assert await shop.balance(CUSTOMER) == to_minor(Decimal("10"))
    assert await refunded(shop, order_id) == to_minor(Decimal("0.90"))
    before = await snapshot(shop)
    await h.press(ADMIN_ID, confirm)  # a replayed button later
    assert "was refunded meanwhile" in h.last_text(ADMIN_ID)
    assert await snapshot(shop) == before
    kinds = await rows(shop.db, "SELECT count(*) FROM ledger WHERE kind = 'order_refund'")
    assert kinds == [(1,)]
    await assert_ledger_balances(shop.db)


async def test_an_order_still_running_is_not_refunded_here(shop: Shop) -> None:
    h = shop.harness
    await shop.credit(CUSTOMER, "10")
    order_id = await place(shop, CUSTOMER, "r4")  # pending on the panel
    await say(shop, f"/order {order_id}")
    assert not [label for label in labels(shop) if "Refund" in label]
    before = await snapshot(shop)
    for act in ("all", "part", "ok"):
        data = AdminRefundCb(act=act, id=order_id, a=10_000, r=0).pack()
        calls = await h.press(ADMIN_ID, data)
        answers = [c.method for c in calls if isinstance(c.method, AnswerCallbackQuery)]
        assert len(answers) == 1 and "only a finished order" in (answers[0].text or ""), act
    assert await snapshot(shop) == before
    await assert_ledger_balances(shop.db)


async def test_a_customer_pressing_a_forged_refund_button_changes_nothing(shop: Shop) -> None:
    h = shop.harness
    await shop.credit(CUSTOMER, "10")
    order_id = await place(shop, CUSTOMER, "r5")
    await finished(shop, order_id)
    await h.send(CUSTOMER, "/start")
    before = await snapshot(shop)
    for act in ("all", "part", "ok"):
        data = AdminRefundCb(act=act, id=order_id, a=90_000, r=0).pack()
        calls = await h.press(CUSTOMER, data)
        assert len([c for c in calls if isinstance(c.method, AnswerCallbackQuery)]) == 1
    assert await snapshot(shop) == before
    await assert_ledger_balances(shop.db)
