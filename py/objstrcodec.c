// py/objstrcodec.c: the text codecs behind str.encode, bytes.decode and str(b, enc, errors).
//
// Also the hexadecimal codec of bytes: bytes.hex(sep, bytes_per_sep) and bytes.fromhex, and
// bytes.decode (shared with bytearray and memoryview through the method tables).
//
// Encodings: UTF-8 (the text representation itself, so encoding is a copy and decoding a
// validation), ASCII and Latin-1. Error handlers: 'strict' (raise UnicodeDecodeError or
// UnicodeEncodeError with CPython's message), 'ignore' (drop), 'replace' (U+FFFD for each
// maximal invalid subsequence when decoding, '?' when encoding), 'backslashreplace',
// 'xmlcharrefreplace' (encoding) and 'surrogatepass' (UTF-8 lone surrogates). Encoding
// names compare case-insensitively with '_' and '-' the same. Results are built in block vstrs
// (mp_str_vstr_init) so the finished buffer becomes the str/bytes object without a copy.
// Invariant: every str this file returns holds valid UTF-8 (decode only copies sequences that
// utf8_check_seq accepted, or U+FFFD).
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

// The encoding and errors arguments must be str (CPython checks them before any lookup).
static void codec_check_args(mp_obj_t enc, mp_obj_t err, const char *fun) {
    if (enc != MP_OBJ_NULL && !mp_obj_is_str(enc)) {
        mp_raise_msg_varg(&mp_type_TypeError, "%s() argument 'encoding' must be str, not %s", fun, mp_obj_get_type_str(enc));
    }
    if (err != MP_OBJ_NULL && !mp_obj_is_str(err)) {
        mp_raise_msg_varg(&mp_type_TypeError, "%s() argument 'errors' must be str, not %s", fun, mp_obj_get_type_str(err));
    }
}

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

// The UTF-8 sequence at p (at most `avail` bytes): its length if it is valid, else 0 with
// *bad set to the length of its maximal invalid prefix (the bytes one error covers, as
// CPython counts them: a lead byte and the continuation bytes that were still acceptable)
// and *reason to CPython's words. Surrogates (ED A0..BF ..) are valid only if `surrogates`.
static size_t utf8_check_seq(const byte *p, size_t avail, bool surrogates, size_t *bad, const char **reason) {
    byte c = p[0];
    if (c < 0x80) {
        return 1;
    }
    size_t n;
    byte lo = 0x80, hi = 0xbf; // the range of the second byte
    if (c >= 0xc2 && c < 0xe0) {
        n = 2;
    } else if (c >= 0xe0 && c < 0xf0) {
        n = 3;
        if (c == 0xe0) {
            lo = 0xa0;
        } else if (c == 0xed && !surrogates) {
            hi = 0x9f;
        }
    } else if (c >= 0xf0 && c < 0xf5) {
        n = 4;
        if (c == 0xf0) {
            lo = 0x90;
        } else if (c == 0xf4) {
            hi = 0x8f;
        }
    } else {
        *bad = 1;
        *reason = "invalid start byte";
        return 0;
    }
    for (size_t k = 1; k < n; k++) {
        if (k >= avail) {
            *bad = k;
            *reason = "unexpected end of data";
            return 0;
        }
        bool ok = k == 1 ? (p[1] >= lo && p[1] <= hi) : utf8_is_cont(p[k]);
        if (!ok) {
            *bad = k;
            *reason = "invalid continuation byte";
            return 0;
        }
    }
    return n;
}

typedef enum { ERR_STRICT, ERR_IGNORE, ERR_REPLACE, ERR_BACKSLASH, ERR_XMLCHARREF, ERR_SURROGATEPASS, ERR_UNKNOWN } errors_t;

static errors_t get_errors(mp_obj_t err) {
    if (err == MP_OBJ_NULL) {
        return ERR_STRICT;
    }
    const char *s = mp_obj_str_get_str(err);
    static const struct { const char *name; errors_t e; } names[] = {
        {"strict", ERR_STRICT}, {"ignore", ERR_IGNORE}, {"replace", ERR_REPLACE},
        {"backslashreplace", ERR_BACKSLASH}, {"xmlcharrefreplace", ERR_XMLCHARREF},
        {"surrogatepass", ERR_SURROGATEPASS},
    };
    for (size_t i = 0; i < MP_ARRAY_SIZE(names); i++) {
        if (strcmp(s, names[i].name) == 0) {
            return names[i].e;
        }
    }
    return ERR_UNKNOWN;
}

// An error handler that this codec direction cannot use: CPython raises when the first error
// needs it (a handler name it does not know at all is a LookupError).
NORETURN static void codec_raise_handler(mp_obj_t err, bool encoding) {
    if (get_errors(err) == ERR_UNKNOWN) {
        mp_raise_msg_varg(&mp_type_LookupError, "unknown error handler name '%s'", mp_obj_str_get_str(err));
    }
    mp_raise_msg_varg(&mp_type_TypeError, "don't know how to handle %s in error callback",
        encoding ? "UnicodeEncodeError" : "UnicodeDecodeError");
}

static const char *codec_name(int e) {
    return e == ENC_UTF8 ? "utf-8" : e == ENC_ASCII ? "ascii" : "latin-1";
}

mp_obj_t mp_str_decode_bytes(const byte *data, size_t len, mp_obj_t enc, mp_obj_t err) {
    codec_check_args(enc, err, "decode");
    encoding_t e = get_encoding(enc);
    errors_t er = get_errors(err);
    if (e == ENC_LATIN1) {
        // every byte is a code point
        vstr_t vstr;
        mp_str_vstr_init(&vstr, len * 2 + 1);
        for (size_t i = 0; i < len; i++) {
            vstr_add_char(&vstr, data[i]);
        }
        return mp_str_vstr_finish(&vstr, &mp_type_str);
    }
    bool surrogates = er == ERR_SURROGATEPASS && e == ENC_UTF8;
    // fast path: all valid
    size_t i = 0, bad = 1;
    const char *reason = "ordinal not in range(128)";
    while (i < len) {
        size_t n = e == ENC_UTF8 ? utf8_check_seq(data + i, len - i, surrogates, &bad, &reason) : (data[i] < 0x80);
        if (n == 0) {
            break;
        }
        i += n;
    }
    if (i == len) {
        return mp_obj_new_str_copy(&mp_type_str, data, len);
    }
    vstr_t vstr;
    mp_str_vstr_init(&vstr, len + 8);
    vstr_add_strn(&vstr, (const char *)data, i);
    while (i < len) {
        size_t n = e == ENC_UTF8 ? utf8_check_seq(data + i, len - i, surrogates, &bad, &reason) : (data[i] < 0x80);
        if (n != 0) {
            vstr_add_strn(&vstr, (const char *)data + i, n);
            i += n;
            continue;
        }
        if (e == ENC_ASCII) {
            bad = 1;
        }
        switch (er) {
            case ERR_IGNORE:
                break;
            case ERR_REPLACE:
                vstr_add_char(&vstr, 0xfffd);
                break;
            case ERR_BACKSLASH:
                for (size_t k = 0; k < bad; k++) {
                    vstr_printf(&vstr, "\\x%02x", data[i + k]);
                }
                break;
            case ERR_STRICT:
            case ERR_SURROGATEPASS:
                if (bad == 1) {
                    mp_raise_msg_varg(&mp_type_UnicodeDecodeError, "'%s' codec can't decode byte 0x%02x in position %u: %s",
                        codec_name(e), data[i], (unsigned)i, reason);
                }
                mp_raise_msg_varg(&mp_type_UnicodeDecodeError, "'%s' codec can't decode bytes in position %u-%u: %s",
                    codec_name(e), (unsigned)i, (unsigned)(i + bad - 1), reason);
            default:
                codec_raise_handler(err, false);
        }
        i += bad;
    }
    return mp_str_vstr_finish(&vstr, &mp_type_str);
}

// How CPython names a code point in messages and backslashreplace: \xNN, \uNNNN, \UNNNNNNNN.
static void codec_add_escape(vstr_t *vstr, uint32_t c) {
    vstr_printf(vstr, c < 0x100 ? "\\x%02x" : c < 0x10000 ? "\\u%04x" : "\\U%08x", (unsigned)c);
}

mp_obj_t mp_str_encode(const byte *data, size_t len, mp_obj_t enc, mp_obj_t err) {
    codec_check_args(enc, err, "encode");
    encoding_t e = get_encoding(enc);
    errors_t er = get_errors(err);
    // UTF-8 text is already the encoding, unless it holds lone surrogates (ED A0..BF ..)
    if (e == ENC_UTF8 && er != ERR_SURROGATEPASS) {
        const byte *p = memchr(data, 0xed, len);
        while (p != NULL && (p + 1 >= data + len || p[1] < 0xa0)) {
            p = memchr(p + 1, 0xed, data + len - (p + 1));
        }
        if (p == NULL) {
            return mp_obj_new_bytes(data, len);
        }
    } else if (e == ENC_UTF8) {
        return mp_obj_new_bytes(data, len);
    }
    uint32_t limit = e == ENC_ASCII ? 0x80 : e == ENC_LATIN1 ? 0x100 : 0x110000;
    vstr_t vstr;
    mp_str_vstr_init(&vstr, len + 1);
    size_t pos = 0;
    for (const byte *p = data, *end = data + len; p < end; pos++) {
        uint32_t c = utf8_get_char(p);
        size_t cl = utf8_char_len(p);
        bool ok = e == ENC_UTF8 ? (c < 0xd800 || c > 0xdfff) : c < limit;
        if (ok) {
            if (e == ENC_UTF8) {
                vstr_add_strn(&vstr, (const char *)p, cl);
            } else {
                vstr_add_byte(&vstr, (byte)c);
            }
            p += cl;
            continue;
        }
        p += cl;
        switch (er) {
            case ERR_IGNORE:
                break;
            case ERR_REPLACE:
                vstr_add_byte(&vstr, '?');
                break;
            case ERR_BACKSLASH:
                codec_add_escape(&vstr, c);
                break;
            case ERR_XMLCHARREF:
                vstr_printf(&vstr, "&#%u;", (unsigned)c);
                break;
            case ERR_STRICT:
            case ERR_SURROGATEPASS: {
                // the error covers the run of characters that cannot be encoded
                size_t run = 1;
                for (const byte *q = p; q < end; q += utf8_char_len(q), run++) {
                    uint32_t d = utf8_get_char(q);
                    if (e == ENC_UTF8 ? (d < 0xd800 || d > 0xdfff) : d < limit) {
                        break;
                    }
                }
                const char *why = e == ENC_UTF8 ? "surrogates not allowed" : e == ENC_ASCII ? "ordinal not in range(128)" : "ordinal not in range(256)";
                if (run > 1) {
                    mp_raise_msg_varg(&mp_type_UnicodeEncodeError, "'%s' codec can't encode characters in position %u-%u: %s",
                        codec_name(e), (unsigned)pos, (unsigned)(pos + run - 1), why);
                }
                vstr_t ch;
                vstr_init(&ch, 12);
                codec_add_escape(&ch, c);
                mp_raise_msg_varg(&mp_type_UnicodeEncodeError, "'%s' codec can't encode character '%s' in position %u: %s",
                    codec_name(e), vstr_null_terminated_str(&ch), (unsigned)pos, why);
            }
            default:
                codec_raise_handler(err, true);
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
    if (n_args > 3) {
        mp_raise_msg_varg(&mp_type_TypeError, "decode() takes at most 2 arguments (%u given)", (unsigned)(n_args - 1));
    }
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
