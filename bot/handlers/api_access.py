"""/api: a customer's key to the shop's API for resellers (shown once), a new key, off, and
the status notices of API orders; and the admins' button turning a customer's API off."""

from __future__ import annotations

from aiogram import F, Router
from aiogram.filters import Command
from aiogram.types import CallbackQuery, Message

from bot.config import Settings
from bot.handlers.admin import AdminOnly
from bot.handlers.admin_screens import card_screen
from bot.handlers.common import replace, show
from bot.i18n import Translator
from bot.services.admin_console import AdminConsole
from bot.services.api_access import ApiAccessService
from bot.ui import views_api
from bot.ui.keyboards import api as kb
from bot.ui.keyboards.callbacks import AdminApiCb, ApiCb


async def on_api(message: Message, t: Translator, api_access: ApiAccessService) -> None:
    assert message.from_user is not None
    view = await api_access.view(message.from_user.id)
    await message.answer(
        views_api.api_screen(t, view, api_access.url), reply_markup=kb.api_screen(t, view)
    )


async def on_api_button(
    query: CallbackQuery, callback_data: ApiCb, t: Translator, api_access: ApiAccessService
) -> None:
    user_id = query.from_user.id
    if callback_data.act == "on":
        view = await api_access.turn_on(user_id)
    elif callback_data.act == "new":
        view = await api_access.issue(user_id)
    elif callback_data.act == "off":
        view = await api_access.turn_off(user_id)
    elif callback_data.act == "notices":
        view = await api_access.toggle_notices(user_id)
    else:  # show
        view = await api_access.view(user_id)
    await show(query, views_api.api_screen(t, view, api_access.url), kb.api_screen(t, view))


async def on_admin_api(
    query: CallbackQuery,
    callback_data: AdminApiCb,
    t: Translator,
    api_access: ApiAccessService,
    console: AdminConsole,
    settings: Settings,
) -> None:
    user_id = callback_data.id
    if not await api_access.set_blocked(user_id, callback_data.act == "block"):
        await query.answer(t("admin-api-no-user", user_id=user_id), show_alert=True)
        return
    key = "admin-api-blocked" if callback_data.act == "block" else "admin-api-allowed"
    await query.answer(t(key, user_id=user_id))
    text, markup = await card_screen(t, console, settings, user_id, 0, 0)
    await replace(query, text, markup)


def router() -> Router:
    router = Router(name="api_access")
    router.message.register(on_api, Command("api"))
    router.callback_query.register(
        on_api_button, ApiCb.filter(F.act.in_({"show", "on", "new", "off", "notices"}))
    )
    return router


def admin_router(admin_ids: frozenset[int]) -> Router:
    router = Router(name="admin_api")
    guard = AdminOnly(admin_ids)
    router.callback_query.filter(guard)
    router.callback_query.register(on_admin_api, AdminApiCb.filter(F.act.in_({"block", "allow"})))
    return router
