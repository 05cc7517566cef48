#!/usr/bin/env python3
"""Prints, from JMH's JSON results, one table: each runtime's score and its ratio to Chicory's and to
wasmtime's score in the same run (the wasmtime column only when wasmtime ran).

Benchmarks take their runtime from the JMH parameter "runtime"; results that share the benchmark and every
other parameter are compared. A ratio below 1 means faster than the baseline (all modes here are time per
op). Next to the ratio of JMH's means, in brackets, the ratio of the best (fastest) iterations: other
processes on a small shared machine only ever add time, so the best iterations are the less disturbed
estimate when the errors are wide.
"""
import json
import math
import sys

BASELINES = ("chicory", "wasmtime")
# Rows within a benchmark in this order; runtimes not listed follow, alphabetically.
RUNTIME_ORDER = ("pure", "pure-dynamic", "wasmtime", "chicory")


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


def runtime_order(runtime):
    if runtime in RUNTIME_ORDER:
        return (RUNTIME_ORDER.index(runtime), runtime)
    return (len(RUNTIME_ORDER), runtime)


def format_number(value):
    if abs(value) >= 100:
        return f"{value:.0f}"
    if abs(value) >= 1:
        return f"{value:.2f}"
    return f"{value:.3f}"


def format_score(score):
    score, error, unit, _ = score
    error = float(error)  # JMH writes "NaN" (a string) when one iteration gives no error
    error_text = "" if math.isnan(error) else f" ± {format_number(error)}"
    return f"{format_number(score)}{error_text} {unit}"


def geometric_mean(ratios):
    return math.exp(sum(math.log(r) for r in ratios) / len(ratios))


def main(path):
    with open(path) as f:
        groups = group_results(json.load(f))
    baselines = [b for b in BASELINES if any(b in by_runtime for by_runtime in groups.values())]
    rows = []
    # (runtime, baseline) -> ratios of means, for the geometric means; pure-dynamic is a call style, not a peer.
    ratios = {(runtime, baseline): [] for baseline in baselines for runtime in ("pure", "wasmtime")
              if runtime != baseline}
    for (benchmark, params), by_runtime in sorted(groups.items()):
        param_text = " ".join(f"{k}={v}" for k, v in params)
        for runtime in sorted(by_runtime, key=runtime_order):
            score = by_runtime[runtime]
            cells = [benchmark, param_text, runtime, format_score(score)]
            for baseline in baselines:
                base = by_runtime.get(baseline)
                if base is None or runtime == baseline:
                    cells.append("")
                    continue
                ratio = score[0] / base[0]
                cells.append(f"{ratio:.2f}x ({score[3] / base[3]:.2f}x)")
                if (runtime, baseline) in ratios:
                    ratios[(runtime, baseline)].append(ratio)
            rows.append(tuple(cells))
    header = ("benchmark", "params", "runtime", "score") + tuple(f"/{b} (best)" for b in baselines)
    widths = [max(len(row[i]) for row in rows + [header]) for i in range(len(header))]
    print("scores: JMH's mean ± 99.9% error; /X = this runtime's time / X's, below 1 = faster than X;"
          " (best) = the same for the fastest iterations")
    for row in [header] + rows:
        print("  ".join(cell.ljust(width) for cell, width in zip(row, widths)).rstrip())
    means = [f"{runtime}/{baseline} {geometric_mean(found):.2f}x over {len(found)}"
             for (runtime, baseline), found in ratios.items() if found]
    if means:
        print("geometric means of the ratios: " + ", ".join(means) + " (below 1 = the first faster)")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: ratio_table.py JMH_RESULTS.json")
    main(sys.argv[1])
