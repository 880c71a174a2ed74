"""The social network a service is for, read from its name or its category's.

Panels send no platform: a service has a name ("Instagram Followers [HQ]") and a category
("Instagram"), nothing more. The table below names each network by the words that name it, so
that "@shop_owner" typed for an Instagram service becomes https://instagram.com/shop_owner.
A wrong guess would send an order to the wrong account, so a name that names two networks, or
none, leaves the platform unknown: the customer is then asked for the full link.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_WORD = re.compile(r"[^\W_]+")


@dataclass(frozen=True, slots=True)
class Platform:
    name: str
    words: frozenset[str]  # whole words (case-folded) of a name that mean this network
    profile: str  # the profile link of an account, with {handle}
    handle: re.Pattern[str]  # an account name as the network allows it

    def profile_link(self, handle: str) -> str | None:
        """The profile link of an account name; None when the network allows no such name."""
        if not self.handle.fullmatch(handle):
            return None
        return self.profile.format(handle=handle)


def _platform(name: str, words: str, profile: str, handle: str) -> Platform:
    return Platform(
        name, frozenset(words.split()), "https://" + profile, re.compile(handle, re.ASCII)
    )


# name, the words that name it, its profile link (after https://), the account names it allows
PLATFORMS: tuple[Platform, ...] = (
    _platform("Instagram", "instagram insta инстаграм", "instagram.com/{handle}", r"[\w.]{1,30}"),
    _platform("TikTok", "tiktok тикток", "www.tiktok.com/@{handle}", r"[\w.]{2,24}"),
    _platform("Telegram", "telegram tg телеграм", "t.me/{handle}", r"[A-Za-z]\w{3,31}"),
    _platform("YouTube", "youtube ютуб", "www.youtube.com/@{handle}", r"[\w.-]{3,30}"),
    _platform("X", "x twitter твиттер", "x.com/{handle}", r"\w{1,15}"),
    _platform("Facebook", "facebook fb фейсбук", "www.facebook.com/{handle}", r"[\w.]{5,50}"),
    _platform("Threads", "threads", "www.threads.com/@{handle}", r"[\w.]{1,30}"),
    _platform("Twitch", "twitch твич", "www.twitch.tv/{handle}", r"\w{4,25}"),
)  # fmt: skip


def _named(text: str) -> list[Platform]:
    words = set(_WORD.findall(text.casefold()))
    return [platform for platform in PLATFORMS if platform.words & words]


def platform_of(service_name: str, category_name: str) -> Platform | None:
    """The network the service's name names, else the one its category names; None when the
    first that names any names more than one, or neither names one."""
    for text in (service_name, category_name):
        named = _named(text)
        if named:
            return named[0] if len(named) == 1 else None
    return None
