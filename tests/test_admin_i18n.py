"""The admin console in the admin's own language (issue 14), through the real Dispatcher.

An admin reads the bot in their users.language like any customer; what an admin's action tells
a customer is rendered in the customer's language when it is sent. The non-English files may
still be copies of English: the right-to-left checks rest on the isolates (FSI … PDI) that
Arabic and Persian put around every value and English never does.
"""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

import pytest
from aiogram.methods import SendDocument
from aiogram.types import BufferedInputFile

from bot.db.repositories.orders import StatusUpdate
from bot.domain.clock import now
from bot.domain.money import to_minor
from bot.domain.notices import Notice
from bot.i18n import FSI, PDI, I18n, Translator
from bot.telegram.outbox_sender import OutboxSender, SendLimits
from bot.telegram.senders import BotBackupChats
from bot.ui.keyboards.admin import unknown_outcome_alert, unknown_outcome_buttons
from bot.ui.keyboards.callbacks import AdminReviewCb
from tests.conftest import ADMIN_ID, CUSTOMER, Shop, assert_ledger_balances
from tests.test_admin import place, say, seen, snapshot
from tests.test_broadcast import add_customers, sending

EN_ADMIN = ADMIN_ID + 1  # a second admin who reads English
FAST = SendLimits(per_second=2000, per_chat_interval=0)
ISOLATES = (FSI, PDI)


@pytest.fixture
def ar() -> Translator:
    return I18n().get("ar")


@pytest.fixture
def en() -> Translator:
    return I18n().get("en")


@pytest.fixture
async def shop(make_shop: Any) -> Shop:
    """Two admins who have written to the bot: ADMIN_ID chose Arabic, EN_ADMIN English."""
    result: Shop = await make_shop(admin_ids=f"{ADMIN_ID},{EN_ADMIN}")
    for admin in (ADMIN_ID, EN_ADMIN):
        await result.harness.send(admin, "/admin")
    await speaks(result, ADMIN_ID, "ar")
    return result


async def speaks(shop: Shop, user_id: int, language: str) -> None:
    """The user's chosen language (what /language stores)."""
    async with shop.db.transaction() as repos:
        await repos.users.ensure(user_id, 0)
        await repos.users.set_language(user_id, language)


def isolated(value: object) -> str:
    return f"{FSI}{value}{PDI}"


async def deliver(shop: Shop) -> None:
    """The outbox sender sends everything due, as in production."""
    sender = OutboxSender(
        shop.db, shop.harness.bot, shop.services.notifier, shop.services.notices, FAST
    )
    while await sender.drain():
        pass


def sent_to(shop: Shop, chat_id: int) -> list[str]:
    return [m.text for m in shop.harness.session.sent_messages(chat_id)]


# -- reading: /stats and /user -------------------------------------------------------------------


async def test_stats_in_the_admins_language(shop: Shop, ar: Translator, en: Translator) -> None:
    await seen(shop, CUSTOMER)
    await shop.credit(CUSTOMER, "10")
    order_id = await place(shop, CUSTOMER, "a")  # 0.90
    async with shop.db.transaction() as repos:
        await repos.orders.apply_status(
            StatusUpdate(
                order_id, "in_progress", "In progress", 10, 900, to_minor(Decimal("0.7")), "USD"
            ),
            now(),
        )

    def expected(t: Translator) -> str:
        state = t("admin-stats-state-in-progress")
        window = t("admin-stats-window", total=1, parts=t("admin-stats-part", state=state, count=1))
        midnight = now() - now() % 86_400
        stats = t(
            "admin-stats-screen",
            period=t("admin-stats-period-today"),
            since=t("admin-stats-since", when=t.datetime(midnight)),
            customers=1,
            active=1,
            blocked=0,
            new=1,
            orders=window,
            revenue="0.90 USD",
            cost="0.70 USD",
            margin="0.20 USD",
            commissions=t("admin-stats-rewards", count=0, amount="0.00 USD"),
            bonuses=t("admin-stats-rewards", count=0, amount="0.00 USD"),
            open=1,
            review=0,
        )
        return stats + t("admin-stats-topups-none-in-period")

    arabic = await say(shop, "/stats")
    assert arabic == expected(ar)
    for value in ("0.90 USD", "0.70 USD", "0.20 USD"):
        assert isolated(value) in arabic
    english = await say(shop, "/stats", user=EN_ADMIN)
    assert english == expected(en)
    assert "Revenue (paid by customers, less refunds): 0.90 USD" in english
    assert not any(mark in english for mark in ISOLATES)


async def test_user_card_in_the_admins_language(shop: Shop, ar: Translator, en: Translator) -> None:
    await seen(shop, CUSTOMER, username="ann_buyer", name="Ann")
    await shop.credit(CUSTOMER, "10")
    order_id = await place(shop, CUSTOMER, "u1")
    async with shop.db.read() as repos:
        user = await repos.users.get(CUSTOMER)
        order = await repos.orders.get(order_id)
        (credit,) = [
            e for e in await repos.ledger.for_user(CUSTOMER, 5) if e.kind == "admin_credit"
        ]
    assert user is not None and order is not None

    def pieces(t: Translator) -> list[str]:
        return [
            t(
                "admin-user-card",
                name="Ann",
                username=" @ann_buyer",
                id=CUSTOMER,
                balance="9.10 USD",
                state=t("admin-user-state-active"),
                joined=t.datetime(user.created_at),
                seen=t.datetime(user.last_seen_at),
                orders=1,
            ),
            t(
                "admin-user-order-line",
                id=order_id,
                icon="⏳",
                state=t(f"state-{order.state.replace('_', '-')}"),
                service="Instagram Followers &lt;HQ&gt; &amp; fast",
                price="0.90 USD",
                when=t.datetime(order.created_at),
            ),
            t(
                "admin-ledger-line",
                when=t.datetime(credit.created_at),
                kind=t("admin-ledger-kind-admin-credit"),
                amount="10.00 USD",
                order="",
                admin=t("admin-ledger-admin", id=ADMIN_ID),
                note=t("admin-ledger-note", note="test"),
            ),
        ]

    arabic = await say(shop, f"/user {CUSTOMER}")
    card, line, move = pieces(ar)
    assert arabic.startswith(card) and line in arabic and move in arabic
    assert isolated(CUSTOMER) in arabic and isolated("9.10 USD") in arabic
    assert isolated("10.00 USD") in arabic and isolated(order_id) in arabic
    labels = [label for label, _ in shop.harness.buttons(ADMIN_ID)]
    assert labels == [
        ar("admin-btn-credit"),
        ar("admin-btn-debit"),
        ar("admin-btn-ban"),
        ar("admin-btn-menu"),
    ]

    english = await say(shop, f"/user {CUSTOMER}", user=EN_ADMIN)
    card, line, move = pieces(en)
    assert english.startswith(card) and line in english and move in english
    assert "Balance: <b>9.10 USD</b>" in english
    assert not any(mark in english for mark in ISOLATES)


async def test_a_wrong_argument_is_explained_in_the_admins_language(
    shop: Shop, ar: Translator
) -> None:
    before = await snapshot(shop)
    text = await say(shop, "/credit abc 5")
    problem = ar("admin-problem-user-id", value="abc")
    assert text == ar("admin-problem", problem=problem, usage=ar("admin-credit-usage"))
    assert isolated("abc") in text
    text = await say(shop, "/markup 5 shelf 3")
    assert text == ar(
        "admin-problem", problem=ar("admin-problem-target"), usage=ar("admin-markup-usage")
    )
    assert await snapshot(shop) == before


# -- money: /credit, review refunds ----------------------------------------------------------


async def test_credit_confirmed_in_the_admins_language(shop: Shop) -> None:
    await seen(shop, CUSTOMER)
    await speaks(shop, CUSTOMER, "ar")
    text = await say(shop, f"/credit {CUSTOMER} 5", user=EN_ADMIN)
    assert text == f"✅ Credited 5.00 USD to user <code>{CUSTOMER}</code>. Balance now: 5.00 USD."
    assert await shop.balance(CUSTOMER) == to_minor(Decimal("5"))
    await assert_ledger_balances(shop.db)


async def test_the_customers_credit_notice_is_in_the_customers_language(shop: Shop) -> None:
    await seen(shop, CUSTOMER)
    await speaks(shop, CUSTOMER, "ar")
    await say(shop, f"/credit {CUSTOMER} 5", user=EN_ADMIN)
    await deliver(shop)
    (notice,) = [text for text in sent_to(shop, CUSTOMER) if "5.00 USD" in text]
    assert isolated("5.00 USD") in notice


async def test_a_review_refund_tells_an_arabic_customer_in_arabic(
    shop: Shop, ar: Translator
) -> None:
    h = shop.harness
    await seen(shop, CUSTOMER)
    await speaks(shop, CUSTOMER, "ar")
    await shop.credit(CUSTOMER, "10")
    order_id = await place(shop, CUSTOMER, "r1", fault="http500")  # outcome unknown
    await say(shop, "/review", user=EN_ADMIN)
    await h.press(EN_ADMIN, h.find_button(EN_ADMIN, f"Refund #{order_id}"))
    await h.press(EN_ADMIN, h.find_button(EN_ADMIN, "Yes, refund"))
    assert h.last_text(EN_ADMIN) == (
        f"↩️ Order #{order_id} is refunded: 0.90 USD back to <code>{CUSTOMER}</code>."
    )
    await deliver(shop)
    expected = ar("admin-customer-order-refunded", id=order_id, amount="0.90 USD")
    assert expected in sent_to(shop, CUSTOMER)
    assert isolated(order_id) in expected and isolated("0.90 USD") in expected
    assert await shop.balance(CUSTOMER) == to_minor(Decimal("10"))
    await assert_ledger_balances(shop.db)


async def test_credit_and_debit_read_arabic_and_persian_digits(shop: Shop) -> None:
    await seen(shop, CUSTOMER)
    text = await say(shop, "/credit ٢٠٠١ ١٢٫٥ cash", user=EN_ADMIN)  # Arabic-Indic
    assert text.startswith(f"✅ Credited 12.50 USD to user <code>{CUSTOMER}</code>.")
    text = await say(shop, "/debit ۲۰۰۱ ۲٫۵", user=EN_ADMIN)  # Persian
    assert text.startswith(f"✅ Debited 2.50 USD from user <code>{CUSTOMER}</code>.")
    assert await shop.balance(CUSTOMER) == to_minor(Decimal("10"))
    async with shop.db.read() as repos:
        notes = [e.note for e in await repos.ledger.for_user(CUSTOMER, 5)]
    assert "cash" in notes  # the note is kept as typed

    # The amount asked by the user card's Credit button, typed in Arabic-Indic digits.
    h = shop.harness
    await say(shop, f"/user {CUSTOMER}", user=EN_ADMIN)
    await h.press(EN_ADMIN, h.find_button(EN_ADMIN, "Credit"))
    assert (await say(shop, "٣", user=EN_ADMIN)).startswith("✅ Credited 3.00 USD")
    assert await shop.balance(CUSTOMER) == to_minor(Decimal("13"))

    # Malformed in any script: said what is wrong, nothing changes.
    async def refused_by_english_admin(lines: list[str], usage: str) -> None:
        before = await snapshot(shop)
        for line in lines:
            problem, _, rest = (await say(shop, line, user=EN_ADMIN)).partition("\n\n")
            assert problem.startswith("❌ ") and rest.startswith(usage), line
        assert await snapshot(shop) == before

    bad = ["٢٠٠١ ٥x", "٢٠٠١x ٥", "٢٠٠١ ٠", "٢٠٠١ -٥", "٢٠٠١ ١٫١٢٣٤٥٦", "٢٠٠١", "²٠٠١ ١"]
    await refused_by_english_admin([f"/credit {args}" for args in bad], "Usage: /credit")
    await refused_by_english_admin([f"/debit {args}" for args in bad], "Usage: /debit")
    assert await shop.balance(CUSTOMER) == to_minor(Decimal("13"))
    await assert_ledger_balances(shop.db)


async def test_ids_and_percents_read_any_digits(shop: Shop, ar: Translator) -> None:
    await seen(shop, CUSTOMER, username="ann_buyer", name="Ann")
    assert "Ann" in await say(shop, "/user ٢٠٠١", user=EN_ADMIN)
    assert await say(shop, "/markup ۱۲٫۵ service ۱", user=EN_ADMIN) == (
        "✅ Markup of service 1: 12.5%."
    )
    assert await say(shop, "/markup ٣٠٪", user=EN_ADMIN) == "✅ Global markup: 30%."
    before = await snapshot(shop)
    problem = ar("admin-problem-id", value="٢٠٠١x")
    expected = ar("admin-problem", problem=problem, usage=ar("admin-ban-usage"))
    assert await say(shop, "/ban ٢٠٠١x") == expected  # by the Arabic admin
    assert await snapshot(shop) == before


# -- work in the background: broadcasts, backups ---------------------------------------------


async def test_broadcast_chrome_in_the_admins_language_and_the_body_as_typed(
    shop: Shop, ar: Translator
) -> None:
    h = shop.harness
    shop.services.broadcasts.progress_interval = 0.02
    await add_customers(shop, range(3001, 3004))
    await h.send(ADMIN_ID, "/broadcast Sale today: 20% off")
    assert h.last_text(ADMIN_ID) == ar("admin-broadcast-preview", id=1, count=3)
    await h.press(ADMIN_ID, h.find_button(ADMIN_ID, ar("admin-btn-broadcast-send")))
    async with sending(shop, FAST):
        await shop.services.broadcasts.join()
    report = h.last_text(ADMIN_ID)
    assert report == ar("admin-broadcast-done", id=1, delivered=3, blocked=0, failed=0, total=3)
    assert isolated(3) in report
    for chat in (3001, 3002, 3003):
        assert sent_to(shop, chat) == ["Sale today: 20% off"]  # as typed, never isolated


async def test_backup_captions_in_each_admins_language(
    shop: Shop, ar: Translator, en: Translator
) -> None:
    await shop.services.backups.send(BotBackupChats(shop.harness.bot), [ADMIN_ID, EN_ADMIN])
    documents = {d.chat_id: d for d in shop.harness.session.calls_of(SendDocument)}
    upload = documents[ADMIN_ID].document
    assert isinstance(upload, BufferedInputFile)
    taken = datetime.strptime(upload.filename or "", "shop-%Y%m%d-%H%M%S.sqlite3").replace(
        tzinfo=UTC
    )
    moment = int(taken.timestamp())
    assert documents[ADMIN_ID].caption == ar("admin-backup-caption", when=ar.datetime(moment))
    english = documents[EN_ADMIN].caption
    assert english == en("admin-backup-caption", when=en.datetime(moment))
    assert english is not None and english.startswith(
        f"🗄 Database backup, {taken:%Y-%m-%d %H:%M} UTC.\n"
    )
    assert not any(mark in english for mark in ISOLATES)
    assert isolated(ar.datetime(moment)) in (documents[ADMIN_ID].caption or "")


async def test_the_unknown_outcome_buttons_render_in_each_admins_language(
    shop: Shop, ar: Translator
) -> None:
    """The buttons a Notice of an unknown outcome carries (ordering's alert, once it is one)."""
    notice = Notice("admin-review-empty", buttons=unknown_outcome_buttons(42))
    stored = Notice.from_json(notice.to_json())
    _, markup = shop.services.notices.render(stored, "ar")
    assert markup is not None
    assert [(b.text, b.callback_data) for b in markup.inline_keyboard[0]] == [
        (ar("admin-btn-open-order", id=42), AdminReviewCb(act="open", id=42).pack()),
        (ar("admin-btn-refund", id=42), AdminReviewCb(act="ask", id=42).pack()),
    ]
    assert isolated(42) in markup.inline_keyboard[0][0].text
    english = unknown_outcome_alert(shop.services.i18n.get("en"), 42)
    assert [b.text for b in english.inline_keyboard[0]] == ["📂 Open #42", "↩️ Refund #42"]
