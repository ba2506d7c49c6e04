"""A person's profile across the archive: «طالبی کیست؟», «محمدعلی طالبی», ``/who طالبی``.

Full name; every role with the dates it was reported, newest first; how many articles, first
and last appearance; the latest statements with their dates and topics. A person is one row
across articles only when the full name matches (NOTES, «People»), so namesakes found for one
asked name are shown apart, one block each, never merged.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from .. import text
from ..display import clip, clip_quote
from ..parse import calendars
from ..store import Store
from .who import json_list

if TYPE_CHECKING:
    from .question import Question
    from .types import Result

LATEST_STATEMENTS = 3
MAX_PEOPLE = 3  # namesakes shown, most quoted first
_MONTHS = ("فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور", "مهر", "آبان", "آذر", "دی", "بهمن", "اسفند")
_WHO_IS = re.compile(r"(?:^|\s)(?:کیست|کیستند|کی است|کیه|چه کسی است)\s*[؟?]?\s*$")


def asks_who(raw: str) -> bool:
    """«X کیست؟» / «X کیه؟» asks who someone is (a profile), «X چه‌کاره است؟» only the role."""
    return bool(_WHO_IS.search(text.clean(raw)))


class ProfileLookup:
    """Which people a question asks the profile of (the engine inherits it)."""

    q_asked: Question

    def people(self, words: tuple[str, ...], *, names_only: bool = False) -> list[tuple[int, float, dict[str, Any]]]:
        raise NotImplementedError

    def profile_people(self, raw: str, results: list[Result]) -> list[int]:
        """The people whose profile answers the question: «X کیست؟» (namesakes each apart),
        or a question that is a full name and nothing else («محمدعلی طالبی»)."""
        q = self.q_asked
        if q.kind == "person_role" and asks_who(raw) and results[0].person_id:
            words = q.subject
        elif q.kind == "topic" and not q.dates and len(q.words) >= 2 and len(q.words) == len(text.tokens(raw)):
            words = q.words
        else:
            return []
        found = self.people(words)
        if not found or (q.kind == "topic" and found[0][1] < 95):
            return []
        ids = [pid for pid, score, _ in found if score >= found[0][1] - 2]
        first = results[0].person_id if q.kind == "person_role" else ids[0]
        return list(dict.fromkeys([first, *ids])) if first else ids


@dataclass(frozen=True)
class Profile:
    person_id: int
    name: str
    roles: tuple[tuple[str, tuple[str, ...]], ...]  # (role, ISO dates it was reported, newest first)
    articles: int
    first: str | None
    last: str | None
    statements: tuple[dict[str, Any], ...]  # newest first: text, verb, published, title


def build(store: Store, person_id: int) -> Profile:
    rows = store.rows(
        "SELECT ap.roles, ap.name, ap.article_id, a.published FROM appearances ap "
        "JOIN articles a ON a.id = ap.article_id WHERE ap.person_id = ? ORDER BY a.published DESC, ap.article_id DESC",
        [person_id])
    roles: dict[str, list[str]] = {}
    for row in rows:
        for role in json_list(row["roles"]):
            reported = roles.setdefault(role, [])
            if row["published"] and row["published"] not in reported:
                reported.append(row["published"])
    ordered = sorted(roles.items(), key=lambda kv: kv[1][0] if kv[1] else "", reverse=True)
    dated = sorted(r["published"] for r in rows if r["published"])
    statements = store.rows(
        "SELECT s.text, s.verb, s.article_id, a.published, a.title FROM statements s "
        "JOIN articles a ON a.id = s.article_id WHERE s.person_id = ? "
        "ORDER BY a.published IS NULL, a.published DESC, s.article_id DESC, s.first_sentence LIMIT ?",
        [person_id, LATEST_STATEMENTS])
    name = store.rows("SELECT name FROM persons WHERE id = ?", [person_id])
    full = max((r["name"] for r in rows), key=len, default=name[0]["name"] if name else "")
    return Profile(person_id, full, tuple((r, tuple(d)) for r, d in ordered),
                   len({r["article_id"] for r in rows}), dated[0] if dated else None,
                   dated[-1] if dated else None, tuple(statements))


def when(iso: str | None) -> str | None:
    """«۱۷ آبان ۱۴۰۴»: a short Jalali date for the lines of a profile."""
    if not iso:
        return None
    import datetime as dt

    y, m, d, _ = calendars.jalali_parts(dt.date.fromisoformat(iso))
    return text.to_persian_digits(f"{d} {_MONTHS[m - 1]} {y}")


def render(profiles: list[Profile], total: int) -> str:
    """One block per person; ``total`` namesakes were found, the first MAX_PEOPLE shown."""
    blocks = [_block(p) for p in profiles[:MAX_PEOPLE]]
    head = ""
    if total > 1:
        shown = f" ({text.to_persian_digits(str(len(blocks)))} نفر نخست)" if total > len(blocks) else ""
        head = f"{text.to_persian_digits(str(total))} نفر با این نام در خبرها آمده‌اند؛ هر یک جدا{shown}:\n\n"
    return head + "\n\n".join(blocks)


def _block(p: Profile) -> str:
    latest_role = p.roles[0][0] if p.roles else "سمتی برای او در خبرها نیامده است"
    lines = [f"👤 {p.name} — {latest_role}"]
    for role, reported in p.roles:
        days = "، ".join(str(when(d)) for d in reported[:3]) or "بی‌تاریخ"
        lines.append(f"• {role} ({days})")
    count = text.to_persian_digits(str(p.articles))
    span = ""
    if p.first and p.last:
        span = f"، نخستین بار {when(p.first)}" + (f" و آخرین بار {when(p.last)}" if p.last != p.first else "")
    lines.append(f"در {count} خبر{span}")
    if p.statements:
        lines.append("تازه‌ترین سخنان:")
        for s in p.statements:
            date = when(s["published"]) or "بی‌تاریخ"
            verb = s["verb"] if s["verb"] and s["verb"] != "—" else "گفت"
            lines.append(f"• {date}، {verb}: «{clip_quote(s['text'], 160)}» (📰 «{clip(s['title'], 50)}»)")
    else:
        lines.append("سخنی از او نقل نشده است.")
    return "\n".join(lines)
