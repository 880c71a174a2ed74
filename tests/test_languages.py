"""The shopping path in the customer's language: the order flow in every language, right-to-left
isolates in an Arabic summary, digits of any script, the language picker, the first contact.

Expected screens are rendered from the message keys with the shop's own translations
(`shop.services.i18n.get(lang)(key, …)`), so these tests stay right when real translations
replace today's copies of English. The shop runs on bot/i18n/locales as they are, each file
completed with the English of any message it still lacks (messages added since the translators
started: tests/test_i18n.py lists them; once they are translated, this completes nothing).

Where a test must tell languages apart today, it runs the shop on "pseudo" locale files: English
with every message marked ⟦<code>⟧, so a text that did not come through the customer's
translator shows at once."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from aiogram.methods import AnswerCallbackQuery, EditMessageText, SendMessage
from aiogram.types import InlineKeyboardMarkup, ReplyKeyboardMarkup
from fluent.syntax import FluentParser, FluentSerializer, ast

from bot.domain import inputs
from bot.domain.money import to_minor
from bot.domain.platforms import platform_of
from bot.domain.service_types import SUBSCRIPTIONS, Limits
from bot.i18n import (
    FSI,
    LANGUAGES,
    LOCALES_DIR,
    PDI,
    RLM,
    Fragment,
    I18n,
    Translator,
    decimal_separator,
)
from bot.services.languages import choose_language
from bot.ui.keyboards.callbacks import LanguageCb, MenuCb
from bot.ui.views import order_card
from tests.browsing import open_category
from tests.conftest import CUSTOMER, Shop, assert_ledger_balances
from tests.fakes.telegram import Call

FOLLOWERS = "Instagram Followers &lt;HQ&gt; &amp; fast"  # the service's name as shown (escaped)
LINK = "https://instagram.com/shop_owner"


async def language_of(shop: Shop, user_id: int) -> str | None:
    async with shop.db.read() as repos:
        user = await repos.users.get(user_id)
    assert user is not None
    return user.language


def edits_and_sends(calls: list[Call]) -> list[str]:
    return [
        c.method.text
        for c in calls
        if isinstance(c.method, SendMessage | EditMessageText) and c.method.text is not None
    ]


def labels(markup: Any) -> list[str]:
    if isinstance(markup, InlineKeyboardMarkup):
        return [b.text for row in markup.inline_keyboard for b in row]
    if isinstance(markup, ReplyKeyboardMarkup):
        return [b.text for row in markup.keyboard for b in row]
    return []


async def choose(shop: Shop, user_id: int, lang: str) -> list[Call]:
    """/start, then the language picked in the picker."""
    await shop.harness.send(user_id, "/start")
    return await shop.harness.press(user_id, LanguageCb(lang=lang).pack())


async def to_quantity(shop: Shop, t: Translator) -> None:
    """Main menu → New order → Instagram Followers → the service → Order → the link."""
    h = shop.harness
    await open_category(shop, CUSTOMER, "Instagram Followers")
    await h.press(CUSTOMER, h.find_button(CUSTOMER, "Followers <HQ>"))
    await h.press(CUSTOMER, h.find_button(CUSTOMER, t("btn-order")))
    await h.send(CUSTOMER, LINK)


@pytest.fixture
async def shop(make_shop: Callable[..., Any]) -> Shop:
    """The shop on the real bot/i18n/locales: every screen below is checked in every language."""
    made: Shop = await make_shop()
    return made


def tr(shop: Shop, lang: str) -> Translator:
    return shop.services.i18n.get(lang)


def usd(t: Translator, amount: str) -> str:
    """An amount as the language writes it: "0,90 USD" in Russian, Turkish and Uzbek."""
    return amount.replace(".", decimal_separator(t.lang)) + " USD"


def summary(t: Translator, quantity: int, total: str, balance: str, after: str) -> str:
    """The summary of an order of the Followers service, from the message keys alone (amounts
    written with a point, as the language writes them)."""
    total, balance, after = (usd(t, a.removesuffix(" USD")) for a in (total, balance, after))
    details = Fragment(
        t("summary-quantity", quantity=quantity) + t("summary-rate", rate=usd(t, "0.90"))
    )
    return t("summary", service=FOLLOWERS, link=LINK, details=details, total=total) + t(
        "summary-balance", balance=balance, after=after
    )


# -- (1) the whole order, once per language ---------------------------------------------------
@pytest.mark.parametrize("lang", list(LANGUAGES))
async def test_an_order_from_start_to_placed_in_each_language(shop: Shop, lang: str) -> None:
    t = tr(shop, lang)
    h = shop.harness
    await shop.credit(CUSTOMER, "10")
    calls = await choose(shop, CUSTOMER, lang)
    assert await language_of(shop, CUSTOMER) == lang
    assert edits_and_sends(calls) == [
        t("language-set", language=LANGUAGES[lang]),
        t("keyboard-ready"),
    ]
    reply = h.session.sent_messages(CUSTOMER)[-1].reply_markup
    assert labels(reply) == [t("kb-new-order"), t("kb-my-orders"), t("kb-wallet"), t("kb-support")]

    await h.send(CUSTOMER, "/start")
    assert h.last_text(CUSTOMER) == t("greeting", name="User")
    assert t("btn-language") in labels(h.last_markup(CUSTOMER))

    await h.press(CUSTOMER, MenuCb(to="new").pack())
    assert h.last_text(CUSTOMER) == t("platforms")
    instagram = t("platform-name", key="instagram")
    button = t("platform-button", icon="📸", platform=instagram, count=4)
    assert button in labels(h.last_markup(CUSTOMER))
    await h.press(CUSTOMER, h.find_button(CUSTOMER, button))
    assert h.last_text(CUSTOMER) == t("platform-categories", icon="📸", platform=instagram)
    button = t("category-button", name="Followers", count=1)  # "Instagram" said by the header
    assert button in labels(h.last_markup(CUSTOMER))
    await h.press(CUSTOMER, h.find_button(CUSTOMER, button))
    assert h.last_text(CUSTOMER) == (
        t("services-header", category="Instagram Followers") + "\n\n" + t("services-hint")
    )
    await h.press(CUSTOMER, h.find_button(CUSTOMER, "Followers <HQ>"))
    assert h.last_text(CUSTOMER) == t(
        "service-card",
        name=FOLLOWERS,
        category="Instagram Followers",
        description="Real-looking followers.\nStart: 0-1h\n\n",
        price=usd(t, "0.90"),
        unit=t("per-1000"),
        low=50,
        high=10000,
        refill=t("yes"),
        cancel=t("yes"),
    )
    await h.press(CUSTOMER, h.find_button(CUSTOMER, t("btn-order")))
    assert h.last_text(CUSTOMER) == t("ask-link", service=FOLLOWERS)
    await h.send(CUSTOMER, LINK)
    assert h.last_text(CUSTOMER) == t("ask-quantity", rate=usd(t, "0.90"), low=50, high=10000)
    assert t("btn-cancel") in labels(h.last_markup(CUSTOMER))
    await h.send(CUSTOMER, "1500")
    assert h.last_text(CUSTOMER) == summary(t, 1500, "1.35 USD", "10.00 USD", "8.65 USD")

    calls = await h.press(CUSTOMER, h.find_button(CUSTOMER, t("btn-confirm")))
    progress = [c.method.text for c in calls if isinstance(c.method, AnswerCallbackQuery)]
    assert progress == [t("placing")]
    async with shop.db.read() as repos:
        (order,) = await repos.orders.list_for_user(CUSTOMER, 0, 5)
    assert order.state == "pending" and order.quantity == 1500
    assert h.last_text(CUSTOMER) == t("placed", card=order_card(t, order, 2, "USD"))
    assert labels(h.last_markup(CUSTOMER)) == [t("btn-orders"), t("btn-home")]
    assert shop.adds() == [{"service": "1", "link": LINK, "quantity": "1500"}]
    assert await shop.balance(CUSTOMER) == to_minor(Decimal("8.65"))
    await assert_ledger_balances(shop.db)


# -- (2) right-to-left: every left-to-right run isolated --------------------------------------
async def test_an_arabic_summary_isolates_the_link_the_quantity_and_the_total(
    shop: Shop,
) -> None:
    t = tr(shop, "ar")
    await shop.credit(CUSTOMER, "10")
    await choose(shop, CUSTOMER, "ar")
    await to_quantity(shop, t)
    await shop.harness.send(CUSTOMER, "1500")
    text = shop.harness.last_text(CUSTOMER)
    assert text == summary(t, 1500, "1.35 USD", "10.00 USD", "8.65 USD")
    for run in (LINK, "1500", "1.35 USD"):
        assert text.count(run) == 1, run
        assert f"{FSI}{run}{PDI}" in text, run
    # Each line that holds one is made of its label and the isolated run, nothing unmarked.
    lines = text.split("\n")
    assert any(line.endswith(f"{FSI}{LINK}{PDI}") for line in lines)
    assert any(line.endswith(f"{FSI}1500{PDI}") for line in lines)
    assert any(f"<b>{FSI}1.35 USD{PDI}</b>" in line for line in lines)


# -- (3) digits of any script -----------------------------------------------------------------
@pytest.mark.parametrize(("lang", "typed"), [("ar", "١٠٠٠"), ("fa", "۱۰۰۰")])
async def test_a_quantity_in_arabic_or_persian_digits_is_read_as_1000(
    shop: Shop, lang: str, typed: str
) -> None:
    t = tr(shop, lang)
    h = shop.harness
    await shop.credit(CUSTOMER, "10")
    await choose(shop, CUSTOMER, lang)
    await to_quantity(shop, t)
    await h.send(CUSTOMER, typed)
    assert h.last_text(CUSTOMER) == summary(t, 1000, "0.90 USD", "10.00 USD", "9.10 USD")
    fsm = h.dp.fsm.get_context(bot=h.bot, chat_id=CUSTOMER, user_id=CUSTOMER)
    quantity = (await fsm.get_data())["quantity"]
    assert quantity == 1000 and type(quantity) is int
    await h.press(CUSTOMER, h.find_button(CUSTOMER, t("btn-confirm")))
    assert shop.adds() == [{"service": "1", "link": LINK, "quantity": "1000"}]
    async with shop.db.read() as repos:
        (order,) = await repos.orders.list_for_user(CUSTOMER, 0, 5)
    assert order.quantity == 1000
    await assert_ledger_balances(shop.db)


async def test_runs_interval_and_poll_answer_in_other_digits_reach_the_panel_in_ascii(
    shop: Shop,
) -> None:
    t = tr(shop, "fa")
    h = shop.harness
    await shop.credit(CUSTOMER, "10")
    await choose(shop, CUSTOMER, "fa")
    await open_category(shop, CUSTOMER, "Instagram Likes")
    await h.press(CUSTOMER, h.find_button(CUSTOMER, "drip-feed"))
    await h.press(CUSTOMER, h.find_button(CUSTOMER, t("btn-order")))
    await h.send(CUSTOMER, "https://instagram.com/p/ABC/")
    await h.send(CUSTOMER, "۱۰۰")  # quantity per run
    await h.send(CUSTOMER, "۵")  # runs
    await h.send(CUSTOMER, "٣٠")  # interval, Arabic-Indic digits this time
    await h.press(CUSTOMER, h.find_button(CUSTOMER, t("btn-confirm")))
    await open_category(shop, CUSTOMER, "Telegram")
    await h.press(CUSTOMER, h.find_button(CUSTOMER, "Poll Votes"))
    await h.press(CUSTOMER, h.find_button(CUSTOMER, t("btn-order")))
    await h.send(CUSTOMER, "https://t.me/channel/7")
    await h.send(CUSTOMER, "۱ ۰۰۰")  # grouped with a space
    await h.send(CUSTOMER, "٢")
    assert t("summary-answer", answer=2) in h.last_text(CUSTOMER)
    await h.press(CUSTOMER, h.find_button(CUSTOMER, t("btn-confirm")))
    assert shop.adds() == [
        {
            "service": "2",
            "link": "https://instagram.com/p/ABC/",
            "quantity": "100",
            "runs": "5",
            "interval": "30",
        },
        {
            "service": "6",
            "link": "https://t.me/channel/7",
            "quantity": "1000",
            "answer_number": "2",
        },
    ]
    await assert_ledger_balances(shop.db)


def test_numbers_are_read_in_any_script_and_nothing_else_passes() -> None:
    assert inputs.parse_quantity("١٬٠٠٠", 1, 5000) == 1000  # the Arabic thousands separator
    assert inputs.parse_quantity("1\u00a0000", 1, 5000) == 1000  # a no-break space
    assert inputs.parse_quantity("१०००", 1, 5000) == 1000  # Devanagari: any decimal digits
    assert inputs.parse_answer_number("٣") == 3
    for typed in ("١٫٥", "²", "1e3", "-5", "١٠٠٠٠٠٠٠٠٠٠٠٠٠"):
        with pytest.raises(inputs.InputError) as raised:
            inputs.parse_quantity(typed, 1, 5000)
        assert raised.value.key == "input-quantity-not-number", typed
        assert raised.value.params == {"low": 1, "high": 5000}
    with pytest.raises(inputs.InputError) as raised:
        inputs.parse_quantity("٩٠٠٠", 1, 5000)
    assert raised.value.key == "input-quantity-range"
    assert raised.value.params == {"low": 1, "high": 5000, "value": 9000}


def test_every_input_error_has_its_message_in_every_language() -> None:
    cases: list[Callable[[], object]] = [
        lambda: inputs.parse_link(None),
        lambda: inputs.parse_link(" "),
        lambda: inputs.parse_link("https://x.com/" + "a" * inputs.MAX_LINK),
        lambda: inputs.parse_link("https://x.com/a b"),
        lambda: inputs.parse_link("https://x.com/\u200ba"),
        lambda: inputs.parse_link("http://[::1"),
        lambda: inputs.parse_link("ftp://x.com"),
        lambda: inputs.parse_link("https://localhost"),
        lambda: inputs.parse_link("hello"),
        lambda: inputs.parse_link("@shop"),
        lambda: inputs.parse_link("@shop!owner", platform_of("Instagram Likes", "")),
        lambda: inputs.parse_quantity("x", 1, 2),
        lambda: inputs.parse_quantity("3", 1, 2),
        lambda: inputs.parse_answer_number("x"),
        lambda: inputs.parse_answer_number("0"),
        lambda: inputs.parse_runs("x", 10, 100),
        lambda: inputs.parse_runs("99", 10, 100),
        lambda: inputs.parse_runs("2", 10, 10),
        lambda: inputs.parse_interval("x"),
        lambda: inputs.parse_interval("0"),
        lambda: inputs.parse_comments("", 1, 2),
        lambda: inputs.parse_comments("a" * (inputs.MAX_COMMENT + 1), 1, 2),
        lambda: inputs.parse_comments("a\u202eb", 1, 2),
        lambda: inputs.parse_comments("a\nb\nc", 1, 2),
        lambda: inputs.parse_username("no spaces"),
    ]
    subscription = {step.name: step for step in SUBSCRIPTIONS.steps}
    for name, typed in [
        ("account", "no spaces"),
        *((field, bad) for field in ("min", "max", "posts") for bad in ("x", "9999")),
        *(("delay", bad) for bad in ("x", "99", "7")),
        ("expiry", "31/02/2027"),
    ]:
        step = subscription[name]
        cases.append(lambda step=step, typed=typed: step.read(typed, Limits(1, 2), {}))
    english, english_keys = I18n().get("en"), I18n().keys["en"]
    keys = set()
    for case in cases:
        with pytest.raises(inputs.InputError) as raised:
            case()
        error = raised.value
        keys.add(error.key)
        # Renders with exactly its variables (other languages: tests/test_i18n.py's parity).
        assert english(error.key, **error.params)
    assert keys == {key for key in english_keys if key.startswith("input-")}


# -- (4) the language picker ----------------------------------------------------------------
async def test_the_picker_stores_the_choice_and_answers_in_the_new_language(shop: Shop) -> None:
    h = shop.harness
    en, ru = tr(shop, "en"), tr(shop, "ru")
    await h.send(CUSTOMER, "/language")
    assert h.last_text(CUSTOMER) == en("language-pick")
    assert labels(h.last_markup(CUSTOMER)) == [
        *(f"✅ {name}" if code == "en" else name for code, name in LANGUAGES.items()),
        en("btn-home"),
    ]
    calls = await h.press(CUSTOMER, h.find_button(CUSTOMER, "Русский"))
    assert sum(isinstance(c.method, AnswerCallbackQuery) for c in calls) == 1
    assert await language_of(shop, CUSTOMER) == "ru"
    assert edits_and_sends(calls) == [ru("language-set", language="Русский"), ru("keyboard-ready")]
    sent = h.session.sent_messages(CUSTOMER)[-1]
    assert isinstance(sent.reply_markup, ReplyKeyboardMarkup)
    assert sent.reply_markup.input_field_placeholder == ru("kb-placeholder")

    # From the main menu's button the picker opens in place, the new language marked.
    await h.send(CUSTOMER, "/start")
    assert h.last_text(CUSTOMER) == ru("greeting", name="User")
    menu_id = h.session.sent_messages(CUSTOMER)[-1]
    calls = await h.press(CUSTOMER, h.find_button(CUSTOMER, ru("btn-language")))
    assert [type(c.method) for c in calls if c.name != "answerCallbackQuery"] == [EditMessageText]
    assert h.last_text(CUSTOMER) == ru("language-pick")
    assert "✅ Русский" in labels(h.last_markup(CUSTOMER)) and menu_id is not None


@pytest.mark.parametrize("data", ["lang:xx", "lang:", "lang:EN", "lang:en:1", "lang:ru\u2069"])
async def test_a_forged_language_is_answered_and_changes_nothing(shop: Shop, data: str) -> None:
    h = shop.harness
    await choose(shop, CUSTOMER, "tr")
    before = h.session.next_seq
    calls = await h.press(CUSTOMER, data)
    answers = [c.method for c in calls if isinstance(c.method, AnswerCallbackQuery)]
    assert len(answers) == 1 and answers[0].text == tr(shop, "tr")("button-expired")
    assert edits_and_sends(h.session.calls_since(before)) == []
    assert await language_of(shop, CUSTOMER) == "tr"


async def test_choosing_a_language_the_shop_does_not_speak_stores_nothing(shop: Shop) -> None:
    await shop.harness.send(CUSTOMER, "/start")
    assert not await choose_language(shop.db, CUSTOMER, "xx", is_admin=False)
    assert await choose_language(shop.db, CUSTOMER, "uz", is_admin=False)
    assert await language_of(shop, CUSTOMER) == "uz"


# -- (5) the first contact ----------------------------------------------------------------------
@pytest.mark.parametrize(
    ("code", "stored"), [("ru", "ru"), ("fa-IR", "fa"), ("pt-br", "en"), (None, "en")]
)
async def test_a_new_customer_gets_the_language_of_their_telegram(
    shop: Shop, code: str | None, stored: str
) -> None:
    h = shop.harness
    await h.send(CUSTOMER, "/start", language_code=code)
    assert await language_of(shop, CUSTOMER) == stored
    assert h.last_text(CUSTOMER) == tr(shop, stored)("greeting", name="User")
    # A known customer keeps theirs, whatever their Telegram says later.
    await h.send(CUSTOMER, "/start", language_code="tr")
    assert await language_of(shop, CUSTOMER) == stored


async def test_an_unspoken_telegram_language_gets_the_shops_default(
    make_shop: Callable[..., Any], tmp_path: Path
) -> None:
    shop: Shop = await make_shop(i18n=I18n("tr"), default_language="tr")
    await shop.harness.send(CUSTOMER, "/start", language_code="de")
    assert await language_of(shop, CUSTOMER) == "tr"


# -- nothing English slips through: the shop on marked ("pseudo") locale files -----------------
def pseudo_locales(directory: Path) -> Path:
    english = (LOCALES_DIR / "en.ftl").read_text(encoding="utf-8")
    for lang in LANGUAGES:
        resource = FluentParser().parse(english)
        for entry in resource.body:
            if isinstance(entry, ast.Message) and entry.value is not None:
                entry.value.elements.insert(0, ast.TextElement(f"⟦{lang}⟧"))
        (directory / f"{lang}.ftl").write_text(
            FluentSerializer().serialize(resource), encoding="utf-8"
        )
    return directory


@pytest.fixture
async def pseudo_shop(make_shop: Callable[..., Any], tmp_path: Path) -> Shop:
    shop: Shop = await make_shop(i18n=I18n(directory=pseudo_locales(tmp_path)))
    return shop


async def test_a_customer_from_telegram_in_russian_is_answered_in_russian(
    pseudo_shop: Shop,
) -> None:
    calls = await pseudo_shop.harness.send(CUSTOMER, "/start", language_code="ru")
    texts = edits_and_sends(calls)
    assert len(texts) == 2 and all(text.startswith("⟦ru⟧") for text in texts)


async def test_every_screen_of_an_order_comes_through_the_customers_translator(
    pseudo_shop: Shop,
) -> None:
    shop = pseudo_shop
    h = shop.harness
    await shop.credit(CUSTOMER, "10")
    await h.send(CUSTOMER, "/start")
    seen = h.session.next_seq
    await h.press(CUSTOMER, LanguageCb(lang="ar").pack())
    ar = shop.services.i18n.get("ar")
    # The keyboard sent before the change still works, and answers in the new language.
    await h.send(CUSTOMER, shop.services.i18n.get("en")("kb-new-order"))
    assert h.last_text(CUSTOMER) == ar("platforms")
    await open_category(shop, CUSTOMER, "Instagram Followers", new_order=False)
    await h.press(CUSTOMER, h.find_button(CUSTOMER, "Followers <HQ>"))
    await h.press(CUSTOMER, h.find_button(CUSTOMER, ar("btn-order")))
    await h.send(CUSTOMER, "no-link")  # refused: told in Arabic
    assert h.last_text(CUSTOMER).startswith(f"⚠️ {RLM}⟦ar⟧")  # a line of Arabic begins in RTL
    await h.send(CUSTOMER, LINK)
    await h.send(CUSTOMER, "many")
    await h.send(CUSTOMER, "١٥٠٠")
    confirm = h.find_button(CUSTOMER, ar("btn-confirm"))
    at_summary = h.session.last_bot_message(CUSTOMER)
    assert at_summary is not None
    await h.send(CUSTOMER, "what now?")  # text at the summary
    await h.press(CUSTOMER, confirm, message_id=at_summary.message_id)
    await h.press(CUSTOMER, "lang:xx")
    await h.send(CUSTOMER, "/nonsense")
    await h.press(CUSTOMER, MenuCb(to="search").pack())
    await h.send(CUSTOMER, "zzzz")
    calls = h.session.calls_since(seen)
    texts = edits_and_sends(calls)
    toasts = [
        c.method.text
        for c in calls
        if isinstance(c.method, AnswerCallbackQuery) and c.method.text is not None
    ]
    assert len(texts) > 12 and len(toasts) >= 2
    for text in texts + toasts:
        assert "⟦ar⟧" in text and "⟦en⟧" not in text, text
    fixed = [  # every button but numbers (names from the panel are inside a message)
        label
        for c in calls
        if isinstance(c.method, SendMessage | EditMessageText)
        for label in labels(c.method.reply_markup)
        if not label.replace(" ", "").isdigit()
    ]
    assert fixed and [label for label in fixed if not label.startswith(f"{RLM}⟦ar⟧")] == []
    assert shop.adds()[0]["quantity"] == "1500"


async def test_flood_and_ban_notes_are_in_the_customers_language(
    make_shop: Callable[..., Any], tmp_path: Path
) -> None:
    shop: Shop = await make_shop(
        i18n=I18n(directory=pseudo_locales(tmp_path)), flood_burst=2, flood_rate=0.001
    )
    h = shop.harness
    await h.send(CUSTOMER, "/start", language_code="uz")
    await h.send(CUSTOMER, "/start")
    calls = await h.send(CUSTOMER, "/start")
    assert edits_and_sends(calls) == [shop.services.i18n.get("uz")("slow-down")]
    other = CUSTOMER + 1
    await h.send(other, "/start", language_code="fa")
    async with shop.db.transaction() as repos:
        await repos.users.set_banned(other, True)
    calls = await h.send(other, "hello")
    assert edits_and_sends(calls) == [shop.services.i18n.get("fa")("banned")]


@pytest.mark.parametrize("end", ["\n\n", ""])
def test_a_value_longer_than_fluent_takes_is_kept_whole_and_isolated(end: str) -> None:
    """Isolated in Arabic when it is one line; a value of several lines never is (an isolate
    ends at a line break: its first line would lose the message's direction)."""
    description = "&lt;&amp;&gt;" * 500 + end  # 6500 characters and more: past Fluent's 2500
    i18n = I18n()
    for lang in ("en", "ar"):
        t = i18n.get(lang)
        card = t(
            "service-card",
            name="n",
            category="c",
            description=description,
            price="1.00 USD",
            unit=t("per-1000"),
            low=1,
            high=2,
            refill=t("yes"),
            cancel=t("no"),
        )
        assert description in card and "\ue000" not in card
        isolated = f"{FSI}{description}{PDI}" in card
        assert isolated is (lang == "ar" and not end)
        assert (FSI in card) is (lang == "ar")
