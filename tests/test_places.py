"""The gazetteer: finding places in text, looking up spellings, and the data itself."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from knowledge.parse import places
from knowledge.parse.places import Place, find_places, first_names, lookup, place_names
from knowledge.text import search_form

ROOT = Path(__file__).resolve().parent.parent
ZWNJ = "\u200c"

PROVINCES = {
    "آذربایجان شرقی", "آذربایجان غربی", "اردبیل", "اصفهان", "البرز", "ایلام", "بوشهر", "تهران",
    "چهارمحال و بختیاری", "خراسان جنوبی", "خراسان رضوی", "خراسان شمالی", "خوزستان", "زنجان", "سمنان",
    "سیستان و بلوچستان", "فارس", "قزوین", "قم", "کردستان", "کرمان", "کرمانشاه", "کهگیلویه و بویراحمد",
    "گلستان", "گیلان", "لرستان", "مازندران", "مرکزی", "هرمزگان", "همدان", "یزد",
}
CAPITALS = {
    "آذربایجان شرقی": "تبریز", "آذربایجان غربی": "ارومیه", "البرز": "کرج", "چهارمحال و بختیاری": "شهرکرد",
    "خراسان جنوبی": "بیرجند", "خراسان رضوی": "مشهد", "خراسان شمالی": "بجنورد", "خوزستان": "اهواز",
    "سیستان و بلوچستان": "زاهدان", "فارس": "شیراز", "کردستان": "سنندج", "کهگیلویه و بویراحمد": "یاسوج",
    "گلستان": "گرگان", "گیلان": "رشت", "لرستان": "خرم‌آباد", "مازندران": "ساری", "مرکزی": "اراک",
    "هرمزگان": "بندرعباس",
}


def found(text: str, **options: object) -> list[tuple[str, str]]:
    """(the mention as written, the canonical name) for each place found."""
    return [(text[m.start : m.end], m.name) for m in find_places(text, **options)]


# (text, expected mentions): what is found, where, and under which canonical name.
MENTIONS = [
    # seeds
    ("در دانشگاه علوم پزشکی تبریز", [("تبریز", "تبریز")]),  # seed 001: inside the university's name
    ("مدیریت فضای مجازی در استان کرمان", [("کرمان", "کرمان")]),  # seed 000
    ("رییس پلیس فتای استان آذربایجان شرقی", [("آذربایجان شرقی", "آذربایجان شرقی")]),  # seed 001, two words
    ("به گزارش خبرگزاری صداوسیمای مرکز کرمان", [("کرمان", "کرمان")]),  # seed 000 source line
    ("آقایان محمدصادق کریمی و مصطفی نادیان اهور", []),  # seed 001: «اهور» is not «اهر»; no place
    # longest match
    ("سفر به کرمانشاه", [("کرمانشاه", "کرمانشاه")]),  # one token, not «کرمان»
    ("سفر به کرمان شاه", [("کرمان شاه", "کرمانشاه")]),  # split spelling is one place, not «کرمان»
    ("شهرستان گیلان غرب", [("گیلان غرب", "گیلانغرب")]),  # a city, not the province «گیلان»
    ("از اسلام‌آباد غرب تا اسلام‌آباد", [("اسلام‌آباد غرب", "اسلام‌آباد غرب"), ("اسلام‌آباد", "اسلام‌آباد")]),
    ("کرمان، شاه عباس", [("کرمان", "کرمان")]),  # a comma ends a name: not «کرمانشاه»
    ("شهر کرد و شهرکرد", [("شهر کرد", "شهرکرد"), ("شهرکرد", "شهرکرد")]),  # «شهر» is not read as context
    # adjectives and affixes
    ("صنایع دستی کرمانی و فرش تبریزی", []),  # adjectives are not mentions
    ("همه تهرانی‌ها و کرمان‌ها", []),  # plural and ZWNJ-attached suffixes
    ("همه کرمان ها", []),  # detached «ها» is glued by the search form, so no match either
    ("گروه ایرانی", []),  # «ایرانی» is not «ایران»
    # spellings
    ("استان كرمان و يزد", [("كرمان", "کرمان"), ("يزد", "یزد")]),  # Arabic kaf and ye
    ("اذربایجان شرقي", [("اذربایجان شرقي", "آذربایجان شرقی")]),  # no madda, Arabic ye
    ("آذربایجان‌شرقی", [("آذربایجان‌شرقی", "آذربایجان شرقی")]),  # half-space between the words
    ("آذربایجانشرقی", [("آذربایجانشرقی", "آذربایجان شرقی")]),  # no space at all
    ("خرمآباد و خرم آباد", [("خرمآباد", "خرم‌آباد"), ("خرم آباد", "خرم‌آباد")]),  # missing half-space
    ("سیستان‌وبلوچستان", [("سیستان‌وبلوچستان", "سیستان و بلوچستان")]),  # joined «و»
    ("در بندر عباس", [("بندر عباس", "بندرعباس")]),  # spaced variant
    ("شهرستان گچساران", [("گچساران", "دوگنبدان")]),  # county name → its seat
    # ambiguous names
    ("شهرستان نور", [("نور", "نور")]),  # place word before it
    ("نور خورشید", []),  # «نور» light, no context
    ("در نور خورشید", []),  # «نور» needs a place word, a preposition is not enough
    ("زلزله در بم", [("بم", "بم")]),  # «بم» counts after a preposition
    ("صدای بم", []),  # «بم» deep (voice)
    ("در بهار سال آینده", []),  # the season
    ("شهرستان بهار", [("بهار", "بهار")]),  # the city in Hamedan
    ("به گزارش خبرگزاری مهر از شیراز", [("شیراز", "شیراز")]),  # Mehr news agency, not the city
    ("در ساعات اوج مصرف", []),  # «اوج» peak folds like «آوج» (Qazvin)
    ("خلیج فارس", []),  # the Persian Gulf, not the province
    ("استاندار فارس گفت", [("فارس", "فارس")]),  # a role before it
    ("به استان‌های مرکزی منتقل شود", []),  # «central provinces», not استان مرکزی
    ("آلودگی هوای استان مرکزی", [("مرکزی", "مرکزی")]),
    ("شهرستان خوی. زلزله خوی", [("خوی", "خوی"), ("خوی", "خوی")]),  # once confirmed, every «خوی» counts
    ("دانشگاه پیام نور", []),  # «نور» here is part of a university's name
    ("بخش مرکزی شهرستان کرمان", [("کرمان", "کرمان")]),  # «central district», not استان مرکزی
    ("سازمان مرکزی تعاون روستایی", []),  # an organisation head does not vouch for «مرکزی»
    ("فرمانداری نور", [("نور", "نور")]),  # a territorial one does
    # countries and foreign cities
    ("صادرات به عراق و افغانستان", [("عراق", "عراق"), ("افغانستان", "افغانستان")]),
    ("جمهوری اسلامی ایران", [("جمهوری اسلامی ایران", "ایران")]),
    ("تنگه هرمز", []),  # the strait, not the island city
]


@pytest.mark.parametrize(("text", "expected"), MENTIONS)
def test_mentions(text: str, expected: list[tuple[str, str]]) -> None:
    assert expected == found(text)


def test_confirmed_elsewhere() -> None:
    # A sentence cut from an article where «خوی» was already established.
    assert [] == found("زلزله خوی")
    assert [("خوی", "خوی")] == found("زلزله خوی", confirmed=["خوی"])


# (text, expected (name, kind, province, via)) for the first mention.
DETAILS = [
    ("در دانشگاه علوم پزشکی تبریز", ("تبریز", "city", "آذربایجان شرقی", "دانشگاه علوم پزشکی تبریز")),
    ("رییس پلیس فتای استان آذربایجان شرقی", ("آذربایجان شرقی", "province", "آذربایجان شرقی",
                                           "پلیس فتای استان آذربایجان شرقی")),
    ("خبرگزاری صداوسیمای مرکز کرمان", ("کرمان", "province", "کرمان", "صداوسیمای مرکز کرمان")),
    ("اداره کل فرهنگ و ارشاد اسلامی استان فارس", ("فارس", "province", "فارس",
                                                 "اداره کل فرهنگ و ارشاد اسلامی استان فارس")),
    ("استانداری کرمان", ("کرمان", "province", "کرمان", "استانداری کرمان")),  # same name, province level
    ("فرمانداری کرمان", ("کرمان", "city", "کرمان", "فرمانداری کرمان")),  # same name, city level
    ("شهرداری تهران", ("تهران", "city", "تهران", "شهرداری تهران")),
    ("فرمانداری شیراز", ("شیراز", "city", "فارس", "فرمانداری شیراز")),
    ("ساختمان استانداری\n\nمازندران", ("مازندران", "province", "مازندران", "استانداری مازندران")),  # wrapped
    ("صداوسيماي مركز يزد", ("یزد", "province", "یزد", "صداوسيماي مركز يزد")),  # via keeps the text's letters
    ("مدیر روابط عمومی در تبریز", ("تبریز", "city", "آذربایجان شرقی", None)),  # no organisation
    ("پلیس مبارزه با مواد مخدر استان یزد", ("یزد", "province", "یزد", None)),  # «با» ends the department
    ("استان تهران", ("تهران", "province", "تهران", None)),
    ("در تهران", ("تهران", "city", "تهران", None)),  # a bare shared name is the city
    ("سفر به عراق", ("عراق", "country", "", None)),  # abroad: no province
    # Iranian copy names Israel «رژیم صهیونیستی»; readers ask «اسرائیل» (0737_tgfarsna_skhngvi_vzart_kharjh_tdabir.txt)
    ("حملات رژیم صهیونیستی به جنوب لبنان", ("اسرائیل", "country", "", None)),
    ("فرمانداری شهرستان بم", ("بم", "city", "کرمان", "فرمانداری شهرستان بم")),
]


@pytest.mark.parametrize(("text", "expected"), DETAILS)
def test_details(text: str, expected: tuple[str, str, str, str | None]) -> None:
    first = find_places(text)[0]
    assert expected == (first.name, first.kind, first.province, first.via)


# (text, expected spans): offsets are into the text as given, whatever it contains.
OFFSETS = [
    ("در شهرِ کرمان", [(8, 13)]),  # a kasra inside the preceding word
    ("استان کرمانِ بزرگ", [(6, 12)]),  # an ezafe kasra stays inside the mention
    ("  تبریز  و  كرمانشاه ", [(2, 7), (12, 20)]),
    ("آذربایجان\u200cشرقی!", [(0, 14)]),
]


@pytest.mark.parametrize(("text", "expected"), OFFSETS)
def test_offsets(text: str, expected: list[tuple[int, int]]) -> None:
    assert expected == [(m.start, m.end) for m in find_places(text)]


@pytest.mark.parametrize("path", sorted((ROOT / "seeds").glob("*.txt")), ids=lambda p: p.name)
def test_seed_mentions_are_exact_slices(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    mentions = find_places(text)
    assert mentions
    for m in mentions:
        # every slice is a spelling that looks up to the place found there
        assert m.name == lookup(text[m.start : m.end]).name


def test_seed_places() -> None:
    seed0, seed1 = (p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt")))
    assert {"کرمان"} == {m.name for m in find_places(seed0)}
    assert {"تبریز", "آذربایجان شرقی"} == {m.name for m in find_places(seed1)}
    assert {"دانشگاه علوم پزشکی تبریز", "پلیس فتای استان آذربایجان شرقی"} == {
        m.via for m in find_places(seed1)}


# (spelling, expected canonical name or None)
LOOKUPS = [
    ("آذربایجان‌شرقی", "آذربایجان شرقی"),
    ("اذربایجان شرقي", "آذربایجان شرقی"),
    ("بندر عباس", "بندرعباس"),
    ("کرمان شاه", "کرمانشاه"),
    ("خرم آباد", "خرم‌آباد"),
    ("تالش", "هشتپر"),  # county name → seat
    ("قاین", "قائن"),
    ("نايين", "نائین"),
    ("شهر ری", "ری"),
    ("استان سیستان و بلوچستان", "سیستان و بلوچستان"),
    ("امریکا", "آمریکا"),
    ("کرمانی", None),
    ("خلیج فارس", None),
    ("", None),
]


@pytest.mark.parametrize(("spelling", "expected"), LOOKUPS)
def test_lookup(spelling: str, expected: str | None) -> None:
    place = lookup(spelling)
    assert expected == (place.name if place else None)


def test_lookup_levels() -> None:
    assert Place("کرمان", "province", "کرمان") == lookup("استان کرمان")
    assert Place("کرمان", "city", "کرمان") == lookup("شهر کرمان")
    assert Place("کرمان", "city", "کرمان") == lookup("کرمان")
    assert Place("تهران", "province", "تهران") == lookup("تهران", kind="province")
    assert Place("تبریز", "city", "آذربایجان شرقی") == lookup("تبريز")
    assert Place("عراق", "country", None) == lookup("عراق")
    assert None is lookup("تبریز", kind="province")


def test_data_has_31_provinces_and_cities_in_them() -> None:
    provinces = {p.name for p in places.all_places(kind="province")}
    assert 31 == len(places.all_places(kind="province"))
    assert PROVINCES == provinces
    cities = places.all_places(kind="city")
    iranian = [c for c in cities if c.province is not None]
    assert [] == [c for c in iranian if c.province not in provinces]
    assert len(iranian) >= 250
    for province in provinces:  # every province has its capital
        capital = CAPITALS.get(province, province)
        assert Place(capital, "city", province) == lookup(capital, kind="city")
    assert [] == [c for c in cities if c.province is None and lookup(c.name) != c]  # abroad: no clash
    assert Place("ایران", "country", None) == lookup("ایران")


def test_place_names_cover_variants() -> None:
    names = place_names()
    assert {"آذربایجان شرقی", "کرمانشاه", "کرمان شاه", "گچساران", "ایران"} <= set(names)
    assert len(names) == len(set(names))
    assert all(lookup(name) is not None for name in names)


def test_first_names() -> None:
    names = first_names()
    assert len(names) >= 500
    for name in ("محمدعلی", "محمد علی", "محمد\u200cعلی", "محمدصادق", "مصطفی", "علیرضا", "امیرحسین",
                 "فاطمه", "زهرا", "سیدمحمد", "روح‌الله", "عبدالله"):
        assert search_form(name) in names, name
    assert "محمدعلی" in names and "محمد علی" in names  # search forms: joined and spaced both present
    assert "کرمان" not in names and "ولی" not in names


def test_import_is_cheap() -> None:
    code = ("import knowledge.parse.places as p, sys; "
            "print(p._gazetteer.cache_info().currsize, 'hazm' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert "0 False" == out.stdout.strip()


def test_first_names_read_once_same_forms() -> None:
    """places.first_names() comes from lexicon's one reading of first_names.txt and keeps its
    old forms: the search form of every line (spaced names stay spaced)."""
    from importlib import resources

    from knowledge.parse import lexicon

    lines = resources.files("knowledge").joinpath("data", "first_names.txt").read_text(encoding="utf-8")
    old = frozenset(form for line in lines.splitlines()
                    if line.strip() and not line.startswith("#") and (form := search_form(line)))
    assert first_names() == old
    assert {name.replace(" ", "") for name in first_names()} <= lexicon.first_names()
