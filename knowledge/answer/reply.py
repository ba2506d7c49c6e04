"""The answer's text: short, cited, and plain about what the articles do not hold.

This is the exact text the bot sends (the bot only escapes it for HTML) and the
``answer`` field of ``newsbot ask --json``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..display import clip_quote, fa, when

if TYPE_CHECKING:
    from .types import Result
    from .question import Question

# Kinds whose text shows only the first result; the rest wait behind «بیشتر» in the bot.
SINGLE_RESULT_KINDS = frozenset({"when", "where", "role_of", "person_role", "quantity"})
NOT_FOUND = "پاسخ این پرسش در خبرهای موجود نیست."


def cite(r: Result) -> str:
    where = f"، جمله {fa(r.sentence_position + 1)}" if r.sentence_position is not None else ""
    return f"📰 خبر {fa(r.article_id)}: «{r.article_title}»{where}"


def _who(r: Result) -> str:
    return f"{r.speaker} ({r.role})" if r.role and r.role != r.speaker else str(r.speaker)


def _statement(r: Result) -> str:
    if not (r.speaker and r.statement):  # evidence without a speaker: the sentence itself
        return f"«{clip_quote(r.sentence or '')}»\n{cite(r)}"
    verb = r.verb if r.verb and r.verb != "—" else "گفت"
    return f"{_who(r)} {verb}: «{clip_quote(r.statement or '')}»\n{cite(r)}"


def shown(kind: str, results: list[Result]) -> int:
    """How many of ``results`` the rendered text shows."""
    return min(1, len(results)) if kind in SINGLE_RESULT_KINDS else len(results)


def result_text(r: Result) -> str:
    """One result on its own, with its citation (for results not in the first message)."""
    who = _who(r) if r.speaker else None
    if r.statement and who:
        head = _statement(r).split("\n")[0]
    elif r.event or r.date or r.place:
        head = "، ".join(p for p in (r.event, when(r.date), r.place) if p)
        if who:
            head = f"{who} — {head}"
    elif who:
        head = who
    else:
        head = r.sentence or ""
    return f"{head}\n{cite(r)}"


def render(q: Question, results: list[Result], *, note: str | None, suggestions: tuple[str, ...]) -> str:
    if not results:
        lines = [note or NOT_FOUND]
        if suggestions:
            lines.append("شاید منظورتان این باشد: " + "، ".join(suggestions))
        return "\n".join(lines)
    kind = q.kind
    if kind in ("who_said", "what_said") or (kind == "topic" and results[0].statement):
        return "\n\n".join(_statement(r) for r in results)
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
    if kind in ("role_of", "person_role"):
        r = results[0]
        if not r.speaker:  # evidence without a person: the sentence itself
            return f"«{clip_quote(r.sentence or '', 400)}»\n{cite(r)}"
        role = r.role or "سمتی برای او در خبر نیامده است"
        return f"{r.speaker} — {role}\n{cite(r)}"
    if kind == "quantity":
        r = results[0]
        return f"«{clip_quote(r.sentence or '', 400)}»\n{cite(r)}"
    if kind == "list_people":
        r = results[0]
        lines = [f"افراد خبر «{r.article_title}» (خبر {fa(r.article_id)}):"]
        for p in results:
            status = "" if p.quoted else " — حاضر، بدون نقل قول"
            lines.append(f"• {_who(p)}{status}")
        return "\n".join(lines)
    lines = []
    for r in results:
        date = f" — {when(r.date)}" if r.date else ""
        lines.append(f"📰 خبر {fa(r.article_id)}: «{r.article_title}»{date}")
        if r.sentence:
            where = f" (جمله {fa(r.sentence_position + 1)})" if r.sentence_position is not None else ""
            lines.append(f"   {clip_quote(r.sentence, 200)}{where}")
    return "\n".join(lines)
