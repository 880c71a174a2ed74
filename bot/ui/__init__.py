"""Presentation: views (texts through i18n), keyboards and callback data, rendered notices."""
