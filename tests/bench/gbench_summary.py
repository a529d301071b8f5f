#!/usr/bin/env python3
"""gbench_summary.py: Google Benchmark JSON files (--benchmark_out) as one Markdown table.

    gbench_summary.py build-bench/check_bench.json build-bench/match_bench.json

One row per benchmark: its time per iteration (the median of the repetitions when there were
several, else the one run), MB/s when it set bytes processed, and its counters (per_claim in µs,
claims, findings ...). A BM_Rule/<input>/<kind>:<id> row also gets the rule's own cost: its time
minus that of BM_Rule/<input>/none (RuleSet::Run with no rule: matching and the ledger). A
benchmark that was skipped says why.
"""

import json
import sys


def rows_of(path):
    runs = json.load(open(path, encoding="utf-8"))["benchmarks"]
    chosen, errors = {}, {}
    for r in runs:
        name = r.get("run_name", r["name"])
        if r.get("error_occurred"):
            errors[name] = r.get("error_message", "?")
        elif r.get("aggregate_name") == "median":
            chosen[name] = r
        elif r.get("run_type") == "iteration" and name not in chosen:
            chosen[name] = r
    order = []
    for r in runs:
        name = r.get("run_name", r["name"])
        if name not in order:
            order.append(name)
    return [(name, chosen.get(name), errors.get(name)) for name in order]


def seconds(r):
    scale = {"ns": 1e-9, "us": 1e-6, "ms": 1e-3, "s": 1.0}[r.get("time_unit", "ns")]
    return r["real_time"] * scale


def fmt_time(s):
    if s < 1e-3:
        return f"{s * 1e6:.1f} µs"
    if s < 1:
        return f"{s * 1e3:.2f} ms"
    return f"{s:.2f} s"


def main():
    print("| benchmark | time | MB/s | rule's own cost | counters |")
    print("|---|---|---|---|---|")
    for path in sys.argv[1:]:
        try:
            rows = rows_of(path)
        except (OSError, ValueError, KeyError) as e:
            print(f"| {path} | not read: {e} | | | |")
            continue
        times = {name: seconds(r) for name, r, _ in rows if r}
        for name, r, error in rows:
            if r is None:
                print(f"| {name} | skipped: {error} | | | |")
                continue
            t = seconds(r)
            mbs = f"{r['bytes_per_second'] / (1 << 20):.1f}" if "bytes_per_second" in r else ""
            own = ""
            if name.startswith("BM_Rule/") and not name.endswith("/none"):
                base = times.get(name.rsplit("/", 1)[0] + "/none")
                if base is not None:
                    own = fmt_time(max(t - base, 0.0))
            counters = []
            for key in ("per_claim", "claims", "matched", "findings"):
                if key in r:
                    value = r[key]
                    counters.append(f"{key} {fmt_time(value)}" if key == "per_claim"
                                    else f"{key} {value:.0f}")
            print(f"| {name} | {fmt_time(t)} | {mbs} | {own} | {', '.join(counters)} |")


if __name__ == "__main__":
    main()
