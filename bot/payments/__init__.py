"""Top-up providers: Telegram Stars payloads, the Crypto Pay client, transfer receipts.

Nothing here touches the database; bot/services/topups.py holds the rules."""
