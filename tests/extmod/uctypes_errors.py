# uctypes: bad descriptors and out-of-bounds accesses raise, never crash
import uctypes

buf = bytearray(8)
a = uctypes.addressof(buf)


def check(f):
    try:
        r = f()
        print("ok", r)
    except Exception as e:
        print(type(e).__name__, e)


check(lambda: uctypes.struct(a, 5))
check(lambda: uctypes.struct(a, [1, 2]))
check(lambda: uctypes.struct(a, {}, 7))
check(lambda: uctypes.struct(1.5, {}))
check(lambda: uctypes.sizeof(3))
check(lambda: uctypes.sizeof({"a": "b"}))
check(lambda: uctypes.sizeof({"a": -1}))
check(lambda: uctypes.sizeof({"a": 1.5}))
check(lambda: uctypes.sizeof({"a": (1,)}))
check(lambda: uctypes.sizeof({"a": (1, 2, 3, 4)}))
check(lambda: uctypes.sizeof({"a": (3 << 29, 1)}))
check(lambda: uctypes.sizeof({"a": (0, 5)}))
check(lambda: uctypes.sizeof({"a": (0 | uctypes.ARRAY, "n")}))
check(lambda: uctypes.sizeof({"a": (0 | uctypes.ARRAY, 2 | uctypes.BFUINT8)}))
check(lambda: uctypes.sizeof({}))

# a descriptor that contains itself
cyc = {}
cyc["me"] = (0, cyc)
check(lambda: uctypes.sizeof(cyc))
s = uctypes.struct(a, cyc)
check(lambda: bytes(s))
check(lambda: s.me.me.me is not None)

# bad bitfields
s = uctypes.struct(a, {"z": 0 | uctypes.BFUINT8 | 0 << uctypes.BF_LEN, "wide": 0 | uctypes.BFUINT8 | 4 << uctypes.BF_POS | 5 << uctypes.BF_LEN})
check(lambda: s.z)
check(lambda: s.wide)

# bad stores
s = uctypes.struct(a, {"u": 0 | uctypes.UINT8, "f": 0 | uctypes.FLOAT32, "sub": (0, {"q": 0 | uctypes.UINT8})})
def st(name, v):
    setattr(s, name, v)
check(lambda: st("u", "x"))
check(lambda: st("u", 1.5))
check(lambda: st("f", "x"))
check(lambda: st("sub", 1))
check(lambda: delattr(s, "u"))
check(lambda: s[0])
check(lambda: len(s))

# bounds: every access derived from a heap buffer is checked
big = {"a": 0 | uctypes.UINT32, "b": 6 | uctypes.UINT32, "arr": (4 | uctypes.ARRAY, 100 | uctypes.UINT8)}
s = uctypes.struct(buf, big)
check(lambda: s.a)
check(lambda: s.b)
check(lambda: s.arr[3])
check(lambda: s.arr[4])
check(lambda: s.arr[99])
check(lambda: s.arr["x"])
check(lambda: bytes(s))
s = uctypes.struct(memoryview(buf)[4:], {"a": 0 | uctypes.UINT32, "b": 2 | uctypes.UINT32})
check(lambda: s.a)
check(lambda: s.b)
check(lambda: uctypes.bytes_at(a, -1))
check(lambda: len(uctypes.bytes_at(a, 8)))
check(lambda: uctypes.bytes_at(a, 1 << 20))
check(lambda: uctypes.bytes_at(0, 4))
check(lambda: uctypes.struct(0, {"a": 0 | uctypes.UINT8}).a)
check(lambda: uctypes.struct(0, (0 | uctypes.PTR, uctypes.UINT8))[0])
# a NULL pointer in memory
s = uctypes.struct(buf, {"p": (0 | uctypes.PTR, uctypes.UINT32), "ps": (0 | uctypes.PTR, {"x": 0 | uctypes.UINT8})})
check(lambda: s.p[0])
check(lambda: s.ps[0])
check(lambda: s.p[1 << 62])
