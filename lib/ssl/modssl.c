// lib/ssl/modssl.c: the `tls` and `ssl` modules (TLS over any stream) on OpenSSL.
//
// Both modules share one SSLContext type and one SSLSocket type. `tls` is MicroPython's module
// (SSLContext, PROTOCOL_*, CERT_*); `ssl` adds MicroPython's wrap_socket(sock, server_side,
// key, cert, cert_reqs, cadata, server_hostname, do_handshake) and a few CPython names
// (create_default_context, SSLError = OSError as MicroPython documents).
//
// Certificates and keys are given either as a str (a path: the file is read) or as bytes (the
// data: PEM when it starts with "-----BEGIN", else DER), so MicroPython's tls (bytes) and
// CPython's ssl (paths) scripts both run.
//
// I/O design: an SSLSocket owns an OpenSSL SSL whose two BIOs are memory buffers:
//
//     user read/write --> SSL_read/SSL_write --> [wbio: ciphertext out] --> sock.write()
//                                           <-- [rbio: ciphertext in ]  <-- sock.recv()/read()
//
// OpenSSL never touches the socket: Python-level calls on `sock` happen only between OpenSSL
// calls (never inside one), so an exception raised by the stream (EAGAIN, KeyboardInterrupt,
// ECONNRESET) unwinds through our frames only and leaves the SSL state consistent. Any object
// with write() and recv() or read() works as the transport (a socket, BytesIO, another
// SSLSocket). A stream that reports "no data now" (returns None, or raises OSError EAGAIN)
// makes the operation return None (read/write/readinto) or raise OSError(EAGAIN)
// (recv/send/do_handshake), as MicroPython's non-blocking streams do.
//
// Invariants: `ssl` is NULL once closed (then every operation raises OSError EBADF);
// ciphertext in wbio is flushed to sock before any new record is produced by a write, so a
// would-block write never accepts data it cannot send later; the SSL and its BIOs are freed by
// close() or by the finaliser (__del__), never by both. SSL_CTX lifetimes are reference
// counted by OpenSSL (an SSL holds its context).
#include <string.h>
#include <errno.h>
#include <stdio.h>
#include <poll.h>
#include <arpa/inet.h>

#include "py/runtime.h"

#include <openssl/ssl.h>
#include <openssl/err.h>
#include <openssl/x509v3.h>
#include <openssl/pem.h>

// Values as CPython's ssl module.
#define SSL_PROTOCOL_TLS_CLIENT 16
#define SSL_PROTOCOL_TLS_SERVER 17
#define SSL_CERT_NONE 0
#define SSL_CERT_OPTIONAL 1
#define SSL_CERT_REQUIRED 2

// MicroPython's stream ioctl requests and poll flags (py/stream.h in MicroPython's docs).
#define SSL_STREAM_POLL 3
#define SSL_STREAM_CLOSE 4
#define SSL_POLL_RD 0x0001
#define SSL_POLL_WR 0x0004

#define SSL_IO_CHUNK 16384   // ciphertext bytes asked of the stream at a time

typedef struct _ssl_context_obj_t {
    mp_obj_base_t base;
    SSL_CTX *ctx;          // owned; NULL only if construction failed half-way
    mp_int_t protocol;     // SSL_PROTOCOL_TLS_CLIENT or _SERVER
    mp_int_t verify_mode;  // SSL_CERT_*
    bool check_hostname;
} ssl_context_obj_t;

typedef struct _ssl_socket_obj_t {
    mp_obj_base_t base;
    SSL *ssl;              // owned (with its BIOs); NULL once closed
    BIO *rbio, *wbio;      // owned by ssl
    mp_obj_t sock;         // the transport stream
    mp_obj_t context;      // the SSLContext (for .context)
    mp_obj_t hostname;     // server_hostname or None
    bool server_side;
    bool handshake_done;
    bool eof;              // the stream reported end of file
} ssl_socket_obj_t;

extern const mp_obj_type_t ssl_context_type;
extern const mp_obj_type_t ssl_socket_type;

// ---- errors ----

// Raises OSError(-code, "[SSL: REASON] reason text") from OpenSSL's error queue; `what` is
// used when the queue is empty. Verification failures append the X.509 reason, as CPython.
NORETURN static void ssl_raise_error(SSL *ssl, const char *what) {
    unsigned long e = ERR_get_error();
    unsigned long next;
    while ((next = ERR_get_error()) != 0) {
        (void)next;   // the first error is the root cause; drop the rest
    }
    vstr_t v;
    vstr_init(&v, 96);
    int code = 1;
    if (e != 0) {
        const char *lib;
        switch (ERR_GET_LIB(e)) {
            case ERR_LIB_PEM: lib = "PEM"; break;
            case ERR_LIB_X509: lib = "X509"; break;
            case ERR_LIB_ASN1: lib = "ASN1"; break;
            case ERR_LIB_EVP: lib = "EVP"; break;
            default: lib = "SSL"; break;
        }
        const char *reason = ERR_reason_error_string(e);
        if (reason == NULL) {
            reason = "unknown error";
        }
        code = ERR_GET_REASON(e);
        vstr_printf(&v, "[%s: ", lib);
        for (const char *p = reason; *p; p++) {
            char c = *p;
            vstr_add_byte(&v, c == ' ' ? '_' : (c >= 'a' && c <= 'z') ? c - 32 : c);
        }
        vstr_printf(&v, "] %s", reason);
        if (ssl != NULL && ERR_GET_LIB(e) == ERR_LIB_SSL && ERR_GET_REASON(e) == SSL_R_CERTIFICATE_VERIFY_FAILED) {
            long vr = SSL_get_verify_result(ssl);
            if (vr != X509_V_OK) {
                vstr_printf(&v, ": %s", X509_verify_cert_error_string(vr));
            }
        }
    } else {
        vstr_add_str(&v, what);
    }
    mp_obj_t args[2] = {MP_OBJ_NEW_SMALL_INT(-code), mp_obj_new_str(v.buf, v.len)};
    vstr_clear(&v);
    nlr_raise(mp_obj_new_exception_args(&mp_type_OSError, 2, args));
}

// The errno of an OSError instance, or 0.
static int ssl_exc_errno(mp_obj_t exc) {
    if (!mp_obj_exception_match(exc, MP_OBJ_FROM_PTR(&mp_type_OSError))) {
        return 0;
    }
    mp_obj_exception_t *e = mp_obj_exception_get_native(exc);
    if (e == NULL || e->args == NULL || e->args->len < 1 || !mp_obj_is_small_int(e->args->items[0])) {
        return 0;
    }
    return (int)MP_OBJ_SMALL_INT_VALUE(e->args->items[0]);
}

static bool ssl_errno_would_block(int err) {
    return err == EAGAIN || err == EWOULDBLOCK || err == EINPROGRESS;
}

// ---- reading certificates and keys ----

// The bytes of a certificate/key argument: a str path (the file is read) or a buffer. The
// returned buffer stays valid while *holder is alive.
static void ssl_get_blob(mp_obj_t arg, mp_buffer_info_t *bi, mp_obj_t *holder) {
    if (mp_obj_is_str(arg)) {
        const char *path = mp_obj_str_get_str(arg);
        FILE *f = fopen(path, "rb");
        if (f == NULL) {
            mp_raise_OSError_with_filename(errno, path);
        }
        vstr_t v;
        vstr_init(&v, 4096);
        for (;;) {
            char *p = vstr_extend(&v, 4096);
            size_t n = fread(p, 1, 4096, f);
            v.len -= 4096 - n;
            if (n < 4096) {
                break;
            }
        }
        int bad = ferror(f);
        fclose(f);
        if (bad) {
            vstr_clear(&v);
            mp_raise_OSError_with_filename(EIO, path);
        }
        *holder = mp_obj_new_bytes_from_vstr(&v);
    } else {
        *holder = arg;
    }
    if (!mp_get_buffer(*holder, bi, MP_BUFFER_READ)) {
        mp_raise_msg_varg(&mp_type_TypeError, "certificate/key must be a path (str) or bytes, not '%s'", mp_obj_get_type_str(arg));
    }
}

static bool ssl_is_pem(const mp_buffer_info_t *bi) {
    // PEM may be preceded by text (openssl x509 -text output): look for the marker anywhere
    static const char marker[] = "-----BEGIN";
    const char *p = bi->buf;
    for (size_t i = 0; i + sizeof(marker) - 1 <= bi->len; i++) {
        if (memcmp(p + i, marker, sizeof(marker) - 1) == 0) {
            return true;
        }
    }
    return false;
}

// Password callback: the password is a bytes/str object passed as userdata (or none).
static int ssl_password_cb(char *buf, int size, int rwflag, void *u) {
    (void)rwflag;
    if (u == NULL) {
        return 0;   // never prompt on the terminal
    }
    const mp_buffer_info_t *pw = u;
    int n = pw->len < (size_t)size ? (int)pw->len : size;
    memcpy(buf, pw->buf, n);
    return n;
}

// Parses every certificate in a PEM or (concatenated) DER blob; calls add(ctx, cert) for each
// (add takes its own reference). Returns the count.
typedef int (*ssl_cert_fn_t)(void *target, X509 *cert, size_t index);

static size_t ssl_for_each_cert(const mp_buffer_info_t *bi, ssl_cert_fn_t fn, void *target) {
    size_t n = 0;
    if (ssl_is_pem(bi)) {
        BIO *b = BIO_new_mem_buf(bi->buf, (int)bi->len);
        if (b == NULL) {
            ssl_raise_error(NULL, "out of memory");
        }
        X509 *x;
        while ((x = PEM_read_bio_X509(b, NULL, ssl_password_cb, NULL)) != NULL) {
            int ok = fn(target, x, n);
            X509_free(x);
            if (!ok) {
                BIO_free(b);
                ssl_raise_error(NULL, "cannot use certificate");
            }
            n++;
        }
        BIO_free(b);
        // the loop ends with a "no start line" error: expected after the last certificate
        unsigned long e = ERR_peek_last_error();
        if (n > 0 && ERR_GET_LIB(e) == ERR_LIB_PEM && ERR_GET_REASON(e) == PEM_R_NO_START_LINE) {
            ERR_clear_error();
        }
    } else {
        const unsigned char *p = bi->buf, *end = p + bi->len;
        while (p < end) {
            X509 *x = d2i_X509(NULL, &p, end - p);
            if (x == NULL) {
                break;
            }
            int ok = fn(target, x, n);
            X509_free(x);
            if (!ok) {
                ssl_raise_error(NULL, "cannot use certificate");
            }
            n++;
        }
    }
    if (n == 0) {
        ssl_raise_error(NULL, "[X509: NO_CERTIFICATE_OR_CRL_FOUND] no certificate found");
    }
    ERR_clear_error();
    return n;
}

static int ssl_cert_to_chain(void *target, X509 *cert, size_t index) {
    SSL_CTX *ctx = target;
    if (index == 0) {
        return SSL_CTX_use_certificate(ctx, cert);
    }
    return SSL_CTX_add1_chain_cert(ctx, cert);
}

static int ssl_cert_to_store(void *target, X509 *cert, size_t index) {
    (void)index;
    X509_STORE *store = target;
    if (X509_STORE_add_cert(store, cert) == 1) {
        return 1;
    }
    // the same CA given twice is not an error (CPython ignores it too)
    unsigned long e = ERR_peek_last_error();
    if (ERR_GET_LIB(e) == ERR_LIB_X509 && ERR_GET_REASON(e) == X509_R_CERT_ALREADY_IN_HASH_TABLE) {
        ERR_clear_error();
        return 1;
    }
    return 0;
}

static EVP_PKEY *ssl_parse_key(const mp_buffer_info_t *bi, const mp_buffer_info_t *password) {
    EVP_PKEY *key = NULL;
    if (ssl_is_pem(bi)) {
        BIO *b = BIO_new_mem_buf(bi->buf, (int)bi->len);
        if (b != NULL) {
            key = PEM_read_bio_PrivateKey(b, NULL, ssl_password_cb, (void *)password);
            BIO_free(b);
        }
    } else {
        const unsigned char *p = bi->buf;
        key = d2i_AutoPrivateKey(NULL, &p, (long)bi->len);
    }
    if (key == NULL) {
        ssl_raise_error(NULL, "[SSL] PEM lib: cannot read the private key");
    }
    return key;
}

// ---- SSLContext ----

static ssl_context_obj_t *ssl_context_new(mp_int_t protocol) {
    if (protocol != SSL_PROTOCOL_TLS_CLIENT && protocol != SSL_PROTOCOL_TLS_SERVER) {
        mp_raise_ValueError("invalid or unsupported protocol version");
    }
    ssl_context_obj_t *o = m_new_obj_with_finaliser(ssl_context_obj_t);
    o->base.type = &ssl_context_type;
    o->ctx = NULL;
    o->protocol = protocol;
    bool client = protocol == SSL_PROTOCOL_TLS_CLIENT;
    // as CPython: a client verifies the server and its name by default, a server asks nothing
    o->verify_mode = client ? SSL_CERT_REQUIRED : SSL_CERT_NONE;
    o->check_hostname = client;
    ERR_clear_error();
    o->ctx = SSL_CTX_new(client ? TLS_client_method() : TLS_server_method());
    if (o->ctx == NULL) {
        ssl_raise_error(NULL, "cannot create an SSL context");
    }
    SSL_CTX_set_min_proto_version(o->ctx, TLS1_2_VERSION);
    #ifdef SSL_OP_IGNORE_UNEXPECTED_EOF
    // a peer that closes the connection without close_notify ends the stream (CPython's
    // suppress_ragged_eofs=True) instead of raising
    SSL_CTX_set_options(o->ctx, SSL_OP_IGNORE_UNEXPECTED_EOF);
    #endif
    SSL_CTX_set_default_passwd_cb(o->ctx, ssl_password_cb);
    SSL_CTX_set_mode(o->ctx, SSL_MODE_ACCEPT_MOVING_WRITE_BUFFER);
    return o;
}

static mp_obj_t ssl_context_make_new(const mp_obj_type_t *type, size_t n_args, size_t n_kw, const mp_obj_t *args) {
    (void)type;
    mp_arg_check_num(n_args, n_kw, 0, 1, false);
    mp_int_t protocol = n_args > 0 ? mp_obj_get_int(args[0]) : SSL_PROTOCOL_TLS_CLIENT;
    return MP_OBJ_FROM_PTR(ssl_context_new(protocol));
}

static ssl_context_obj_t *ssl_context_get(mp_obj_t self_in) {
    if (!mp_obj_is_type(self_in, &ssl_context_type)) {
        mp_raise_TypeError("SSLContext required");
    }
    return MP_OBJ_TO_PTR(self_in);
}

static mp_obj_t ssl_context_del(mp_obj_t self_in) {
    ssl_context_obj_t *self = MP_OBJ_TO_PTR(self_in);
    if (self->ctx != NULL) {
        SSL_CTX_free(self->ctx);
        self->ctx = NULL;
    }
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_1(ssl_context_del_obj, ssl_context_del);

// load_cert_chain(certfile, keyfile=None, password=None): each a path (str) or data (bytes).
// Without keyfile the key is read from certfile (a PEM holding both).
static void ssl_context_load_chain(ssl_context_obj_t *self, mp_obj_t cert, mp_obj_t key, mp_obj_t password) {
    mp_buffer_info_t cbi, kbi, pbi;
    mp_obj_t chold, khold;
    ssl_get_blob(cert, &cbi, &chold);
    if (key == mp_const_none) {
        kbi = cbi;
        khold = chold;
    } else {
        ssl_get_blob(key, &kbi, &khold);
    }
    const mp_buffer_info_t *pw = NULL;
    if (password != mp_const_none) {
        if (mp_obj_is_str(password)) {
            size_t len;
            pbi.buf = (void *)mp_obj_str_get_data(password, &len);
            pbi.len = len;
        } else {
            mp_get_buffer_raise(password, &pbi, MP_BUFFER_READ);
        }
        pw = &pbi;
    }
    ERR_clear_error();
    SSL_CTX_clear_chain_certs(self->ctx);
    ssl_for_each_cert(&cbi, ssl_cert_to_chain, self->ctx);
    EVP_PKEY *pkey = ssl_parse_key(&kbi, pw);
    int ok = SSL_CTX_use_PrivateKey(self->ctx, pkey);
    EVP_PKEY_free(pkey);
    if (!ok || SSL_CTX_check_private_key(self->ctx) != 1) {
        ssl_raise_error(NULL, "[SSL: KEY_VALUES_MISMATCH] key values mismatch");
    }
    (void)khold;
    (void)chold;
}

static mp_obj_t ssl_context_load_cert_chain(size_t n_args, const mp_obj_t *pos, mp_map_t *kw) {
    static const mp_arg_t allowed[] = {
        { MP_QSTR_certfile, MP_ARG_REQUIRED | MP_ARG_OBJ, {.u_obj = MP_OBJ_NULL} },
        { MP_QSTR_keyfile, MP_ARG_OBJ, {.u_obj = mp_const_none} },
        { MP_QSTR_password, MP_ARG_OBJ, {.u_obj = mp_const_none} },
    };
    mp_arg_val_t a[3];
    mp_arg_parse_all(n_args - 1, pos + 1, kw, 3, allowed, a);
    ssl_context_load_chain(ssl_context_get(pos[0]), a[0].u_obj, a[1].u_obj, a[2].u_obj);
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_KW(ssl_context_load_cert_chain_obj, 1, ssl_context_load_cert_chain);

// load_verify_locations(cafile=None, capath=None, cadata=None). MicroPython's tls form
// load_verify_locations(cadata) with one positional bytes argument is accepted too.
static mp_obj_t ssl_context_load_verify_locations(size_t n_args, const mp_obj_t *pos, mp_map_t *kw) {
    static const mp_arg_t allowed[] = {
        { MP_QSTR_cafile, MP_ARG_OBJ, {.u_obj = mp_const_none} },
        { MP_QSTR_capath, MP_ARG_OBJ, {.u_obj = mp_const_none} },
        { MP_QSTR_cadata, MP_ARG_OBJ, {.u_obj = mp_const_none} },
    };
    mp_arg_val_t a[3];
    mp_arg_parse_all(n_args - 1, pos + 1, kw, 3, allowed, a);
    ssl_context_obj_t *self = ssl_context_get(pos[0]);
    mp_obj_t cafile = a[0].u_obj, capath = a[1].u_obj, cadata = a[2].u_obj;
    if (cafile != mp_const_none && !mp_obj_is_str(cafile)) {
        // tls.SSLContext.load_verify_locations(cadata_bytes)
        if (cadata != mp_const_none) {
            mp_raise_TypeError("cafile should be a valid filesystem path");
        }
        cadata = cafile;
        cafile = mp_const_none;
    }
    if (cafile == mp_const_none && capath == mp_const_none && cadata == mp_const_none) {
        mp_raise_TypeError("cafile, capath and cadata cannot be all omitted");
    }
    X509_STORE *store = SSL_CTX_get_cert_store(self->ctx);
    ERR_clear_error();
    mp_buffer_info_t bi;
    mp_obj_t hold;
    if (cafile != mp_const_none) {
        ssl_get_blob(cafile, &bi, &hold);
        ssl_for_each_cert(&bi, ssl_cert_to_store, store);
    }
    if (cadata != mp_const_none) {
        if (mp_obj_is_str(cadata)) {
            size_t len;
            bi.buf = (void *)mp_obj_str_get_data(cadata, &len);
            bi.len = len;
        } else {
            mp_get_buffer_raise(cadata, &bi, MP_BUFFER_READ);
        }
        ssl_for_each_cert(&bi, ssl_cert_to_store, store);
    }
    if (capath != mp_const_none) {
        if (SSL_CTX_load_verify_locations(self->ctx, NULL, mp_obj_str_get_str(capath)) != 1) {
            ssl_raise_error(NULL, "cannot load capath");
        }
    }
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_KW(ssl_context_load_verify_locations_obj, 1, ssl_context_load_verify_locations);

static mp_obj_t ssl_context_load_default_certs(size_t n_args, const mp_obj_t *args) {
    ssl_context_obj_t *self = ssl_context_get(args[0]);
    ERR_clear_error();
    SSL_CTX_set_default_verify_paths(self->ctx);
    ERR_clear_error();
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(ssl_context_load_default_certs_obj, 1, 2, ssl_context_load_default_certs);

static mp_obj_t ssl_context_set_ciphers(mp_obj_t self_in, mp_obj_t ciphers) {
    ssl_context_obj_t *self = ssl_context_get(self_in);
    const char *s = mp_obj_str_get_str(ciphers);
    ERR_clear_error();
    // TLS 1.2 suites by OpenSSL's names; TLS 1.3 suites (TLS_*) are set separately
    int ok12 = SSL_CTX_set_cipher_list(self->ctx, s);
    ERR_clear_error();
    int ok13 = strncmp(s, "TLS_", 4) == 0 && SSL_CTX_set_ciphersuites(self->ctx, s);
    if (!ok12 && !ok13) {
        ssl_raise_error(NULL, "[SSL: NO_CIPHER_MATCH] No cipher can be selected.");
    }
    ERR_clear_error();
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_2(ssl_context_set_ciphers_obj, ssl_context_set_ciphers);

// get_ciphers(): the enabled suites' names (MicroPython returns names, not CPython's dicts).
static mp_obj_t ssl_context_get_ciphers(mp_obj_t self_in) {
    ssl_context_obj_t *self = ssl_context_get(self_in);
    STACK_OF(SSL_CIPHER) *sk = SSL_CTX_get_ciphers(self->ctx);
    mp_obj_t list = mp_obj_new_list(0, NULL);
    for (int i = 0; sk != NULL && i < sk_SSL_CIPHER_num(sk); i++) {
        const char *name = SSL_CIPHER_get_name(sk_SSL_CIPHER_value(sk, i));
        mp_obj_list_append(list, mp_obj_new_str(name, strlen(name)));
    }
    return list;
}
static MP_DEFINE_CONST_FUN_OBJ_1(ssl_context_get_ciphers_obj, ssl_context_get_ciphers);

static mp_obj_t ssl_socket_new(ssl_context_obj_t *ctx, mp_obj_t sock, bool server_side, bool do_handshake, mp_obj_t hostname);

// wrap_socket(sock, server_side=False, do_handshake_on_connect=True,
//             suppress_ragged_eofs=True, server_hostname=None)
static mp_obj_t ssl_context_wrap_socket(size_t n_args, const mp_obj_t *pos, mp_map_t *kw) {
    static const mp_arg_t allowed[] = {
        { MP_QSTR_sock, MP_ARG_REQUIRED | MP_ARG_OBJ, {.u_obj = MP_OBJ_NULL} },
        { MP_QSTR_server_side, MP_ARG_BOOL, {.u_bool = false} },
        { MP_QSTR_do_handshake_on_connect, MP_ARG_BOOL, {.u_bool = true} },
        { MP_QSTR_suppress_ragged_eofs, MP_ARG_BOOL, {.u_bool = true} },
        { MP_QSTR_server_hostname, MP_ARG_OBJ, {.u_obj = mp_const_none} },
    };
    mp_arg_val_t a[5];
    mp_arg_parse_all(n_args - 1, pos + 1, kw, 5, allowed, a);
    return ssl_socket_new(ssl_context_get(pos[0]), a[0].u_obj, a[1].u_bool, a[2].u_bool, a[4].u_obj);
}
static MP_DEFINE_CONST_FUN_OBJ_KW(ssl_context_wrap_socket_obj, 1, ssl_context_wrap_socket);

static void ssl_context_set_verify_mode(ssl_context_obj_t *self, mp_int_t mode) {
    if (mode != SSL_CERT_NONE && mode != SSL_CERT_OPTIONAL && mode != SSL_CERT_REQUIRED) {
        mp_raise_ValueError("invalid value for verify_mode");
    }
    // MicroPython scripts set CERT_NONE on a client context without clearing check_hostname
    // first (CPython would raise): the hostname is simply not checked then.
    self->verify_mode = mode;
}

static void ssl_context_attr(mp_obj_t self_in, qstr attr, mp_obj_t *dest) {
    ssl_context_obj_t *self = MP_OBJ_TO_PTR(self_in);
    if (dest[0] == MP_OBJ_NULL) {
        if (attr == MP_QSTR_verify_mode) {
            dest[0] = MP_OBJ_NEW_SMALL_INT(self->verify_mode);
        } else if (attr == MP_QSTR_check_hostname) {
            dest[0] = mp_obj_new_bool(self->check_hostname);
        } else if (attr == MP_QSTR_protocol) {
            dest[0] = MP_OBJ_NEW_SMALL_INT(self->protocol);
        }
        return;   // absent: the runtime looks in locals_dict
    }
    if (dest[1] == MP_OBJ_NULL) {
        return;   // delete: not supported
    }
    if (attr == MP_QSTR_verify_mode) {
        ssl_context_set_verify_mode(self, mp_obj_get_int(dest[1]));
        dest[0] = MP_OBJ_NULL;
    } else if (attr == MP_QSTR_check_hostname) {
        self->check_hostname = mp_obj_is_true(dest[1]);
        if (self->check_hostname && self->verify_mode == SSL_CERT_NONE) {
            self->verify_mode = SSL_CERT_REQUIRED;   // as CPython
        }
        dest[0] = MP_OBJ_NULL;
    }
}

static const mp_rom_map_elem_t ssl_context_locals_table[] = {
    { MP_ROM_QSTR(MP_QSTR_load_cert_chain), MP_ROM_PTR(&ssl_context_load_cert_chain_obj) },
    { MP_ROM_QSTR(MP_QSTR_load_verify_locations), MP_ROM_PTR(&ssl_context_load_verify_locations_obj) },
    { MP_ROM_QSTR(MP_QSTR_load_default_certs), MP_ROM_PTR(&ssl_context_load_default_certs_obj) },
    { MP_ROM_QSTR(MP_QSTR_set_default_verify_paths), MP_ROM_PTR(&ssl_context_load_default_certs_obj) },
    { MP_ROM_QSTR(MP_QSTR_set_ciphers), MP_ROM_PTR(&ssl_context_set_ciphers_obj) },
    { MP_ROM_QSTR(MP_QSTR_get_ciphers), MP_ROM_PTR(&ssl_context_get_ciphers_obj) },
    { MP_ROM_QSTR(MP_QSTR_wrap_socket), MP_ROM_PTR(&ssl_context_wrap_socket_obj) },
    { MP_ROM_QSTR(MP_QSTR___del__), MP_ROM_PTR(&ssl_context_del_obj) },
};
static MP_DEFINE_CONST_DICT(ssl_context_locals_dict, ssl_context_locals_table);

const mp_obj_type_t ssl_context_type = {
    {&mp_type_type},
    .name = MP_QSTR_SSLContext,
    .make_new = ssl_context_make_new,
    .attr = ssl_context_attr,
    .locals_dict = (mp_obj_dict_t *)&ssl_context_locals_dict,
};

// ---- SSLSocket: the pump between OpenSSL's memory BIOs and the stream ----

static ssl_socket_obj_t *ssl_socket_get(mp_obj_t self_in) {
    ssl_socket_obj_t *self = MP_OBJ_TO_PTR(self_in);
    if (self->ssl == NULL) {
        mp_raise_OSError(EBADF);
    }
    return self;
}

// sock.<meth>(arg); MP_OBJ_NULL when the stream would block (it returned None or raised
// OSError EAGAIN). Other exceptions propagate.
static mp_obj_t ssl_stream_call(mp_obj_t sock, qstr meth, mp_obj_t arg) {
    mp_obj_t dest[3];
    mp_load_method(sock, meth, dest);
    dest[2] = arg;
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        mp_obj_t r = mp_call_method_n_kw(1, 0, dest);
        nlr_pop();
        return r == mp_const_none ? MP_OBJ_NULL : r;
    }
    if (ssl_errno_would_block(ssl_exc_errno(MP_OBJ_FROM_PTR(nlr.ret_val)))) {
        return MP_OBJ_NULL;
    }
    nlr_jump(nlr.ret_val);
}

// Sends the ciphertext waiting in wbio; false if the stream would block before all was sent.
static bool ssl_flush(ssl_socket_obj_t *self) {
    char *data;
    long n;
    while ((n = BIO_get_mem_data(self->wbio, &data)) > 0) {
        mp_obj_t r = ssl_stream_call(self->sock, MP_QSTR_write, mp_obj_new_bytes((const byte *)data, n));
        if (r == MP_OBJ_NULL) {
            return false;
        }
        mp_int_t w = mp_obj_get_int(r);
        if (w <= 0) {
            return false;
        }
        if (w > n) {
            mp_raise_msg(&mp_type_OSError, "stream wrote more than it was given");
        }
        char skip[1024];
        while (w > 0) {
            int k = BIO_read(self->wbio, skip, w < (mp_int_t)sizeof(skip) ? (int)w : (int)sizeof(skip));
            if (k <= 0) {
                break;
            }
            w -= k;
        }
    }
    return true;
}

// Moves ciphertext from the stream into rbio: 1 some arrived, 0 end of stream, -1 would block.
static int ssl_fill(ssl_socket_obj_t *self) {
    if (self->eof) {
        return 0;
    }
    mp_obj_t dest[2];
    mp_load_method_maybe(self->sock, MP_QSTR_recv, dest);
    qstr meth = dest[0] != MP_OBJ_NULL ? MP_QSTR_recv : MP_QSTR_read;
    mp_obj_t r = ssl_stream_call(self->sock, meth, MP_OBJ_NEW_SMALL_INT(SSL_IO_CHUNK));
    if (r == MP_OBJ_NULL) {
        return -1;
    }
    mp_buffer_info_t bi;
    mp_get_buffer_raise(r, &bi, MP_BUFFER_READ);
    if (bi.len == 0) {
        self->eof = true;
        BIO_set_mem_eof_return(self->rbio, 0);   // reads of an empty rbio now mean EOF
        return 0;
    }
    if (BIO_write(self->rbio, bi.buf, (int)bi.len) != (int)bi.len) {
        m_malloc_fail(bi.len);
    }
    return 1;
}

typedef enum { SSL_RUN_HANDSHAKE, SSL_RUN_READ, SSL_RUN_WRITE } ssl_run_kind_t;

#define SSL_RUN_WOULD_BLOCK (-1)

// Runs one OpenSSL operation to completion, moving ciphertext both ways. Returns its result
// (> 0: bytes read/written, 1 for a handshake; 0: end of stream for a read), or
// SSL_RUN_WOULD_BLOCK. Protocol and verification failures raise OSError.
static int ssl_run(ssl_socket_obj_t *self, ssl_run_kind_t kind, void *buf, size_t len) {
    int len_i = len > 0x7fffffff ? 0x7fffffff : (int)len;
    int eof_rounds = 0;
    for (;;) {
        // ciphertext of earlier writes goes first: a write that cannot send it accepts nothing
        if (kind == SSL_RUN_WRITE && BIO_ctrl_pending(self->wbio) > 0 && !ssl_flush(self)) {
            return SSL_RUN_WOULD_BLOCK;
        }
        ERR_clear_error();
        int r;
        if (kind == SSL_RUN_HANDSHAKE) {
            r = SSL_do_handshake(self->ssl);
        } else if (kind == SSL_RUN_READ) {
            r = SSL_read(self->ssl, buf, len_i);
        } else {
            r = SSL_write(self->ssl, buf, len_i);
        }
        int err = r > 0 ? SSL_ERROR_NONE : SSL_get_error(self->ssl, r);
        if (SSL_is_init_finished(self->ssl)) {
            self->handshake_done = true;
        }
        // send what OpenSSL produced: handshake messages, alerts, the records just written
        bool flushed = ssl_flush(self);
        switch (err) {
            case SSL_ERROR_NONE:
                return r;   // a write's bytes are accepted even if part is still in wbio
            case SSL_ERROR_ZERO_RETURN:
                if (kind == SSL_RUN_READ && self->handshake_done) {
                    return 0;   // close_notify (or EOF, with SSL_OP_IGNORE_UNEXPECTED_EOF)
                }
                ssl_raise_error(self->ssl, "[SSL: UNEXPECTED_EOF_WHILE_READING] EOF occurred in violation of protocol");
            case SSL_ERROR_WANT_READ: {
                if (!flushed) {
                    return SSL_RUN_WOULD_BLOCK;
                }
                int f = ssl_fill(self);
                if (f < 0) {
                    return SSL_RUN_WOULD_BLOCK;
                }
                if (f == 0 && ++eof_rounds > 1) {
                    // OpenSSL asked for more after it was told of the end: the end it is
                    if (kind == SSL_RUN_READ && self->handshake_done) {
                        return 0;
                    }
                    ssl_raise_error(self->ssl, "[SSL: UNEXPECTED_EOF_WHILE_READING] EOF occurred in violation of protocol");
                }
                break;
            }
            case SSL_ERROR_WANT_WRITE:
                if (!flushed) {
                    return SSL_RUN_WOULD_BLOCK;
                }
                break;
            case SSL_ERROR_SYSCALL:
                if (self->eof) {
                    if (kind == SSL_RUN_READ && self->handshake_done) {
                        return 0;   // ragged EOF: the end of the stream
                    }
                    ssl_raise_error(self->ssl, "[SSL: UNEXPECTED_EOF_WHILE_READING] EOF occurred in violation of protocol");
                }
                ssl_raise_error(self->ssl, "[SSL: SYSCALL] unexpected I/O error");
            default:
                ssl_raise_error(self->ssl, "[SSL] TLS protocol error");
        }
    }
}

static mp_obj_t ssl_socket_new(ssl_context_obj_t *ctx, mp_obj_t sock, bool server_side, bool do_handshake, mp_obj_t hostname) {
    if (hostname != mp_const_none && server_side) {
        mp_raise_ValueError("server_hostname can only be specified in client mode");
    }
    if (server_side && ctx->protocol == SSL_PROTOCOL_TLS_CLIENT) {
        mp_raise_ValueError("Cannot create a server socket with a PROTOCOL_TLS_CLIENT context");
    }
    if (!server_side && ctx->protocol == SSL_PROTOCOL_TLS_SERVER) {
        mp_raise_ValueError("Cannot create a client socket with a PROTOCOL_TLS_SERVER context");
    }
    mp_obj_t dest[2];
    mp_load_method_maybe(sock, MP_QSTR_write, dest);
    if (dest[0] == MP_OBJ_NULL) {
        mp_raise_msg_varg(&mp_type_TypeError, "'%s' object is not a stream", mp_obj_get_type_str(sock));
    }
    const char *host = hostname == mp_const_none ? NULL : mp_obj_str_get_str(hostname);
    ssl_socket_obj_t *o = m_new_obj_with_finaliser(ssl_socket_obj_t);
    o->base.type = &ssl_socket_type;
    o->ssl = NULL;
    o->sock = sock;
    o->context = MP_OBJ_FROM_PTR(ctx);
    o->hostname = hostname;
    o->server_side = server_side;
    o->handshake_done = false;
    o->eof = false;
    ERR_clear_error();
    o->ssl = SSL_new(ctx->ctx);
    if (o->ssl == NULL) {
        ssl_raise_error(NULL, "cannot create an SSL connection");
    }
    o->rbio = BIO_new(BIO_s_mem());
    o->wbio = BIO_new(BIO_s_mem());
    if (o->rbio == NULL || o->wbio == NULL) {
        BIO_free(o->rbio);
        BIO_free(o->wbio);
        SSL_free(o->ssl);
        o->ssl = NULL;
        ssl_raise_error(NULL, "out of memory");
    }
    BIO_set_mem_eof_return(o->rbio, -1);   // empty rbio: "retry" (more may arrive)
    SSL_set_bio(o->ssl, o->rbio, o->wbio);   // o->ssl owns both now
    if (server_side) {
        SSL_set_accept_state(o->ssl);
    } else {
        SSL_set_connect_state(o->ssl);
    }
    int vmode = SSL_VERIFY_NONE;
    if (ctx->verify_mode == SSL_CERT_OPTIONAL) {
        vmode = SSL_VERIFY_PEER;
    } else if (ctx->verify_mode == SSL_CERT_REQUIRED) {
        vmode = SSL_VERIFY_PEER | SSL_VERIFY_FAIL_IF_NO_PEER_CERT;
    }
    SSL_set_verify(o->ssl, vmode, NULL);
    if (host != NULL) {
        unsigned char ip[16];
        bool is_ip = inet_pton(AF_INET, host, ip) == 1 || inet_pton(AF_INET6, host, ip) == 1;
        if (!is_ip) {
            SSL_set_tlsext_host_name(o->ssl, host);   // SNI
        }
        if (ctx->check_hostname && ctx->verify_mode != SSL_CERT_NONE) {
            int ok = is_ip ? X509_VERIFY_PARAM_set1_ip_asc(SSL_get0_param(o->ssl), host) : SSL_set1_host(o->ssl, host);
            if (ok != 1) {
                ssl_raise_error(NULL, "invalid server_hostname");
            }
        }
    }
    if (do_handshake && ssl_run(o, SSL_RUN_HANDSHAKE, NULL, 0) == SSL_RUN_WOULD_BLOCK) {
        mp_raise_OSError(EAGAIN);
    }
    return MP_OBJ_FROM_PTR(o);
}

static mp_obj_t ssl_socket_do_handshake(mp_obj_t self_in) {
    ssl_socket_obj_t *self = ssl_socket_get(self_in);
    if (ssl_run(self, SSL_RUN_HANDSHAKE, NULL, 0) == SSL_RUN_WOULD_BLOCK) {
        mp_raise_OSError(EAGAIN);
    }
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_1(ssl_socket_do_handshake_obj, ssl_socket_do_handshake);

// Reads into buf until it holds len bytes, the stream ends, or it would block (only then
// fewer and possibly -1 when nothing at all). `once`: stop after the first successful read.
static mp_int_t ssl_read_loop(ssl_socket_obj_t *self, byte *buf, size_t len, bool once) {
    size_t done = 0;
    while (done < len) {
        int r = ssl_run(self, SSL_RUN_READ, buf + done, len - done);
        if (r == SSL_RUN_WOULD_BLOCK) {
            return done > 0 ? (mp_int_t)done : -1;
        }
        if (r == 0) {
            break;
        }
        done += r;
        if (once) {
            break;
        }
    }
    return (mp_int_t)done;
}

// read(n=-1): up to n bytes (all until EOF without n); None when none is ready on a
// non-blocking stream.
static mp_obj_t ssl_socket_read(size_t n_args, const mp_obj_t *args) {
    ssl_socket_obj_t *self = ssl_socket_get(args[0]);
    mp_int_t n = n_args > 1 && args[1] != mp_const_none ? mp_obj_get_int(args[1]) : -1;
    vstr_t v;
    if (n >= 0) {
        vstr_init_len(&v, n);
        mp_int_t r = n == 0 ? 0 : ssl_read_loop(self, (byte *)v.buf, n, false);
        if (r < 0) {
            vstr_clear(&v);
            return mp_const_none;
        }
        v.len = r;
        return mp_obj_new_bytes_from_vstr(&v);
    }
    vstr_init(&v, 4096);
    for (;;) {
        char *p = vstr_extend(&v, 4096);
        mp_int_t r = ssl_read_loop(self, (byte *)p, 4096, true);
        v.len -= 4096 - (r > 0 ? r : 0);
        if (r <= 0) {
            if (r < 0 && v.len == 0) {
                vstr_clear(&v);
                return mp_const_none;
            }
            break;
        }
    }
    return mp_obj_new_bytes_from_vstr(&v);
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(ssl_socket_read_obj, 1, 2, ssl_socket_read);

static void ssl_get_write_buffer(size_t n_args, const mp_obj_t *args, size_t i, mp_buffer_info_t *bi) {
    mp_get_buffer_raise(args[i], bi, MP_BUFFER_WRITE);
    if (n_args > i + 1 && args[i + 1] != mp_const_none) {
        mp_int_t k = mp_obj_get_int(args[i + 1]);
        if (k < 0) {
            mp_raise_ValueError("negative buffersize in recv_into");
        }
        if (k > 0 && (size_t)k < bi->len) {
            bi->len = k;
        }
    }
}

// readinto(buf[, nbytes]): as MicroPython's streams, fills buf unless the stream ends or
// would block; None when nothing is ready.
static mp_obj_t ssl_socket_readinto(size_t n_args, const mp_obj_t *args) {
    ssl_socket_obj_t *self = ssl_socket_get(args[0]);
    mp_buffer_info_t bi;
    ssl_get_write_buffer(n_args, args, 1, &bi);
    mp_int_t r = bi.len == 0 ? 0 : ssl_read_loop(self, bi.buf, bi.len, false);
    return r < 0 ? mp_const_none : MP_OBJ_NEW_SMALL_INT(r);
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(ssl_socket_readinto_obj, 2, 3, ssl_socket_readinto);

static mp_obj_t ssl_socket_readline(size_t n_args, const mp_obj_t *args) {
    ssl_socket_obj_t *self = ssl_socket_get(args[0]);
    mp_int_t limit = n_args > 1 && args[1] != mp_const_none ? mp_obj_get_int(args[1]) : -1;
    vstr_t v;
    vstr_init(&v, 64);
    while (limit < 0 || (mp_int_t)v.len < limit) {
        byte c;
        mp_int_t r = ssl_read_loop(self, &c, 1, true);
        if (r < 0) {
            if (v.len == 0) {
                vstr_clear(&v);
                return mp_const_none;
            }
            break;
        }
        if (r == 0) {
            break;
        }
        vstr_add_byte(&v, c);
        if (c == '\n') {
            break;
        }
    }
    return mp_obj_new_bytes_from_vstr(&v);
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(ssl_socket_readline_obj, 1, 2, ssl_socket_readline);

// recv(n): the bytes of one read, b'' at the end; OSError(EAGAIN) when none is ready.
static mp_obj_t ssl_socket_recv(size_t n_args, const mp_obj_t *args) {
    ssl_socket_obj_t *self = ssl_socket_get(args[0]);
    mp_int_t n = n_args > 1 ? mp_obj_get_int(args[1]) : 1024;
    if (n < 0) {
        mp_raise_ValueError("negative buffersize in recv");
    }
    vstr_t v;
    vstr_init_len(&v, n);
    mp_int_t r = n == 0 ? 0 : ssl_read_loop(self, (byte *)v.buf, n, true);
    if (r < 0) {
        vstr_clear(&v);
        mp_raise_OSError(EAGAIN);
    }
    v.len = r;
    return mp_obj_new_bytes_from_vstr(&v);
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(ssl_socket_recv_obj, 1, 3, ssl_socket_recv);

static mp_obj_t ssl_socket_recv_into(size_t n_args, const mp_obj_t *args) {
    ssl_socket_obj_t *self = ssl_socket_get(args[0]);
    mp_buffer_info_t bi;
    ssl_get_write_buffer(n_args, args, 1, &bi);
    mp_int_t r = bi.len == 0 ? 0 : ssl_read_loop(self, bi.buf, bi.len, true);
    if (r < 0) {
        mp_raise_OSError(EAGAIN);
    }
    return MP_OBJ_NEW_SMALL_INT(r);
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(ssl_socket_recv_into_obj, 2, 4, ssl_socket_recv_into);

// One SSL_write of the whole buffer (OpenSSL splits it into records): the count, or -1 when
// the stream would block before anything was accepted.
static mp_int_t ssl_write_some(ssl_socket_obj_t *self, mp_obj_t data) {
    mp_buffer_info_t bi;
    mp_get_buffer_raise(data, &bi, MP_BUFFER_READ);
    if (bi.len == 0) {
        // write(b''): pushes ciphertext still waiting from an earlier would-block write
        return ssl_flush(self) ? 0 : -1;
    }
    int r = ssl_run(self, SSL_RUN_WRITE, bi.buf, bi.len);
    return r == SSL_RUN_WOULD_BLOCK ? -1 : r;
}

static mp_obj_t ssl_socket_write(mp_obj_t self_in, mp_obj_t data) {
    mp_int_t r = ssl_write_some(ssl_socket_get(self_in), data);
    return r < 0 ? mp_const_none : MP_OBJ_NEW_SMALL_INT(r);
}
static MP_DEFINE_CONST_FUN_OBJ_2(ssl_socket_write_obj, ssl_socket_write);

static mp_obj_t ssl_socket_send(size_t n_args, const mp_obj_t *args) {
    mp_int_t r = ssl_write_some(ssl_socket_get(args[0]), args[1]);
    if (r < 0) {
        mp_raise_OSError(EAGAIN);
    }
    return MP_OBJ_NEW_SMALL_INT(r);
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(ssl_socket_send_obj, 2, 3, ssl_socket_send);

static mp_obj_t ssl_socket_sendall(mp_obj_t self_in, mp_obj_t data) {
    ssl_socket_obj_t *self = ssl_socket_get(self_in);
    if (ssl_write_some(self, data) < 0 || !ssl_flush(self)) {
        mp_raise_OSError(EAGAIN);
    }
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_2(ssl_socket_sendall_obj, ssl_socket_sendall);

// Frees the SSL (sending close_notify first when `notify`). Leaves sock alone.
static void ssl_socket_release(ssl_socket_obj_t *self, bool notify) {
    if (self->ssl == NULL) {
        return;
    }
    if (notify && self->handshake_done) {
        ERR_clear_error();
        SSL_shutdown(self->ssl);
        nlr_buf_t nlr;
        if (nlr_push(&nlr) == 0) {
            ssl_flush(self);   // best effort: the peer may be gone
            nlr_pop();
        }
    }
    SSL_free(self->ssl);
    self->ssl = NULL;
    self->rbio = self->wbio = NULL;
    ERR_clear_error();
}

static mp_obj_t ssl_socket_close(mp_obj_t self_in) {
    ssl_socket_obj_t *self = MP_OBJ_TO_PTR(self_in);
    if (self->ssl == NULL) {
        return mp_const_none;
    }
    ssl_socket_release(self, true);
    mp_obj_t dest[2];
    mp_load_method_maybe(self->sock, MP_QSTR_close, dest);
    if (dest[0] != MP_OBJ_NULL) {
        mp_call_method_n_kw(0, 0, dest);
    }
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_1(ssl_socket_close_obj, ssl_socket_close);

static mp_obj_t ssl_socket_del(mp_obj_t self_in) {
    ssl_socket_release(MP_OBJ_TO_PTR(self_in), false);
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_1(ssl_socket_del_obj, ssl_socket_del);

static mp_obj_t ssl_socket_exit(size_t n_args, const mp_obj_t *args) {
    return ssl_socket_close(args[0]);
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(ssl_socket_exit_obj, 1, 4, ssl_socket_exit);

static mp_obj_t ssl_socket_enter(mp_obj_t self_in) {
    return self_in;
}
static MP_DEFINE_CONST_FUN_OBJ_1(ssl_socket_enter_obj, ssl_socket_enter);

// Methods passed on to the stream: setblocking(flag), settimeout(t), fileno(), ...
static mp_obj_t ssl_socket_forward(mp_obj_t self_in, qstr meth, size_t n_args, const mp_obj_t *args) {
    ssl_socket_obj_t *self = ssl_socket_get(self_in);
    mp_obj_t dest[2 + 2];
    mp_load_method(self->sock, meth, dest);
    for (size_t i = 0; i < n_args && i < 2; i++) {
        dest[2 + i] = args[i];
    }
    return mp_call_method_n_kw(n_args, 0, dest);
}

static mp_obj_t ssl_socket_setblocking(mp_obj_t self_in, mp_obj_t flag) {
    return ssl_socket_forward(self_in, MP_QSTR_setblocking, 1, &flag);
}
static MP_DEFINE_CONST_FUN_OBJ_2(ssl_socket_setblocking_obj, ssl_socket_setblocking);

static mp_obj_t ssl_socket_settimeout(mp_obj_t self_in, mp_obj_t t) {
    return ssl_socket_forward(self_in, MP_QSTR_settimeout, 1, &t);
}
static MP_DEFINE_CONST_FUN_OBJ_2(ssl_socket_settimeout_obj, ssl_socket_settimeout);

static mp_obj_t ssl_socket_fileno(mp_obj_t self_in) {
    ssl_socket_obj_t *self = MP_OBJ_TO_PTR(self_in);
    if (self->ssl == NULL) {
        return MP_OBJ_NEW_SMALL_INT(-1);
    }
    return ssl_socket_forward(self_in, MP_QSTR_fileno, 0, NULL);
}
static MP_DEFINE_CONST_FUN_OBJ_1(ssl_socket_fileno_obj, ssl_socket_fileno);

static mp_obj_t ssl_socket_getpeername(mp_obj_t self_in) {
    return ssl_socket_forward(self_in, MP_QSTR_getpeername, 0, NULL);
}
static MP_DEFINE_CONST_FUN_OBJ_1(ssl_socket_getpeername_obj, ssl_socket_getpeername);

// Whether decrypted data is ready without touching the stream (records already received).
static bool ssl_socket_readable_now(ssl_socket_obj_t *self) {
    if (SSL_pending(self->ssl) > 0 || self->eof) {
        return true;
    }
    if (BIO_ctrl_pending(self->rbio) == 0 || !self->handshake_done) {
        return false;
    }
    // a whole record may be waiting in rbio: let OpenSSL decrypt it without reading more
    byte c;
    ERR_clear_error();
    int r = SSL_peek(self->ssl, &c, 1);
    int err = r > 0 ? SSL_ERROR_NONE : SSL_get_error(self->ssl, r);
    ERR_clear_error();
    return err != SSL_ERROR_WANT_READ;   // data, close_notify or an error: a read won't wait
}

// ioctl(request, arg): MicroPython's stream ioctl. MP_STREAM_POLL (3) answers which of the
// asked flags (POLLIN 1, POLLOUT 4) hold now, counting plaintext and ciphertext this object
// already holds, then asking the stream (its ioctl, or poll(2) on its fileno()).
// MP_STREAM_CLOSE (4) closes.
static mp_obj_t ssl_socket_ioctl(mp_obj_t self_in, mp_obj_t req_in, mp_obj_t arg_in) {
    ssl_socket_obj_t *self = MP_OBJ_TO_PTR(self_in);
    mp_int_t req = mp_obj_get_int(req_in);
    if (req == SSL_STREAM_CLOSE) {
        ssl_socket_close(self_in);
        return MP_OBJ_NEW_SMALL_INT(0);
    }
    if (req != SSL_STREAM_POLL) {
        mp_raise_OSError(EINVAL);
    }
    mp_uint_t want = mp_obj_get_int(arg_in);
    if (self->ssl == NULL) {
        return MP_OBJ_NEW_SMALL_INT(0x20);   // MP_STREAM_POLL_NVAL
    }
    mp_uint_t ready = 0;
    if ((want & SSL_POLL_RD) && ssl_socket_readable_now(self)) {
        ready |= SSL_POLL_RD;
    }
    mp_uint_t ask = want & ~ready;
    if (ask == 0) {
        return MP_OBJ_NEW_SMALL_INT(ready);
    }
    mp_obj_t dest[4];
    mp_load_method_maybe(self->sock, MP_QSTR_ioctl, dest);
    if (dest[0] != MP_OBJ_NULL) {
        dest[2] = MP_OBJ_NEW_SMALL_INT(SSL_STREAM_POLL);
        dest[3] = MP_OBJ_NEW_SMALL_INT(ask);
        ready |= mp_obj_get_int(mp_call_method_n_kw(2, 0, dest));
        return MP_OBJ_NEW_SMALL_INT(ready);
    }
    mp_load_method_maybe(self->sock, MP_QSTR_fileno, dest);
    if (dest[0] == MP_OBJ_NULL) {
        return MP_OBJ_NEW_SMALL_INT(ready | ask);   // a memory stream is always ready
    }
    struct pollfd pfd = {(int)mp_obj_get_int(mp_call_method_n_kw(0, 0, dest)), 0, 0};
    pfd.events = ((ask & SSL_POLL_RD) ? POLLIN : 0) | ((ask & SSL_POLL_WR) ? POLLOUT : 0);
    if (poll(&pfd, 1, 0) > 0) {
        if (pfd.revents & POLLIN) {
            ready |= SSL_POLL_RD;
        }
        if (pfd.revents & POLLOUT) {
            ready |= SSL_POLL_WR;
        }
        if (pfd.revents & POLLHUP) {
            ready |= 0x10;   // MP_STREAM_POLL_HUP
        }
        if (pfd.revents & POLLERR) {
            ready |= 0x08;   // MP_STREAM_POLL_ERR
        }
    }
    return MP_OBJ_NEW_SMALL_INT(ready);
}
static MP_DEFINE_CONST_FUN_OBJ_3(ssl_socket_ioctl_obj, ssl_socket_ioctl);

static mp_obj_t ssl_socket_pending(mp_obj_t self_in) {
    return MP_OBJ_NEW_SMALL_INT(SSL_pending(ssl_socket_get(self_in)->ssl));
}
static MP_DEFINE_CONST_FUN_OBJ_1(ssl_socket_pending_obj, ssl_socket_pending);

static mp_obj_t ssl_socket_version(mp_obj_t self_in) {
    ssl_socket_obj_t *self = ssl_socket_get(self_in);
    if (!self->handshake_done) {
        return mp_const_none;
    }
    const char *v = SSL_get_version(self->ssl);
    return mp_obj_new_str(v, strlen(v));
}
static MP_DEFINE_CONST_FUN_OBJ_1(ssl_socket_version_obj, ssl_socket_version);

// cipher(): (name, protocol version, secret bits) as CPython, None before the handshake.
static mp_obj_t ssl_socket_cipher(mp_obj_t self_in) {
    ssl_socket_obj_t *self = ssl_socket_get(self_in);
    const SSL_CIPHER *c = SSL_get_current_cipher(self->ssl);
    if (!self->handshake_done || c == NULL) {
        return mp_const_none;
    }
    const char *name = SSL_CIPHER_get_name(c);
    const char *ver = SSL_CIPHER_get_version(c);
    mp_obj_t t[3] = {mp_obj_new_str(name, strlen(name)), mp_obj_new_str(ver, strlen(ver)),
                     MP_OBJ_NEW_SMALL_INT(SSL_CIPHER_get_bits(c, NULL))};
    return mp_obj_new_tuple(3, t);
}
static MP_DEFINE_CONST_FUN_OBJ_1(ssl_socket_cipher_obj, ssl_socket_cipher);

// ((('commonName', 'localhost'),), ...) as CPython's getpeercert() names.
static mp_obj_t ssl_name_to_obj(X509_NAME *name) {
    int n = X509_NAME_entry_count(name);
    mp_obj_t list = mp_obj_new_list(0, NULL);
    for (int i = 0; i < n; i++) {
        X509_NAME_ENTRY *e = X509_NAME_get_entry(name, i);
        const char *key = OBJ_nid2ln(OBJ_obj2nid(X509_NAME_ENTRY_get_object(e)));
        unsigned char *utf8 = NULL;
        int len = ASN1_STRING_to_UTF8(&utf8, X509_NAME_ENTRY_get_data(e));
        if (key == NULL || len < 0) {
            continue;
        }
        mp_obj_t pair[2] = {mp_obj_new_str(key, strlen(key)), mp_obj_new_str((const char *)utf8, len)};
        OPENSSL_free(utf8);
        mp_obj_t rdn = mp_obj_new_tuple(2, pair);
        mp_obj_list_append(list, mp_obj_new_tuple(1, &rdn));
    }
    return mp_obj_tuple_from_iter(list);
}

static mp_obj_t ssl_time_to_obj(const ASN1_TIME *t) {
    BIO *b = BIO_new(BIO_s_mem());
    if (b == NULL) {
        return mp_const_none;
    }
    ASN1_TIME_print(b, t);
    char *data;
    long n = BIO_get_mem_data(b, &data);
    mp_obj_t s = mp_obj_new_str(data, n > 0 ? n : 0);
    BIO_free(b);
    return s;
}

static void ssl_dict_set(mp_obj_t d, const char *key, mp_obj_t value) {
    mp_obj_dict_store(d, mp_obj_new_str(key, strlen(key)), value);
}

// getpeercert(binary_form=False): DER bytes, or CPython's dict (empty when the certificate
// was not verified); None without a peer certificate.
static mp_obj_t ssl_socket_getpeercert(size_t n_args, const mp_obj_t *args) {
    ssl_socket_obj_t *self = ssl_socket_get(args[0]);
    bool binary = n_args > 1 && mp_obj_is_true(args[1]);
    if (!self->handshake_done) {
        mp_raise_ValueError("handshake not done yet");
    }
    X509 *x = SSL_get1_peer_certificate(self->ssl);
    if (x == NULL) {
        return mp_const_none;
    }
    mp_obj_t result;
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        if (binary) {
            unsigned char *der = NULL;
            int len = i2d_X509(x, &der);
            result = mp_obj_new_bytes(der, len > 0 ? len : 0);
            OPENSSL_free(der);
        } else {
            result = mp_obj_new_dict(0);
            ssl_context_obj_t *ctx = MP_OBJ_TO_PTR(self->context);
            if (ctx->verify_mode != SSL_CERT_NONE) {
                ssl_dict_set(result, "subject", ssl_name_to_obj(X509_get_subject_name(x)));
                ssl_dict_set(result, "issuer", ssl_name_to_obj(X509_get_issuer_name(x)));
                ssl_dict_set(result, "version", MP_OBJ_NEW_SMALL_INT(X509_get_version(x) + 1));
                BIGNUM *bn = ASN1_INTEGER_to_BN(X509_get0_serialNumber(x), NULL);
                char *hex = bn ? BN_bn2hex(bn) : NULL;
                ssl_dict_set(result, "serialNumber", hex ? mp_obj_new_str(hex, strlen(hex)) : mp_const_none);
                OPENSSL_free(hex);
                BN_free(bn);
                ssl_dict_set(result, "notBefore", ssl_time_to_obj(X509_get0_notBefore(x)));
                ssl_dict_set(result, "notAfter", ssl_time_to_obj(X509_get0_notAfter(x)));
                GENERAL_NAMES *sans = X509_get_ext_d2i(x, NID_subject_alt_name, NULL, NULL);
                if (sans != NULL) {
                    mp_obj_t list = mp_obj_new_list(0, NULL);
                    for (int i = 0; i < sk_GENERAL_NAME_num(sans); i++) {
                        GENERAL_NAME *g = sk_GENERAL_NAME_value(sans, i);
                        char buf[INET6_ADDRSTRLEN];
                        mp_obj_t pair[2] = {MP_OBJ_NULL, MP_OBJ_NULL};
                        if (g->type == GEN_DNS) {
                            pair[0] = mp_obj_new_str("DNS", 3);
                            pair[1] = mp_obj_new_str((const char *)ASN1_STRING_get0_data(g->d.dNSName), ASN1_STRING_length(g->d.dNSName));
                        } else if (g->type == GEN_IPADD) {
                            int l = ASN1_STRING_length(g->d.iPAddress);
                            const unsigned char *a = ASN1_STRING_get0_data(g->d.iPAddress);
                            if ((l == 4 && inet_ntop(AF_INET, a, buf, sizeof(buf))) || (l == 16 && inet_ntop(AF_INET6, a, buf, sizeof(buf)))) {
                                pair[0] = mp_obj_new_str("IP Address", 10);
                                pair[1] = mp_obj_new_str(buf, strlen(buf));
                            }
                        }
                        if (pair[0] != MP_OBJ_NULL) {
                            mp_obj_list_append(list, mp_obj_new_tuple(2, pair));
                        }
                    }
                    GENERAL_NAMES_free(sans);
                    ssl_dict_set(result, "subjectAltName", mp_obj_tuple_from_iter(list));
                }
            }
        }
        nlr_pop();
    } else {
        X509_free(x);
        nlr_jump(nlr.ret_val);
    }
    X509_free(x);
    return result;
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(ssl_socket_getpeercert_obj, 1, 2, ssl_socket_getpeercert);

static void ssl_socket_attr(mp_obj_t self_in, qstr attr, mp_obj_t *dest) {
    ssl_socket_obj_t *self = MP_OBJ_TO_PTR(self_in);
    if (dest[0] != MP_OBJ_NULL) {
        return;
    }
    if (attr == MP_QSTR_server_side) {
        dest[0] = mp_obj_new_bool(self->server_side);
    } else if (attr == MP_QSTR_server_hostname) {
        dest[0] = self->hostname;
    } else if (attr == MP_QSTR_context) {
        dest[0] = self->context;
    }
}

static void ssl_socket_print(const mp_print_t *print, mp_obj_t self_in, mp_print_kind_t kind) {
    (void)kind;
    ssl_socket_obj_t *self = MP_OBJ_TO_PTR(self_in);
    mp_printf(print, "<SSLSocket %s%s>", self->server_side ? "server" : "client", self->ssl == NULL ? " closed" : "");
}

static const mp_rom_map_elem_t ssl_socket_locals_table[] = {
    { MP_ROM_QSTR(MP_QSTR_read), MP_ROM_PTR(&ssl_socket_read_obj) },
    { MP_ROM_QSTR(MP_QSTR_readinto), MP_ROM_PTR(&ssl_socket_readinto_obj) },
    { MP_ROM_QSTR(MP_QSTR_readline), MP_ROM_PTR(&ssl_socket_readline_obj) },
    { MP_ROM_QSTR(MP_QSTR_write), MP_ROM_PTR(&ssl_socket_write_obj) },
    { MP_ROM_QSTR(MP_QSTR_recv), MP_ROM_PTR(&ssl_socket_recv_obj) },
    { MP_ROM_QSTR(MP_QSTR_recv_into), MP_ROM_PTR(&ssl_socket_recv_into_obj) },
    { MP_ROM_QSTR(MP_QSTR_send), MP_ROM_PTR(&ssl_socket_send_obj) },
    { MP_ROM_QSTR(MP_QSTR_sendall), MP_ROM_PTR(&ssl_socket_sendall_obj) },
    { MP_ROM_QSTR(MP_QSTR_close), MP_ROM_PTR(&ssl_socket_close_obj) },
    { MP_ROM_QSTR(MP_QSTR_setblocking), MP_ROM_PTR(&ssl_socket_setblocking_obj) },
    { MP_ROM_QSTR(MP_QSTR_settimeout), MP_ROM_PTR(&ssl_socket_settimeout_obj) },
    { MP_ROM_QSTR(MP_QSTR_fileno), MP_ROM_PTR(&ssl_socket_fileno_obj) },
    { MP_ROM_QSTR(MP_QSTR_getpeername), MP_ROM_PTR(&ssl_socket_getpeername_obj) },
    { MP_ROM_QSTR(MP_QSTR_ioctl), MP_ROM_PTR(&ssl_socket_ioctl_obj) },
    { MP_ROM_QSTR(MP_QSTR_do_handshake), MP_ROM_PTR(&ssl_socket_do_handshake_obj) },
    { MP_ROM_QSTR(MP_QSTR_pending), MP_ROM_PTR(&ssl_socket_pending_obj) },
    { MP_ROM_QSTR(MP_QSTR_version), MP_ROM_PTR(&ssl_socket_version_obj) },
    { MP_ROM_QSTR(MP_QSTR_cipher), MP_ROM_PTR(&ssl_socket_cipher_obj) },
    { MP_ROM_QSTR(MP_QSTR_getpeercert), MP_ROM_PTR(&ssl_socket_getpeercert_obj) },
    { MP_ROM_QSTR(MP_QSTR___enter__), MP_ROM_PTR(&ssl_socket_enter_obj) },
    { MP_ROM_QSTR(MP_QSTR___exit__), MP_ROM_PTR(&ssl_socket_exit_obj) },
    { MP_ROM_QSTR(MP_QSTR___del__), MP_ROM_PTR(&ssl_socket_del_obj) },
};
static MP_DEFINE_CONST_DICT(ssl_socket_locals_dict, ssl_socket_locals_table);

const mp_obj_type_t ssl_socket_type = {
    {&mp_type_type},
    .name = MP_QSTR_SSLSocket,
    .print = ssl_socket_print,
    .attr = ssl_socket_attr,
    .locals_dict = (mp_obj_dict_t *)&ssl_socket_locals_dict,
};

// ---- the modules ----

// ssl.wrap_socket(sock, server_side=False, key=None, cert=None, cert_reqs=CERT_NONE,
//                 cadata=None, server_hostname=None, do_handshake=True): MicroPython's one-call
// form (keyfile/certfile are accepted as CPython's older names for key/cert).
static mp_obj_t ssl_mod_wrap_socket(size_t n_args, const mp_obj_t *pos, mp_map_t *kw) {
    enum { ARG_sock, ARG_server_side, ARG_key, ARG_cert, ARG_cert_reqs, ARG_cadata, ARG_server_hostname, ARG_do_handshake, ARG_keyfile, ARG_certfile };
    static const mp_arg_t allowed[] = {
        { MP_QSTR_sock, MP_ARG_REQUIRED | MP_ARG_OBJ, {.u_obj = MP_OBJ_NULL} },
        { MP_QSTR_server_side, MP_ARG_BOOL, {.u_bool = false} },
        { MP_QSTR_key, MP_ARG_OBJ, {.u_obj = mp_const_none} },
        { MP_QSTR_cert, MP_ARG_OBJ, {.u_obj = mp_const_none} },
        { MP_QSTR_cert_reqs, MP_ARG_INT, {.u_int = SSL_CERT_NONE} },
        { MP_QSTR_cadata, MP_ARG_OBJ, {.u_obj = mp_const_none} },
        { MP_QSTR_server_hostname, MP_ARG_OBJ, {.u_obj = mp_const_none} },
        { MP_QSTR_do_handshake, MP_ARG_BOOL, {.u_bool = true} },
        { MP_QSTR_keyfile, MP_ARG_KW_ONLY | MP_ARG_OBJ, {.u_obj = mp_const_none} },
        { MP_QSTR_certfile, MP_ARG_KW_ONLY | MP_ARG_OBJ, {.u_obj = mp_const_none} },
    };
    mp_arg_val_t a[MP_ARRAY_SIZE(allowed)];
    mp_arg_parse_all(n_args, pos, kw, MP_ARRAY_SIZE(allowed), allowed, a);
    bool server = a[ARG_server_side].u_bool;
    ssl_context_obj_t *ctx = ssl_context_new(server ? SSL_PROTOCOL_TLS_SERVER : SSL_PROTOCOL_TLS_CLIENT);
    mp_obj_t key = a[ARG_key].u_obj != mp_const_none ? a[ARG_key].u_obj : a[ARG_keyfile].u_obj;
    mp_obj_t cert = a[ARG_cert].u_obj != mp_const_none ? a[ARG_cert].u_obj : a[ARG_certfile].u_obj;
    if (cert != mp_const_none) {
        ssl_context_load_chain(ctx, cert, key, mp_const_none);
    } else if (key != mp_const_none) {
        mp_raise_ValueError("key given without cert");
    }
    ssl_context_set_verify_mode(ctx, a[ARG_cert_reqs].u_int);
    if (a[ARG_cadata].u_obj != mp_const_none) {
        mp_obj_t margs[1] = {MP_OBJ_FROM_PTR(ctx)};
        mp_map_t kwmap;
        mp_map_init(&kwmap, 1);
        mp_map_lookup(&kwmap, MP_OBJ_NEW_QSTR(MP_QSTR_cadata), MP_MAP_LOOKUP_ADD_IF_NOT_FOUND)->value = a[ARG_cadata].u_obj;
        ssl_context_load_verify_locations(1, margs, &kwmap);
    }
    return ssl_socket_new(ctx, a[ARG_sock].u_obj, server, a[ARG_do_handshake].u_bool, a[ARG_server_hostname].u_obj);
}
static MP_DEFINE_CONST_FUN_OBJ_KW(ssl_mod_wrap_socket_obj, 1, ssl_mod_wrap_socket);

// ssl.create_default_context(purpose=None, *, cafile=None, capath=None, cadata=None): a
// client context that verifies the server against the given CAs, else the system's.
static mp_obj_t ssl_mod_create_default_context(size_t n_args, const mp_obj_t *pos, mp_map_t *kw) {
    static const mp_arg_t allowed[] = {
        { MP_QSTR_purpose, MP_ARG_OBJ, {.u_obj = mp_const_none} },
        { MP_QSTR_cafile, MP_ARG_KW_ONLY | MP_ARG_OBJ, {.u_obj = mp_const_none} },
        { MP_QSTR_capath, MP_ARG_KW_ONLY | MP_ARG_OBJ, {.u_obj = mp_const_none} },
        { MP_QSTR_cadata, MP_ARG_KW_ONLY | MP_ARG_OBJ, {.u_obj = mp_const_none} },
    };
    mp_arg_val_t a[4];
    mp_arg_parse_all(n_args, pos, kw, 4, allowed, a);
    ssl_context_obj_t *ctx = ssl_context_new(SSL_PROTOCOL_TLS_CLIENT);
    mp_obj_t self = MP_OBJ_FROM_PTR(ctx);
    if (a[1].u_obj == mp_const_none && a[2].u_obj == mp_const_none && a[3].u_obj == mp_const_none) {
        ssl_context_load_default_certs(1, &self);
    } else {
        mp_map_t kwmap;
        mp_map_init(&kwmap, 3);
        static const uint16_t names[3] = {MP_QSTR_cafile, MP_QSTR_capath, MP_QSTR_cadata};
        for (int i = 0; i < 3; i++) {
            mp_map_lookup(&kwmap, MP_OBJ_NEW_QSTR(names[i]), MP_MAP_LOOKUP_ADD_IF_NOT_FOUND)->value = a[1 + i].u_obj;
        }
        ssl_context_load_verify_locations(1, &self, &kwmap);
    }
    return self;
}
static MP_DEFINE_CONST_FUN_OBJ_KW(ssl_mod_create_default_context_obj, 0, ssl_mod_create_default_context);

#define SSL_COMMON_GLOBALS \
    { MP_ROM_QSTR(MP_QSTR_SSLContext), MP_ROM_PTR(&ssl_context_type) }, \
    { MP_ROM_QSTR(MP_QSTR_SSLSocket), MP_ROM_PTR(&ssl_socket_type) }, \
    { MP_ROM_QSTR(MP_QSTR_PROTOCOL_TLS_CLIENT), MP_ROM_INT(SSL_PROTOCOL_TLS_CLIENT) }, \
    { MP_ROM_QSTR(MP_QSTR_PROTOCOL_TLS_SERVER), MP_ROM_INT(SSL_PROTOCOL_TLS_SERVER) }, \
    { MP_ROM_QSTR(MP_QSTR_CERT_NONE), MP_ROM_INT(SSL_CERT_NONE) }, \
    { MP_ROM_QSTR(MP_QSTR_CERT_OPTIONAL), MP_ROM_INT(SSL_CERT_OPTIONAL) }, \
    { MP_ROM_QSTR(MP_QSTR_CERT_REQUIRED), MP_ROM_INT(SSL_CERT_REQUIRED) }, \
    { MP_ROM_QSTR(MP_QSTR_OPENSSL_VERSION), MP_ROM_PTR(&ssl_version_obj) }, \
    { MP_ROM_QSTR(MP_QSTR_HAS_SNI), MP_ROM_PTR(&mp_const_true_obj) }

// OpenSSL's version text, fixed at build time (the header's, which Debian keeps in step with
// the library it links).
static const mp_obj_str_t ssl_version_obj = {{&mp_type_str}, 0, sizeof(OPENSSL_VERSION_TEXT) - 1, (const byte *)OPENSSL_VERSION_TEXT};

static const mp_rom_map_elem_t tls_module_globals_table[] = {
    { MP_ROM_QSTR(MP_QSTR___name__), MP_ROM_QSTR(MP_QSTR_tls) },
    SSL_COMMON_GLOBALS,
};
MP_DEFINE_CONST_MODULE(tls_module, tls_module_globals_table);
MP_REGISTER_MODULE(MP_QSTR_tls, tls_module);

static const mp_rom_map_elem_t ssl_module_globals_table[] = {
    { MP_ROM_QSTR(MP_QSTR___name__), MP_ROM_QSTR(MP_QSTR_ssl) },
    SSL_COMMON_GLOBALS,
    { MP_ROM_QSTR(MP_QSTR_wrap_socket), MP_ROM_PTR(&ssl_mod_wrap_socket_obj) },
    { MP_ROM_QSTR(MP_QSTR_create_default_context), MP_ROM_PTR(&ssl_mod_create_default_context_obj) },
    // MicroPython: "SSLError does NOT exist. Instead its base class, OSError, is used."
    { MP_ROM_QSTR(MP_QSTR_SSLError), MP_ROM_PTR(&mp_type_OSError) },
};
MP_DEFINE_CONST_MODULE(ssl_module, ssl_module_globals_table);
MP_REGISTER_MODULE(MP_QSTR_ssl, ssl_module);
