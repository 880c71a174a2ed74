"""`python -m benchmarks` (`make bench`): every benchmark in turn, then one table."""

from __future__ import annotations

import asyncio

from benchmarks import (
    bigshop,
    browse,
    catalogue,
    notifications,
    orderflow,
    startstorm,
    statussync,
    steady,
    tuning,
)
from benchmarks.harness import Row, print_table


async def run_all() -> list[Row]:
    rows: list[Row] = []
    for bench in (
        startstorm,
        orderflow,
        steady,
        statussync,
        catalogue,
        browse,
        notifications,
        tuning,
        bigshop,
    ):
        rows += await bench.run()
    return rows


if __name__ == "__main__":
    print_table(asyncio.run(run_all()), "make bench: the program against a bare aiogram echo bot")
