"""Precision and recall of the topic rules on passages of the seeds labelled by reading.

    .venv/bin/python bench/topic_accuracy.py [tests/topics/labelled.yaml]

Evaluates the phrase rules alone (editors' pins and removals are left out, since they are
corrections). Prints per topic and overall (micro-averaged over passage × topic decisions).
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

import yaml

from kb_build.link.topics import assign_topics
from kb_build.validate import validate_corpus

ROOT = Path(__file__).resolve().parent.parent
DEFAULT = ROOT / "tests" / "topics" / "labelled.yaml"


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0


def evaluate(path: Path = DEFAULT) -> tuple[Counts, dict[str, Counts], list[str]]:
    """Scores per topic and overall; ``errors`` also names every passage of the corpus that has no
    label, so that a topic assignment nobody checked by reading cannot hide."""
    labels = yaml.safe_load(path.read_text(encoding="utf-8"))
    corpus = validate_corpus(ROOT / "corpus").corpus
    topics = assign_topics(corpus.plans, corpus.glossary, overrides=False)
    labelled = {(item["plan"], item["anchor"]) for item in labels}
    unlabelled = [
        f"{plan.id}#{p.anchor}" for plan in corpus.plans for p in plan.passages if (plan.id, p.anchor) not in labelled
    ]
    per_topic = {topic_id: Counts() for topic_id in topics.by_id}
    overall, errors = Counts(), []
    for item in labels:
        gold = set(item["topics"] or ())
        found = set(topics.by_passage.get((item["plan"], item["anchor"]), ()))
        for topic_id in gold | found:
            counts = per_topic.setdefault(topic_id, Counts())
            if topic_id in gold and topic_id in found:
                counts.tp += 1
                overall.tp += 1
            elif topic_id in found:
                counts.fp += 1
                overall.fp += 1
                errors.append(f"{item['plan']}#{item['anchor']}: extra {topic_id}")
            else:
                counts.fn += 1
                overall.fn += 1
                errors.append(f"{item['plan']}#{item['anchor']}: missed {topic_id}")
    errors += [f"{where}: not labelled" for where in unlabelled]
    return overall, per_topic, errors


def main() -> None:
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT
    overall, per_topic, errors = evaluate(path)
    print(f"{'topic':<30} {'tp':>4} {'fp':>4} {'fn':>4} {'precision':>10} {'recall':>7}")
    for topic_id, c in sorted(per_topic.items()):
        print(f"{topic_id:<30} {c.tp:>4} {c.fp:>4} {c.fn:>4} {c.precision:>10.3f} {c.recall:>7.3f}")
    c = overall
    print(f"{'all (micro)':<30} {c.tp:>4} {c.fp:>4} {c.fn:>4} {c.precision:>10.3f} {c.recall:>7.3f}")
    for error in errors:
        print("  " + error)


if __name__ == "__main__":
    main()
