"""Plain-text views of stored records, for the ``newsbot`` command (the bot has its own, in HTML)."""

from __future__ import annotations

from typing import Any

from knowledge.display import UNDATED, fa
from knowledge.display import when as _when


def when(iso: str | None) -> str:
    return _when(iso) or UNDATED


def article_line(row: dict[str, Any]) -> str:
    published = when(row.get("published"))
    return f"[{fa(row['id'])}] {row['title']} — {published}"


def records(rec: dict[str, Any]) -> str:
    a = rec["article"]
    lines = [f"خبر {fa(a['id'])}: {a['title']}"]
    if a.get("surtitle"):
        lines.append(f"روتیتر: {a['surtitle']}")
    lines.append(f"منبع: {a.get('source') or 'نامشخص'}")
    lines.append(f"تاریخ انتشار: {when(a.get('published'))}")
    if a.get("place"):
        lines.append(f"مکان: {a['place']}" + (f" ({a['province']})" if a.get("province") and a["province"] != a["place"] else ""))
    lines.append("")
    lines.append(f"افراد ({fa(len(rec['people']))}):")
    for p in rec["people"]:
        role = f" — {'، '.join(p['roles'])}" if p["roles"] else ""
        honor = f" [{'، '.join(p['honorifics'])}]" if p["honorifics"] else ""
        status = "سخنران" if p["quoted"] else "حاضر، بدون نقل قول"
        lines.append(f"  • {p['name']}{honor}{role} ({status})")
        if p["aliases"]:
            lines.append(f"    نام‌های دیگر: {'، '.join(p['aliases'])}")
    lines.append("")
    lines.append(f"گفته‌ها ({fa(len(rec['statements']))}):")
    for s in rec["statements"]:
        first, last = s["first_sentence"] + 1, s["last_sentence"] + 1  # people count from one
        span = fa(first) if first == last else f"{fa(first)}–{fa(last)}"
        lines.append(f"  • {s['speaker']} ({s['verb']}، جمله {span}): {s['text']}")
    if rec["dates"]:
        lines.append("")
        lines.append("تاریخ‌ها:")
        for d in rec["dates"]:
            lines.append(f"  • «{d['raw']}» ← {when(d['iso'])}" + (" (روز هفته در متن با تاریخ نمی‌خواند)" if d["weekday_conflict"] else ""))
    if rec["places"]:
        lines.append("")
        lines.append("مکان‌ها: " + "، ".join(dict.fromkeys(p["name"] for p in rec["places"])))
    if rec["events"]:
        lines.append("")
        lines.append("رویدادها:")
        for e in rec["events"]:
            extra = "، ".join(x for x in (when(e["iso"]) if e["iso"] else None, e["place"]) if x)
            lines.append(f"  • {e['name']}" + (f" ({extra})" if extra else ""))
    return "\n".join(lines)
