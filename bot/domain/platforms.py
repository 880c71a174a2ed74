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


# -- the catalogue's platforms (issue 23) ------------------------------------------------------
# Customers browse a platform first, then its categories. Each category is put on a platform
# by the words of its name, once (categories.platform keeps the key); an admin may move it.
OTHER = "other"


@dataclass(frozen=True, slots=True)
class Shelf:
    """A platform of the catalogue: its stable key (stored in categories.platform), its icon,
    and the words of a category's name that put the category on it."""

    key: str
    icon: str
    words: frozenset[str]


def _shelf(key: str, icon: str, words: str) -> Shelf:
    return Shelf(key, icon, frozenset(words.split()))


# In the order customers see them. Words are whole words of a name, case-folded: "x" alone is
# X, but "10x" is not; "tik tok" and "you tube" are read as one word (see `_JOINED`).
SHELVES: tuple[Shelf, ...] = (
    _shelf("instagram", "📸", "instagram insta ig igtv инстаграм инстаграмм انستقرام انستغرام"
           " إنستغرام انستاگرام اینستاگرام اینستا"),
    _shelf("tiktok", "🎵", "tiktok tiktoks тикток تيك_توك تيكتوك تیک_تاک تیکتاک"),
    _shelf("youtube", "▶️", "youtube yt ютуб ютьюб يوتيوب یوتیوب"),
    _shelf("telegram", "✈️", "telegram tg телеграм телеграмм تيليجرام تلغرام تلگرام"),
    _shelf("facebook", "📘", "facebook fb фейсбук فيسبوك فیسبوک"),
    _shelf("x", "𝕏", "x twitter tweet tweets retweets твиттер تويتر توییتر"),
    _shelf("spotify", "🎧", "spotify спотифай سبوتيفاي اسپاتیفای"),
    _shelf("twitch", "🟣", "twitch твич تويتش"),
    _shelf("discord", "💬", "discord дискорд ديسكورد دیسکورد"),
    _shelf("threads", "🧵", "threads тредс ثريدز"),
    _shelf("linkedin", "💼", "linkedin линкедин لينكدإن لینکدین"),
    _shelf(OTHER, "🌐", ""),
)  # fmt: skip
_BY_KEY = {shelf.key: shelf for shelf in SHELVES}
_JOINED = (("tik tok", "tiktok"), ("you tube", "youtube"), ("تيك توك", "تيك_توك"),
           ("تیک تاک", "تیک_تاک"), ("linked in", "linkedin"))  # fmt: skip


def shelf(key: str | None) -> Shelf:
    """The platform of a stored key; a key not set yet (or no longer known) is Other."""
    return _BY_KEY.get(key or OTHER, _BY_KEY[OTHER])


def is_shelf(key: str) -> bool:
    return key in _BY_KEY


def shelf_of(category_name: str) -> str:
    """The key of the platform a category's name names first ("Instagram / TikTok Likes" is
    Instagram's), or Other when it names none."""
    text = category_name.casefold()
    for spaced, joined in _JOINED:
        text = text.replace(spaced, joined)
    for word in _WORD_OR_JOINED.findall(text):
        for candidate in SHELVES:
            if word in candidate.words:
                return candidate.key
    return OTHER


_WORD_OR_JOINED = re.compile(r"[^\W_]+(?:_[^\W_]+)*")
