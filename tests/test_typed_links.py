"""Links as customers type them (issue 27, item 1): a domain without https://, an @name for a
service whose network is known. The link the panel's `add` gets is the completed one, shown to
the customer right after they type it; text that is no link is refused in their language."""

from __future__ import annotations

import pytest

from bot.db import Database
from bot.domain import inputs
from bot.domain.inputs import InputError
from bot.domain.platforms import PLATFORMS, platform_of
from bot.handlers.states import OrderFlow
from bot.i18n import I18n
from bot.ui.keyboards.callbacks import EditFieldCb, OrderServiceCb
from tests.conftest import CATALOGUE, CUSTOMER, PANEL_KEY, Shop, assert_ledger_balances
from tests.fakes.panel import FakePanel
from tests.test_commands_leave_steps import state_of

EN, RU = I18n().get("en"), I18n().get("ru")
WEBSITE = 8  # a service whose name and category name no network


@pytest.fixture
def panel() -> FakePanel:
    website = {
        "service": WEBSITE, "name": "Website Traffic [Worldwide]", "type": "Default",
        "category": "Website Traffic", "rate": "0.50", "min": "100", "max": "10000",
    }  # fmt: skip
    return FakePanel(api_key=PANEL_KEY, services=[*CATALOGUE, website], balance="1000")


# -- the domain: which network a service is for, and how a typed link is read ----------------
@pytest.mark.parametrize(
    ("service", "category", "network"),
    [
        ("Instagram Followers <HQ> & fast", "Instagram Followers", "Instagram"),
        ("Poll Votes", "Telegram", "Telegram"),  # the name says nothing: the category does
        ("TikTok Views [Instant] [Max 10M]", "TikTok Views", "TikTok"),
        ("YouTube Subscribers [30 Days Refill]", "YouTube", "YouTube"),
        ("Followers [Real]", "X (Twitter)", "X"),
        ("Twitter Retweets", "Social", "X"),
        ("Facebook Page Likes", "Facebook", "Facebook"),
        ("Threads Followers", "Meta", "Threads"),
        ("Twitch Followers", "Streaming", "Twitch"),
        ("Подписчики Телеграм", "Телеграм", "Telegram"),
        ("Лайки", "Инстаграм", "Instagram"),
        ("Views", "TG Channels", "Telegram"),
        ("YouTube Views", "Instagram", "YouTube"),  # the service's own name comes first
    ],
)
def test_the_network_a_service_is_for(service: str, category: str, network: str) -> None:
    found = platform_of(service, category)
    assert found is not None and found.name == network


@pytest.mark.parametrize(
    ("service", "category"),
    [
        ("Website Traffic [Worldwide]", "Website Traffic"),
        ("Spotify Plays", "Music"),
        ("Instagram + TikTok Combo", "Instagram"),  # two networks: no guess
        ("Followers 10x faster", "Boost"),  # "10x" is no word "x"
        ("Instagrammers", "Ingredients"),  # a part of a word names nothing
    ],
)
def test_no_network_when_none_or_two_are_named(service: str, category: str) -> None:
    assert platform_of(service, category) is None


@pytest.mark.parametrize(
    ("network", "handle", "link"),
    [
        ("Instagram", "shop_owner", "https://instagram.com/shop_owner"),
        ("TikTok", "shop.owner", "https://www.tiktok.com/@shop.owner"),
        ("Telegram", "shop_owner", "https://t.me/shop_owner"),
        ("YouTube", "shop-owner", "https://www.youtube.com/@shop-owner"),
        ("X", "shop_owner", "https://x.com/shop_owner"),
        ("Facebook", "shop.owner", "https://www.facebook.com/shop.owner"),
        ("Threads", "shop_owner", "https://www.threads.com/@shop_owner"),
        ("Twitch", "shop_owner", "https://www.twitch.tv/shop_owner"),
    ],
)
def test_an_at_name_becomes_the_networks_profile_link(network: str, handle: str, link: str) -> None:
    (platform,) = [p for p in PLATFORMS if p.name == network]
    assert inputs.parse_link(f"@{handle}", platform) == link
    assert inputs.parse_link(f"\u200f@{handle} ", platform) == link  # marks and spaces around
    assert inputs.parse_link(link, platform) == link  # read again (a re-check): unchanged


@pytest.mark.parametrize(
    ("network", "handle"),
    [
        ("Telegram", "ab"),  # too short for Telegram
        ("Telegram", "9lives"),  # starts with a digit
        ("X", "a" * 16),
        ("Instagram", "shop!owner"),
        ("Instagram", "шоп"),
        ("Facebook", ""),
    ],
)
def test_an_at_name_the_network_does_not_allow_is_refused(network: str, handle: str) -> None:
    (platform,) = [p for p in PLATFORMS if p.name == network]
    with pytest.raises(InputError) as raised:
        inputs.parse_link(f"@{handle}", platform)
    assert raised.value.key == "input-link-handle-bad"


@pytest.mark.parametrize(
    ("typed", "sent"),
    [
        ("instagram.com/shop_owner", "https://instagram.com/shop_owner"),
        ("www.tiktok.com/@x", "https://www.tiktok.com/@x"),
        ("t.me/channel", "https://t.me/channel"),
        ("youtube.com", "https://youtube.com"),
        ("Instagram.com/p/ABC/?igsh=1", "https://Instagram.com/p/ABC/?igsh=1"),
        ("instagram.com:443/x", "https://instagram.com:443/x"),
        ("пример.рф/страница", "https://пример.рф/страница"),
        ("http://instagram.com/x", "http://instagram.com/x"),  # a scheme typed is kept
        ("HTTPS://t.me/x", "HTTPS://t.me/x"),
    ],
)
def test_a_domain_without_a_scheme_gets_https(typed: str, sent: str) -> None:
    assert inputs.parse_link(typed) == sent
    assert inputs.parse_link(sent) == sent


@pytest.mark.parametrize(
    ("typed", "key"),
    [
        ("hello", "input-link-not-link"),
        ("12345", "input-link-not-link"),
        ("1.5", "input-link-not-link"),
        ("shop_owner", "input-link-not-link"),
        ("//instagram.com/x", "input-link-not-link"),
        ("@shop_owner", "input-link-handle-unknown"),  # no network known
        ("mailto:a@b.com", "input-link-scheme"),
        ("javascript:alert(1)", "input-link-scheme"),
        ("ftp://x.com", "input-link-scheme"),
        ("https://localhost", "input-link-host"),
        ("instagram.com/" + "p" * inputs.MAX_LINK, "input-link-too-long"),
    ],
)
def test_text_that_is_no_link_is_refused(typed: str, key: str) -> None:
    with pytest.raises(InputError) as raised:
        inputs.parse_link(typed)
    assert raised.value.key == key


# -- through the Dispatcher --------------------------------------------------------------------
async def _form(shop: Shop, service: int, *typed: str, lang: str = "en") -> None:
    h = shop.harness
    await h.send(CUSTOMER, "/start", language_code=lang)
    await h.press(CUSTOMER, OrderServiceCb(id=service).pack(), language_code=lang)
    for text in typed:
        await h.send(CUSTOMER, text, language_code=lang)


@pytest.mark.parametrize(
    ("typed", "sent"),
    [
        ("instagram.com/shop_owner", "https://instagram.com/shop_owner"),
        ("www.tiktok.com/@x", "https://www.tiktok.com/@x"),
        ("t.me/channel", "https://t.me/channel"),
        ("@shop_owner", "https://instagram.com/shop_owner"),  # an Instagram service
    ],
)
async def test_a_typed_link_is_completed_shown_and_sent(
    shop: Shop, db: Database, typed: str, sent: str
) -> None:
    await shop.credit(CUSTOMER, "10")
    h = shop.harness
    await _form(shop, 1, typed)
    asked = h.last_text(CUSTOMER)
    assert asked.startswith(f"🔗 Link: {sent}\n\n🔢 How many?"), asked
    await h.send(CUSTOMER, "100")
    assert f"Link: {sent}" in h.last_text(CUSTOMER)
    await h.press(CUSTOMER, h.find_button(CUSTOMER, EN("btn-confirm")))
    assert "Order placed" in h.last_text(CUSTOMER)
    assert shop.adds() == [{"service": "1", "link": sent, "quantity": "100"}]
    await assert_ledger_balances(db)


async def test_a_full_link_is_not_repeated_back(shop: Shop) -> None:
    await _form(shop, 1, "https://instagram.com/shop_owner")
    assert shop.harness.last_text(CUSTOMER).startswith("🔢 How many?")


async def test_an_at_name_for_a_telegram_package_goes_to_the_summary(
    shop: Shop, db: Database
) -> None:
    await shop.credit(CUSTOMER, "10")
    h = shop.harness
    await _form(shop, 3, "@shop_owner")  # Telegram Starter Package: the link is its only step
    summary = h.last_text(CUSTOMER)
    assert summary.startswith("🧾 <b>Check your order</b>")  # not said twice above it
    assert "Link: https://t.me/shop_owner" in summary
    await h.press(CUSTOMER, h.find_button(CUSTOMER, EN("btn-confirm")))
    assert shop.adds() == [{"service": "3", "link": "https://t.me/shop_owner"}]
    await assert_ledger_balances(db)


async def test_a_link_edited_from_the_summary_is_completed(shop: Shop, db: Database) -> None:
    await shop.credit(CUSTOMER, "10")
    h = shop.harness
    await _form(shop, 6, "t.me/c/5", "100", "2")  # Poll Votes, in the Telegram category
    await h.press(CUSTOMER, EditFieldCb(f="link").pack())
    await h.send(CUSTOMER, "@pollster")
    summary = h.last_text(CUSTOMER)
    assert "Link: https://t.me/pollster" in summary and "Quantity: 100" in summary
    await h.press(CUSTOMER, h.find_button(CUSTOMER, EN("btn-confirm")))
    assert shop.adds() == [
        {"service": "6", "link": "https://t.me/pollster", "quantity": "100", "answer_number": "2"}
    ]
    await assert_ledger_balances(db)


@pytest.mark.parametrize(
    ("service", "typed", "key"),
    [
        (1, "hello", "input-link-not-link"),
        (1, "12345", "input-link-not-link"),
        (1, "@shop!owner", "input-link-handle-bad"),
        (WEBSITE, "@shop_owner", "input-link-handle-unknown"),
    ],
)
@pytest.mark.parametrize("lang", ["en", "ru"])
async def test_what_is_no_link_is_refused_in_the_customers_language(
    shop: Shop, service: int, typed: str, key: str, lang: str
) -> None:
    t = I18n().get(lang)
    await _form(shop, service, typed, lang=lang)
    answer = shop.harness.last_text(CUSTOMER)
    assert answer.startswith(f"⚠️ {t(key)}\n\n🔗"), answer
    assert await state_of(shop, CUSTOMER) == OrderFlow.link.state
    await shop.harness.send(CUSTOMER, "example.com/page", language_code=lang)  # then a link
    assert await state_of(shop, CUSTOMER) == OrderFlow.quantity.state
    assert shop.adds() == []


def test_the_refusals_read_as_their_language() -> None:
    assert EN("input-link-not-link").startswith("That is not a link.")
    assert RU("input-link-not-link").startswith("Это не ссылка.")
    assert "полную ссылку" in RU("input-link-handle-unknown")
    assert RU("link-as-sent", value="https://t.me/x") == "🔗 Ссылка: https://t.me/x"
