# ffi.callback: Python functions called from C (qsort) and round trips through C.
try:
    import ffi
except ImportError:
    print("SKIP")
    raise SystemExit
import struct

libc = ffi.open("libc.so.6")
qsort = libc.func("v", "qsort", "pLLp")

# sort one-byte items
def cmp_bytes(pa, pb):
    return ffi.as_bytearray(pa, 1)[0] - ffi.as_bytearray(pb, 1)[0]

cb = ffi.callback("i", cmp_bytes, "pp")
s = bytearray(b"foobar")
qsort(s, len(s), 1, cb)
print(s)
print(type(cb.cfun()) is int and cb.cfun() != 0)

# sort C ints held in a bytearray
values = [5, -3, 100, 0, 42, -77, 8, 8, 1]
n = len(values)
arr = bytearray(struct.pack("%di" % n, *values))
calls = [0]

def cmp_ints(pa, pb):
    calls[0] += 1
    a = struct.unpack("i", ffi.as_bytearray(pa, 4))[0]
    b = struct.unpack("i", ffi.as_bytearray(pb, 4))[0]
    return (a > b) - (a < b)

qsort(arr, n, 4, ffi.callback("i", cmp_ints, "pp"))
print(list(struct.unpack("%di" % n, arr)))
print(calls[0] > 0)

# descending, with the argument codes given as a list and the callback passed by address
def cmp_desc(pa, pb):
    return ffi.as_bytearray(pb, 1)[0] - ffi.as_bytearray(pa, 1)[0]

cb_desc = ffi.callback("i", cmp_desc, ["p", "p"])
s = bytearray(b"micropython")
qsort(s, len(s), 1, cb_desc.cfun())
print(s)

# a callback called through ffi.func: each type code in and out. Given the callback object
# (not just its address from cfun()), the function keeps the callback alive.
def identity(x):
    return x

for code, val in (("b", -5), ("B", 250), ("h", -300), ("H", 65000), ("i", -(2**31)),
                  ("I", 2**32 - 1), ("l", -(2**63)), ("L", 2**64 - 1), ("q", -(2**40)),
                  ("Q", 2**64 - 1), ("d", 0.1), ("f", 1.5)):
    f = ffi.func(code, ffi.callback(code, identity, code), code)
    print(code, f(val))

# narrow integer results are truncated to the C type
f = ffi.func("B", ffi.callback("B", identity, "i"), "i")
print(f(257))
f = ffi.func("b", ffi.callback("b", identity, "i"), "i")
print(f(255))

# several mixed arguments
def mix(a, b, c, d):
    return a + b * c + d

cb_mix = ffi.callback("d", mix, "idfq")
print(ffi.func("d", cb_mix.cfun(), "idfq")(1, 2.5, 4, 10))

# char * arguments arrive as str
def strarg(s, n):
    print("got", repr(s), n)
    return len(s) + n

cb_s = ffi.callback("i", strarg, "si")
print(ffi.func("i", cb_s.cfun(), "si")("hello", 3))
print(ffi.func("i", cb_s.cfun(), "si")(b"bytes", 0))

# 'O': Python objects pass through C unchanged
obj = {"key": [1, 2]}
cb_o = ffi.callback("O", lambda o: o, "O")
back = ffi.func("O", cb_o.cfun(), "O")(obj)
print(back is obj, back)

# void callback
seen = []
cb_v = ffi.callback("v", lambda a: seen.append(a), "i")
print(ffi.func("v", cb_v.cfun(), "i")(7), seen)

# a callback that calls C again (nested foreign calls)
strlen = libc.func("L", "strlen", "s")
cb_n = ffi.callback("L", lambda s: strlen(s) * 2, "s")
print(ffi.func("L", cb_n.cfun(), "s")("abcd"))

# an exception in a callback is raised when the foreign call returns
def bad_cmp(pa, pb):
    raise ValueError("from callback")

s = bytearray(b"zyxwvu")
try:
    qsort(s, len(s), 1, ffi.callback("i", bad_cmp, "pp"))
except ValueError as e:
    print("ValueError:", e)

count = [0]
def fail_later(pa, pb):
    count[0] += 1
    if count[0] == 3:
        raise KeyError("third")
    return ffi.as_bytearray(pa, 1)[0] - ffi.as_bytearray(pb, 1)[0]

try:
    qsort(bytearray(b"qwertyuiop"), 10, 1, ffi.callback("i", fail_later, "pp"))
except KeyError as e:
    print("KeyError:", e, count[0])

# the exception of a nested call goes to the right caller
def inner_raises(x):
    raise RuntimeError("inner %d" % x)

f_inner = ffi.func("i", ffi.callback("i", inner_raises, "i"), "i")

def outer(x):
    try:
        f_inner(x)
    except RuntimeError as e:
        print("caught", e)
    return x + 1

print(ffi.func("i", ffi.callback("i", outer, "i"), "i")(41))

# a bad return value is an exception too
f_badret = ffi.func("i", ffi.callback("i", lambda: "str", ""), "")
try:
    f_badret()
except TypeError:
    print("TypeError")

# callbacks with the heap locked cannot allocate
cb_lock = ffi.callback("i", lambda a: a + 1, "i", lock=True)
print(ffi.func("i", cb_lock.cfun(), "i")(1))
cb_lock2 = ffi.callback("i", lambda a: len([a, a]), "i", lock=True)
try:
    ffi.func("i", cb_lock2.cfun(), "i")(1)
except MemoryError:
    print("MemoryError")

# many callbacks created and dropped are freed by the GC
import gc
for i in range(200):
    c = ffi.callback("i", identity, "i")
    assert ffi.func("i", c.cfun(), "i")(i) == i
    assert ffi.func("i", ffi.callback("i", identity, "i"), "i")(i) == i
c = None
gc.collect()
print(ffi.func("i", ffi.callback("i", identity, "i"), "i")(123))
print("done")
