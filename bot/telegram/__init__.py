"""The adapter to aiogram: Bot API session, polling/webhook runner, FSM storage, middlewares,
routing, the outbox sender."""
