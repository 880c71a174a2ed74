"""Browsing: platforms -> categories -> services -> service card, the most ordered, and
search. Edits in place."""

from __future__ import annotations

import html

from aiogram import F, Router
from aiogram.filters import StateFilter
from aiogram.fsm.context import FSMContext
from aiogram.types import CallbackQuery, InlineKeyboardMarkup, Message

from bot.config import Settings
from bot.domain.platforms import shelf
from bot.handlers.common import replace, show
from bot.handlers.states import SUPPORT_KEPT, SearchFlow
from bot.i18n import Translator
from bot.services.catalogue import POPULAR_DAYS, CatalogueService
from bot.telegram.filters import Check
from bot.ui.keyboards import catalogue as kb
from bot.ui.keyboards.callbacks import CategoriesCb, CategoryCb, MenuCb, PlatformCb, ServiceCb
from bot.ui.keyboards.common import home_only
from bot.ui.views import list_price, name_html, service_card, short


async def platform_screen(
    t: Translator, catalogue: CatalogueService
) -> tuple[str, InlineKeyboardMarkup]:
    """New order's first screen: the platforms (or, with nothing to sell, a way home)."""
    counts = await catalogue.platforms()
    if not counts:
        return t("categories-empty"), home_only(t)
    return t("platforms"), kb.platforms(t, counts, await catalogue.has_popular())


async def on_new_order(
    query: CallbackQuery, state: FSMContext, catalogue: CatalogueService, t: Translator
) -> None:
    await state.clear()
    await show(query, *await platform_screen(t, catalogue))


async def on_categories_page(
    query: CallbackQuery, catalogue: CatalogueService, t: Translator
) -> None:
    """A button of the flat category list of before platforms: the platforms instead."""
    await show(query, *await platform_screen(t, catalogue))


async def on_platform(
    query: CallbackQuery, callback_data: PlatformCb, catalogue: CatalogueService, t: Translator
) -> None:
    key = callback_data.key
    found = await catalogue.platform_categories(key, callback_data.page, t.lang)
    if not found.items:
        await query.answer(t("category-gone"), show_alert=True)
        await replace(query, *await platform_screen(t, catalogue))
        return
    text: str = t("platform-categories", icon=shelf(key).icon, platform=t("platform-name", key=key))
    if found.pages > 1:
        text += "\n" + t("page", page=found.page + 1, pages=found.pages)
    await show(query, text, kb.categories(t, key, found))


async def on_popular(
    query: CallbackQuery, catalogue: CatalogueService, settings: Settings, t: Translator
) -> None:
    found = await catalogue.popular(t.lang)
    if not found:
        await show(query, t("popular-none"), kb.popular(t, [], []))
        return
    d, cur = settings.price_decimals, settings.currency
    prices = [list_price(t, s, per_1000, d, cur) for s, per_1000 in await catalogue.priced(found)]
    text = t("popular-header", days=POPULAR_DAYS) + "\n\n" + t("services-hint")
    await show(query, text, kb.popular(t, found, prices))


async def on_category(
    query: CallbackQuery,
    callback_data: CategoryCb,
    catalogue: CatalogueService,
    settings: Settings,
    t: Translator,
) -> None:
    category = await catalogue.category(callback_data.id, t.lang)
    found = await catalogue.services(callback_data.id, callback_data.page, t.lang)
    if category is None or not found.items:
        await query.answer(t("category-gone"), show_alert=True)
        return
    d, cur = settings.price_decimals, settings.currency
    prices = [
        list_price(t, s, per_1000, d, cur) for s, per_1000 in await catalogue.priced(found.items)
    ]
    header: str = t("services-header", category=name_html(category.name, 120))
    if found.pages > 1:
        header += "\n" + t("page", page=found.page + 1, pages=found.pages)
    await show(
        query,
        header + "\n\n" + t("services-hint"),
        kb.services(t, category, callback_data.back, found, prices),
    )


async def show_service(
    query: CallbackQuery,
    t: Translator,
    catalogue: CatalogueService,
    settings: Settings,
    service_id: int,
    back: int,
    cback: int,
) -> None:
    service = await catalogue.orderable(service_id, t.lang)
    if service is None:
        await query.answer(t("service-gone"), show_alert=True)
        return
    per_1000 = await catalogue.price_per_1000(service)
    await show(
        query,
        service_card(t, service, per_1000, settings.price_decimals, settings.currency),
        kb.service_card(t, service, back, cback),
    )


async def on_service(
    query: CallbackQuery,
    callback_data: ServiceCb,
    catalogue: CatalogueService,
    settings: Settings,
    t: Translator,
) -> None:
    await show_service(
        query, t, catalogue, settings, callback_data.id, callback_data.back, callback_data.cb
    )


# -- search -------------------------------------------------------------------------------------
async def on_search_button(query: CallbackQuery, state: FSMContext, t: Translator) -> None:
    await state.set_state(SearchFlow.query)
    await show(query, t("search-prompt"), home_only(t))


async def run_search(
    message: Message,
    t: Translator,
    catalogue: CatalogueService,
    settings: Settings,
    text: str,
    state: FSMContext,
) -> bool:
    """Shows what a search finds; False when the query was too short to search for. When it
    finds nothing, the message is kept for the "Send this to support" button."""
    query = " ".join(text.split())
    if len(query) < 2:
        await message.answer(t("search-too-short"), reply_markup=home_only(t))
        return False
    found = await catalogue.search(query, t.lang)
    shown = html.escape(short(query, 60), quote=False)
    if not found.services:
        await state.update_data({SUPPORT_KEPT: message.message_id})
        await message.answer(
            t("search-nothing", query=shown), reply_markup=kb.search_results(t, [], [])
        )
        return True
    d, cur = settings.price_decimals, settings.currency
    listed = await catalogue.priced(found.services)
    prices = [list_price(t, s, per_1000, d, cur) for s, per_1000 in listed]
    if found.total > len(found.services):  # cut at the limit: say so, with the real count
        text = t("search-results-cut", query=shown, shown=len(found.services), total=found.total)
    else:
        text = t("search-results", query=shown, count=found.total)
    await message.answer(text, reply_markup=kb.search_results(t, found.services, prices))
    return True


async def on_search_text(
    message: Message,
    state: FSMContext,
    catalogue: CatalogueService,
    settings: Settings,
    t: Translator,
) -> None:
    """A search ends once its results are shown: the next text is whatever it is, not a
    second search (a too short query keeps asking)."""
    assert message.text is not None
    await state.set_data({})  # the step's data goes; what the search keeps comes after
    if await run_search(message, t, catalogue, settings, message.text, state):
        await state.set_state(None)


def router() -> Router:
    router = Router(name="catalogue")
    router.callback_query.register(on_new_order, MenuCb.filter(F.to == "new"))
    router.callback_query.register(on_categories_page, CategoriesCb.filter())
    router.callback_query.register(on_platform, PlatformCb.filter())
    router.callback_query.register(on_popular, MenuCb.filter(F.to == "popular"))
    router.callback_query.register(on_category, CategoryCb.filter())
    router.callback_query.register(on_service, ServiceCb.filter())
    router.callback_query.register(on_search_button, MenuCb.filter(F.to == "search"))
    router.message.register(on_search_text, StateFilter(SearchFlow.query), Check(F.text))
    return router
