// py/uniname.h: Unicode character names -> code points, for `\N{NAME}` escapes in str literals.
//
// The name table is generated at build time by tools/makeuniname.py from python3's unicodedata
// (genhdr/uniname.generated.h); algorithmic names (CJK ideographs, Hangul syllables, ...) are
// computed, not stored. Matching follows CPython: stored names and aliases match case-
// insensitively; "CJK UNIFIED IDEOGRAPH-XXXX" and "HANGUL SYLLABLE ..." only in upper case.
#ifndef MICROPY_INCLUDED_PY_UNINAME_H
#define MICROPY_INCLUDED_PY_UNINAME_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

// Looks up name[0:len) (not NUL-terminated); true and *cp set when it names one character.
bool mp_uniname_lookup(const char *name, size_t len, uint32_t *cp);

#endif // MICROPY_INCLUDED_PY_UNINAME_H
