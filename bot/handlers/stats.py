"""/stats: the shop's numbers for today, 7 days, 30 days or all time (a button per period,
the message edited in place), and a chart of the last 30 days on a button.

The chart is a button rather than a picture sent with every /stats: drawing it loads the
plotting library and takes a fraction of a second of CPU, which /stats and its period buttons
need not pay each time. It is drawn in a thread, so other updates go on meanwhile.

Guarded like /export, under the admins-only parent router (bot/handlers/__init__.py); a
forged period is turned away by its callback data and answered by the fallback.
"""

from __future__ import annotations

import asyncio

from aiogram import F, Router
from aiogram.enums import ChatAction
from aiogram.filters import Command
from aiogram.types import BufferedInputFile, CallbackQuery, InlineKeyboardMarkup, Message

from bot.config import Settings
from bot.handlers.common import replace
from bot.i18n import SOURCE_LANGUAGE, I18n, Translator
from bot.services.invites import InviteService
from bot.services.promos import PromoService
from bot.services.stats import Period, StatsService
from bot.telegram.filters import Check
from bot.ui.chart import draw_chart
from bot.ui.keyboards.stats import StatsCb, StatsChartCb, stats_keyboard
from bot.ui.views_invites import render_invite_stats
from bot.ui.views_promo import promo_stats
from bot.ui.views_stats import chart_caption, chart_texts, render_period_stats


def router(admin_ids: frozenset[int]) -> Router:
    r = Router(name="stats")
    r.message.filter(Check(F.from_user.id.in_(admin_ids)))
    r.callback_query.filter(Check(F.from_user.id.in_(admin_ids)))
    r.message.register(on_stats, Command("stats"))
    r.callback_query.register(on_stats_period, StatsCb.filter())
    r.callback_query.register(on_stats_chart, StatsChartCb.filter())
    return r


async def stats_screen(
    t: Translator,
    stats: StatsService,
    promos: PromoService,
    invites: InviteService,
    settings: Settings,
    period: Period = Period.TODAY,
) -> tuple[str, InlineKeyboardMarkup]:
    """The /stats screen of a period: its text and its buttons (also for the /admin menu), and
    under it the promo codes' bonuses and discounts (all time: a code's few uses read best
    together)."""
    text = render_period_stats(t, await stats.period(period), settings)
    text += promo_stats(t, await promos.totals(), settings)
    text += render_invite_stats(t, await invites.stats(), settings)  # all time too
    return text, stats_keyboard(t, period)


async def on_stats(
    message: Message,
    t: Translator,
    stats: StatsService,
    promos: PromoService,
    invites: InviteService,
    settings: Settings,
) -> None:
    text, markup = await stats_screen(t, stats, promos, invites, settings)
    await message.answer(text, reply_markup=markup)


async def on_stats_period(
    query: CallbackQuery,
    callback_data: StatsCb,
    t: Translator,
    stats: StatsService,
    promos: PromoService,
    invites: InviteService,
    settings: Settings,
) -> None:
    await query.answer()
    text, markup = await stats_screen(t, stats, promos, invites, settings, callback_data.period)
    await replace(query, text, markup)


async def on_stats_chart(
    query: CallbackQuery, t: Translator, i18n: I18n, stats: StatsService, settings: Settings
) -> None:
    await query.answer(t("admin-chart-drawing"))
    if not isinstance(query.message, Message):
        return
    if query.bot is not None:
        await query.bot.send_chat_action(query.message.chat.id, ChatAction.UPLOAD_PHOTO)
    days = await stats.days()
    # matplotlib draws Arabic and Persian letters unjoined and left to right: their admins get
    # the chart's few words in English, and the caption below in their language.
    words = chart_texts(i18n.get(SOURCE_LANGUAGE) if t.rtl else t, settings)
    png = await asyncio.to_thread(draw_chart, days, words)
    await query.message.answer_photo(
        BufferedInputFile(png, filename="stats-30-days.png"),
        caption=chart_caption(t, days, settings),
    )
