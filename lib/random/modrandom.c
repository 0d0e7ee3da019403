// lib/random/modrandom.c: the random module and its Random class, on the Mersenne Twister.
//
// The generator is MT19937 (Matsumoto and Nishimura, 1998): a state of N = 624 32-bit words
// plus an index `mti` (N: the next draw regenerates all words). Seeding and every derived
// operation give CPython's numbers:
//   seed(int)        init_by_array with the 32-bit words of abs(n), least significant first
//                    (one zero word for 0); int subclasses likewise.
//   seed(float etc.) the hash, read as an unsigned 64-bit number, as an int seed.
//   seed(str/bytes)  version 2: the int whose big-endian bytes are s + sha512(s) (OpenSSL).
//   seed(None)       624 words from the OS entropy source.
//   random()         (a * 2**26 + b) / 2**53 with a = word >> 5, b = word >> 6.
//   getrandbits(k)   words least significant first; the last one shifted right to fit.
//   _randbelow(n)    k = n.bit_length(); draw getrandbits(k) until it is < n.
// randrange/randint/choice/shuffle/sample/choices/uniform/gauss/normalvariate follow the
// algorithms the CPython documentation gives as their equivalents.
//
// A Random instance holds its whole state inline (no heap pointers); the module-level
// functions use one static instance, random_global, seeded from the OS at start-up.
#include <math.h>
#include <string.h>
#include <fcntl.h>
#include <unistd.h>
#include <sys/random.h>

#include <openssl/sha.h>

#include "py/runtime.h"

#define MT_N (624)
#define MT_M (397)

typedef struct _random_obj_t {
    mp_obj_base_t base;
    uint32_t mt[MT_N];
    uint32_t mti;          // 0..MT_N; MT_N: regenerate before the next word
    bool has_gauss;        // gauss_next holds the second value of the last Box-Muller pair
    bool seeded;           // random_global: seeded from the OS on first use
    double gauss_next;
} random_obj_t;

extern const mp_obj_type_t random_type_Random;
static random_obj_t random_global = { {&random_type_Random}, {0}, MT_N, false, false, 0.0 };

// ---- the generator ----

static void mt_init_genrand(random_obj_t *r, uint32_t s) {
    uint32_t *mt = r->mt;
    mt[0] = s;
    for (uint32_t i = 1; i < MT_N; i++) {
        mt[i] = 1812433253u * (mt[i - 1] ^ (mt[i - 1] >> 30)) + i;
    }
    r->mti = MT_N;
}

static void mt_init_by_array(random_obj_t *r, const uint32_t *key, size_t key_len) {
    uint32_t *mt = r->mt;
    mt_init_genrand(r, 19650218u);
    size_t i = 1, j = 0;
    for (size_t k = MT_N > key_len ? MT_N : key_len; k; k--) {
        mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1664525u)) + key[j] + (uint32_t)j;
        i++;
        j++;
        if (i >= MT_N) {
            mt[0] = mt[MT_N - 1];
            i = 1;
        }
        if (j >= key_len) {
            j = 0;
        }
    }
    for (size_t k = MT_N - 1; k; k--) {
        mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1566083941u)) - (uint32_t)i;
        i++;
        if (i >= MT_N) {
            mt[0] = mt[MT_N - 1];
            i = 1;
        }
    }
    mt[0] = 0x80000000u;
    r->has_gauss = false;
}

static void mt_seed_os(random_obj_t *r) {
    uint32_t key[MT_N];
    size_t got = 0;
    byte *p = (byte *)key;
    while (got < sizeof(key)) {
        ssize_t n = getrandom(p + got, sizeof(key) - got, 0);
        if (n <= 0) {
            break;
        }
        got += n;
    }
    if (got < sizeof(key)) {
        int fd = open("/dev/urandom", O_RDONLY);
        if (fd >= 0) {
            while (got < sizeof(key)) {
                ssize_t n = read(fd, p + got, sizeof(key) - got);
                if (n <= 0) {
                    break;
                }
                got += n;
            }
            close(fd);
        }
    }
    mt_init_by_array(r, key, MT_N);
}

static inline random_obj_t *random_ready(random_obj_t *r) {
    if (MP_UNLIKELY(!r->seeded)) {
        mt_seed_os(r);
        r->seeded = true;
    }
    return r;
}

static uint32_t mt_next(random_obj_t *r) {
    uint32_t *mt = r->mt;
    if (r->mti >= MT_N) {
        static const uint32_t mag01[2] = {0, 0x9908b0dfu};
        int kk;
        uint32_t y;
        for (kk = 0; kk < MT_N - MT_M; kk++) {
            y = (mt[kk] & 0x80000000u) | (mt[kk + 1] & 0x7fffffffu);
            mt[kk] = mt[kk + MT_M] ^ (y >> 1) ^ mag01[y & 1];
        }
        for (; kk < MT_N - 1; kk++) {
            y = (mt[kk] & 0x80000000u) | (mt[kk + 1] & 0x7fffffffu);
            mt[kk] = mt[kk + (MT_M - MT_N)] ^ (y >> 1) ^ mag01[y & 1];
        }
        y = (mt[MT_N - 1] & 0x80000000u) | (mt[0] & 0x7fffffffu);
        mt[MT_N - 1] = mt[MT_M - 1] ^ (y >> 1) ^ mag01[y & 1];
        r->mti = 0;
    }
    uint32_t y = mt[r->mti++];
    y ^= y >> 11;
    y ^= (y << 7) & 0x9d2c5680u;
    y ^= (y << 15) & 0xefc60000u;
    y ^= y >> 18;
    return y;
}

static double mt_random(random_obj_t *r) {
    uint32_t a = mt_next(r) >> 5, b = mt_next(r) >> 6;
    return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
}

// getrandbits(k) for 0 <= k <= 64.
static uint64_t mt_bits64(random_obj_t *r, unsigned k) {
    if (k == 0) {
        return 0;
    }
    if (k <= 32) {
        return mt_next(r) >> (32 - k);
    }
    uint64_t lo = mt_next(r);
    uint64_t hi = mt_next(r) >> (64 - k);
    return lo | (hi << 32);
}

static mp_obj_t mt_bits_obj(random_obj_t *r, mp_int_t k) {
    if (k < 0) {
        mp_raise_ValueError("number of bits must be non-negative");
    }
    if (k <= 64) {
        return mp_obj_new_int_from_ull(mt_bits64(r, (unsigned)k));
    }
    size_t words = (k - 1) / 32 + 1;
    byte *buf = m_new(byte, words * 4);
    for (size_t i = 0; i < words; i++, k -= 32) {
        uint32_t w = mt_next(r);
        if (k < 32) {
            w >>= (32 - k);
        }
        buf[4 * i] = w;
        buf[4 * i + 1] = w >> 8;
        buf[4 * i + 2] = w >> 16;
        buf[4 * i + 3] = w >> 24;
    }
    mp_obj_t res = mp_obj_int_from_bytes(false, false, words * 4, buf);
    m_del(byte, buf, words * 4);
    return res;
}

static unsigned bit_length_u64(uint64_t n) {
    unsigned k = 0;
    while (n) {
        k++;
        n >>= 1;
    }
    return k;
}

// A uniform integer in [0, n), n > 0, by getrandbits rejection.
static uint64_t mt_below_u64(random_obj_t *r, uint64_t n) {
    unsigned k = bit_length_u64(n);
    uint64_t v = mt_bits64(r, k);
    while (v >= n) {
        v = mt_bits64(r, k);
    }
    return v;
}

static mp_int_t obj_bit_length(mp_obj_t n) {
    return mp_obj_get_int(mp_call_function_0(mp_load_attr(n, MP_QSTR_bit_length)));
}

// A uniform int in [0, n) for an int n > 0 of any size.
static mp_obj_t mt_below_obj(random_obj_t *r, mp_obj_t n) {
    if (mp_obj_is_small_int(n)) {
        return mp_obj_new_int_from_ull(mt_below_u64(r, (uint64_t)MP_OBJ_SMALL_INT_VALUE(n)));
    }
    mp_int_t k = obj_bit_length(n);
    mp_obj_t v = mt_bits_obj(r, k);
    while (mp_obj_is_true(mp_binary_op(MP_BINARY_OP_MORE_EQUAL, v, n))) {
        v = mt_bits_obj(r, k);
    }
    return v;
}

// ---- seeding ----

// Seeds from a non-negative int (any size): its 32-bit words, least significant first.
static void random_seed_int(random_obj_t *r, mp_obj_t n) {
    if (mp_obj_is_small_int(n)) {
        uint64_t v = (uint64_t)MP_OBJ_SMALL_INT_VALUE(n);
        uint32_t key[2] = {(uint32_t)v, (uint32_t)(v >> 32)};
        mt_init_by_array(r, key, key[1] ? 2 : 1);
        return;
    }
    mp_int_t bits = obj_bit_length(n);
    size_t words = bits == 0 ? 1 : (bits - 1) / 32 + 1;
    byte *buf = m_new(byte, words * 4);
    mp_obj_int_to_bytes(n, false, false, words * 4, buf);
    uint32_t *key = m_new(uint32_t, words);
    for (size_t i = 0; i < words; i++) {
        key[i] = buf[4 * i] | (buf[4 * i + 1] << 8) | (buf[4 * i + 2] << 16) | ((uint32_t)buf[4 * i + 3] << 24);
    }
    mt_init_by_array(r, key, words);
    m_del(uint32_t, key, words);
    m_del(byte, buf, words * 4);
}

static void random_seed_obj(random_obj_t *r, mp_obj_t a, mp_int_t version) {
    r->seeded = true;
    if (a == mp_const_none) {
        mt_seed_os(r);
        return;
    }
    bool is_text = mp_obj_is_str(a) || mp_obj_isinstance(a, &mp_type_str);
    bool is_bytes = mp_obj_is_type(a, &mp_type_bytes) || mp_obj_is_type(a, &mp_type_bytearray);
    if (version == 1 && (is_text || mp_obj_is_type(a, &mp_type_bytes))) {
        // Version 1: a 64-bit string hash over the code points (bytes read as Latin-1).
        size_t len;
        const byte *s = (const byte *)mp_obj_str_get_data(mp_obj_get_native(a, &mp_type_str), &len);
        const byte *end = s + len;
        uint64_t x = 0;
        size_t nchars = is_text ? utf8_charlen(s, len) : len;
        if (len > 0) {
            x = (uint64_t)(is_text ? utf8_get_char(s) : s[0]) << 7;
        }
        while (s < end) {
            uint32_t c;
            if (is_text) {
                c = utf8_get_char(s);
                s = utf8_next_char(s);
            } else {
                c = *s++;
            }
            x = (1000003u * x) ^ c;
        }
        x ^= nchars;
        random_seed_int(r, mp_obj_new_int_from_ull(x));
        return;
    }
    if (version == 2 && (is_text || is_bytes)) {
        size_t len;
        const byte *s;
        if (is_text) {
            s = (const byte *)mp_obj_str_get_data(mp_obj_get_native(a, &mp_type_str), &len);
        } else {
            mp_buffer_info_t bi;
            mp_get_buffer_raise(a, &bi, MP_BUFFER_READ);
            s = bi.buf;
            len = bi.len;
        }
        // The int whose big-endian bytes are s + sha512(s): its little-endian words.
        size_t total = len + SHA512_DIGEST_LENGTH;
        byte *be = m_new(byte, total);
        memcpy(be, s, len);
        SHA512(s, len, be + len);
        size_t lead = 0;
        while (lead < total && be[lead] == 0) {
            lead++;
        }
        size_t nbytes = total - lead;
        size_t words = nbytes == 0 ? 1 : (nbytes + 3) / 4;
        uint32_t *key = m_new(uint32_t, words);
        memset(key, 0, words * sizeof(uint32_t));
        for (size_t i = 0; i < nbytes; i++) {
            key[i / 4] |= (uint32_t)be[total - 1 - i] << (8 * (i % 4));
        }
        mt_init_by_array(r, key, words);
        m_del(uint32_t, key, words);
        m_del(byte, be, total);
        return;
    }
    if (mp_obj_isinstance(a, &mp_type_int)) {
        mp_obj_t n = mp_obj_get_native(a, &mp_type_int);
        if (n == mp_const_true || n == mp_const_false) {
            n = MP_OBJ_NEW_SMALL_INT(n == mp_const_true);
        }
        random_seed_int(r, mp_obj_int_sign(n) < 0 ? mp_unary_op(MP_UNARY_OP_NEGATIVE, n) : n);
        return;
    }
    if (!mp_obj_isinstance(a, &mp_type_float) && !is_text && !is_bytes) {
        mp_raise_TypeError("The only supported seed types are: None,\nint, float, str, bytes, and bytearray.");
    }
    // Other types (float, or str/bytes with another version): the hash as an unsigned word.
    mp_int_t h = mp_obj_hash(a);
    random_seed_int(r, mp_obj_new_int_from_ull((uint64_t)h));
}

// ---- methods (shared by Random instances and the module-level functions) ----

static mp_obj_t random_do_seed(random_obj_t *r, size_t n_args, const mp_obj_t *args, mp_map_t *kw) {
    static const mp_arg_t allowed[] = {
        { MP_QSTR_a, MP_ARG_OBJ, {.u_obj = MP_ROM_NONE} },
        { MP_QSTR_version, MP_ARG_INT, {.u_int = 2} },
    };
    mp_arg_val_t a[2];
    mp_arg_parse_all(n_args, args, kw, 2, allowed, a);
    random_seed_obj(r, a[0].u_obj, a[1].u_int);
    return mp_const_none;
}

static mp_obj_t random_do_random(random_obj_t *r, size_t n_args, const mp_obj_t *args, mp_map_t *kw) {
    mp_arg_check_num(n_args, kw->used, 0, 0, false);
    return mp_obj_new_float(mt_random(r));
}

static mp_obj_t random_do_getrandbits(random_obj_t *r, size_t n_args, const mp_obj_t *args, mp_map_t *kw) {
    mp_arg_check_num(n_args, kw->used, 1, 1, false);
    return mt_bits_obj(r, mp_obj_get_int(args[0]));
}

static mp_obj_t random_do_randbytes(random_obj_t *r, size_t n_args, const mp_obj_t *args, mp_map_t *kw) {
    mp_arg_check_num(n_args, kw->used, 1, 1, false);
    mp_int_t n = mp_obj_get_int(args[0]);
    if (n < 0) {
        mp_raise_ValueError("number of bits must be non-negative");
    }
    // getrandbits(8 * n) as n little-endian bytes
    vstr_t vstr;
    vstr_init_len(&vstr, n);
    byte *p = (byte *)vstr.buf;
    mp_int_t k = 8 * n;
    for (mp_int_t i = 0; i < n; i += 4, k -= 32) {
        uint32_t w = mt_next(r);
        if (k < 32) {
            w >>= (32 - k);
        }
        for (mp_int_t j = 0; j < 4 && i + j < n; j++) {
            p[i + j] = w >> (8 * j);
        }
    }
    return mp_obj_new_bytes_from_vstr(&vstr);
}

static const char *repr_str(mp_obj_t o) {
    return mp_obj_str_get_str(mp_obj_repr(o));
}

// An int argument of randrange: ints as they are; integral floats accepted (CPython warns);
// anything else is ValueError "non-integer <what> for randrange()".
static mp_obj_t randrange_index(mp_obj_t o, const char *what) {
    if (mp_obj_is_int(o) || mp_obj_isinstance(o, &mp_type_int)) {
        mp_obj_t n = mp_obj_get_native(o, &mp_type_int);
        if (n == mp_const_true || n == mp_const_false) {
            n = MP_OBJ_NEW_SMALL_INT(n == mp_const_true);
        }
        return n;
    }
    mp_obj_t dest[2];
    mp_load_method_maybe(o, MP_QSTR___index__, dest);
    if (dest[0] != MP_OBJ_NULL) {
        return mp_call_method_n_kw(0, 0, dest);
    }
    mp_obj_t i = mp_call_function_1(MP_OBJ_FROM_PTR(&mp_type_int), o);
    if (!mp_obj_equal(i, o)) {
        mp_raise_msg_varg(&mp_type_ValueError, "non-integer %s for randrange()", what);
    }
    return i;
}

static mp_obj_t random_randrange3(random_obj_t *r, mp_obj_t start, mp_obj_t stop, mp_obj_t step) {
    mp_obj_t istart = randrange_index(start, "arg 1");
    if (stop == mp_const_none) {
        if (step != MP_OBJ_NEW_SMALL_INT(1)) {
            mp_raise_TypeError("Missing a non-None stop argument");
        }
        if (mp_obj_int_sign(istart) > 0) {
            return mt_below_obj(r, istart);
        }
        mp_raise_ValueError("empty range for randrange()");
    }
    mp_obj_t istop = randrange_index(stop, "stop");
    mp_obj_t istep = step == MP_OBJ_NEW_SMALL_INT(1) ? step : randrange_index(step, "step");
    // Small-int fast path: all values well inside the 64-bit range.
    const mp_int_t lim = (mp_int_t)1 << 60;
    if (mp_obj_is_small_int(istart) && mp_obj_is_small_int(istop) && mp_obj_is_small_int(istep)) {
        mp_int_t a = MP_OBJ_SMALL_INT_VALUE(istart), b = MP_OBJ_SMALL_INT_VALUE(istop), s = MP_OBJ_SMALL_INT_VALUE(istep);
        if (a > -lim && a < lim && b > -lim && b < lim && s > -lim && s < lim) {
            mp_int_t width = b - a;
            if (s == 1) {
                if (width > 0) {
                    return mp_obj_new_int(a + (mp_int_t)mt_below_u64(r, (uint64_t)width));
                }
                mp_raise_msg_varg(&mp_type_ValueError, "empty range for randrange() (%d, %d, %d)", (int)a, (int)b, (int)width);
            }
            mp_int_t n;
            if (s > 0) {
                mp_int_t num = width + s - 1;
                n = num >= 0 ? num / s : -((-num + s - 1) / s);
            } else if (s < 0) {
                mp_int_t num = width + s + 1;
                // floor(num / s) with s < 0
                n = num <= 0 ? (-num) / (-s) : -((num + (-s) - 1) / (-s));
            } else {
                mp_raise_ValueError("zero step for randrange()");
            }
            if (n <= 0) {
                mp_raise_ValueError("empty range for randrange()");
            }
            return mp_obj_new_int(a + s * (mp_int_t)mt_below_u64(r, (uint64_t)n));
        }
    }
    mp_obj_t width = mp_binary_op(MP_BINARY_OP_SUBTRACT, istop, istart);
    if (mp_obj_equal(istep, MP_OBJ_NEW_SMALL_INT(1))) {
        if (mp_obj_int_sign(width) > 0) {
            return mp_binary_op(MP_BINARY_OP_ADD, istart, mt_below_obj(r, width));
        }
        mp_raise_msg_varg(&mp_type_ValueError, "empty range for randrange() (%s, %s, %s)",
            repr_str(istart), repr_str(istop), repr_str(width));
    }
    int sign = mp_obj_int_sign(istep);
    mp_obj_t n;
    if (sign > 0) {
        n = mp_binary_op(MP_BINARY_OP_FLOOR_DIVIDE, mp_binary_op(MP_BINARY_OP_SUBTRACT,
            mp_binary_op(MP_BINARY_OP_ADD, width, istep), MP_OBJ_NEW_SMALL_INT(1)), istep);
    } else if (sign < 0) {
        n = mp_binary_op(MP_BINARY_OP_FLOOR_DIVIDE, mp_binary_op(MP_BINARY_OP_ADD,
            mp_binary_op(MP_BINARY_OP_ADD, width, istep), MP_OBJ_NEW_SMALL_INT(1)), istep);
    } else {
        mp_raise_ValueError("zero step for randrange()");
    }
    if (mp_obj_int_sign(n) <= 0) {
        mp_raise_ValueError("empty range for randrange()");
    }
    return mp_binary_op(MP_BINARY_OP_ADD, istart, mp_binary_op(MP_BINARY_OP_MULTIPLY, istep, mt_below_obj(r, n)));
}

static mp_obj_t random_do_randrange(random_obj_t *r, size_t n_args, const mp_obj_t *args, mp_map_t *kw) {
    static const mp_arg_t allowed[] = {
        { MP_QSTR_start, MP_ARG_REQUIRED | MP_ARG_OBJ, {.u_obj = MP_OBJ_NULL} },
        { MP_QSTR_stop, MP_ARG_OBJ, {.u_obj = MP_ROM_NONE} },
        { MP_QSTR_step, MP_ARG_OBJ, {.u_obj = MP_ROM_INT(1)} },
    };
    mp_arg_val_t a[3];
    mp_arg_parse_all(n_args, args, kw, 3, allowed, a);
    return random_randrange3(r, a[0].u_obj, a[1].u_obj, a[2].u_obj);
}

static mp_obj_t random_do_randint(random_obj_t *r, size_t n_args, const mp_obj_t *args, mp_map_t *kw) {
    static const mp_arg_t allowed[] = {
        { MP_QSTR_a, MP_ARG_REQUIRED | MP_ARG_OBJ, {.u_obj = MP_OBJ_NULL} },
        { MP_QSTR_b, MP_ARG_REQUIRED | MP_ARG_OBJ, {.u_obj = MP_OBJ_NULL} },
    };
    mp_arg_val_t a[2];
    if (n_args == 2 && kw->used == 0) {
        a[0].u_obj = args[0];
        a[1].u_obj = args[1];
    } else {
        mp_arg_parse_all(n_args, args, kw, 2, allowed, a);
    }
    mp_obj_t stop = mp_binary_op(MP_BINARY_OP_ADD, a[1].u_obj, MP_OBJ_NEW_SMALL_INT(1));
    return random_randrange3(r, a[0].u_obj, stop, MP_OBJ_NEW_SMALL_INT(1));
}

static mp_obj_t random_do_choice(random_obj_t *r, size_t n_args, const mp_obj_t *args, mp_map_t *kw) {
    mp_arg_check_num(n_args, kw->used, 1, 1, false);
    mp_int_t n = mp_obj_get_int(mp_obj_len(args[0]));
    if (n == 0) {
        mp_raise_msg(&mp_type_IndexError, "Cannot choose from an empty sequence");
    }
    mp_obj_t i = mp_obj_new_int_from_ull(mt_below_u64(r, (uint64_t)n));
    return mp_obj_subscr(args[0], i, MP_OBJ_SENTINEL);
}

static mp_obj_t random_do_shuffle(random_obj_t *r, size_t n_args, const mp_obj_t *args, mp_map_t *kw) {
    mp_arg_check_num(n_args, kw->used, 1, 1, false);
    mp_obj_t x = args[0];
    if (mp_obj_is_type(x, &mp_type_list)) {
        size_t n;
        mp_obj_t *items;
        mp_obj_list_get(x, &n, &items);
        for (size_t i = n; i-- > 1;) {
            size_t j = (size_t)mt_below_u64(r, i + 1);
            mp_obj_list_get(x, &n, &items);
            mp_obj_t t = items[i];
            items[i] = items[j];
            items[j] = t;
        }
        return mp_const_none;
    }
    mp_int_t n = mp_obj_get_int(mp_obj_len(x));
    for (mp_int_t i = n - 1; i >= 1; i--) {
        mp_obj_t oi = MP_OBJ_NEW_SMALL_INT(i);
        mp_obj_t oj = mp_obj_new_int_from_ull(mt_below_u64(r, (uint64_t)i + 1));
        mp_obj_t vi = mp_obj_subscr(x, oi, MP_OBJ_SENTINEL);
        mp_obj_t vj = mp_obj_subscr(x, oj, MP_OBJ_SENTINEL);
        mp_obj_subscr(x, oi, vj);
        mp_obj_subscr(x, oj, vi);
    }
    return mp_const_none;
}

static mp_obj_t random_do_uniform(random_obj_t *r, size_t n_args, const mp_obj_t *args, mp_map_t *kw) {
    static const mp_arg_t allowed[] = {
        { MP_QSTR_a, MP_ARG_REQUIRED | MP_ARG_OBJ, {.u_obj = MP_OBJ_NULL} },
        { MP_QSTR_b, MP_ARG_REQUIRED | MP_ARG_OBJ, {.u_obj = MP_OBJ_NULL} },
    };
    mp_arg_val_t a[2];
    mp_arg_parse_all(n_args, args, kw, 2, allowed, a);
    // a + (b - a) * random(), with Python's arithmetic on the arguments
    mp_obj_t diff = mp_binary_op(MP_BINARY_OP_SUBTRACT, a[1].u_obj, a[0].u_obj);
    mp_obj_t prod = mp_binary_op(MP_BINARY_OP_MULTIPLY, diff, mp_obj_new_float(mt_random(r)));
    return mp_binary_op(MP_BINARY_OP_ADD, a[0].u_obj, prod);
}

static void parse_mu_sigma(size_t n_args, const mp_obj_t *args, mp_map_t *kw, double *mu, double *sigma) {
    static const mp_arg_t allowed[] = {
        { MP_QSTR_mu, MP_ARG_OBJ, {.u_obj = MP_OBJ_NULL} },
        { MP_QSTR_sigma, MP_ARG_OBJ, {.u_obj = MP_OBJ_NULL} },
    };
    mp_arg_val_t a[2];
    mp_arg_parse_all(n_args, args, kw, 2, allowed, a);
    *mu = a[0].u_obj == MP_OBJ_NULL ? 0.0 : mp_obj_get_float(a[0].u_obj);
    *sigma = a[1].u_obj == MP_OBJ_NULL ? 1.0 : mp_obj_get_float(a[1].u_obj);
}

static mp_obj_t random_do_gauss(random_obj_t *r, size_t n_args, const mp_obj_t *args, mp_map_t *kw) {
    double mu, sigma;
    parse_mu_sigma(n_args, args, kw, &mu, &sigma);
    double z;
    if (r->has_gauss) {
        z = r->gauss_next;
        r->has_gauss = false;
    } else {
        double x2pi = mt_random(r) * (2.0 * M_PI);
        double g2rad = sqrt(-2.0 * log(1.0 - mt_random(r)));
        z = cos(x2pi) * g2rad;
        r->gauss_next = sin(x2pi) * g2rad;
        r->has_gauss = true;
    }
    return mp_obj_new_float(mu + z * sigma);
}

static mp_obj_t random_do_normalvariate(random_obj_t *r, size_t n_args, const mp_obj_t *args, mp_map_t *kw) {
    double mu, sigma;
    parse_mu_sigma(n_args, args, kw, &mu, &sigma);
    const double magic = 4 * exp(-0.5) / sqrt(2.0);
    double z;
    for (;;) {
        double u1 = mt_random(r);
        double u2 = 1.0 - mt_random(r);
        z = magic * (u1 - 0.5) / u2;
        double zz = z * z / 4.0;
        if (zz <= -log(u2)) {
            break;
        }
    }
    return mp_obj_new_float(mu + z * sigma);
}

static mp_obj_t random_do_expovariate(random_obj_t *r, size_t n_args, const mp_obj_t *args, mp_map_t *kw) {
    mp_arg_check_num(n_args, kw->used, 0, 1, false);
    double lambd = n_args > 0 ? mp_obj_get_float(args[0]) : 1.0;
    if (lambd == 0.0) {
        mp_raise_msg(&mp_type_ZeroDivisionError, "float division by zero");
    }
    return mp_obj_new_float(-log(1.0 - mt_random(r)) / lambd);
}

static mp_obj_t random_do_triangular(random_obj_t *r, size_t n_args, const mp_obj_t *args, mp_map_t *kw) {
    static const mp_arg_t allowed[] = {
        { MP_QSTR_low, MP_ARG_OBJ, {.u_obj = MP_ROM_INT(0)} },
        { MP_QSTR_high, MP_ARG_OBJ, {.u_obj = MP_ROM_INT(1)} },
        { MP_QSTR_mode, MP_ARG_OBJ, {.u_obj = MP_ROM_NONE} },
    };
    mp_arg_val_t a[3];
    mp_arg_parse_all(n_args, args, kw, 3, allowed, a);
    double u = mt_random(r);
    double low = mp_obj_get_float(a[0].u_obj), high = mp_obj_get_float(a[1].u_obj);
    double c;
    if (a[2].u_obj == mp_const_none) {
        c = 0.5;
    } else {
        if (high == low) {
            return a[0].u_obj;
        }
        c = (mp_obj_get_float(a[2].u_obj) - low) / (high - low);
    }
    if (u > c) {
        u = 1.0 - u;
        c = 1.0 - c;
        double t = low;
        low = high;
        high = t;
    }
    return mp_obj_new_float(low + (high - low) * sqrt(u * c));
}

// Population helpers for sample/choices: a sequence with len() and indexing.
static mp_obj_t pop_get(mp_obj_t pop, uint64_t i) {
    if (mp_obj_is_type(pop, &mp_type_list) || mp_obj_is_type(pop, &mp_type_tuple)) {
        size_t n;
        mp_obj_t *items;
        mp_obj_get_array(pop, &n, &items);
        if (i < n) {
            return items[i];
        }
    }
    return mp_obj_subscr(pop, mp_obj_new_int_from_ull(i), MP_OBJ_SENTINEL);
}

static mp_obj_t random_sample_impl(random_obj_t *r, mp_obj_t pop, mp_int_t k) {
    if (mp_obj_isinstance(pop, &mp_type_set) || mp_obj_isinstance(pop, &mp_type_frozenset)
        || mp_obj_isinstance(pop, &mp_type_dict) || mp_obj_len_maybe(pop) == MP_OBJ_NULL) {
        mp_raise_TypeError("Population must be a sequence.  For dicts or sets, use sorted(d).");
    }
    mp_int_t n = mp_obj_get_int(mp_obj_len(pop));
    if (k < 0 || k > n) {
        mp_raise_ValueError("Sample larger than population or is negative");
    }
    mp_obj_t result = mp_obj_new_list(k, NULL);
    mp_obj_t *res;
    size_t rlen;
    mp_obj_list_get(result, &rlen, &res);
    for (mp_int_t i = 0; i < k; i++) {
        res[i] = mp_const_none;
    }
    uint64_t setsize = 21;
    bool use_pool = true;
    if (k > 5) {
        double e = ceil(log((double)(k * 3)) / log(4.0));
        if (e < 30) {
            setsize += (uint64_t)1 << (2 * (int)e);
        } else {
            setsize = UINT64_MAX;
        }
    }
    use_pool = (uint64_t)n <= setsize;
    if (use_pool) {
        mp_obj_t pool = mp_obj_list_from_iter(pop);
        size_t pn;
        mp_obj_t *pitems;
        for (mp_int_t i = 0; i < k; i++) {
            uint64_t j = mt_below_u64(r, (uint64_t)(n - i));
            mp_obj_list_get(pool, &pn, &pitems);
            mp_obj_list_get(result, &rlen, &res);
            res[i] = pitems[j];
            pitems[j] = pitems[n - i - 1];
        }
    } else {
        mp_obj_t selected = mp_obj_new_set(0, NULL);
        for (mp_int_t i = 0; i < k; i++) {
            uint64_t j = mt_below_u64(r, (uint64_t)n);
            mp_obj_t oj = mp_obj_new_int_from_ull(j);
            while (mp_obj_is_true(mp_binary_op(MP_BINARY_OP_CONTAINS, selected, oj))) {
                j = mt_below_u64(r, (uint64_t)n);
                oj = mp_obj_new_int_from_ull(j);
            }
            mp_obj_set_store(selected, oj);
            mp_obj_t v = pop_get(pop, j);
            mp_obj_list_get(result, &rlen, &res);
            res[i] = v;
        }
    }
    return result;
}

// Index of the first element of a[0:hi] greater than x (bisect_right).
static size_t bisect_right_f(const double *a, size_t hi, double x) {
    size_t lo = 0;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (x < a[mid]) {
            hi = mid;
        } else {
            lo = mid + 1;
        }
    }
    return lo;
}

static mp_obj_t random_do_sample(random_obj_t *r, size_t n_args, const mp_obj_t *args, mp_map_t *kw) {
    static const mp_arg_t allowed[] = {
        { MP_QSTR_population, MP_ARG_REQUIRED | MP_ARG_OBJ, {.u_obj = MP_OBJ_NULL} },
        { MP_QSTR_k, MP_ARG_REQUIRED | MP_ARG_INT, {.u_int = 0} },
        { MP_QSTR_counts, MP_ARG_KW_ONLY | MP_ARG_OBJ, {.u_obj = MP_ROM_NONE} },
    };
    mp_arg_val_t a[3];
    mp_arg_parse_all(n_args, args, kw, 3, allowed, a);
    mp_obj_t pop = a[0].u_obj;
    mp_int_t k = a[1].u_int;
    if (a[2].u_obj == mp_const_none) {
        return random_sample_impl(r, pop, k);
    }
    // counts: sample positions in the expanded population, then map them back by bisection.
    mp_obj_t counts = mp_obj_list_from_iter(a[2].u_obj);
    size_t nc;
    mp_obj_t *citems;
    mp_obj_list_get(counts, &nc, &citems);
    mp_int_t n = mp_obj_get_int(mp_obj_len(pop));
    if ((mp_int_t)nc != n) {
        mp_raise_ValueError("The number of counts does not match the population");
    }
    mp_obj_t cum = mp_obj_new_list(nc, NULL);
    size_t cn;
    mp_obj_t *cum_items;
    mp_obj_list_get(cum, &cn, &cum_items);
    mp_obj_t total = MP_OBJ_NEW_SMALL_INT(0);
    for (size_t i = 0; i < nc; i++) {
        total = mp_binary_op(MP_BINARY_OP_ADD, total, citems[i]);
        cum_items[i] = total;
    }
    if (!mp_obj_is_int(total)) {
        mp_raise_TypeError("Counts must be integers");
    }
    if (mp_obj_int_sign(total) <= 0) {
        mp_raise_ValueError("Total of counts must be greater than zero");
    }
    mp_obj_t sel = random_sample_impl(r, mp_call_function_1(MP_OBJ_FROM_PTR(&mp_type_range), total), k);
    size_t sn;
    mp_obj_t *sitems;
    mp_obj_list_get(sel, &sn, &sitems);
    for (size_t i = 0; i < sn; i++) {
        // bisect_right(cum[:-1], s)
        size_t lo = 0, hi = nc - 1;
        while (lo < hi) {
            size_t mid = (lo + hi) / 2;
            if (mp_obj_is_true(mp_binary_op(MP_BINARY_OP_LESS, sitems[i], cum_items[mid]))) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        sitems[i] = pop_get(pop, lo);
    }
    return sel;
}

static mp_obj_t random_do_choices(random_obj_t *r, size_t n_args, const mp_obj_t *args, mp_map_t *kw) {
    static const mp_arg_t allowed[] = {
        { MP_QSTR_population, MP_ARG_REQUIRED | MP_ARG_OBJ, {.u_obj = MP_OBJ_NULL} },
        { MP_QSTR_weights, MP_ARG_OBJ, {.u_obj = MP_ROM_NONE} },
        { MP_QSTR_cum_weights, MP_ARG_KW_ONLY | MP_ARG_OBJ, {.u_obj = MP_ROM_NONE} },
        { MP_QSTR_k, MP_ARG_KW_ONLY | MP_ARG_INT, {.u_int = 1} },
    };
    mp_arg_val_t a[4];
    mp_arg_parse_all(n_args, args, kw, 4, allowed, a);
    mp_obj_t pop = a[0].u_obj, weights = a[1].u_obj, cum_w = a[2].u_obj;
    mp_int_t k = a[3].u_int < 0 ? 0 : a[3].u_int;
    mp_int_t n = mp_obj_get_int(mp_obj_len(pop));
    mp_obj_t result = mp_obj_new_list(k, NULL);
    size_t rlen;
    mp_obj_t *res;
    mp_obj_list_get(result, &rlen, &res);
    for (mp_int_t i = 0; i < k; i++) {
        res[i] = mp_const_none;
    }
    if (cum_w == mp_const_none) {
        if (weights == mp_const_none) {
            double dn = (double)n;
            for (mp_int_t i = 0; i < k; i++) {
                mp_obj_t v = pop_get(pop, (uint64_t)floor(mt_random(r) * dn));
                mp_obj_list_get(result, &rlen, &res);
                res[i] = v;
            }
            return result;
        }
        if (mp_obj_is_int(weights)) {
            mp_raise_msg_varg(&mp_type_TypeError, "The number of choices must be a keyword argument: k=%s", repr_str(weights));
        }
        mp_obj_t acc = MP_OBJ_NULL;
        cum_w = mp_obj_new_list(0, NULL);
        mp_obj_t it = mp_getiter(weights);
        mp_obj_t w;
        while ((w = mp_iternext(it)) != MP_OBJ_STOP_ITERATION) {
            acc = acc == MP_OBJ_NULL ? w : mp_binary_op(MP_BINARY_OP_ADD, acc, w);
            mp_obj_list_append(cum_w, acc);
        }
    } else if (weights != mp_const_none) {
        mp_raise_TypeError("Cannot specify both weights and cumulative weights");
    } else {
        cum_w = mp_obj_list_from_iter(cum_w);
    }
    size_t nw;
    mp_obj_t *witems;
    mp_obj_list_get(cum_w, &nw, &witems);
    if ((mp_int_t)nw != n) {
        mp_raise_ValueError("The number of weights does not match the population");
    }
    if (n == 0) {
        mp_raise_msg(&mp_type_IndexError, "list index out of range");
    }
    double *cw = m_new(double, nw);
    for (size_t i = 0; i < nw; i++) {
        cw[i] = mp_obj_get_float(witems[i]);
    }
    double total = cw[nw - 1] + 0.0;
    if (total <= 0.0) {
        mp_raise_ValueError("Total of weights must be greater than zero");
    }
    if (!isfinite(total)) {
        mp_raise_ValueError("Total of weights must be finite");
    }
    for (mp_int_t i = 0; i < k; i++) {
        size_t j = bisect_right_f(cw, nw - 1, mt_random(r) * total);
        mp_obj_t v = pop_get(pop, j);
        mp_obj_list_get(result, &rlen, &res);
        res[i] = v;
    }
    m_del(double, cw, nw);
    return result;
}

static mp_obj_t random_do_getstate(random_obj_t *r, size_t n_args, const mp_obj_t *args, mp_map_t *kw) {
    mp_arg_check_num(n_args, kw->used, 0, 0, false);
    mp_obj_t t = mp_obj_new_tuple(MT_N + 1, NULL);
    mp_obj_tuple_t *tt = MP_OBJ_TO_PTR(t);
    for (int i = 0; i < MT_N; i++) {
        tt->items[i] = mp_obj_new_int_from_uint(r->mt[i]);
    }
    tt->items[MT_N] = MP_OBJ_NEW_SMALL_INT(r->mti);
    mp_obj_t st[3] = {MP_OBJ_NEW_SMALL_INT(3), t, r->has_gauss ? mp_obj_new_float(r->gauss_next) : mp_const_none};
    return mp_obj_new_tuple(3, st);
}

static mp_obj_t random_do_setstate(random_obj_t *r, size_t n_args, const mp_obj_t *args, mp_map_t *kw) {
    mp_arg_check_num(n_args, kw->used, 1, 1, false);
    mp_obj_t state = args[0];
    mp_obj_t version = mp_obj_subscr(state, MP_OBJ_NEW_SMALL_INT(0), MP_OBJ_SENTINEL);
    bool v2 = mp_obj_equal(version, MP_OBJ_NEW_SMALL_INT(2));
    if (!v2 && !mp_obj_equal(version, MP_OBJ_NEW_SMALL_INT(3))) {
        mp_raise_msg_varg(&mp_type_ValueError, "state with version %s passed to Random.setstate() of version 3", repr_str(version));
    }
    mp_obj_t *st;
    mp_obj_get_array_fixed_n(state, 3, &st);
    mp_obj_t internal = st[1], gauss = st[2];
    if (!mp_obj_is_type(internal, &mp_type_tuple)) {
        mp_raise_TypeError("state vector must be a tuple");
    }
    size_t n;
    mp_obj_t *items;
    mp_obj_tuple_get(internal, &n, &items);
    if (n != MT_N + 1) {
        mp_raise_ValueError("state vector is the wrong size");
    }
    uint32_t mt[MT_N];
    for (int i = 0; i < MT_N; i++) {
        mp_obj_t w = items[i];
        if (v2) {
            w = mp_binary_op(MP_BINARY_OP_MODULO, w, mp_obj_new_int_from_ull(0x100000000ull));
        }
        mt[i] = (uint32_t)mp_obj_get_int_truncated(w);
    }
    mp_int_t idx = mp_obj_get_int(items[MT_N]);
    if (idx < 0 || idx > MT_N) {
        mp_raise_ValueError("invalid state");
    }
    memcpy(r->mt, mt, sizeof(mt));
    r->mti = idx;
    r->seeded = true;
    if (gauss == mp_const_none) {
        r->has_gauss = false;
    } else {
        r->has_gauss = true;
        r->gauss_next = mp_obj_get_float(gauss);
    }
    return mp_const_none;
}

// ---- the Random type and the module-level functions ----

typedef mp_obj_t (*random_impl_t)(random_obj_t *, size_t, const mp_obj_t *, mp_map_t *);

static random_obj_t *random_self(mp_obj_t self_in) {
    mp_obj_t native = mp_obj_get_native(self_in, &random_type_Random);
    if (!mp_obj_is_type(native, &random_type_Random)) {
        mp_raise_TypeError("descriptor requires a 'Random' object");
    }
    return MP_OBJ_TO_PTR(native);
}

// Each operation is one C function random_do_X(state, args); RANDOM_FUN makes the method
// (self first) and the module-level function (the global state).
#define RANDOM_FUN(name) \
    static mp_obj_t random_meth_##name(size_t n, const mp_obj_t *a, mp_map_t *kw) { \
        return random_do_##name(random_ready(random_self(a[0])), n - 1, a + 1, kw); \
    } \
    static MP_DEFINE_CONST_FUN_OBJ_KW(random_meth_##name##_obj, 1, random_meth_##name); \
    static mp_obj_t random_mod_##name(size_t n, const mp_obj_t *a, mp_map_t *kw) { \
        return random_do_##name(random_ready(&random_global), n, a, kw); \
    } \
    static MP_DEFINE_CONST_FUN_OBJ_KW(random_mod_##name##_obj, 0, random_mod_##name);

RANDOM_FUN(seed)
RANDOM_FUN(random)
RANDOM_FUN(getrandbits)
RANDOM_FUN(randbytes)
RANDOM_FUN(randrange)
RANDOM_FUN(randint)
RANDOM_FUN(choice)
RANDOM_FUN(shuffle)
RANDOM_FUN(uniform)
RANDOM_FUN(gauss)
RANDOM_FUN(normalvariate)
RANDOM_FUN(expovariate)
RANDOM_FUN(triangular)
RANDOM_FUN(sample)
RANDOM_FUN(choices)
RANDOM_FUN(getstate)
RANDOM_FUN(setstate)

static mp_obj_t random_make_new(const mp_obj_type_t *type, size_t n_args, size_t n_kw, const mp_obj_t *args) {
    mp_arg_check_num(n_args, n_kw, 0, 1, false);
    random_obj_t *r = m_new_obj(random_obj_t);
    memset(r, 0, sizeof(*r));
    r->base.type = &random_type_Random;
    random_seed_obj(r, n_args > 0 ? args[0] : mp_const_none, 2);
    return MP_OBJ_FROM_PTR(r);
}

static const mp_rom_map_elem_t random_locals_table[] = {
    { MP_ROM_QSTR(MP_QSTR_seed), MP_ROM_PTR(&random_meth_seed_obj) },
    { MP_ROM_QSTR(MP_QSTR_random), MP_ROM_PTR(&random_meth_random_obj) },
    { MP_ROM_QSTR(MP_QSTR_getrandbits), MP_ROM_PTR(&random_meth_getrandbits_obj) },
    { MP_ROM_QSTR(MP_QSTR_randbytes), MP_ROM_PTR(&random_meth_randbytes_obj) },
    { MP_ROM_QSTR(MP_QSTR_randrange), MP_ROM_PTR(&random_meth_randrange_obj) },
    { MP_ROM_QSTR(MP_QSTR_randint), MP_ROM_PTR(&random_meth_randint_obj) },
    { MP_ROM_QSTR(MP_QSTR_choice), MP_ROM_PTR(&random_meth_choice_obj) },
    { MP_ROM_QSTR(MP_QSTR_shuffle), MP_ROM_PTR(&random_meth_shuffle_obj) },
    { MP_ROM_QSTR(MP_QSTR_uniform), MP_ROM_PTR(&random_meth_uniform_obj) },
    { MP_ROM_QSTR(MP_QSTR_gauss), MP_ROM_PTR(&random_meth_gauss_obj) },
    { MP_ROM_QSTR(MP_QSTR_normalvariate), MP_ROM_PTR(&random_meth_normalvariate_obj) },
    { MP_ROM_QSTR(MP_QSTR_expovariate), MP_ROM_PTR(&random_meth_expovariate_obj) },
    { MP_ROM_QSTR(MP_QSTR_triangular), MP_ROM_PTR(&random_meth_triangular_obj) },
    { MP_ROM_QSTR(MP_QSTR_sample), MP_ROM_PTR(&random_meth_sample_obj) },
    { MP_ROM_QSTR(MP_QSTR_choices), MP_ROM_PTR(&random_meth_choices_obj) },
    { MP_ROM_QSTR(MP_QSTR_getstate), MP_ROM_PTR(&random_meth_getstate_obj) },
    { MP_ROM_QSTR(MP_QSTR_setstate), MP_ROM_PTR(&random_meth_setstate_obj) },
};
static MP_DEFINE_CONST_DICT(random_locals_dict, random_locals_table);

const mp_obj_type_t random_type_Random = {
    {&mp_type_type},
    .name = MP_QSTR_Random,
    .make_new = random_make_new,
    .locals_dict = (mp_obj_dict_t *)&random_locals_dict,
};

static const mp_rom_map_elem_t random_module_globals_table[] = {
    { MP_ROM_QSTR(MP_QSTR___name__), MP_ROM_QSTR(MP_QSTR_random) },
    { MP_ROM_QSTR(MP_QSTR_Random), MP_ROM_PTR(&random_type_Random) },
    { MP_ROM_QSTR(MP_QSTR_seed), MP_ROM_PTR(&random_mod_seed_obj) },
    { MP_ROM_QSTR(MP_QSTR_random), MP_ROM_PTR(&random_mod_random_obj) },
    { MP_ROM_QSTR(MP_QSTR_getrandbits), MP_ROM_PTR(&random_mod_getrandbits_obj) },
    { MP_ROM_QSTR(MP_QSTR_randbytes), MP_ROM_PTR(&random_mod_randbytes_obj) },
    { MP_ROM_QSTR(MP_QSTR_randrange), MP_ROM_PTR(&random_mod_randrange_obj) },
    { MP_ROM_QSTR(MP_QSTR_randint), MP_ROM_PTR(&random_mod_randint_obj) },
    { MP_ROM_QSTR(MP_QSTR_choice), MP_ROM_PTR(&random_mod_choice_obj) },
    { MP_ROM_QSTR(MP_QSTR_shuffle), MP_ROM_PTR(&random_mod_shuffle_obj) },
    { MP_ROM_QSTR(MP_QSTR_uniform), MP_ROM_PTR(&random_mod_uniform_obj) },
    { MP_ROM_QSTR(MP_QSTR_gauss), MP_ROM_PTR(&random_mod_gauss_obj) },
    { MP_ROM_QSTR(MP_QSTR_normalvariate), MP_ROM_PTR(&random_mod_normalvariate_obj) },
    { MP_ROM_QSTR(MP_QSTR_expovariate), MP_ROM_PTR(&random_mod_expovariate_obj) },
    { MP_ROM_QSTR(MP_QSTR_triangular), MP_ROM_PTR(&random_mod_triangular_obj) },
    { MP_ROM_QSTR(MP_QSTR_sample), MP_ROM_PTR(&random_mod_sample_obj) },
    { MP_ROM_QSTR(MP_QSTR_choices), MP_ROM_PTR(&random_mod_choices_obj) },
    { MP_ROM_QSTR(MP_QSTR_getstate), MP_ROM_PTR(&random_mod_getstate_obj) },
    { MP_ROM_QSTR(MP_QSTR_setstate), MP_ROM_PTR(&random_mod_setstate_obj) },
};
MP_DEFINE_CONST_MODULE(random_module, random_module_globals_table);

MP_REGISTER_MODULE(MP_QSTR_random, random_module);
