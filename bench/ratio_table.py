#!/usr/bin/env python3
"""Prints, from JMH's JSON results, each runtime's score next to Chicory's in the same run and their ratio.

Benchmarks take their runtime from the JMH parameter "runtime"; results that share the benchmark and every
other parameter are compared. A ratio below 1 means faster than Chicory (all modes here are time per op). Next to the ratio of JMH's
means, the ratio of the best (fastest) iterations: other processes on a small shared machine only ever add
time, so the best iterations are the less disturbed estimate when the errors are wide.
"""
import json
import math
import sys

BASELINE = "chicory"


def short_name(benchmark):
    # dev.wasm4j.bench.FibBenchmark.fib -> FibBenchmark.fib
    return ".".join(benchmark.split(".")[-2:])


def group_results(results):
    groups = {}
    for result in results:
        params = dict(result.get("params", {}))
        runtime = params.pop("runtime", None)
        if runtime is None:
            continue
        key = (short_name(result["benchmark"]), tuple(sorted(params.items())))
        metric = result["primaryMetric"]
        best = min(score for fork in metric["rawData"] for score in fork)
        groups.setdefault(key, {})[runtime] = (metric["score"], metric["scoreError"], metric["scoreUnit"], best)
    return groups


def format_number(value):
    if abs(value) >= 100:
        return f"{value:.0f}"
    if abs(value) >= 1:
        return f"{value:.2f}"
    return f"{value:.3f}"


def format_score(score):
    score, error, unit, _ = score
    error_text = "" if math.isnan(error) else f" ± {format_number(error)}"
    return f"{format_number(score)}{error_text} {unit}"


def main(path):
    with open(path) as f:
        groups = group_results(json.load(f))
    rows = []
    pure_ratios = []
    for (benchmark, params), by_runtime in sorted(groups.items()):
        baseline = by_runtime.get(BASELINE)
        if baseline is None:
            continue
        for runtime, score in sorted(by_runtime.items()):
            if runtime == BASELINE:
                continue
            ratio = score[0] / baseline[0]
            best_ratio = score[3] / baseline[3]
            if runtime == "pure":
                pure_ratios.append(ratio)
            param_text = " ".join(f"{k}={v}" for k, v in params)
            rows.append((benchmark, param_text, runtime, format_score(score), format_score(baseline),
                         f"{ratio:.2f}x", f"{best_ratio:.2f}x"))
    header = ("benchmark", "params", "runtime", "score", BASELINE, "ratio", "best-iteration ratio")
    widths = [max(len(row[i]) for row in rows + [header]) for i in range(len(header))]
    print(f"scores: JMH's mean ± 99.9% error; ratio = runtime/{BASELINE}, below 1 = faster than {BASELINE}")
    for row in [header] + rows:
        print("  ".join(cell.ljust(width) for cell, width in zip(row, widths)).rstrip())
    if pure_ratios:
        geomean = math.exp(sum(math.log(r) for r in pure_ratios) / len(pure_ratios))
        print(f"geometric mean pure/{BASELINE}: {geomean:.2f}x over {len(pure_ratios)} benchmarks (below 1 = pure faster)")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: ratio_table.py JMH_RESULTS.json")
    main(sys.argv[1])
