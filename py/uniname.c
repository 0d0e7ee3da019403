// py/uniname.c: lookup of Unicode character names (see py/uniname.h).
//
// Table layout (genhdr/uniname.generated.h, written by tools/makeuniname.py): the stored names
// (upper case, sorted bytewise) are front-coded in blocks of MP_UNINAME_BLOCK entries; each
// entry is [shared prefix length with the previous entry][suffix codes, the last with bit 7 set]
// [code point, 3 bytes big-endian], and each block's first entry shares nothing, so it holds its
// full name. A code is a character of mp_uniname_alpha or, above those, a whole word of
// mp_uniname_tokens. Names are ASCII and shorter than 128 bytes (the generator checks).
// A lookup binary-searches the blocks by their first name, then decodes one block linearly.
// Names of the form "PREFIX-XXXX" over ranges of code points and the Hangul syllables are
// computed from mp_uniname_ranges and the jamo short-name tables instead.
#include <string.h>

#include "py/uniname.h"

typedef struct _mp_uniname_range_t {
    const char *prefix;     // name before the '-'
    uint32_t lo, hi;        // inclusive code point range
    uint8_t case_sensitive; // CJK UNIFIED IDEOGRAPH: upper case only, 4 or 5 hex digits
} mp_uniname_range_t;

#include "genhdr/uniname.generated.h"

#define UNINAME_MAX (128) // longer than any stored name (the generator checks)

#define HANGUL_BASE (0xAC00)
#define HANGUL_PREFIX "HANGUL SYLLABLE "

// Compares a (alen bytes) with b (blen bytes) bytewise, shorter first on a tie.
static int uniname_cmp(const char *a, size_t alen, const char *b, size_t blen) {
    int c = memcmp(a, b, alen < blen ? alen : blen);
    if (c != 0) {
        return c;
    }
    return alen < blen ? -1 : alen > blen ? 1 : 0;
}

// Decodes the entry at data[*off] into buf (which holds the previous entry's name, *len bytes);
// advances *off past it and returns its code point.
static uint32_t uniname_decode(size_t *off, char *buf, size_t *len) {
    const uint8_t *e = mp_uniname_data + *off;
    size_t n = e[0];
    ++e;
    for (;;) {
        uint8_t b = *e++;
        uint8_t c = b & 0x7f;
        if (c < sizeof(mp_uniname_alpha) - 1) {
            buf[n++] = mp_uniname_alpha[c];
        } else {
            const char *w = mp_uniname_tokens[c - (sizeof(mp_uniname_alpha) - 1)];
            size_t wl = strlen(w);
            memcpy(buf + n, w, wl);
            n += wl;
        }
        if (b & 0x80) {
            break;
        }
    }
    *len = n;
    *off = e + 3 - mp_uniname_data;
    return ((uint32_t)e[0] << 16) | ((uint32_t)e[1] << 8) | e[2];
}

static bool uniname_lookup_stored(const char *name, size_t len, uint32_t *cp) {
    char buf[UNINAME_MAX];
    size_t blen;
    // last block whose first name is <= name
    size_t lo = 0, hi = MP_UNINAME_NBLOCKS;
    while (hi - lo > 1) {
        size_t mid = lo + (hi - lo) / 2;
        size_t off = mp_uniname_blocks[mid];
        uniname_decode(&off, buf, &blen);
        if (uniname_cmp(buf, blen, name, len) <= 0) {
            lo = mid;
        } else {
            hi = mid;
        }
    }
    size_t off = mp_uniname_blocks[lo];
    size_t n = MP_UNINAME_COUNT - lo * MP_UNINAME_BLOCK;
    if (n > MP_UNINAME_BLOCK) {
        n = MP_UNINAME_BLOCK;
    }
    blen = 0;
    for (size_t i = 0; i < n; ++i) {
        uint32_t v = uniname_decode(&off, buf, &blen);
        int c = uniname_cmp(buf, blen, name, len);
        if (c == 0) {
            *cp = v;
            return true;
        }
        if (c > 0) {
            break;
        }
    }
    return false;
}

// Hex digits s[0:n) -> value; upper_only rejects a-f. False on a non-digit or too many digits.
static bool uniname_hex(const char *s, size_t n, bool upper_only, uint32_t *v) {
    if (n == 0 || n > 6) {
        return false;
    }
    uint32_t r = 0;
    for (size_t i = 0; i < n; ++i) {
        char c = s[i];
        uint32_t d;
        if (c >= '0' && c <= '9') {
            d = c - '0';
        } else if (c >= 'A' && c <= 'F') {
            d = c - 'A' + 10;
        } else if (!upper_only && c >= 'a' && c <= 'f') {
            d = c - 'a' + 10;
        } else {
            return false;
        }
        r = (r << 4) | d;
    }
    *v = r;
    return true;
}

// "PREFIX-XXXX" names. orig is the name as written, upper its upper-cased copy.
static bool uniname_lookup_range(const char *orig, const char *upper, size_t len, uint32_t *cp) {
    const char *dash = memchr(upper, '-', len);
    while (dash != NULL) {
        const char *next = memchr(dash + 1, '-', len - (dash + 1 - upper));
        if (next == NULL) {
            break;
        }
        dash = next;
    }
    if (dash == NULL) {
        return false;
    }
    size_t plen = dash - upper;
    size_t hlen = len - plen - 1;
    for (size_t i = 0; i < sizeof(mp_uniname_ranges) / sizeof(mp_uniname_ranges[0]); ++i) {
        const mp_uniname_range_t *r = &mp_uniname_ranges[i];
        bool cs = r->case_sensitive;
        if (strlen(r->prefix) != plen || memcmp(cs ? orig : upper, r->prefix, plen) != 0) {
            continue;
        }
        uint32_t v;
        if (!uniname_hex(orig + plen + 1, hlen, cs, &v) || v < r->lo || v > r->hi) {
            continue;
        }
        // the written digits must be the name's own: %04X (CJK unified: 4 or 5 digits)
        size_t want = v > 0xFFFFF ? 6 : v > 0xFFFF ? 5 : 4;
        if (cs ? (hlen != 4 && hlen != 5) || hlen < want : hlen != want) {
            continue;
        }
        *cp = v;
        return true;
    }
    return false;
}

// Longest entry of tab[0:n) that prefixes s[0:len); its index, or -1 (an empty entry matches).
static int uniname_jamo(const char *const *tab, int n, const char *s, size_t len, size_t *used) {
    int best = -1;
    size_t best_len = 0;
    for (int i = 0; i < n; ++i) {
        size_t l = strlen(tab[i]);
        if (l <= len && memcmp(s, tab[i], l) == 0 && (best < 0 || l > best_len)) {
            best = i;
            best_len = l;
        }
    }
    *used = best_len;
    return best;
}

static bool uniname_lookup_hangul(const char *name, size_t len, uint32_t *cp) {
    size_t plen = strlen(HANGUL_PREFIX);
    if (len <= plen || memcmp(name, HANGUL_PREFIX, plen) != 0) {
        return false;
    }
    const char *s = name + plen;
    len -= plen;
    size_t used;
    int l = uniname_jamo(mp_uniname_jamo_l, 19, s, len, &used);
    s += used;
    len -= used;
    int v = uniname_jamo(mp_uniname_jamo_v, 21, s, len, &used);
    s += used;
    len -= used;
    int t = uniname_jamo(mp_uniname_jamo_t, 28, s, len, &used);
    if (l < 0 || v < 0 || t < 0 || used != len) {
        return false;
    }
    *cp = HANGUL_BASE + ((uint32_t)l * 21 + (uint32_t)v) * 28 + (uint32_t)t;
    return true;
}

bool mp_uniname_lookup(const char *name, size_t len, uint32_t *cp) {
    if (len == 0 || len > UNINAME_MAX) {
        return false;
    }
    char upper[UNINAME_MAX];
    for (size_t i = 0; i < len; ++i) {
        char c = name[i];
        if ((unsigned char)c >= 0x80) {
            return false;
        }
        upper[i] = (c >= 'a' && c <= 'z') ? (char)(c - 'a' + 'A') : c;
    }
    return uniname_lookup_stored(upper, len, cp)
           || uniname_lookup_range(name, upper, len, cp)
           || uniname_lookup_hangul(name, len, cp);
}
