// lib/cryptolib/modcryptolib.c: MicroPython's cryptolib module (the aes cipher) on OpenSSL EVP.
//
// aes(key, mode, IV=None): key of 16, 24 or 32 bytes; mode 1 (ECB), 2 (CBC) or 6 (CTR); IV of
// 16 bytes for CBC and CTR (the initial counter block for CTR; zeros when omitted).
// encrypt(in, out=None) / decrypt(in, out=None) process `in` (a multiple of 16 bytes for ECB and
// CBC, any length for CTR) into a new bytes object or into the writable buffer `out` (which may
// be `in` itself). The chaining state carries over between calls; an object that has encrypted
// cannot decrypt and vice versa (CTR, where both are the same operation, excepted).
//
// Data layout: crypto_aes_t owns `ctx`, an EVP_CIPHER_CTX allocated by OpenSSL and freed by
// __del__ (the GC finaliser). `ctx` is initialised for a direction on the first call (`dir`:
// 0 none yet, 1 encrypt, 2 decrypt), padding off, so every update returns as many bytes as it
// is given.
#include <string.h>

#include "py/runtime.h"
#include <openssl/evp.h>

#define CRYPTO_MODE_ECB 1
#define CRYPTO_MODE_CBC 2
#define CRYPTO_MODE_CTR 6
#define CRYPTO_BLOCK 16

typedef struct _crypto_aes_t {
    mp_obj_base_t base;
    EVP_CIPHER_CTX *ctx;
    uint8_t key[32];
    uint8_t iv[CRYPTO_BLOCK];
    uint8_t key_len;
    uint8_t mode;
    uint8_t dir;
} crypto_aes_t;

extern const mp_obj_type_t crypto_aes_type;

static mp_obj_t crypto_aes_make_new(const mp_obj_type_t *type, size_t n_args, size_t n_kw, const mp_obj_t *args) {
    mp_arg_check_num(n_args, n_kw, 2, 3, false);
    mp_buffer_info_t key;
    mp_get_buffer_raise(args[0], &key, MP_BUFFER_READ);
    if (key.len != 16 && key.len != 24 && key.len != 32) {
        mp_raise_ValueError("key");
    }
    mp_int_t mode = mp_obj_get_int(args[1]);
    if (mode != CRYPTO_MODE_ECB && mode != CRYPTO_MODE_CBC && mode != CRYPTO_MODE_CTR) {
        mp_raise_ValueError("mode");
    }
    crypto_aes_t *self = m_new_obj_with_finaliser(crypto_aes_t);
    self->base.type = &crypto_aes_type;
    memcpy(self->key, key.buf, key.len);
    self->key_len = key.len;
    self->mode = mode;
    if (n_args > 2 && args[2] != mp_const_none) {
        mp_buffer_info_t iv;
        mp_get_buffer_raise(args[2], &iv, MP_BUFFER_READ);
        if (iv.len != CRYPTO_BLOCK) {
            mp_raise_ValueError("IV");
        }
        memcpy(self->iv, iv.buf, CRYPTO_BLOCK);
    }
    self->ctx = EVP_CIPHER_CTX_new();
    if (self->ctx == NULL) {
        m_malloc_fail(sizeof(void *));
    }
    return MP_OBJ_FROM_PTR(self);
}

static const EVP_CIPHER *crypto_cipher(crypto_aes_t *self) {
    switch (self->mode) {
        case CRYPTO_MODE_ECB:
            return self->key_len == 16 ? EVP_aes_128_ecb() : self->key_len == 24 ? EVP_aes_192_ecb() : EVP_aes_256_ecb();
        case CRYPTO_MODE_CBC:
            return self->key_len == 16 ? EVP_aes_128_cbc() : self->key_len == 24 ? EVP_aes_192_cbc() : EVP_aes_256_cbc();
        default:
            return self->key_len == 16 ? EVP_aes_128_ctr() : self->key_len == 24 ? EVP_aes_192_ctr() : EVP_aes_256_ctr();
    }
}

static mp_obj_t crypto_aes_process(size_t n_args, const mp_obj_t *args, uint8_t dir) {
    crypto_aes_t *self = MP_OBJ_TO_PTR(args[0]);
    if (self->ctx == NULL) {
        mp_raise_ValueError("cipher was finalised");
    }
    if (self->mode == CRYPTO_MODE_CTR) {
        dir = 1; // CTR decrypts by encrypting
    }
    if (self->dir != 0 && self->dir != dir) {
        mp_raise_TypeError("can't encrypt & decrypt");
    }
    mp_buffer_info_t in;
    mp_get_buffer_raise(args[1], &in, MP_BUFFER_READ);
    if (self->mode != CRYPTO_MODE_CTR && in.len % CRYPTO_BLOCK != 0) {
        mp_raise_ValueError("blksize");
    }
    mp_obj_t result = mp_const_none;
    byte *out;
    vstr_t vstr;
    if (n_args > 2 && args[2] != mp_const_none) {
        mp_buffer_info_t ob;
        mp_get_buffer_raise(args[2], &ob, MP_BUFFER_WRITE);
        if (ob.len < in.len) {
            mp_raise_ValueError("output too small");
        }
        out = ob.buf;
    } else {
        vstr_init_len(&vstr, in.len);
        out = (byte *)vstr.buf;
    }
    if (self->dir == 0) {
        int ok = dir == 1
            ? EVP_EncryptInit_ex(self->ctx, crypto_cipher(self), NULL, self->key, self->mode == CRYPTO_MODE_ECB ? NULL : self->iv)
            : EVP_DecryptInit_ex(self->ctx, crypto_cipher(self), NULL, self->key, self->mode == CRYPTO_MODE_ECB ? NULL : self->iv);
        if (ok != 1) {
            mp_raise_msg(&mp_type_RuntimeError, "OpenSSL cipher init failed");
        }
        EVP_CIPHER_CTX_set_padding(self->ctx, 0);
        self->dir = dir;
    }
    // EVP lengths are ints: feed large buffers in pieces
    size_t done = 0;
    while (done < in.len) {
        size_t n = in.len - done;
        if (n > (1u << 30)) {
            n = 1u << 30;
        }
        int outl = 0;
        int ok = dir == 1
            ? EVP_EncryptUpdate(self->ctx, out + done, &outl, (const byte *)in.buf + done, (int)n)
            : EVP_DecryptUpdate(self->ctx, out + done, &outl, (const byte *)in.buf + done, (int)n);
        if (ok != 1 || (size_t)outl != n) {
            mp_raise_msg(&mp_type_RuntimeError, "OpenSSL cipher update failed");
        }
        done += n;
    }
    if (n_args > 2 && args[2] != mp_const_none) {
        return mp_const_none;
    }
    result = mp_obj_new_bytes_from_vstr(&vstr);
    return result;
}

static mp_obj_t crypto_aes_encrypt(size_t n_args, const mp_obj_t *args) {
    return crypto_aes_process(n_args, args, 1);
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(crypto_aes_encrypt_obj, 2, 3, crypto_aes_encrypt);

static mp_obj_t crypto_aes_decrypt(size_t n_args, const mp_obj_t *args) {
    return crypto_aes_process(n_args, args, 2);
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(crypto_aes_decrypt_obj, 2, 3, crypto_aes_decrypt);

static mp_obj_t crypto_aes_del(mp_obj_t self_in) {
    crypto_aes_t *self = MP_OBJ_TO_PTR(self_in);
    if (self->ctx != NULL) {
        EVP_CIPHER_CTX_free(self->ctx);
        self->ctx = NULL;
    }
    memset(self->key, 0, sizeof(self->key));
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_1(crypto_aes_del_obj, crypto_aes_del);

static const mp_rom_map_elem_t crypto_aes_locals_table[] = {
    { MP_ROM_QSTR(MP_QSTR_encrypt), MP_ROM_PTR(&crypto_aes_encrypt_obj) },
    { MP_ROM_QSTR(MP_QSTR_decrypt), MP_ROM_PTR(&crypto_aes_decrypt_obj) },
    { MP_ROM_QSTR(MP_QSTR___del__), MP_ROM_PTR(&crypto_aes_del_obj) },
};
static MP_DEFINE_CONST_DICT(crypto_aes_locals, crypto_aes_locals_table);

const mp_obj_type_t crypto_aes_type = {
    {&mp_type_type},
    .flags = MP_TYPE_FLAG_NOT_BASETYPE,
    .name = MP_QSTR_aes,
    .make_new = crypto_aes_make_new,
    .locals_dict = (mp_obj_dict_t *)&crypto_aes_locals,
};

static const mp_rom_map_elem_t crypto_module_globals_table[] = {
    { MP_ROM_QSTR(MP_QSTR___name__), MP_ROM_QSTR(MP_QSTR_cryptolib) },
    { MP_ROM_QSTR(MP_QSTR_aes), MP_ROM_PTR(&crypto_aes_type) },
    { MP_ROM_QSTR(MP_QSTR_MODE_ECB), MP_ROM_INT(CRYPTO_MODE_ECB) },
    { MP_ROM_QSTR(MP_QSTR_MODE_CBC), MP_ROM_INT(CRYPTO_MODE_CBC) },
    { MP_ROM_QSTR(MP_QSTR_MODE_CTR), MP_ROM_INT(CRYPTO_MODE_CTR) },
};
MP_DEFINE_CONST_MODULE(mp_module_cryptolib, crypto_module_globals_table);
MP_REGISTER_MODULE(MP_QSTR_cryptolib, mp_module_cryptolib);
