"""Order tracking: status sync in batches, exact refunds once, refills, cancels, My orders."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any

import pytest
from aiogram.methods import AnswerCallbackQuery

from bot.db.repositories.orders import Order
from bot.domain.money import to_minor
from bot.domain.order_draft import OrderDraft
from bot.sandbox.panel import Reply
from bot.services import status_sync as status_sync_module
from bot.services.order_statuses import OrderStatuses
from bot.services.ordering import OutcomeKind
from bot.services.refill_sync import RefillSync
from bot.services.status_sync import IN_FLIGHT, StatusSync
from bot.ui.keyboards.callbacks import MenuCb, OrderActionCb, OrderCardCb
from bot.ui.keyboards.orders import open_order
from tests.conftest import ADMIN_ID, CUSTOMER, Shop, assert_ledger_balances
from tests.payments_helpers import rendered

OTHER = 2002


async def place(shop: Shop, draft: OrderDraft, user: int = CUSTOMER) -> Order:
    outcome = await shop.place(draft, f"t-{user}-{draft.link}-{draft.quantity}", user)
    assert outcome.kind == OutcomeKind.PLACED and outcome.order is not None
    return outcome.order


async def order(shop: Shop, order_id: int) -> Order:
    async with shop.db.read() as repos:
        found = await repos.orders.get(order_id)
    assert found is not None
    return found


async def outbox_texts(shop: Shop, chat_id: int = CUSTOMER) -> list[str]:
    async with shop.db.read() as repos:
        rows = await repos.outbox.due(now=2**40, limit=10_000)
    return [rendered(shop, row).text for row in rows if row.chat_id == chat_id]


async def refunds(shop: Shop, order_id: int) -> list[int]:
    async with shop.db.read() as repos:
        entries = await repos.ledger.all_entries()
    return [e.amount for e in entries if e.order_id == order_id and e.kind == "refund"]


@pytest.fixture
async def funded(shop: Shop) -> Shop:
    await shop.credit(CUSTOMER, "100")
    async with shop.db.transaction() as repos:  # the top-up notice is not what these tests read
        await repos.conn.execute("DELETE FROM outbox")
    return shop


async def test_pending_in_progress_completed(funded: Shop) -> None:
    shop = funded
    placed = await place(
        shop, OrderDraft(service_id=1, link="https://instagram.com/a", quantity=1000)
    )
    assert placed.panel_order_id is not None
    tracking = shop.services.status_sync
    await tracking.sync()
    assert (await order(shop, placed.id)).state == "pending"
    assert await outbox_texts(shop) == []

    shop.panel.set_status(placed.panel_order_id, "In progress", start_count=120, remains=600)
    await tracking.sync()
    current = await order(shop, placed.id)
    assert (current.state, current.start_count, current.remains) == ("in_progress", 120, 600)
    assert any("has started" in t and "Start count: 120" in t for t in await outbox_texts(shop))

    shop.panel.set_status(placed.panel_order_id, "Completed", remains=0)
    for _ in range(3):
        await tracking.sync()
    assert (await order(shop, placed.id)).state == "completed"
    texts = await outbox_texts(shop)
    assert sum("is completed" in t for t in texts) == 1
    assert len(texts) == 2
    assert await refunds(shop, placed.id) == []
    await assert_ledger_balances(shop.db)


async def test_partial_refunds_undelivered_share_to_the_cent_once(funded: Shop) -> None:
    shop = funded
    placed = await place(
        shop, OrderDraft(service_id=1, link="https://instagram.com/b", quantity=1500)
    )
    assert placed.price == to_minor(Decimal("1.35"))
    assert placed.panel_order_id is not None
    shop.panel.set_status(placed.panel_order_id, "Partial", remains=157, charge=Decimal("1.2087"))
    for _ in range(4):
        await shop.services.status_sync.sync()
    # 1.35 x 157 / 1500 = 0.1413 -> 0.14 (rounded down at PRICE_DECIMALS)
    assert await refunds(shop, placed.id) == [to_minor(Decimal("0.14"))]
    current = await order(shop, placed.id)
    assert current.state == "partial" and current.refunded == to_minor(Decimal("0.14"))
    assert current.panel_charge == to_minor(Decimal("1.2087"))
    notes = [t for t in await outbox_texts(shop) if "partially completed" in t]
    assert len(notes) == 1 and "1343 of 1500" in notes[0] and "0.14 USD" in notes[0]
    assert await shop.balance(CUSTOMER) == to_minor(
        Decimal("100") - Decimal("1.35") + Decimal("0.14")
    )
    await assert_ledger_balances(shop.db)


@pytest.mark.parametrize(
    "raw", ["Canceled", "Cancelled", "Refunded", "canceled ", "CANCELLED", "Failed"]
)
async def test_cancel_spellings_refund_the_whole_once(funded: Shop, raw: str) -> None:
    shop = funded
    placed = await place(
        shop, OrderDraft(service_id=1, link="https://instagram.com/c", quantity=500)
    )
    assert placed.panel_order_id is not None
    shop.panel.set_status(placed.panel_order_id, raw, remains=500)
    for _ in range(3):
        await shop.services.status_sync.sync()
    assert await refunds(shop, placed.id) == [placed.price]
    current = await order(shop, placed.id)
    assert current.state == "canceled" and current.status_raw == raw.strip()
    assert sum("was canceled" in t for t in await outbox_texts(shop)) == 1
    assert await shop.balance(CUSTOMER) == to_minor(Decimal(100))
    await assert_ledger_balances(shop.db)


async def test_unknown_status_is_kept_tracked_and_admins_told_once(funded: Shop) -> None:
    shop = funded
    first = await place(
        shop, OrderDraft(service_id=1, link="https://instagram.com/d", quantity=100)
    )
    second = await place(
        shop, OrderDraft(service_id=1, link="https://instagram.com/e", quantity=100)
    )
    assert first.panel_order_id and second.panel_order_id
    shop.panel.set_status(first.panel_order_id, "On Hold")
    shop.panel.set_status(second.panel_order_id, "on hold ")
    for _ in range(3):
        await shop.services.status_sync.sync()
    for placed in (first, second):
        current = await order(shop, placed.id)
        assert current.state == "pending" and current.status_raw in ("On Hold", "on hold")
    admin = await outbox_texts(shop, ADMIN_ID)
    assert sum("unknown order status" in t for t in admin) == 1
    async with shop.db.read() as repos:
        assert len(await repos.orders.list_open_on_panel(1)) == 2  # still asked about every cycle
    # It becomes known later: tracked as usual.
    shop.panel.set_status(first.panel_order_id, "Completed", remains=0)
    await shop.services.status_sync.sync()
    assert (await order(shop, first.id)).state == "completed"


async def test_250_open_orders_take_3_status_requests_a_cycle(funded: Shop) -> None:
    shop = funded
    for i in range(250):
        await place(shop, OrderDraft(service_id=1, link=f"https://t.me/c{i}", quantity=50))
    shop.panel.requests.clear()
    report = await shop.services.status_sync.sync()
    assert report is not None and report.orders == 250
    status_requests = [fields for action, fields in shop.panel.requests if action == "status"]
    assert len(status_requests) == 3
    sizes = sorted(len(fields["orders"].split(",")) for fields in status_requests)
    assert sizes == [50, 100, 100]
    assert all("order" not in fields for fields in status_requests)


async def test_a_batch_is_applied_before_a_batch_beyond_the_in_flight_bound_is_asked(
    funded: Shop, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Answers are not fetched far ahead of their writes: with every batch asked at once the
    loop parsed all the answers back to back while their writes queued (a customer waited
    ~160 ms in a 10,000-order cycle)."""
    shop = funded
    batches, size = IN_FLIGHT + 2, 4
    monkeypatch.setattr(status_sync_module, "BATCH_SIZE", size)  # a cycle of a few small batches
    placed = [
        await place(shop, OrderDraft(service_id=1, link=f"https://t.me/b{i}", quantity=50))
        for i in range(batches * size)
    ]
    for each in placed:
        assert each.panel_order_id is not None
        shop.panel.set_status(each.panel_order_id, "Completed", remains=0)
    events: list[str] = []
    answer = shop.panel.handle
    apply = OrderStatuses.apply

    async def asked(form: Mapping[str, str]) -> Reply:
        if form.get("action") == "status":
            events.append("asked")
        return await answer(form)

    async def applied(self: OrderStatuses, *args: Any) -> tuple[int, int]:
        result = await apply(self, *args)
        events.append("applied")
        return result

    monkeypatch.setattr(shop.panel, "handle", asked)
    monkeypatch.setattr(OrderStatuses, "apply", applied)
    report = await shop.services.status_sync.sync()
    assert report is not None and report.changed == batches * size
    assert events.count("asked") == events.count("applied") == batches
    for position, event in enumerate(events):
        if event == "asked":
            # Never more than IN_FLIGHT batches asked and not yet applied.
            assert events[:position].count("asked") - events[:position].count("applied") < IN_FLIGHT
    await assert_ledger_balances(shop.db)


async def test_per_item_errors_do_not_spoil_the_batch(funded: Shop) -> None:
    shop = funded
    good = await place(shop, OrderDraft(service_id=1, link="https://instagram.com/f", quantity=100))
    lost = await place(shop, OrderDraft(service_id=1, link="https://instagram.com/g", quantity=100))
    assert good.panel_order_id and lost.panel_order_id
    del shop.panel.orders[lost.panel_order_id]  # the panel answers "Incorrect order ID"
    shop.panel.set_status(good.panel_order_id, "Completed", remains=0)
    await shop.services.status_sync.sync()
    assert (await order(shop, good.id)).state == "completed"
    assert (await order(shop, lost.id)).state == "pending"


async def test_a_failing_panel_changes_nothing_and_is_recorded(funded: Shop) -> None:
    shop = funded
    placed = await place(
        shop, OrderDraft(service_id=1, link="https://instagram.com/h", quantity=100)
    )
    shop.panel.inject_fault("status", "html", times=10)
    with pytest.raises(Exception, match="status"):
        await shop.services.status_sync.sync()
    assert (await order(shop, placed.id)).state == "pending"
    async with shop.db.read() as repos:
        assert (await repos.meta.get("last_sync_result") or "").startswith("failed")


async def test_only_one_process_syncs_at_a_time(funded: Shop) -> None:
    shop = funded
    s = shop.services
    statuses = OrderStatuses(s.db, s.notifier, s.settings, open_order)
    refills = RefillSync(s.db, s.panels, s.notifier, open_order)
    other = StatusSync(s.db, s.panels, statuses, refills, s.settings)
    assert await s.status_sync.sync() is not None
    assert await other.sync() is None  # the lease is held by the first
    await s.status_sync.release()
    assert await other.sync() is not None


# -- through the buttons ------------------------------------------------------------------------
async def test_my_orders_list_and_card(funded: Shop) -> None:
    shop, h = funded, funded.harness
    placed = [
        await place(
            shop, OrderDraft(service_id=1, link=f"https://instagram.com/p{i}", quantity=100)
        )
        for i in range(10)
    ]
    await h.press(CUSTOMER, MenuCb(to="orders").pack())
    assert "My orders" in h.last_text(CUSTOMER) and "Page 1 of 2" in h.last_text(CUSTOMER)
    labels = [label for label, data in h.buttons(CUSTOMER) if data.startswith("oc:")]
    assert labels[0] == f"#{placed[-1].id}"  # newest first
    first_line = h.last_text(CUSTOMER).split("\n\n")[1].split("\n")[0]
    assert first_line.startswith(f"⏳ Pending · <b>#{placed[-1].id}</b> Instagram Followers")
    await h.press(CUSTOMER, OrderCardCb(id=placed[0].id).pack())
    card = h.last_text(CUSTOMER)
    assert f"Order #{placed[0].id}" in card and "Quantity: 100" in card
    assert f"Provider order: {placed[0].panel_order_id}" in card
    actions = {data.split(":")[-1] for _, data in h.buttons(CUSTOMER) if data.startswith("oa:")}
    assert actions == {"refresh", "cancel", "again"}


async def test_someone_elses_order_is_refused(funded: Shop) -> None:
    shop, h = funded, funded.harness
    placed = await place(
        shop, OrderDraft(service_id=1, link="https://instagram.com/x", quantity=100)
    )
    for data in (
        OrderCardCb(id=placed.id).pack(),
        OrderActionCb(id=placed.id, act="cancel").pack(),
        OrderActionCb(id=placed.id, act="cancelok").pack(),
        OrderActionCb(id=placed.id, act="refill").pack(),
    ):
        calls = await h.press(OTHER, data)
        answers = [c.method for c in calls if isinstance(c.method, AnswerCallbackQuery)]
        assert answers and "not yours" in (answers[0].text or "")
    assert not (await order(shop, placed.id)).cancel_requested
    assert [a for a, _ in shop.panel.requests if a in ("cancel", "refill")] == []


async def test_refill_end_to_end(funded: Shop) -> None:
    shop, h = funded, funded.harness
    placed = await place(
        shop, OrderDraft(service_id=1, link="https://instagram.com/r", quantity=100)
    )
    assert placed.panel_order_id
    # Not completed yet: refill does not apply, and nothing is asked.
    await h.press(CUSTOMER, OrderActionCb(id=placed.id, act="refill").pack())
    assert "not possible" in h.last_text(CUSTOMER)
    shop.panel.set_status(placed.panel_order_id, "Completed", remains=0)
    await shop.services.status_sync.sync()
    await h.press(CUSTOMER, OrderCardCb(id=placed.id).pack())
    await h.press(CUSTOMER, h.find_button(CUSTOMER, "Refill"))
    assert "Refill requested (refill id" in h.last_text(CUSTOMER)
    # A second tap does not ask the panel again.
    await h.press(CUSTOMER, OrderActionCb(id=placed.id, act="refill").pack())
    assert len([a for a, _ in shop.panel.requests if a == "refill"]) == 1
    (refill_id,) = shop.panel.refills
    shop.panel.set_refill_status(refill_id, "In progress")
    await shop.services.status_sync.sync()
    shop.panel.set_refill_status(refill_id, "Completed")
    await shop.services.status_sync.sync()
    await shop.services.status_sync.sync()
    notes = [t for t in await outbox_texts(shop) if "Refill of order" in t]
    assert notes == [
        f"♻️ Refill of order #{placed.id}: <b>in progress</b>.",
        f"♻️ Refill of order #{placed.id}: <b>completed</b>.",
    ]
    refill_status_requests = [f for a, f in shop.panel.requests if a == "refill_status"]
    assert all("refills" in f for f in refill_status_requests)  # the batch form


async def test_cancel_end_to_end_refunds_when_status_arrives(funded: Shop) -> None:
    shop, h = funded, funded.harness
    placed = await place(
        shop, OrderDraft(service_id=1, link="https://instagram.com/k", quantity=1000)
    )
    assert placed.panel_order_id
    balance_after_order = await shop.balance(CUSTOMER)
    await h.press(CUSTOMER, OrderCardCb(id=placed.id).pack())
    await h.press(CUSTOMER, h.find_button(CUSTOMER, "Cancel order"))
    assert "Cancel order #" in h.last_text(CUSTOMER)  # it asks first
    assert not (await order(shop, placed.id)).cancel_requested
    await h.press(CUSTOMER, h.find_button(CUSTOMER, "Yes, cancel"))
    assert "Cancel requested" in h.last_text(CUSTOMER)
    assert (await order(shop, placed.id)).cancel_requested
    # cancel: 1 is only a request: no refund yet.
    assert await shop.balance(CUSTOMER) == balance_after_order
    await h.press(CUSTOMER, OrderActionCb(id=placed.id, act="cancelok").pack())
    assert len([a for a, _ in shop.panel.requests if a == "cancel"]) == 1
    shop.panel.tick()  # the panel cancels it
    await shop.services.status_sync.sync()
    await shop.services.status_sync.sync()
    assert (await order(shop, placed.id)).state == "canceled"
    assert await refunds(shop, placed.id) == [placed.price]
    assert await shop.balance(CUSTOMER) == to_minor(Decimal(100))
    await assert_ledger_balances(shop.db)


async def test_cancel_refused_by_the_panel_changes_nothing(funded: Shop) -> None:
    shop, h = funded, funded.harness
    placed = await place(
        shop, OrderDraft(service_id=1, link="https://instagram.com/m", quantity=100)
    )
    shop.panel.inject_fault("cancel", "error:This order cannot be cancelled")
    calls = await h.press(CUSTOMER, OrderActionCb(id=placed.id, act="cancelok").pack())
    answers = [c.method for c in calls if isinstance(c.method, AnswerCallbackQuery)]
    assert (
        len(answers) == 1
        and calls.index(next(c for c in calls if isinstance(c.method, AnswerCallbackQuery))) == 0
    )  # answered before the panel was asked
    assert "cannot be cancelled" in h.last_text(CUSTOMER)
    assert not (await order(shop, placed.id)).cancel_requested


async def test_refresh_and_order_again(funded: Shop) -> None:
    shop, h = funded, funded.harness
    placed = await place(
        shop, OrderDraft(service_id=1, link="https://instagram.com/n", quantity=100)
    )
    assert placed.panel_order_id
    shop.panel.set_status(placed.panel_order_id, "In progress", start_count=5, remains=50)
    await h.press(CUSTOMER, OrderCardCb(id=placed.id).pack())
    await h.press(CUSTOMER, h.find_button(CUSTOMER, "Refresh"))
    assert "Remains: 50" in h.last_text(CUSTOMER)
    await h.press(CUSTOMER, h.find_button(CUSTOMER, "Order again"))
    assert "How many?" in h.last_text(CUSTOMER)  # the link is already filled in
    await h.send(CUSTOMER, "200")
    summary = h.last_text(CUSTOMER)
    assert "https://instagram.com/n" in summary and "Quantity: 200" in summary


async def test_partial_without_remains_stays_open_and_admins_are_told(funded: Shop) -> None:
    shop = funded
    placed = await place(
        shop, OrderDraft(service_id=1, link="https://instagram.com/pr", quantity=100)
    )
    assert placed.panel_order_id
    shop.panel.set_status(placed.panel_order_id, "In progress", remains=40)
    await shop.services.status_sync.sync()
    shop.panel.wire(placed.panel_order_id)["remains"] = ""
    shop.panel.set_status(placed.panel_order_id, "Partial")
    for _ in range(3):
        await shop.services.status_sync.sync()
    current = await order(shop, placed.id)
    assert current.state == "in_progress" and current.is_open
    assert await refunds(shop, placed.id) == []
    admin = await outbox_texts(shop, ADMIN_ID)
    assert sum("is Partial but not how much remains" in t for t in admin) == 1
    shop.panel.wire(placed.panel_order_id).pop("remains")
    shop.panel.set_status(placed.panel_order_id, "Partial", remains=25)
    await shop.services.status_sync.sync()
    assert await refunds(shop, placed.id) == [to_minor(Decimal("0.02"))]  # 0.0225, rounded down
    await assert_ledger_balances(shop.db)


async def test_an_order_the_panel_forgot_is_told_to_admins_once(funded: Shop) -> None:
    shop = funded
    placed = await place(
        shop, OrderDraft(service_id=1, link="https://instagram.com/fg", quantity=100)
    )
    assert placed.panel_order_id
    del shop.panel.orders[placed.panel_order_id]
    for _ in range(3):
        await shop.services.status_sync.sync()
    assert (await order(shop, placed.id)).state == "pending"
    admin = await outbox_texts(shop, ADMIN_ID)
    assert sum("does not know order" in t for t in admin) == 1


async def test_a_refill_the_panel_does_not_know_ends_failed(funded: Shop) -> None:
    shop, h = funded, funded.harness
    placed = await place(
        shop, OrderDraft(service_id=1, link="https://instagram.com/rf", quantity=100)
    )
    assert placed.panel_order_id
    shop.panel.set_status(placed.panel_order_id, "Completed", remains=0)
    await shop.services.status_sync.sync()
    await h.press(CUSTOMER, OrderActionCb(id=placed.id, act="refill").pack())
    (refill_id,) = shop.panel.refills
    del shop.panel.refills[refill_id]  # "Refill not found"
    await shop.services.status_sync.sync()
    notes = [t for t in await outbox_texts(shop) if "Refill of order" in t]
    assert notes == [f"♻️ Refill of order #{placed.id}: <b>failed</b>."]
    # A new refill can be asked for.
    await h.press(CUSTOMER, OrderActionCb(id=placed.id, act="refill").pack())
    assert "Refill requested" in h.last_text(CUSTOMER)


async def test_a_refill_claim_left_by_a_stop_does_not_block_forever(funded: Shop) -> None:
    shop, h = funded, funded.harness
    placed = await place(
        shop, OrderDraft(service_id=1, link="https://instagram.com/rc", quantity=100)
    )
    assert placed.panel_order_id
    shop.panel.set_status(placed.panel_order_id, "Completed", remains=0)
    await shop.services.status_sync.sync()
    async with shop.db.transaction() as repos:
        await repos.refills.claim(placed.id, now=1)  # a stop mid-request, long ago
    await h.press(CUSTOMER, OrderActionCb(id=placed.id, act="refill").pack())
    assert "Refill requested" in h.last_text(CUSTOMER)


@pytest.mark.parametrize(
    "odd", [{"start_count": "99999999999999999999"}, {"charge": "1e30"}, {"remains": -(2**64)}]
)
async def test_an_absurd_number_is_that_orders_problem_only(
    funded: Shop, odd: dict[str, object]
) -> None:
    """One item of a batch answer carries a value no column can hold: the Canceled order beside
    it is refunded and told; the odd field counts as missing; admins are told once."""
    shop = funded
    weird = await place(
        shop, OrderDraft(service_id=1, link="https://instagram.com/w1", quantity=100)
    )
    gone = await place(
        shop, OrderDraft(service_id=1, link="https://instagram.com/w2", quantity=100)
    )
    assert weird.panel_order_id and gone.panel_order_id
    shop.panel.set_status(weird.panel_order_id, "In progress", **odd)
    shop.panel.set_status(gone.panel_order_id, "Canceled", remains=100)
    report = await shop.services.status_sync.sync()
    assert report is not None and report.failed_batches == 0
    assert (await order(shop, gone.id)).state == "canceled"
    assert await refunds(shop, gone.id) == [gone.price]
    assert any("canceled" in text.casefold() for text in await outbox_texts(shop))
    moved = await order(shop, weird.id)
    assert moved.state == "in_progress"  # the rest of its answer is taken
    field = next(iter(odd))
    column = {"start_count": "start_count", "charge": "panel_charge", "remains": "remains"}[field]
    assert getattr(moved, column) == getattr(weird, column)  # missing: kept as it was
    await shop.services.status_sync.sync()  # the panel keeps sending it
    alerts = [t for t in await outbox_texts(shop, ADMIN_ID) if f"order #{weird.id}" in t]
    assert len(alerts) == 1 and field in alerts[0]
    await assert_ledger_balances(shop.db)


async def test_a_cycle_where_all_settle_refunds_once_across_short_transactions(
    funded: Shop, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Many small write transactions per batch; one failing midway loses and repeats nothing."""
    shop = funded
    await shop.credit(OTHER, "100")
    placed = [
        await place(
            shop,
            OrderDraft(service_id=1, link=f"https://instagram.com/s{i}", quantity=500),
            CUSTOMER if i % 2 else OTHER,
        )
        for i in range(130)
    ]
    outcomes = ["Completed", "Partial", "Canceled"]
    for i, item in enumerate(placed):
        assert item.panel_order_id is not None
        shop.panel.set_status(item.panel_order_id, outcomes[i % 3], remains=100)
    async with shop.db.transaction() as repos:
        await repos.conn.execute("DELETE FROM outbox")
    tracking = shop.services.status_sync
    notifier = shop.services.notifier
    real_enqueue = notifier.enqueue_notices
    calls = 0

    async def enqueue_failing_once(*args: object, **kwargs: object) -> int:
        nonlocal calls
        calls += 1
        if calls == 3:  # the third group's notices, after its statuses: it rolls back whole
            raise RuntimeError("the disk went away")
        return await real_enqueue(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(notifier, "enqueue_notices", enqueue_failing_once)
    with pytest.raises(RuntimeError):
        await tracking.sync()
    settled = [o for o in [await order(shop, p.id) for p in placed] if o.is_final]
    assert 0 < len(settled) < len(placed)  # a part went in before the failure
    for _ in range(2):
        await tracking.sync()
    for i, item in enumerate(placed):
        current = await order(shop, item.id)
        assert current.state == outcomes[i % 3].lower()
        expected = {0: [], 1: [item.price * 100 // 500], 2: [item.price]}[i % 3]
        assert await refunds(shop, item.id) == expected
    notices = await outbox_texts(shop) + await outbox_texts(shop, OTHER)
    assert len(notices) == len(placed)  # one per order, none lost, none twice
    for item in placed:
        assert sum(f"#{item.id} " in t or f"#{item.id}<" in t for t in notices) >= 1
    await assert_ledger_balances(shop.db)
