"""Service lists of the simulated panel, in the wire shape of the API v2 `services` answer.

`sandbox_services()` is a small real-looking shop (every supported type, one unsupported),
`sandbox_b_services()` the second simulated panel's few;
`large_catalogue()` is a big, awkward one for paging, escaping and speed. Both are
deterministic: the same call always gives the same list.
"""

from __future__ import annotations

from typing import NamedTuple


class _Row(NamedTuple):
    id: int
    name: str
    type: str
    category: str
    rate: str
    min: int
    max: int
    refill: bool = False
    cancel: bool = False
    dripfeed: bool = False
    desc: str | None = None


_DEFAULT = "Default"
_PACKAGE = "Package"
_COMMENTS = "Custom Comments"
_COMMENT_LIKES = "Comment Likes"
_POLL = "Poll"

# Ids have gaps, as on real panels where services come and go.
_SANDBOX_ROWS = (
    _Row(101, "Instagram Followers [Real Mixed] [Max 50K] [Start 0-1h]", _DEFAULT,
         "Instagram Followers", "0.90", 50, 50000, refill=True, cancel=True, dripfeed=True,
         desc="Real-looking mixed accounts. 30 days refill. Speed 5-10K/day."),
    _Row(102, "Instagram Followers [HQ] [30 Days Refill]", _DEFAULT, "Instagram Followers",
         "1.85", 100, 100000, refill=True),
    _Row(103, "Instagram Followers [Cheapest] [No Refill]", _DEFAULT, "Instagram Followers",
         "0.45", 10, 20000),
    _Row(111, "Instagram Likes [Instant] [Max 100K]", _DEFAULT, "Instagram Likes",
         "0.12", 20, 100000, cancel=True, dripfeed=True),
    _Row(112, "Instagram Likes [Real] <Power> & Fast | No Drop", _DEFAULT, "Instagram Likes",
         "0.35", 50, 30000, refill=True, cancel=True),
    _Row(121, "Instagram Reel Views [Fast]", _DEFAULT, "Instagram Views",
         "0.02", 100, 10000000, dripfeed=True),
    _Row(131, "Instagram Custom Comments [Worldwide]", _COMMENTS, "Instagram Comments",
         "12.5", 5, 1000, cancel=True, desc="One comment per line. No links, no emoji spam."),
    _Row(132, "Instagram Comment Likes", _COMMENT_LIKES, "Instagram Comments",
         "2.40", 20, 5000, desc="Give the comment's link and its owner's username."),
    _Row(133, "Instagram Mentions [Hashtag Users]", "Mentions with Hashtags",
         "Instagram Comments", "6.00", 1000, 50000),
    _Row(141, "Instagram Starter Package: 1000 Followers + 500 Likes", _PACKAGE,
         "Instagram Packages", "4.99", 1, 1),
    _Row(201, "TikTok Views [Instant] [Max 10M]", _DEFAULT, "TikTok Views",
         "0.01", 100, 10000000, cancel=True, dripfeed=True),
    _Row(202, "TikTok Views [Real] [Refill 30 Days]", _DEFAULT, "TikTok Views",
         "0.05", 500, 1000000, refill=True),
    _Row(211, "TikTok Followers [HQ] [Refill 30D]", _DEFAULT, "TikTok Followers",
         "3.20", 100, 50000, refill=True, cancel=True),
    _Row(221, "TikTok Likes [Fast]", _DEFAULT, "TikTok Likes",
         "0.60", 50, 100000, cancel=True, dripfeed=True),
    _Row(231, "TikTok Custom Comments", _COMMENTS, "TikTok Comments", "15", 10, 500),
    _Row(241, "TikTok Followers Package [500 Followers + 100 Likes]", _PACKAGE,
         "TikTok Packages", "2.99", 1, 1),
    _Row(301, "YouTube Views [Non Drop] [Lifetime Refill]", _DEFAULT, "YouTube Views",
         "1.20", 500, 1000000, refill=True, dripfeed=True,
         desc="Retention 1-3 minutes. Start 0-6 hours."),
    _Row(302, "YouTube Views [Cheap] [Slow]", _DEFAULT, "YouTube Views",
         "0.75", 1000, 500000, cancel=True),
    _Row(311, "YouTube Subscribers [30 Days Refill]", _DEFAULT, "YouTube Subscribers",
         "18.50", 50, 10000, refill=True),
    _Row(321, "YouTube Likes [Real]", _DEFAULT, "YouTube Likes", "2.10", 20, 50000, cancel=True),
    _Row(331, "YouTube Custom Comments [USA]", _COMMENTS, "YouTube Comments", "25", 5, 200),
    _Row(332, "YouTube Comment Likes [Fast]", _COMMENT_LIKES, "YouTube Comments",
         "3.00", 10, 10000),
    _Row(401, "Telegram Channel Members [Mixed] [Refill 15D]", _DEFAULT, "Telegram Members",
         "0.95", 100, 100000, refill=True, cancel=True, dripfeed=True),
    _Row(402, "Telegram Group Members [Premium]", _DEFAULT, "Telegram Members",
         "6.50", 50, 20000),
    _Row(411, "Telegram Post Views [Last 1 Post]", _DEFAULT, "Telegram Post Views",
         "0.03", 100, 1000000),
    _Row(421, "Telegram Reactions 👍❤️🔥 [Mixed]", _DEFAULT, "Telegram Reactions",
         "0.18", 10, 100000),
    _Row(431, "Telegram Poll Votes", _POLL, "Telegram Polls", "1.50", 100, 50000, cancel=True,
         desc="Give the post link and the number of the answer (1 = first)."),
    _Row(441, "Telegram Auto Views [Future Posts]", "Subscriptions", "Telegram Post Views",
         "0.04", 100, 100000),
    _Row(501, "X (Twitter) Followers [NFT Profiles]", _DEFAULT, "X (Twitter) Followers",
         "4.80", 100, 20000, refill=True, cancel=True),
    _Row(511, "X (Twitter) Likes [Instant]", _DEFAULT, "X (Twitter) Likes",
         "1.10", 20, 10000, cancel=True),
    _Row(521, "X (Twitter) Poll Votes", _POLL, "X (Twitter) Polls", "2.25", 100, 10000),
    _Row(601, "Facebook Page Likes + Followers", _DEFAULT, "Facebook Likes",
         "2.75", 100, 50000, refill=True),
    _Row(611, "Facebook Post Likes [Real]", _DEFAULT, "Facebook Likes",
         "1.60", 50, 20000, cancel=True, dripfeed=True),
    _Row(621, "Facebook Custom Comments", _COMMENTS, "Facebook Comments", "20", 10, 500),
    _Row(701, "Spotify Plays [Premium] [Royalty Eligible]", _DEFAULT, "Spotify Plays",
         "0.85", 1000, 10000000, cancel=True, dripfeed=True),
    _Row(801, "Website Traffic from Google [Worldwide]", _DEFAULT, "Website Traffic",
         "0.55", 1000, 1000000, dripfeed=True),
    _Row(901, "Instagram Auto Likes [Subscription] [10 Posts]", "Subscriptions",
         "Instagram Likes", "0.20", 50, 5000),
)  # fmt: skip


def _wire(row: _Row) -> dict[str, object]:
    """A row as the documented answer spells it: rate/min/max as strings, flags as booleans."""
    item: dict[str, object] = {
        "service": row.id,
        "name": row.name,
        "type": row.type,
        "category": row.category,
        "rate": row.rate,
        "min": str(row.min),
        "max": str(row.max),
        "refill": row.refill,
        "cancel": row.cancel,
        "dripfeed": row.dripfeed,
    }
    if row.desc is not None:
        item["desc"] = row.desc
    return item


def sandbox_services() -> list[dict[str, object]]:
    """A few dozen real-looking services: every supported type, one unsupported."""
    return [_wire(row) for row in _SANDBOX_ROWS]


# Sandbox B, the second simulated panel (issue 23): its own ids (some the same numbers as
# sandbox A's, as two real panels' would be), a few categories shared with A and a few of its own.
_SANDBOX_B_ROWS = (
    _Row(101, "Instagram Followers [Panel B] [Refill 60D]", _DEFAULT, "Instagram Followers",
         "1.40", 100, 200000, refill=True, cancel=True,
         desc="Panel B's followers: slower, with a longer refill."),
    _Row(102, "Instagram Likes [Panel B] [Arab Accounts]", _DEFAULT, "Instagram Likes",
         "0.55", 50, 50000, cancel=True),
    _Row(103, "TikTok Views [Panel B] [Non Drop]", _DEFAULT, "TikTok Views",
         "0.02", 100, 5000000, dripfeed=True),
    _Row(110, "Threads Followers [Real]", _DEFAULT, "Threads Followers",
         "2.80", 50, 20000, refill=True),
    _Row(120, "Twitch Followers [Fast]", _DEFAULT, "Twitch Followers",
         "1.95", 100, 50000, cancel=True),
    _Row(130, "Discord Server Members [Offline]", _DEFAULT, "Discord Members",
         "3.40", 100, 10000),
    _Row(140, "LinkedIn Company Followers", _DEFAULT, "LinkedIn Followers",
         "9.90", 50, 5000, refill=True),
    _Row(150, "Telegram Premium Members [7 Days]", _DEFAULT, "Telegram Members",
         "7.20", 50, 10000, cancel=True),
)  # fmt: skip


def sandbox_b_services() -> list[dict[str, object]]:
    """The second simulated panel's services (sandbox runs two panels)."""
    return [_wire(row) for row in _SANDBOX_B_ROWS]


# --- the large catalogue ----------------------------------------------------------------------

_NETWORKS = (
    "Instagram", "TikTok", "YouTube", "Telegram", "X (Twitter)", "Facebook", "Spotify",
    "Twitch", "Discord", "LinkedIn",
)  # fmt: skip
_KINDS = (
    "Followers", "Likes", "Views", "Comments", "Shares", "Saves", "Members", "Reactions",
    "Story Views", "Live Viewers",
)  # fmt: skip
# Decorations found on real panels, chosen to break naive rendering: emoji, right-to-left
# text, and HTML / Markdown / separator characters.
_DECORATIONS = (
    "🔥 Best Sellers",
    "متابعين حقيقيين",
    "<Real> & Active",
    "Premium | No Drop",
    "🇺🇸 USA Targeted",
    "⚡ Instant Start",
)
_LARGE_TYPES = (
    _DEFAULT, _DEFAULT, _DEFAULT, _DEFAULT, _DEFAULT, _DEFAULT,
    _PACKAGE, _COMMENTS, _COMMENT_LIKES, _POLL, "Mentions with Hashtags", "Subscriptions",
)  # fmt: skip
_CATEGORY_COUNT = 200


def _network_and_kind(category_index: int) -> str:
    network = _NETWORKS[category_index % len(_NETWORKS)]
    kind = _KINDS[(category_index // len(_NETWORKS)) % len(_KINDS)]
    return f"{network} {kind}"


def _large_category(category_index: int) -> str:
    decoration = _DECORATIONS[category_index % len(_DECORATIONS)]
    return f"{_network_and_kind(category_index)} [{decoration}] #{category_index + 1}"


def _large_service(index: int) -> dict[str, object]:
    category_index = index % _CATEGORY_COUNT
    service_type = _LARGE_TYPES[index % len(_LARGE_TYPES)]
    decoration = _DECORATIONS[(index // 7) % len(_DECORATIONS)]
    cents = 1 + (index * 37) % 2500  # 0.01 .. 25.00 per 1000
    minimum = (10, 50, 100, 500)[index % 4]
    maximum = 1 if service_type == _PACKAGE else minimum * (100 + index % 900)
    item: dict[str, object] = {
        "service": 10000 + index,
        # Always longer than 64 bytes: too long for a Telegram button's callback data.
        "name": (
            f"{_network_and_kind(category_index)} [{decoration}] "
            f"[Max {maximum}] [Start 0-{index % 24}h] [Speed {1 + index % 50}K/Day] №{index}"
        ),
        "type": service_type,
        "category": _large_category(category_index),
        "rate": f"{cents // 100}.{cents % 100:02d}",
        "min": str(1 if service_type == _PACKAGE else minimum),
        "max": str(maximum),
        "refill": index % 3 == 0,
        "cancel": index % 4 == 0,
        "dripfeed": index % 5 == 0,
    }
    if index % 6 == 0:
        item["desc"] = f"Service №{index}: <b>not bold</b> & {decoration}\nSecond line | end"
    return item


def large_catalogue(n: int = 5000) -> list[dict[str, object]]:
    """n services over 200 categories, with long names, emoji, Arabic, `<`, `&` and `|`."""
    return [_large_service(index) for index in range(n)]
