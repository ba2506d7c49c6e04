"""The answer's text: short, cited, and plain about what the articles do not hold.

This is the exact text the bot sends (the bot only escapes it for HTML) and the
``answer`` field of ``newsbot ask --json``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from ..display import clip, clip_quote, short_date, when
from . import reasons

if TYPE_CHECKING:
    from .types import Result
    from .question import Question

# Kinds whose text shows only the first result; the rest wait behind «بیشتر» in the bot.
SINGLE_RESULT_KINDS = frozenset({"when", "where", "role_of", "person_role", "quantity", "why", "organiser", "list"})
PAGED_KINDS = frozenset({"topic_people", "latest"})  # a page of PAGE results; «بیشتر» the rest
PAGE = 5
NOT_FOUND = "پاسخ این پرسش در خبرهای موجود نیست."


HEADLINE_LIMIT = 60  # a citation names the article by its headline, short
SOURCE_LIMIT = 40  # and its outlet («روابط عمومی دانشگاه علوم پزشکی تبریز» fits)
# Verbs that come before the speaker: «به گفتهٔ X، …» (indirect speech), not «X به گفته: «…»».
LEADING_VERBS = frozenset({"به گفته", "به اعتقاد", "به عقیده", "به باور", "به نظر", "به اذعان"})


def cite(r: Result) -> str:
    """The article a result comes from, as a reader cites it: outlet, date, the headline short.

    «📰 خبرگزاری ایرنا، ۱۷ آبان ۱۴۰۴ — «headline…»»; outlet or date left out when the article has
    none. (The bot adds a «📰 متن خبر» button with the cited sentence in its paragraph.)
    """
    origin = "، ".join(part for part in (clip(r.article_source, SOURCE_LIMIT) if r.article_source else None,
                                          short_date(r.article_published)) if part)
    headline = f"«{clip(r.article_title, HEADLINE_LIMIT)}»"
    return f"📰 {origin} — {headline}" if origin else f"📰 {headline}"


def _who(r: Result) -> str:
    return f"{r.speaker} ({r.role})" if r.role and r.role != r.speaker else str(r.speaker)


def _said(r: Result) -> str:
    """One statement, quoted verbatim: «X گفت: «…»», or «به گفتهٔ X، …» for indirect speech."""
    if not (r.speaker and r.statement):  # evidence without a speaker: the sentence itself
        return f"«{clip_quote(r.sentence or '')}»"
    verb = r.verb if r.verb and r.verb != "—" else "گفت"
    quote = clip_quote(r.statement or "")
    if verb in LEADING_VERBS:
        ezafe = "ٔ" if verb.endswith("ه") else ""
        return f"{verb}{ezafe} {_who(r)}، {quote}"
    return f"{_who(r)} {verb}: «{quote}»"


def _cited(results: list[Result], line: Callable[[Result], str]) -> str:
    """Results in order; each run from one article is cited once, after its last result."""
    blocks: list[str] = []
    for i, r in enumerate(results):
        last_of_run = i + 1 == len(results) or results[i + 1].article_id != r.article_id
        blocks.append(f"{line(r)}\n{cite(r)}" if last_of_run else line(r))
    return "\n\n".join(blocks)


def shown(kind: str, results: list[Result]) -> int:
    """How many of ``results`` the rendered text shows."""
    if kind in PAGED_KINDS:
        return min(PAGE, len(results))
    return min(1, len(results)) if kind in SINGLE_RESULT_KINDS else len(results)


def result_text(r: Result) -> str:
    """One result on its own, with its citation (for results not in the first message)."""
    who = _who(r) if r.speaker else None
    if r.statement and who:
        head = _said(r)
    elif r.event or r.date or r.place:
        head = "، ".join(p for p in (r.event, when(r.date), r.place) if p)
        if who:
            head = f"{who} — {head}"
    elif who:
        head = who
    else:
        head = r.sentence or ""
    return f"{head}\n{cite(r)}"


def when_short(iso: str | None) -> str:
    """«۹ آذر ۱۴۰۵» (or «بی‌تاریخ»): the date at the head of a line in a list."""
    from .profile import when as short

    return short(iso) or "بی‌تاریخ"


def _person_line(r: Result) -> str:
    """«• X (role) — ۹ آذر ۱۴۰۵: «one line»» and the citation: one person of a topic."""
    return f"• {_who(r)} — {when_short(r.date)}: «{clip_quote(r.statement or '', 160)}»\n{cite(r)}"


def outside_window(q: Question, r: Result) -> str:
    """The line before an answer found only outside the question's window: «در هفته گذشته
    سخنی از X در این باره نیست؛ آخرین بار، ۲ آبان ۱۴۰۵:»."""
    assert q.dates is not None
    label = q.dates.label
    if r.statement and r.speaker and q.kind in ("what_said", "latest"):  # the question named the person
        return f"در {label} سخنی از {r.speaker} در این باره نیست؛ آخرین بار، {when(r.date)}:"
    return f"در {label} چیزی در این باره نیست؛ نزدیک‌ترین، {when(r.date)}:"


def render(q: Question, results: list[Result], *, note: str | None, suggestions: tuple[str, ...]) -> str:
    if not results:
        lines = [note or NOT_FOUND]
        if suggestions:
            lines.append("شاید منظورتان این باشد: " + "، ".join(suggestions))
        return "\n".join(lines)
    kind = q.kind
    if kind == "topic_people" and results[0].statement:
        return "\n\n".join(_person_line(r) for r in results[:PAGE])
    if kind == "latest":
        if results[0].statement:
            return "\n\n".join(f"{when_short(r.date)} — {_said(r)}\n{cite(r)}" for r in results[:PAGE])
        # the citation names the report's date; an event's own date is said before it
        return "\n".join(f"• {cite(r)}" if r.date == r.article_published else f"• {when_short(r.date)} — {cite(r)}"
                         for r in results[:PAGE])
    if kind in ("who_said", "what_said") or (kind == "topic" and results[0].statement):
        return _cited(results, _said)
    if kind in ("when", "where") and not (results[0].date if kind == "when" else results[0].place):
        r = results[0]  # the sentence that answers holds no date/place of its own: quote it, never «None»
        return f"«{clip_quote(r.sentence or '', 400)}»\n{cite(r)}"
    if kind == "when":
        r = results[0]
        head = f"{r.event}: {when(r.date)}" if r.event else f"{when(r.date)}"
        if r.place:
            head += f"، {r.place}"
        return f"{head}\n{cite(r)}"
    if kind == "where":
        r = results[0]
        head = f"{r.event}: {r.place}" if r.event else f"{r.place}"
        if r.date:
            head += f" ({when(r.date)})"
        return f"{head}\n{cite(r)}"
    if kind == "why":  # the reason clause, or a plain «not said» with the nearest sentence
        r = results[0]
        return reasons.render(r.reason, r.sentence or "", _who(r) if r.speaker else None, cite(r))
    if kind in ("role_of", "person_role") or (kind == "organiser" and results[0].person_id and not results[0].statement):
        r = results[0]  # «متولی/مجری X کیست» answered by the person holding the title, as role_of is
        if not r.speaker:  # evidence without a person: the sentence itself
            return f"«{clip_quote(r.sentence or '', 400)}»\n{cite(r)}"
        role = r.role or "سمتی برای او در خبر نیامده است"
        return f"{r.speaker} — {role}\n{cite(r)}"
    if kind in ("quantity", "organiser", "list"):  # the sentence that gives the figure, the holder, the items
        r = results[0]
        return f"«{clip_quote(r.sentence or '', 400)}»\n{cite(r)}"
    if kind == "list_people":
        r = results[0]
        lines = [f"افراد خبر «{clip(r.article_title, HEADLINE_LIMIT)}»:"]
        for p in results:
            status = "" if p.quoted else " — حاضر، بدون نقل قول"
            lines.append(f"• {_who(p)}{status}")
        return "\n".join(lines)
    lines = []
    for r in results:
        date = f" — {when(r.date)}" if r.date and r.date != r.article_published else ""  # cite() has that one
        lines.append(f"{cite(r)}{date}")
        if r.sentence:
            lines.append(f"   {clip_quote(r.sentence, 200)}")
    return "\n".join(lines)
