// tests/fuzz/fuzz_format.c: libFuzzer target for string formatting (py/objstr.c's %-format and
// str.format, format() with specs, f-string-like specs on int/float/str/bigint/bool/None). Input:
// the whole input (UTF-8, else latin-1 as bytes %) is the template/spec.
#define FUZZ_HEAP_BYTES (2 * 1024 * 1024)
#define FUZZ_PY_SRC \
    "VALS = (0, -7, 12345, 2**70, -2**65, 1.5, -0.0, 1e300, float('nan'), float('inf'), 'ab\\u00e9', '', True, None, b'xy', [1], {'a': 1})\n" \
    "def fuzz(data):\n" \
    "    try: s = data.decode()\n" \
    "    except UnicodeError: s = None\n" \
    "    for args in (VALS[:3], VALS[3:7], VALS[7:11], VALS[11:], {'a': 1, 'b': 'x'}, 5, 'z', 2.5):\n" \
    "        try: data % args\n" \
    "        except Exception: pass\n" \
    "        if s is not None:\n" \
    "            try: s % args\n" \
    "            except Exception: pass\n" \
    "    if s is None: return\n" \
    "    try: s.format(*VALS, a=1, b='x', c=2.5)\n" \
    "    except Exception: pass\n" \
    "    if len(s) < 64:\n" \
    "        for v in VALS:\n" \
    "            try: format(v, s)\n" \
    "            except Exception: pass\n" \
    "            try: ('{:' + s + '}').format(v)\n" \
    "            except Exception: pass\n"
#include "fuzz_pyfunc.h"
