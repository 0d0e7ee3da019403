# tools/mpylib.py: MicroPython .mpy v6 format helpers in Python (reader, writer, a small
# bytecode assembler), shared by tools/mpy-dump and tools/mpy-testgen.py.
#
# Facts used (docs/mpy.md has the full notes): vuints hold 7 bits a byte, most significant
# group first, top bit = "more follows"; MicroPython's first 165 qstrs are static and written
# as (index << 1) | 1; opcode operand formats come from the high nibble (table 0x000003a4).

STATIC_QSTRS = [
    "", "__dir__", "\n", " ", "*", "/", "<module>", "_", "__call__", "__class__", "__delitem__",
    "__enter__", "__exit__", "__getattr__", "__getitem__", "__hash__", "__init__", "__int__",
    "__iter__", "__len__", "__main__", "__module__", "__name__", "__new__", "__next__",
    "__qualname__", "__repr__", "__setitem__", "__str__", "ArithmeticError", "AssertionError",
    "AttributeError", "BaseException", "EOFError", "Ellipsis", "Exception", "GeneratorExit",
    "ImportError", "IndentationError", "IndexError", "KeyError", "KeyboardInterrupt",
    "LookupError", "MemoryError", "NameError", "NoneType", "NotImplementedError", "OSError",
    "OverflowError", "RuntimeError", "StopIteration", "SyntaxError", "SystemExit", "TypeError",
    "ValueError", "ZeroDivisionError", "abs", "all", "any", "append", "args", "bool", "builtins",
    "bytearray", "bytecode", "bytes", "callable", "chr", "classmethod", "clear", "close", "const",
    "copy", "count", "dict", "dir", "divmod", "end", "endswith", "eval", "exec", "extend", "find",
    "format", "from_bytes", "get", "getattr", "globals", "hasattr", "hash", "id", "index",
    "insert", "int", "isalpha", "isdigit", "isinstance", "islower", "isspace", "issubclass",
    "isupper", "items", "iter", "join", "key", "keys", "len", "list", "little", "locals", "lower",
    "lstrip", "main", "map", "micropython", "next", "object", "open", "ord", "pop", "popitem",
    "pow", "print", "range", "read", "readinto", "readline", "remove", "replace", "repr",
    "reverse", "rfind", "rindex", "round", "rsplit", "rstrip", "self", "send", "sep", "set",
    "setattr", "setdefault", "sort", "sorted", "split", "start", "startswith", "staticmethod",
    "step", "stop", "str", "strip", "sum", "super", "throw", "to_bytes", "tuple", "type",
    "update", "upper", "utf-8", "value", "values", "write", "zip",
]
STATIC_INDEX = {s: i + 1 for i, s in enumerate(STATIC_QSTRS)}

ARCH_NAMES = [None, "x86", "x64", "armv6", "armv6m", "armv7m", "armv7em", "armv7emsp",
              "armv7emdp", "xtensa", "xtensawin", "rv32imc", "rv64imc"]

OPCODES = {
    "LOAD_CONST_STRING": 0x10, "LOAD_NAME": 0x11, "LOAD_GLOBAL": 0x12, "LOAD_ATTR": 0x13,
    "LOAD_METHOD": 0x14, "LOAD_SUPER_METHOD": 0x15, "STORE_NAME": 0x16, "STORE_GLOBAL": 0x17,
    "STORE_ATTR": 0x18, "DELETE_NAME": 0x19, "DELETE_GLOBAL": 0x1a, "IMPORT_NAME": 0x1b,
    "IMPORT_FROM": 0x1c,
    "MAKE_CLOSURE": 0x20, "MAKE_CLOSURE_DEFARGS": 0x21, "LOAD_CONST_SMALL_INT": 0x22,
    "LOAD_CONST_OBJ": 0x23, "LOAD_FAST_N": 0x24, "LOAD_DEREF": 0x25, "STORE_FAST_N": 0x26,
    "STORE_DEREF": 0x27, "DELETE_FAST": 0x28, "DELETE_DEREF": 0x29, "BUILD_TUPLE": 0x2a,
    "BUILD_LIST": 0x2b, "BUILD_MAP": 0x2c, "BUILD_SET": 0x2d, "BUILD_SLICE": 0x2e,
    "STORE_COMP": 0x2f,
    "UNPACK_SEQUENCE": 0x30, "UNPACK_EX": 0x31, "MAKE_FUNCTION": 0x32,
    "MAKE_FUNCTION_DEFARGS": 0x33, "CALL_FUNCTION": 0x34, "CALL_FUNCTION_VAR_KW": 0x35,
    "CALL_METHOD": 0x36, "CALL_METHOD_VAR_KW": 0x37,
    "UNWIND_JUMP": 0x40, "JUMP": 0x42, "POP_JUMP_IF_TRUE": 0x43, "POP_JUMP_IF_FALSE": 0x44,
    "JUMP_IF_TRUE_OR_POP": 0x45, "JUMP_IF_FALSE_OR_POP": 0x46, "SETUP_WITH": 0x47,
    "SETUP_EXCEPT": 0x48, "SETUP_FINALLY": 0x49, "POP_EXCEPT_JUMP": 0x4a, "FOR_ITER": 0x4b,
    "LOAD_CONST_FALSE": 0x50, "LOAD_CONST_NONE": 0x51, "LOAD_CONST_TRUE": 0x52, "LOAD_NULL": 0x53,
    "LOAD_BUILD_CLASS": 0x54, "LOAD_SUBSCR": 0x55, "STORE_SUBSCR": 0x56, "DUP_TOP": 0x57,
    "DUP_TOP_TWO": 0x58, "POP_TOP": 0x59, "ROT_TWO": 0x5a, "ROT_THREE": 0x5b,
    "WITH_CLEANUP": 0x5c, "END_FINALLY": 0x5d, "GET_ITER": 0x5e, "GET_ITER_STACK": 0x5f,
    "STORE_MAP": 0x62, "RETURN_VALUE": 0x63, "RAISE_LAST": 0x64, "RAISE_OBJ": 0x65,
    "RAISE_FROM": 0x66, "YIELD_VALUE": 0x67, "YIELD_FROM": 0x68, "IMPORT_STAR": 0x69,
}
OPNAMES = {v: k for k, v in OPCODES.items()}
UNARY_OPS = ["POSITIVE", "NEGATIVE", "INVERT", "NOT"]
BINARY_OPS = ["LESS", "MORE", "EQUAL", "LESS_EQUAL", "MORE_EQUAL", "NOT_EQUAL", "IN", "IS",
              "EXCEPTION_MATCH", "INPLACE_OR", "INPLACE_XOR", "INPLACE_AND", "INPLACE_LSHIFT",
              "INPLACE_RSHIFT", "INPLACE_ADD", "INPLACE_SUBTRACT", "INPLACE_MULTIPLY",
              "INPLACE_MAT_MULTIPLY", "INPLACE_FLOOR_DIVIDE", "INPLACE_TRUE_DIVIDE",
              "INPLACE_MODULO", "INPLACE_POWER", "OR", "XOR", "AND", "LSHIFT", "RSHIFT", "ADD",
              "SUBTRACT", "MULTIPLY", "MAT_MULTIPLY", "FLOOR_DIVIDE", "TRUE_DIVIDE", "MODULO",
              "POWER"]
SIGNED_OFFSET = (0x40, 0x42, 0x43, 0x44)

OBJ_TAGS = {1: "None", 2: "False", 3: "True", 4: "Ellipsis", 5: "str", 6: "bytes", 7: "int",
            8: "float", 9: "complex", 10: "tuple"}


def op_format(op):
    return (0x000003A4 >> (2 * (op >> 4))) & 3


def op_has_extra(op):
    return (op & 0x9E) == 0


def enc_uint(n):
    out = [n & 0x7F]
    n >>= 7
    while n:
        out.append(0x80 | (n & 0x7F))
        n >>= 7
    return bytes(reversed(out))


def enc_sint(n):
    # signed vuint of LOAD_CONST_SMALL_INT: sign in bit 6 of the first byte
    out = [n & 0x7F]
    n >>= 7
    while not ((n == 0 and not (out[-1] & 0x40)) or (n == -1 and (out[-1] & 0x40))):
        out.append(0x80 | (n & 0x7F))
        n >>= 7
    return bytes(reversed(out))


class Reader:
    def __init__(self, data, pos=0):
        self.data = data
        self.pos = pos

    def byte(self):
        if self.pos >= len(self.data):
            raise ValueError("truncated at %d" % self.pos)
        b = self.data[self.pos]
        self.pos += 1
        return b

    def bytes(self, n):
        if self.pos + n > len(self.data):
            raise ValueError("truncated at %d" % self.pos)
        b = self.data[self.pos:self.pos + n]
        self.pos += n
        return b

    def uint(self):
        v = 0
        while True:
            b = self.byte()
            v = (v << 7) | (b & 0x7F)
            if not b & 0x80:
                return v


def decode_prelude_sig(data, p):
    z = data[p]
    p += 1
    S, E, F, A, K, D = (z >> 3) & 0xF, (z >> 2) & 1, 0, z & 3, 0, 0
    n = 0
    while z & 0x80:
        z = data[p]
        p += 1
        S |= (z & 0x30) << (2 * n)
        E |= (z & 0x02) << n
        F |= ((z & 0x40) >> 6) << n
        A |= (z & 0x04) << n
        K |= ((z & 0x08) >> 3) << n
        D |= (z & 0x01) << n
        n += 1
    return p, (S + 1, E, F, A, K, D)


def encode_prelude_sig(S, E, F, A, K, D):
    S -= 1
    out = bytearray()
    z = (S & 0xF) << 3 | (E & 1) << 2 | (A & 3)
    S >>= 4
    E >>= 1
    A >>= 2
    while S | E | F | A | K | D:
        out.append(0x80 | z)
        z = (F & 1) << 6 | (S & 3) << 4 | (K & 1) << 3 | (A & 1) << 2 | (E & 1) << 1 | (D & 1)
        S >>= 2
        E >>= 1
        F >>= 1
        A >>= 1
        K >>= 1
        D >>= 1
    out.append(z)
    return bytes(out)


def decode_prelude_size(data, p):
    I = C = n = 0
    while True:
        z = data[p]
        p += 1
        C |= (z & 1) << n
        I |= ((z & 0x7E) >> 1) << (6 * n)
        n += 1
        if not z & 0x80:
            return p, I, C


def encode_prelude_size(I, C):
    out = bytearray()
    while True:
        z = (I & 0x3F) << 1 | (C & 1)
        C >>= 1
        I >>= 6
        if C | I:
            z |= 0x80
        out.append(z)
        if not (C | I):
            return bytes(out)


def encode_line_info(pairs):
    # pairs: (bytecode offset delta, line delta)
    out = bytearray()
    for b, l in pairs:
        while b or l:
            if b <= 0x1F and l <= 3:
                out.append(b | (l << 5))
                b = l = 0
            else:
                bb = min(b, 0xF)
                ll = min(l, 0x7FF)
                out.append(0x80 | ((ll >> 4) & 0x70) | bb)
                out.append(ll & 0xFF)
                b -= bb
                l -= ll
    return bytes(out)


def decode_insn(code, ip):
    """Returns (name, size, arg, extra) of the instruction at ip."""
    op = code[ip]
    p = ip + 1
    arg = None
    extra = None
    fmt = op_format(op)
    if op == 0x22:
        arg = code[p] & 0x7F
        if arg & 0x40:
            arg -= 0x80
        while code[p] & 0x80:
            p += 1
            arg = arg * 128 + (code[p] & 0x7F)
        p += 1
    elif fmt in (1, 2):
        arg = 0
        while True:
            b = code[p]
            p += 1
            arg = (arg << 7) | (b & 0x7F)
            if not b & 0x80:
                break
    elif fmt == 3:
        if not code[p] & 0x80:
            off = code[p]
            p += 1
            if op in SIGNED_OFFSET:
                off -= 0x40
        else:
            off = (code[p] & 0x7F) | (code[p + 1] << 7)
            p += 2
            if op in SIGNED_OFFSET:
                off -= 0x4000
        arg = p + off
    if op_has_extra(op):
        extra = code[p]
        p += 1
    if op in OPNAMES:
        name = OPNAMES[op]
    elif 0x70 <= op < 0xB0:
        name, arg = "LOAD_CONST_SMALL_INT", op - 0x70 - 16
    elif 0xB0 <= op < 0xC0:
        name, arg = "LOAD_FAST", op - 0xB0
    elif 0xC0 <= op < 0xD0:
        name, arg = "STORE_FAST", op - 0xC0
    elif 0xD0 <= op < 0xD4:
        name, arg = "UNARY_OP", UNARY_OPS[op - 0xD0]
    elif 0xD7 <= op < 0xD7 + len(BINARY_OPS):
        name, arg = "BINARY_OP", BINARY_OPS[op - 0xD7]
    else:
        name = "unknown_0x%02x" % op
    return name, p - ip, arg, extra


# ---- writer / assembler ----

class Module:
    """Builds a .mpy image: qstr/object tables plus a raw code tree."""

    def __init__(self, source_file="test.py", small_int_bits=31, feature=0):
        self.qstrs = []
        self.objs = []
        self.small_int_bits = small_int_bits
        self.feature = feature
        self.qstr(source_file)

    def qstr(self, s):
        if s in self.qstrs:
            return self.qstrs.index(s)
        self.qstrs.append(s)
        return len(self.qstrs) - 1

    def obj(self, o):
        for i, x in enumerate(self.objs):
            if type(x) is type(o) and x == o:
                return i
        self.objs.append(o)
        return len(self.objs) - 1

    def enc_qstr(self, s):
        if s in STATIC_INDEX:
            return enc_uint(STATIC_INDEX[s] << 1 | 1)
        b = s.encode()
        return enc_uint(len(b) << 1) + b + b"\0"

    def enc_obj(self, o):
        if o is None:
            return b"\x01"
        if o is False:
            return b"\x02"
        if o is True:
            return b"\x03"
        if o is Ellipsis:
            return b"\x04"
        if isinstance(o, str):
            b = o.encode()
            return b"\x05" + enc_uint(len(b)) + b + b"\0"
        if isinstance(o, bytes):
            return b"\x06" + enc_uint(len(o)) + o + b"\0"
        if isinstance(o, tuple):
            return b"\x0a" + enc_uint(len(o)) + b"".join(self.enc_obj(x) for x in o)
        if isinstance(o, int):
            t = repr(o).encode()
            return b"\x07" + enc_uint(len(t)) + t
        if isinstance(o, float):
            t = repr(o).encode()
            return b"\x08" + enc_uint(len(t)) + t
        if isinstance(o, complex):
            t = repr(o).encode()
            return b"\x09" + enc_uint(len(t)) + t
        raise TypeError(o)

    def build(self, rc):
        body = rc.encode(self)   # may add qstrs/objects: encode the code first
        out = bytearray(b"M\x06" + bytes([self.feature, self.small_int_bits]))
        out += enc_uint(len(self.qstrs)) + enc_uint(len(self.objs))
        for q in self.qstrs:
            out += self.enc_qstr(q)
        for o in self.objs:
            out += self.enc_obj(o)
        return bytes(out) + body


class Code:
    """One function: prelude fields plus an instruction list.

    Instructions are tuples: ("LOAD_NAME", "print"), ("CALL_FUNCTION", 1), ("JUMP", "L1"),
    ("LABEL", "L1"), ("LOAD_CONST_SMALL_INT", 5), ("LOAD_FAST", 0), ("BINARY_OP", "ADD"),
    ("LOAD_CONST_OBJ", obj), ("MAKE_FUNCTION", child_index), ("UNWIND_JUMP", "L", byte),
    ("LINE", n) sets the source line of the following code; ("RAW", bytes) emits bytes as is.
    """

    def __init__(self, name="<module>", insns=(), n_state=4, n_exc_stack=0, flags=0,
                 args=(), n_kwonly=0, n_def=0, cells=(), children=()):
        self.name = name
        self.insns = list(insns)
        self.n_state = n_state
        self.n_exc_stack = n_exc_stack
        self.flags = flags
        self.args = list(args)
        self.n_kwonly = n_kwonly
        self.n_def = n_def
        self.cells = list(cells)
        self.children = list(children)

    def assemble(self, mod):
        # two passes: sizes with 2-byte offsets for every jump, then bytes
        labels = {}
        for pass_ in (0, 1):
            out = bytearray()
            lines = []
            cur_line = 1
            last_off = 0
            for ins in self.insns:
                name = ins[0]
                if name == "LABEL":
                    labels[ins[1]] = len(out)
                    continue
                if name == "LINE":
                    lines.append((len(out) - last_off, ins[1] - cur_line))
                    last_off = len(out)
                    cur_line = ins[1]
                    continue
                if name == "RAW":
                    out += ins[1]
                    continue
                out += self.enc_insn(mod, ins, labels, len(out), pass_)
        return bytes(out), lines

    def enc_insn(self, mod, ins, labels, here, pass_):
        name = ins[0]
        if name == "LOAD_CONST_SMALL_INT" and -16 <= ins[1] < 48:
            return bytes([0x70 + ins[1] + 16])
        if name == "LOAD_CONST_SMALL_INT":
            return bytes([0x22]) + enc_sint(ins[1])
        if name == "LOAD_FAST":
            return bytes([0xB0 + ins[1]]) if ins[1] < 16 else bytes([0x24]) + enc_uint(ins[1])
        if name == "STORE_FAST":
            return bytes([0xC0 + ins[1]]) if ins[1] < 16 else bytes([0x26]) + enc_uint(ins[1])
        if name == "UNARY_OP":
            return bytes([0xD0 + UNARY_OPS.index(ins[1])])
        if name == "BINARY_OP":
            return bytes([0xD7 + BINARY_OPS.index(ins[1])])
        op = OPCODES[name]
        fmt = op_format(op)
        out = bytearray([op])
        if fmt == 1:
            out += enc_uint(mod.qstr(ins[1]))
        elif name == "LOAD_CONST_OBJ":
            out += enc_uint(mod.obj(ins[1]))
        elif fmt == 2:
            out += enc_uint(ins[1])
        elif fmt == 3:
            target = labels.get(ins[1], 0) if pass_ else 0
            off = target - (here + 3)
            if op in SIGNED_OFFSET:
                off += 0x4000
            off &= 0x7FFF
            out += bytes([0x80 | (off & 0x7F), off >> 7])
        if op_has_extra(op):
            out.append(ins[-1] if len(ins) > 2 else 0)
        return bytes(out)

    def fun_data(self, mod):
        code, lines = self.assemble(mod)
        info = enc_uint(mod.qstr(self.name))
        for a in self.args:
            info += enc_uint(mod.qstr(a))
        info += encode_line_info(lines)
        sig = encode_prelude_sig(self.n_state, self.n_exc_stack, self.flags, len(self.args) - self.n_kwonly,
                                 self.n_kwonly, self.n_def)
        return sig + encode_prelude_size(len(info), len(self.cells)) + info + bytes(self.cells) + code

    def encode(self, mod):
        data = self.fun_data(mod)
        out = enc_uint(len(data) << 3 | (4 if self.children else 0)) + data
        if self.children:
            out += enc_uint(len(self.children))
            for c in self.children:
                out += c.encode(mod)
        return out


def parse(data):
    """Parses a whole .mpy image into a dict (used by mpy-dump)."""
    r = Reader(data)
    hdr = r.bytes(4)
    if hdr[0:1] != b"M":
        raise ValueError("not an .mpy file (magic %r)" % hdr[0:1])
    res = {"version": hdr[1], "sub_version": hdr[2] & 3, "arch": hdr[2] >> 2,
           "small_int_bits": hdr[3]}
    nq = r.uint()
    no = r.uint()
    qstrs = []
    for _ in range(nq):
        n = r.uint()
        if n & 1:
            idx = n >> 1
            qstrs.append((STATIC_QSTRS[idx - 1] if 1 <= idx <= len(STATIC_QSTRS) else None, idx))
        else:
            s = r.bytes(n >> 1)
            r.byte()
            qstrs.append((s.decode("utf-8", "replace"), None))
    res["qstrs"] = qstrs

    def read_obj():
        tag = r.byte()
        if tag in (1, 2, 3, 4):
            return {1: None, 2: False, 3: True, 4: Ellipsis}[tag]
        if tag == 10:
            return tuple(read_obj() for _ in range(r.uint()))
        n = r.uint()
        b = r.bytes(n)
        if tag in (5, 6):
            r.byte()
            return b.decode("utf-8", "replace") if tag == 5 else bytes(b)
        if tag == 7:
            return int(b)
        if tag == 8:
            return float(b)
        if tag == 9:
            return complex(b.decode())
        raise ValueError("bad object tag %d" % tag)

    res["objs"] = [read_obj() for _ in range(no)]

    def read_rc():
        kl = r.uint()
        rc = {"kind": kl & 3, "data": r.bytes(kl >> 3), "children": []}
        if kl & 4:
            rc["children"] = [read_rc() for _ in range(r.uint())]
        return rc

    res["rc"] = read_rc()
    res["trailing"] = len(data) - r.pos
    return res
