"""/export catalogue and /import catalogue (issue 23): the catalogue as a CSV, and that file
sent back (as the caption of the file, or as an answer to the message with it) applied after
a preview. Admins only; the rules are in bot/services/catalogue_csv.py."""

from __future__ import annotations

import html
import logging

from aiogram import Bot, F, Router
from aiogram.enums import ChatAction
from aiogram.exceptions import TelegramAPIError, TelegramNetworkError
from aiogram.filters import Command, CommandObject, Filter
from aiogram.types import CallbackQuery, Document, FSInputFile, Message

from bot.handlers.admin import AdminOnly
from bot.handlers.common import replace, show
from bot.i18n import Translator
from bot.services.catalogue_csv import (
    CHANGES_SHOWN,
    FILE_LIMIT,
    PROBLEMS_SHOWN,
    CatalogueCsv,
    Change,
    Checked,
    ImportProblem,
)
from bot.ui.keyboards import admin_catalogue as kb
from bot.ui.keyboards.callbacks import AdminImportCb
from bot.ui.views import esc

log = logging.getLogger(__name__)


class CatalogueArgument(Filter):
    """The command's argument is `catalogue` (/export catalogue, /import catalogue)."""

    async def __call__(self, message: Message, command: CommandObject) -> bool:
        return (command.args or "").strip().lower() == "catalogue"


async def on_export_catalogue(message: Message, t: Translator, catalogue_csv: CatalogueCsv) -> None:
    if message.bot is not None:
        await message.bot.send_chat_action(message.chat.id, ChatAction.UPLOAD_DOCUMENT)
    async with catalogue_csv.written() as (path, count):
        await message.answer_document(
            FSInputFile(path, filename=path.name), caption=t("admin-export-catalogue", count=count)
        )


def _document(message: Message) -> Document | None:
    if message.document is not None:
        return message.document
    reply = message.reply_to_message
    return None if reply is None else reply.document


async def _download(bot: Bot, document: Document) -> bytes | None:
    try:
        data = await bot.download(document)
    except (TelegramAPIError, TelegramNetworkError) as exc:
        log.warning("could not download an import: %s", exc)
        return None
    return None if data is None else data.read()


async def on_import_catalogue(
    message: Message, t: Translator, catalogue_csv: CatalogueCsv, bot: Bot
) -> None:
    assert message.from_user is not None
    document = _document(message)
    if document is None:
        await message.answer(t("admin-import-usage"))
        return
    if (document.file_size or 0) > FILE_LIMIT:
        await message.answer(t("admin-import-too-big", megabytes=FILE_LIMIT // 1_000_000))
        return
    data = await _download(bot, document)
    checked = None if data is None else await catalogue_csv.check(message.from_user.id, data)
    if checked is None:
        await message.answer(t("admin-import-unreadable"))
        return
    if checked.problems:
        await message.answer(_problems_text(t, checked.problems))
    elif not checked.changes:
        await message.answer(t("admin-import-nothing"))
    else:
        await message.answer(
            _preview_text(t, checked), reply_markup=kb.import_preview(t, checked.import_id)
        )


def _problem_line(t: Translator, problem: ImportProblem) -> str:
    return str(
        t(
            f"admin-import-problem-{problem.key}",
            row=problem.row,
            value=html.escape(problem.value),
            limit=problem.limit,
        )
    )


def _problems_text(t: Translator, problems: list[ImportProblem]) -> str:
    lines = [_problem_line(t, p) for p in problems[:PROBLEMS_SHOWN]]
    if len(problems) > PROBLEMS_SHOWN:
        lines.append(t("admin-import-problems-more", count=len(problems) - PROBLEMS_SHOWN))
    return str(t("admin-import-problems", count=len(problems), lines="\n".join(lines)))


def _shown(t: Translator, value: str | None) -> str:
    return str(t("admin-import-blank")) if not value else esc(value, 60)


def _change_line(t: Translator, change: Change) -> str:
    return str(
        t(
            "admin-import-change",
            id=change.service_id,
            column=change.column,
            old=_shown(t, change.old),
            new=_shown(t, change.new),
        )
    )


def _preview_text(t: Translator, checked: Checked) -> str:
    lines = "\n".join(_change_line(t, c) for c in checked.changes[:CHANGES_SHOWN])
    return str(
        t(
            "admin-import-preview",
            services=checked.services,
            changes=len(checked.changes),
            lines=lines,
        )
    )


async def on_apply(
    query: CallbackQuery, callback_data: AdminImportCb, t: Translator, catalogue_csv: CatalogueCsv
) -> None:
    changes = await catalogue_csv.claim(callback_data.id)
    if changes is None:
        await query.answer(t("admin-import-stale"), show_alert=True)
        return
    await query.answer()  # before the writes: thousands of rows take a moment
    applied = await catalogue_csv.write(callback_data.id, changes)
    text = t("admin-import-applied", changes=applied.changes, services=applied.services)
    await replace(query, text, None)


async def on_cancel(
    query: CallbackQuery, callback_data: AdminImportCb, t: Translator, catalogue_csv: CatalogueCsv
) -> None:
    if not await catalogue_csv.cancel(callback_data.id):
        await query.answer(t("admin-import-stale"), show_alert=True)
        return
    await show(query, t("admin-import-canceled"), None)


def router(admin_ids: frozenset[int]) -> Router:
    """Before /export's router: `/export catalogue` is this one's."""
    r = Router(name="admin_import")
    guard = AdminOnly(admin_ids)
    r.message.filter(guard)
    r.callback_query.filter(guard)
    r.message.register(on_export_catalogue, Command("export"), CatalogueArgument())
    r.message.register(on_import_catalogue, Command("import"), CatalogueArgument())
    r.message.register(on_import_usage, Command("import"))
    r.callback_query.register(on_apply, AdminImportCb.filter(F.act == "apply"))
    r.callback_query.register(on_cancel, AdminImportCb.filter(F.act == "cancel"))
    return r


async def on_import_usage(message: Message, t: Translator) -> None:
    await message.answer(t("admin-import-usage"))
