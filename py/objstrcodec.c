// py/objstrcodec.c: the text codecs behind str.encode, bytes.decode and str(b, enc, errors).
//
// Also the hexadecimal codec of bytes: bytes.hex(sep, bytes_per_sep) and bytes.fromhex, and
// bytes.decode (shared with bytearray and memoryview through the method tables).
//
// Encodings: UTF-8 (the text representation itself, so encoding is a copy and decoding a
// validation), ASCII and Latin-1. Error handlers: 'strict' (raise UnicodeError with CPython's
// message), 'ignore' (drop), 'replace' (U+FFFD when decoding, '?' when encoding). Encoding
// names compare case-insensitively with '_' and '-' the same. Results are built in block vstrs
// (mp_str_vstr_init) so the finished buffer becomes the str/bytes object without a copy.
// Invariant: every str this file returns holds valid UTF-8 (decode only copies sequences that
// utf8_valid_seq accepted, or U+FFFD).
#include <string.h>

#include "py/runtime.h"
#include "py/objstr.h"

// Byte length of the UTF-8 sequence starting with lead byte *p (the text is valid UTF-8).
static inline size_t utf8_char_len(const byte *p) {
    byte c = *p;
    return c < 0x80 ? 1 : c < 0xe0 ? 2 : c < 0xf0 ? 3 : 4;
}


static bool encoding_is(mp_obj_t enc, const char *name) {
    size_t len;
    const char *s = mp_obj_str_get_data(enc, &len);
    // case-insensitive; '_' and '-' are the same
    size_t i = 0;
    for (; i < len && name[i]; i++) {
        char c = s[i] == '_' ? '-' : (char)unichar_tolower((byte)s[i]);
        if (c != name[i]) {
            return false;
        }
    }
    return i == len && name[i] == 0;
}

typedef enum { ENC_UTF8, ENC_ASCII, ENC_LATIN1 } encoding_t;

static encoding_t get_encoding(mp_obj_t enc) {
    if (enc == MP_OBJ_NULL || encoding_is(enc, "utf-8") || encoding_is(enc, "utf8")) {
        return ENC_UTF8;
    }
    if (encoding_is(enc, "ascii") || encoding_is(enc, "us-ascii")) {
        return ENC_ASCII;
    }
    if (encoding_is(enc, "latin-1") || encoding_is(enc, "latin1") || encoding_is(enc, "iso-8859-1")) {
        return ENC_LATIN1;
    }
    mp_raise_msg_varg(&mp_type_LookupError, "unknown encoding: %s", mp_obj_str_get_str(enc));
}

// Length of a valid UTF-8 sequence at p (at most `avail` bytes), or 0 if invalid.
static size_t utf8_valid_seq(const byte *p, size_t avail) {
    byte c = p[0];
    if (c < 0x80) {
        return 1;
    }
    size_t n;
    uint32_t min;
    if (c >= 0xc2 && c < 0xe0) {
        n = 2;
        min = 0x80;
    } else if (c >= 0xe0 && c < 0xf0) {
        n = 3;
        min = 0x800;
    } else if (c >= 0xf0 && c < 0xf5) {
        n = 4;
        min = 0x10000;
    } else {
        return 0;
    }
    if (avail < n) {
        return 0;
    }
    uint32_t v = c & (0x3f >> (n - 1));
    for (size_t i = 1; i < n; i++) {
        if (!utf8_is_cont(p[i])) {
            return 0;
        }
        v = (v << 6) | (p[i] & 0x3f);
    }
    if (v < min || v > 0x10ffff || (v >= 0xd800 && v <= 0xdfff)) {
        return 0;
    }
    return n;
}

typedef enum { ERR_STRICT, ERR_IGNORE, ERR_REPLACE } errors_t;

static errors_t get_errors(mp_obj_t err) {
    if (err == MP_OBJ_NULL) {
        return ERR_STRICT;
    }
    const char *s = mp_obj_str_get_str(err);
    if (strcmp(s, "ignore") == 0) {
        return ERR_IGNORE;
    }
    if (strcmp(s, "replace") == 0) {
        return ERR_REPLACE;
    }
    return ERR_STRICT;
}

mp_obj_t mp_str_decode_bytes(const byte *data, size_t len, mp_obj_t enc, mp_obj_t err) {
    encoding_t e = get_encoding(enc);
    errors_t er = get_errors(err);
    if (e == ENC_UTF8 || e == ENC_ASCII) {
        // fast path: all valid
        size_t i = 0;
        if (e == ENC_UTF8) {
            while (i < len) {
                size_t n = utf8_valid_seq(data + i, len - i);
                if (n == 0) {
                    break;
                }
                i += n;
            }
        } else {
            while (i < len && data[i] < 0x80) {
                i++;
            }
        }
        if (i == len) {
            return mp_obj_new_str_copy(&mp_type_str, data, len);
        }
        if (er == ERR_STRICT) {
            mp_raise_msg_varg(&mp_type_UnicodeError, "'%s' codec can't decode byte 0x%02x in position %u: %s",
                e == ENC_UTF8 ? "utf-8" : "ascii", data[i], (unsigned)i,
                e == ENC_UTF8 ? "invalid start byte" : "ordinal not in range(128)");
        }
        vstr_t vstr;
        mp_str_vstr_init(&vstr, len + 8);
        vstr_add_strn(&vstr, (const char *)data, i);
        while (i < len) {
            size_t n = e == ENC_UTF8 ? utf8_valid_seq(data + i, len - i) : (data[i] < 0x80);
            if (n == 0) {
                if (er == ERR_REPLACE) {
                    vstr_add_char(&vstr, 0xfffd);
                }
                i++;
            } else {
                vstr_add_strn(&vstr, (const char *)data + i, n);
                i += n;
            }
        }
        return mp_str_vstr_finish(&vstr, &mp_type_str);
    }
    // Latin-1: every byte is a code point
    vstr_t vstr;
    mp_str_vstr_init(&vstr, len * 2 + 1);
    for (size_t i = 0; i < len; i++) {
        vstr_add_char(&vstr, data[i]);
    }
    return mp_str_vstr_finish(&vstr, &mp_type_str);
}

mp_obj_t mp_str_encode(const byte *data, size_t len, mp_obj_t enc, mp_obj_t err) {
    encoding_t e = get_encoding(enc);
    if (e == ENC_UTF8) {
        return mp_obj_new_bytes(data, len);
    }
    errors_t er = get_errors(err);
    uint32_t limit = e == ENC_ASCII ? 0x80 : 0x100;
    vstr_t vstr;
    mp_str_vstr_init(&vstr, len + 1);
    size_t pos = 0;
    for (const byte *p = data, *end = data + len; p < end; pos++) {
        uint32_t c = utf8_get_char(p);
        p += utf8_char_len(p);
        if (c < limit) {
            vstr_add_byte(&vstr, (byte)c);
        } else if (er == ERR_REPLACE) {
            vstr_add_byte(&vstr, '?');
        } else if (er == ERR_STRICT) {
            mp_raise_msg_varg(&mp_type_UnicodeError, "'%s' codec can't encode character '\\u%04x' in position %u: ordinal not in range(%u)",
                e == ENC_ASCII ? "ascii" : "latin-1", (unsigned)c, (unsigned)pos, (unsigned)limit);
        }
    }
    return mp_str_vstr_finish(&vstr, &mp_type_bytes);
}

// ---------------------------------------------------------------------------------------------
// Methods: decode, hex, fromhex

// Argument `pos` (counting self) given by position or as keyword `name`; MP_OBJ_NULL if absent.
static mp_obj_t codec_arg(size_t n_args, const mp_obj_t *args, mp_map_t *kw, size_t pos, qstr name) {
    if (n_args > pos) {
        return args[pos];
    }
    if (kw != NULL && kw->used > 0) {
        mp_map_elem_t *e = mp_map_lookup(kw, MP_OBJ_NEW_QSTR(name), MP_MAP_LOOKUP);
        if (e != NULL) {
            return e->value;
        }
    }
    return MP_OBJ_NULL;
}

static mp_obj_t bytes_decode(size_t n_args, const mp_obj_t *args, mp_map_t *kw) {
    mp_buffer_info_t bi;
    mp_get_buffer_raise(args[0], &bi, MP_BUFFER_READ);
    return mp_str_decode_bytes(bi.buf, bi.len, codec_arg(n_args, args, kw, 1, MP_QSTR_encoding),
        codec_arg(n_args, args, kw, 2, MP_QSTR_errors));
}
MP_DEFINE_CONST_FUN_OBJ_KW(mp_obj_bytes_decode_obj, 1, bytes_decode);

mp_obj_t mp_obj_bytes_hex(size_t n_args, const mp_obj_t *args, mp_map_t *kw) {
    mp_buffer_info_t bi;
    mp_get_buffer_raise(args[0], &bi, MP_BUFFER_READ);
    mp_obj_t sep_in = codec_arg(n_args, args, kw, 1, MP_QSTR_sep);
    mp_obj_t bps_in = codec_arg(n_args, args, kw, 2, MP_QSTR_bytes_per_sep);
    const byte *sep = NULL;
    size_t sep_len = 0;
    if (sep_in != MP_OBJ_NULL) {
        if (mp_obj_is_str(sep_in)) {
            GET_STR_DATA_LEN(sep_in, d, l);
            sep = d;
            sep_len = l;
        } else {
            mp_buffer_info_t sb;
            mp_get_buffer_raise(sep_in, &sb, MP_BUFFER_READ);
            sep = sb.buf;
            sep_len = sb.len;
        }
        if (sep_len != 1) {
            mp_raise_ValueError("sep must be length 1.");
        }
    }
    mp_int_t bps = bps_in == MP_OBJ_NULL ? 1 : mp_obj_get_int(bps_in);
    size_t group = bps < 0 ? -bps : bps;
    if (group == 0) {
        sep = NULL;
    }
    static const char hexd[] = "0123456789abcdef";
    const byte *d = bi.buf;
    vstr_t vstr;
    mp_str_vstr_init(&vstr, bi.len * 3 + 1);
    for (size_t i = 0; i < bi.len; i++) {
        if (sep != NULL && i > 0) {
            // groups are counted from the right when bytes_per_sep > 0
            size_t k = bps > 0 ? bi.len - i : i;
            if (k % group == 0) {
                vstr_add_byte(&vstr, sep[0]);
            }
        }
        vstr_add_byte(&vstr, hexd[d[i] >> 4]);
        vstr_add_byte(&vstr, hexd[d[i] & 15]);
    }
    return mp_str_vstr_finish(&vstr, &mp_type_str);
}
MP_DEFINE_CONST_FUN_OBJ_KW(mp_obj_bytes_hex_obj, 1, mp_obj_bytes_hex);

static mp_obj_t bytes_fromhex(mp_obj_t cls, mp_obj_t str_in) {
    size_t len;
    const byte *s = (const byte *)mp_obj_str_get_data(str_in, &len);
    vstr_t vstr;
    mp_str_vstr_init(&vstr, len / 2 + 1);
    size_t i = 0;
    while (i < len) {
        if (unichar_isspace(s[i])) {
            i++;
            continue;
        }
        if (i + 1 >= len || !unichar_isxdigit(s[i]) || !unichar_isxdigit(s[i + 1])) {
            size_t bad = (i < len && unichar_isxdigit(s[i])) ? i + 1 : i;
            mp_raise_msg_varg(&mp_type_ValueError, "non-hexadecimal number found in fromhex() arg at position %u", (unsigned)bad);
        }
        vstr_add_byte(&vstr, (byte)(unichar_xdigit_value(s[i]) * 16 + unichar_xdigit_value(s[i + 1])));
        i += 2;
    }
    if (cls == MP_OBJ_FROM_PTR(&mp_type_bytearray)) {
        mp_obj_t b = mp_str_vstr_finish(&vstr, &mp_type_bytes);
        GET_STR_DATA_LEN(b, d, l);
        return mp_obj_new_bytearray(l, d);
    }
    return mp_str_vstr_finish(&vstr, &mp_type_bytes);
}
static MP_DEFINE_CONST_FUN_OBJ_2(bytes_fromhex_fun_obj, bytes_fromhex);
MP_DEFINE_CONST_CLASSMETHOD_OBJ(mp_obj_bytes_fromhex_obj, MP_ROM_PTR(&bytes_fromhex_fun_obj));
