"""The shop's own API v2 for resellers: an aiohttp endpoint over bot/services/reseller.py."""
