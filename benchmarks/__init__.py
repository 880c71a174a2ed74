"""Benchmarks: the program as a process against fakes over HTTP, beside a bare aiogram echo bot.

`make bench` (or `python -m benchmarks`) runs them all and prints one table; each one also
runs alone, e.g. `python -m benchmarks.startstorm`. They print figures and never fail on a time.
"""
