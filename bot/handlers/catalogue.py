"""Browsing: categories -> services -> service card, and search. Edits in place."""

from __future__ import annotations

import html

from aiogram import F, Router
from aiogram.filters import StateFilter
from aiogram.fsm.context import FSMContext
from aiogram.types import CallbackQuery, Message

from bot import texts
from bot.config import Settings
from bot.handlers.common import show
from bot.handlers.states import SearchFlow
from bot.keyboards import catalogue as kb
from bot.keyboards.callbacks import CategoriesCb, CategoryCb, MenuCb, ServiceCb
from bot.keyboards.common import home_only
from bot.services.catalogue import CatalogueService
from bot.views import list_price, name_html, service_card, short


async def _categories(query: CallbackQuery, catalogue: CatalogueService, page: int) -> None:
    found = await catalogue.categories(page)
    if not found.items:
        await show(query, texts.CATEGORIES_EMPTY, home_only())
        return
    text = texts.CATEGORIES
    if found.pages > 1:
        text += "\n" + texts.PAGE.format(page=found.page + 1, pages=found.pages)
    await show(query, text, kb.categories(found))


async def on_new_order(
    query: CallbackQuery, state: FSMContext, catalogue: CatalogueService
) -> None:
    await state.clear()
    await _categories(query, catalogue, 0)


async def on_categories_page(
    query: CallbackQuery, callback_data: CategoriesCb, catalogue: CatalogueService
) -> None:
    await _categories(query, catalogue, callback_data.page)


async def on_category(
    query: CallbackQuery,
    callback_data: CategoryCb,
    catalogue: CatalogueService,
    settings: Settings,
) -> None:
    category = await catalogue.category(callback_data.id)
    found = await catalogue.services(callback_data.id, callback_data.page)
    if category is None or not found.items:
        await query.answer(texts.CATEGORY_GONE, show_alert=True)
        return
    d, cur = settings.price_decimals, settings.currency
    prices = [
        list_price(s, per_1000, d, cur) for s, per_1000 in await catalogue.priced(found.items)
    ]
    header = texts.SERVICES_HEADER.format(category=name_html(category.name, 120))
    if found.pages > 1:
        header += "\n" + texts.PAGE.format(page=found.page + 1, pages=found.pages)
    await show(
        query,
        header + "\n\n" + texts.SERVICES_HINT,
        kb.services(category.id, callback_data.back, found, prices),
    )


async def show_service(
    query: CallbackQuery,
    catalogue: CatalogueService,
    settings: Settings,
    service_id: int,
    back: int,
    cback: int,
) -> None:
    service = await catalogue.orderable(service_id)
    if service is None:
        await query.answer(texts.SERVICE_GONE, show_alert=True)
        return
    per_1000 = await catalogue.price_per_1000(service)
    await show(
        query,
        service_card(service, per_1000, settings.price_decimals, settings.currency),
        kb.service_card(service, back, cback),
    )


async def on_service(
    query: CallbackQuery,
    callback_data: ServiceCb,
    catalogue: CatalogueService,
    settings: Settings,
) -> None:
    await show_service(
        query, catalogue, settings, callback_data.id, callback_data.back, callback_data.cb
    )


# -- search -------------------------------------------------------------------------------------
async def on_search_button(query: CallbackQuery, state: FSMContext) -> None:
    await state.set_state(SearchFlow.query)
    await show(query, texts.SEARCH_PROMPT, home_only())


async def run_search(
    message: Message, catalogue: CatalogueService, settings: Settings, text: str
) -> bool:
    """Shows what a search finds; False when the query was too short to search for."""
    query = " ".join(text.split())
    if len(query) < 2:
        await message.answer(texts.SEARCH_TOO_SHORT, reply_markup=home_only())
        return False
    found = await catalogue.search(query)
    shown = html.escape(short(query, 60), quote=False)
    if not found:
        await message.answer(
            texts.SEARCH_NOTHING.format(query=shown), reply_markup=kb.search_results([], [])
        )
        return True
    d, cur = settings.price_decimals, settings.currency
    prices = [list_price(s, per_1000, d, cur) for s, per_1000 in await catalogue.priced(found)]
    await message.answer(
        texts.SEARCH_RESULTS.format(query=shown, count=len(found)),
        reply_markup=kb.search_results(found, prices),
    )
    return True


async def on_search_text(
    message: Message, state: FSMContext, catalogue: CatalogueService, settings: Settings
) -> None:
    """A search ends once its results are shown: the next text is whatever it is, not a
    second search (a too short query keeps asking)."""
    assert message.text is not None
    if await run_search(message, catalogue, settings, message.text):
        await state.clear()


def router() -> Router:
    router = Router(name="catalogue")
    router.callback_query.register(on_new_order, MenuCb.filter(F.to == "new"))
    router.callback_query.register(on_categories_page, CategoriesCb.filter())
    router.callback_query.register(on_category, CategoryCb.filter())
    router.callback_query.register(on_service, ServiceCb.filter())
    router.callback_query.register(on_search_button, MenuCb.filter(F.to == "search"))
    router.message.register(on_search_text, StateFilter(SearchFlow.query), F.text)
    return router
