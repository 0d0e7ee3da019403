/*
 * py/mpz.c -- arbitrary-precision integers (see py/mpz.h for the API).
 *
 * Design
 * ------
 * Representation: sign-magnitude.  The magnitude is an array of 32-bit digits,
 * least significant first; every primitive works on 64-bit intermediates
 * (a digit product plus two digits always fits in 64 bits).
 *
 * Invariants (hold for every mpz_t between API calls):
 *   - normalized: len == 0 or dig[len-1] != 0;
 *   - zero is len == 0 with neg == 0 (there is no negative zero);
 *   - alloc >= len, dig == NULL allowed only when alloc == 0;
 *   - the digit array is always referenced by z->dig (plain pointer), so a
 *     conservative GC finds it.  Temporaries live in local variables.
 *
 * Layering: the "dn_" functions operate on raw digit arrays (lengths passed
 * explicitly, inputs need not be normalized unless stated); the "mpz_"
 * functions handle signs, allocation and aliasing.  Most mpz_ operations
 * compute into a freshly allocated array and then install it in dest, which
 * makes aliasing of dest with inputs trivially safe.  In-place operations
 * (add/sub/bitwise/shifts) work digit-by-digit in a direction that is safe
 * when dest aliases an input, and grow dest before reading input pointers.
 *
 * Algorithms:
 *   - add/sub: schoolbook with carry/borrow.
 *   - multiply: schoolbook (operand-scanning) below MPZ_KARATSUBA_THRESHOLD
 *     digits for the shorter operand, Karatsuba (subtractive variant:
 *     a*b = z0 + (z0 + z2 - (a0-a1)(b0-b1)) B^m + z2 B^2m) above it.  Very
 *     unbalanced products are cut into pieces of the shorter length.
 *     Squaring has its own schoolbook (cross products once, doubled) and
 *     Karatsuba (z1 = z0 + z2 - (a0-a1)^2).  Scratch for the recursion is
 *     allocated once per top-level product (about 4n + 256 digits).
 *   - division: Knuth's algorithm D (normalize so the divisor's top bit is
 *     set, estimate each quotient digit from the top two remainder digits,
 *     refine with the divisor's second digit, multiply-subtract, add back in
 *     the rare case of overshoot); single-digit divisors use a simple loop.
 *   - power: left-to-right binary with Karatsuba squaring; factors of two in
 *     the base are split off and applied as a final shift.
 *   - modular power: left-to-right sliding window (window 1..6 bits by
 *     exponent size) with multiply + Knuth-D reduction.
 *   - gcd: Lehmer's algorithm (60-bit leading parts, cofactors bounded by
 *     2^30 so the matrix step fits in signed 64-bit arithmetic), falling back
 *     to a division step when the sizes differ or no progress is made, and
 *     to native 64-bit Euclid at the end.  Modular inverse: extended Euclid.
 *   - radix conversion: power-of-two bases by direct bit packing (linear).
 *     Other bases work in chunks of k characters, base^k being the largest
 *     power that fits in a digit (10^9 for base 10):
 *       int -> str: below MPZ_STR_DC_THRESHOLD digits, repeated division by
 *       base^k (for base 10 with a compile-time constant, i.e. a multiply);
 *       above it, divide and conquer: x = q * base^(k 2^i) + r with the level
 *       chosen so that q and r are about equal, r printed zero-padded to
 *       exactly k 2^i characters.  The powers base^(k 2^i) are built by
 *       repeated (Karatsuba) squaring, with their power-of-two factor kept
 *       apart as a shift (10^m = 5^m 2^m), which shortens every division.
 *       str -> int: below MPZ_PARSE_DC_THRESHOLD characters, multiply-add
 *       chunk by chunk; above it value = high * base^(k 2^i) + low, so that
 *       the large products use Karatsuba.
 *   - int -> double: top 64 bits plus a sticky bit, converted once (correct
 *     round-half-even); int / int: a 55..56-bit quotient plus sticky bit,
 *     rounded by hand to the precision of the result (handles subnormals).
 *
 * Thresholds (MPZ_KARATSUBA_THRESHOLD = 48 digits, MPZ_KARATSUBA_SQR_THRESHOLD
 * = 64, MPZ_STR_DC_THRESHOLD = 40 digits, MPZ_PARSE_DC_THRESHOLD = 800 chars)
 * were measured on the development machine (x86-64, gcc -O2) with the "tune"
 * mode of tests/unit/test_mpz.c and a sweep of -D values; the optimum is
 * flat (roughly 40..64 for Karatsuba), so they are not critical.  All can be
 * overridden with -D.
 *
 * Needs libm (ldexp, frexp, floor).
 */

#include <string.h>
#include <stdlib.h>
#include <math.h>

#include "py/mpz.h"

#ifndef MPZ_ALLOC
#include "py/misc.h"   // m_malloc(bytes), m_realloc(p, old_bytes, new_bytes), m_free(p, bytes)
#define MPZ_ALLOC(n_bytes) m_malloc(n_bytes)
#define MPZ_REALLOC(p, old_n, new_n) m_realloc((p), (old_n), (new_n))
#define MPZ_FREE(p, n) m_free((p), (n))
#define MPZ_ALLOC_UNINIT(n_bytes) m_malloc_uninit(n_bytes)
#endif
#ifndef MPZ_ALLOC_UNINIT
#define MPZ_ALLOC_UNINIT(n_bytes) MPZ_ALLOC(n_bytes)
#endif

#ifndef MPZ_TOO_BIG
// A result would need more digits than size_t can count: make the allocator
// raise MemoryError; if it ever returns, there is nothing sensible left to do.
#define MPZ_TOO_BIG() mpz_too_big()
static void mpz_too_big(void) {
    void *p = MPZ_ALLOC(SIZE_MAX);
    (void)p;
    abort();
}
#endif

#ifndef MPZ_KARATSUBA_THRESHOLD
#define MPZ_KARATSUBA_THRESHOLD (48)
#endif
#ifndef MPZ_KARATSUBA_SQR_THRESHOLD
#define MPZ_KARATSUBA_SQR_THRESHOLD (64)
#endif

typedef mpz_dig_t dig_t;
typedef uint64_t ddig_t;
#define DIG_BITS (32)
#define DIG_MASK ((dig_t)0xffffffffu)

/******************************************************************************/
// memory helpers

// Digit arrays are not zero-filled: every algorithm writes a digit before reading it (the unit
// test allocates with malloc, which ASan fills with garbage, and checks the results).
static dig_t *dn_alloc(size_t n) {
    if (n > SIZE_MAX / sizeof(dig_t)) {
        MPZ_TOO_BIG();
    }
    return (dig_t *)MPZ_ALLOC_UNINIT(n * sizeof(dig_t));
}

static void dn_free(dig_t *p, size_t n) {
    (void)n; // unused when MPZ_FREE ignores the size
    if (p != NULL) {
        MPZ_FREE(p, n * sizeof(dig_t));
    }
}

static size_t add_size(size_t a, size_t b) {
    size_t r;
    if (__builtin_add_overflow(a, b, &r) || r > (SIZE_MAX >> 1) / sizeof(dig_t)) {
        MPZ_TOO_BIG();
    }
    return r;
}

// Make room for n digits, preserving the current digits.
static void mpz_need(mpz_t *z, size_t n) {
    if (z->alloc < n) {
        if (n > (SIZE_MAX >> 1) / sizeof(dig_t)) {
            MPZ_TOO_BIG();
        }
        if (z->dig == NULL || z->alloc == 0) {
            z->dig = dn_alloc(n);
        } else {
            z->dig = (dig_t *)MPZ_REALLOC(z->dig, z->alloc * sizeof(dig_t), n * sizeof(dig_t));
        }
        z->alloc = n;
    }
}

static inline size_t dn_norm(const dig_t *a, size_t n) {
    while (n > 0 && a[n - 1] == 0) {
        --n;
    }
    return n;
}

static inline void mpz_normalize(mpz_t *z) {
    z->len = dn_norm(z->dig, z->len);
    if (z->len == 0) {
        z->neg = 0;
    }
}

// Install a freshly computed digit array (alloc digits, first len meaningful)
// as the value of z, releasing z's old digits.
static void mpz_adopt(mpz_t *z, dig_t *buf, size_t alloc, size_t len, bool neg) {
    if (z->dig != buf) {
        dn_free(z->dig, z->alloc);
    }
    z->dig = buf;
    z->alloc = alloc;
    z->len = dn_norm(buf, len);
    z->neg = (z->len != 0) && neg;
}

static void mpz_set_zero(mpz_t *z) {
    z->len = 0;
    z->neg = 0;
}

static inline unsigned clz_dig(dig_t d) {
    return (unsigned)__builtin_clz(d);
}

static inline unsigned ctz_dig(dig_t d) {
    return (unsigned)__builtin_ctz(d);
}

static size_t dn_bit_length(const dig_t *a, size_t n) {
    if (n == 0) {
        return 0;
    }
    return n * DIG_BITS - clz_dig(a[n - 1]);
}

/******************************************************************************/
// digit-array primitives

static int dn_cmp(const dig_t *a, size_t an, const dig_t *b, size_t bn) {
    // a and b normalized
    if (an != bn) {
        return an < bn ? -1 : 1;
    }
    while (an-- > 0) {
        if (a[an] != b[an]) {
            return a[an] < b[an] ? -1 : 1;
        }
    }
    return 0;
}

// r[0..an) = a + b, an >= bn; returns the carry.  r may equal a or b.
static dig_t dn_add(dig_t *r, const dig_t *a, size_t an, const dig_t *b, size_t bn) {
    ddig_t c = 0;
    size_t i = 0;
    for (; i < bn; i++) {
        c += (ddig_t)a[i] + b[i];
        r[i] = (dig_t)c;
        c >>= DIG_BITS;
    }
    for (; i < an; i++) {
        c += a[i];
        r[i] = (dig_t)c;
        c >>= DIG_BITS;
    }
    return (dig_t)c;
}

// r[0..an) = a - b, an >= bn; returns the borrow.  r may equal a or b.
static dig_t dn_sub(dig_t *r, const dig_t *a, size_t an, const dig_t *b, size_t bn) {
    dig_t borrow = 0;
    size_t i = 0;
    for (; i < bn; i++) {
        ddig_t t = (ddig_t)a[i] - b[i] - borrow;
        r[i] = (dig_t)t;
        borrow = (dig_t)(t >> 63);
    }
    for (; i < an; i++) {
        ddig_t t = (ddig_t)a[i] - borrow;
        r[i] = (dig_t)t;
        borrow = (dig_t)(t >> 63);
    }
    return borrow;
}

// r[0..n) = a * d + c_in; returns the carry digit.  r may equal a.
static dig_t dn_mul_1(dig_t *r, const dig_t *a, size_t n, dig_t d, dig_t c_in) {
    ddig_t c = c_in;
    for (size_t i = 0; i < n; i++) {
        c += (ddig_t)a[i] * d;
        r[i] = (dig_t)c;
        c >>= DIG_BITS;
    }
    return (dig_t)c;
}

// r[0..n) += a * d; returns the carry digit.
static dig_t dn_addmul_1(dig_t *r, const dig_t *a, size_t n, dig_t d) {
    ddig_t c = 0;
    for (size_t i = 0; i < n; i++) {
        c += (ddig_t)a[i] * d + r[i];
        r[i] = (dig_t)c;
        c >>= DIG_BITS;
    }
    return (dig_t)c;
}

// r[0..n) -= a * d; returns the borrow digit.
static dig_t dn_submul_1(dig_t *r, const dig_t *a, size_t n, dig_t d) {
    ddig_t c = 0;
    for (size_t i = 0; i < n; i++) {
        ddig_t p = (ddig_t)a[i] * d + c;
        dig_t lo = (dig_t)p;
        dig_t ri = r[i];
        c = (p >> DIG_BITS) + (ri < lo);
        r[i] = ri - lo;
    }
    return (dig_t)c;
}

// q[0..n) = a / d, returns a % d.  q may equal a.
static dig_t dn_divrem_1(dig_t *q, const dig_t *a, size_t n, dig_t d) {
    ddig_t r = 0;
    for (size_t i = n; i-- > 0;) {
        r = (r << DIG_BITS) | a[i];
        ddig_t qq = r / d;
        q[i] = (dig_t)qq;
        r -= qq * d;
    }
    return (dig_t)r;
}

// Same with the constant 10^9, so the compiler replaces the division by a multiply.
static dig_t dn_divrem_1e9(dig_t *q, const dig_t *a, size_t n) {
    ddig_t r = 0;
    for (size_t i = n; i-- > 0;) {
        r = (r << DIG_BITS) | a[i];
        ddig_t qq = r / 1000000000u;
        q[i] = (dig_t)qq;
        r -= qq * 1000000000u;
    }
    return (dig_t)r;
}

// r[0..n) = a << s (0 < s < 32); returns the bits shifted out. r may equal a.
static dig_t dn_shl_bits(dig_t *r, const dig_t *a, size_t n, unsigned s) {
    dig_t out = 0;
    for (size_t i = n; i-- > 0;) {
        dig_t d = a[i];
        if (i == n - 1) {
            out = d >> (DIG_BITS - s);
        }
        r[i] = (d << s) | (i > 0 ? a[i - 1] >> (DIG_BITS - s) : 0);
    }
    return out;
}

// r[0..n) = a >> s (0 < s < 32).  r may equal a.
static void dn_shr_bits(dig_t *r, const dig_t *a, size_t n, unsigned s) {
    for (size_t i = 0; i < n; i++) {
        r[i] = (a[i] >> s) | (i + 1 < n ? a[i + 1] << (DIG_BITS - s) : 0);
    }
}

// Bits [pos, pos + 64) of a (zeros beyond the end).
static uint64_t dn_get_bits64(const dig_t *a, size_t n, size_t pos) {
    size_t w = pos / DIG_BITS;
    unsigned off = pos % DIG_BITS;
    uint64_t r = 0;
    for (unsigned k = 0; k < 3; k++) {
        if (w + k < n) {
            uint64_t d = a[w + k];
            int sh = (int)(k * DIG_BITS) - (int)off;
            if (sh >= 0) {
                if (sh < 64) {
                    r |= d << sh;
                }
            } else {
                r |= d >> -sh;
            }
        }
    }
    return r;
}

// true if any of the bits [0, nbits) of a is set
static bool dn_low_bits_nonzero(const dig_t *a, size_t n, size_t nbits) {
    size_t w = nbits / DIG_BITS;
    for (size_t i = 0; i < w && i < n; i++) {
        if (a[i] != 0) {
            return true;
        }
    }
    unsigned b = nbits % DIG_BITS;
    return b != 0 && w < n && (a[w] & ((1u << b) - 1)) != 0;
}

/******************************************************************************/
// multiplication

// r[0..an+bn) = a * b, an >= bn >= 1; r must not overlap a or b.
static void dn_mul_basecase(dig_t *r, const dig_t *a, size_t an, const dig_t *b, size_t bn) {
    r[an] = dn_mul_1(r, a, an, b[0], 0);
    for (size_t j = 1; j < bn; j++) {
        r[an + j] = dn_addmul_1(r + j, a, an, b[j]);
    }
}

// r[0..2n) = a^2, n >= 1; r must not overlap a.
static void dn_sqr_basecase(dig_t *r, const dig_t *a, size_t n) {
    // cross products a[i]*a[j], i < j
    memset(r, 0, n * sizeof(dig_t));
    for (size_t i = 0; i < n; i++) {
        r[i + n] = dn_addmul_1(r + 2 * i + 1, a + i + 1, n - i - 1, a[i]);
    }
    // r = 2 * r + sum a[i]^2 B^(2i)
    dig_t top = 0;
    ddig_t c = 0;
    for (size_t i = 0; i < n; i++) {
        ddig_t sq = (ddig_t)a[i] * a[i];
        dig_t lo = r[2 * i], hi = r[2 * i + 1];
        dig_t lo2 = (lo << 1) | top;
        top = lo >> (DIG_BITS - 1);
        dig_t hi2 = (hi << 1) | top;
        top = hi >> (DIG_BITS - 1);
        c += (ddig_t)lo2 + (dig_t)sq;
        r[2 * i] = (dig_t)c;
        c >>= DIG_BITS;
        c += (ddig_t)hi2 + (sq >> DIG_BITS);
        r[2 * i + 1] = (dig_t)c;
        c >>= DIG_BITS;
    }
}

// d[0..m) = |x - y| where x has m digits and y has yn <= m digits; returns
// true if x < y.
static bool dn_absdiff(dig_t *d, const dig_t *x, size_t m, const dig_t *y, size_t yn) {
    size_t xn_ = dn_norm(x, m), yn_ = dn_norm(y, yn);
    if (dn_cmp(x, xn_, y, yn_) >= 0) {
        dn_sub(d, x, m, y, yn);
        return false;
    } else {
        dn_sub(d, y, yn_, x, xn_);
        memset(d + yn_, 0, (m - yn_) * sizeof(dig_t));
        return true;
    }
}

// scratch digits sufficient for dn_mul_rec / dn_sqr_rec with first operand of n digits
static size_t kara_scratch(size_t n) {
    return 4 * n + 4 * 64;
}

static void dn_mul_rec(dig_t *r, const dig_t *a, size_t an, const dig_t *b, size_t bn, dig_t *tmp);

// r[0..2m) = x * y where both have m digits (possibly with leading zeros)
static void dn_mul_padded(dig_t *r, const dig_t *x, const dig_t *y, size_t m, dig_t *tmp) {
    size_t xn = dn_norm(x, m), yn = dn_norm(y, m);
    if (xn == 0 || yn == 0) {
        memset(r, 0, 2 * m * sizeof(dig_t));
        return;
    }
    if (xn >= yn) {
        dn_mul_rec(r, x, xn, y, yn, tmp);
    } else {
        dn_mul_rec(r, y, yn, x, xn, tmp);
    }
    memset(r + xn + yn, 0, (2 * m - xn - yn) * sizeof(dig_t));
}

// r[0..an+bn) = a * b, an >= bn >= 1, r overlaps neither; tmp: kara_scratch(an) digits.
static void dn_mul_rec(dig_t *r, const dig_t *a, size_t an, const dig_t *b, size_t bn, dig_t *tmp) {
    if (bn < MPZ_KARATSUBA_THRESHOLD) {
        dn_mul_basecase(r, a, an, b, bn);
        return;
    }
    size_t m = (an + 1) / 2;
    if (bn <= m) {
        // unbalanced: cut a into pieces of bn digits
        dig_t *t = tmp;
        tmp += 2 * bn;
        dn_mul_rec(r, a, bn, b, bn, tmp);
        size_t done = bn;
        while (done < an) {
            size_t cl = an - done < bn ? an - done : bn;
            if (cl == bn) {
                dn_mul_rec(t, a + done, bn, b, bn, tmp);
            } else {
                dn_mul_rec(t, b, bn, a + done, cl, tmp);
            }
            // r[done..done+bn) holds the top of the previous partial product
            dn_add(r + done, t, cl + bn, r + done, bn);
            done += cl;
        }
        return;
    }
    // Karatsuba: a = a1 B^m + a0, b = b1 B^m + b0
    const dig_t *a1 = a + m, *b1 = b + m;
    size_t a1n = an - m, b1n = bn - m; // 1 <= b1n <= a1n <= m
    dig_t *da = tmp, *db = tmp + m, *t = tmp + 2 * m, *sub = tmp + 4 * m;
    bool sa = dn_absdiff(da, a, m, a1, a1n);
    bool sb = dn_absdiff(db, b, m, b1, b1n);
    dn_mul_padded(t, da, db, m, sub); // t = |a0-a1| |b0-b1|
    dn_mul_rec(r, a, m, b, m, sub); // z0 (a0, b0 may have leading zeros: harmless)
    dn_mul_rec(r + 2 * m, a1, a1n, b1, b1n, sub); // z2
    memcpy(tmp, r, 2 * m * sizeof(dig_t)); // copy of z0 (da, db no longer needed)
    size_t L = an + bn - m; // >= 2m
    // z2 first: it is read from r[2m..] while r[m..] is updated (each digit is
    // read before it is overwritten); adding z0 first would clobber it
    dn_add(r + m, r + m, L, r + 2 * m, a1n + b1n);
    dn_add(r + m, r + m, L, tmp, 2 * m);
    // middle = z0 + z2 - (a0-a1)(b0-b1); carries out of the top cancel (mod B^(an+bn))
    if (sa != sb) {
        dn_add(r + m, r + m, L, t, 2 * m);
    } else {
        dn_sub(r + m, r + m, L, t, 2 * m);
    }
}

// r[0..2n) = a^2; tmp: kara_scratch(n) digits.
static void dn_sqr_rec(dig_t *r, const dig_t *a, size_t n, dig_t *tmp) {
    if (n < MPZ_KARATSUBA_SQR_THRESHOLD) {
        dn_sqr_basecase(r, a, n);
        return;
    }
    size_t m = (n + 1) / 2;
    const dig_t *a1 = a + m;
    size_t a1n = n - m;
    dig_t *da = tmp, *t = tmp + 2 * m, *sub = tmp + 4 * m;
    dn_absdiff(da, a, m, a1, a1n);
    size_t dn_ = dn_norm(da, m);
    if (dn_ == 0) {
        memset(t, 0, 2 * m * sizeof(dig_t));
    } else {
        dn_sqr_rec(t, da, dn_, sub);
        memset(t + 2 * dn_, 0, 2 * (m - dn_) * sizeof(dig_t));
    }
    size_t a0n = dn_norm(a, m);
    if (a0n == 0) {
        memset(r, 0, 2 * m * sizeof(dig_t));
    } else {
        dn_sqr_rec(r, a, a0n, sub);
        memset(r + 2 * a0n, 0, 2 * (m - a0n) * sizeof(dig_t));
    }
    dn_sqr_rec(r + 2 * m, a1, a1n, sub);
    memcpy(tmp, r, 2 * m * sizeof(dig_t));
    size_t L = 2 * n - m;
    dn_add(r + m, r + m, L, r + 2 * m, 2 * a1n); // z2 first, as in dn_mul_rec
    dn_add(r + m, r + m, L, tmp, 2 * m);
    dn_sub(r + m, r + m, L, t, 2 * m);
}

// r[0..an+bn) = a * b for any an, bn >= 1 (r overlaps neither).  scratch may be
// NULL (allocated here if needed) or kara_scratch(max(an, bn)) digits.
static void dn_mul(dig_t *r, const dig_t *a, size_t an, const dig_t *b, size_t bn, dig_t *scratch) {
    if (an < bn) {
        const dig_t *tp = a;
        a = b;
        b = tp;
        size_t tn = an;
        an = bn;
        bn = tn;
    }
    bool square = (a == b && an == bn);
    if (square ? an < MPZ_KARATSUBA_SQR_THRESHOLD : bn < MPZ_KARATSUBA_THRESHOLD) {
        if (square) {
            dn_sqr_basecase(r, a, an);
        } else {
            dn_mul_basecase(r, a, an, b, bn);
        }
        return;
    }
    dig_t *own = NULL;
    size_t sn = kara_scratch(an);
    if (scratch == NULL) {
        own = scratch = dn_alloc(sn);
    }
    if (square) {
        dn_sqr_rec(r, a, an, scratch);
    } else {
        dn_mul_rec(r, a, an, b, bn, scratch);
    }
    dn_free(own, sn);
}

/******************************************************************************/
// division

// Knuth algorithm D.  a: an digits, b: bn >= 2 digits with b[bn-1] != 0,
// an >= bn.  q (an-bn+1 digits) and r (bn digits) may each be NULL.
// work: NULL or an + bn + 1 digits.  Neither q nor r may overlap a or b.
static void dn_divrem(dig_t *q, dig_t *r, const dig_t *a, size_t an, const dig_t *b, size_t bn, dig_t *work) {
    dig_t *own = NULL;
    size_t wn = an + bn + 1;
    if (work == NULL) {
        own = work = dn_alloc(wn);   // u[0..an] and v[0..bn) are written first
    }
    dig_t *u = work, *v = work + an + 1;
    unsigned s = clz_dig(b[bn - 1]);
    if (s == 0) {
        memcpy(v, b, bn * sizeof(dig_t));
        memcpy(u, a, an * sizeof(dig_t));
        u[an] = 0;
    } else {
        dn_shl_bits(v, b, bn, s);
        u[an] = dn_shl_bits(u, a, an, s);
    }
    dig_t vtop = v[bn - 1], vsec = v[bn - 2];
    for (size_t j = an - bn + 1; j-- > 0;) {
        dig_t *uj = u + j;
        ddig_t num = ((ddig_t)uj[bn] << DIG_BITS) | uj[bn - 1];
        ddig_t qhat = num / vtop;
        ddig_t rhat = num - qhat * vtop;
        while (qhat > DIG_MASK || qhat * vsec > ((rhat << DIG_BITS) | uj[bn - 2])) {
            qhat--;
            rhat += vtop;
            if (rhat > DIG_MASK) {
                break;
            }
        }
        dig_t borrow = dn_submul_1(uj, v, bn, (dig_t)qhat);
        if (uj[bn] < borrow) {
            // qhat was one too large: add the divisor back
            qhat--;
            dig_t c = dn_add(uj, uj, bn, v, bn);
            uj[bn] = uj[bn] - borrow + c;
        } else {
            uj[bn] -= borrow;
        }
        if (q != NULL) {
            q[j] = (dig_t)qhat;
        }
    }
    if (r != NULL) {
        if (s == 0) {
            memcpy(r, u, bn * sizeof(dig_t));
        } else {
            dn_shr_bits(r, u, bn, s);
        }
    }
    dn_free(own, wn);
}

/******************************************************************************/
// life cycle

void mpz_init_zero(mpz_t *z) {
    z->neg = 0;
    z->alloc = 0;
    z->len = 0;
    z->dig = NULL;
}

void mpz_deinit(mpz_t *z) {
    dn_free(z->dig, z->alloc);
    mpz_init_zero(z);
}

static void mpz_set_mag_u64(mpz_t *z, uint64_t v, bool neg) {
    if (v == 0) {
        mpz_set_zero(z);
        return;
    }
    mpz_need(z, 2);
    z->dig[0] = (dig_t)v;
    z->dig[1] = (dig_t)(v >> DIG_BITS);
    z->len = z->dig[1] ? 2 : 1;
    z->neg = neg;
}

void mpz_set_from_int(mpz_t *z, intptr_t v) {
    mpz_set_mag_u64(z, v < 0 ? -(uint64_t)(uintptr_t)v & (uint64_t)UINTPTR_MAX : (uint64_t)v, v < 0);
}

void mpz_set_from_int64(mpz_t *z, int64_t v) {
    mpz_set_mag_u64(z, v < 0 ? -(uint64_t)v : (uint64_t)v, v < 0);
}

void mpz_set_from_uint64(mpz_t *z, uint64_t v) {
    mpz_set_mag_u64(z, v, false);
}

void mpz_init_from_int(mpz_t *z, intptr_t v) {
    mpz_init_zero(z);
    mpz_set_from_int(z, v);
}

void mpz_init_from_uint64(mpz_t *z, uint64_t v) {
    mpz_init_zero(z);
    mpz_set_from_uint64(z, v);
}

void mpz_init_from_int64(mpz_t *z, int64_t v) {
    mpz_init_zero(z);
    mpz_set_from_int64(z, v);
}

void mpz_set(mpz_t *dest, const mpz_t *src) {
    if (dest == src) {
        return;
    }
    mpz_need(dest, src->len);
    if (src->len) {
        memcpy(dest->dig, src->dig, src->len * sizeof(dig_t));
    }
    dest->len = src->len;
    dest->neg = src->neg;
}

void mpz_init_copy(mpz_t *z, const mpz_t *src) {
    mpz_init_zero(z);
    mpz_set(z, src);
}

/******************************************************************************/
// queries

bool mpz_is_zero(const mpz_t *z) {
    return z->len == 0;
}

int mpz_sign(const mpz_t *z) {
    return z->len == 0 ? 0 : z->neg ? -1 : 1;
}

int mpz_cmp(const mpz_t *a, const mpz_t *b) {
    int sa = mpz_sign(a), sb = mpz_sign(b);
    if (sa != sb) {
        return sa < sb ? -1 : 1;
    }
    int c = dn_cmp(a->dig, a->len, b->dig, b->len);
    return sa < 0 ? -c : c;
}

int mpz_cmp_int(const mpz_t *a, intptr_t b) {
    dig_t buf[2];
    uint64_t m = b < 0 ? -(uint64_t)(uintptr_t)b & (uint64_t)UINTPTR_MAX : (uint64_t)b;
    buf[0] = (dig_t)m;
    buf[1] = (dig_t)(m >> DIG_BITS);
    mpz_t t;
    t.dig = buf;
    t.alloc = 2;
    t.len = dn_norm(buf, 2);
    t.neg = b < 0;
    return mpz_cmp(a, &t);
}

// low 64 bits of the magnitude; *fits set if the magnitude < 2^64
static uint64_t mpz_mag_u64(const mpz_t *z, bool *fits) {
    uint64_t v = 0;
    if (z->len > 0) {
        v = z->dig[0];
    }
    if (z->len > 1) {
        v |= (uint64_t)z->dig[1] << DIG_BITS;
    }
    if (fits != NULL) {
        *fits = z->len <= 2;
    }
    return v;
}

bool mpz_as_int64_checked(const mpz_t *z, int64_t *value) {
    bool fits;
    uint64_t m = mpz_mag_u64(z, &fits);
    if (!fits) {
        return false;
    }
    if (z->neg) {
        if (m > (uint64_t)INT64_MAX + 1) {
            return false;
        }
        *value = m == (uint64_t)INT64_MAX + 1 ? INT64_MIN : -(int64_t)m;
    } else {
        if (m > (uint64_t)INT64_MAX) {
            return false;
        }
        *value = (int64_t)m;
    }
    return true;
}

bool mpz_as_int_checked(const mpz_t *z, intptr_t *value) {
    int64_t v;
    if (!mpz_as_int64_checked(z, &v) || v < INTPTR_MIN || v > INTPTR_MAX) {
        return false;
    }
    *value = (intptr_t)v;
    return true;
}

bool mpz_as_uint64_checked(const mpz_t *z, uint64_t *value) {
    bool fits;
    uint64_t m = mpz_mag_u64(z, &fits);
    if (!fits || z->neg) {
        return false;
    }
    *value = m;
    return true;
}

uint64_t mpz_as_uint64_wrap(const mpz_t *z) {
    uint64_t m = mpz_mag_u64(z, NULL);
    return z->neg ? -m : m;
}

size_t mpz_bit_length(const mpz_t *z) {
    return dn_bit_length(z->dig, z->len);
}

size_t mpz_bit_count(const mpz_t *z) {
    size_t c = 0;
    for (size_t i = 0; i < z->len; i++) {
        c += (size_t)__builtin_popcount(z->dig[i]);
    }
    return c;
}

intptr_t mpz_hash(const mpz_t *z) {
    #if UINTPTR_MAX > 0xffffffffu
    // modulus P = 2^61 - 1; x * 2^32 mod P is a 61-bit rotation by 32
    const uint64_t P = ((uint64_t)1 << 61) - 1;
    uint64_t x = 0;
    for (size_t i = z->len; i-- > 0;) {
        x = ((x << 32) & P) | (x >> 29);
        x += z->dig[i];
        if (x >= P) {
            x -= P;
        }
    }
    #else
    // modulus P = 2^31 - 1; 2^32 == 2 (mod P)
    const uint64_t P = ((uint64_t)1 << 31) - 1;
    uint64_t x = 0;
    for (size_t i = z->len; i-- > 0;) {
        x = 2 * x + z->dig[i];
        x = (x & P) + (x >> 31);
        x = (x & P) + (x >> 31);
        if (x >= P) {
            x -= P;
        }
    }
    #endif
    intptr_t h = (intptr_t)x;
    if (z->neg) {
        h = -h;
    }
    if (h == -1) {
        h = -2;
    }
    return h;
}

/******************************************************************************/
// doubles

static double signed_ldexp(uint64_t m, long e, bool neg) {
    double d = ldexp((double)m, (int)e);
    return neg ? -d : d;
}

double mpz_as_double(const mpz_t *z) {
    size_t bl = mpz_bit_length(z);
    if (bl == 0) {
        return 0.0;
    }
    if (bl > 1025) {
        return z->neg ? -HUGE_VAL : HUGE_VAL;
    }
    if (bl <= 64) {
        return signed_ldexp(mpz_mag_u64(z, NULL), 0, z->neg);
    }
    size_t sh = bl - 64;
    uint64_t top = dn_get_bits64(z->dig, z->len, sh);
    if (dn_low_bits_nonzero(z->dig, z->len, sh)) {
        top |= 1; // sticky bit, well below the rounding position
    }
    return signed_ldexp(top, (long)sh, z->neg);
}

bool mpz_as_double_checked(const mpz_t *z, double *d) {
    *d = mpz_as_double(z);
    return !isinf(*d);
}

void mpz_set_from_double(mpz_t *z, double d) {
    uint64_t bits;
    memcpy(&bits, &d, sizeof(bits));
    bool neg = bits >> 63;
    int e = (int)((bits >> 52) & 0x7ff);
    uint64_t m = (bits & (((uint64_t)1 << 52) - 1)) | ((uint64_t)1 << 52);
    // |d| = m * 2^(e - 1075) for normal numbers; subnormals are < 1
    if (e < 1023) {
        mpz_set_zero(z);
        return;
    }
    int sh = e - 1075;
    if (sh <= 0) {
        mpz_set_mag_u64(z, m >> -sh, neg);
    } else {
        mpz_set_mag_u64(z, m, neg);
        mpz_shl(z, z, (size_t)sh);
    }
}

int mpz_cmp_double(const mpz_t *a, double d) {
    if (isinf(d)) {
        return d > 0 ? -1 : 1;
    }
    int sa = mpz_sign(a), sd = d > 0 ? 1 : d < 0 ? -1 : 0;
    if (sa != sd) {
        return sa < sd ? -1 : 1;
    }
    if (sa == 0) {
        return 0;
    }
    // same sign: compare |a| with |d|
    double ad = fabs(d);
    int e;
    (void)frexp(ad, &e); // ad in [2^(e-1), 2^e)
    size_t bl = mpz_bit_length(a); // |a| in [2^(bl-1), 2^bl)
    int mag;
    if (e < 1 || bl > (size_t)e) {
        mag = 1;
    } else if (bl < (size_t)e) {
        mag = -1;
    } else {
        mpz_t t, aa = *a;
        aa.neg = 0;
        mpz_init_zero(&t);
        double ip = floor(ad);
        mpz_set_from_double(&t, ip);
        mag = mpz_cmp(&aa, &t);
        if (mag == 0 && ad != ip) {
            mag = -1;
        }
        mpz_deinit(&t);
    }
    return sa > 0 ? mag : -mag;
}

bool mpz_true_divide(double *out, const mpz_t *a, const mpz_t *b) {
    bool neg = a->neg != b->neg;
    if (a->len == 0) {
        *out = neg ? -0.0 : 0.0;
        return true;
    }
    size_t la = mpz_bit_length(a), lb = mpz_bit_length(b);
    if (la <= 53 && lb <= 53) {
        // both exact as doubles: IEEE division rounds correctly
        double q = (double)mpz_mag_u64(a, NULL) / (double)mpz_mag_u64(b, NULL);
        *out = neg ? -q : q;
        return true;
    }
    // a / b lies in [2^(d-1), 2^(d+1))
    if (la > lb + 1026) {
        return false;
    }
    if (lb > la + 1080) {
        *out = neg ? -0.0 : 0.0;
        return true;
    }
    long d = (long)la - (long)lb;
    long k = d - 55 > -1076 ? d - 55 : -1076;
    // q = floor(|a| / (|b| 2^k)), sticky = inexact
    mpz_t num, den, qq, rr;
    mpz_init_zero(&num);
    mpz_init_zero(&qq);
    mpz_init_zero(&rr);
    den = *b;
    den.neg = 0;
    bool sticky = false;
    mpz_t aa = *a; // read-only view of |a|
    aa.neg = 0;
    if (k >= 0) {
        sticky = dn_low_bits_nonzero(a->dig, a->len, (size_t)k);
        mpz_shr(&num, &aa, (size_t)k);
    } else {
        mpz_shl(&num, &aa, (size_t)-k);
    }
    mpz_divmod(&qq, &rr, &num, &den);
    sticky = sticky || rr.len != 0;
    uint64_t q = mpz_mag_u64(&qq, NULL);
    mpz_deinit(&num);
    mpz_deinit(&qq);
    mpz_deinit(&rr);
    long lq = q == 0 ? 0 : 64 - __builtin_clzll(q);
    long shift = lq - 53 > -1074 - k ? lq - 53 : -1074 - k; // >= 2
    uint64_t low = q & (((uint64_t)1 << shift) - 1);
    uint64_t half = (uint64_t)1 << (shift - 1);
    q >>= shift;
    if (low > half || (low == half && (sticky || (q & 1)))) {
        q++;
    }
    *out = signed_ldexp(q, k + shift, neg);
    return !isinf(*out);
}

/******************************************************************************/
// add, subtract, negate

void mpz_neg(mpz_t *dest, const mpz_t *a) {
    mpz_set(dest, a);
    if (dest->len != 0) {
        dest->neg = !dest->neg;
    }
}

void mpz_abs(mpz_t *dest, const mpz_t *a) {
    mpz_set(dest, a);
    dest->neg = 0;
}

static void mpz_add_signed(mpz_t *dest, const mpz_t *a, bool aneg, const mpz_t *b, bool bneg) {
    size_t an = a->len, bn = b->len;
    if (bn == 0) {
        mpz_set(dest, a);
        dest->neg = an ? aneg : 0;
        return;
    }
    if (an == 0) {
        mpz_set(dest, b);
        dest->neg = bneg;
        return;
    }
    if (aneg == bneg) {
        if (an < bn) {
            const mpz_t *t = a;
            a = b;
            b = t;
            size_t tn = an;
            an = bn;
            bn = tn;
        }
        mpz_need(dest, an + 1); // may move a's or b's digits if aliased: read pointers after
        dest->dig[an] = dn_add(dest->dig, a->dig, an, b->dig, bn);
        dest->len = an + 1;
        dest->neg = aneg;
    } else {
        int c = dn_cmp(a->dig, an, b->dig, bn);
        if (c == 0) {
            mpz_set_zero(dest);
            return;
        }
        bool rneg = aneg;
        if (c < 0) {
            const mpz_t *t = a;
            a = b;
            b = t;
            size_t tn = an;
            an = bn;
            bn = tn;
            rneg = bneg;
        }
        mpz_need(dest, an);
        dn_sub(dest->dig, a->dig, an, b->dig, bn);
        dest->len = an;
        dest->neg = rneg;
    }
    mpz_normalize(dest);
}

void mpz_add(mpz_t *dest, const mpz_t *a, const mpz_t *b) {
    mpz_add_signed(dest, a, a->neg, b, b->neg);
}

void mpz_sub(mpz_t *dest, const mpz_t *a, const mpz_t *b) {
    mpz_add_signed(dest, a, a->neg, b, b->len != 0 && !b->neg);
}

/******************************************************************************/
// multiply, divide

void mpz_mul(mpz_t *dest, const mpz_t *a, const mpz_t *b) {
    size_t an = a->len, bn = b->len;
    if (an == 0 || bn == 0) {
        mpz_set_zero(dest);
        return;
    }
    bool neg = a->neg != b->neg;
    size_t rn = add_size(an, bn);
    dig_t *r = dn_alloc(rn);   // dn_mul writes all an + bn digits
    dn_mul(r, a->dig, an, b->dig, bn, NULL);
    mpz_adopt(dest, r, rn, rn, neg);
}

void mpz_divmod(mpz_t *quo, mpz_t *rem, const mpz_t *a, const mpz_t *b) {
    size_t an = a->len, bn = b->len;
    bool aneg = a->neg, bneg = b->neg;
    if (bn == 0) {
        return; // caller's contract violated; leave outputs alone
    }
    // magnitudes: q (qn digits, qalloc), r (rn digits, ralloc)
    size_t qalloc, ralloc = bn;
    dig_t *q, *r = dn_alloc(ralloc);
    size_t qn, rn;
    if (dn_cmp(a->dig, an, b->dig, bn) < 0) {
        qalloc = 1;
        q = dn_alloc(qalloc);
        qn = 0;
        if (an) {
            memcpy(r, a->dig, an * sizeof(dig_t));
        }
        rn = an;
    } else if (bn == 1) {
        qalloc = an + 1;
        q = dn_alloc(qalloc);
        r[0] = dn_divrem_1(q, a->dig, an, b->dig[0]);
        qn = dn_norm(q, an);
        rn = r[0] != 0;
    } else {
        qalloc = an - bn + 2;
        q = dn_alloc(qalloc);   // digits [0, an - bn] written when quo; unused otherwise
        dn_divrem(quo ? q : NULL, r, a->dig, an, b->dig, bn, NULL);
        qn = quo ? dn_norm(q, an - bn + 1) : 0;
        rn = dn_norm(r, bn);
    }
    bool qneg = aneg != bneg, rneg = aneg;
    if (rn != 0 && aneg != bneg) {
        // floor adjustment: q = -(|q| + 1), r = sign(b) * (|b| - |r|)
        if (quo) {
            if (qn == 0) {
                q[0] = 1;
                qn = 1;
            } else {
                q[qn] = dn_add(q, q, qn, (const dig_t[]){1}, 1);
                qn++;
            }
        }
        dn_sub(r, b->dig, bn, r, rn);
        rn = bn;
        rneg = bneg;
    }
    // inputs are no longer read: install results (safe under aliasing)
    if (quo) {
        mpz_adopt(quo, q, qalloc, qn, qneg);
    } else {
        dn_free(q, qalloc);
    }
    if (rem) {
        mpz_adopt(rem, r, ralloc, rn, rneg);
    } else {
        dn_free(r, ralloc);
    }
}

/******************************************************************************/
// powers

void mpz_pow(mpz_t *dest, const mpz_t *base, const mpz_t *exp) {
    if (exp->len == 0) {
        mpz_set_from_int(dest, 1);
        return;
    }
    if (base->len == 0) {
        mpz_set_zero(dest);
        return;
    }
    bool odd_exp = exp->dig[0] & 1;
    bool rneg = base->neg && odd_exp;
    if (base->len == 1 && base->dig[0] == 1) {
        mpz_set_from_int(dest, rneg ? -1 : 1);
        return;
    }
    uint64_t e;
    if (!mpz_as_uint64_checked(exp, &e) || e > SIZE_MAX / 2) {
        MPZ_TOO_BIG();
    }
    // |base| = odd * 2^tz
    size_t tz = 0;
    while (base->dig[tz / DIG_BITS] == 0) {
        tz += DIG_BITS;
    }
    tz += ctz_dig(base->dig[tz / DIG_BITS]);
    size_t shift;
    if (__builtin_mul_overflow(tz, (size_t)e, &shift)) {
        MPZ_TOO_BIG();
    }
    size_t obits = mpz_bit_length(base) - tz;
    if (obits == 1) {
        // power of two
        mpz_set_from_int(dest, rneg ? -1 : 1);
        mpz_shl(dest, dest, shift);
        return;
    }
    // odd part in its own array
    size_t on = (obits + DIG_BITS - 1) / DIG_BITS;
    dig_t *odd = dn_alloc(on);
    {
        size_t w = tz / DIG_BITS;
        unsigned s = tz % DIG_BITS;
        size_t n = base->len - w;
        if (s == 0) {
            memcpy(odd, base->dig + w, on * sizeof(dig_t));
        } else {
            // n is on or on + 1 digits
            dig_t *t = dn_alloc(n);
            dn_shr_bits(t, base->dig + w, n, s);
            memcpy(odd, t, on * sizeof(dig_t));
            dn_free(t, n);
        }
    }
    size_t rbits;
    if (__builtin_mul_overflow(obits, (size_t)e, &rbits)) {
        MPZ_TOO_BIG();
    }
    size_t cap = add_size(rbits / DIG_BITS, 2);
    dig_t *x = dn_alloc(cap), *y = dn_alloc(cap);
    size_t sn = kara_scratch(cap);
    dig_t *scratch = dn_alloc(sn);
    memcpy(x, odd, on * sizeof(dig_t));
    size_t xn = on;
    int top = 63 - __builtin_clzll(e);
    for (int i = top - 1; i >= 0; i--) {
        dn_mul(y, x, xn, x, xn, scratch);
        xn = dn_norm(y, 2 * xn);
        dig_t *t = x;
        x = y;
        y = t;
        if ((e >> i) & 1) {
            dn_mul(y, x, xn, odd, on, scratch);
            xn = dn_norm(y, xn + on);
            t = x;
            x = y;
            y = t;
        }
    }
    dn_free(scratch, sn);
    dn_free(y, cap);
    dn_free(odd, on);
    mpz_adopt(dest, x, cap, xn, rneg);
    if (shift) {
        mpz_shl(dest, dest, shift);
    }
}

// context for modular multiplication: values are < m, stored in n digits
typedef struct {
    const dig_t *m;
    size_t n;
    dig_t *prod;    // 2n digits
    dig_t *work;    // 3n + 1 digits for dn_divrem
    dig_t *scratch; // kara_scratch(n) digits
} modctx_t;

// r = x * y mod m; r may equal x or y; returns the normalized length of r
static size_t modmul(const modctx_t *c, dig_t *r, const dig_t *x, size_t xn, const dig_t *y, size_t yn) {
    if (xn == 0 || yn == 0) {
        return 0;
    }
    dn_mul(c->prod, x, xn, y, yn, c->scratch);
    size_t pn = dn_norm(c->prod, xn + yn);
    size_t n = c->n;
    if (dn_cmp(c->prod, pn, c->m, n) < 0) {
        memcpy(r, c->prod, pn * sizeof(dig_t));
        return pn;
    }
    if (n == 1) {
        r[0] = dn_divrem_1(c->prod, c->prod, pn, c->m[0]);
        return r[0] != 0;
    }
    dn_divrem(NULL, r, c->prod, pn, c->m, n, c->work);
    return dn_norm(r, n);
}

void mpz_pow_mod(mpz_t *dest, const mpz_t *base, const mpz_t *exp, const mpz_t *mod) {
    if (mod->len == 0) {
        return; // contract violated
    }
    mpz_t m, b, e;
    mpz_init_copy(&m, mod);
    m.neg = 0;
    bool mneg = mod->neg;
    mpz_init_copy(&e, exp);
    mpz_init_zero(&b);
    mpz_divmod(NULL, &b, base, &m); // 0 <= b < m
    size_t n = m.len;
    dig_t *res = dn_alloc(n);
    size_t rn;
    if (m.len == 1 && m.dig[0] == 1) {
        rn = 0;
    } else if (e.len == 0) {
        res[0] = 1;
        rn = 1;
    } else if (b.len == 0) {
        rn = 0;
    } else {
        modctx_t c;
        c.m = m.dig;
        c.n = n;
        size_t sn = kara_scratch(n);
        c.prod = dn_alloc(2 * n);
        c.work = dn_alloc(3 * n + 1);
        c.scratch = dn_alloc(sn);
        size_t ebits = mpz_bit_length(&e);
        unsigned k = ebits <= 8 ? 1 : ebits <= 24 ? 2 : ebits <= 80 ? 3 : ebits <= 240 ? 4 : ebits <= 672 ? 5 : 6;
        size_t tsize = (size_t)1 << (k - 1);
        // table of odd powers b^1, b^3, ..., b^(2^k - 1), each n digits
        dig_t *tab = dn_alloc(tsize * n);
        size_t *tabn = (size_t *)MPZ_ALLOC(tsize * sizeof(size_t));
        memcpy(tab, b.dig, b.len * sizeof(dig_t));
        tabn[0] = b.len;
        if (tsize > 1) {
            dig_t *b2 = dn_alloc(n);
            size_t b2n = modmul(&c, b2, b.dig, b.len, b.dig, b.len);
            for (size_t i = 1; i < tsize; i++) {
                tabn[i] = modmul(&c, tab + i * n, tab + (i - 1) * n, tabn[i - 1], b2, b2n);
            }
            dn_free(b2, n);
        }
        bool started = false;
        rn = 0;
        size_t i = ebits;
        while (i > 0) {
            size_t bit = i - 1;
            if (!((e.dig[bit / DIG_BITS] >> (bit % DIG_BITS)) & 1)) {
                if (started) {
                    rn = modmul(&c, res, res, rn, res, rn);
                }
                i--;
                continue;
            }
            // window [bit .. low], low chosen so that bit `low` is set
            size_t low = bit + 1 >= k ? bit + 1 - k : 0;
            while (!((e.dig[low / DIG_BITS] >> (low % DIG_BITS)) & 1)) {
                low++;
            }
            size_t w = 0;
            for (size_t j = bit + 1; j-- > low;) {
                w = (w << 1) | ((e.dig[j / DIG_BITS] >> (j % DIG_BITS)) & 1);
                if (started) {
                    rn = modmul(&c, res, res, rn, res, rn);
                }
            }
            const dig_t *g = tab + (w >> 1) * n;
            if (started) {
                rn = modmul(&c, res, res, rn, g, tabn[w >> 1]);
            } else {
                memcpy(res, g, tabn[w >> 1] * sizeof(dig_t));
                rn = tabn[w >> 1];
                started = true;
            }
            if (rn == 0) {
                break;
            }
            i = low;
        }
        MPZ_FREE(tabn, tsize * sizeof(size_t));
        dn_free(tab, tsize * n);
        dn_free(c.prod, 2 * n);
        dn_free(c.work, 3 * n + 1);
        dn_free(c.scratch, sn);
    }
    if (mneg && rn != 0) {
        // result = r - |m| = -(|m| - r)
        dn_sub(res, m.dig, n, res, rn);
        rn = n;
    }
    mpz_adopt(dest, res, n, rn, mneg);
    mpz_deinit(&m);
    mpz_deinit(&b);
    mpz_deinit(&e);
}

bool mpz_inverse_mod(mpz_t *dest, const mpz_t *a, const mpz_t *mod) {
    if (mod->len == 0) {
        return false;
    }
    mpz_t m, r0, r1, s0, s1, q, t;
    mpz_init_copy(&m, mod);
    m.neg = 0;
    bool mneg = mod->neg;
    if (m.len == 1 && m.dig[0] == 1) {
        mpz_deinit(&m);
        mpz_set_zero(dest);
        return true;
    }
    mpz_init_copy(&r0, &m);
    mpz_init_zero(&r1);
    mpz_divmod(NULL, &r1, a, &m);
    mpz_init_zero(&s0);
    mpz_init_from_int(&s1, 1);
    mpz_init_zero(&q);
    mpz_init_zero(&t);
    // invariant: r0 == s0 * a (mod m), r1 == s1 * a (mod m)
    while (r1.len != 0) {
        mpz_divmod(&q, &t, &r0, &r1);
        mpz_t sw = r0;
        r0 = r1;
        r1 = t;
        t = sw;
        mpz_mul(&t, &q, &s1);
        mpz_sub(&t, &s0, &t);
        sw = s0;
        s0 = s1;
        s1 = t;
        t = sw;
    }
    bool ok = r0.len == 1 && r0.dig[0] == 1;
    if (ok) {
        mpz_divmod(NULL, &s0, &s0, &m); // 0 <= s0 < m
        if (mneg && s0.len != 0) {
            mpz_sub(&s0, &s0, &m);
        }
        mpz_set(dest, &s0);
    }
    mpz_deinit(&m);
    mpz_deinit(&r0);
    mpz_deinit(&r1);
    mpz_deinit(&s0);
    mpz_deinit(&s1);
    mpz_deinit(&q);
    mpz_deinit(&t);
    return ok;
}

/******************************************************************************/
// gcd

static uint64_t gcd_u64(uint64_t a, uint64_t b) {
    while (b != 0) {
        uint64_t t = a % b;
        a = b;
        b = t;
    }
    return a;
}

// (r, u) = (x*a + y*b, z*a + w*b) over n digits (b zero-padded beyond bn).
// Both results must be >= 0 and fit in n digits; |x|, |y|, |z|, |w| <= 2^30,
// so every intermediate fits in an int64_t.
static void dn_lincomb2(dig_t *r, dig_t *u, const dig_t *a, const dig_t *b, size_t bn, size_t n,
    int64_t x, int64_t y, int64_t z, int64_t w) {
    int64_t c1 = 0, c2 = 0;
    for (size_t i = 0; i < n; i++) {
        int64_t ai = a[i], bi = i < bn ? b[i] : 0;
        int64_t t1 = x * ai + y * bi + c1;
        int64_t t2 = z * ai + w * bi + c2;
        dig_t lo1 = (dig_t)(uint64_t)t1, lo2 = (dig_t)(uint64_t)t2;
        r[i] = lo1;
        u[i] = lo2;
        // exact division: (t - lo) is a multiple of 2^32 (an arithmetic shift, without relying on it)
        c1 = (t1 - (int64_t)lo1) / ((int64_t)1 << DIG_BITS);
        c2 = (t2 - (int64_t)lo2) / ((int64_t)1 << DIG_BITS);
    }
}

void mpz_gcd(mpz_t *dest, const mpz_t *a_in, const mpz_t *b_in) {
    size_t an = a_in->len, bn = b_in->len;
    if (dn_cmp(a_in->dig, an, b_in->dig, bn) < 0) {
        const mpz_t *t = a_in;
        a_in = b_in;
        b_in = t;
        an = a_in->len;
        bn = b_in->len;
    }
    if (bn == 0) {
        mpz_abs(dest, a_in);
        return;
    }
    size_t cap = an < 2 ? 2 : an;
    dig_t *A = dn_alloc(cap), *B = dn_alloc(cap), *T = dn_alloc(cap), *U = dn_alloc(cap);
    size_t wn = 2 * cap + 1;
    dig_t *work = dn_alloc(wn);
    memcpy(A, a_in->dig, an * sizeof(dig_t));
    memcpy(B, b_in->dig, bn * sizeof(dig_t));
    // invariant: A >= B > 0 (normalized lengths an, bn)
    while (bn != 0) {
        if (an <= 2) {
            uint64_t x = A[0] | (an > 1 ? (uint64_t)A[1] << DIG_BITS : 0);
            uint64_t y = B[0] | (bn > 1 ? (uint64_t)B[1] << DIG_BITS : 0);
            x = gcd_u64(x, y);
            A[0] = (dig_t)x;
            A[1] = (dig_t)(x >> DIG_BITS);
            an = dn_norm(A, 2);
            break;
        }
        int64_t ca = 1, cb = 0, cc = 0, cd = 1;
        if (an - bn <= 1) {
            // Lehmer: simulate Euclid on the leading 60 bits
            size_t s = dn_bit_length(A, an) - 60;
            int64_t x = (int64_t)(dn_get_bits64(A, an, s) & (((uint64_t)1 << 60) - 1));
            int64_t y = (int64_t)(dn_get_bits64(B, bn, s) & (((uint64_t)1 << 60) - 1));
            const int64_t lim = (int64_t)1 << 30;
            for (;;) {
                if (y + cc <= 0 || y + cd <= 0 || x + ca < 0 || x + cb < 0) {
                    break;
                }
                int64_t q = (x + ca) / (y + cc);
                if (q != (x + cb) / (y + cd)) {
                    break;
                }
                int64_t nc = ca - q * cc, nd = cb - q * cd;
                if (nc > lim || nc < -lim || nd > lim || nd < -lim) {
                    break;
                }
                ca = cc;
                cc = nc;
                cb = cd;
                cd = nd;
                int64_t ny = x - q * y;
                x = y;
                y = ny;
            }
        }
        if (cb == 0) {
            // plain Euclid step: (A, B) = (B, A mod B)
            size_t rn;
            if (bn == 1) {
                T[0] = dn_divrem_1(U, A, an, B[0]);
                rn = T[0] != 0;
            } else {
                dn_divrem(NULL, T, A, an, B, bn, work);
                rn = dn_norm(T, bn);
            }
            dig_t *tp = A;
            A = B;
            an = bn;
            B = T;
            bn = rn;
            T = tp;
        } else {
            // (A, B) = (ca A + cb B, cc A + cd B)
            dn_lincomb2(T, U, A, B, bn, an, ca, cb, cc, cd);
            dig_t *tp = A;
            A = T;
            T = tp;
            tp = B;
            B = U;
            U = tp;
            an = dn_norm(A, an);
            bn = dn_norm(B, an);
            if (dn_cmp(A, an, B, bn) < 0) {
                tp = A;
                A = B;
                B = tp;
                size_t tn = an;
                an = bn;
                bn = tn;
            }
        }
    }
    dn_free(B, cap);
    dn_free(T, cap);
    dn_free(U, cap);
    dn_free(work, wn);
    mpz_adopt(dest, A, cap, an, false);
}

/******************************************************************************/
// bitwise operations (infinite two's complement)

enum { BITOP_AND, BITOP_OR, BITOP_XOR };

static inline dig_t bitop_apply(int op, dig_t x, dig_t y) {
    return op == BITOP_AND ? (x & y) : op == BITOP_OR ? (x | y) : (x ^ y);
}

static void mpz_bitop(mpz_t *dest, const mpz_t *a, const mpz_t *b, int op) {
    bool aneg = a->neg, bneg = b->neg;
    size_t an = a->len, bn = b->len;
    dig_t exta = aneg ? DIG_MASK : 0, extb = bneg ? DIG_MASK : 0;
    bool rneg = bitop_apply(op, exta, extb) != 0;
    size_t L = an > bn ? an : bn;
    if (op == BITOP_AND) {
        // a non-negative operand bounds the result's length
        if (!aneg && an < L) {
            L = an;
        }
        if (!bneg && bn < L) {
            L = bn;
        }
    }
    mpz_need(dest, L + 1);
    const dig_t *ad = a->dig, *bd = b->dig;
    dig_t *rd = dest->dig;
    dig_t ca = 1, cb = 1, cr = 1;
    for (size_t i = 0; i < L; i++) {
        dig_t x = i < an ? ad[i] : 0;
        if (aneg) {
            x = ~x + ca;
            ca = ca && x == 0;
        }
        dig_t y = i < bn ? bd[i] : 0;
        if (bneg) {
            y = ~y + cb;
            cb = cb && y == 0;
        }
        dig_t r = bitop_apply(op, x, y);
        if (rneg) {
            r = ~r + cr;
            cr = cr && r == 0;
        }
        rd[i] = r;
    }
    rd[L] = rneg ? cr : 0;
    dest->len = L + 1;
    dest->neg = rneg;
    mpz_normalize(dest);
}

void mpz_and(mpz_t *dest, const mpz_t *a, const mpz_t *b) {
    mpz_bitop(dest, a, b, BITOP_AND);
}

void mpz_or(mpz_t *dest, const mpz_t *a, const mpz_t *b) {
    mpz_bitop(dest, a, b, BITOP_OR);
}

void mpz_xor(mpz_t *dest, const mpz_t *a, const mpz_t *b) {
    mpz_bitop(dest, a, b, BITOP_XOR);
}

// |dest| = |a| + 1 (in place allowed), sign given
static void mpz_mag_incr(mpz_t *dest, const mpz_t *a, bool neg) {
    size_t an = a->len;
    if (an == 0) {
        mpz_set_from_int(dest, neg ? -1 : 1);
        return;
    }
    mpz_need(dest, an + 1);
    dest->dig[an] = dn_add(dest->dig, a->dig, an, (const dig_t[]){1}, 1);
    dest->len = an + 1;
    dest->neg = neg;
    mpz_normalize(dest);
}

void mpz_not(mpz_t *dest, const mpz_t *a) {
    if (!a->neg) {
        // ~a = -(a + 1)
        mpz_mag_incr(dest, a, true);
    } else {
        // ~a = |a| - 1
        size_t an = a->len;
        mpz_need(dest, an);
        dn_sub(dest->dig, a->dig, an, (const dig_t[]){1}, 1);
        dest->len = an;
        dest->neg = 0;
        mpz_normalize(dest);
    }
}

void mpz_shl(mpz_t *dest, const mpz_t *a, size_t n) {
    size_t an = a->len;
    if (an == 0) {
        mpz_set_zero(dest);
        return;
    }
    size_t w = n / DIG_BITS;
    unsigned s = n % DIG_BITS;
    size_t rn = add_size(add_size(an, w), 1);
    bool neg = a->neg;
    mpz_need(dest, rn);
    dig_t *rd = dest->dig;
    const dig_t *ad = a->dig; // re-read after a possible realloc of an alias
    // high to low so that dest may alias a
    if (s == 0) {
        memmove(rd + w, ad, an * sizeof(dig_t));
        rd[an + w] = 0;
    } else {
        rd[an + w] = ad[an - 1] >> (DIG_BITS - s);
        for (size_t i = an; i-- > 0;) {
            rd[i + w] = (ad[i] << s) | (i > 0 ? ad[i - 1] >> (DIG_BITS - s) : 0);
        }
    }
    memset(rd, 0, w * sizeof(dig_t));
    dest->len = rn;
    dest->neg = neg;
    mpz_normalize(dest);
}

void mpz_shr(mpz_t *dest, const mpz_t *a, size_t n) {
    size_t an = a->len;
    bool neg = a->neg;
    size_t w = n / DIG_BITS;
    unsigned s = n % DIG_BITS;
    if (w >= an) {
        if (neg) {
            mpz_set_from_int(dest, -1);
        } else {
            mpz_set_zero(dest);
        }
        return;
    }
    bool lost = neg && dn_low_bits_nonzero(a->dig, an, n);
    size_t rn = an - w;
    mpz_need(dest, rn + 1);
    dig_t *rd = dest->dig;
    const dig_t *ad = a->dig;
    // low to high so that dest may alias a
    if (s == 0) {
        memmove(rd, ad + w, rn * sizeof(dig_t));
    } else {
        dn_shr_bits(rd, ad + w, rn, s);
    }
    dest->len = rn;
    dest->neg = neg;
    if (lost) {
        // floor: -(|a| >> n) - 1 when bits were shifted out
        rd[rn] = dn_add(rd, rd, rn, (const dig_t[]){1}, 1);
        dest->len = rn + 1;
    }
    mpz_normalize(dest);
}

/******************************************************************************/
// bytes

void mpz_set_from_bytes(mpz_t *z, bool big_endian, bool is_signed, size_t len, const uint8_t *buf) {
    if (len == 0) {
        mpz_set_zero(z);
        return;
    }
    size_t nd = len / 4 + 1;
    mpz_need(z, nd);
    dig_t *d = z->dig;
    memset(d, 0, nd * sizeof(dig_t));
    for (size_t i = 0; i < len; i++) {
        dig_t byte = big_endian ? buf[len - 1 - i] : buf[i];
        d[i / 4] |= byte << (8 * (i % 4));
    }
    bool neg = is_signed && ((big_endian ? buf[0] : buf[len - 1]) & 0x80);
    if (neg) {
        // magnitude = 2^(8 len) - value
        dig_t c = 1;
        for (size_t i = 0; i < nd; i++) {
            d[i] = ~d[i] + c;
            c = c && d[i] == 0;
        }
        size_t bits = 8 * len - DIG_BITS * (len / 4); // bits used in digit len/4
        d[len / 4] &= bits == 0 ? 0 : (dig_t)((1u << bits) - 1);
    }
    z->len = nd;
    z->neg = neg;
    mpz_normalize(z);
}

bool mpz_as_bytes(const mpz_t *z, bool big_endian, bool is_signed, size_t len, uint8_t *buf) {
    size_t bl = mpz_bit_length(z);
    if (z->neg && (!is_signed || len == 0)) {
        // CPython quirk: (-1).to_bytes(0, signed=True) == b''
        return is_signed && z->len == 1 && z->dig[0] == 1;
    }
    if (len < SIZE_MAX / 8) {
        size_t room = 8 * len - (is_signed && len ? 1 : 0); // bits available for |z|
        // a negative value may also be exactly -2^(8 len - 1)
        if (bl > room && !(z->neg && bl == room + 1 && mpz_bit_count(z) == 1)) {
            return false;
        }
    }
    const dig_t *d = z->dig;
    size_t n = z->len;
    unsigned c = 1;
    for (size_t i = 0; i < len; i++) {
        unsigned byte = i / 4 < n ? (d[i / 4] >> (8 * (i % 4))) & 0xff : 0;
        if (z->neg) {
            byte = (~byte + c) & 0xff;
            c = c && byte == 0;
        }
        buf[big_endian ? len - 1 - i : i] = (uint8_t)byte;
    }
    return true;
}

/******************************************************************************/
// text

static unsigned digit_value(char ch) {
    if (ch >= '0' && ch <= '9') {
        return (unsigned)(ch - '0');
    }
    ch |= 0x20;
    if (ch >= 'a' && ch <= 'z') {
        return (unsigned)(ch - 'a') + 10;
    }
    return 99;
}

// largest k with base^k <= 2^32 - 1; *pw = base^k
static unsigned chunk_digits(unsigned base, dig_t *pw) {
    uint64_t p = base;
    unsigned k = 1;
    while (p * base <= DIG_MASK) {
        p *= base;
        k++;
    }
    *pw = (dig_t)p;
    return k;
}

// Powers of the base for divide-and-conquer radix conversion.  With
// base = odd * 2^t and k = chunk_digits(base), level i stands for
// P_i = base^(k 2^i) = p[i] * 2^(t k 2^i), where p[i] = odd^(k 2^i): keeping
// the power of two apart makes the multiplications and divisions shorter
// (for base 10, by about 30%).
#define RADIX_MAXLEV (48)
typedef struct {
    unsigned base, k, t;
    dig_t pw;                  // base^k
    size_t nlev;               // levels computed
    dig_t *p[RADIX_MAXLEV];
    size_t pn[RADIX_MAXLEV];   // normalized length of p[i]
    size_t pa[RADIX_MAXLEV];   // allocated length of p[i]
} radix_t;

static void radix_init(radix_t *R, unsigned base) {
    R->base = base;
    R->k = chunk_digits(base, &R->pw);
    R->t = ctz_dig(base);
    R->nlev = 0;
}

static size_t radix_chars(const radix_t *R, size_t i) {
    return (size_t)R->k << i;
}

static size_t radix_shift(const radix_t *R, size_t i) {
    return (size_t)R->t * ((size_t)R->k << i);
}

// make levels 0..i available
static void radix_level(radix_t *R, size_t i) {
    while (R->nlev <= i) {
        size_t l = R->nlev;
        if (l == 0) {
            dig_t odd = R->base >> R->t, v = 1;
            for (unsigned j = 0; j < R->k; j++) {
                v *= odd;
            }
            R->pa[0] = 1;
            R->p[0] = dn_alloc(1);
            R->p[0][0] = v;
            R->pn[0] = 1;
        } else {
            size_t n = R->pn[l - 1];
            R->pa[l] = 2 * n;
            R->p[l] = dn_alloc(2 * n);
            dn_mul(R->p[l], R->p[l - 1], n, R->p[l - 1], n, NULL);
            R->pn[l] = dn_norm(R->p[l], 2 * n);
        }
        R->nlev++;
    }
}

static void radix_free(radix_t *R) {
    for (size_t i = 0; i < R->nlev; i++) {
        dn_free(R->p[i], R->pa[i]);
    }
    R->nlev = 0;
}

#ifndef MPZ_STR_DC_THRESHOLD
#define MPZ_STR_DC_THRESHOLD (40)     // digits: below, convert by repeated division by base^k
#endif
#ifndef MPZ_PARSE_DC_THRESHOLD
#define MPZ_PARSE_DC_THRESHOLD (800)  // characters: below, multiply-add chunk by chunk
#endif

// Value of the n valid digit characters at p (chunk by chunk): returns a new
// array (*alloc digits) holding *len (normalized) digits.
static dig_t *parse_basecase(const radix_t *R, const char *p, size_t n, size_t *len, size_t *alloc) {
    unsigned base = R->base, k = R->k;
    size_t nd = n / k + 1;
    dig_t *d = dn_alloc(nd);
    size_t dl = 0;
    size_t first = n % k ? n % k : k;
    for (size_t i = 0; i < n;) {
        size_t cl = i == 0 ? first : k;
        dig_t v = 0;
        for (size_t j = 0; j < cl; j++) {
            v = v * base + digit_value(p[i + j]);
        }
        i += cl;
        if (dl == 0) {
            d[0] = v;
            dl = v != 0;
        } else {
            dig_t c = dn_mul_1(d, d, dl, R->pw, v);
            if (c) {
                d[dl++] = c;
            }
        }
    }
    *len = dl;
    *alloc = nd;
    return d;
}

// Divide and conquer: value = high * P_i + low where low is the last k 2^i characters.
static dig_t *parse_rec(radix_t *R, const char *p, size_t n, size_t *len, size_t *alloc) {
    if (n <= MPZ_PARSE_DC_THRESHOLD) {
        return parse_basecase(R, p, n, len, alloc);
    }
    size_t i = 0;
    while (radix_chars(R, i + 1) <= n / 2) {
        i++;
    }
    radix_level(R, i);
    size_t w = radix_chars(R, i);
    size_t hn, ha, ln, la;
    dig_t *h = parse_rec(R, p, n - w, &hn, &ha);
    dig_t *l = parse_rec(R, p + n - w, w, &ln, &la);
    size_t s = radix_shift(R, i), sw = s / DIG_BITS;
    unsigned sb = s % DIG_BITS;
    size_t pn = R->pn[i];
    size_t rn = hn + pn + sw + 1;
    if (rn < ln + 1) {
        rn = ln + 1;
    }
    dig_t *r = dn_alloc(rn);
    memset(r, 0, rn * sizeof(dig_t));
    if (hn != 0) {
        // r = (h * p[i]) << s
        dn_mul(r + sw, h, hn, R->p[i], pn, NULL);
        if (sb != 0) {
            r[sw + hn + pn] = dn_shl_bits(r + sw, r + sw, hn + pn, sb);
        }
    }
    if (ln != 0) {
        dn_add(r, r, rn, l, ln);
    }
    dn_free(h, ha);
    dn_free(l, la);
    *len = dn_norm(r, rn);
    *alloc = rn;
    return r;
}

size_t mpz_set_from_str(mpz_t *z, const char *str, size_t len, bool neg, unsigned int base) {
    size_t n = 0;
    while (n < len && digit_value(str[n]) < base) {
        n++;
    }
    size_t s = 0;
    while (s < n && str[s] == '0') {
        s++;
    }
    size_t nch = n - s;
    if (nch == 0) {
        mpz_set_zero(z);
        return n;
    }
    const char *p = str + s;
    // bits per character, rounded up: 6 covers base 36
    unsigned bpc = 1;
    while ((1u << bpc) < base) {
        bpc++;
    }
    if (nch > (SIZE_MAX >> 4) / bpc) {
        MPZ_TOO_BIG();
    }
    if ((base & (base - 1)) == 0) {
        size_t nd = nch * bpc / DIG_BITS + 2;
        mpz_need(z, nd);
        dig_t *d = z->dig;
        memset(d, 0, nd * sizeof(dig_t));
        size_t pos = 0;
        for (size_t i = nch; i-- > 0; pos += bpc) {
            dig_t v = digit_value(p[i]);
            d[pos / DIG_BITS] |= v << (pos % DIG_BITS);
            if (pos % DIG_BITS + bpc > DIG_BITS) {
                d[pos / DIG_BITS + 1] |= v >> (DIG_BITS - pos % DIG_BITS);
            }
        }
        z->len = nd;
    } else {
        radix_t R;
        radix_init(&R, base);
        size_t dl, da;
        dig_t *d = parse_rec(&R, p, nch, &dl, &da);
        radix_free(&R);
        mpz_adopt(z, d, da, dl, false);
    }
    z->neg = neg;
    mpz_normalize(z);
    return n;
}

// Writes the base-`base` digits of x (xn digits; x is destroyed) so that they
// end just before `end`: exactly `width` characters (zero padded) if width != 0,
// else the minimal number (at least one).  Returns the first character.
static char *str_basecase(const radix_t *R, dig_t *x, size_t xn, char *end, size_t width, const char *alpha) {
    unsigned base = R->base, k = R->k;
    char *q = end;
    xn = dn_norm(x, xn);
    while (xn > 0) {
        dig_t r = base == 10 ? dn_divrem_1e9(x, x, xn) : dn_divrem_1(x, x, xn, R->pw);
        xn = dn_norm(x, xn);
        if (xn > 0) {
            for (unsigned j = 0; j < k; j++) {
                *--q = alpha[r % base];
                r /= base;
            }
        } else {
            do {
                *--q = alpha[r % base];
                r /= base;
            } while (r != 0);
        }
    }
    if (width == 0 && q == end) {
        *--q = '0';
    }
    while ((size_t)(end - q) < width) {
        *--q = '0';
    }
    return q;
}

// Divide and conquer: x = q * P_i + r, r printed with exactly k 2^i characters.
static char *str_rec(radix_t *R, dig_t *x, size_t xn, char *end, size_t width, const char *alpha) {
    xn = dn_norm(x, xn);
    if (xn < MPZ_STR_DC_THRESHOLD) {
        return str_basecase(R, x, xn, end, width, alpha);
    }
    // largest level whose full length (p[i] plus the shift) is about half of x
    // (estimated from p[i] so that the next level is only computed if used)
    size_t i = 0;
    radix_level(R, 0);
    for (;;) {
        size_t est = 2 * R->pn[i] + radix_shift(R, i + 1) / DIG_BITS + 1; // >= true length
        if (2 * est > xn + 1) {
            break;
        }
        radix_level(R, i + 1);
        i++;
    }
    size_t s = radix_shift(R, i), sw = s / DIG_BITS;
    unsigned sb = s % DIG_BITS;
    const dig_t *pd = R->p[i];
    size_t pn = R->pn[i];
    // xs = x >> s; then q = xs / p[i], r = ((xs % p[i]) << s) + (x mod 2^s)
    size_t xsn = xn - sw;
    dig_t *xs = x + sw; // shifted in place: the low sw digits stay intact
    dig_t lowbits = sb ? x[sw] & ((1u << sb) - 1) : 0;
    if (sb) {
        dn_shr_bits(xs, xs, xsn, sb);
    }
    xsn = dn_norm(xs, xsn);
    size_t qa = xsn - pn + 1, ra = pn + sw + 1;
    dig_t *q = dn_alloc(qa), *r = dn_alloc(ra);
    memset(r, 0, ra * sizeof(dig_t));
    if (pn == 1) {
        r[sw] = dn_divrem_1(q, xs, xsn, pd[0]);
    } else {
        dn_divrem(q, r + sw, xs, xsn, pd, pn, NULL);
    }
    if (sb) {
        r[sw + pn] = dn_shl_bits(r + sw, r + sw, pn, sb);
        r[sw] |= lowbits;
    }
    memcpy(r, x, sw * sizeof(dig_t));
    size_t w = radix_chars(R, i);
    str_rec(R, r, ra, end, w, alpha);
    dn_free(r, ra);
    char *start = str_rec(R, q, qa, end - w, width ? width - w : 0, alpha);
    dn_free(q, qa);
    return start;
}

char *mpz_as_str(const mpz_t *z, unsigned int base, const char *prefix, bool upper, size_t *len_out) {
    size_t plen = prefix ? strlen(prefix) : 0;
    size_t n = z->len;
    size_t bits = dn_bit_length(z->dig, n);
    unsigned lg = 1; // floor(log2(base))
    while ((2u << lg) <= base) {
        lg++;
    }
    size_t maxd = bits / lg + 1; // upper bound on digit count
    size_t cap = add_size(add_size(maxd, plen), 2);
    char *buf = (char *)MPZ_ALLOC(cap);
    const char *alpha = upper ? "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ" : "0123456789abcdefghijklmnopqrstuvwxyz";
    // digits are produced least significant first at the end of buf
    char *end = buf + cap;
    char *q = end;
    if (n == 0) {
        *--q = '0';
    } else if ((base & (base - 1)) == 0) {
        unsigned bpc = lg;
        dig_t mask = (1u << bpc) - 1;
        const dig_t *d = z->dig;
        for (size_t pos = 0; pos < bits; pos += bpc) {
            size_t w = pos / DIG_BITS;
            unsigned off = pos % DIG_BITS;
            dig_t v = d[w] >> off;
            if (off + bpc > DIG_BITS && w + 1 < n) {
                v |= d[w + 1] << (DIG_BITS - off);
            }
            *--q = alpha[v & mask];
        }
    } else {
        radix_t R;
        radix_init(&R, base);
        dig_t *t = dn_alloc(n);
        memcpy(t, z->dig, n * sizeof(dig_t));
        q = str_rec(&R, t, n, end, 0, alpha);
        dn_free(t, n);
        radix_free(&R);
    }
    size_t nd = (size_t)(end - q);
    size_t total = (z->neg ? 1 : 0) + plen + nd;
    char *o = buf;
    if (z->neg) {
        *o++ = '-';
    }
    if (plen) {
        memcpy(o, prefix, plen);
        o += plen;
    }
    memmove(o, q, nd);
    o[nd] = '\0';
    if (total + 1 != cap) {
        buf = (char *)MPZ_REALLOC(buf, cap, total + 1);
    }
    if (len_out) {
        *len_out = total;
    }
    return buf;
}
