"""/stats' buttons: one per period (the one shown marked), the chart, and "⬅️ Admin menu" (only
admins see /stats; the /admin menu opens it with these buttons as they are)."""

from __future__ import annotations

from aiogram.filters.callback_data import CallbackData
from aiogram.types import InlineKeyboardButton, InlineKeyboardMarkup

from bot.i18n import Translator
from bot.services.stats import Period
from bot.ui.keyboards.admin_console import admin_menu_button


class StatsCb(CallbackData, prefix="st"):
    """A period of /stats. A period the shop does not know fails to unpack: a forged button
    reaches the fallback, which answers it."""

    period: Period


class StatsChartCb(CallbackData, prefix="stc"):
    """The chart of the last 30 days."""


def stats_keyboard(t: Translator, shown: Period) -> InlineKeyboardMarkup:
    periods = [
        InlineKeyboardButton(
            text=t(
                "admin-stats-btn-shown" if period is shown else "admin-stats-btn-period",
                period=t(f"admin-stats-period-{period.value}"),
            ),
            callback_data=StatsCb(period=period).pack(),
        )
        for period in Period
    ]
    chart = InlineKeyboardButton(
        text=t("admin-stats-btn-chart"), callback_data=StatsChartCb().pack()
    )
    return InlineKeyboardMarkup(
        inline_keyboard=[periods[:2], periods[2:], [chart], [admin_menu_button(t)]]
    )
