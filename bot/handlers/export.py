"""/export: CSV files of the orders and of the ledger, whole or of the last days (`/export 30`),
written by bot/services/export.py and sent from disk. When a file would pass what a bot may
send, the admin is told so and offered periods.

Guarded like /backup, under the admins-only parent router (bot/handlers/__init__.py): for anyone
but an admin the command does not exist (it falls through to the fallback router), and a forged
period button is turned away there too.
"""

from __future__ import annotations

import html

from aiogram import F, Router
from aiogram.enums import ChatAction
from aiogram.filters import Command, CommandObject
from aiogram.types import CallbackQuery, FSInputFile, Message

from bot.config import Settings
from bot.i18n import Translator
from bot.services.export import PERIODS, ExportService, parse_days
from bot.telegram.filters import Check
from bot.ui.keyboards.export import ExportPeriodCb, periods


def router(admin_ids: frozenset[int]) -> Router:
    r = Router(name="export")
    r.message.filter(Check(F.from_user.id.in_(admin_ids)))
    r.callback_query.filter(Check(F.from_user.id.in_(admin_ids)))
    r.message.register(on_export, Command("export"))
    r.callback_query.register(on_export_period, ExportPeriodCb.filter())
    return r


async def on_export(
    message: Message,
    command: CommandObject,
    t: Translator,
    exports: ExportService,
    settings: Settings,
) -> None:
    days = parse_days(command.args)
    if command.args and command.args.strip() and days is None:
        problem = t("admin-problem-days", value=html.escape(command.args.strip()))
        await message.answer(t("admin-problem", problem=problem, usage=t("admin-export-usage")))
        return
    await send_export(message, t, exports, settings, days)


async def on_export_period(
    query: CallbackQuery,
    callback_data: ExportPeriodCb,
    t: Translator,
    exports: ExportService,
    settings: Settings,
) -> None:
    await query.answer()
    if isinstance(query.message, Message):
        await send_export(query.message, t, exports, settings, callback_data.days)


async def send_export(
    message: Message, t: Translator, exports: ExportService, settings: Settings, days: int | None
) -> None:
    if message.bot is not None:
        await message.bot.send_chat_action(message.chat.id, ChatAction.UPLOAD_DOCUMENT)
    async with exports.written(days) as exported:
        if exported.too_big is not None:
            text = t(
                "admin-export-too-big",
                what=t(f"admin-export-kind-{exported.too_big}"),
                megabytes=exports.limit // 1_000_000,
            )
            await message.answer(text, reply_markup=periods(t, PERIODS))
            return
        currency = html.escape(settings.currency)
        for file in exported.files:
            caption: str = t(f"admin-export-{file.kind}", count=file.rows, currency=currency)
            if days is not None:
                caption += "\n" + t("admin-export-period", days=days)
            await message.answer_document(
                FSInputFile(file.path, filename=file.filename), caption=caption
            )
