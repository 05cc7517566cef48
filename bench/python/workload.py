# A few seconds of typical CPython work for cold-start measurements (docs/decisions.md "Cold start"):
# ./wasm4j run --dir bench/python::/w ~/.cache/wasm4j/python-wasi-3.12.0/python.wasm /w/workload.py
import json, re, hashlib, itertools, collections, math, decimal, fractions, random
random.seed(7)
data = [{"id": i, "name": "item%d" % i, "score": random.random()} for i in range(2000)]
s = json.dumps(data, sort_keys=True)
print(len(s), hashlib.sha256(s.encode()).hexdigest()[:16])
words = re.findall(r"[a-z]+\d+", s)
print(len(words), collections.Counter(w[:5] for w in words).most_common(2))
print(sum(math.sqrt(i) for i in range(100000)))
print(decimal.Decimal(1) / decimal.Decimal(7), fractions.Fraction(355, 113) ** 3)
print(list(itertools.islice(itertools.permutations(range(6)), 3)))
try:
    {}["missing"]
except KeyError as e:
    print("caught", repr(e))
print(sorted(set(random.randint(0, 50) for _ in range(100)))[:10])
