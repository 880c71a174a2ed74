"""A panel's catalogue of the size and shape of a big real one, for browsing tests and
benchmarks: n services over about 200 categories on 12 platforms, unevenly (Instagram has 60
categories, LinkedIn 4), the first two categories of 95 services each (the most one screen
lists), names that share long fronts, right-to-left text and prices in no particular order."""

from __future__ import annotations

# (the network as panels write it, how many of the 200 categories it has)
NETWORKS = (
    ("Instagram", 60), ("TikTok", 30), ("YouTube", 25), ("Telegram", 25), ("Facebook", 15),
    ("X (Twitter)", 12), ("Spotify", 8), ("Twitch", 7), ("Discord", 6), ("Threads", 5),
    ("LinkedIn", 4), ("Website Traffic", 3),
)  # fmt: skip
KINDS = ("Followers", "Likes", "Views", "Comments", "Shares", "Saves", "Members", "Reactions")
TAGS = ("متابعين حقيقيين", "🔥 Best", "<Real> & Active", "Premium | No Drop", "🇺🇸 USA")
BIGGEST = 95  # services of each of the two biggest categories (the first two)


def categories() -> list[str]:
    names = []
    for network, count in NETWORKS:
        for index in range(count):
            kind = KINDS[index % len(KINDS)]
            names.append(f"{network} {kind} [{TAGS[index % len(TAGS)]}] #{len(names) + 1}")
    return names


def platform_catalogue(n: int = 5000, first_id: int = 1) -> list[dict[str, object]]:
    """n services: BIGGEST in each of the first two categories, the rest spread over the
    others."""
    names = categories()
    services: list[dict[str, object]] = []
    for index in range(n):
        if index < 2 * BIGGEST:
            category = index // BIGGEST
        else:
            category = 2 + (index - 2 * BIGGEST) % (len(names) - 2)
        front = names[category].split(" [")[0]
        cents = 1 + (index * 7919) % 3000
        services.append(
            {
                "service": first_id + index,
                "name": f"{front} [{TAGS[index % len(TAGS)]}] [Speed {1 + index % 40}K/Day]"
                f" №{index}",
                "type": "Default" if index % 9 else "Package",
                "category": names[category],
                "rate": f"{cents // 100}.{cents % 100:02d}",
                "min": "1" if index % 9 == 0 else "10",
                "max": "1" if index % 9 == 0 else "100000",
            }
        )
    return services
