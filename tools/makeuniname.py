# tools/makeuniname.py: generates genhdr/uniname.generated.h, the Unicode character name table
# behind `\N{NAME}` escapes in str literals (py/uniname.c does the lookups).
#
# Data source: this python3's own unicodedata module (name() over every code point), plus name
# aliases: candidate names are read from a Unicode name list on the host if one is found (perl's
# unicore/Name.pl) and kept only when unicodedata.lookup() accepts them as one character whose
# name() differs (so the table never holds a name python3 would reject; named sequences, which
# \N{} rejects, are dropped). Without such a list the table simply has no aliases.
#
# Output layout (all names upper case ASCII: A-Z 0-9 space hyphen):
#   - mp_uniname_data: the stored names sorted (byte order), front-coded in blocks of
#     MP_UNINAME_BLOCK entries. Entry = [shared prefix length with the previous entry (0 for the
#     first of a block)] [suffix codes, the last with bit 7 set] [code point, 3 bytes
#     big-endian]. A code (7 bits) below len(mp_uniname_alpha) is that character of it, the
#     others index mp_uniname_tokens (frequent words with their trailing space). Names are
#     shorter than 128 bytes.
#   - mp_uniname_blocks[i]: offset in mp_uniname_data of block i (its first entry, full name).
#   - mp_uniname_ranges: algorithmic names "PREFIX-XXXX" (hex of the code point, %04X) over code
#     point ranges; they are not stored. CJK UNIFIED IDEOGRAPH ranges are flagged: CPython
#     matches their names case-sensitively (upper-case prefix and 4-5 upper-case hex digits).
#   - Hangul syllables: the jamo short-name tables (L, V, T), derived from unicodedata here.
#
# Usage: python3 tools/makeuniname.py OUT.h

import collections
import glob
import os
import re
import sys
import unicodedata

BLOCK = 16
HANGUL_BASE = 0xAC00
HANGUL_COUNT = 11172
PIECE_RE = re.compile(r"[^ ]+ ?| ")  # a word with its trailing space
RANGE_RE = re.compile(r"^(.*)-([0-9A-F]{4,6})$")


def alias_candidates():
    paths = sorted(glob.glob("/usr/share/perl/*/unicore/Name.pl")) + sorted(
        glob.glob("/usr/lib/*/perl/*/unicore/Name.pl")
    )
    names = set()
    for path in paths:
        try:
            with open(path, encoding="utf-8") as f:
                for line in f:
                    line = line.strip()
                    if re.match(r"^[A-Z0-9][A-Z0-9 \-]*$", line) and not re.match(r"^[0-9A-F]{4,6}$", line):
                        names.add(line)
        except OSError:
            pass
    return names


def main():
    out = sys.argv[1]
    stored = {}
    ranges = []  # [prefix, lo, hi]
    for cp in range(0x110000):
        if HANGUL_BASE <= cp < HANGUL_BASE + HANGUL_COUNT:
            continue
        n = unicodedata.name(chr(cp), None)
        if n is None:
            continue
        m = RANGE_RE.match(n)
        if m and int(m.group(2), 16) == cp and "%04X" % cp == m.group(2):
            if ranges and ranges[-1][0] == m.group(1) and ranges[-1][2] == cp - 1:
                ranges[-1][2] = cp
            else:
                ranges.append([m.group(1), cp, cp])
            continue
        stored[n] = cp
    for n in alias_candidates():
        if n in stored:
            continue
        try:
            c = unicodedata.lookup(n)
        except KeyError:
            continue
        if len(c) != 1 or unicodedata.name(c, None) == n:
            continue
        stored[n] = ord(c)

    # Hangul jamo short names: syllable = L + V + T, index = (l * 21 + v) * 28 + t
    def syl(i):
        return unicodedata.name(chr(HANGUL_BASE + i))[len("HANGUL SYLLABLE ") :]

    v_names = []
    l0 = syl(0)[: -len("A")]  # V[0] is "A"
    for v in range(21):
        v_names.append(syl(v * 28)[len(l0) :])
    l_names = [syl(l * 588)[: -len(v_names[0])] for l in range(19)]
    t_names = [""] + [syl(t)[len(syl(0)) :] for t in range(1, 28)]

    names = sorted(stored)
    # the suffixes, then the most frequent words in them become one-byte tokens
    suffixes = []
    prev = ""
    for i, n in enumerate(names):
        p = 0
        if i % BLOCK:
            while p < min(len(n), len(prev)) and n[p] == prev[p]:
                p += 1
        suffixes.append((p, n[p:]))
        prev = n
    alpha = "".join(sorted(set("".join(names))))
    pieces = collections.Counter(w for _, suf in suffixes for w in PIECE_RE.findall(suf))
    ntok = 128 - len(alpha)
    tokens = sorted(pieces, key=lambda w: (-(len(w) - 1) * pieces[w], w))[:ntok]
    tokens = [w for w in tokens if len(w) > 1]
    code = {w: len(alpha) + i for i, w in enumerate(tokens)}
    code.update({c: i for i, c in enumerate(alpha)})

    data = bytearray()
    blocks = []
    for i, (n, (p, suf)) in enumerate(zip(names, suffixes)):
        if i % BLOCK == 0:
            blocks.append(len(data))
        suffix = bytearray()
        for w in PIECE_RE.findall(suf):
            if w in code:
                suffix.append(code[w])
            else:
                suffix += bytes(code[c] for c in w)
        # sorted unique names: a name is never a prefix of the one before it, so suffix != b""
        assert len(n) < 128 and suffix and p < 128
        suffix[-1] |= 0x80
        cp = stored[n]
        data += bytes([p]) + suffix + bytes([cp >> 16, (cp >> 8) & 0xFF, cp & 0xFF])

    lines = []
    lines.append("// Generated by tools/makeuniname.py from python3 %s's unicodedata (Unicode %s): do not edit."
                 % (sys.version.split()[0], unicodedata.unidata_version))
    lines.append("#define MP_UNINAME_BLOCK (%d)" % BLOCK)
    lines.append("#define MP_UNINAME_COUNT (%d)" % len(names))
    lines.append("#define MP_UNINAME_NBLOCKS (%d)" % len(blocks))
    lines.append("static const uint8_t mp_uniname_data[%d] = {" % len(data))
    for i in range(0, len(data), 32):
        lines.append(",".join(str(x) for x in data[i : i + 32]) + ",")
    lines.append("};")
    lines.append('static const char mp_uniname_alpha[%d] = "%s";' % (len(alpha) + 1, alpha))
    lines.append("static const char *const mp_uniname_tokens[%d] = {%s};"
                 % (len(tokens), ", ".join('"%s"' % w for w in tokens)))
    lines.append("static const uint32_t mp_uniname_blocks[%d] = {" % len(blocks))
    for i in range(0, len(blocks), 16):
        lines.append(",".join(str(x) for x in blocks[i : i + 16]) + ",")
    lines.append("};")
    lines.append("static const mp_uniname_range_t mp_uniname_ranges[%d] = {" % len(ranges))
    for prefix, lo, hi in ranges:
        lines.append('    {"%s", 0x%X, 0x%X, %d},' % (prefix, lo, hi, prefix == "CJK UNIFIED IDEOGRAPH"))
    lines.append("};")
    for tag, tab in (("l", l_names), ("v", v_names), ("t", t_names)):
        lines.append("static const char *const mp_uniname_jamo_%s[%d] = {%s};"
                     % (tag, len(tab), ", ".join('"%s"' % s for s in tab)))
    text = "\n".join(lines) + "\n"
    # written whole then renamed: an interrupted run leaves no truncated header behind
    with open(out + ".tmp", "w") as f:
        f.write(text)
    os.replace(out + ".tmp", out)


if __name__ == "__main__":
    main()
