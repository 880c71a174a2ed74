"""The shop's own names and descriptions: /rename, /describe, and the admin's service card
(/service <n>) with Rename and Describe buttons. Admins only (the admins-only parent router
and this router's own guard); the rules are in bot/services/catalogue_texts.py."""

from __future__ import annotations

import html
import logging

from aiogram import F, Router
from aiogram.exceptions import TelegramAPIError, TelegramNetworkError
from aiogram.filters import Command, CommandObject, StateFilter
from aiogram.fsm.context import FSMContext
from aiogram.types import CallbackQuery, InlineKeyboardMarkup, Message

from bot.config import Settings
from bot.handlers.admin import AdminOnly
from bot.handlers.admin_args import Problem, TextCommand, ids_problem, parse_ids, parse_text_command
from bot.handlers.common import show
from bot.handlers.states import AdminTextFlow
from bot.i18n import LANGUAGES, Translator
from bot.services.admin import Scope
from bot.services.catalogue_texts import (
    CatalogueTexts,
    TextField,
    TextProblem,
    clean_text,
    limit_of,
)
from bot.telegram.filters import Check
from bot.ui.keyboards import admin_catalogue as kb
from bot.ui.keyboards.callbacks import AdminServiceCb
from bot.ui.views import esc
from bot.ui.views_catalogue import render_service_card

log = logging.getLogger(__name__)


def _problem(t: Translator, problem: Problem, usage: str) -> str:
    quoted = {name: html.escape(value) for name, value in problem.args.items()}
    return t("admin-problem", problem=t(problem.key, **quoted), usage=t(usage))


async def _write(texts: CatalogueTexts, field: TextField, command: TextCommand) -> bool:
    """Writes the text; False if there is no such service or category."""
    if command.scope is Scope.CATEGORY:
        category = await texts.set_category_name(command.target_id, command.lang, command.text)
        return category is not None
    service = await texts.set_service_text(command.target_id, command.lang, field, command.text)
    return service is not None


def _done_text(t: Translator, field: TextField, command: TextCommand) -> str:
    values: dict[str, str | int] = {
        "scope_title": t(f"admin-scope-title-{command.scope}"),
        "id": command.target_id,
        "lang": LANGUAGES[command.lang],
    }
    if command.text is None:
        return str(t(f"admin-text-removed-{field}", **values))
    return str(t(f"admin-text-set-{field}", text=esc(command.text, 200), **values))


async def on_rename(
    message: Message, command: CommandObject, t: Translator, catalogue_texts: CatalogueTexts
) -> None:
    await _text_command(message, command, t, catalogue_texts, TextField.NAME)


async def on_describe(
    message: Message, command: CommandObject, t: Translator, catalogue_texts: CatalogueTexts
) -> None:
    await _text_command(message, command, t, catalogue_texts, TextField.DESCRIPTION)


async def _text_command(
    message: Message,
    command: CommandObject,
    t: Translator,
    texts: CatalogueTexts,
    field: TextField,
) -> None:
    naming = field is TextField.NAME
    scopes = (Scope.SERVICE, Scope.CATEGORY) if naming else (Scope.SERVICE,)
    parsed = parse_text_command(command.args, field, scopes)
    usage = "admin-rename-usage" if naming else "admin-describe-usage"
    if isinstance(parsed, Problem):
        await message.answer(_problem(t, parsed, usage))
        return
    if not await _write(texts, field, parsed):
        scope = t(f"admin-scope-{parsed.scope}")
        await message.answer(t("admin-hide-not-found", scope=scope, id=parsed.target_id))
        return
    await message.answer(_done_text(t, field, parsed))


# -- the service card ------------------------------------------------------------------------
async def _card(
    t: Translator, texts: CatalogueTexts, settings: Settings, service_id: int
) -> tuple[str, InlineKeyboardMarkup] | None:
    card = await texts.card(service_id)
    if card is None:
        return None
    return render_service_card(t, card, settings), kb.service_card(t, service_id)


async def on_service(
    message: Message,
    command: CommandObject,
    t: Translator,
    catalogue_texts: CatalogueTexts,
    settings: Settings,
) -> None:
    ids = parse_ids(command.args, 1)
    if ids is None:
        await message.answer(_problem(t, ids_problem(command.args, 1), "admin-service-usage"))
        return
    screen = await _card(t, catalogue_texts, settings, ids[0])
    if screen is None:
        await message.answer(t("admin-hide-not-found", scope=t("admin-scope-service"), id=ids[0]))
        return
    await message.answer(screen[0], reply_markup=screen[1])


async def on_card_button(
    query: CallbackQuery,
    callback_data: AdminServiceCb,
    t: Translator,
    state: FSMContext,
    catalogue_texts: CatalogueTexts,
    settings: Settings,
) -> None:
    """The card again (Back, Cancel); a prompt left open is closed."""
    if await state.get_state() == AdminTextFlow.text.state:
        await state.clear()
    screen = await _card(t, catalogue_texts, settings, callback_data.id)
    if screen is None:
        await query.answer(t("admin-service-gone"), show_alert=True)
        return
    await show(query, *screen)


async def on_languages(
    query: CallbackQuery,
    callback_data: AdminServiceCb,
    t: Translator,
    catalogue_texts: CatalogueTexts,
) -> None:
    if await catalogue_texts.card(callback_data.id) is None:
        await query.answer(t("admin-service-gone"), show_alert=True)
        return
    field = "n" if callback_data.act == "name" else "d"
    key = "admin-service-choose-lang-name" if field == "n" else "admin-service-choose-lang-desc"
    await show(query, t(key, id=callback_data.id), kb.languages(t, callback_data.id, field))


async def on_ask(
    query: CallbackQuery,
    callback_data: AdminServiceCb,
    t: Translator,
    state: FSMContext,
    catalogue_texts: CatalogueTexts,
) -> None:
    if callback_data.field not in ("n", "d") or not callback_data.lang:
        await query.answer(t("admin-service-gone"), show_alert=True)
        return
    if await catalogue_texts.card(callback_data.id) is None:
        await query.answer(t("admin-service-gone"), show_alert=True)
        return
    field = TextField.NAME if callback_data.field == "n" else TextField.DESCRIPTION
    await state.set_state(AdminTextFlow.text)
    prompt_id = query.message.message_id if isinstance(query.message, Message) else 0
    await state.set_data(
        {
            "service_id": callback_data.id,
            "field": field.value,
            "lang": callback_data.lang,
            "prompt": prompt_id,
        }
    )
    text = t(
        f"admin-service-ask-{field}",
        id=callback_data.id,
        lang=LANGUAGES[callback_data.lang],
        limit=limit_of(field),
    )
    await show(query, text, kb.prompt(t, callback_data.id))


async def on_text(
    message: Message,
    t: Translator,
    state: FSMContext,
    catalogue_texts: CatalogueTexts,
    settings: Settings,
) -> None:
    data = await state.get_data()
    field = TextField(data.get("field", "name"))
    service_id, lang = int(data.get("service_id", 0)), str(data.get("lang", "en"))
    text = clean_text(field, message.text or "")
    if isinstance(text, TextProblem):
        key = (
            "admin-problem-text-empty"
            if text is TextProblem.EMPTY
            else "admin-problem-text-too-long"
        )
        await message.answer("❌ " + t(key, limit=limit_of(field)))
        return
    await state.clear()
    await _unbutton(message, int(data.get("prompt", 0)))
    found = await catalogue_texts.set_service_text(service_id, lang, field, text)
    screen = await _card(t, catalogue_texts, settings, service_id) if found else None
    if screen is None:
        await message.answer(
            t("admin-hide-not-found", scope=t("admin-scope-service"), id=service_id)
        )
        return
    done = _done_text(t, field, TextCommand(Scope.SERVICE, service_id, lang, text))
    await message.answer(done + "\n\n" + screen[0], reply_markup=screen[1])


async def _unbutton(message: Message, prompt_id: int) -> None:
    """The prompt loses its Cancel: the card comes anew under the admin's text."""
    if not prompt_id or message.bot is None:
        return
    try:
        await message.bot.edit_message_reply_markup(
            chat_id=message.chat.id, message_id=prompt_id, reply_markup=None
        )
    except (TelegramAPIError, TelegramNetworkError) as exc:
        log.debug("could not take the buttons off a prompt: %s", exc)


def router(admin_ids: frozenset[int]) -> Router:
    r = Router(name="admin_catalogue")
    guard = AdminOnly(admin_ids)
    r.message.filter(guard)
    r.callback_query.filter(guard)
    r.message.register(on_rename, Command("rename"))
    r.message.register(on_describe, Command("describe"))
    r.message.register(on_service, Command("service"))
    r.message.register(
        on_text, StateFilter(AdminTextFlow.text), Check(F.text), Check(~F.text.startswith("/"))
    )
    r.callback_query.register(on_card_button, AdminServiceCb.filter(F.act == "card"))
    r.callback_query.register(on_languages, AdminServiceCb.filter(F.act.in_({"name", "describe"})))
    r.callback_query.register(on_ask, AdminServiceCb.filter(F.act == "ask"))
    return r
