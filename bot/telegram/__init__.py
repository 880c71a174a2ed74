"""The adapter to aiogram: Bot API session, polling/webhook runner, FSM storage, middlewares,
the outbox sender, and tuning.py (the only place that reaches past aiogram's documented API)."""
