// tests/fuzz/fuzz_json.c: libFuzzer target for lib/json: json.loads on the input as bytes and,
// when it is valid UTF-8, as str; what parses is dumped and parsed again.
#define FUZZ_HEAP_BYTES (2 * 1024 * 1024)
#define FUZZ_PY_SRC \
    "import json\n" \
    "def fuzz(data):\n" \
    "    try:\n" \
    "        v = json.loads(data)\n" \
    "    except (ValueError, TypeError, MemoryError, RuntimeError, UnicodeError):\n" \
    "        v = None\n" \
    "    try:\n" \
    "        s = data.decode()\n" \
    "    except UnicodeError:\n" \
    "        return\n" \
    "    try:\n" \
    "        v = json.loads(s)\n" \
    "    except (ValueError, TypeError, MemoryError, RuntimeError):\n" \
    "        return\n" \
    "    t = json.dumps(v)\n" \
    "    json.loads(t)\n"
#include "fuzz_pyfunc.h"
