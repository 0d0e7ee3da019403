// lib/websocket/modwebsocket.c: MicroPython's websocket module, RFC 6455 framing over a stream.
//
// websocket(sock, is_client=False) wraps any object with read(n)/write(b) (a socket, BytesIO).
// write(buf) sends one final frame (text by default; ioctl(9, 2) switches to binary, 1 back to
// text); a client masks its frames with a fresh random key. read(n)/readinto(buf)/readline()
// return payload bytes of data frames, at most the rest of the current frame per call
// (readline loops). Control frames are answered on the way: PING with a PONG of the same
// payload, PONG ignored, CLOSE with a CLOSE and then end of stream (b''). close() sends a CLOSE
// (status 1000) unless one was already answered, and closes sock. When sock.read returns None
// (non-blocking, no data), read returns None and the partly received header is kept for the
// next call. Malformed frames raise OSError.
//
// State: the header being received (hdr[0..hdr_have), at most 14 bytes; hdr_need grows as the
// length and mask bytes are discovered), then `remaining` payload bytes of the current frame
// with its mask and the mask position; a control frame's payload (at most 125 bytes) is
// collected into ctrl[] before it is acted on.
#include <string.h>
#include <sys/random.h>

#include "py/runtime.h"

#define WS_OP_CONT 0
#define WS_OP_TEXT 1
#define WS_OP_BINARY 2
#define WS_OP_CLOSE 8
#define WS_OP_PING 9
#define WS_OP_PONG 10
#define WS_IOCTL_SET_OPTS 9

typedef struct _ws_obj_t {
    mp_obj_base_t base;
    mp_obj_t sock;
    uint64_t remaining;     // payload bytes left in the current frame
    byte hdr[14];
    byte mask[4];
    byte ctrl[125];
    uint8_t hdr_have, hdr_need;
    uint8_t ctrl_have, ctrl_len, ctrl_op;
    uint8_t mask_pos;
    bool masked;
    bool in_ctrl;           // receiving a control frame's payload
    bool is_client;
    bool closed;            // a CLOSE was received: reads return b''
    uint8_t opts;           // opcode for write: WS_OP_TEXT or WS_OP_BINARY
} ws_obj_t;

extern const mp_obj_type_t ws_type;

static mp_obj_t ws_make_new(const mp_obj_type_t *type, size_t n_args, size_t n_kw, const mp_obj_t *args) {
    (void)type;
    mp_arg_check_num(n_args, n_kw, 1, 2, false);
    ws_obj_t *self = m_new_obj(ws_obj_t);
    self->base.type = &ws_type;
    self->sock = args[0];
    self->is_client = n_args > 1 && mp_obj_is_true(args[1]);
    self->opts = WS_OP_TEXT;
    self->hdr_need = 2;
    return MP_OBJ_FROM_PTR(self);
}

// Reads up to n bytes from sock into buf: the count, 0 at end of stream, -1 when none ready.
static mp_int_t ws_sock_read(ws_obj_t *self, byte *buf, size_t n) {
    mp_obj_t dest[3];
    mp_load_method(self->sock, MP_QSTR_read, dest);
    dest[2] = mp_obj_new_int_from_uint(n);
    mp_obj_t r = mp_call_method_n_kw(1, 0, dest);
    if (r == mp_const_none) {
        return -1;
    }
    mp_buffer_info_t bi;
    mp_get_buffer_raise(r, &bi, MP_BUFFER_READ);
    if (bi.len > n) {
        mp_raise_msg(&mp_type_OSError, "websocket: stream returned more than asked");
    }
    memcpy(buf, bi.buf, bi.len);
    return (mp_int_t)bi.len;
}

static void ws_sock_write(ws_obj_t *self, const byte *buf, size_t n) {
    mp_obj_t dest[3];
    mp_load_method(self->sock, MP_QSTR_write, dest);
    dest[2] = mp_obj_new_bytes(buf, n);
    mp_call_method_n_kw(1, 0, dest);
}

// Sends one final frame of opcode op (masked when this end is a client).
static void ws_send_frame(ws_obj_t *self, unsigned op, const byte *data, size_t len) {
    vstr_t v;
    vstr_init(&v, len + 14);
    vstr_add_byte(&v, (byte)(0x80 | op));
    byte mbit = self->is_client ? 0x80 : 0;
    if (len < 126) {
        vstr_add_byte(&v, (byte)(mbit | len));
    } else if (len < 65536) {
        vstr_add_byte(&v, (byte)(mbit | 126));
        vstr_add_byte(&v, (byte)(len >> 8));
        vstr_add_byte(&v, (byte)len);
    } else {
        vstr_add_byte(&v, (byte)(mbit | 127));
        for (int i = 7; i >= 0; i--) {
            vstr_add_byte(&v, (byte)((uint64_t)len >> (8 * i)));
        }
    }
    byte key[4] = {0, 0, 0, 0};
    if (self->is_client) {
        if (getrandom(key, 4, 0) != 4) {
            key[0] = 0x5a; // no entropy source: a fixed key still frames correctly
        }
        vstr_add_strn(&v, (const char *)key, 4);
    }
    size_t start = v.len;
    vstr_add_strn(&v, (const char *)data, len);
    if (self->is_client) {
        for (size_t i = 0; i < len; i++) {
            v.buf[start + i] ^= key[i & 3];
        }
    }
    ws_sock_write(self, (const byte *)v.buf, v.len);
    vstr_clear(&v);
}

// Receives header bytes until a data frame's payload is next: 1 ready, 0 end of stream
// (or CLOSE), -1 no data now.
static int ws_next_frame(ws_obj_t *self) {
    for (;;) {
        if (self->closed) {
            return 0;
        }
        if (!self->in_ctrl && self->remaining > 0) {
            return 1;
        }
        if (self->in_ctrl) {
            while (self->ctrl_have < self->ctrl_len) {
                mp_int_t r = ws_sock_read(self, self->ctrl + self->ctrl_have, self->ctrl_len - self->ctrl_have);
                if (r <= 0) {
                    return r < 0 ? -1 : 0;
                }
                for (mp_int_t i = 0; i < r; i++) {
                    if (self->masked) {
                        self->ctrl[self->ctrl_have + i] ^= self->mask[self->mask_pos++ & 3];
                    }
                }
                self->ctrl_have += (uint8_t)r;
            }
            self->in_ctrl = false;
            if (self->ctrl_op == WS_OP_PING) {
                ws_send_frame(self, WS_OP_PONG, self->ctrl, self->ctrl_len);
            } else if (self->ctrl_op == WS_OP_CLOSE) {
                ws_send_frame(self, WS_OP_CLOSE, self->ctrl, self->ctrl_len >= 2 ? 2 : 0);
                self->closed = true;
                return 0;
            }
            continue;
        }
        while (self->hdr_have < self->hdr_need) {
            mp_int_t r = ws_sock_read(self, self->hdr + self->hdr_have, self->hdr_need - self->hdr_have);
            if (r <= 0) {
                if (r == 0 && self->hdr_have > 0) {
                    mp_raise_msg(&mp_type_OSError, "websocket: stream ended inside a frame header");
                }
                return r < 0 ? -1 : 0;
            }
            self->hdr_have += (uint8_t)r;
            if (self->hdr_have == 2 && self->hdr_need == 2) {
                unsigned l7 = self->hdr[1] & 0x7f;
                self->hdr_need = (uint8_t)(2 + (l7 == 126 ? 2 : l7 == 127 ? 8 : 0) + ((self->hdr[1] & 0x80) ? 4 : 0));
            }
        }
        unsigned op = self->hdr[0] & 0x0f;
        unsigned l7 = self->hdr[1] & 0x7f;
        uint64_t len = l7;
        size_t p = 2;
        if (l7 == 126) {
            len = ((uint64_t)self->hdr[2] << 8) | self->hdr[3];
            p = 4;
        } else if (l7 == 127) {
            len = 0;
            for (int i = 0; i < 8; i++) {
                len = (len << 8) | self->hdr[2 + i];
            }
            p = 10;
        }
        self->masked = (self->hdr[1] & 0x80) != 0;
        if (self->masked) {
            memcpy(self->mask, self->hdr + p, 4);
        }
        self->mask_pos = 0;
        self->hdr_have = 0;
        self->hdr_need = 2;
        if (op >= WS_OP_CLOSE) {
            if (len > sizeof(self->ctrl) || !(self->hdr[0] & 0x80)) {
                mp_raise_msg(&mp_type_OSError, "websocket: bad control frame");
            }
            self->in_ctrl = true;
            self->ctrl_op = (uint8_t)op;
            self->ctrl_len = (uint8_t)len;
            self->ctrl_have = 0;
        } else if (op > WS_OP_BINARY) {
            mp_raise_msg(&mp_type_OSError, "websocket: unknown frame opcode");
        } else {
            self->remaining = len;
        }
    }
}

// Up to n payload bytes into buf: count, 0 at end, -1 when none ready.
static mp_int_t ws_read_some(ws_obj_t *self, byte *buf, size_t n) {
    int st = ws_next_frame(self);
    if (st <= 0) {
        return st;
    }
    if (n > self->remaining) {
        n = (size_t)self->remaining;
    }
    mp_int_t r = ws_sock_read(self, buf, n);
    if (r < 0) {
        return -1;
    }
    if (r == 0) {
        mp_raise_msg(&mp_type_OSError, "websocket: stream ended inside a frame");
    }
    if (self->masked) {
        for (mp_int_t i = 0; i < r; i++) {
            buf[i] ^= self->mask[self->mask_pos++ & 3];
        }
    }
    self->remaining -= (uint64_t)r;
    return r;
}

static mp_obj_t ws_read(size_t n_args, const mp_obj_t *args) {
    ws_obj_t *self = MP_OBJ_TO_PTR(args[0]);
    mp_int_t n = n_args > 1 && args[1] != mp_const_none ? mp_obj_get_int(args[1]) : -1;
    if (n < 0) {
        int st = ws_next_frame(self);
        if (st < 0) {
            return mp_const_none;
        }
        n = st == 0 ? 0 : (self->remaining > 0x40000000 ? 0x40000000 : (mp_int_t)self->remaining);
    }
    vstr_t v;
    vstr_init_len(&v, (size_t)n);
    mp_int_t got = n == 0 ? 0 : ws_read_some(self, (byte *)v.buf, (size_t)n);
    if (got < 0) {
        vstr_clear(&v);
        return mp_const_none;
    }
    v.len = (size_t)got;
    return mp_obj_new_bytes_from_vstr(&v);
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(ws_read_obj, 1, 2, ws_read);

static mp_obj_t ws_readinto(size_t n_args, const mp_obj_t *args) {
    ws_obj_t *self = MP_OBJ_TO_PTR(args[0]);
    mp_buffer_info_t bi;
    mp_get_buffer_raise(args[1], &bi, MP_BUFFER_WRITE);
    size_t n = bi.len;
    if (n_args > 2) {
        mp_int_t m = mp_obj_get_int(args[2]);
        if (m >= 0 && (size_t)m < n) {
            n = (size_t)m;
        }
    }
    if (n == 0) {
        return MP_OBJ_NEW_SMALL_INT(0);
    }
    mp_int_t got = ws_read_some(self, bi.buf, n);
    return got < 0 ? mp_const_none : MP_OBJ_NEW_SMALL_INT(got);
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(ws_readinto_obj, 2, 3, ws_readinto);

static mp_obj_t ws_readline(mp_obj_t self_in) {
    ws_obj_t *self = MP_OBJ_TO_PTR(self_in);
    vstr_t v;
    vstr_init(&v, 16);
    for (;;) {
        byte c;
        mp_int_t got = ws_read_some(self, &c, 1);
        if (got < 0) {
            if (v.len == 0) {
                vstr_clear(&v);
                return mp_const_none;
            }
            break;
        }
        if (got == 0) {
            break;
        }
        vstr_add_byte(&v, c);
        if (c == '\n') {
            break;
        }
    }
    return mp_obj_new_bytes_from_vstr(&v);
}
static MP_DEFINE_CONST_FUN_OBJ_1(ws_readline_obj, ws_readline);

static mp_obj_t ws_write(mp_obj_t self_in, mp_obj_t data) {
    ws_obj_t *self = MP_OBJ_TO_PTR(self_in);
    mp_buffer_info_t bi;
    mp_get_buffer_raise(data, &bi, MP_BUFFER_READ);
    ws_send_frame(self, self->opts, bi.buf, bi.len);
    return mp_obj_new_int_from_uint(bi.len);
}
static MP_DEFINE_CONST_FUN_OBJ_2(ws_write_obj, ws_write);

static mp_obj_t ws_ioctl(size_t n_args, const mp_obj_t *args) {
    ws_obj_t *self = MP_OBJ_TO_PTR(args[0]);
    mp_int_t req = mp_obj_get_int(args[1]);
    if (req == WS_IOCTL_SET_OPTS) {
        mp_int_t v = n_args > 2 ? mp_obj_get_int(args[2]) : 0;
        if (v != WS_OP_TEXT && v != WS_OP_BINARY) {
            mp_raise_ValueError("websocket: frame type must be 1 (text) or 2 (binary)");
        }
        self->opts = (uint8_t)v;
        return MP_OBJ_NEW_SMALL_INT(0);
    }
    mp_obj_t dest[4];
    mp_load_method_maybe(self->sock, MP_QSTR_ioctl, dest);
    if (dest[0] == MP_OBJ_NULL) {
        mp_raise_OSError(22); // EINVAL
    }
    dest[2] = args[1];
    dest[3] = n_args > 2 ? args[2] : MP_OBJ_NEW_SMALL_INT(0);
    return mp_call_method_n_kw(2, 0, dest);
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(ws_ioctl_obj, 2, 3, ws_ioctl);

static mp_obj_t ws_close(mp_obj_t self_in) {
    ws_obj_t *self = MP_OBJ_TO_PTR(self_in);
    if (self->sock == mp_const_none) {
        return mp_const_none;
    }
    static const byte normal[2] = {0x03, 0xe8}; // status 1000, normal closure
    mp_obj_t sock = self->sock;
    if (!self->closed) { // no CLOSE answered yet
        self->closed = true;
        ws_send_frame(self, WS_OP_CLOSE, normal, 2);
    }
    self->sock = mp_const_none;
    mp_obj_t dest[2];
    mp_load_method_maybe(sock, MP_QSTR_close, dest);
    if (dest[0] != MP_OBJ_NULL) {
        mp_call_method_n_kw(0, 0, dest);
    }
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_1(ws_close_obj, ws_close);

static void ws_check_open(ws_obj_t *self) {
    if (self->sock == mp_const_none) {
        mp_raise_ValueError("websocket: I/O on a closed websocket");
    }
}

static void ws_attr(mp_obj_t self_in, qstr attr, mp_obj_t *dest) {
    ws_obj_t *self = MP_OBJ_TO_PTR(self_in);
    if (dest[0] == MP_OBJ_NULL && attr != MP_QSTR_close && attr != MP_QSTR___class__) {
        ws_check_open(self);
    }
}

static const mp_rom_map_elem_t ws_locals_table[] = {
    { MP_ROM_QSTR(MP_QSTR_read), MP_ROM_PTR(&ws_read_obj) },
    { MP_ROM_QSTR(MP_QSTR_readinto), MP_ROM_PTR(&ws_readinto_obj) },
    { MP_ROM_QSTR(MP_QSTR_readline), MP_ROM_PTR(&ws_readline_obj) },
    { MP_ROM_QSTR(MP_QSTR_write), MP_ROM_PTR(&ws_write_obj) },
    { MP_ROM_QSTR(MP_QSTR_ioctl), MP_ROM_PTR(&ws_ioctl_obj) },
    { MP_ROM_QSTR(MP_QSTR_close), MP_ROM_PTR(&ws_close_obj) },
};
static MP_DEFINE_CONST_DICT(ws_locals, ws_locals_table);

const mp_obj_type_t ws_type = {
    {&mp_type_type},
    .flags = MP_TYPE_FLAG_NOT_BASETYPE,
    .name = MP_QSTR_websocket,
    .make_new = ws_make_new,
    .attr = ws_attr,
    .locals_dict = (mp_obj_dict_t *)&ws_locals,
};

static const mp_rom_map_elem_t ws_module_globals_table[] = {
    { MP_ROM_QSTR(MP_QSTR___name__), MP_ROM_QSTR(MP_QSTR_websocket) },
    { MP_ROM_QSTR(MP_QSTR_websocket), MP_ROM_PTR(&ws_type) },
};
MP_DEFINE_CONST_MODULE(mp_module_websocket, ws_module_globals_table);
MP_REGISTER_MODULE(MP_QSTR_websocket, mp_module_websocket);
