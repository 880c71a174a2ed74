from bot.db.database import Database
from bot.db.migrate import apply_migrations

__all__ = ["Database", "apply_migrations"]
