#!/usr/bin/env python3
"""make_bench_inputs.py: the inputs of tools/bench, made from English prose found on the machine.

    make_bench_inputs.py --out build-bench/bench-input --megabytes 10 --drafts 1000

Writes into --out:
  prose.txt     the prose alone, about --megabytes MB: what the peers (aspell, hunspell, codespell)
                read, and the drafts' bodies concatenated
  prose.md      the same text as one article, with a front matter date (for the stage benchmarks)
                (paragraphs wrapped at 80 columns)
  drafts/       --drafts articles (draft-0001.md ...), the same text cut at paragraph boundaries,
                each with front matter (title, date in 2022-01-31..2022-02-11, the window of the
                default corpus's exchange rates)
  manifest.json the sources read, the unique prose found, and the errors planted

The prose is paragraphs of the licence texts in /usr/share/common-licenses, the copyright, README
and NEWS files under /usr/share/doc, CMake's reStructuredText help, the GNU Info manuals, Perl's
POD and Python's pydoc topics (inline markup removed), kept
only when they read as sentences (words, not code), deduplicated and shuffled. Where the machine has
less unique prose than asked for, the paragraphs are used again (in a new order, with new errors);
the manifest says how much was unique. Between them stand news sentences with money conversions.

Errors are planted from a fixed seed, so the same machine gives byte-identical inputs:
misspellings (two letters swapped, one dropped or doubled, in a lower-case word of 6+ letters,
about 1 word in 150), doubled words (about 1 in 500) and conversions that do not fit the exchange
rate (a third of the conversion sentences).
"""

import argparse
import glob
import gzip
import json
import os
import random
import re
import sys
import textwrap

WORD = re.compile(r"[A-Za-z]+")
# Characters that mark a paragraph as code, markup, a table or an address list, not prose.
NOT_PROSE = re.compile(r"[`{}<>=_|\\@#*\[\]~^$]|::|\.\.|--|https?:|www\.|\t")


def read_text(path):
    try:
        opener = gzip.open if path.endswith(".gz") else open
        with opener(path, "rt", encoding="utf-8", errors="strict") as f:
            return f.read()
    except (OSError, UnicodeDecodeError, EOFError):
        return ""


def source_files():
    files = sorted(p for p in glob.glob("/usr/share/common-licenses/*") if os.path.isfile(p))
    doc = "/usr/share/doc"
    for pattern in ("*/copyright", "*/README*", "*/NEWS*"):
        files += sorted(p for p in glob.glob(os.path.join(doc, pattern)) if os.path.isfile(p))
    files += sorted(glob.glob("/usr/share/cmake-*/Help/**/*.rst", recursive=True))
    files += sorted(glob.glob("/usr/share/info/*.info*"))
    files += sorted(glob.glob("/usr/share/perl/*/**/*.pod", recursive=True))
    # Symlinked duplicates (many copyright files point at one another) are read once.
    seen, unique = set(), []
    for p in files:
        real = os.path.realpath(p)
        if real not in seen:
            seen.add(real)
            unique.append(p)
    return unique


def pydoc_topics():
    try:
        import pydoc_data.topics as topics
    except ImportError:
        return []
    return [topics.topics[k] for k in sorted(topics.topics)]


# Inline markup whose words are prose: reStructuredText roles and literals, POD's B<...>, Texinfo's
# `quotes' and typographic quotes.
MARKUP = [(re.compile(r":[a-z:]+:`([^`<]*?)(?: <[^>]*>)?`"), r"\1"),
          (re.compile(r"``([^`]*)``"), r"\1"),
          (re.compile(r"\b[BCIFL]<([^<>]*)>"), r"\1"),
          (re.compile(r"[`\u2018\u2019]"), "'"),
          (re.compile(r"[\u201c\u201d]"), '"')]


def paragraphs(text):
    for block in re.split(r"\n\s*\n", text):
        para = " ".join(block.split())
        for pattern, replacement in MARKUP:
            para = pattern.sub(replacement, para)
        if len(para) < 80 or len(para) > 2000 or NOT_PROSE.search(para):
            continue
        if para[-1] not in ".!?" or not para[0].isupper():
            continue
        words = para.split()
        if len(words) < 12:
            continue
        alpha = sum(1 for w in words if WORD.fullmatch(w.strip(".,;:!?'\"()")))
        if alpha < 0.85 * len(words):
            continue
        yield para


def misspell(word, rng):
    i = rng.randrange(1, len(word) - 2)
    kind = rng.randrange(3)
    if kind == 0:
        return word[:i] + word[i + 1] + word[i] + word[i + 2:]  # two letters swapped
    if kind == 1:
        return word[:i] + word[i + 1:]  # one dropped
    return word[:i] + word[i] + word[i:]  # one doubled


def plant_errors(para, rng, counts):
    out = []
    for token in para.split(" "):
        core = token.strip(".,;:!?'\"()")
        if len(core) >= 6 and core.isalpha() and core.islower() and rng.random() < 1 / 150:
            token = token.replace(core, misspell(core, rng), 1)
            counts["misspellings"] += 1
        elif core.isalpha() and core.islower() and token == core and rng.random() < 1 / 500:
            out.append(token)  # "the the"
            counts["doubled_words"] += 1
        out.append(token)
    return " ".join(out)


SUBJECTS = ["The city council", "The port authority", "The ministry", "The hospital trust",
            "The transport agency", "The university", "The water company", "The regional fund"]
VERBS = ["spent", "borrowed", "set aside", "paid out", "raised", "lost"]
PURPOSES = ["on the new bridge", "for flood defences", "on school repairs", "to cover pensions",
            "on the harbour project", "for the housing programme"]
USD_PER_EUR = 1.14  # about the ECB reference rate in the window of the drafts' dates


def conversion_sentence(rng, counts):
    dollars = rng.choice([2, 5, 8, 12, 15, 20, 25, 40, 50, 75, 120, 300])
    if rng.random() < 1 / 3:
        euros = round(dollars * USD_PER_EUR)  # the rate applied the wrong way round
        counts["wrong_conversions"] += 1
    else:
        euros = round(dollars / USD_PER_EUR)
        counts["right_conversions"] += 1
    return (f"{rng.choice(SUBJECTS)} said it {rng.choice(VERBS)} {dollars} million dollars "
            f"(about {euros} million euros) {rng.choice(PURPOSES)} last year.")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--out", required=True)
    parser.add_argument("--megabytes", type=float, default=10)
    parser.add_argument("--drafts", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()

    files = source_files()
    pool, seen = [], set()
    for text in [read_text(p) for p in files] + pydoc_topics():
        for para in paragraphs(text):
            if para not in seen:
                seen.add(para)
                pool.append(para)
    if not pool:
        sys.exit("make_bench_inputs.py: no English prose found on this machine")
    unique_bytes = sum(len(p.encode()) + 2 for p in pool)

    rng = random.Random(args.seed)
    counts = {"misspellings": 0, "doubled_words": 0, "wrong_conversions": 0,
              "right_conversions": 0}
    total = int(args.megabytes * (1 << 20))
    per_draft = total // args.drafts
    drafts_dir = os.path.join(args.out, "drafts")
    os.makedirs(drafts_dir, exist_ok=True)
    for old in glob.glob(os.path.join(drafts_dir, "*.md")):
        os.remove(old)

    order, next_para = [], 0
    bodies = []
    for n in range(1, args.drafts + 1):
        body = f"# Draft {n}\n\n"
        since_conversion = 0
        while len(body.encode()) < per_draft:
            if next_para == len(order):
                order = pool[:]
                rng.shuffle(order)
                next_para = 0
            para = plant_errors(order[next_para], rng, counts)
            next_para += 1
            since_conversion += len(para)
            if since_conversion > 2000:  # one conversion every 2 KB or so
                para += " " + conversion_sentence(rng, counts)
                since_conversion = 0
            # Wrapped at 80 columns, as an editor writes them (hunspell -l slows down on long lines).
            body += textwrap.fill(para, 80, break_long_words=False, break_on_hyphens=False)
            body += "\n\n"
        bodies.append(body)
        day = ["2022-01-31", "2022-02-01", "2022-02-02", "2022-02-03", "2022-02-04", "2022-02-07",
               "2022-02-08", "2022-02-09", "2022-02-10", "2022-02-11"][n % 10]
        with open(os.path.join(drafts_dir, f"draft-{n:04d}.md"), "w", encoding="utf-8") as f:
            f.write(f"---\ntitle: Draft {n}\ndate: {day}\n---\n\n{body}")

    prose = "".join(bodies)
    with open(os.path.join(args.out, "prose.txt"), "w", encoding="utf-8") as f:
        f.write(prose)
    with open(os.path.join(args.out, "prose.md"), "w", encoding="utf-8") as f:
        f.write("---\ndate: 2022-02-08\n---\n\n" + prose)
    manifest = {
        "seed": args.seed,
        "source_files": len(files),
        "unique_paragraphs": len(pool),
        "unique_prose_bytes": unique_bytes,
        "prose_bytes": len(prose.encode()),
        "words": len(prose.split()),
        "drafts": args.drafts,
        "planted": counts,
    }
    with open(os.path.join(args.out, "manifest.json"), "w", encoding="utf-8") as f:
        json.dump(manifest, f, indent=2)
        f.write("\n")
    print(json.dumps(manifest))


if __name__ == "__main__":
    main()
