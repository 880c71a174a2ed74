"""The shop's numbers over time (/stats): a period's figures and the last days, per day, for
the chart (drawn by bot/services/chart.py). Read only; every figure off an index or a total
kept by triggers (migrations/013 and 023), so /stats stays fast on a shop open for years.

Days are UTC days: "today" began at 00:00 UTC; 7 and 30 days are the last 7 and 30 times 24
hours.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum

from bot.db import Database
from bot.db.repositories.ledger import LedgerKind
from bot.db.repositories.orders import OPEN_STATES
from bot.domain.clock import now

DAY = 86_400
CHART_DAYS = 30


class Period(StrEnum):
    TODAY = "today"
    WEEK = "7d"
    MONTH = "30d"
    ALL = "all"


def period_start(period: Period, moment: int) -> int:
    """The first second of the period that ends at `moment` (0: all time)."""
    if period is Period.TODAY:
        return moment - moment % DAY
    if period is Period.WEEK:
        return moment - 7 * DAY
    if period is Period.MONTH:
        return moment - 30 * DAY
    return 0


@dataclass(frozen=True, slots=True)
class PeriodStats:
    period: Period
    since: int  # 0 for all time
    customers: int  # all customers, whatever the period (the admins are not customers)
    active_7d: int
    blocked: int  # blocked the bot
    new_customers: int
    orders: dict[str, int]  # state: orders created in the period
    revenue: int  # kept after refunds, of orders that reached the panel
    cost: int  # what the panel kept
    topups: dict[str, tuple[int, int]] = field(default_factory=dict)  # method: (count, net)
    commissions: tuple[int, int] = (0, 0)  # (entries, amount)
    bonuses: tuple[int, int] = (0, 0)
    open_now: int = 0  # open and under-review orders now, whatever the period
    review_now: int = 0
    api_orders: tuple[int, int] = (0, 0)  # (orders, revenue) of those placed through the API

    @property
    def margin(self) -> int:
        return self.revenue - self.cost


@dataclass(frozen=True, slots=True)
class DayFigures:
    day: int  # unix seconds of the day's 00:00 UTC
    orders: int
    revenue: int
    cost: int


class StatsService:
    def __init__(
        self, db: Database, admin_ids: frozenset[int], clock: Callable[[], int] = now
    ) -> None:
        self._db = db
        self._admins = sorted(admin_ids)
        self._clock = clock

    async def period(self, period: Period) -> PeriodStats:
        moment = self._clock()
        since = period_start(period, moment)
        async with self._db.read() as repos:
            customers, active, blocked = await repos.users.counts(moment - 7 * DAY, self._admins)
            new = customers if since == 0 else await repos.users.arrived_since(since, self._admins)
            by_state = await repos.orders.totals_by_state(since)
            now_states = await repos.orders.state_counts(0)  # nine rows kept by triggers
            if since == 0:  # all time: the totals kept by triggers
                topups = await repos.ledger.topup_totals_by_method()
            else:
                topups = await repos.ledger.topup_totals_since(since)
            rewards = await repos.ledger.reward_totals(since)
            api_orders = await repos.api_keys.order_counts(since)
        return PeriodStats(
            period=period,
            since=since,
            customers=customers,
            active_7d=active,
            blocked=blocked,
            new_customers=new,
            orders={state: figures[0] for state, figures in by_state.items()},
            revenue=sum(figures[1] for figures in by_state.values()),
            cost=sum(figures[2] for figures in by_state.values()),
            topups=topups,
            commissions=rewards.get(LedgerKind.COMMISSION, (0, 0)),
            bonuses=rewards.get(LedgerKind.BONUS, (0, 0)),
            open_now=sum(now_states.get(state, 0) for state in OPEN_STATES),
            review_now=now_states.get("unknown", 0),
            api_orders=api_orders,
        )

    async def days(self, count: int = CHART_DAYS) -> list[DayFigures]:
        """The last `count` UTC days, today included, oldest first; a day without orders
        has zeros."""
        moment = self._clock()
        first = moment // DAY - count + 1
        async with self._db.read() as repos:
            rows = await repos.orders.daily_totals(first * DAY)
        found = {day: (orders, revenue, cost) for day, orders, revenue, cost in rows}
        return [
            DayFigures((first + n) * DAY, *found.get(first + n, (0, 0, 0))) for n in range(count)
        ]
