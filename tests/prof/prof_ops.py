# Opcode counts of micropython.profile("ops") are exact; pairs and per-code counts agree.
import micropython


def f(n):
    x = 0
    for i in iter(range(n)):   # a plain FOR_ITER loop (range() itself compiles to a counter)
        x += i
    return x


with micropython.profile("ops") as p:
    f(100)
d = p.data()
print(sorted(d.keys()))
ops = d["ops"]
print("INPLACE_ADD", ops["INPLACE_ADD"])
print("FOR_ITER", ops["FOR_ITER"])
print("STORE_FAST", ops["STORE_FAST"])
print("total", d["ops_total"] == sum(ops.values()))
# every pair is counted in both of its opcodes
for a, b, n in d["op_pairs"]:
    assert n <= ops[a] and n <= ops[b], (a, b, n)
print("pairs", [a + ">" + b for a, b, n in d["op_pairs"] if n >= 100])
fcode = [c for c in d["code"] if c["name"] == "f"]
print("f ops", len(fcode), fcode[0]["ops"], fcode[0]["line"])
print("per-code sum", sum(c["ops"] for c in d["code"]) <= d["ops_total"])

# start()/stop() give the same data; a loop of N iterations runs the add N times
for n in (0, 1, 7, 1000):
    p2 = micropython.profile("ops")
    p2.start()
    f(n)
    r = p2.stop()
    print(n, r["ops"].get("INPLACE_ADD", 0), r["ops"]["FOR_ITER"])
print(r is p2.data())

# a frame running when profiling starts is profiled from there on
p3 = micropython.profile("ops").start()
y = 0
for i in iter(range(10)):
    y += i
r = p3.stop()
print("module loop", r["ops"]["INPLACE_ADD"], r["ops"]["FOR_ITER"])

# opcodes that share one handler in the VM keep their own pairs
def g(n):
    a = 0
    b = 0
    for i in iter(range(n)):
        b = a + i
        a -= 1
        a += b
        b = b - a
    return a


with micropython.profile("ops") as p5:
    g(50)
pairs = {x + ">" + y: n for x, y, n in p5.data()["op_pairs"]}
for k in ("BINARY_ADD", "INPLACE_SUBTRACT", "INPLACE_ADD", "BINARY_SUBTRACT"):
    print(k + ">STORE_FAST", pairs.get(k + ">STORE_FAST"))
print("g ops", [c["ops"] for c in p5.data()["code"] if c["name"] == "g"])

# errors
try:
    micropython.profile("bogus")
except ValueError:
    print("ValueError")
try:
    micropython.profile(1)
except TypeError:
    print("TypeError")
try:
    p2.stop()
except RuntimeError:
    print("RuntimeError not running")
p4 = micropython.profile("ops").start()
try:
    micropython.profile("gc").start()
except RuntimeError:
    print("RuntimeError already running")
p4.stop()
print(micropython.profile().data())
