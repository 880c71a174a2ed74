"""Browsing and search over a big, messy catalogue; the stored copy outlives panel outages."""

from __future__ import annotations

from typing import Any

import pytest
from aiogram.methods import EditMessageText, SendMessage
from aiogram.types import InlineKeyboardMarkup

from bot.panel.errors import PanelError
from bot.sandbox.catalogue import large_catalogue
from bot.services.catalogue import LIST_SIZE
from bot.ui.keyboards.callbacks import CategoryCb, MenuCb
from tests.browsing import open_category
from tests.conftest import CUSTOMER, Shop
from tests.fakes.telegram import check_html, html_to_plain
from tests.sql import rows


def outgoing(shop: Shop) -> list[SendMessage | EditMessageText]:
    calls = shop.harness.session.calls
    return [c.method for c in calls if isinstance(c.method, SendMessage | EditMessageText)]


def check_all_outgoing(shop: Shop) -> int:
    """Every message valid HTML, under 4096 characters; every callback_data at most 64 bytes."""
    checked = 0
    for method in outgoing(shop):
        assert method.text is not None
        check_html(method.text)
        assert len(html_to_plain(method.text)) < 4096
        markup = method.reply_markup
        if isinstance(markup, InlineKeyboardMarkup):
            for row in markup.inline_keyboard:
                for button in row:
                    assert button.callback_data is not None
                    assert len(button.callback_data.encode()) <= 64
                    assert button.text.strip()
        checked += 1
    return checked


@pytest.fixture
async def big_shop(make_shop: Any) -> Shop:
    shop: Shop = await make_shop(refresh=False)
    shop.panel.catalogue = large_catalogue(5000)
    report = await shop.services.catalogue.refresh()
    assert report.total == 5000 and report.added == 5000
    return shop


async def test_every_category_page_and_service_page_renders(big_shop: Shop) -> None:
    shop, h = big_shop, big_shop.harness
    await h.send(CUSTOMER, "/start")
    await h.press(CUSTOMER, MenuCb(to="new").pack())
    categories = 200
    platforms = [d for _, d in h.buttons(CUSTOMER) if d.startswith("pf:")]
    assert len(platforms) == 10
    seen_categories: list[str] = []
    for platform in platforms:
        await h.press(CUSTOMER, platform)
        seen_categories += [d for _, d in h.buttons(CUSTOMER) if d.startswith("c:")]
    assert len(set(seen_categories)) == categories
    # Every services page of a few categories, and a service card from each page.
    for category_data in seen_categories[:: categories // 6]:
        category = CategoryCb.unpack(category_data)
        await h.press(CUSTOMER, category_data)
        total = (await shop.services.catalogue.services(category.id, 0)).total
        for page in range(-(-total // LIST_SIZE)):
            await h.press(CUSTOMER, CategoryCb(id=category.id, page=page).pack())
            services = [d for _, d in h.buttons(CUSTOMER) if d.startswith("s:")]
            assert services
            await h.press(CUSTOMER, services[-1])
            assert "Price:" in h.last_text(CUSTOMER)
    assert check_all_outgoing(shop) > 30


async def test_long_special_names_are_escaped_and_shortened(big_shop: Shop) -> None:
    shop, h = big_shop, big_shop.harness
    await h.press(CUSTOMER, MenuCb(to="new").pack())
    await h.press(CUSTOMER, h.buttons(CUSTOMER)[0][1])
    text = h.last_text(CUSTOMER)
    assert "<b>" in text  # our own bold header survives
    # №4998 has a description with markup in it: shown as text, never as bold.
    await h.send(CUSTOMER, "№4998")
    await h.press(CUSTOMER, h.buttons(CUSTOMER)[0][1])
    card = h.last_text(CUSTOMER)
    check_html(card)
    assert "№4998" in card and "&lt;b&gt;not bold&lt;/b&gt; &amp;" in card
    check_all_outgoing(shop)


@pytest.mark.parametrize(
    ("query", "found"),
    [
        ("TikTok", True),
        ("instagram likes", True),
        ("№4999", True),
        ("🇺🇸 USA", True),
        ("متابعين", True),
        # Markup and separators in a query are searched as text and shown escaped.
        ("<b>", False),
        ("a&b", False),
        ("x|y", False),
        ("no-such-thing", False),
    ],
)
async def test_search_over_big_catalogue(big_shop: Shop, query: str, found: bool) -> None:
    shop, h = big_shop, big_shop.harness
    await h.send(CUSTOMER, query)
    text = h.last_text(CUSTOMER)
    assert ("Results for" if found else "Nothing found") in text, text
    check_all_outgoing(shop)
    if query == "№4999":
        assert "№4999" in text
        assert any(data.startswith("s:14999:") for _, data in h.buttons(CUSTOMER))


async def test_search_finds_across_categories_case_insensitively(shop: Shop) -> None:
    h = shop.harness
    await h.press(CUSTOMER, MenuCb(to="search").pack())
    await h.send(CUSTOMER, "INSTAGRAM likes")
    labels = [label for label, _ in h.buttons(CUSTOMER)]
    assert any("Instagram Likes" in label for label in labels)
    assert not any("Mentions" in label for label in labels)


async def test_browsing_works_while_the_panel_is_down(shop: Shop) -> None:
    shop.panel.inject_fault(None, "http502", times=100)
    with pytest.raises(PanelError):
        await shop.services.catalogue.refresh()
    h = shop.harness
    await open_category(shop, CUSTOMER, "Instagram Followers")
    assert any("Instagram Followers" in label for label, _ in h.buttons(CUSTOMER))


async def test_refresh_reports_added_changed_removed(shop: Shop) -> None:
    catalogue = shop.panel.catalogue
    catalogue[0] = {**catalogue[0], "rate": "1.10"}
    del catalogue[1]
    catalogue.append(
        {"service": 99, "name": "New", "type": "Default", "category": "Fresh",
         "rate": "1", "min": "1", "max": "10"}
    )  # fmt: skip
    report = await shop.services.catalogue.refresh()
    assert (report.added, report.changed, report.removed) == (1, 1, 1)
    assert await shop.services.catalogue.orderable(2) is None  # removed from the panel


async def test_empty_answer_keeps_the_old_copy(shop: Shop) -> None:
    shop.panel.catalogue = []
    with pytest.raises(PanelError):
        await shop.services.catalogue.refresh()
    assert await shop.services.catalogue.orderable(1) is not None


async def test_category_ids_are_stable_across_refreshes(shop: Shop) -> None:
    before = dict(await rows(shop.db, "SELECT name, id FROM categories"))
    shop.panel.catalogue.reverse()
    await shop.services.catalogue.refresh()
    after = dict(await rows(shop.db, "SELECT name, id FROM categories"))
    assert before == after


async def test_a_card_of_emoji_stays_under_telegrams_limit(make_shop: Any) -> None:
    shop: Shop = await make_shop(refresh=False)
    shop.panel.catalogue = [
        {
            "service": 1, "name": "🔥" * 1000, "type": "Default", "category": "🇺🇸" * 500,
            "rate": "1", "min": "1", "max": "10", "desc": "😀<&>" * 2000,
        }
    ]  # fmt: skip
    await shop.services.catalogue.refresh()
    h = shop.harness
    await h.press(CUSTOMER, MenuCb(to="new").pack())
    await h.press(CUSTOMER, h.buttons(CUSTOMER)[0][1])  # the platform (Other)
    await h.press(CUSTOMER, h.buttons(CUSTOMER)[0][1])  # the category
    await h.press(CUSTOMER, h.buttons(CUSTOMER)[0][1])  # the service
    card = h.last_text(CUSTOMER)
    assert "Price:" in card
    assert len(html_to_plain(card).encode("utf-16-le")) // 2 <= 4096
    check_all_outgoing(shop)
