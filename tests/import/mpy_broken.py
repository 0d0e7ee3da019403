# Hand-broken .mpy files: every field truncated or out of range must raise ValueError with
# "incompatible .mpy file" (or a more precise message), never crash or hang.
import os
import sys

HDR = b"M\x06\x00\x1f"
QSTRS = b"\x08t.py\x00" + b"\x0f"           # source file "t.py", static qstr 7 "<module>"


def uint(n):
    out = [n & 0x7F]
    n >>= 7
    while n:
        out.append(0x80 | (n & 0x7F))
        n >>= 7
    return bytes(reversed(out))


def fun(code, sig=b"\x10", size=b"\x02", name=b"\x01", children=b""):
    data = sig + size + name + code
    flag = 4 if children else 0
    return uint(len(data) << 3 | flag) + data + children


def mpy(code=b"\x51\x63", hdr=HDR, qstrs=QSTRS, n_qstr=2, objs=b"", n_obj=0, rc=None):
    return hdr + uint(n_qstr) + uint(n_obj) + qstrs + objs + (rc if rc is not None else fun(code))


n = 0


def load(data, show=True):
    global n
    n += 1
    name = "mpy_tmp_broken_%d" % n
    with open(name + ".mpy", "wb") as f:
        f.write(data)
    try:
        __import__(name)
        res = "ok"
    except ValueError as e:
        res = "ValueError: " + str(e.args[0])
    finally:
        os.remove(name + ".mpy")
        sys.modules.pop(name, None)
    if show:
        print(res)
    return res


load(mpy())
good = mpy(b"\x10\x00\x59\x51\x63", n_obj=1, objs=b"\x07\x0212")
load(good)
# every truncation of a valid file
bad = 0
for i in range(len(good)):
    if load(good[:i], False).startswith("ValueError: incompatible .mpy file"):
        bad += 1
print("truncations", bad == len(good))
# header
load(mpy(hdr=b"X\x06\x00\x1f"))
load(mpy(hdr=b"M\x05\x00\x1f"))
load(mpy(hdr=b"M\x06\x0b\x1f"))         # x64 native, sub-version 3
load(mpy(hdr=b"M\x06\x2b\x1f"))         # xtensawin
load(mpy(hdr=b"M\x06\xfc\x1f"))         # unknown arch
load(mpy(hdr=b"M\x06\x00\x7f"))         # small int bits too many
# tables
load(mpy(n_qstr=1000))
load(mpy(n_qstr=0, qstrs=b""))
load(mpy(qstrs=b"\x08t.py\x00" + b"\x01"))           # static qstr 0
load(mpy(qstrs=b"\x08t.py\x00" + uint(200 << 1 | 1)))
load(mpy(qstrs=b"\x08t.py\x01" + b"\x0f"))           # missing NUL
load(mpy(qstrs=b"\x04\xff\xfe\x00" + b"\x0f"))       # not UTF-8
load(mpy(qstrs=b"\xff\xff\xff\xff\xff\xff\x7f" + b"\x0f"))   # oversized vuint
load(mpy(n_obj=1, objs=b"\x0b"))                     # unknown tag
load(mpy(n_obj=1, objs=b"\x00"))                     # native function table
load(mpy(n_obj=1, objs=b"\x07\x0312x"))              # bad int text
load(mpy(n_obj=1, objs=b"\x08\x03abc"))              # bad float text
load(mpy(n_obj=1, objs=b"\x05\x02\xc3\x28\x00"))     # bad UTF-8 str
load(mpy(n_obj=1, objs=b"\x06\x05ab\x00"))           # bytes run past the end
load(mpy(n_obj=1, objs=b"\x0a\x01" * 100 + b"\x01"))  # tuples nested too deeply
load(mpy(n_obj=2, objs=b"\x01"))                     # fewer objects than counted
# raw code
load(mpy(rc=b"\x29" + b"\x10\x02\x01\x51\x63"))      # kind 1: native code
load(mpy(rc=b"\x2c" + b"\x10\x02\x01\x51\x63"))      # has children, count missing
load(mpy(rc=b"\x2c" + b"\x10\x02\x01\x51\x63\x00"))  # zero children
load(mpy() + b"\x00")                                # trailing data
load(mpy(rc=fun(b"\x51\x63", name=b"\x05")))         # name qstr out of range
load(mpy(rc=fun(b"\x51\x63", size=b"\x7e")))         # info size past the end
load(mpy(rc=fun(b"\x51\x63", sig=b"\x90")))          # truncated signature
# bytecode
load(mpy(b"\x00\x51\x63"))           # reserved opcode
load(mpy(b"\xfe\x51\x63"))           # opcode past the binary ops
load(mpy(b"\x59\x51\x63"))           # POP_TOP on an empty stack
load(mpy(b"\x51"))                   # runs off the end
load(mpy(b"\x42\x7f\x51\x63"))       # jump past the end
load(mpy(b"\x52\x42\x3f\x51\x63"))   # jump into the middle of an instruction
load(mpy(b"\x51\x43\x41\x51\x63"))   # inconsistent depth: POP_JUMP_IF_TRUE +1 over a push
load(mpy(b"\xb5\x63"))               # LOAD_FAST beyond n_state
load(mpy(b"\x23\x00\x63"))           # LOAD_CONST_OBJ with no objects
load(mpy(b"\x10\x07\x63"))           # LOAD_CONST_STRING qstr out of range
load(mpy(b"\x32\x00\x63"))           # MAKE_FUNCTION with no children
load(mpy(b"\x5d\x51\x63"))           # END_FINALLY outside a handler
load(mpy(b"\x49\x01\x51\x63"))       # SETUP_FINALLY never closed
load(mpy(b"\x5c\x51\x63"))           # WITH_CLEANUP outside a with
load(mpy(b"\x22\xff\xff\xff\xff\xff\xff\xff\xff\xff\x7f\x63"))   # small int too long
load(mpy(b"\x34\x05\x51\x63"))       # CALL_FUNCTION with too few items
load(mpy(b"\x40\x41\x01\x51\x63"))   # UNWIND_JUMP through a block that isn't there
load(mpy(b"\x4a\x00\x51\x63"))       # POP_EXCEPT_JUMP outside try/except
load(mpy(b"\x2e\x05\x63"))           # BUILD_SLICE 5
# an except handler's code reaching below its exception (our stack keeps the previously handled
# exception there): ROT_TWO at the handler entry
load(mpy(rc=fun(b"\x51\x48\x02\x4a\x02\x5a\x5d\x59\x51\x63", sig=b"\x14")))
# a handler popping only what it owns loads and runs
load(mpy(rc=fun(b"\x51\x48\x02\x4a\x04\x59\x4a\x01\x5d\x59\x51\x63", sig=b"\x14")))
