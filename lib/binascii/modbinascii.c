// lib/binascii/modbinascii.c: the binascii module (hex, base64, crc32, crc_hqx).
//
// Inputs of the a2b_* functions and unhexlify are bytes-like objects or ASCII-only str; the
// b2a_* functions and hexlify take bytes-like objects only. Results are bytes.
// Errors are binascii.Error (a ValueError) with CPython's messages; binascii.Incomplete exists
// for completeness (never raised: no streaming decoders here).
//
// Base64 decoding walks the input once keeping `quad_pos` (0..3, position in the current group
// of four data characters), the pending bits `left`, and `pads` ('=' seen since the last data
// character). Non-strict mode skips characters outside the alphabet and stops at a complete
// padding sequence; strict mode rejects them, leading padding, and anything after padding.
#include <string.h>

#include <zlib.h>

#include "py/runtime.h"

// ---- exception types ----

static void binascii_exc_print(const mp_print_t *print, mp_obj_t self_in, mp_print_kind_t kind) {
    mp_obj_exception_t *self = MP_OBJ_TO_PTR(self_in);
    size_t n = self->args ? self->args->len : 0;
    if (kind == PRINT_REPR) {
        mp_printf(print, "%q(", self->base.type->name);
        for (size_t i = 0; i < n; i++) {
            if (i > 0) {
                mp_print_str(print, ", ");
            }
            mp_obj_print_helper(print, self->args->items[i], PRINT_REPR);
        }
        mp_print_str(print, ")");
    } else if (n == 1) {
        mp_obj_print_helper(print, self->args->items[0], PRINT_STR);
    } else if (n > 1) {
        mp_obj_print_helper(print, MP_OBJ_FROM_PTR(self->args), PRINT_REPR);
    }
}

static mp_obj_t binascii_exc_make_new(const mp_obj_type_t *type, size_t n_args, size_t n_kw, const mp_obj_t *args) {
    return mp_type_ValueError.make_new(type, n_args, n_kw, args);
}

static void binascii_exc_attr(mp_obj_t self_in, qstr attr, mp_obj_t *dest) {
    mp_type_ValueError.attr(self_in, attr, dest);
}

static const mp_obj_type_t binascii_type_Error = {
    {&mp_type_type},
    .flags = MP_TYPE_FLAG_IS_EXCEPTION,
    .name = MP_QSTR_Error,
    .print = binascii_exc_print,
    .make_new = binascii_exc_make_new,
    .unary_op = mp_generic_unary_op,
    .attr = binascii_exc_attr,
    .parent = &mp_type_ValueError,
};

static const mp_obj_type_t binascii_type_Incomplete = {
    {&mp_type_type},
    .flags = MP_TYPE_FLAG_IS_EXCEPTION,
    .name = MP_QSTR_Incomplete,
    .print = binascii_exc_print,
    .make_new = binascii_exc_make_new,
    .unary_op = mp_generic_unary_op,
    .attr = binascii_exc_attr,
    .parent = &mp_type_Exception,
};

NORETURN static void binascii_error(const char *msg) {
    nlr_raise(mp_obj_new_exception_msg(&binascii_type_Error, msg));
}

// ---- argument helpers ----

// A bytes-like object (b2a_* and hexlify).
static void get_bytes_arg(mp_obj_t o, mp_buffer_info_t *bi) {
    if (mp_obj_is_str(o) || !mp_get_buffer(o, bi, MP_BUFFER_READ)) {
        mp_raise_msg_varg(&mp_type_TypeError, "a bytes-like object is required, not '%s'", mp_obj_get_type_str(o));
    }
}

// A bytes-like object or an ASCII str (a2b_* and unhexlify).
static void get_ascii_arg(mp_obj_t o, mp_buffer_info_t *bi) {
    if (mp_obj_is_str(o)) {
        size_t len;
        const byte *s = (const byte *)mp_obj_str_get_data(o, &len);
        for (size_t i = 0; i < len; i++) {
            if (s[i] >= 0x80) {
                mp_raise_ValueError("string argument should contain only ASCII characters");
            }
        }
        bi->buf = (void *)s;
        bi->len = len;
        return;
    }
    if (!mp_get_buffer(o, bi, MP_BUFFER_READ)) {
        mp_raise_msg_varg(&mp_type_TypeError, "argument should be bytes, buffer or ASCII string, not '%s'", mp_obj_get_type_str(o));
    }
}

// ---- hex ----

static mp_obj_t binascii_hexlify(size_t n_args, const mp_obj_t *args, mp_map_t *kw) {
    static const mp_arg_t allowed[] = {
        { MP_QSTR_data, MP_ARG_REQUIRED | MP_ARG_OBJ, {.u_obj = MP_OBJ_NULL} },
        { MP_QSTR_sep, MP_ARG_OBJ, {.u_obj = MP_ROM_NONE} },
        { MP_QSTR_bytes_per_sep, MP_ARG_INT, {.u_int = 1} },
    };
    mp_arg_val_t a[3];
    mp_arg_parse_all(n_args, args, kw, 3, allowed, a);
    mp_buffer_info_t bi;
    get_bytes_arg(a[0].u_obj, &bi);
    const byte *in = bi.buf;
    size_t len = bi.len;
    int sep = -1;
    if (a[1].u_obj != mp_const_none) {
        mp_obj_t s = a[1].u_obj;
        if (mp_obj_is_str(s)) {
            size_t sl;
            const byte *sd = (const byte *)mp_obj_str_get_data(s, &sl);
            if (sl == 0 || utf8_charlen(sd, sl) != 1) {
                mp_raise_ValueError("sep must be length 1.");
            }
            uint32_t c = utf8_get_char(sd);
            if (c > 0xff) {
                mp_raise_ValueError("sep must be ASCII.");
            }
            sep = c;
        } else {
            mp_buffer_info_t sb;
            if (!mp_get_buffer(s, &sb, MP_BUFFER_READ)) {
                mp_raise_msg_varg(&mp_type_TypeError, "object of type '%s' has no len()", mp_obj_get_type_str(s));
            }
            if (sb.len != 1) {
                mp_raise_ValueError("sep must be length 1.");
            }
            if (!mp_obj_is_type(s, &mp_type_bytes)) {
                mp_raise_TypeError("sep must be str or bytes.");
            }
            sep = ((const byte *)sb.buf)[0];
        }
    }
    mp_int_t per = a[2].u_int;
    size_t group = per < 0 ? (size_t)-per : (size_t)per;
    if (sep < 0 || group == 0 || group >= len) {
        sep = -1;
    }
    size_t nsep = sep < 0 ? 0 : (len - 1) / group;
    vstr_t vstr;
    vstr_init_len(&vstr, 2 * len + nsep);
    char *o = vstr.buf;
    static const char hex[] = "0123456789abcdef";
    // Positive bytes_per_sep counts groups from the right, negative from the left.
    size_t first = sep < 0 ? 0 : (per > 0 ? (len % group ? len % group : group) : group);
    size_t next_sep = first;
    for (size_t i = 0; i < len; i++) {
        if (sep >= 0 && i == next_sep) {
            *o++ = (char)sep;
            next_sep += group;
        }
        *o++ = hex[in[i] >> 4];
        *o++ = hex[in[i] & 15];
    }
    return mp_obj_new_bytes_from_vstr(&vstr);
}
static MP_DEFINE_CONST_FUN_OBJ_KW(binascii_hexlify_obj, 1, binascii_hexlify);

static mp_obj_t binascii_unhexlify(mp_obj_t data) {
    mp_buffer_info_t bi;
    get_ascii_arg(data, &bi);
    const byte *in = bi.buf;
    if (bi.len % 2) {
        binascii_error("Odd-length string");
    }
    vstr_t vstr;
    vstr_init_len(&vstr, bi.len / 2);
    for (size_t i = 0; i < bi.len; i += 2) {
        if (!unichar_isxdigit(in[i]) || !unichar_isxdigit(in[i + 1])) {
            binascii_error("Non-hexadecimal digit found");
        }
        vstr.buf[i / 2] = (char)((unichar_xdigit_value(in[i]) << 4) | unichar_xdigit_value(in[i + 1]));
    }
    return mp_obj_new_bytes_from_vstr(&vstr);
}
static MP_DEFINE_CONST_FUN_OBJ_1(binascii_unhexlify_obj, binascii_unhexlify);

// ---- base64 ----

static const char b64_alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

static int b64_value(byte c) {
    if (c >= 'A' && c <= 'Z') {
        return c - 'A';
    } else if (c >= 'a' && c <= 'z') {
        return c - 'a' + 26;
    } else if (c >= '0' && c <= '9') {
        return c - '0' + 52;
    } else if (c == '+') {
        return 62;
    } else if (c == '/') {
        return 63;
    }
    return -1;
}

static mp_obj_t binascii_a2b_base64(size_t n_args, const mp_obj_t *args, mp_map_t *kw) {
    static const mp_arg_t allowed[] = {
        { MP_QSTR_data, MP_ARG_REQUIRED | MP_ARG_OBJ, {.u_obj = MP_OBJ_NULL} },
        { MP_QSTR_strict_mode, MP_ARG_KW_ONLY | MP_ARG_BOOL, {.u_bool = false} },
    };
    mp_arg_val_t a[2];
    mp_arg_parse_all(n_args, args, kw, 2, allowed, a);
    bool strict = a[1].u_bool;
    mp_buffer_info_t bi;
    get_ascii_arg(a[0].u_obj, &bi);
    const byte *in = bi.buf;
    vstr_t vstr;
    vstr_init(&vstr, bi.len / 4 * 3 + 3);
    int quad_pos = 0, pads = 0;
    bool padding_started = false;
    unsigned left = 0;
    for (size_t i = 0; i < bi.len; i++) {
        byte c = in[i];
        if (c == '=') {
            if (strict && i == 0) {
                binascii_error("Leading padding not allowed");
            }
            padding_started = true;
            if (quad_pos >= 2 && quad_pos + ++pads >= 4) {
                if (strict && i + 1 < bi.len) {
                    binascii_error("Excess data after padding");
                }
                return mp_obj_new_bytes_from_vstr(&vstr);
            }
            continue;
        }
        int v = b64_value(c);
        if (v < 0) {
            if (strict) {
                binascii_error("Only base64 data is allowed");
            }
            continue;
        }
        if (strict && padding_started) {
            binascii_error("Discontinuous padding not allowed");
        }
        pads = 0;
        switch (quad_pos) {
            case 0:
                quad_pos = 1;
                left = v;
                break;
            case 1:
                quad_pos = 2;
                vstr_add_byte(&vstr, (byte)((left << 2) | (v >> 4)));
                left = v & 0x0f;
                break;
            case 2:
                quad_pos = 3;
                vstr_add_byte(&vstr, (byte)((left << 4) | (v >> 2)));
                left = v & 0x03;
                break;
            default:
                quad_pos = 0;
                vstr_add_byte(&vstr, (byte)((left << 6) | v));
                left = 0;
                break;
        }
    }
    if (quad_pos == 1) {
        mp_raise_msg_varg(&binascii_type_Error, "Invalid base64-encoded string: number of data characters (%u) cannot be 1 more than a multiple of 4",
            (unsigned)(vstr.len / 3 * 4 + 1));
    } else if (quad_pos != 0) {
        binascii_error("Incorrect padding");
    }
    return mp_obj_new_bytes_from_vstr(&vstr);
}
static MP_DEFINE_CONST_FUN_OBJ_KW(binascii_a2b_base64_obj, 1, binascii_a2b_base64);

static mp_obj_t binascii_b2a_base64(size_t n_args, const mp_obj_t *args, mp_map_t *kw) {
    static const mp_arg_t allowed[] = {
        { MP_QSTR_data, MP_ARG_REQUIRED | MP_ARG_OBJ, {.u_obj = MP_OBJ_NULL} },
        { MP_QSTR_newline, MP_ARG_KW_ONLY | MP_ARG_BOOL, {.u_bool = true} },
    };
    mp_arg_val_t a[2];
    mp_arg_parse_all(n_args, args, kw, 2, allowed, a);
    mp_buffer_info_t bi;
    get_bytes_arg(a[0].u_obj, &bi);
    const byte *in = bi.buf;
    size_t n = bi.len;
    vstr_t vstr;
    vstr_init_len(&vstr, (n + 2) / 3 * 4 + (a[1].u_bool ? 1 : 0));
    char *o = vstr.buf;
    size_t i = 0;
    for (; i + 3 <= n; i += 3) {
        uint32_t v = (in[i] << 16) | (in[i + 1] << 8) | in[i + 2];
        *o++ = b64_alphabet[v >> 18];
        *o++ = b64_alphabet[(v >> 12) & 63];
        *o++ = b64_alphabet[(v >> 6) & 63];
        *o++ = b64_alphabet[v & 63];
    }
    if (n - i == 1) {
        uint32_t v = in[i] << 16;
        *o++ = b64_alphabet[v >> 18];
        *o++ = b64_alphabet[(v >> 12) & 63];
        *o++ = '=';
        *o++ = '=';
    } else if (n - i == 2) {
        uint32_t v = (in[i] << 16) | (in[i + 1] << 8);
        *o++ = b64_alphabet[v >> 18];
        *o++ = b64_alphabet[(v >> 12) & 63];
        *o++ = b64_alphabet[(v >> 6) & 63];
        *o++ = '=';
    }
    if (a[1].u_bool) {
        *o++ = '\n';
    }
    return mp_obj_new_bytes_from_vstr(&vstr);
}
static MP_DEFINE_CONST_FUN_OBJ_KW(binascii_b2a_base64_obj, 1, binascii_b2a_base64);

// ---- checksums ----

static mp_obj_t binascii_crc32(size_t n_args, const mp_obj_t *args) {
    mp_buffer_info_t bi;
    get_bytes_arg(args[0], &bi);
    uint32_t crc = n_args > 1 ? (uint32_t)mp_obj_get_int_truncated(args[1]) : 0;
    const byte *p = bi.buf;
    size_t len = bi.len;
    while (len > 0) {
        uInt chunk = len > 0x40000000 ? 0x40000000 : (uInt)len;
        crc = (uint32_t)crc32(crc, p, chunk);
        p += chunk;
        len -= chunk;
    }
    return mp_obj_new_int_from_uint(crc);
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(binascii_crc32_obj, 1, 2, binascii_crc32);

// CRC-CCITT (polynomial 0x1021, no reflection) as used by BinHex.
static mp_obj_t binascii_crc_hqx(mp_obj_t data, mp_obj_t value) {
    mp_buffer_info_t bi;
    get_bytes_arg(data, &bi);
    uint32_t crc = (uint32_t)mp_obj_get_int_truncated(value) & 0xffff;
    const byte *p = bi.buf;
    for (size_t i = 0; i < bi.len; i++) {
        crc ^= (uint32_t)p[i] << 8;
        for (int b = 0; b < 8; b++) {
            crc = (crc & 0x8000) ? ((crc << 1) ^ 0x1021) : (crc << 1);
        }
        crc &= 0xffff;
    }
    return MP_OBJ_NEW_SMALL_INT(crc);
}
static MP_DEFINE_CONST_FUN_OBJ_2(binascii_crc_hqx_obj, binascii_crc_hqx);

static const mp_rom_map_elem_t binascii_module_globals_table[] = {
    { MP_ROM_QSTR(MP_QSTR___name__), MP_ROM_QSTR(MP_QSTR_binascii) },
    { MP_ROM_QSTR(MP_QSTR_hexlify), MP_ROM_PTR(&binascii_hexlify_obj) },
    { MP_ROM_QSTR(MP_QSTR_b2a_hex), MP_ROM_PTR(&binascii_hexlify_obj) },
    { MP_ROM_QSTR(MP_QSTR_unhexlify), MP_ROM_PTR(&binascii_unhexlify_obj) },
    { MP_ROM_QSTR(MP_QSTR_a2b_hex), MP_ROM_PTR(&binascii_unhexlify_obj) },
    { MP_ROM_QSTR(MP_QSTR_a2b_base64), MP_ROM_PTR(&binascii_a2b_base64_obj) },
    { MP_ROM_QSTR(MP_QSTR_b2a_base64), MP_ROM_PTR(&binascii_b2a_base64_obj) },
    { MP_ROM_QSTR(MP_QSTR_crc32), MP_ROM_PTR(&binascii_crc32_obj) },
    { MP_ROM_QSTR(MP_QSTR_crc_hqx), MP_ROM_PTR(&binascii_crc_hqx_obj) },
    { MP_ROM_QSTR(MP_QSTR_Error), MP_ROM_PTR(&binascii_type_Error) },
    { MP_ROM_QSTR(MP_QSTR_Incomplete), MP_ROM_PTR(&binascii_type_Incomplete) },
};
MP_DEFINE_CONST_MODULE(binascii_module, binascii_module_globals_table);

MP_REGISTER_MODULE(MP_QSTR_binascii, binascii_module);
