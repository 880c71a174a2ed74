"""The test a search puts to each service's names, run inside SQLite as one function call a
row: the names are case-folded once and every term checked on them, where SQL would fold them
again for each needle (or store them all first: dearer still, measured by benchmarks.search)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

_TERMS = "\x1e"  # between terms (ASCII record separator: never typed, never in a name)
_NEEDLES = "\x1f"  # between a term's needles (unit separator)


def pack(terms: Sequence[Sequence[str]]) -> str:
    """Terms as one SQL parameter: each a list of case-folded needles, any of which will do."""
    return _TERMS.join(_NEEDLES.join(needles) for needles in terms)


@dataclass(frozen=True, slots=True)
class _Term:
    ascii_names: re.Pattern[str] | None  # its ASCII needles, for a name of ASCII alone
    any_names: re.Pattern[str]  # all its needles


def _either(needles: list[str]) -> re.Pattern[str]:
    return re.compile("|".join(re.escape(needle) for needle in needles))


@lru_cache(maxsize=32)
def _unpacked(packed: str) -> tuple[_Term, ...]:
    """The terms, those of fewest needles first (a row most names fail is let go soonest),
    each as one pattern of its needles (one pass over the name, not one per needle), and one
    of its ASCII needles: a name of ASCII alone (most of a panel's) cannot hold a concept's
    words of the five other scripts."""
    terms = sorted((text.split(_NEEDLES) for text in packed.split(_TERMS)), key=len)
    return tuple(
        _Term(
            _either(ascii_only) if (ascii_only := [n for n in needles if n.isascii()]) else None,
            _either(needles),
        )
        for needles in terms
    )


def holds_all(text: object, packed: object) -> int:
    """SQL `holds_all(names, terms)`: 1 when the names, case-folded, hold for every term any
    of its needles."""
    if text is None or not isinstance(packed, str):
        return 0
    folded = str(text).casefold()
    narrow = folded.isascii()
    for term in _unpacked(packed):
        pattern = term.ascii_names if narrow else term.any_names
        if pattern is None or pattern.search(folded) is None:
            return 0
    return 1
