#!/usr/bin/env python3
"""bench_table.py: times whole processes for tools/bench and prints one Markdown table.

    bench_table.py --factlint build-bench/factlint --inputs build-bench/bench-input-10mb \
        --example examples/council-budget.md --synthetic-db build-bench/synthetic-1000000-v1.db \
        --runs 5 --article-runs 30

Each row is one command run --runs times (--article-runs for the one-article rows): the median
wall time (measured here to the microsecond, not to GNU time's 10 ms), the throughput (input
bytes / median wall time) and the peak RSS (the largest of the runs' GNU time %M). A row whose runs take longer than
--row-budget seconds stops after the run that crossed it, and says how many runs it had.
The peers (hunspell -l, aspell list, codespell) read the same prose as the factlint rows (the
drafts' bodies, concatenated); their last column is factlint's spelling-alone time (row d) divided
by theirs: above 1, factlint is that many times slower.
"""

import argparse
import json
import os
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time


def run_once(cmd, stdin_path, timeout):
    """Runs cmd; returns (wall seconds, peak RSS in KiB, exit code or None on timeout, stderr)."""
    # GNU time reports the peak RSS: the ru_maxrss that os.wait4 gives for a child of this script
    # counts the forked Python before the exec, which is larger than aspell's or hunspell's.
    with tempfile.NamedTemporaryFile("r", suffix=".rss") as rss_file:
        timed = ["/usr/bin/time", "-f", "%M", "-o", rss_file.name] + cmd
        stdin = open(stdin_path, "rb") if stdin_path else subprocess.DEVNULL
        start = time.perf_counter()
        # A session of its own, so that a timeout ends the command with GNU time.
        proc = subprocess.Popen(timed, stdin=stdin, stdout=subprocess.DEVNULL,
                                stderr=subprocess.PIPE, start_new_session=True)
        try:
            _, err = proc.communicate(timeout=timeout)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.communicate()
            return time.perf_counter() - start, 0, None, ""
        finally:
            if stdin_path:
                stdin.close()
        wall = time.perf_counter() - start
        lines = rss_file.read().split()
    rss = int(lines[-1]) if lines and lines[-1].isdigit() else 0
    return wall, rss, proc.returncode, err.decode(errors="replace")


def measure(cmd, stdin_path, runs, budget, timeout, ok_codes):
    walls, rss = [], 0
    for _ in range(runs):
        wall, peak, code, err = run_once(cmd, stdin_path, timeout)
        if code is None:
            return {"error": f"timed out after {timeout:.0f} s"}
        if code not in ok_codes:
            last = (err.strip().splitlines() or ["?"])[-1]
            return {"error": f"exit {code}: {last}"}
        walls.append(wall)
        rss = max(rss, peak)
        if sum(walls) > budget:
            break
    return {"median": statistics.median(walls), "runs": len(walls), "rss_kib": rss}


def size_of(path):
    if os.path.isdir(path):
        return sum(os.path.getsize(os.path.join(path, f)) for f in os.listdir(path))
    return os.path.getsize(path)


def fmt_time(seconds):
    if seconds < 1:
        return f"{seconds * 1000:.1f} ms"
    return f"{seconds:.2f} s"


def fmt_mb(n):
    return f"{n / (1 << 20):.1f} MB" if n >= (1 << 20) else f"{n / 1024:.1f} KB"


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--factlint", required=True)
    p.add_argument("--inputs", required=True, help="make_bench_inputs.py's --out folder")
    p.add_argument("--example", required=True, help="the project's example article")
    p.add_argument("--synthetic-db", default="", help="the 1M-statement corpus ('' to skip)")
    p.add_argument("--synthetic-label", default="1M statements")
    p.add_argument("--runs", type=int, default=5)
    p.add_argument("--article-runs", type=int, default=30)
    p.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    p.add_argument("--row-budget", type=float, default=120)
    p.add_argument("--timeout", type=float, default=1800)
    p.add_argument("--json", help="also write the measurements here")
    args = p.parse_args()

    fl = args.factlint
    drafts = os.path.join(args.inputs, "drafts")
    prose = os.path.join(args.inputs, "prose.txt")
    names = sorted(os.listdir(drafts))
    one_draft = os.path.join(drafts, names[0])
    # A tenth of the drafts, to show whether peak RSS grows with the input.
    tenth = os.path.join(args.inputs, "drafts-tenth")
    shutil.rmtree(tenth, ignore_errors=True)
    os.makedirs(tenth)
    for name in names[: max(1, len(names) // 10)]:
        os.symlink(os.path.abspath(os.path.join(drafts, name)), os.path.join(tenth, name))

    # The same drafts as ndjson lines (README, "Whole archives"), for the stream mode.
    def ndjson_of(folder):
        path = folder.rstrip("/") + ".ndjson"
        with open(path, "w", encoding="utf-8") as out:
            for name in sorted(os.listdir(folder)):
                with open(os.path.join(folder, name), encoding="utf-8") as f:
                    out.write(json.dumps({"path": name, "text": f.read()}) + "\n")
        return path

    stream, tenth_stream = ndjson_of(drafts), ndjson_of(tenth)

    # Spelling alone: the configuration's `disable` lists every other rule, as a user would do.
    listed = subprocess.run([fl, "rules", "list"], check=True, capture_output=True, text=True)
    others = [line.split()[0] for line in listed.stdout.splitlines()
              if line.strip() and line.split()[0] != "spelling"]
    spelling_config = os.path.join(args.inputs, "spelling-only.factlint.yaml")
    with open(spelling_config, "w", encoding="utf-8") as f:
        f.write("# Written by tests/bench/bench_table.py: every rule but spelling disabled.\n")
        f.write("disable: [" + ", ".join(others) + "]\n")

    check = [fl, "check", "--fail-on", "never", "--format", "json"]
    jobs = ["--jobs", str(args.jobs)]
    n_drafts, n_tenth = len(names), len(os.listdir(tenth))
    rows = [
        ("(a) one article as a process: the example (all rules, default corpus)",
         check + [args.example], None, args.example, args.article_runs, {0}),
        (f"(a) one article as a process: a {fmt_mb(size_of(one_draft))} draft",
         check + [one_draft], None, one_draft, args.article_runs, {0}),
        (f"(b) batch: {n_drafts} drafts, all rules, default corpus, --jobs {args.jobs}",
         check + jobs + [drafts], None, drafts, args.runs, {0}),
        (f"(b) the same on a tenth ({n_tenth} drafts), for peak RSS against input size",
         check + jobs + [tenth], None, tenth, args.runs, {0}),
        (f"(b) the same as a stream (`--stdin-format ndjson`), --jobs {args.jobs}",
         check + jobs + ["--stdin-format", "ndjson", "-"], stream, drafts, args.runs, {0}),
        ("(b) the stream of a tenth, for peak RSS against input size",
         check + jobs + ["--stdin-format", "ndjson", "-"], tenth_stream, tenth, args.runs, {0}),
    ]
    if args.synthetic_db:
        rows.append((f"(c) batch with the synthetic corpus ({args.synthetic_label}), "
                     f"--jobs {args.jobs}",
                     check + jobs + ["--corpus", args.synthetic_db, drafts], None, drafts,
                     args.runs, {0}))
    rows += [
        ("(d) spelling alone (`disable:` every other rule), --jobs 1",
         check + ["--jobs", "1", "--config", spelling_config, drafts], None, drafts, args.runs,
         {0}),
    ]
    peers = [
        ("`aspell list` (aspell-en)", ["aspell", "list", "--lang=en"], prose, prose, {0}),
        ("`hunspell -l` (hunspell-en-us)", ["hunspell", "-l", "-d", "en_US"], prose, prose, {0}),
        ("`codespell`", ["codespell", prose], None, prose, {0, 65}),
    ]

    results = []
    for label, cmd, stdin_path, input_path, runs, ok in rows:
        r = measure(cmd, stdin_path, runs, args.row_budget, args.timeout, ok)
        results.append((label, input_path, r, None))
        print(f"  {label}: {r}", file=sys.stderr, flush=True)
    spelling = results[-1][2]
    for label, cmd, stdin_path, input_path, ok in peers:
        if shutil.which(cmd[0]) is None:
            results.append((label, input_path, {"error": f"{cmd[0]} not installed"}, None))
            continue
        r = measure(cmd, stdin_path, args.runs, args.row_budget, args.timeout, ok)
        ratio = spelling["median"] / r["median"] if "median" in r and "median" in spelling else None
        results.append((label, input_path, r, ratio))
        print(f"  {label}: {r}", file=sys.stderr, flush=True)

    print("| what | input | median wall (runs) | MB/s | peak RSS | (d) time ÷ peer time |")
    print("|---|---|---|---|---|---|")
    for label, input_path, r, ratio in results:
        size = size_of(input_path)
        if "error" in r:
            print(f"| {label} | {fmt_mb(size)} | {r['error']} | | | |")
            continue
        mbs = size / (1 << 20) / r["median"]
        print(f"| {label} | {fmt_mb(size)} | {fmt_time(r['median'])} ({r['runs']}) | "
              f"{mbs:.3g} | {r['rss_kib'] / 1024:.0f} MB | "
              f"{'' if ratio is None else f'{ratio:.3g}'} |")
    if args.json:
        with open(args.json, "w", encoding="utf-8") as f:
            json.dump([{"what": label, "input_bytes": size_of(path), **r, "ratio": ratio}
                       for label, path, r, ratio in results], f, indent=2)


if __name__ == "__main__":
    main()
