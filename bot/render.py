"""Text → Telegram HTML: escaping, splitting at the message limit, and the bot's own views.

Every string that came from a user or an article goes through :func:`html.escape`
here; the handlers never build HTML themselves. Lengths are counted in UTF-16
code units, as Telegram counts them, so emoji never push a chunk over the limit.
"""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from knowledge.answer import Result, result_text
from knowledge.display import clip, fa, format_date
from knowledge.library import AddResult

from . import texts

MESSAGE_LIMIT = 4096
MAX_PEOPLE = 25  # people listed in an add summary; the rest are counted


def esc(value: object) -> str:
    return html.escape(str(value), quote=False)


def tg_len(text: str) -> int:
    """Length as Telegram counts it (UTF-16 code units)."""
    return len(text.encode("utf-16-le")) // 2


# -- splitting -------------------------------------------------------------------


def chunks(plain: str, limit: int = MESSAGE_LIMIT) -> list[str]:
    """Escape ``plain`` and cut it into HTML messages of at most ``limit`` units.

    Cuts fall on line boundaries; a single line longer than a message is cut hard
    (between characters of the plain text, so no HTML entity is ever split).
    """
    return pack((esc(line) for line in _hard_split_lines(plain, limit)), limit)


def pack(html_lines: Iterable[str], limit: int = MESSAGE_LIMIT) -> list[str]:
    """Join ready HTML lines (each at most ``limit`` long) into as few messages as fit."""
    out: list[str] = []
    current: list[str] = []
    size = 0
    for line in html_lines:
        extra = tg_len(line) + (1 if current else 0)
        if current and size + extra > limit:
            out.append("\n".join(current))
            current, size, extra = [], 0, tg_len(line)
        current.append(line)
        size += extra
    out.append("\n".join(current))
    return [c.strip("\n") for c in out if c.strip()] or ["…"]


def _hard_split_lines(plain: str, limit: int) -> Iterable[str]:
    for line in plain.split("\n"):
        if tg_len(esc(line)) <= limit:
            yield line
            continue
        piece: list[str] = []
        size = 0
        for ch in line:
            width = tg_len(esc(ch))
            if size + width > limit:
                yield "".join(piece)
                piece, size = [], 0
            piece.append(ch)
            size += width
        if piece:
            yield "".join(piece)


# -- answers ---------------------------------------------------------------------


def results_text(results: Sequence[Result]) -> str:
    return "\n\n".join(result_text(r) for r in results)


def inline_title(r: Result) -> str:
    if r.speaker and r.statement:
        return clip(f"{r.speaker} — {r.statement.strip('«» ')}", 120)
    return clip(r.speaker or r.event or r.article_title, 120)


def inline_description(r: Result) -> str:
    """«quote» — article title; each clipped so that the title always shows."""
    body = (r.statement or r.sentence or "").strip("«» ")
    title = clip(r.article_title, 90)
    return f"«{clip(body, 150)}» — {title}" if body else title


def source_view(record: Mapping[str, Any], position: int) -> str:
    """HTML for «📰 متن خبر»: outlet and date, the headline, the cited sentence in its paragraph."""
    article = record["article"]
    sentences = record.get("sentences") or []
    cited = next((s for s in sentences if s["position"] == position), None)
    paragraph = [s for s in sentences if cited is not None and s["paragraph"] == cited["paragraph"]]
    body = " ".join(f"<b>{esc(s['text'])}</b>" if s is cited else esc(s["text"]) for s in paragraph)
    head = " — ".join(esc(x) for x in (article.get("source"), date_both(article.get("published"))) if x)
    lines = [f"📰 {head}", f"<b>{esc(article['title'])}</b>", "", body or esc(clip(str(article.get("body")), 600))]
    if article.get("source"):
        lines += ["", esc(texts.SOURCE_LINE.format(source=article["source"]))]
    return "\n".join(lines)


# -- admin views -------------------------------------------------------------------


def date_both(day: dt.date | str | None) -> str:
    """'شنبه ۱۷ آبان ۱۴۰۴ (2025-11-08)', or «بی‌تاریخ»."""
    if isinstance(day, str):
        try:
            day = dt.date.fromisoformat(day)
        except ValueError:
            return day
    return format_date(day) if day else texts.UNDATED


def added_summary(result: AddResult) -> str:
    """HTML: what was understood from a newly stored (or already stored) article."""
    if not result.created:
        return esc(texts.DUPLICATE.format(id=fa(result.article_id)))
    lines = [
        esc(texts.ADDED.format(id=fa(result.article_id))),
        f"<b>{esc(result.title)}</b>",
        f"📅 تاریخ انتشار: {esc(date_both(result.published))}",
        f"👤 افراد ({fa(len(result.people))}):" if result.people else "👤 فردی در خبر شناخته نشد.",
    ]
    for name, roles in result.people[:MAX_PEOPLE]:
        role = f" — {esc('، '.join(roles))}" if roles else ""
        lines.append(f"  • {esc(name)}{role}")
    if len(result.people) > MAX_PEOPLE:
        lines.append(f"  • و {fa(len(result.people) - MAX_PEOPLE)} نفر دیگر")
    lines.append(f"💬 گفته‌ها: {fa(result.statements)}")
    if result.events:
        lines.append(f"🗓 رویدادها: {esc(clip('، '.join(result.events), 600))}")
    return "\n".join(lines)


def article_line(row: Mapping[str, Any]) -> str:
    return (f"<code>{esc(row['id'])}</code> {esc(clip(str(row.get('title') or ''), 160))} — "
            f"{esc(date_both(row.get('published')))}")


def articles_page(rows: Sequence[Mapping[str, Any]], *, offset: int, total: int) -> str:
    if not rows:
        return esc(texts.ARTICLES_EMPTY)
    head = texts.ARTICLES_HEADER.format(first=fa(offset + 1), last=fa(offset + len(rows)), total=fa(total))
    return "\n".join([esc(head), *(article_line(r) for r in rows)])


def stats_text(stats: Mapping[str, int]) -> str:
    lines = [esc(texts.STATS_HEADER)]
    for key, value in stats.items():
        lines.append(f"• {esc(texts.STATS_LABELS.get(key, key))}: {fa(value)}")
    return "\n".join(lines)


def help_text(*, username: str, admin: bool) -> str:
    mention = f"@{username}"
    lines = [esc(texts.INTRO), "", esc(texts.ASK_PROMPT)]
    lines += [f"• <code>{esc(q)}</code>" for q in texts.EXAMPLES]
    lines += ["", esc(texts.FOLLOW_UP), esc(texts.GROUP_USAGE.format(mention=mention)),
              esc(texts.INLINE_USAGE.format(mention=mention))]
    if admin:
        lines += ["", esc(texts.ADMIN_HELP)]
    return "\n".join(lines)


def confirm_preview(text: str) -> str:
    """The confirmation prompt for a forwarded article: its first lines and its length."""
    head = [clip(ln, 150) for ln in text.splitlines() if ln.strip()][:3]
    quoted = "\n".join(esc(ln) for ln in head)
    return f"{esc(texts.CONFIRM_ADD)}\n\n<blockquote>{quoted}</blockquote>\n({fa(len(text))} نویسه)"
