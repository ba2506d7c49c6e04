"""Named errors. Each carries a Persian message fit to show a user as it is."""

from __future__ import annotations


class KnowledgeError(Exception):
    """Base class; ``str(error)`` is a Persian sentence for the user."""

    message = "خطایی رخ داد."

    def __init__(self, message: str | None = None) -> None:
        super().__init__(message or self.message)


class BadArticle(KnowledgeError):
    """The text cannot be stored as an article."""


class EmptyArticle(BadArticle):
    message = "متن خبر خالی است؛ متن کامل خبر را بفرستید."


class NotPersian(BadArticle):
    message = "این متن فارسی به نظر نمی‌رسد؛ فقط خبرهای فارسی پذیرفته می‌شوند."


class TooLarge(BadArticle):
    message = "متن خبر بیش از حد بلند است."


class BadEncoding(BadArticle):
    message = "فایل متن UTF-8 معتبر نیست یا داده دودویی دارد؛ یک فایل متنی UTF-8 بفرستید."


class NotFound(KnowledgeError):
    message = "خبری با این شناسه پیدا نشد."


class BadQuestion(KnowledgeError):
    message = "پرسش خالی است یا قابل فهم نیست؛ یک پرسش فارسی بفرستید."
