"""List the suspicious labels of a corpus (by default the built `ambiguity` corpus).

Runs :func:`listenbench.corpora.find_suspicious` (see ``corpora/_quality.py``):
the same text with different labels for one entity, relevant labels whose post
names neither the entity nor any alias, near-duplicate texts across splits,
and entities with one class only or too few labelled pairs.

Run (from the repository root)::

    python corpora/ambiguity/build/quality.py                 # the ambiguity corpus
    python corpora/ambiguity/build/quality.py PATH --min-pairs 30

Prints one line per suspicion and exits 1 if there is any (2 if the corpus
cannot be loaded).

Example:
    >>> main(["corpora/demo", "--min-pairs", "0"])  # doctest: +SKIP
    0
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

from listenbench.corpora import CorpusError, find_suspicious, load_corpus

DEFAULT_CORPUS = Path(__file__).resolve().parent.parent


def main(argv: Sequence[str] | None = None) -> int:
    """Command line: print the suspicions of one corpus; exit 1 if there are any."""
    parser = argparse.ArgumentParser(description="List suspicious labels of a corpus.")
    parser.add_argument(
        "corpus", nargs="?", default=str(DEFAULT_CORPUS), help="corpus folder or name"
    )
    parser.add_argument("--min-pairs", type=int, default=30, help="fewest pairs per entity")
    args = parser.parse_args(argv)
    try:
        corpus = load_corpus(args.corpus)
    except CorpusError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    suspicions = find_suspicious(corpus, min_pairs=args.min_pairs)
    for suspicion in suspicions:
        print(suspicion)
    kinds = Counter(s.kind for s in suspicions)
    summary = ", ".join(f"{n} {kind}" for kind, n in sorted(kinds.items())) or "none"
    print(
        f"{corpus.name}: {len(corpus.posts)} posts, {len(corpus.labels)} pairs; "
        f"suspicious: {summary}",
        file=sys.stderr,
    )
    return 1 if suspicions else 0


if __name__ == "__main__":
    sys.exit(main())
