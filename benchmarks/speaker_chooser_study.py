"""A study, not a pass: could a learned chooser pick the speaker of a quotation better than the rules, where the
rules resolve it from 'he'/'she' or carry a speaker over (not where a name stands in the attribution itself)?

The rules read every article of the development sets as usual; this script watches them (it wraps a few of the
reader's methods, changing nothing they return) and, at each direct quotation whose speaker is either

- ``pronoun``: an actor a 'he'/'she' of the quotation's sentence was resolved to, and no name or role of that actor
  was resolved in the sentence, or
- ``carried``: an actor no mention of the sentence was resolved to (the paragraph's speaker, the last speaker, an
  open quotation's, a paragraph of quotations' fallback),

collects the candidate people: every person or role met before the sentence (or named in it) within ``--reach``
sentences, of the pronoun's sex or of unknown sex for a pronoun, plus the rules' own choice. Each candidate is
described by general features (see :data:`FEATURES`: how far back it was mentioned and spoke, whether it was the
last speaker, a subject of the sentence before or of the paragraph's first sentence, how often the article names
it, whether the rules chose it ...; never a word of an article) and labelled with the PolNeAR scorer's own speaker
match (aliases and surnames included) against the gold quotation.

A conditional logit (softmax over one quotation's candidates, L2, Newton steps in numpy; deterministic) is fitted
and measured leave-one-set-out: each invented set held out in turn, PolNeAR train in five folds of articles,
PolNeAR dev held out as one set. For each held-out set it prints the direct attributed P/R of the rules, of the
model's choice at every decision, and of the model only where it disagrees with the rules by a margin of
probability. A changed speaker is not carried on to later quotations here (the rules' state is untouched), so the
figures are those of the decisions themselves.

Result (thirty-second session, 43 development sets): the rules' wrong choice is nearly always the model's
runner-up, yet no variant separates those from the rules' right choices; held out, the model with the rules'
choice as a feature mends 4 quotes and breaks 1 of about 8,700 decisions, the blind model mends 9 and breaks 72.
Not built (the commit that added this script gives the table).

Run from a worktree root: ``python benchmarks/speaker_chooser_study.py --dirs /tmp/tools/dirs32`` (``--cache F``
keeps the collected decisions between runs). PolNeAR's test split is never read.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import math
import pickle
import re
import sys
import tempfile
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from quotes import polnear_scorer  # noqa: E402

from digest.core.ingest import load_article  # noqa: E402
from digest.core.quotes import display_name, extract, extract_quotes  # noqa: E402
from digest.core.quotes.actor_state import ActorState  # noqa: E402
from digest.core.quotes.actors import Registry  # noqa: E402

FEATURES = (
    "chosen",
    "sent_since_log",
    "sent_since_0",
    "sent_since_1",
    "sent_since_2_3",
    "sent_since_4_plus",
    "para_since_0",
    "para_since_1",
    "para_since_2_plus",
    "spoke_never",
    "spoke_since_log",
    "last_speaker",
    "last_direct_speaker",
    "spoke_this_para",
    "last_in_para",
    "spoke_prev_para",
    "subject_prev_sentence",
    "mention_prev_sentence",
    "subject_para_first",
    "mention_this_para",
    "subject_prev_para_first",
    "named_this_sentence",
    "named_before_quote",
    "told_object",
    "mentions_log",
    "most_mentioned",
    "mention_share",
    "gender_match",
    "gender_unknown",
    "is_role",
    "full_name",
    "recency_rank_0",
    "recency_rank_1",
    "last_mention_subject",
    "subject_mentions_log",
    "chosen_x_carried",
    "last_speaker_x_carried",
    "most_mentioned_x_present",
    "chosen_x_far",
)
"""The features of one candidate of one decision (never a word or name of an article)."""

_PRONOUNS = {"he": "m", "she": "f"}
_TELLING = re.compile(r"\b(?:told|tells|asked|asks|telling|asking|to|reminded|assured|warned)\s+$", re.I)
_PRESENT = re.compile(r"\b(?:says|adds|recalls|explains|admits|insists|laughs|notes)\b")


@dataclass
class Decision:
    """One quotation whose speaker the rules resolved from a pronoun or carried over, with its candidates."""

    set_name: str
    article: str
    how: str
    """'pronoun' or 'carried'."""
    text: str
    rows: list[list[float]]
    names: list[str]
    chosen: int
    """The index of the rules' choice among the candidates."""
    labels: list[int] = field(default_factory=list)
    status: str = ""
    gold: str = ""
    """The gold speaker (for the coverage study)."""
    mismatched: list[int] = field(default_factory=list)
    """1 for a candidate of the other sex than the pronoun (kept only to count coverage; never a choice)."""
    """'named' (a gold quotation with a named speaker), 'any' (gold speaker a pronoun), 'none' (no gold quotation)."""


class _Watch:
    """What the reader knew while it read one article: full mention histories, sentence by paragraph, speakers."""

    def __init__(self) -> None:
        self.history: dict[int, list[tuple[int, int, int]]] = defaultdict(list)
        self.para_of: dict[int, int] = {}
        self.first_of: dict[int, int] = {}
        self.spoke: list[tuple[ActorState, int, int, str]] = []
        self.resolved: list[tuple[ActorState, str, int]] = []
        """Actors resolved in the current sentence: (actor, 'pronoun:m' / 'pronoun:f' / 'name', pos)."""
        self.snapshot: dict[int, tuple[ActorState, int, int, list[tuple[int, int, int]]]] = {}
        self.sentence_text = ""
        self.sentence_lo = 0
        self.previous_text = ""
        self.context = ""
        self.decisions: list[tuple[Any, dict[str, Any]]] = []


WATCH: _Watch | None = None


_ORIG: dict[str, Any] = {}
"""The reader's own methods, called by the wrappers below."""


def _note(self: ActorState, sentence: int, pos: int, subject: bool) -> None:
    _ORIG["note"](self, sentence, pos, subject)
    if WATCH is not None:
        WATCH.history[id(self)].append((sentence, 1 if subject else 0, pos))


def _resolve(self: Registry, mention: Any, sentence: int, *args: Any, **kwargs: Any) -> Any:
    actor = _ORIG["resolve"](self, mention, sentence, *args, **kwargs)
    if WATCH is not None and actor is not None:
        low = mention.text.strip().lower()
        how = "name" if mention.kind != "pronoun" else "pronoun:" + _PRONOUNS[low] if low in _PRONOUNS else "other"
        pos = kwargs.get("pos", args[1] if len(args) >= 2 else None)
        WATCH.resolved.append((actor.root(), how, pos if pos is not None else -1))
    return actor


def _sentence(self: Any, state: Any, lo: int, hi: int) -> None:
    if WATCH is not None:
        s = self.sentence + 1
        WATCH.para_of[s] = self.index
        WATCH.first_of.setdefault(self.index, s)
        WATCH.resolved = []
        WATCH.snapshot = {
            id(a): (a, a.last_seen, a.mentions, list(WATCH.history[id(a)]))
            for a in self.registry.live()
            if a.kind in ("person", "role")
        }
        WATCH.previous_text = WATCH.sentence_text
        WATCH.sentence_text, WATCH.sentence_lo = state.text[lo:hi], lo
    _ORIG["_sentence"](self, state, lo, hi)


def _add(self: Any, actor: ActorState, para: str, base: int, s: int, e: int, kind: str, section: int) -> None:
    count = len(self.found)
    _ORIG["add"](self, actor, para, base, s, e, kind, section)
    if WATCH is not None and len(self.found) > count:
        WATCH.spoke.append((actor.root(), self.sentence, self.index, kind))


def _in_context(name: str, context: str) -> Any:
    def wrapped(self: Any, *args: Any) -> None:
        if WATCH is not None:
            WATCH.context, WATCH.resolved = context, WATCH.resolved if context == "sentence" else []
        _ORIG[name](self, *args)
        if WATCH is not None:
            WATCH.context = ""

    return wrapped


def _emit_quote(self: Any, para: str, base: int, section: int, span: Any, actor: ActorState) -> None:
    watch = WATCH
    before = _before_emit(self, watch, para, span, actor) if watch is not None and watch.context else None
    count = len(self.found)
    _ORIG["_emit_quote"](self, para, base, section, span, actor)
    if watch is not None and before is not None and len(self.found) > count:
        watch.decisions.append((self.found[-1], before))


def _install() -> None:
    """Wrap the reader's methods to record what it knew (their results unchanged)."""
    reader = extract._Reader
    _ORIG.update(note=ActorState.note, resolve=Registry.resolve)
    for name in ("_sentence", "add", "_emit_direct", "_close_paragraph", "_emit_quote"):
        _ORIG[name] = getattr(reader, name)
    ActorState.note = _note  # type: ignore[method-assign]
    Registry.resolve = _resolve  # type: ignore[method-assign]
    reader._sentence = _sentence  # type: ignore[method-assign]
    reader.add = _add  # type: ignore[method-assign]
    reader._emit_direct = _in_context("_emit_direct", "sentence")  # type: ignore[method-assign]
    reader._close_paragraph = _in_context("_close_paragraph", "paragraph")  # type: ignore[method-assign]
    reader._emit_quote = _emit_quote  # type: ignore[method-assign]


def _before_emit(reader: Any, watch: _Watch, para: str, span: Any, actor: ActorState) -> dict[str, Any] | None:
    """Classify the decision and keep what the features need, or None for a speaker named in the sentence."""
    root = actor.root()
    named = any(a is root and how == "name" for a, how, _ in watch.resolved)
    by_pronoun = [how[-1] for a, how, _ in watch.resolved if a is root and how.startswith("pronoun")]
    other = any(a is root and how == "other" for a, how, _ in watch.resolved)
    how = "pronoun" if by_pronoun and watch.context == "sentence" else "carried"
    how = "named" if watch.context == "sentence" and (named or other) else how
    return {
        "how": how,
        "sex": by_pronoun[0] if by_pronoun else "",
        "sentence": reader.sentence,
        "para": reader.index,
        "quote_open": span.open,
        "chosen": root,
        "snapshot": dict(watch.snapshot),
        "resolved": list(watch.resolved),
        "spoke": list(watch.spoke),
        "last_speaker": reader.last_speaker.root() if reader.last_speaker is not None else None,
        "text": watch.sentence_text if watch.context == "sentence" else para,
        "lo": watch.sentence_lo if watch.context == "sentence" else 0,
        "previous": watch.previous_text,
        "present": bool(_PRESENT.search(para)),
        "history": {k: list(v) for k, v in watch.history.items()},
    }


def _name_words(actor: ActorState) -> set[str]:
    words = {w for n in [actor.name, *actor.aliases] for w in re.findall(r"[A-Z][\w'’-]+", n)}
    return {w for w in words if len(w) > 2}


def _told(actor: ActorState, text: str) -> bool:
    """The candidate is named right after 'told', 'asked', 'to' ... in the text."""
    for word in _name_words(actor):
        for m in re.finditer(r"\b" + re.escape(word) + r"\b", text):
            if _TELLING.search(text[max(0, m.start() - 30) : m.start()]):
                return True
    return False


def _candidates(b: dict[str, Any], reach: int) -> list[ActorState]:
    """The candidate people of a decision: met within ``reach`` sentences (or named in the sentence), of the
    pronoun's sex or unknown sex, and the rules' choice."""
    s = b["sentence"]
    out: dict[int, ActorState] = {}
    for key, (a, last, mentions, _) in b["snapshot"].items():
        if a.merged_into is not None and a.root() is not a:
            continue
        if mentions > 0 and s - last <= reach:
            out[key] = a
    for a, how, _ in b["resolved"]:
        if how == "name" and a.kind in ("person", "role"):
            out.setdefault(id(a), a)
    out.setdefault(id(b["chosen"]), b["chosen"])
    return list(out.values())


def _mismatch(b: dict[str, Any], a: ActorState) -> int:
    return 1 if b["sex"] and a.gender not in ("?", b["sex"]) and a is not b["chosen"] else 0


def _features(
    b: dict[str, Any], cands: list[ActorState], watch_para_of: dict[int, int], first_of: dict[int, int]
) -> list[list[float]]:
    s, para = b["sentence"], b["para"]
    snap = b["snapshot"]
    hist = b["history"]
    p0 = first_of.get(para, s)
    prev_first = first_of.get(para - 1, -1)
    mentions = {id(a): (snap[id(a)][2] if id(a) in snap else 0) for a in cands}
    top = max(mentions.values(), default=0)
    total = sum(mentions.values()) or 1
    lasts = {}
    for a in cands:
        entries = [e for e in hist.get(id(a), []) if e[0] < s]
        lasts[id(a)] = max((e[0] for e in entries), default=-(10**6))
    order = sorted(cands, key=lambda a: -lasts[id(a)])
    rank = {id(a): i for i, a in enumerate(order)}
    spoke = b["spoke"]
    last_direct = next((a for a, _, _, k in reversed(spoke) if k == "direct"), None)
    last_in_para = next((a for a, _, p, _ in reversed(spoke) if p == para), None)
    named_here = {id(a): pos for a, how, pos in b["resolved"] if how == "name"}
    carried = 1.0 if b["how"] == "carried" else 0.0
    rows = []
    for a in cands:
        entries = [e for e in hist.get(id(a), []) if e[0] < s]
        since = s - lasts[id(a)] if entries else 99
        if id(a) in named_here:
            since = 0
        last_para = watch_para_of.get(lasts[id(a)], -99) if entries else -99
        para_since = 0 if id(a) in named_here else para - last_para
        spoken = [sn for x, sn, _, _ in spoke if x is a]
        spoke_since = s - spoken[-1] if spoken else 99
        spoke_paras = {p for x, _, p, _ in spoke if x is a}
        subj = {e[0] for e in entries if e[1]}
        ment = {e[0] for e in entries}
        last_entry = max(entries, default=(0, 0, 0))
        chosen = 1.0 if a is b["chosen"] else 0.0
        most = 1.0 if mentions[id(a)] == top and top > 0 else 0.0
        far = 1.0 if since >= 4 else 0.0
        row = {
            "chosen": chosen,
            "sent_since_log": math.log1p(min(since, 99)),
            "sent_since_0": 1.0 if since == 0 else 0.0,
            "sent_since_1": 1.0 if since == 1 else 0.0,
            "sent_since_2_3": 1.0 if since in (2, 3) else 0.0,
            "sent_since_4_plus": far,
            "para_since_0": 1.0 if para_since == 0 else 0.0,
            "para_since_1": 1.0 if para_since == 1 else 0.0,
            "para_since_2_plus": 1.0 if para_since >= 2 else 0.0,
            "spoke_never": 0.0 if spoken else 1.0,
            "spoke_since_log": math.log1p(min(spoke_since, 99)),
            "last_speaker": 1.0 if a is b["last_speaker"] else 0.0,
            "last_direct_speaker": 1.0 if a is last_direct else 0.0,
            "spoke_this_para": 1.0 if para in spoke_paras else 0.0,
            "last_in_para": 1.0 if a is last_in_para else 0.0,
            "spoke_prev_para": 1.0 if para - 1 in spoke_paras else 0.0,
            "subject_prev_sentence": 1.0 if s - 1 in subj else 0.0,
            "mention_prev_sentence": 1.0 if s - 1 in ment else 0.0,
            "subject_para_first": 1.0 if p0 < s and p0 in subj else 0.0,
            "mention_this_para": 1.0 if any(p0 <= x < s for x in ment) else 0.0,
            "subject_prev_para_first": 1.0 if prev_first in subj else 0.0,
            "named_this_sentence": 1.0 if id(a) in named_here else 0.0,
            "named_before_quote": 1.0 if id(a) in named_here and 0 <= named_here[id(a)] < b["quote_open"] else 0.0,
            "told_object": 1.0 if _told(a, b["text"]) or _told(a, b["previous"]) else 0.0,
            "mentions_log": math.log1p(mentions[id(a)]),
            "most_mentioned": most,
            "mention_share": mentions[id(a)] / total,
            "gender_match": 1.0 if b["sex"] and a.gender == b["sex"] else 0.0,
            "gender_unknown": 1.0 if a.gender == "?" else 0.0,
            "is_role": 1.0 if a.kind == "role" else 0.0,
            "full_name": 1.0 if a.kind == "person" and " " in a.name else 0.0,
            "recency_rank_0": 1.0 if rank[id(a)] == 0 else 0.0,
            "recency_rank_1": 1.0 if rank[id(a)] == 1 else 0.0,
            "last_mention_subject": float(last_entry[1]),
            "subject_mentions_log": math.log1p(sum(1 for e in entries if e[1])),
            "chosen_x_carried": chosen * carried,
            "last_speaker_x_carried": (1.0 if a is b["last_speaker"] else 0.0) * carried,
            "most_mentioned_x_present": most * (1.0 if b["present"] else 0.0),
            "chosen_x_far": chosen * far,
        }
        rows.append([row[f] for f in FEATURES])
    return rows


def _gold_match(score: ModuleType, gold: dict[str, Any], text: str) -> tuple[str, dict[str, Any] | None]:
    quotes = [q for q in gold["quotes"] if q["kind"] == "direct"]
    best = max(((score.same_text(q["text"], text), i) for i, q in enumerate(quotes)), default=(0.0, -1))
    if best[0] <= 0:
        return "none", None
    q = quotes[best[1]]
    return ("any" if q.get("pronoun") else "named"), q


def collect(dirs: list[Path], reach: int) -> tuple[list[Decision], dict[str, tuple[int, int, int]], dict[str, int]]:
    """Every decision of every development set, and each set's rules figures (attributed, predicted, gold)."""
    global WATCH
    score = polnear_scorer()
    if score is None:
        raise SystemExit("no PolNeAR scorer beside this clone (../shared/tools/polnear)")
    _install()
    decisions: list[Decision] = []
    figures: dict[str, tuple[int, int, int]] = {}
    wrong_kinds: dict[str, int] = Counter()
    dump = Path(tempfile.mkdtemp()) / "rows.jsonl"
    for d in dirs:
        if "test" in d.name or d.name.startswith("probe32"):
            continue
        golds = {
            json.loads(g.read_text())["file"]: json.loads(g.read_text()) for g in sorted((d / "gold").glob("*.json"))
        }
        set_name = "polnear-" + d.name if str(d).startswith("/tmp/polnear") else d.name
        for file, gold in golds.items():
            WATCH = _Watch()
            article = load_article(d / "corpus" / file)
            extract_quotes(article)
            watch, WATCH = WATCH, None
            for found, b in watch.decisions:
                cands = _candidates(b, reach)
                rows = _features(b, cands, watch.para_of, watch.first_of)
                names = [display_name(a.root()) for a in cands]
                status, q = _gold_match(score, gold, found.text)
                labels = [
                    1 if q is not None and (score.same_speaker(q, n) or score.lenient_speaker(q, n)) else 0
                    for n in names
                ]
                decisions.append(
                    Decision(
                        set_name,
                        file,
                        b["how"],
                        found.text,
                        rows,
                        names,
                        cands.index(b["chosen"]),
                        labels,
                        status,
                        q["speaker"] if q is not None else "",
                        [_mismatch(b, a) for a in cands],
                    )
                )
        out = io.StringIO()
        with contextlib.redirect_stdout(out):
            score.score_quotes(str(d / "gold"), str(d / "corpus"), 0.0, "direct", dump=str(dump))
        rows_ = [json.loads(x) for x in dump.read_text().splitlines()]
        wrong_kinds[set_name] = sum(1 for r in rows_ if r["type"] == "wrong_speaker")
        tot = [0, 0, 0]
        for line in out.getvalue().splitlines():
            m = re.match(r".*: gold (\d+) pred (\d+) found \d+ attributed (\d+)$", line)
            if m:
                tot[0] += int(m.group(3))
                tot[1] += int(m.group(2))
                tot[2] += int(m.group(1))
        figures[set_name] = (tot[0], tot[1], tot[2])
        print(f"{set_name}: {sum(1 for x in decisions if x.set_name == set_name)} decisions; rules {tot}", flush=True)
    return decisions, figures, dict(wrong_kinds)


def _fit(groups: list[Decision], l2: float) -> np.ndarray:
    """A conditional logit: minimise minus the log of the probability mass on each decision's right candidates
    (softmax over its candidates), with an L2 penalty; L-BFGS from zero weights (deterministic)."""
    from scipy.optimize import minimize

    used = [g for g in groups if g.status == "named" and 0 < sum(g.labels) < len(g.labels)]
    x = np.vstack([np.array(g.rows) for g in used])
    y = np.concatenate([np.array(g.labels, dtype=bool) for g in used])
    starts = np.cumsum([0] + [len(g.rows) for g in used[:-1]])
    index = np.repeat(np.arange(len(used)), [len(g.rows) for g in used])

    def lse(z: np.ndarray) -> np.ndarray:
        top = np.maximum.reduceat(z, starts)
        return top + np.log(np.add.reduceat(np.exp(z - top[index]), starts))

    def loss(w: np.ndarray) -> tuple[float, np.ndarray]:
        z = x @ w
        zp = np.where(y, z, -1e9)
        all_, pos = lse(z), lse(zp)
        p = np.exp(z - all_[index])
        q = np.exp(zp - pos[index])
        value = float(np.sum(all_ - pos) + 0.5 * l2 * w @ w)
        return value, x.T @ (p - q) + l2 * w

    result = minimize(loss, np.zeros(x.shape[1]), jac=True, method="L-BFGS-B", options={"maxiter": 500})
    return np.asarray(result.x)


def _choose(g: Decision, w: np.ndarray, margin: float) -> int:
    z = np.array(g.rows) @ w
    p = np.exp(z - z.max())
    p /= p.sum()
    best = int(np.argmax(p))
    return best if p[best] - p[g.chosen] > margin else g.chosen


def _folds(decisions: list[Decision]) -> dict[str, list[Decision]]:
    folds: dict[str, list[Decision]] = defaultdict(list)
    articles = sorted({g.article for g in decisions if g.set_name == "polnear-train"})
    number = {a: i for i, a in enumerate(articles)}
    for g in decisions:
        key = f"polnear-train/{number[g.article] % 5}" if g.set_name == "polnear-train" else g.set_name
        folds[key].append(g)
    return folds


MARGINS = (0.0, 0.2, 0.4, 0.6)
_FEATURE_SETS = ("probe31a", "probe31b", "dev31a", "dev29a", "dev29c", "dev25a", "dev32a-norm")
GROUPS = {
    "features (probe31a/b, dev31a, dev29a/c, dev25a, dev32a)": lambda n: n in _FEATURE_SETS,
    "fresh features probe31a+b": lambda n: n in ("probe31a", "probe31b"),
    "new features set dev32a": lambda n: n == "dev32a-norm",
    "mix dev31c": lambda n: n == "dev31c",
    "news: PolNeAR dev + probe31c": lambda n: n in ("polnear-dev", "probe31c"),
    "PolNeAR train (5 folds)": lambda n: n == "polnear-train",
    "other invented sets": lambda n: not n.startswith("polnear") and n not in (*_FEATURE_SETS, "dev31c", "probe31c"),
    "all invented sets": lambda n: not n.startswith("polnear"),
}
_CHOSEN = ("chosen", "chosen_x_carried", "chosen_x_far")


def _masked(decisions: list[Decision], drop: tuple[str, ...]) -> list[Decision]:
    """The decisions with the features ``drop`` set to zero (a model that does not see the rules' choice)."""
    keep = np.array([0.0 if f in drop else 1.0 for f in FEATURES])
    out = []
    for g in decisions:
        rows = (np.array(g.rows) * keep).tolist()
        out.append(Decision(g.set_name, g.article, g.how, g.text, rows, g.names, g.chosen, g.labels, g.status))
    return out


def _keep(g: Decision, ok: list[bool]) -> Decision:
    """The decision with only the candidates ``ok`` marks (the rules' choice always kept)."""
    ok = [o or i == g.chosen for i, o in enumerate(ok)]
    pick = [i for i, o in enumerate(ok) if o]
    return Decision(
        g.set_name,
        g.article,
        g.how,
        g.text,
        [g.rows[i] for i in pick],
        [g.names[i] for i in pick],
        pick.index(g.chosen),
        [g.labels[i] for i in pick],
        g.status,
        g.gold,
        [g.mismatched[i] for i in pick],
    )


def _within(g: Decision, reach: int, sexed: bool) -> Decision:
    at = FEATURES.index("sent_since_log")
    return _keep(
        g, [r[at] <= math.log1p(reach) + 1e-9 and not (sexed and m) for r, m in zip(g.rows, g.mismatched, strict=True)]
    )


def _with_chosen_products(g: Decision) -> Decision:
    """Each feature again multiplied by 'chosen': the model may learn where the rules' choice is weak."""
    at = FEATURES.index("chosen")
    rows = [r + [r[at] * x for x in r] for r in g.rows]
    return Decision(
        g.set_name, g.article, g.how, g.text, rows, g.names, g.chosen, g.labels, g.status, g.gold, g.mismatched
    )


def study(decisions: list[Decision], figures: dict[str, tuple[int, int, int]], l2: float, reach: int) -> None:
    """Print coverage, the pooled weights and the leave-one-set-out tables."""
    for r, sexed in ((10**6, False), (10**6, True), (reach, True), (10, True)):
        sex = "of the pronoun's sex or unknown" if sexed else "any sex"
        print(f"\n-- coverage, candidates within {r} sentences, {sex}:")
        _coverage([_within(g, r, sexed) for g in decisions])
    decisions = [_within(g, reach, True) for g in decisions]
    _uncovered(decisions)
    print("\n-- properties of the rules' choice and of the right candidate (share of decisions):")
    _describe(decisions)
    used = [g for g in decisions if g.how != "named"]
    w = _fit(used, l2)
    print("\nweights fitted on all development data:")
    for name, weight in sorted(zip(FEATURES, w, strict=True), key=lambda p: -abs(p[1])):
        print(f"  {weight:+.3f} {name}")
    variants = (
        ("with the rules' choice as a feature", used),
        ("blind to the rules' choice", _masked(used, _CHOSEN)),
        ("with every feature also times 'chosen'", [_with_chosen_products(g) for g in used]),
    )
    for title, data in variants:
        print(f"\n== model {title} ==")
        _table(data, figures, l2)


def _table(used: list[Decision], figures: dict[str, tuple[int, int, int]], l2: float) -> None:
    folds = _folds(used)
    delta: dict[str, dict[float, list[int]]] = defaultdict(lambda: defaultdict(lambda: [0, 0, 0]))
    ranks: Counter[str] = Counter()
    for key, held in sorted(folds.items()):
        wk = _fit([g for k, gs in folds.items() if k != key for g in gs], l2)
        set_name = key.split("/")[0]
        for g in held:
            if g.status != "named":
                continue
            if not g.labels[g.chosen] and any(g.labels):
                z = np.array(g.rows) @ wk
                order = list(np.argsort(-z, kind="stable"))
                ranks[f"right one ranked {min(order.index(i) for i, y in enumerate(g.labels) if y)}"] += 1
            for m in MARGINS:
                pick = _choose(g, wk, m)
                gain = g.labels[pick] - g.labels[g.chosen]
                cell = delta[set_name][m]
                cell[0] += gain
                cell[1] += 1 if pick != g.chosen and gain > 0 else 0
                cell[2] += 1 if pick != g.chosen and gain < 0 else 0
    print("rules' wrong choices (right one a candidate), held out:", dict(sorted(ranks.items())))
    print("leave-one-set-out, direct attributed P / R: rules | model at margin " + " | ".join(map(str, MARGINS)))
    print("  (cells: P/R, +mended/-broken)")
    for set_name in sorted(figures):
        tp, pred, gold = figures[set_name]
        cells = [f"{tp / pred:.3f}/{tp / gold:.3f}" if pred and gold else "-"]
        for m in MARGINS:
            d, plus, minus = delta[set_name][m]
            cells.append(f"{(tp + d) / pred:.3f}/{(tp + d) / gold:.3f} +{plus}-{minus}" if pred and gold else "-")
        print(f"  {set_name:16} " + " | ".join(cells))
    for group, members in GROUPS.items():
        names = [n for n in figures if members(n)]
        tp, pred, gold = (sum(figures[n][i] for n in names) for i in range(3))
        cells = [f"{tp / pred:.3f}/{tp / gold:.3f}"]
        for m in MARGINS:
            d, plus, minus = (sum(delta[n][m][i] for n in names) for i in range(3))
            cells.append(f"{(tp + d) / pred:.3f}/{(tp + d) / gold:.3f} +{plus}-{minus}")
        print(f"  {group:56} " + " | ".join(cells))
    for m in MARGINS:
        plus = sum(delta[s][m][1] for s in delta)
        minus = sum(delta[s][m][2] for s in delta)
        print(f"  all sets, margin {m}: {plus} mended, {minus} broken")


def _describe(decisions: list[Decision]) -> None:
    """How often the right candidate, and the rules' choice, has a few properties: in wrong and right decisions."""
    props = ("most_mentioned", "last_speaker", "subject_prev_sentence", "recency_rank_0", "spoke_this_para")
    at = {p: FEATURES.index(p) for p in props}
    for how in ("pronoun", "carried"):
        for title, pick in (("wrong (right one a candidate)", False), ("right, with a rival", True)):
            gs = [
                g
                for g in decisions
                if g.how == how
                and g.status == "named"
                and bool(g.labels[g.chosen]) == pick
                and any(g.labels)
                and len(g.rows) > 1
                and not g.set_name.startswith("polnear")
            ]
            if not gs:
                continue
            right = [
                next(i for i, y in enumerate(g.labels) if y and i != g.chosen) if not pick else g.chosen for g in gs
            ]
            line = ", ".join(
                f"{p} chosen {sum(g.rows[g.chosen][at[p]] for g in gs) / len(gs):.2f}"
                + (
                    f" right {sum(g.rows[r][at[p]] for g, r in zip(gs, right, strict=True)) / len(gs):.2f}"
                    if not pick
                    else ""
                )
                for p in props
            )
            print(f"  {how}, invented sets, {title}: {len(gs)}; {line}")


def _uncovered(decisions: list[Decision]) -> None:
    """Print the wrong decisions whose right speaker is no candidate, with the gold speaker and the candidates."""
    print("\n-- wrong choices with no right candidate (gold speaker | candidates):")
    for g in decisions:
        if g.status == "named" and g.how != "named" and not any(g.labels) and not g.set_name.startswith("polnear"):
            print(f"  {g.set_name} {g.how}: {g.gold} | {g.names}")


def _coverage(decisions: list[Decision]) -> None:
    named = [g for g in decisions if g.status == "named"]
    for how in ("pronoun", "carried", "named"):
        gs = [g for g in named if g.how == how]
        wrong = [g for g in gs if not g.labels[g.chosen]]
        covered = [g for g in wrong if any(g.labels)]
        sizes = Counter(min(len(g.rows), 6) for g in gs)
        by_set = Counter(g.set_name for g in wrong)
        print(f"  {how} wrong by set: {dict(sorted(by_set.items()))}")
        print(
            f"{how}: {len(gs)} decisions with a named gold speaker, {len(wrong)} wrong; the right speaker a "
            f"candidate in {len(covered)} of those; candidates per decision {sorted(sizes.items())}"
        )


def main() -> int:
    """Collect (or load) the decisions, then study them."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--dirs", type=Path, required=True, help="a file listing the development sets")
    parser.add_argument("--cache", type=Path)
    parser.add_argument("--reach", type=int, default=40)
    parser.add_argument("--l2", type=float, default=1.0)
    args = parser.parse_args()
    if args.cache is not None and args.cache.is_file():
        decisions, figures = pickle.loads(args.cache.read_bytes())
    else:
        dirs = [Path(x.strip()) for x in args.dirs.read_text().splitlines() if x.strip()]
        decisions, figures, wrong = collect(dirs, 10**6)
        if args.cache is not None:
            args.cache.write_bytes(pickle.dumps((decisions, figures)))
        print("wrong-speaker errors by the scorer, all sets:", sum(wrong.values()), wrong)
    study(decisions, figures, args.l2, args.reach)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
