// tests/fuzz/fuzz_struct.c: libFuzzer target for py/modstruct.c with fuzzed format strings.
// Input layout: format string, a NUL byte, then data. Runs calcsize, unpack (on data cut or
// padded to calcsize), unpack_from at a fuzzed offset, iter_unpack, pack of the unpacked values
// (round trip) and pack_into a bytearray and a memoryview.
#define FUZZ_HEAP_BYTES (2 * 1024 * 1024)
#define FUZZ_PY_SRC \
    "import struct\n" \
    "def fuzz(data):\n" \
    "    i = data.find(b'\\0')\n" \
    "    fmt, rest = (data, b'') if i < 0 else (data[:i], data[i + 1:])\n" \
    "    try: fmt = fmt.decode()\n" \
    "    except UnicodeError: return\n" \
    "    try: n = struct.calcsize(fmt)\n" \
    "    except Exception: return\n" \
    "    if n > 100000: return\n" \
    "    buf = (rest * (n // max(len(rest), 1) + 1))[:n] if rest else bytes(n)\n" \
    "    try: v = struct.unpack(fmt, buf)\n" \
    "    except Exception: v = None\n" \
    "    off = rest[0] - 128 if rest else 0\n" \
    "    try: struct.unpack_from(fmt, rest, off)\n" \
    "    except Exception: pass\n" \
    "    try: struct.unpack(fmt, rest)\n" \
    "    except Exception: pass\n" \
    "    if v is not None:\n" \
    "        try:\n" \
    "            b = struct.pack(fmt, *v)\n" \
    "            ba = bytearray(n + 8)\n" \
    "            struct.pack_into(fmt, ba, 4, *v)\n" \
    "            struct.pack_into(fmt, memoryview(ba), 0, *v)\n" \
    "            struct.pack_into(fmt, ba, -n - 1, *v)\n" \
    "        except Exception: pass\n" \
    "    for args in ((), (1,), (1, 2, 3), (-1, 2.5, b'x', 'y'), (2**70,), (b'abc',) * 4):\n" \
    "        try: struct.pack(fmt, *args)\n" \
    "        except Exception: pass\n"
#include "fuzz_pyfunc.h"
