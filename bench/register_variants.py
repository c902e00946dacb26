"""Do the variants real sources write collapse to one register entry each? On a generated corpus.

    .venv/bin/python bench/register_variants.py [--plans 200] [--seed 1]

The corpus generator (bench/generate_corpus.py) cites each named document in the wordings real
plans use (“giai đoạn 2021 – 2030” / “10 năm 2021 – 2030”, “Liên hợp quốc” / “Liên hiệp quốc”,
the short and the full name of a congress resolution) and adds conversion typos (“giai đạon”).
For every document the generator names, this script lists the register entries its variants
(and their typo'd forms) ended up in, by following each mention of a variant to its entry.
One entry per document is the target; it prints a table and exits 1 when a document is split.
"""

from __future__ import annotations

import argparse
import importlib.util
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _generator():
    spec = importlib.util.spec_from_file_location("generate_corpus", ROOT / "bench" / "generate_corpus.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


NEAREST = 0.9  # a mention this close to one of a document's wordings is a mention of that document


def collapse(plans: int, seed: int) -> dict[str, dict[str, int]]:
    """document (its first variant) → register entry slug → number of mentions there."""
    from kb_build.link import link
    from kb_build.link.directives import name_key
    from kb_build.validate import validate_corpus

    generator = _generator()
    with tempfile.TemporaryDirectory(prefix="kb-variants-") as work:
        corpus = Path(work) / "corpus"
        generator.main(["--plans", str(plans), "--seed", str(seed), "--out", str(corpus)])
        kb = link(validate_corpus(corpus).corpus)
    from difflib import SequenceMatcher

    documents = {variants[0]: [name_key(v) for v in variants] for _, _, _, variants in generator.NAMED}
    found: dict[str, dict[str, int]] = {doc: defaultdict(int) for doc in documents}
    for slug, directive in kb.registry.directives.items():
        for mention in directive.mentions:
            if mention.citation.number or not mention.citation.name:
                continue
            written = name_key(mention.citation.name)
            # the document whose wording is closest (a typo'd variant is still nearest its own)
            score, document = max(
                (max(SequenceMatcher(None, written, k).ratio() for k in keys), document)
                for document, keys in documents.items()
            )
            if score >= NEAREST:
                found[document][slug] += 1
    return {doc: dict(entries) for doc, entries in found.items() if entries}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--plans", type=int, default=200)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    result = collapse(args.plans, args.seed)
    print("| document (first wording) | entries | mentions |\n| --- | ---: | ---: |")
    split = 0
    for document, entries in sorted(result.items()):
        split += len(entries) > 1
        print(f"| {document} | {len(entries)} | {sum(entries.values())} |")
    print(f"\n{len(result)} documents cited by name, {split} split over several entries")
    return 1 if split else 0


if __name__ == "__main__":
    sys.exit(main())
