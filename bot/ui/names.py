"""Names on the buttons of one list: the part of each that tells it from the others.

Panels name a category's services alike ("Twitch Followers [متابعين حقيقيين] [30 days]",
"Twitch Followers [متابعين سريعين]"): a button cut at its end shows the same words twice. The
words the whole list shares at the front are said once by the screen's header, so the buttons
drop them and keep what differs.
"""

from __future__ import annotations

from collections.abc import Sequence

_OPENING = "([{<«"
_CLOSING = ")]}>»"
_SEPARATORS = " -–—·|,;:/•"
MIN_LEFT = 3  # a name cut down to less than this many letters keeps its shared words


def _balanced(text: str) -> bool:
    depth = 0
    for ch in text:
        if ch in _OPENING:
            depth += 1
        elif ch in _CLOSING:
            depth = max(0, depth - 1)
    return depth == 0


def _shared_front(names: Sequence[str]) -> str:
    shortest, longest = min(names), max(names)  # the common prefix of all is theirs
    end = 0
    while end < len(shortest) and shortest[end] == longest[end]:
        end += 1
    return shortest[:end]


def _cut_points(shared: str) -> list[int]:
    """Where the shared words may be cut off, longest first: after a whole word (a space
    follows it in every name) outside any bracket."""
    return [
        index + 1
        for index in range(len(shared) - 1, -1, -1)
        if shared[index] == " " and _balanced(shared[:index])
    ]


def distinct_parts(names: Sequence[str]) -> list[str]:
    """Each name without the whole words all of them begin with (spaces folded), when every
    name keeps at least MIN_LEFT letters of its own; else the names as they are."""
    flat = [" ".join(name.split()) for name in names]
    if len(flat) < 2:
        return flat
    for cut in _cut_points(_shared_front(flat)):
        rest = [name[cut:].lstrip(_SEPARATORS) for name in flat]
        if all(sum(ch.isalnum() for ch in part) >= MIN_LEFT for part in rest):
            return rest
    return flat
