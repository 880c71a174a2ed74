"""The ways to pay, their provider side: Telegram Stars payloads and prices, the Crypto Pay
client, transfer receipts.

Nothing here touches the database or Telegram: the rules of each way to pay live in
bot/services/ (stars_topups, crypto_invoices, receipt_topups) over one crediting core
(bot/services/crediting.py), and their Telegram calls in bot/telegram/payments.py.
"""
