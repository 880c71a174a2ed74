"""/stats of a period and the chart's words, in the admin's language (`t`)."""

from __future__ import annotations

from bot.config import Settings
from bot.i18n import Translator
from bot.services.stats import CHART_DAYS, DayFigures, Period, PeriodStats
from bot.ui.chart import ChartTexts
from bot.ui.views import shop_money
from bot.ui.views_admin import _named

_STATE_ORDER = (
    "submitting",
    "pending",
    "in_progress",
    "processing",
    "completed",
    "partial",
    "canceled",
    "unknown",
    "failed",
)


def _orders(t: Translator, counts: dict[str, int]) -> str:
    total = sum(counts.values())
    if total == 0:
        return "0"
    ordered = sorted(counts, key=lambda s: _STATE_ORDER.index(s) if s in _STATE_ORDER else 99)
    parts = " · ".join(
        t("admin-stats-part", state=_named(t, "admin-stats-state", state), count=counts[state])
        for state in ordered
    )
    return t("admin-stats-window", total=total, parts=parts)


def render_period_stats(t: Translator, stats: PeriodStats, settings: Settings) -> str:
    if stats.period is Period.ALL:
        since = t("admin-stats-since-start")
    else:
        since = t("admin-stats-since", when=t.datetime(stats.since))
    return (
        t(
            "admin-stats-screen",
            period=t(f"admin-stats-period-{stats.period.value}"),
            since=since,
            customers=stats.customers,
            new=stats.new_customers,
            active=stats.active_7d,
            blocked=stats.blocked,
            orders=_orders(t, stats.orders),
            revenue=shop_money(t, stats.revenue, settings),
            cost=shop_money(t, stats.cost, settings),
            margin=shop_money(t, stats.margin, settings),
            commissions=_rewards(t, stats.commissions, settings),
            bonuses=_rewards(t, stats.bonuses, settings),
            open=stats.open_now,
            review=stats.review_now,
        )
        + _topup_lines(t, stats, settings)
        + _api_line(t, stats, settings)
    )


def _api_line(t: Translator, stats: PeriodStats, settings: Settings) -> str:
    """The orders resellers placed through the API, apart (they are among the orders above)."""
    count, revenue = stats.api_orders
    if count == 0:
        return ""
    return t("admin-stats-api", count=count, revenue=shop_money(t, revenue, settings))


def _rewards(t: Translator, figures: tuple[int, int], settings: Settings) -> str:
    count, amount = figures
    return t("admin-stats-rewards", count=count, amount=shop_money(t, amount, settings))


def _topup_lines(t: Translator, stats: PeriodStats, settings: Settings) -> str:
    if not stats.topups:
        return t("admin-stats-topups-none-in-period")
    lines = [
        t(
            "admin-stats-topup-line",
            method=_named(t, "admin-method", method),
            count=count,
            amount=shop_money(t, net, settings),
        )
        for method, (count, net) in stats.topups.items()
    ]
    return t("admin-stats-topups", lines="\n".join(lines))


def chart_texts(t: Translator, settings: Settings) -> ChartTexts:
    """The chart's words in `t`'s language (the handler passes English for the languages that
    matplotlib cannot shape)."""
    return ChartTexts(
        title=t("admin-chart-title", days=CHART_DAYS),
        revenue=t("admin-chart-revenue"),
        cost=t("admin-chart-cost"),
        orders=t("admin-chart-orders"),
        money_axis=settings.currency,
        day_axis=t("admin-chart-day"),
    )


def chart_caption(t: Translator, days: list[DayFigures], settings: Settings) -> str:
    revenue = sum(day.revenue for day in days)
    cost = sum(day.cost for day in days)
    return t(
        "admin-chart-caption",
        days=len(days),
        orders=sum(day.orders for day in days),
        revenue=shop_money(t, revenue, settings),
        cost=shop_money(t, cost, settings),
        margin=shop_money(t, revenue - cost, settings),
    )
