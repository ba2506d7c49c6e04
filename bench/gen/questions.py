"""Questions whose expected answer is the only one the whole corpus supports."""

from __future__ import annotations

import collections
import functools
import random
import re
from dataclasses import dataclass
from typing import Callable, Sequence

from .dates import _fa_digits
from .qforms import (
    _AFFIXES, _KIND_WEIGHTS, _OVERSAMPLE, _Q_FORMS, _STOP, _role_head, _surname, _typo, _typo_in,
)
from .records import ZWNJ, GeneratedArticle, Question
from .text import _AR_TO_FA, _PUNCT, _TopicRx, _nospace, _tokens, _words, fold
from .vocab import _vocab


@dataclass
class _Candidate:
    seq: int
    kind: str
    article_key: str
    expect: str
    variant: str
    options: list[tuple[str, tuple[tuple, ...]]]  # (question text, requirement keys)


class _Planner:
    """Picks candidate questions first, then checks in one pass over the corpus that each
    expected answer is the only one the corpus supports; articles are never held."""

    def __init__(self, n: int, count: int, seed: int, get: Callable[[int], GeneratedArticle]):
        self.count = count
        self.expected: dict[tuple, object] = {}
        self.observed: dict[tuple, set] = {}
        self.events: set[str] = set()
        self.roles: set[str] = set()
        self.persons: set[str] = set()
        self.what: dict[str, list[tuple[str | None, _TopicRx, tuple]]] = {}
        self.anchors: dict[str, list[tuple[frozenset[str], tuple]]] = {}
        self._signatures: list[tuple[frozenset[str], tuple]] = []
        self._df: collections.Counter[str] = collections.Counter()  # over the fetched articles
        self.candidates: list[_Candidate] = []
        self.quota = {k: round(count * w) for k, w in _KIND_WEIGHTS}
        self.quota["who_said"] = max(0, self.quota["who_said"] + count - sum(self.quota.values()))
        if n <= 0 or count <= 0:
            return
        r = random.Random(seed)
        builders = {"who_said": self._who, "what_said": self._what, "when": self._when,
                    "where": self._where, "role_of": self._role_of, "person_role": self._person_role}
        want = {k: self.quota[k] * _OVERSAMPLE[k] for k in self.quota}
        made = dict.fromkeys(want, 0)
        order = [k for k, _ in _KIND_WEIGHTS]
        attempts = 0
        limit = 3 * sum(want.values())
        while attempts < limit and any(made[k] < want[k] for k in order):
            for kind in order:
                if made[kind] >= want[kind]:
                    continue
                attempts += 1
                art = get(r.randrange(n))
                if kind == "who_said":
                    self._df.update(set(_tokens(" ".join(s for sp in art.speakers for s in sp.statements))))
                cand = builders[kind](art, r)
                if cand is not None:
                    cand.seq = len(self.candidates)
                    self.candidates.append(cand)
                    made[kind] += 1
        # Index each signature under its rarest word, so most statements are skipped quickly.
        for sig, key in self._signatures:
            anchor = min(sorted(sig), key=lambda w: self._df[w])
            self.anchors.setdefault(anchor, []).append((sig, key))

    # ---- requirements
    def _require(self, key: tuple, expected: object) -> tuple:
        self.observed.setdefault(key, set())
        self.expected[key] = expected
        return key

    def _variant(self, r: random.Random) -> tuple[int, bool]:
        colloquial = r.random() < 0.3
        typo = r.random() < 0.15
        return int(colloquial), typo

    def _form(self, kind: str, colloquial: int, r: random.Random, **slots: str) -> str:
        return r.choice(_Q_FORMS[kind][colloquial]).format(**slots)

    @staticmethod
    def _label(colloquial: int, typo: bool) -> str:
        return ("colloquial" if colloquial else "formal") + ("+typo" if typo else "")

    # ---- candidate builders
    def _who(self, a: GeneratedArticle, r: random.Random) -> _Candidate | None:
        if ZWNJ not in a.text:  # the copy lost its half-spaces: words are not comparable
            return None
        sp = r.choice(a.speakers)
        st = r.choice(sp.statements)
        v = _vocab()
        seen: dict[str, int] = {}  # folded word -> rank (0 digits, 1 specific, 2 template word)
        display: dict[str, str] = {}
        for word in _words(st.translate(_AR_TO_FA)):
            tok = fold(word)
            if not tok or ZWNJ in tok or tok in _STOP or tok in seen:
                continue
            if tok.isdigit():
                seen[tok] = 0
            elif len(tok) >= 3:
                seen[tok] = 2 if tok in v.template_words else 1
            else:
                continue
            display[tok] = _fa_digits(word)
        if len(seen) < 4:
            return None
        ranked = sorted(seen, key=lambda t: (seen[t], r.random()))
        digits = [t for t in ranked if seen[t] == 0][:1]
        words = digits + [t for t in ranked if seen[t] > 0][: r.randint(4, 6) - len(digits)]
        original = [t for t in seen if t in words]
        r.shuffle(words)
        if words == original:
            words = words[1:] + words[:1]
        sig = frozenset(words)
        shown = [display[w] for w in words]
        colloquial, typo = self._variant(r)
        if typo:
            spots = [i for i, w in enumerate(shown) if not w[0].isdigit()]
            i = r.choice(spots)
            bad = _typo(shown[i], r)
            typo = bad is not None
            if bad:
                shown[i] = bad
        text = self._form("who_said", colloquial, r, W=" ".join(shown))
        key = self._require(("who", sig), sp.name)
        self._signatures.append((sig, key))
        return _Candidate(0, "who_said", a.key, _surname(sp.name), self._label(colloquial, typo),
                          [(text, (key,))])

    def _what(self, a: GeneratedArticle, r: random.Random) -> _Candidate | None:
        v = _vocab()
        sp = r.choice(a.speakers)
        sts = list(sp.statements)
        r.shuffle(sts)
        for st in sts:
            folded = fold(st)
            if len(folded) != len(st):  # offsets must line up; generated text always does
                continue
            found = [(t, rx, m) for t, rx in v.topic_patterns if (m := rx.search(folded))]
            if not found:
                continue
            topic, rx, m = max(found, key=lambda f: len(f[0]))
            expect = self._window(st, m.start(), m.end(), r)
            if expect is None:
                continue
            surname = _surname(sp.name)
            colloquial, typo = self._variant(r)
            shown = surname
            if typo:
                bad = _typo(surname, r)
                typo = bad is not None
                shown = bad or surname
            identity = _nospace(st)
            options = []
            if r.random() < 0.5:
                key = self._require(("what", surname, None, topic), identity)
                self.what.setdefault(surname, []).append((None, rx, key))
                options.append((self._form("what_said", colloquial, r, S=shown, T=topic), (key,)))
            key = self._require(("what", surname, a.event, topic), identity)
            self.what.setdefault(surname, []).append((a.event, rx, key))
            options.append((self._form("what_said_event", colloquial, r, S=shown, T=topic,
                                       E=a.event), (key,)))
            return _Candidate(0, "what_said", a.key, expect, self._label(colloquial, typo), options)
        return None

    @staticmethod
    def _window(st: str, t0: int, t1: int, r: random.Random) -> str | None:
        """Four to six consecutive words of the statement that leave the topic out."""
        spans = [(m.start(), m.end()) for m in re.finditer(r"\S+", st)]
        size = min(len(spans), r.randint(4, 6))
        good = []
        for i in range(len(spans) - size + 1):
            w0, w1 = spans[i][0], spans[i + size - 1][1]
            if (w1 <= t0 or w0 >= t1) and st[w0:spans[i][1]] not in _AFFIXES \
                    and st[spans[i + size - 1][0]:w1] not in _AFFIXES:
                content = sum(1 for w in _tokens(st[w0:w1]) if w not in _STOP)
                if content >= 2:
                    good.append((content + any(c.isdigit() for c in st[w0:w1]), i))
        if not good:
            return None
        top = max(score for score, _ in good)
        i = r.choice([i for score, i in good if score == top])
        piece = st[spans[i][0]:spans[i + size - 1][1]].strip("،.:؛ ")
        return _fa_digits(piece.translate(_AR_TO_FA)) if piece else None

    def _event_q(self, kind: str, a: GeneratedArticle, r: random.Random) -> _Candidate:
        colloquial, typo = self._variant(r)
        shown = a.event
        if typo:
            bad = _typo_in(a.event, r)
            typo = bad is not None
            shown = bad or a.event
        self.events.add(a.event)
        if kind == "when":
            key, expect = self._require(("ev_date", a.event), a.jalali), a.jalali
        else:
            key, expect = self._require(("ev_city", a.event), a.place), a.place
        text = self._form(kind, colloquial, r, E=shown)
        return _Candidate(0, kind, a.key, expect, self._label(colloquial, typo), [(text, (key,))])

    def _when(self, a: GeneratedArticle, r: random.Random) -> _Candidate:
        return self._event_q("when", a, r)

    def _where(self, a: GeneratedArticle, r: random.Random) -> _Candidate:
        return self._event_q("where", a, r)

    def _role_of(self, a: GeneratedArticle, r: random.Random) -> _Candidate:
        p = r.choice(a.speakers + a.attendees)
        colloquial, typo = self._variant(r)
        shown = p.role.replace("رئیس", "رییس") if r.random() < 0.4 else p.role
        if typo:
            bad = _typo_in(shown, r)
            typo = bad is not None
            shown = bad or shown
        self.roles.add(p.role)
        key = self._require(("role", p.role), p.name)
        text = self._form("role_of", colloquial, r, R=shown)
        return _Candidate(0, "role_of", a.key, _surname(p.name), self._label(colloquial, typo),
                          [(text, (key,))])

    def _person_role(self, a: GeneratedArticle, r: random.Random) -> _Candidate:
        p = r.choice(a.speakers + a.attendees)
        colloquial, typo = self._variant(r)
        shown = p.name
        if typo:
            bad = _typo_in(p.name, r)
            typo = bad is not None
            shown = bad or p.name
        self.persons.add(p.name)
        key = self._require(("person", p.name), p.role)
        text = self._form("person_role", colloquial, r, F=shown)
        return _Candidate(0, "person_role", a.key, _role_head(p.role),
                          self._label(colloquial, typo), [(text, (key,))])

    # ---- the pass over the corpus
    def observe(self, a: GeneratedArticle) -> None:
        obs = self.observed
        if a.event in self.events:
            obs.setdefault(("ev_date", a.event), set()).add(a.jalali)
            obs.setdefault(("ev_city", a.event), set()).add(a.place)
        for p in (*a.speakers, *a.attendees):
            if p.role in self.roles:
                obs[("role", p.role)].add(p.name)
            if p.name in self.persons:
                obs[("person", p.name)].add(p.role)
        if not (self.anchors or self.what):
            return
        # One fold and one punctuation pass for all statements of the article: the cost of
        # str.replace is per call, and per-word Python loops cost more still.
        joined = fold("\x00".join(st for sp in a.speakers for st in sp.statements))
        folded = joined.split("\x00")
        if self.anchors:
            bare = joined
            for p in _PUNCT:
                bare = bare.replace(p, " ")
            word_sets = [set(x.split()) for x in bare.split("\x00")]
        anchors = self._anchor_set
        k = 0
        for sp in a.speakers:
            n = len(sp.statements)
            wanted = self.what.get(_surname(sp.name))
            if wanted:
                for event, rx, key in wanted:
                    if event is None or event == a.event:
                        for text in folded[k:k + n]:
                            if rx.literal in text and rx.search(text):
                                self.observed[key].add(text.replace(ZWNJ, "").replace(" ", ""))
            if anchors:
                for toks in word_sets[k:k + n]:
                    for tok in toks & anchors:
                        for sig, key in self.anchors[tok]:
                            if sig <= toks:
                                self.observed[key].add(sp.name)
            k += n

    @functools.cached_property
    def _anchor_set(self) -> frozenset[str]:
        return frozenset(self.anchors)

    def finish(self) -> list[Question]:
        valid: dict[str, list[tuple[int, Question]]] = {k: [] for k, _ in _KIND_WEIGHTS}
        texts: set[str] = set()
        for c in self.candidates:
            for text, keys in c.options:
                if all(self.observed.get(k) == {self.expected[k]} for k in keys):
                    if text not in texts:
                        texts.add(text)
                        valid[c.kind].append((c.seq, Question(text, c.kind, c.article_key,
                                                              c.expect, c.variant)))
                    break
        chosen: list[tuple[int, Question]] = []
        spare: list[tuple[int, Question]] = []
        for kind, items in valid.items():
            chosen += items[: self.quota[kind]]
            spare += items[self.quota[kind]:]
        spare.sort()
        chosen += spare[: max(0, self.count - len(chosen))]
        chosen.sort()
        return [q for _, q in chosen]


def generate_questions(articles: Sequence[GeneratedArticle], *, count: int = 500,
                       seed: int = 7) -> list[Question]:
    """About ``count`` questions (fewer if the corpus is too small to support them), each with
    an expected answer that is the only one the corpus supports."""
    planner = _Planner(len(articles), count, seed, articles.__getitem__)
    for a in articles:
        planner.observe(a)
    return planner.finish()
