/*
 * Unit test driver for py/mpz.c.  Build (from the repository root):
 *
 *   mkdir -p build/unit
 *   gcc -std=gnu11 -O1 -g -Wall -Wextra -Werror -fsanitize=address,undefined \
 *       -fno-sanitize-recover=all -I. tests/unit/test_mpz.c -o build/unit/test_mpz -lm
 *   build/unit/test_mpz self
 *   python3 tests/unit/check_mpz.py build/unit/test_mpz [N_PER_OP] [SEED]
 *
 * or simply `make -C tests/unit test` (also builds an -O2 binary for `bench`).
 * Modes:
 *   test_mpz self     built-in known-value tests (values computed with CPython 3.11)
 *   test_mpz ops      reads operations from stdin, prints results (driven by check_mpz.py)
 *   test_mpz bench    timing sanity check (not a test)
 *   test_mpz tune     schoolbook vs Karatsuba timings used to pick the thresholds
 *
 * The allocator below checks that every size handed to MPZ_REALLOC/MPZ_FREE
 * matches the size of the allocation, and that nothing is leaked.
 */
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <stdint.h>
#include <stdbool.h>
#include <time.h>
#include <math.h>

static size_t g_live_bytes, g_live_blocks;

#define HDR 16
static void *t_alloc(size_t n) {
    if (n > ((size_t)1 << 40)) {
        fprintf(stderr, "absurd allocation %zu\n", n);
        abort();
    }
    unsigned char *p = malloc(n + HDR);
    if (p == NULL) {
        abort();
    }
    memcpy(p, &n, sizeof(n));
    g_live_bytes += n;
    g_live_blocks++;
    return p + HDR;
}

static void t_check(void *q, size_t n, const char *what) {
    size_t have;
    memcpy(&have, (unsigned char *)q - HDR, sizeof(have));
    if (have != n) {
        fprintf(stderr, "%s: size mismatch: block has %zu bytes, caller says %zu\n", what, have, n);
        abort();
    }
}

static void t_free(void *q, size_t n) {
    t_check(q, n, "free");
    g_live_bytes -= n;
    g_live_blocks--;
    free((unsigned char *)q - HDR);
}

static void *t_realloc(void *q, size_t old, size_t n) {
    t_check(q, old, "realloc");
    void *r = t_alloc(n);
    memcpy(r, q, old < n ? old : n);
    t_free(q, old);
    return r;
}

#define MPZ_ALLOC(n) t_alloc(n)
#define MPZ_REALLOC(p, o, n) t_realloc((p), (o), (n))
#define MPZ_FREE(p, n) t_free((p), (n))

#include "py/mpz.c"

static int g_fail;

#define CHECK(cond) do { if (!(cond)) { fprintf(stderr, "FAIL %s:%d: %s\n", __FILE__, __LINE__, #cond); g_fail++; } } while (0)

static void check_invariants(const mpz_t *z, const char *where) {
    bool ok = z->alloc >= z->len && (z->len == 0 || z->dig[z->len - 1] != 0) && !(z->len == 0 && z->neg);
    if (!ok) {
        fprintf(stderr, "invariant broken after %s (len %zu alloc %zu neg %d)\n", where, z->len, (size_t)z->alloc, (int)z->neg);
        g_fail++;
    }
}

static void set_str(mpz_t *z, const char *s, unsigned base) {
    bool neg = false;
    if (*s == '-') {
        neg = true;
        s++;
    }
    size_t n = strlen(s);
    size_t c = mpz_set_from_str(z, s, n, neg, base);
    if (c != n) {
        fprintf(stderr, "bad number '%s' in base %u\n", s, base);
        exit(2);
    }
    check_invariants(z, "set_from_str");
}

static char *str(const mpz_t *z, unsigned base) {
    size_t len;
    char *p = mpz_as_str(z, base, NULL, false, &len);
    CHECK(strlen(p) == len);
    char *r = strdup(p);
    MPZ_FREE(p, len + 1);
    return r;
}

static void expect_str(const mpz_t *z, unsigned base, const char *want, int line) {
    char *s = str(z, base);
    if (strcmp(s, want) != 0) {
        fprintf(stderr, "FAIL line %d: got %s want %s\n", line, s, want);
        g_fail++;
    }
    check_invariants(z, "expect_str");
    free(s);
}
#define EXPECT(z, base, want) expect_str((z), (base), (want), __LINE__)

/******************************************************************************/
// self tests with fixed values (expected values from CPython 3.11)

static void self_tests(void) {
    mpz_t a, b, c, d;
    mpz_init_zero(&a);
    mpz_init_zero(&b);
    mpz_init_zero(&c);
    mpz_init_zero(&d);

    // construction
    mpz_set_from_int(&a, INTPTR_MIN);
    EXPECT(&a, 10, "-9223372036854775808");
    mpz_set_from_int64(&a, INT64_MIN);
    EXPECT(&a, 16, "-8000000000000000");
    mpz_set_from_uint64(&a, UINT64_MAX);
    EXPECT(&a, 10, "18446744073709551615");
    mpz_set_from_int(&a, 0);
    EXPECT(&a, 10, "0");
    CHECK(a.len == 0 && a.neg == 0);

    // str with prefix / upper
    set_str(&a, "-255", 10);
    {
        size_t len;
        char *p = mpz_as_str(&a, 16, "0x", true, &len);
        CHECK(strcmp(p, "-0xFF") == 0 && len == 5);
        MPZ_FREE(p, len + 1);
        p = mpz_as_str(&a, 2, "0b", false, &len);
        CHECK(strcmp(p, "-0b11111111") == 0);
        MPZ_FREE(p, len + 1);
        mpz_set_zero(&b);
        p = mpz_as_str(&b, 8, "0o", false, &len);
        CHECK(strcmp(p, "0o0") == 0 && len == 3);
        MPZ_FREE(p, len + 1);
    }

    // parsing stops at the first invalid character
    CHECK(mpz_set_from_str(&a, "12a", 3, false, 10) == 2);
    EXPECT(&a, 10, "12");
    CHECK(mpz_set_from_str(&a, "zZ", 2, true, 36) == 2);
    EXPECT(&a, 10, "-1295");
    CHECK(mpz_set_from_str(&a, "0000", 4, true, 10) == 4);
    CHECK(a.len == 0 && a.neg == 0);
    CHECK(mpz_set_from_str(&a, "", 0, false, 10) == 0);
    CHECK(mpz_set_from_str(&a, "1_0", 3, false, 10) == 1);
    CHECK(mpz_set_from_str(&a, "19", 2, false, 8) == 1);
    CHECK(mpz_set_from_str(&a, "fF0g", 4, false, 16) == 3);
    EXPECT(&a, 10, "4080");

    // hash (CPython 3.11, 64-bit)
    set_str(&a, "-1", 10);
    CHECK(mpz_hash(&a) == -2);
    set_str(&a, "2305843009213693951", 10); // 2**61 - 1
    CHECK(mpz_hash(&a) == 0);
    set_str(&a, "-2305843009213693952", 10); // -2**61
    CHECK(mpz_hash(&a) == -2);
    set_str(&a, "123456789012345678901234567890", 10);
    CHECK(mpz_hash(&a) == 248789772095949448);
    set_str(&a, "-123456789012345678901234567890", 10);
    CHECK(mpz_hash(&a) == -248789772095949448);

    // doubles
    set_str(&a, "9007199254740993", 10); // 2**53 + 1: tie, rounds to even
    CHECK(mpz_as_double(&a) == 9007199254740992.0);
    set_str(&a, "9007199254740995", 10); // 2**53 + 3: tie, rounds up to even
    CHECK(mpz_as_double(&a) == 9007199254740996.0);
    mpz_set_from_int(&a, 1);
    mpz_shl(&a, &a, 1024);
    double dv;
    CHECK(!mpz_as_double_checked(&a, &dv));
    mpz_set_from_int(&b, 1);
    mpz_sub(&a, &a, &b); // 2**1024 - 1 rounds up to 2**1024: overflow
    CHECK(!mpz_as_double_checked(&a, &dv));
    mpz_set_from_int(&c, 1);
    mpz_shl(&c, &c, 1024);
    mpz_set_from_int(&d, 1);
    mpz_shl(&d, &d, 970);
    mpz_sub(&c, &c, &d); // 2**1024 - 2**970: halfway between DBL_MAX and 2**1024 -> even = 2**1024: overflow
    CHECK(!mpz_as_double_checked(&c, &dv));
    mpz_sub(&c, &c, &b); // just below the halfway point -> DBL_MAX
    CHECK(mpz_as_double_checked(&c, &dv) && dv == 1.7976931348623157e308);
    mpz_set_from_double(&a, -1e300);
    EXPECT(&a, 10, "-1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160");
    mpz_set_from_double(&a, 0.99);
    CHECK(a.len == 0);
    mpz_set_from_double(&a, -2.5);
    EXPECT(&a, 10, "-2");
    mpz_set_from_double(&a, 4503599627370497.0);
    EXPECT(&a, 10, "4503599627370497");

    // true division
    set_str(&a, "1", 10);
    set_str(&b, "3", 10);
    CHECK(mpz_true_divide(&dv, &a, &b) && dv == 1.0 / 3.0);
    set_str(&a, "0", 10);
    set_str(&b, "-5", 10);
    CHECK(mpz_true_divide(&dv, &a, &b) && dv == 0.0 && signbit(dv));
    mpz_set_from_int(&a, 1);
    mpz_set_from_int(&b, 1);
    mpz_shl(&b, &b, 1074); // 2**-1074 exactly: smallest subnormal
    CHECK(mpz_true_divide(&dv, &a, &b) && dv == 4.9406564584124654e-324);
    mpz_shl(&b, &b, 1); // 2**-1075: tie, rounds to even (zero)
    CHECK(mpz_true_divide(&dv, &a, &b) && dv == 0.0);
    mpz_set_from_int(&a, 3);
    CHECK(mpz_true_divide(&dv, &a, &b) && dv == 2 * 4.9406564584124654e-324); // 1.5 * 2**-1074 -> 2 * 2**-1074
    mpz_set_from_int(&a, 1);
    mpz_shl(&a, &a, 2000);
    mpz_set_from_int(&b, 3);
    CHECK(!mpz_true_divide(&dv, &a, &b));

    // bytes
    {
        uint8_t buf[8];
        mpz_set_from_int(&a, -128);
        CHECK(mpz_as_bytes(&a, true, true, 1, buf) && buf[0] == 0x80);
        mpz_set_from_int(&a, -129);
        CHECK(!mpz_as_bytes(&a, true, true, 1, buf));
        mpz_set_from_int(&a, 128);
        CHECK(!mpz_as_bytes(&a, true, true, 1, buf));
        CHECK(mpz_as_bytes(&a, true, false, 1, buf) && buf[0] == 0x80);
        mpz_set_from_int(&a, -1);
        CHECK(!mpz_as_bytes(&a, true, false, 8, buf));
        CHECK(mpz_as_bytes(&a, false, true, 3, buf) && buf[0] == 0xff && buf[1] == 0xff && buf[2] == 0xff);
        mpz_set_from_int(&a, 0);
        CHECK(mpz_as_bytes(&a, false, true, 0, buf));
        CHECK(mpz_as_bytes(&a, false, false, 0, buf));
        mpz_set_from_int(&a, 1);
        CHECK(!mpz_as_bytes(&a, false, false, 0, buf));
        mpz_set_from_int(&a, 0x1234);
        CHECK(mpz_as_bytes(&a, false, false, 3, buf) && buf[0] == 0x34 && buf[1] == 0x12 && buf[2] == 0);
        const uint8_t in[5] = {0xff, 0x00, 0x00, 0x00, 0x00};
        mpz_set_from_bytes(&a, true, true, 5, in);
        EXPECT(&a, 10, "-4294967296");
        mpz_set_from_bytes(&a, false, true, 5, in);
        EXPECT(&a, 10, "255");
        mpz_set_from_bytes(&a, true, false, 5, in);
        EXPECT(&a, 10, "1095216660480");
        mpz_set_from_bytes(&a, true, true, 0, NULL);
        CHECK(a.len == 0);
    }

    // conversions to machine ints
    {
        intptr_t v;
        uint64_t u;
        int64_t s;
        set_str(&a, "-8000000000000000", 16);
        CHECK(mpz_as_int_checked(&a, &v) && v == INTPTR_MIN);
        set_str(&a, "-8000000000000001", 16);
        CHECK(!mpz_as_int_checked(&a, &v));
        CHECK(mpz_as_uint64_wrap(&a) == UINT64_C(0x7fffffffffffffff));
        set_str(&a, "8000000000000000", 16);
        CHECK(!mpz_as_int64_checked(&a, &s));
        CHECK(mpz_as_uint64_checked(&a, &u) && u == UINT64_C(0x8000000000000000));
        set_str(&a, "10000000000000000", 16);
        CHECK(!mpz_as_uint64_checked(&a, &u));
        CHECK(mpz_as_uint64_wrap(&a) == 0);
        set_str(&a, "-1", 16);
        CHECK(!mpz_as_uint64_checked(&a, &u));
        CHECK(mpz_as_uint64_wrap(&a) == UINT64_MAX);
        CHECK(mpz_cmp_int(&a, -1) == 0 && mpz_cmp_int(&a, 0) < 0 && mpz_cmp_int(&a, -2) > 0);
        set_str(&a, "-8000000000000000", 16);
        CHECK(mpz_cmp_int(&a, INTPTR_MIN) == 0 && mpz_cmp_int(&a, INTPTR_MAX) < 0);
    }

    // pow / pow_mod / inverse special cases
    {
        mpz_set_from_int(&a, 0);
        mpz_set_from_int(&b, 0);
        mpz_pow(&c, &a, &b);
        EXPECT(&c, 10, "1");
        mpz_set_from_int(&a, -1);
        mpz_set_from_int(&b, 12345);
        mpz_pow(&c, &a, &b);
        EXPECT(&c, 10, "-1");
        mpz_set_from_int(&a, -12);
        mpz_set_from_int(&b, 5);
        mpz_pow(&c, &a, &b);
        EXPECT(&c, 10, "-248832");
        mpz_set_from_int(&a, 10);
        mpz_set_from_int(&b, 30);
        mpz_pow(&a, &a, &b); // aliasing
        EXPECT(&a, 10, "1000000000000000000000000000000");
        mpz_set_from_int(&a, 5);
        mpz_set_from_int(&b, 0);
        mpz_set_from_int(&c, -7);
        mpz_pow_mod(&d, &a, &b, &c);
        EXPECT(&d, 10, "-6");
        mpz_set_from_int(&c, 1);
        mpz_pow_mod(&d, &a, &b, &c);
        EXPECT(&d, 10, "0");
        mpz_set_from_int(&c, -1);
        CHECK(mpz_inverse_mod(&d, &a, &c));
        EXPECT(&d, 10, "0");
        mpz_set_from_int(&a, 3);
        mpz_set_from_int(&c, -7);
        CHECK(mpz_inverse_mod(&d, &a, &c));
        EXPECT(&d, 10, "-2");
        mpz_set_from_int(&a, 6);
        mpz_set_from_int(&c, 9);
        mpz_set_from_int(&d, 77);
        CHECK(!mpz_inverse_mod(&d, &a, &c));
        EXPECT(&d, 10, "77");
        mpz_set_from_int(&a, -3);
        mpz_set_from_int(&c, 7);
        CHECK(mpz_inverse_mod(&a, &a, &c));
        EXPECT(&a, 10, "2");
    }

    // gcd special cases
    mpz_set_from_int(&a, 0);
    mpz_set_from_int(&b, 0);
    mpz_gcd(&c, &a, &b);
    EXPECT(&c, 10, "0");
    mpz_set_from_int(&b, -12);
    mpz_gcd(&c, &a, &b);
    EXPECT(&c, 10, "12");

    // shifts of negatives
    mpz_set_from_int(&a, -1);
    mpz_shr(&a, &a, 1000);
    EXPECT(&a, 10, "-1");
    mpz_set_from_int(&a, -5);
    mpz_shr(&a, &a, 1);
    EXPECT(&a, 10, "-3");
    mpz_set_from_int(&a, -4);
    mpz_shr(&a, &a, 2);
    EXPECT(&a, 10, "-1");
    mpz_set_from_int(&a, 0);
    mpz_not(&a, &a);
    EXPECT(&a, 10, "-1");
    mpz_not(&a, &a);
    EXPECT(&a, 10, "0");

    // decimal round trip of a big power
    mpz_set_from_int(&a, 7);
    mpz_set_from_int(&b, 200);
    mpz_pow(&c, &a, &b);
    EXPECT(&c, 10, "10461838291314357175018899611816813659819188550170233659950140084035125767424262251774382614909364050293065248252546314174063180343683591188150754267339816534637456120001");
    {
        char *s = str(&c, 10);
        mpz_set_from_str(&d, s, strlen(s), false, 10);
        CHECK(mpz_cmp(&c, &d) == 0);
        free(s);
    }

    mpz_deinit(&a);
    mpz_deinit(&b);
    mpz_deinit(&c);
    mpz_deinit(&d);
}

/******************************************************************************/
// ops mode: one operation per input line, numbers in signed hex

#define MAXTOK 8

static void print_z(const mpz_t *z) {
    check_invariants(z, "op");
    char *s = str(z, 16);
    fputs(s, stdout);
    free(s);
}

typedef void (*binop_t)(mpz_t *, const mpz_t *, const mpz_t *);

// computes op(a, b) into a fresh dest, then with dest aliasing a, b, and both
static void do_binop(binop_t f, const mpz_t *a, const mpz_t *b) {
    mpz_t r, x, y;
    mpz_init_zero(&r);
    f(&r, a, b);
    print_z(&r);
    mpz_init_copy(&x, a);
    mpz_init_copy(&y, b);
    f(&x, &x, &y);
    if (mpz_cmp(&x, &r) != 0) {
        fputs(" ALIAS-A", stdout);
    }
    mpz_set(&x, a);
    f(&y, &x, &y);
    if (mpz_cmp(&y, &r) != 0) {
        fputs(" ALIAS-B", stdout);
    }
    // dest with a small preexisting allocation
    mpz_set_from_int(&x, 3);
    f(&x, a, b);
    if (mpz_cmp(&x, &r) != 0) {
        fputs(" PREALLOC", stdout);
    }
    mpz_deinit(&r);
    mpz_deinit(&x);
    mpz_deinit(&y);
}

static void ops_mode(void) {
    char *line = NULL;
    size_t cap = 0;
    ssize_t n;
    mpz_t a, b, c, r, s;
    mpz_init_zero(&a);
    mpz_init_zero(&b);
    mpz_init_zero(&c);
    mpz_init_zero(&r);
    mpz_init_zero(&s);
    while ((n = getline(&line, &cap, stdin)) > 0) {
        if (line[n - 1] == '\n') {
            line[--n] = 0;
        }
        char *tok[MAXTOK];
        int nt = 0;
        for (char *p = strtok(line, " "); p && nt < MAXTOK; p = strtok(NULL, " ")) {
            tok[nt++] = p;
        }
        if (nt == 0) {
            continue;
        }
        const char *op = tok[0];
        if (nt > 1 && strcmp(op, "parse") != 0 && strcmp(op, "frombytes") != 0 && strcmp(op, "fromdouble") != 0) {
            set_str(&a, tok[1], 16);
        }
        if (nt > 2 && strcmp(op, "shl") && strcmp(op, "shr") && strcmp(op, "str") && strcmp(op, "tobytes") && strcmp(op, "parse") && strcmp(op, "cmpint") && strcmp(op, "cmpdouble")) {
            set_str(&b, tok[2], 16);
        }
        if (nt > 3 && strcmp(op, "tobytes") && strcmp(op, "parse")) {
            set_str(&c, tok[3], 16);
        }
        if (!strcmp(op, "add")) {
            do_binop(mpz_add, &a, &b);
        } else if (!strcmp(op, "sub")) {
            do_binop(mpz_sub, &a, &b);
        } else if (!strcmp(op, "mul")) {
            do_binop(mpz_mul, &a, &b);
        } else if (!strcmp(op, "and")) {
            do_binop(mpz_and, &a, &b);
        } else if (!strcmp(op, "or")) {
            do_binop(mpz_or, &a, &b);
        } else if (!strcmp(op, "xor")) {
            do_binop(mpz_xor, &a, &b);
        } else if (!strcmp(op, "gcd")) {
            do_binop(mpz_gcd, &a, &b);
        } else if (!strcmp(op, "pow")) {
            do_binop(mpz_pow, &a, &b);
        } else if (!strcmp(op, "sqr")) {
            mpz_mul(&r, &a, &a);
            print_z(&r);
            mpz_mul(&a, &a, &a);
            if (mpz_cmp(&a, &r) != 0) {
                fputs(" ALIAS", stdout);
            }
        } else if (!strcmp(op, "divmod")) {
            mpz_divmod(&r, &s, &a, &b);
            print_z(&r);
            putchar(' ');
            print_z(&s);
            // aliasing variants and NULL outputs
            mpz_t x, y;
            mpz_init_copy(&x, &a);
            mpz_init_copy(&y, &b);
            mpz_divmod(&x, &y, &x, &y);
            if (mpz_cmp(&x, &r) || mpz_cmp(&y, &s)) {
                fputs(" ALIAS1", stdout);
            }
            mpz_set(&x, &a);
            mpz_set(&y, &b);
            mpz_divmod(&y, &x, &x, &y);
            if (mpz_cmp(&y, &r) || mpz_cmp(&x, &s)) {
                fputs(" ALIAS2", stdout);
            }
            mpz_set(&x, &a);
            mpz_divmod(&x, NULL, &x, &b);
            if (mpz_cmp(&x, &r)) {
                fputs(" QONLY", stdout);
            }
            mpz_set(&x, &a);
            mpz_divmod(NULL, &x, &x, &b);
            if (mpz_cmp(&x, &s)) {
                fputs(" RONLY", stdout);
            }
            mpz_deinit(&x);
            mpz_deinit(&y);
        } else if (!strcmp(op, "powmod")) {
            mpz_pow_mod(&r, &a, &b, &c);
            print_z(&r);
            mpz_pow_mod(&a, &a, &b, &c);
            if (mpz_cmp(&a, &r)) {
                fputs(" ALIAS", stdout);
            }
        } else if (!strcmp(op, "invmod")) {
            if (mpz_inverse_mod(&r, &a, &b)) {
                print_z(&r);
            } else {
                fputs("none", stdout);
            }
        } else if (!strcmp(op, "not")) {
            mpz_not(&r, &a);
            print_z(&r);
            mpz_not(&a, &a);
            if (mpz_cmp(&a, &r)) {
                fputs(" ALIAS", stdout);
            }
        } else if (!strcmp(op, "neg")) {
            mpz_neg(&r, &a);
            print_z(&r);
        } else if (!strcmp(op, "abs")) {
            mpz_abs(&r, &a);
            print_z(&r);
        } else if (!strcmp(op, "shl") || !strcmp(op, "shr")) {
            size_t k = strtoull(tok[2], NULL, 10);
            void (*f)(mpz_t *, const mpz_t *, size_t) = op[2] == 'l' ? mpz_shl : mpz_shr;
            f(&r, &a, k);
            print_z(&r);
            f(&a, &a, k);
            if (mpz_cmp(&a, &r)) {
                fputs(" ALIAS", stdout);
            }
        } else if (!strcmp(op, "cmp")) {
            printf("%d", mpz_cmp(&a, &b));
        } else if (!strcmp(op, "cmpint")) {
            printf("%d", mpz_cmp_int(&a, (intptr_t)strtoll(tok[2], NULL, 10)));
        } else if (!strcmp(op, "hash")) {
            printf("%ld", (long)mpz_hash(&a));
        } else if (!strcmp(op, "bitlen")) {
            printf("%zu %zu", mpz_bit_length(&a), mpz_bit_count(&a));
        } else if (!strcmp(op, "todouble")) {
            double d;
            if (mpz_as_double_checked(&a, &d)) {
                printf("%a", d);
            } else {
                printf("overflow");
            }
        } else if (!strcmp(op, "cmpdouble")) {
            printf("%d", mpz_cmp_double(&a, strtod(tok[2], NULL)));
        } else if (!strcmp(op, "truediv")) {
            double d;
            if (mpz_true_divide(&d, &a, &b)) {
                printf("%a", d);
            } else {
                printf("overflow");
            }
        } else if (!strcmp(op, "fromdouble")) {
            mpz_set_from_double(&r, strtod(tok[1], NULL));
            print_z(&r);
        } else if (!strcmp(op, "str")) {
            unsigned base = (unsigned)atoi(tok[2]);
            size_t len;
            char *p = mpz_as_str(&a, base, NULL, false, &len);
            fputs(p, stdout);
            MPZ_FREE(p, len + 1);
        } else if (!strcmp(op, "parse")) {
            // parse BASE DIGITS
            unsigned base = (unsigned)atoi(tok[1]);
            const char *p = tok[2];
            bool neg = *p == '-';
            if (neg) {
                p++;
            }
            size_t used = mpz_set_from_str(&r, p, strlen(p), neg, base);
            printf("%zu ", used);
            print_z(&r);
        } else if (!strcmp(op, "tobytes")) {
            // tobytes A LEN FLAGS(be,signed as 2 chars)
            size_t len = strtoull(tok[2], NULL, 10);
            bool be = tok[3][0] == '1', sg = tok[3][1] == '1';
            uint8_t *buf = malloc(len + 1);
            if (mpz_as_bytes(&a, be, sg, len, buf)) {
                for (size_t i = 0; i < len; i++) {
                    printf("%02x", buf[i]);
                }
                if (len == 0) {
                    printf("empty");
                }
            } else {
                printf("overflow");
            }
            free(buf);
        } else if (!strcmp(op, "frombytes")) {
            // frombytes HEXBYTES|empty FLAGS
            const char *h = tok[1];
            size_t len = strcmp(h, "empty") ? strlen(h) / 2 : 0;
            uint8_t *buf = malloc(len + 1);
            for (size_t i = 0; i < len; i++) {
                unsigned v;
                sscanf(h + 2 * i, "%2x", &v);
                buf[i] = (uint8_t)v;
            }
            mpz_set_from_bytes(&r, tok[2][0] == '1', tok[2][1] == '1', len, len ? buf : NULL);
            print_z(&r);
            free(buf);
        } else if (!strcmp(op, "conv")) {
            intptr_t v;
            uint64_t u;
            if (mpz_as_int_checked(&a, &v)) {
                printf("%ld", (long)v);
            } else {
                printf("none");
            }
            if (mpz_as_uint64_checked(&a, &u)) {
                printf(" %llu", (unsigned long long)u);
            } else {
                printf(" none");
            }
            printf(" %llu", (unsigned long long)mpz_as_uint64_wrap(&a));
        } else {
            fprintf(stderr, "unknown op %s\n", op);
            exit(2);
        }
        putchar('\n');
    }
    free(line);
    mpz_deinit(&a);
    mpz_deinit(&b);
    mpz_deinit(&c);
    mpz_deinit(&r);
    mpz_deinit(&s);
}

/******************************************************************************/
// timing

static double now(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec + ts.tv_nsec * 1e-9;
}

static void random_digits(mpz_t *z, size_t ndec, unsigned seed) {
    char *s = malloc(ndec + 1);
    srand(seed);
    for (size_t i = 0; i < ndec; i++) {
        s[i] = (char)('0' + rand() % 10);
    }
    s[0] = '7';
    mpz_set_from_str(z, s, ndec, false, 10);
    free(s);
}

// best of `reps` runs of `stmt`, in milliseconds (the machine may be shared)
#define BEST_MS(reps, stmt) ({ \
        double best_ = 1e30; \
        for (int rep_ = 0; rep_ < (reps); rep_++) { \
            double t0_ = now(); \
            stmt; \
            double t1_ = now(); \
            if (t1_ - t0_ < best_) best_ = t1_ - t0_; \
        } \
        best_ * 1e3; \
    })

static void bench(void) {
    mpz_t a, b, c, q, r;
    mpz_init_zero(&a);
    mpz_init_zero(&b);
    mpz_init_zero(&c);
    mpz_init_zero(&q);
    mpz_init_zero(&r);
    double ms;
    size_t len;
    char *p = NULL;

    char *s = malloc(100001);
    srand(1);
    for (int i = 0; i < 100000; i++) {
        s[i] = (char)('1' + rand() % 9);
    }
    s[100000] = 0;
    ms = BEST_MS(7, mpz_set_from_str(&a, s, 10000, false, 10));
    printf("parse 10,000 decimal digits:       %8.3f ms\n", ms);
    ms = BEST_MS(7, if (p) MPZ_FREE(p, len + 1); p = mpz_as_str(&a, 10, NULL, false, &len));
    printf("str() of a 10,000-digit number:    %8.3f ms\n", ms);
    if (len != 10000 || memcmp(p, s, 10000) != 0) {
        printf("  MISMATCH in round trip\n");
        g_fail++;
    }
    MPZ_FREE(p, len + 1);
    p = NULL;
    ms = BEST_MS(3, mpz_set_from_str(&a, s, 100000, false, 10));
    printf("parse 100,000 decimal digits:      %8.3f ms\n", ms);
    ms = BEST_MS(3, if (p) MPZ_FREE(p, len + 1); p = mpz_as_str(&a, 10, NULL, false, &len));
    printf("str() of a 100,000-digit number:   %8.3f ms\n", ms);
    if (len != 100000 || memcmp(p, s, 100000) != 0) {
        printf("  MISMATCH in round trip\n");
        g_fail++;
    }
    MPZ_FREE(p, len + 1);
    free(s);

    random_digits(&a, 20000, 2);
    random_digits(&b, 20000, 3);
    ms = BEST_MS(7, mpz_mul(&c, &a, &b));
    printf("20,000 x 20,000 digit multiply:    %8.3f ms\n", ms);
    ms = BEST_MS(7, mpz_mul(&r, &a, &a));
    printf("20,000-digit square:               %8.3f ms\n", ms);
    ms = BEST_MS(5, mpz_divmod(&q, &r, &c, &a));
    printf("40,000 / 20,000 digit divmod:      %8.3f ms\n", ms);
    if (mpz_cmp(&q, &b) != 0 || r.len != 0) {
        printf("  MISMATCH in divmod\n");
        g_fail++;
    }
    random_digits(&a, 600, 4);
    random_digits(&b, 600, 5);
    random_digits(&c, 617, 6); // ~2048-bit modulus
    ms = BEST_MS(5, mpz_pow_mod(&r, &a, &b, &c));
    printf("pow(a, b, c), 2048-bit:            %8.3f ms\n", ms);
    mpz_set_from_int(&a, 3);
    mpz_set_from_int(&b, 100000);
    ms = BEST_MS(5, mpz_pow(&r, &a, &b));
    printf("3 ** 100000:                       %8.3f ms\n", ms);
    random_digits(&a, 10000, 7);
    random_digits(&b, 10000, 8);
    ms = BEST_MS(5, mpz_gcd(&r, &a, &b));
    printf("gcd of two 10,000-digit numbers:   %8.3f ms\n", ms);
    ms = BEST_MS(5, mpz_set_from_int(&a, 1); for (int i = 2; i <= 5000; i++) {
        mpz_set_from_int(&b, i);
        mpz_mul(&a, &a, &b);
    });
    printf("5000! by repeated multiply:        %8.3f ms\n", ms);
    mpz_deinit(&a);
    mpz_deinit(&b);
    mpz_deinit(&c);
    mpz_deinit(&q);
    mpz_deinit(&r);
}

// time schoolbook vs one level of Karatsuba at several sizes
static void tune(void) {
    for (size_t n = 16; n <= 160; n += 8) {
        dig_t *a = dn_alloc(n), *b = dn_alloc(n), *r = dn_alloc(2 * n), *t = dn_alloc(kara_scratch(n));
        for (size_t i = 0; i < n; i++) {
            a[i] = (dig_t)rand() * 2654435761u;
            b[i] = (dig_t)rand() * 2246822519u;
        }
        int reps = (int)(4000000 / (n * n)) + 1;
        double t0 = now();
        for (int k = 0; k < reps; k++) {
            dn_mul_basecase(r, a, n, b, n);
        }
        double t1 = now();
        for (int k = 0; k < reps; k++) {
            dn_mul_rec(r, a, n, b, n, t);
        }
        double t2 = now();
        for (int k = 0; k < reps; k++) {
            dn_sqr_basecase(r, a, n);
        }
        double t3 = now();
        for (int k = 0; k < reps; k++) {
            dn_sqr_rec(r, a, n, t);
        }
        double t4 = now();
        printf("n=%3zu  mul basecase %7.0f ns  rec %7.0f ns   sqr basecase %7.0f ns  rec %7.0f ns\n", n,
            (t1 - t0) / reps * 1e9, (t2 - t1) / reps * 1e9, (t3 - t2) / reps * 1e9, (t4 - t3) / reps * 1e9);
        dn_free(a, n);
        dn_free(b, n);
        dn_free(r, 2 * n);
        dn_free(t, kara_scratch(n));
    }
}

int main(int argc, char **argv) {
    const char *mode = argc > 1 ? argv[1] : "self";
    if (!strcmp(mode, "self")) {
        self_tests();
    } else if (!strcmp(mode, "ops")) {
        ops_mode();
    } else if (!strcmp(mode, "bench")) {
        bench();
    } else if (!strcmp(mode, "tune")) {
        tune();
    } else {
        fprintf(stderr, "usage: %s [self|ops|bench|tune]\n", argv[0]);
        return 2;
    }
    if (g_live_blocks != 0 || g_live_bytes != 0) {
        fprintf(stderr, "LEAK: %zu blocks, %zu bytes still allocated\n", g_live_blocks, g_live_bytes);
        g_fail++;
    }
    if (!strcmp(mode, "self")) {
        printf("%s: %d failure(s)\n", g_fail ? "FAILED" : "self tests passed", g_fail);
    }
    return g_fail ? 1 : 0;
}
