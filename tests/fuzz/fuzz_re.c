// tests/fuzz/fuzz_re.c: libFuzzer target for lib/re (PCRE2 behind MicroPython's re API). Input
// layout: byte 0 = flags (bit 0 str instead of bytes, bit 1 IGNORECASE, bit 2 MULTILINE,
// bit 3 DOTALL), then pattern, a NUL byte, then the subject. Runs compile, match, search,
// findall-like loops, split, sub and the match object's groups/span.
#define FUZZ_HEAP_BYTES (2 * 1024 * 1024)
#define FUZZ_PY_SRC \
    "import re\n" \
    "def fuzz(data):\n" \
    "    if not data:\n" \
    "        return\n" \
    "    fl = data[0]\n" \
    "    rest = data[1:]\n" \
    "    i = rest.find(b'\\0')\n" \
    "    pat, subj = (rest, b'') if i < 0 else (rest[:i], rest[i + 1:])\n" \
    "    if fl & 1:\n" \
    "        try:\n" \
    "            pat = pat.decode(); subj = subj.decode()\n" \
    "        except UnicodeError:\n" \
    "            return\n" \
    "    flags = 0\n" \
    "    if fl & 2: flags |= getattr(re, 'IGNORECASE', 0)\n" \
    "    if fl & 4: flags |= getattr(re, 'MULTILINE', 0)\n" \
    "    if fl & 8: flags |= getattr(re, 'DOTALL', 0)\n" \
    "    try:\n" \
    "        r = re.compile(pat, flags)\n" \
    "    except Exception:\n" \
    "        return\n" \
    "    for f in (r.match, r.search):\n" \
    "        try:\n" \
    "            m = f(subj)\n" \
    "            if m:\n" \
    "                m.group(0); m.groups(); m.span(); m.start(); m.end()\n" \
    "                for g in range(8):\n" \
    "                    try: m.group(g); m.span(g)\n" \
    "                    except Exception: pass\n" \
    "        except Exception:\n" \
    "            pass\n" \
    "    try: r.split(subj)\n" \
    "    except Exception: pass\n" \
    "    try: r.sub(subj[:3], subj)\n" \
    "    except Exception: pass\n" \
    "    try: r.sub(lambda m: m.group(0), subj)\n" \
    "    except Exception: pass\n" \
    "    try: re.match(pat, subj); re.search(pat, subj)\n" \
    "    except Exception: pass\n"
#include "fuzz_pyfunc.h"
