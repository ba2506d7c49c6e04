"""Issue 16 through the handlers: /who, the profile as the first inline result, a topic
across people with «بیشتر» pages, the latest on a subject — offline (FakeBotAPI)."""

from __future__ import annotations

from typing import Any

import pytest

from bot import texts

from .conftest import TODAY, USER, Harness

pytestmark = pytest.mark.anyio

# Seven officials on tourism in Kerman, one report each, a day apart (TODAY is 2025-11-10).
SPEAKERS = [("علی", "رحیمی", "فرماندار بم"), ("حمید", "صادقی", "فرماندار سیرجان"),
            ("مهدی", "فاضلی", "فرماندار جیرفت"), ("رضا", "حسینی", "فرماندار زرند"),
            ("کامران", "نجفی", "فرماندار بافت"), ("سعید", "رستمی", "فرماندار کهنوج"),
            ("مجید", "اکبری", "فرماندار راور")]


def tourism_report(i: int) -> str:
    first, last, role = SPEAKERS[i]
    return (f"date 2025-11-0{i + 1} خبرگزاری ایرنا\n{role}: گردشگری شهرستان رونق می‌گیرد\n\n"
            f"به گزارش خبرگزاری ایرنا، {first} {last} {role} گفت: گردشگری شهرستان با برنامه‌های تازه "
            f"رونق می‌گیرد و اقامتگاه‌های بوم‌گردی آماده میزبانی هستند.\n")


async def add_tourism(harness: Harness) -> None:
    for i in range(len(SPEAKERS)):
        result = harness.knowledge.library.add(tourism_report(i), today=TODAY)
        assert result.article_id


async def test_who_command_shows_the_profile(harness: Harness) -> None:
    [sent] = [c for c in await harness.send("/who طالبی") if c.method == "sendMessage"]
    lines = sent.text.splitlines()
    assert lines[0] == "👤 محمدعلی طالبی — استاندار کرمان"  # full name and latest role (a seed article)
    assert any(ln.startswith("در ۱ خبر") for ln in lines)
    assert "تازه‌ترین سخنان:" in lines
    # the person is now the conversation's: «وی دیگر چه گفت؟» goes on from them
    follow = [c for c in await harness.send("وی دیگر چه گفت؟") if c.method == "sendMessage"]
    assert "طالبی" in follow[-1].text


async def test_who_command_without_a_name_and_with_nobody(harness: Harness) -> None:
    [usage] = [c for c in await harness.send("/who") if c.method == "sendMessage"]
    assert texts.WHO_USAGE == usage.text
    [nobody] = [c for c in await harness.send("/who زرافه قطبی") if c.method == "sendMessage"]
    assert texts.WHO_NOBODY.format(name="زرافه قطبی") == nobody.text


async def test_who_is_in_the_command_menu(harness: Harness) -> None:
    default = harness.api.sent("setMyCommands")[0].params["commands"]
    assert "who" in {c["command"] for c in default}


async def _inline(harness: Harness, query: str) -> list[dict[str, Any]]:
    calls = await harness.process({"inline_query": {"id": "iq1", "from": USER, "query": query, "offset": ""}})
    [answer] = [c for c in calls if c.method == "answerInlineQuery"]
    return list(answer.params["results"])


async def test_inline_profile_comes_first(harness: Harness) -> None:
    results = await _inline(harness, "طالبی")
    first = results[0]
    assert ("who", "👤 محمدعلی طالبی — استاندار کرمان") == (first["id"], first["title"])
    assert first["input_message_content"]["message_text"].startswith("👤 محمدعلی طالبی — استاندار کرمان\n")
    assert len(results) > 1 and all(r["id"] != "who" for r in results[1:])  # the statements follow


async def test_inline_topic_has_no_profile(harness: Harness) -> None:
    results = await _inline(harness, "هوش مصنوعی")
    assert all(r["id"] != "who" for r in results)


async def test_topic_across_people_pages_with_more(harness: Harness) -> None:
    await add_tourism(harness)
    [first] = [c for c in await harness.send("چه کسانی درباره گردشگری صحبت کردند؟") if c.method == "sendMessage"]
    people = [ln for ln in first.text.splitlines() if ln.startswith("• ")]
    # newest first, each once: 7 Nov (Raver) down to 3 Nov; the rest behind «بیشتر»
    assert ["مجید اکبری", "سعید رستمی", "کامران نجفی", "رضا حسینی", "مهدی فاضلی"] == [
        ln[2:].split(" (")[0] for ln in people]
    [more] = [b for b in first.buttons() if b["text"] == texts.MORE]
    [page] = [c for c in await harness.press(more, first) if c.method == "sendMessage"]
    assert "حمید صادقی" in page.text and "علی رحیمی" in page.text and "مجید اکبری" not in page.text


async def test_latest_news_of_a_place(harness: Harness) -> None:
    await add_tourism(harness)
    [sent] = [c for c in await harness.send("آخرین خبرهای کرمان") if c.method == "sendMessage"]
    lines = sent.text.splitlines()
    # the seed report of 2025-11-08 (the governor of Kerman), then Raver's of 2025-11-07
    assert lines[0].startswith("• 📰 خبرگزاری صداوسیمای مرکز کرمان، ۱۷ آبان ۱۴۰۴ — «استاندار کرمان گفت")
    assert lines[1].startswith("• 📰 خبرگزاری ایرنا، ۱۶ آبان ۱۴۰۴ — «فرماندار راور")
    assert 5 == len(lines)  # one page; the rest behind «بیشتر»
    assert any(b["text"] == texts.MORE for b in sent.buttons())


async def test_inline_topic_across_people(harness: Harness) -> None:
    # «@bot چه کسانی درباره گردشگری صحبت کردند؟»: each official once, newest first, no profile
    await add_tourism(harness)
    results = await _inline(harness, "چه کسانی درباره گردشگری صحبت کردند؟")
    assert all(r["id"] != "who" for r in results)
    assert ["مجید اکبری", "سعید رستمی", "کامران نجفی", "رضا حسینی", "مهدی فاضلی", "حمید صادقی", "علی رحیمی"] == [
        r["title"].split(" — ")[0] for r in results]
    assert results[0]["input_message_content"]["message_text"].startswith("مجید اکبری (فرماندار راور) گفت: «گردشگری")


async def test_inline_latest_news_of_a_place(harness: Harness) -> None:
    # «@bot آخرین خبرهای کرمان»: the reports, newest first, no profile of anyone
    await add_tourism(harness)
    results = await _inline(harness, "آخرین خبرهای کرمان")
    assert all(r["id"] != "who" for r in results)
    assert results[0]["title"].startswith("استاندار کرمان گفت")  # the seed report of 2025-11-08
    assert results[1]["title"].startswith("فرماندار راور")  # then Raver's of 2025-11-07
