"""Named errors. Each carries a Persian message fit to show a user as it is."""

from __future__ import annotations

from pathlib import Path


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


class TooShort(BadArticle):
    """Persian text with fewer letters than any article has (a headline, a word)."""

    message = "متن خبر بیش از حد کوتاه است؛ متن کامل خبر را بفرستید."

    def __init__(self, minimum: int) -> None:
        digits = str(minimum).translate(str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹"))
        super().__init__(f"متن خبر بیش از حد کوتاه است (کمتر از {digits} حرف فارسی)؛ متن کامل خبر را بفرستید.")
        self.minimum = minimum

    def __reduce__(self) -> tuple[type[TooShort], tuple[int]]:  # crosses process pools (parse/bulk.py)
        return (TooShort, (self.minimum,))


class TooLarge(BadArticle):
    message = "متن خبر بیش از حد بلند است."


class BadEncoding(BadArticle):
    message = ("فایل متن UTF-8 یا Windows-1256 معتبر نیست یا داده دودویی دارد؛ "
               "یک فایل متنی UTF-8 بفرستید.")


class NotFound(KnowledgeError):
    message = "خبری با این شناسه پیدا نشد."


class BadQuestion(KnowledgeError):
    message = "پرسش خالی است یا قابل فهم نیست؛ یک پرسش فارسی بفرستید."


class MaintenanceError(KnowledgeError):
    """A backup or check could not be done; ``str(error)`` is a Persian sentence."""

    message = "نگه‌داری پایگاه داده ناموفق بود."


class StoreMissing(MaintenanceError):
    """The store file does not exist (and a check or backup must not create it)."""

    message = "فایل پایگاه داده پیدا نشد."

    def __init__(self, path: Path) -> None:
        super().__init__(f"فایل پایگاه داده پیدا نشد: {path}")
        self.path = path


class BackupExists(MaintenanceError):
    """The destination exists and ``force`` was not given."""

    def __init__(self, path: Path) -> None:
        super().__init__(f"فایل {path} از پیش وجود دارد؛ برای جایگزینی آن --force بدهید.")
        self.path = path


class BackupFailed(MaintenanceError):
    """SQLite failed while copying, or the copy did not pass ``integrity_check``."""

    def __init__(self, detail: str) -> None:
        super().__init__(f"پشتیبان‌گیری ناموفق بود: {detail}")
        self.detail = detail


class StoreUnwritable(KnowledgeError):
    """Nothing can be written to the store at ``path`` (the operator must act); nothing was."""

    def __init__(self, message: str, path: Path | None) -> None:
        super().__init__(message)
        self.path = path


class StoreGone(StoreUnwritable):
    """The store's path no longer names the file that is open: it was deleted, or another
    file was put in its place. Writes would go to a file nobody will open again."""

    def __init__(self, path: Path) -> None:
        super().__init__(
            f"فایل پایگاه داده {path} پس از باز شدن حذف یا جایگزین شده است؛ برای این‌که چیزی از دست "
            "نرود، چیزی در آن نوشته نمی‌شود (پرسش‌ها هنوز پاسخ می‌گیرند). فایل را از پشتیبان برگردانید "
            "و برنامه را دوباره راه‌اندازی کنید.", path)


class DiskFull(StoreUnwritable):
    """SQLite or the system reported a full disk while writing; the transaction was rolled back."""

    def __init__(self, path: Path | None) -> None:
        where = f"پایگاه داده {path}" if path is not None else "پایگاه داده"
        super().__init__(f"دیسک پر است؛ چیزی در {where} نوشته نشد. فضای دیسک را آزاد کنید و دوباره "
                         "تلاش کنید.", path)
