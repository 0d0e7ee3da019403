# micropython.profile("calls"): call counts, callers/callees, inclusive >= exclusive time, and
# folded stacks whose counts sum to the number of stack samples taken.
import micropython


def c(n):
    s = 0
    for i in range(n):
        s += i
    return s


def b(n):
    return c(n) + c(n)


def a():
    return b(300) + b(700)


def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


def gen():
    for i in range(3):
        yield i


with micropython.profile("calls") as p:
    a()
    fib(10)
    list(gen())
    try:
        c(None)
    except TypeError:
        pass
d = p.data()
print(sorted(d.keys()))
by = {e["name"]: e for e in d["calls"]}
for name in ("a", "b", "c", "fib", "gen"):
    e = by[name]
    print(name, e["calls"], e["line"], e["incl_ns"] >= e["excl_ns"] >= 0, sorted(e["callers"].items()), sorted(e["callees"].items()))
print("samples", d["samples"] > 0)
total = 0
for line in d["folded"]:
    stack, n = line.rsplit(" ", 1)
    total += int(n)
print("folded sum", total == d["samples"])
print("c under b", any(l.startswith("a (prof_calls.py:18);b (prof_calls.py:14);c (prof_calls.py:7) ") for l in d["folded"]))
print("fib depth", max(l.count("fib") for l in d["folded"] if "fib" in l) <= 10)
