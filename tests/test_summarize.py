"""Summaries: real sentences, exact substrings in article order, every method, size guard, no NLTK data."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from digest.core.ingest import load_article, parse_article
from digest.core.model import Article
from digest.core.summarize import METHODS, Summary, summarize
from digest.core.summarize.sentences import article_sentences, split_text
from digest.core.summarize.sumy_methods import BUDGETS
from tests.conftest import POLYGRAPH, ROOT, SAMPLE


@pytest.fixture(scope="module")
def sample() -> Article:
    return load_article(SAMPLE)


def _position(article: Article, sentence: str) -> tuple[int, int]:
    """Where a summary sentence is: (section index, offset), failing when it is not an exact substring."""
    for index, section in enumerate(article.sections):
        offset = section.text.find(sentence)
        if offset >= 0:
            return index, offset
    raise AssertionError(f"not an exact substring of any section: {sentence!r}")


def _check(article: Article, summary: Summary, count: int) -> None:
    assert len(summary.sentences) == min(count, len(article_sentences(article)))
    positions = [_position(article, s) for s in summary.sentences]
    assert positions == sorted(positions), "summary sentences out of article order"
    assert len(summary.sections) == len(article.sections)
    for index, (section, section_summary) in enumerate(zip(article.sections, summary.sections, strict=True)):
        assert section_summary.title == section.title
        offsets = [section.text.find(s) for s in section_summary.sentences]
        assert all(o >= 0 for o in offsets) and offsets == sorted(offsets)
        own = [s for s in article_sentences(article) if s.section == index]
        assert len(section_summary.sentences) == min(count, len(own))


@pytest.mark.parametrize("method", METHODS)
def test_every_method_gives_n_sentences_in_order(sample: Article, method: str) -> None:
    summary = summarize(sample, 3, method)
    assert summary.method == method and summary.note is None
    _check(sample, summary, 3)


@pytest.mark.parametrize("count", [1, 2, 5])
def test_default_honours_the_count(sample: Article, count: int) -> None:
    _check(sample, summarize(sample, count), count)


def test_no_heading_or_embed_debris_in_any_summary(sample: Article) -> None:
    headings = [t for t in sample.section_titles]
    for method in METHODS:
        summary = summarize(sample, 5, method)
        for sentence in summary.sentences + [s for part in summary.sections for s in part.sentences]:
            assert not any(sentence.startswith(h + " ") or sentence.startswith(h + "\n") for h in headings)
            assert "6137063075001" not in sentence and "video" not in sentence.split()[:1]
            assert "\n" not in sentence


def test_sections_are_summarised_separately(sample: Article) -> None:
    summary = summarize(sample, 2)
    dirty_war = next(s for s in summary.sections if s.title == "Dirty war")
    section = next(s for s in sample.sections if s.title == "Dirty war")
    assert dirty_war.sentences and all(s in section.text for s in dirty_war.sentences)


def test_quotation_split_by_attribution_stays_one_sentence() -> None:
    text = (
        'He continued: "If they want to learn the hard way, we will give them that." '
        '"Turkey does not want war. But Turkey will not hesitate to use force," he added.'
    )
    assert split_text(text) == [
        'He continued: "If they want to learn the hard way, we will give them that."',
        '"Turkey does not want war. But Turkey will not hesitate to use force," he added.',
    ]


def test_attribution_tail_is_merged() -> None:
    text = "“We will not give up. We will win.” He added. Then the meeting ended."
    sentences = split_text(text)
    assert sentences[0] == "“We will not give up. We will win.” He added."
    assert sentences[-1] == "Then the meeting ended."


def test_unbalanced_quote_does_not_swallow_the_paragraph() -> None:
    text = 'He said "it is over. ' + " ".join(f"Sentence number {i} is here." for i in range(10))
    assert len(split_text(text)) >= 8


def test_captions_and_boilerplate_are_avoided_by_default() -> None:
    body = "\n\n".join(
        [
            "The city council approved the new budget on Tuesday after a long debate over school funding.",
            "PHOTO: GETTY IMAGES",
            "Council members said the budget would raise spending on schools and roads next year.",
            "Read more: budget coverage",
            "The mayor said the budget was the best the city could afford and praised the council.",
            "Critics said the budget ignored rising housing costs and would leave renters behind.",
        ]
    )
    article = parse_article("Council passes budget\n\n" + body, "budget.txt", "text")
    summary = summarize(article, 3)
    assert not any("PHOTO" in s or "Read more" in s for s in summary.sentences)


def _long_article(sentences: int) -> Article:
    paragraphs = [
        f"Officials in district {i} said the river rose {i % 7} metres overnight. "
        f"Residents of street {i} were moved to shelters by the army."
        for i in range(sentences // 2)
    ]
    return parse_article("Floods\n\n" + "\n\n".join(paragraphs), "floods.txt", "text")


def test_expensive_method_on_a_huge_text_falls_back_with_a_note() -> None:
    article = _long_article(2 * (BUDGETS["kl"] + 10))
    summary = summarize(article, 3, "kl")
    assert summary.method == "default"
    assert summary.note and "kl" in summary.note and "default" in summary.note
    _check(article, summary, 3)


def test_default_runs_on_long_text() -> None:
    article = _long_article(600)
    _check(article, summarize(article, 4), 4)


def test_unknown_method_and_bad_count_are_errors(sample: Article) -> None:
    with pytest.raises(ValueError):
        summarize(sample, 3, "nope")
    with pytest.raises(ValueError):
        summarize(sample, 0)


def test_results_are_cached_but_content_matters(sample: Article) -> None:
    assert summarize(sample, 3) is summarize(sample, 3)
    assert summarize(sample, 3, cache=False) == summarize(sample, 3)
    changed = Article(sample.title, sample.source, sample.sections[1:])
    assert summarize(changed, 3).sentences != summarize(sample, 3).sentences


def test_html_article_summaries_are_substrings() -> None:
    article = load_article(POLYGRAPH)
    for method in ("default", "lexrank", "edmundson"):
        _check(article, summarize(article, 3, method), 3)


def test_works_with_no_nltk_data_and_a_fresh_home(tmp_path: Path) -> None:
    empty = tmp_path / "nltk_data"
    empty.mkdir()
    home = tmp_path / "home"
    home.mkdir()
    script = (
        "import nltk\n"
        f"nltk.data.path[:] = [{str(empty)!r}]\n"
        "from digest.core.ingest import load_article\n"
        "from digest.core.summarize import METHODS, summarize\n"
        "from pathlib import Path\n"
        f"article = load_article(Path({str(SAMPLE)!r}))\n"
        "for method in METHODS:\n"
        "    assert len(summarize(article, 3, method).sentences) == 3, method\n"
        "try:\n"
        "    nltk.data.find('tokenizers/punkt_tab')\n"
        "except LookupError:\n"
        "    print('no punkt')\n"
    )
    env = {k: v for k, v in os.environ.items() if not k.startswith(("NLTK", "XDG"))}
    env.update(NLTK_DATA=str(empty), HOME=str(home), PYTHONPATH=str(ROOT))
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, cwd=tmp_path, env=env, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert "no punkt" in result.stdout


def test_default_method_does_not_import_nltk_or_sumy() -> None:
    import subprocess
    import sys

    code = (
        "import sys\n"
        "from digest.core.ingest import load_article\n"
        "from digest.core.summarize import summarize\n"
        "from pathlib import Path\n"
        "summarize(load_article(Path('seeds/idlib-seed.txt')))\n"
        "print(','.join(m for m in sys.modules if m.split('.')[0] == 'nltk' or m.startswith('sumy.')))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == ""


def test_a_split_with_no_space_after_it_is_no_sentence_end() -> None:
    text = "Other files stay in ../data/archive/ and are not copied here. The next sentence stands alone."
    assert split_text(text) == [
        "Other files stay in ../data/archive/ and are not copied here.",
        "The next sentence stands alone.",
    ]
