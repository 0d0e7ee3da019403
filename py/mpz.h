/*
 * py/mpz.h -- arbitrary-precision integers for the Python int type.
 *
 * Sign-magnitude representation with 32-bit digits and 64-bit intermediates.
 * 32-bit digits were chosen because every digit*digit+digit+digit product fits
 * in a uint64_t, so the library needs no compiler-specific 128-bit type and
 * behaves identically on 32- and 64-bit hosts.
 *
 * Invariants of every mpz_t visible outside mpz.c:
 *   - dig[len-1] != 0 when len > 0 (normalized: no leading zero digits);
 *   - the value zero has len == 0 and neg == 0;
 *   - alloc >= len; dig may be NULL only when alloc == 0.
 *
 * Semantics follow Python's int: floor division, remainder with the sign of
 * the divisor, bitwise operators on infinite two's complement, arithmetic
 * (floor) right shift.  Every output argument may alias any input argument.
 *
 * Memory comes from MPZ_ALLOC/MPZ_REALLOC/MPZ_FREE (see top of mpz.c).  The
 * allocator is expected to raise (longjmp) on failure; NULL is never checked.
 * Absurd sizes (a result whose digit count would overflow size_t) are reported
 * by MPZ_TOO_BIG() in mpz.c, which by default asks the allocator for SIZE_MAX
 * bytes (so that it raises MemoryError) and aborts if that returns.
 */
#ifndef MICROPY_INCLUDED_PY_MPZ_H
#define MICROPY_INCLUDED_PY_MPZ_H

#include <stdint.h>
#include <stdbool.h>
#include <stddef.h>

typedef uint32_t mpz_dig_t;
typedef uint64_t mpz_dbl_dig_t;
#define MPZ_DIG_BITS (32)

typedef struct _mpz_t {
    size_t neg : 1;
    size_t alloc : (8 * sizeof(size_t) - 1); // digits allocated
    size_t len;                              // digits used; zero <=> len == 0 (and then neg == 0)
    mpz_dig_t *dig;                          // little-endian digits
} mpz_t;

// ---- life cycle and assignment ----
void mpz_init_zero(mpz_t *z);                       // no allocation
void mpz_init_from_int(mpz_t *z, intptr_t v);
void mpz_init_from_uint64(mpz_t *z, uint64_t v);
void mpz_init_from_int64(mpz_t *z, int64_t v);
void mpz_init_copy(mpz_t *z, const mpz_t *src);
void mpz_deinit(mpz_t *z);                          // frees digits; z becomes zero
void mpz_set(mpz_t *dest, const mpz_t *src);
void mpz_set_from_int(mpz_t *z, intptr_t v);
void mpz_set_from_int64(mpz_t *z, int64_t v);
void mpz_set_from_uint64(mpz_t *z, uint64_t v);

// Parses digits of `base` (2..36, letters case-insensitive) from str[0..len).
// No sign, prefix, whitespace or underscore is accepted: parsing stops at the
// first character that is not a digit of `base`, and the number of characters
// consumed is returned (0 => z is set to zero).  `neg` gives the sign.
size_t mpz_set_from_str(mpz_t *z, const char *str, size_t len, bool neg, unsigned int base);
// Sets from a finite double, truncating toward zero.
void mpz_set_from_double(mpz_t *z, double d);
// int.from_bytes: buf[0..len) (buf may be NULL when len == 0).
void mpz_set_from_bytes(mpz_t *z, bool big_endian, bool is_signed, size_t len, const uint8_t *buf);
// int.to_bytes: writes exactly len bytes (two's complement if is_signed).
// Returns false (buf contents unspecified) if the value does not fit, which
// includes any negative value when !is_signed.
bool mpz_as_bytes(const mpz_t *z, bool big_endian, bool is_signed, size_t len, uint8_t *buf);

// ---- queries ----
bool mpz_is_zero(const mpz_t *z);
int mpz_sign(const mpz_t *z);                       // -1, 0, 1
int mpz_cmp(const mpz_t *a, const mpz_t *b);        // -1, 0, 1
int mpz_cmp_int(const mpz_t *a, intptr_t b);        // -1, 0, 1
bool mpz_as_int_checked(const mpz_t *z, intptr_t *value);    // false if it does not fit
bool mpz_as_int64_checked(const mpz_t *z, int64_t *value);   // false if it does not fit
bool mpz_as_uint64_checked(const mpz_t *z, uint64_t *value); // false if negative or too big
uint64_t mpz_as_uint64_wrap(const mpz_t *z);        // low 64 bits of two's complement
// Correctly rounded (round-half-even); +-inf if the rounded value overflows.
double mpz_as_double(const mpz_t *z);
bool mpz_as_double_checked(const mpz_t *z, double *d); // false on overflow
// Exact comparison with a double (Python's int-vs-float comparison): -1, 0, 1.
// d must not be NaN (the caller decides NaN comparisons); +-inf are allowed.
int mpz_cmp_double(const mpz_t *a, double d);
// Correctly rounded a / b (Python's int / int).  b != 0 (caller checks).
// Returns false if the quotient overflows a double (caller raises OverflowError).
bool mpz_true_divide(double *out, const mpz_t *a, const mpz_t *b);
// Equal to CPython's hash(int): sign * (|n| mod (2**61 - 1)) (2**31 - 1 when
// intptr_t has 32 bits), with -1 mapped to -2.
intptr_t mpz_hash(const mpz_t *z);
size_t mpz_bit_length(const mpz_t *z);              // of the magnitude; 0 for zero
size_t mpz_bit_count(const mpz_t *z);               // popcount of the magnitude (int.bit_count)

// ---- arithmetic (dest may alias any input; Python semantics) ----
void mpz_neg(mpz_t *dest, const mpz_t *a);
void mpz_abs(mpz_t *dest, const mpz_t *a);
void mpz_add(mpz_t *dest, const mpz_t *a, const mpz_t *b);
void mpz_sub(mpz_t *dest, const mpz_t *a, const mpz_t *b);
void mpz_mul(mpz_t *dest, const mpz_t *a, const mpz_t *b);
// Floor division and modulo (quotient rounds toward -inf, remainder has the
// sign of the divisor).  b != 0 (caller checks).  quo or rem may be NULL;
// if both are given they must be distinct.
void mpz_divmod(mpz_t *quo, mpz_t *rem, const mpz_t *a, const mpz_t *b);
void mpz_pow(mpz_t *dest, const mpz_t *base, const mpz_t *exp);     // exp >= 0; 0**0 == 1
// pow(base, exp, mod): exp >= 0, mod != 0; result has the sign of mod (0 if |mod| == 1).
void mpz_pow_mod(mpz_t *dest, const mpz_t *base, const mpz_t *exp, const mpz_t *mod);
// pow(a, -1, mod): mod != 0.  Returns false (dest untouched) if not invertible.
// The result has the sign of mod, as Python's; |mod| == 1 gives 0 (true).
bool mpz_inverse_mod(mpz_t *dest, const mpz_t *a, const mpz_t *mod);
void mpz_gcd(mpz_t *dest, const mpz_t *a, const mpz_t *b);          // >= 0; gcd(0, 0) == 0

// ---- bitwise, infinite two's complement semantics ----
void mpz_and(mpz_t *dest, const mpz_t *a, const mpz_t *b);
void mpz_or(mpz_t *dest, const mpz_t *a, const mpz_t *b);
void mpz_xor(mpz_t *dest, const mpz_t *a, const mpz_t *b);
void mpz_not(mpz_t *dest, const mpz_t *a);          // -a - 1
void mpz_shl(mpz_t *dest, const mpz_t *a, size_t n);
void mpz_shr(mpz_t *dest, const mpz_t *a, size_t n); // floor shift: -1 >> n == -1

// ---- text ----
// Returns a NUL-terminated buffer from MPZ_ALLOC holding '-' (if negative),
// then `prefix` (may be NULL, e.g. "0x"), then the digits in `base` (2..36,
// lowercase unless `upper`).  *len_out (may be NULL) receives strlen; the
// buffer is exactly *len_out + 1 bytes, so free it with MPZ_FREE(p, len + 1).
char *mpz_as_str(const mpz_t *z, unsigned int base, const char *prefix, bool upper, size_t *len_out);

#endif // MICROPY_INCLUDED_PY_MPZ_H
