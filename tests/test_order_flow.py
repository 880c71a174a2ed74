"""Customers order every service type through the real Dispatcher and a fake panel over HTTP."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from decimal import Decimal

import pytest
from aiogram.methods import AnswerCallbackQuery

from bot.domain.clock import now
from bot.domain.money import to_minor
from bot.domain.order_draft import OrderDraft
from bot.services.ordering import OutcomeKind
from bot.services.wallet import move
from bot.ui.keyboards.callbacks import ConfirmCb, MenuCb, OrderServiceCb
from tests.browsing import open_category
from tests.conftest import ADMIN_ID, CUSTOMER, Shop, assert_ledger_balances, wait_for
from tests.payments_helpers import outbox

NEW = MenuCb(to="new").pack()


async def open_service(shop: Shop, user: int, category: str, service: str) -> None:
    """Main menu -> New order -> platform -> category -> service -> Order."""
    h = shop.harness
    await h.send(user, "/start")
    await h.press(user, h.find_button(user, "New order"))
    assert "Choose a platform" in h.last_text(user)
    await open_category(shop, user, category, new_order=False)
    await h.press(user, h.find_button(user, service))
    await h.press(user, h.find_button(user, "Order"))


async def confirm(shop: Shop, user: int) -> str:
    h = shop.harness
    await h.press(user, h.find_button(user, "Confirm"))
    return h.last_text(user)


async def test_default_order_from_main_menu_to_placed(shop: Shop) -> None:
    await shop.credit(CUSTOMER, "10")
    h = shop.harness
    await open_service(shop, CUSTOMER, "Instagram Followers", "Instagram Followers")
    assert "Send the link" in h.last_text(CUSTOMER)
    await h.send(CUSTOMER, "https://instagram.com/shop_owner")
    assert "from <b>50</b> to <b>10000</b>" in h.last_text(CUSTOMER)
    await h.send(CUSTOMER, "1500")
    summary = h.last_text(CUSTOMER)
    assert "Quantity: 1500" in summary
    assert "Total: <b>1.35 USD</b>" in summary  # 0.90 x 1.5
    assert "10.00 USD → 8.65 USD" in summary
    text = await confirm(shop, CUSTOMER)
    assert "Order placed" in text
    assert shop.adds() == [
        {"service": "1", "link": "https://instagram.com/shop_owner", "quantity": "1500"}
    ]
    assert await shop.balance(CUSTOMER) == to_minor(Decimal("8.65"))
    async with shop.db.read() as repos:
        (order,) = await repos.orders.list_for_user(CUSTOMER, 0, 10)
    assert order.state == "pending" and order.panel_order_id is not None
    assert f"Provider order: {order.panel_order_id}" in text
    await assert_ledger_balances(shop.db)


async def test_dripfeed_order_sends_runs_and_interval(shop: Shop) -> None:
    await shop.credit(CUSTOMER, "10")
    h = shop.harness
    await open_service(shop, CUSTOMER, "Instagram Likes", "drip-feed")
    await h.send(CUSTOMER, "https://instagram.com/p/ABC123/")
    await h.send(CUSTOMER, "100")
    assert "Drip-feed" in h.last_text(CUSTOMER)
    await h.send(CUSTOMER, "5")
    await h.send(CUSTOMER, "30")
    summary = h.last_text(CUSTOMER)
    assert "5 runs × 100, every 30 min" in summary
    assert "Quantity: 500" in summary
    assert "Total: <b>0.23 USD</b>" in summary  # 0.45 x 0.5 = 0.225, rounded up
    await confirm(shop, CUSTOMER)
    assert shop.adds() == [
        {
            "service": "2",
            "link": "https://instagram.com/p/ABC123/",
            "quantity": "100",
            "runs": "5",
            "interval": "30",
        }
    ]
    await assert_ledger_balances(shop.db)


async def test_dripfeed_can_be_skipped(shop: Shop) -> None:
    await shop.credit(CUSTOMER, "10")
    h = shop.harness
    await open_service(shop, CUSTOMER, "Instagram Likes", "drip-feed")
    await h.send(CUSTOMER, "https://instagram.com/p/XYZ/")
    await h.send(CUSTOMER, "100")
    await h.press(CUSTOMER, h.find_button(CUSTOMER, "Skip"))
    assert "Drip-feed" not in h.last_text(CUSTOMER)
    await confirm(shop, CUSTOMER)
    assert shop.adds() == [
        {"service": "2", "link": "https://instagram.com/p/XYZ/", "quantity": "100"}
    ]


async def test_package_order_sends_only_the_link(shop: Shop) -> None:
    await shop.credit(CUSTOMER, "10")
    await open_service(shop, CUSTOMER, "Telegram", "Starter Package")
    await shop.harness.send(CUSTOMER, "https://t.me/mychannel")
    summary = shop.harness.last_text(CUSTOMER)
    assert "Total: <b>4.50 USD</b>" in summary
    await confirm(shop, CUSTOMER)
    assert shop.adds() == [{"service": "3", "link": "https://t.me/mychannel"}]
    assert await shop.balance(CUSTOMER) == to_minor(Decimal("5.50"))


async def test_custom_comments_count_lines_as_quantity(shop: Shop) -> None:
    await shop.credit(CUSTOMER, "10")
    h = shop.harness
    await open_service(shop, CUSTOMER, "Instagram Comments", "Custom Comments")
    await h.send(CUSTOMER, "https://instagram.com/p/POST1/")
    await h.send(CUSTOMER, "Great post! <3\r\n\n  So nice & cool  \nواو رائع 🔥\n")
    summary = h.last_text(CUSTOMER)
    assert "Comments (3)" in summary
    assert "Great post! &lt;3" in summary
    assert "Total: <b>0.03 USD</b>" in summary  # 8 x 3 / 1000 = 0.024, rounded up
    await confirm(shop, CUSTOMER)
    assert shop.adds() == [
        {
            "service": "4",
            "link": "https://instagram.com/p/POST1/",
            "comments": "Great post! <3\nSo nice & cool\nواو رائع 🔥",
        }
    ]


async def test_comment_likes_send_quantity_and_username(shop: Shop) -> None:
    await shop.credit(CUSTOMER, "10")
    h = shop.harness
    await open_service(shop, CUSTOMER, "Instagram Comments", "Comment Likes")
    await h.send(CUSTOMER, "https://instagram.com/p/POST2/")
    await h.send(CUSTOMER, "100")
    assert "username" in h.last_text(CUSTOMER)
    await h.send(CUSTOMER, "@comment.author_1")
    assert "Comment author: @comment.author_1" in h.last_text(CUSTOMER)
    await confirm(shop, CUSTOMER)
    assert shop.adds() == [
        {
            "service": "5",
            "link": "https://instagram.com/p/POST2/",
            "quantity": "100",
            "username": "comment.author_1",
        }
    ]


async def test_poll_sends_quantity_and_answer_number(shop: Shop) -> None:
    await shop.credit(CUSTOMER, "10")
    h = shop.harness
    await open_service(shop, CUSTOMER, "Telegram", "Poll Votes")
    await h.send(CUSTOMER, "https://t.me/mychannel/42")
    await h.send(CUSTOMER, "1000")
    await h.send(CUSTOMER, "2")
    assert "Poll answer: 2" in h.last_text(CUSTOMER)
    await confirm(shop, CUSTOMER)
    assert shop.adds() == [
        {
            "service": "6",
            "link": "https://t.me/mychannel/42",
            "quantity": "1000",
            "answer_number": "2",
        }
    ]
    await assert_ledger_balances(shop.db)


async def test_unsupported_types_are_never_offered(shop: Shop) -> None:
    h = shop.harness
    await h.send(CUSTOMER, "/start")
    await open_category(shop, CUSTOMER, "Instagram Comments")
    names = [text for text, _ in h.buttons(CUSTOMER)]
    assert not any("Mentions" in name for name in names)
    # A forged button for the hidden service is refused and starts nothing.
    calls = await h.press(CUSTOMER, OrderServiceCb(id=7).pack())
    answers = [c.method for c in calls if isinstance(c.method, AnswerCallbackQuery)]
    assert answers and "no longer available" in (answers[0].text or "")
    await h.send(CUSTOMER, "https://instagram.com/x")  # not taken as a link: no form is open
    fsm = h.dp.fsm.get_context(bot=h.bot, chat_id=CUSTOMER, user_id=CUSTOMER)
    assert await fsm.get_state() is None
    assert "How many?" not in h.last_text(CUSTOMER)


async def test_category_counts_exclude_unsupported(shop: Shop) -> None:
    h = shop.harness
    await h.send(CUSTOMER, "/start")
    await h.press(CUSTOMER, NEW)
    labels = [text for text, _ in h.buttons(CUSTOMER)]
    assert "📸 Instagram (4)" in labels  # followers 1, likes 1, comments 2 (of 3)
    assert "✈️ Telegram (2)" in labels
    await h.press(CUSTOMER, h.find_button(CUSTOMER, "Instagram"))
    labels = [text for text, _ in h.buttons(CUSTOMER)]
    assert "Comments (2)" in labels  # "Instagram" said once, by the header


async def test_not_enough_balance_shows_missing_and_no_confirm(shop: Shop) -> None:
    await shop.credit(CUSTOMER, "1")
    h = shop.harness
    await open_service(shop, CUSTOMER, "Instagram Followers", "Instagram Followers")
    await h.send(CUSTOMER, "https://instagram.com/a")
    await h.send(CUSTOMER, "5000")  # 4.50
    assert "Balance: 1.00 USD · 3.50 USD missing" in h.last_text(CUSTOMER)
    assert not any("Confirm" in text for text, _ in h.buttons(CUSTOMER))


async def test_ten_concurrent_confirms_place_one_order(shop: Shop) -> None:
    await shop.credit(CUSTOMER, "10")
    h = shop.harness
    await open_service(shop, CUSTOMER, "Instagram Followers", "Instagram Followers")
    await h.send(CUSTOMER, "https://instagram.com/b")
    await h.send(CUSTOMER, "1000")
    data = h.find_button(CUSTOMER, "Confirm")
    await asyncio.gather(*(h.press(CUSTOMER, data) for _ in range(10)))
    assert len(shop.adds()) == 1
    async with shop.db.read() as repos:
        orders = await repos.orders.list_for_user(CUSTOMER, 0, 50)
        debits = [e for e in await repos.ledger.all_entries() if e.kind == "order"]
    assert len(orders) == 1 and len(debits) == 1
    assert await shop.balance(CUSTOMER) == to_minor(Decimal("9.10"))
    # A replay later shows the same order, and still places nothing.
    await h.press(CUSTOMER, data)
    assert "already placed" in h.last_text(CUSTOMER)
    assert len(shop.adds()) == 1
    await assert_ledger_balances(shop.db)


async def test_forged_confirm_token_places_nothing(shop: Shop) -> None:
    await shop.credit(CUSTOMER, "10")
    calls = await shop.harness.press(CUSTOMER, ConfirmCb(token="forged-token-1").pack())
    answers = [c.method for c in calls if isinstance(c.method, AnswerCallbackQuery)]
    assert answers and "no longer valid" in (answers[0].text or "")
    assert shop.adds() == []
    assert await shop.balance(CUSTOMER) == to_minor(Decimal(10))


async def test_two_concurrent_orders_beyond_the_balance(shop: Shop) -> None:
    await shop.credit(CUSTOMER, "1.00")
    ordering = shop.services.ordering
    first = OrderDraft(service_id=1, link="https://instagram.com/one", quantity=1000)  # 0.90
    second = OrderDraft(service_id=1, link="https://instagram.com/two", quantity=1000)
    price = (await ordering.quote(CUSTOMER, first)).price
    outcomes = await asyncio.gather(
        ordering.place(CUSTOMER, first, "token-one", price),
        ordering.place(CUSTOMER, second, "token-two", price),
    )
    kinds = sorted(outcome.kind for outcome in outcomes)
    assert kinds == sorted([OutcomeKind.PLACED, OutcomeKind.NO_FUNDS])
    assert len(shop.adds()) == 1
    assert await shop.balance(CUSTOMER) == to_minor(Decimal("0.10"))
    await assert_ledger_balances(shop.db)


async def test_same_token_twice_is_one_order(shop: Shop) -> None:
    await shop.credit(CUSTOMER, "5")
    ordering = shop.services.ordering
    draft = OrderDraft(service_id=3, link="https://t.me/c")
    price = (await ordering.quote(CUSTOMER, draft)).price
    a = await ordering.place(CUSTOMER, draft, "same", price)
    b = await ordering.place(CUSTOMER, draft, "same", price)
    assert (a.kind, b.kind) == (OutcomeKind.PLACED, OutcomeKind.ALREADY)
    assert a.order is not None and b.order is not None and a.order.id == b.order.id


async def test_refusal_refunds_at_once(shop: Shop) -> None:
    await shop.credit(CUSTOMER, "10")
    h = shop.harness
    await open_service(shop, CUSTOMER, "Instagram Followers", "Instagram Followers")
    await h.send(CUSTOMER, "https://instagram.com/c")
    await h.send(CUSTOMER, "1000")
    shop.panel.inject_fault("add", "error:Bad link  ")
    text = await confirm(shop, CUSTOMER)
    assert "not accepted: the link is private or wrong" in text  # the panel's words: admins'
    assert "Bad link" not in text and "refunded" in text
    assert await shop.balance(CUSTOMER) == to_minor(Decimal(10))
    async with shop.db.read() as repos:
        (order,) = await repos.orders.list_for_user(CUSTOMER, 0, 5)
    assert order.state == "failed" and order.refunded == order.price
    await assert_ledger_balances(shop.db)


async def test_panel_funds_problem_is_hidden_from_customer_and_told_to_admins(
    shop: Shop,
) -> None:
    await shop.credit(CUSTOMER, "10")
    h = shop.harness
    await open_service(shop, CUSTOMER, "Instagram Followers", "Instagram Followers")
    await h.send(CUSTOMER, "https://instagram.com/d")
    await h.send(CUSTOMER, "1000")
    shop.panel.inject_fault("add", "error:neworder.error.not_enough_funds")
    text = await confirm(shop, CUSTOMER)
    assert "this service is unavailable right now" in text
    assert "funds" not in text
    assert await shop.balance(CUSTOMER) == to_minor(Decimal(10))
    admin_texts = [m.text for m in await outbox(shop, ADMIN_ID)]
    assert any("neworder.error.not_enough_funds" in t for t in admin_texts)
    await assert_ledger_balances(shop.db)


async def test_timeout_holds_funds_for_review_with_one_add(
    make_shop: Callable[..., Awaitable[Shop]],
) -> None:
    shop = await make_shop(panel_timeout_seconds=0.5)  # the held add times out: no wait of 10 s
    await shop.credit(CUSTOMER, "10")
    h = shop.harness
    await open_service(shop, CUSTOMER, "Instagram Followers", "Instagram Followers")
    await h.send(CUSTOMER, "https://instagram.com/e")
    await h.send(CUSTOMER, "1000")
    held = shop.panel.hold("add")  # the panel answers only when released: the client gives up
    text = await confirm(shop, CUSTOMER)
    assert "being checked" in text
    assert len(shop.adds()) == 1
    assert await shop.balance(CUSTOMER) == to_minor(Decimal("9.10"))
    async with shop.db.read() as repos:
        (order,) = await repos.orders.list_for_user(CUSTOMER, 0, 5)
    assert order.state == "unknown"
    alerts = [m.text for m in await outbox(shop, ADMIN_ID)]
    assert any(f"Order #{order.id}: outcome unknown" in text for text in alerts)
    assert held.arrivals == 1
    shop.panel.release("add")  # the add lands on the panel after all; still only one
    await wait_for(lambda: len(shop.panel.orders) == 1)
    assert len(shop.adds()) == 1
    await assert_ledger_balances(shop.db)


@pytest.mark.parametrize("fault", ["http500", "html", "broken_json"])
async def test_unreadable_answer_is_unknown_not_retried(shop: Shop, fault: str) -> None:
    await shop.credit(CUSTOMER, "10")
    draft = OrderDraft(service_id=1, link="https://instagram.com/f", quantity=100)
    ordering = shop.services.ordering
    price = (await ordering.quote(CUSTOMER, draft)).price
    shop.panel.inject_fault("add", fault)
    outcome = await ordering.place(CUSTOMER, draft, f"t-{fault}", price)
    assert outcome.kind is OutcomeKind.UNKNOWN
    assert len(shop.adds()) == 1
    await assert_ledger_balances(shop.db)


async def test_price_change_between_summary_and_confirm_shows_the_new_total(shop: Shop) -> None:
    await shop.credit(CUSTOMER, "10")
    h = shop.harness
    await open_service(shop, CUSTOMER, "Instagram Followers", "Instagram Followers")
    await h.send(CUSTOMER, "https://instagram.com/pricey")
    await h.send(CUSTOMER, "1000")
    assert "Total: <b>0.90 USD</b>" in h.last_text(CUSTOMER)
    shop.panel.catalogue[0] = {**shop.panel.catalogue[0], "rate": "1.20"}
    await shop.services.catalogue.refresh()
    await h.press(CUSTOMER, h.find_button(CUSTOMER, "Confirm"))
    text = h.last_text(CUSTOMER)
    assert "price has changed" in text and "Total: <b>1.20 USD</b>" in text
    assert shop.adds() == []
    await h.press(CUSTOMER, h.find_button(CUSTOMER, "Confirm"))
    assert "Order placed" in h.last_text(CUSTOMER)
    assert await shop.balance(CUSTOMER) == to_minor(Decimal("8.80"))
    await assert_ledger_balances(shop.db)


async def test_service_hidden_while_the_form_is_open(shop: Shop) -> None:
    await shop.credit(CUSTOMER, "10")
    h = shop.harness
    await open_service(shop, CUSTOMER, "Instagram Followers", "Instagram Followers")
    await h.send(CUSTOMER, "https://instagram.com/gone")
    async with shop.db.transaction() as repos:
        await repos.catalogue.set_service_hidden(1, True)
    await h.send(CUSTOMER, "1000")
    assert "no longer available" in h.last_text(CUSTOMER)


async def test_an_order_interrupted_mid_add_is_held_for_review_at_start(shop: Shop) -> None:
    await shop.credit(CUSTOMER, "10")
    ordering = shop.services.ordering
    draft = OrderDraft(service_id=1, link="https://instagram.com/interrupted", quantity=1000)
    quote = await ordering.quote(CUSTOMER, draft)
    async with shop.db.transaction() as repos:
        # What a stop between the debit and the panel's answer leaves behind.
        order_id = await repos.orders.insert_submitting(
            CUSTOMER,
            OrderDraft(service_id=1, link=draft.link or "", quantity=1000),
            service_name="x",
            service_type="Default",
            quantity=1000,
            price=quote.price,
            confirm_token="interrupted",
            now=1,  # long ago
        )
        await move(repos, CUSTOMER, -quote.price, "order", order_id=order_id)
        young = await repos.orders.insert_submitting(
            CUSTOMER,
            OrderDraft(service_id=1, link="https://instagram.com/young", quantity=1000),
            service_name="x",
            service_type="Default",
            quantity=1000,
            price=quote.price,
            confirm_token="young",
            now=now(),  # another process may be placing it right now
        )
        await move(repos, CUSTOMER, -quote.price, "order", order_id=young)
    assert await ordering.recover_interrupted() == 1
    async with shop.db.read() as repos:
        assert (await repos.orders.get(order_id)).state == "unknown"  # type: ignore[union-attr]
        assert (await repos.orders.get(young)).state == "submitting"  # type: ignore[union-attr]
    assert shop.adds() == []
    await assert_ledger_balances(shop.db)


async def test_cancelling_an_order_mid_add_still_records_it(shop: Shop) -> None:
    await shop.credit(CUSTOMER, "10")
    ordering = shop.services.ordering
    draft = OrderDraft(service_id=1, link="https://instagram.com/stop", quantity=100)
    price = (await ordering.quote(CUSTOMER, draft)).price
    held = shop.panel.hold("add")
    task = asyncio.create_task(ordering.place(CUSTOMER, draft, "stop-token", price))
    await held.reached()
    task.cancel()  # the update's handler is cancelled, e.g. at shutdown
    shop.panel.release("add")
    await ordering.wait_idle(5)
    async with shop.db.read() as repos:
        order = await repos.orders.get_by_token("stop-token")
    assert order is not None and order.state == "pending" and order.panel_order_id
    assert len([a for a, _ in shop.panel.requests if a == "add"]) == 1
    await assert_ledger_balances(shop.db)


@pytest.mark.parametrize("answer", ['{"order": 7.5}', '{"order": "1e3"}'])
async def test_a_fractional_or_exponent_order_id_holds_the_money_for_review(
    shop: Shop, answer: str
) -> None:
    await shop.credit(CUSTOMER, "10")
    draft = OrderDraft(service_id=1, link="https://instagram.com/g", quantity=100)
    outcome = await shop.place(draft, "t-odd-id", fault=f"json:{answer}")
    assert outcome.kind == "unknown" and outcome.order is not None
    assert outcome.order.state == "unknown"
    assert outcome.order.panel_order_id is None  # neither 7 nor 1000
    assert await shop.balance(CUSTOMER) == to_minor(Decimal("10")) - outcome.order.price
    assert len(shop.adds()) == 1
    await assert_ledger_balances(shop.db)
