"""The /stats chart: revenue, panel cost and orders per day, as a PNG.

matplotlib is imported inside `draw_chart` only: an idle bot never loads it (tens of MB), and
only a bot asked for a chart pays for it, once. Drawing is CPU work of a fraction of a second:
the handler runs it in a thread (asyncio.to_thread), so other updates are not held up. Each
call makes its own Figure (no pyplot, no global state), so two drawings may run side by side.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import UTC, datetime

from bot.domain.money import from_minor
from bot.services.stats import DayFigures

WIDTH_INCHES, HEIGHT_INCHES, DPI = 10.0, 5.0, 100  # 1000 x 500 pixels


@dataclass(frozen=True, slots=True)
class ChartTexts:
    """The chart's words, in the reader's language (or English for scripts that matplotlib
    would draw unshaped: see bot/handlers/stats.py)."""

    title: str
    revenue: str
    cost: str
    orders: str
    money_axis: str  # "USD"
    day_axis: str


def draw_chart(days: list[DayFigures], texts: ChartTexts) -> bytes:
    """The PNG of the given days: revenue and panel cost as lines against the money axis on
    the left, orders as bars against a count axis on the right."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure
    from matplotlib.ticker import FuncFormatter, MaxNLocator

    labels = [datetime.fromtimestamp(day.day, tz=UTC).strftime("%m-%d") for day in days]
    positions = list(range(len(days)))
    figure = Figure(figsize=(WIDTH_INCHES, HEIGHT_INCHES), dpi=DPI)
    FigureCanvasAgg(figure)
    money_axes = figure.add_subplot()
    count_axes = money_axes.twinx()
    count_axes.bar(
        positions, [day.orders for day in days], color="#c7d7ee", label=texts.orders, zorder=1
    )
    count_axes.yaxis.set_major_locator(MaxNLocator(integer=True))
    count_axes.set_ylabel(texts.orders)
    # Amounts are drawn in minor units (integers); only the axis' ticks turn into amounts.
    revenue = [day.revenue for day in days]
    money_axes.plot(positions, revenue, color="#1f7a1f", marker="o", label=texts.revenue)
    cost = [day.cost for day in days]
    money_axes.plot(positions, cost, color="#b03a2e", marker="o", label=texts.cost)
    money_axes.yaxis.set_major_formatter(FuncFormatter(_amount_tick))
    money_axes.set_zorder(count_axes.get_zorder() + 1)  # the lines over the bars
    money_axes.patch.set_visible(False)
    money_axes.set_ylim(bottom=0)
    money_axes.set_ylabel(texts.money_axis)
    money_axes.set_xlabel(texts.day_axis)
    money_axes.set_xticks(positions[::3], labels[::3])
    money_axes.grid(axis="y", alpha=0.3)
    money_axes.set_title(texts.title)
    lines, names = money_axes.get_legend_handles_labels()
    bars, bar_names = count_axes.get_legend_handles_labels()
    money_axes.legend(lines + bars, names + bar_names, loc="upper left")
    figure.tight_layout()
    out = io.BytesIO()
    figure.savefig(out, format="png")
    return out.getvalue()


def _amount_tick(value: object, _position: object) -> str:
    """A tick of the money axis (minor units, where matplotlib puts it) as an amount: 0.2,
    1.5, 2000."""
    units = round(value) if isinstance(value, int | float) else 0
    return f"{from_minor(units).normalize():f}"
