// lib/hashlib/modhashlib.c: the hashlib module on OpenSSL's EVP digest API.
//
// hashlib.sha256(data=b'') (and md5, sha1, sha224, sha384, sha512, sha3_*) and
// hashlib.new(name, data=b'') return a HASH object: update(data), digest(), hexdigest(),
// copy(), and the attributes name, digest_size, block_size. As MicroPython documents, digest()
// (or hexdigest()) ends the hash: after it, update(), digest(), hexdigest() and copy() raise
// ValueError ("hash is final"); copy() first gives CPython's intermediate digests.
//
// Data layout: hashlib_hash_t holds `ctx`, an EVP_MD_CTX owned by the object (allocated by
// OpenSSL, freed by __del__, the GC finaliser; NULL after that), and the algorithm's entry in
// hashlib_algos, the one table naming every supported digest.
#include <string.h>

#include "py/runtime.h"
#include <openssl/evp.h>

typedef struct _hashlib_algo_t {
    uint16_t name;                 // qstr: the module attribute and HASH.name
    const EVP_MD *(*md)(void);
} hashlib_algo_t;

static const hashlib_algo_t hashlib_algos[] = {
    { MP_QSTR_md5, EVP_md5 },
    { MP_QSTR_sha1, EVP_sha1 },
    { MP_QSTR_sha224, EVP_sha224 },
    { MP_QSTR_sha256, EVP_sha256 },
    { MP_QSTR_sha384, EVP_sha384 },
    { MP_QSTR_sha512, EVP_sha512 },
    { MP_QSTR_sha3_224, EVP_sha3_224 },
    { MP_QSTR_sha3_256, EVP_sha3_256 },
    { MP_QSTR_sha3_384, EVP_sha3_384 },
    { MP_QSTR_sha3_512, EVP_sha3_512 },
};

typedef struct _hashlib_hash_t {
    mp_obj_base_t base;
    EVP_MD_CTX *ctx;
    const hashlib_algo_t *algo;
    bool final;                    // digest() was taken: no more data, no second digest
} hashlib_hash_t;

extern const mp_obj_type_t hashlib_hash_type;

NORETURN static void hashlib_raise_openssl(void) {
    mp_raise_msg(&mp_type_RuntimeError, "OpenSSL digest operation failed");
}

static void hashlib_get_data(mp_obj_t data, mp_buffer_info_t *bi) {
    if (mp_obj_is_str(data)) {
        mp_raise_TypeError("Strings must be encoded before hashing");
    }
    if (!mp_get_buffer(data, bi, MP_BUFFER_READ)) {
        mp_raise_msg_varg(&mp_type_TypeError, "object supporting the buffer API required");
    }
}

static hashlib_hash_t *hashlib_get(mp_obj_t self_in) {
    hashlib_hash_t *self = MP_OBJ_TO_PTR(self_in);
    if (self->ctx == NULL) {
        mp_raise_ValueError("hash object was finalised");
    }
    if (self->final) {
        mp_raise_ValueError("hash is final");
    }
    return self;
}

static mp_obj_t hashlib_update(mp_obj_t self_in, mp_obj_t data) {
    hashlib_hash_t *self = hashlib_get(self_in);
    mp_buffer_info_t bi;
    hashlib_get_data(data, &bi);
    if (EVP_DigestUpdate(self->ctx, bi.buf, bi.len) != 1) {
        hashlib_raise_openssl();
    }
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_2(hashlib_update_obj, hashlib_update);

static mp_obj_t hashlib_hash_del(mp_obj_t self_in) {
    hashlib_hash_t *self = MP_OBJ_TO_PTR(self_in);
    if (self->ctx != NULL) {
        EVP_MD_CTX_free(self->ctx);
        self->ctx = NULL;
    }
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_1(hashlib_hash_del_obj, hashlib_hash_del);

static hashlib_hash_t *hashlib_alloc(const hashlib_algo_t *algo) {
    hashlib_hash_t *o = m_new_obj_with_finaliser(hashlib_hash_t);
    o->base.type = &hashlib_hash_type;
    o->algo = algo;
    o->final = false;
    o->ctx = EVP_MD_CTX_new();
    if (o->ctx == NULL) {
        m_malloc_fail(sizeof(void *));
    }
    return o;
}

static hashlib_hash_t *hashlib_make(const hashlib_algo_t *algo, mp_obj_t data) {
    hashlib_hash_t *o = hashlib_alloc(algo);
    if (EVP_DigestInit_ex(o->ctx, algo->md(), NULL) != 1) {
        hashlib_raise_openssl();
    }
    if (data != MP_OBJ_NULL && data != mp_const_none) {
        hashlib_update(MP_OBJ_FROM_PTR(o), data);
    }
    return o;
}

// The digest of the data so far (computed on a copy of the state); the object is final after.
static size_t hashlib_final(hashlib_hash_t *self, unsigned char *out) {
    self->final = true;
    EVP_MD_CTX *tmp = EVP_MD_CTX_new();
    if (tmp == NULL) {
        m_malloc_fail(sizeof(void *));
    }
    unsigned int n = 0;
    int ok = EVP_MD_CTX_copy_ex(tmp, self->ctx) == 1 && EVP_DigestFinal_ex(tmp, out, &n) == 1;
    EVP_MD_CTX_free(tmp);
    if (!ok) {
        hashlib_raise_openssl();
    }
    return n;
}

static mp_obj_t hashlib_digest(mp_obj_t self_in) {
    unsigned char out[EVP_MAX_MD_SIZE];
    size_t n = hashlib_final(hashlib_get(self_in), out);
    return mp_obj_new_bytes(out, n);
}
static MP_DEFINE_CONST_FUN_OBJ_1(hashlib_digest_obj, hashlib_digest);

static mp_obj_t hashlib_hexdigest(mp_obj_t self_in) {
    unsigned char out[EVP_MAX_MD_SIZE];
    size_t n = hashlib_final(hashlib_get(self_in), out);
    char hex[2 * EVP_MAX_MD_SIZE];
    static const char digits[] = "0123456789abcdef";
    for (size_t i = 0; i < n; i++) {
        hex[2 * i] = digits[out[i] >> 4];
        hex[2 * i + 1] = digits[out[i] & 15];
    }
    return mp_obj_new_str(hex, 2 * n);
}
static MP_DEFINE_CONST_FUN_OBJ_1(hashlib_hexdigest_obj, hashlib_hexdigest);

static mp_obj_t hashlib_copy(mp_obj_t self_in) {
    hashlib_hash_t *self = hashlib_get(self_in);
    hashlib_hash_t *o = hashlib_alloc(self->algo);
    if (EVP_MD_CTX_copy_ex(o->ctx, self->ctx) != 1) {
        hashlib_raise_openssl();
    }
    return MP_OBJ_FROM_PTR(o);
}
static MP_DEFINE_CONST_FUN_OBJ_1(hashlib_copy_obj, hashlib_copy);

static void hashlib_hash_attr(mp_obj_t self_in, qstr attr, mp_obj_t *dest) {
    if (dest[0] != MP_OBJ_NULL) {
        return;
    }
    hashlib_hash_t *self = MP_OBJ_TO_PTR(self_in);
    const EVP_MD *md = self->algo->md();
    switch (attr) {
        case MP_QSTR_name:
            dest[0] = MP_OBJ_NEW_QSTR(self->algo->name);
            break;
        case MP_QSTR_digest_size:
            dest[0] = MP_OBJ_NEW_SMALL_INT(EVP_MD_get_size(md));
            break;
        case MP_QSTR_block_size:
            dest[0] = MP_OBJ_NEW_SMALL_INT(EVP_MD_get_block_size(md));
            break;
        default:
            break;
    }
}

static void hashlib_hash_print(const mp_print_t *print, mp_obj_t self_in, mp_print_kind_t kind) {
    hashlib_hash_t *self = MP_OBJ_TO_PTR(self_in);
    mp_printf(print, "<%q HASH object @ %p>", (qstr)self->algo->name, self);
}

static const mp_rom_map_elem_t hashlib_hash_locals_table[] = {
    { MP_ROM_QSTR(MP_QSTR_update), MP_ROM_PTR(&hashlib_update_obj) },
    { MP_ROM_QSTR(MP_QSTR_digest), MP_ROM_PTR(&hashlib_digest_obj) },
    { MP_ROM_QSTR(MP_QSTR_hexdigest), MP_ROM_PTR(&hashlib_hexdigest_obj) },
    { MP_ROM_QSTR(MP_QSTR_copy), MP_ROM_PTR(&hashlib_copy_obj) },
    { MP_ROM_QSTR(MP_QSTR___del__), MP_ROM_PTR(&hashlib_hash_del_obj) },
};
static MP_DEFINE_CONST_DICT(hashlib_hash_locals, hashlib_hash_locals_table);

const mp_obj_type_t hashlib_hash_type = {
    {&mp_type_type},
    .flags = MP_TYPE_FLAG_NOT_BASETYPE,
    .name = MP_QSTR_HASH,
    .print = hashlib_hash_print,
    .attr = hashlib_hash_attr,
    .locals_dict = (mp_obj_dict_t *)&hashlib_hash_locals,
};

// Constructors: algo(data=b'', *, usedforsecurity=True, string=None).
static mp_obj_t hashlib_construct(const hashlib_algo_t *algo, size_t n_args, const mp_obj_t *args, mp_map_t *kw) {
    static const mp_arg_t allowed[] = {
        { MP_QSTR_data, MP_ARG_OBJ, {.u_obj = MP_OBJ_NULL} },
        { MP_QSTR_usedforsecurity, MP_ARG_KW_ONLY | MP_ARG_BOOL, {.u_bool = true} },
        { MP_QSTR_string, MP_ARG_KW_ONLY | MP_ARG_OBJ, {.u_obj = MP_OBJ_NULL} },
    };
    mp_arg_val_t v[3];
    mp_arg_parse_all(n_args, args, kw, 3, allowed, v);
    mp_obj_t data = v[0].u_obj;
    if (v[2].u_obj != MP_OBJ_NULL && v[2].u_obj != mp_const_none) {
        if (data != MP_OBJ_NULL) {
            mp_raise_TypeError("'data' and 'string' are mutually exclusive and support for 'string' keyword parameter is slated for removal in a future version.");
        }
        data = v[2].u_obj;
    }
    return MP_OBJ_FROM_PTR(hashlib_make(algo, data));
}

#define HASHLIB_CONSTRUCTOR(idx, fname) \
    static mp_obj_t hashlib_##fname(size_t n_args, const mp_obj_t *args, mp_map_t *kw) { \
        return hashlib_construct(&hashlib_algos[idx], n_args, args, kw); \
    } \
    static MP_DEFINE_CONST_FUN_OBJ_KW(hashlib_##fname##_obj, 0, hashlib_##fname);

HASHLIB_CONSTRUCTOR(0, md5)
HASHLIB_CONSTRUCTOR(1, sha1)
HASHLIB_CONSTRUCTOR(2, sha224)
HASHLIB_CONSTRUCTOR(3, sha256)
HASHLIB_CONSTRUCTOR(4, sha384)
HASHLIB_CONSTRUCTOR(5, sha512)
HASHLIB_CONSTRUCTOR(6, sha3_224)
HASHLIB_CONSTRUCTOR(7, sha3_256)
HASHLIB_CONSTRUCTOR(8, sha3_384)
HASHLIB_CONSTRUCTOR(9, sha3_512)

// new(name, data=b''): the name is case-insensitive ("SHA256" works, as in CPython).
static mp_obj_t hashlib_new(size_t n_args, const mp_obj_t *args, mp_map_t *kw) {
    static const mp_arg_t allowed[] = {
        { MP_QSTR_name, MP_ARG_REQUIRED | MP_ARG_OBJ, {.u_obj = MP_OBJ_NULL} },
        { MP_QSTR_data, MP_ARG_OBJ, {.u_obj = MP_OBJ_NULL} },
        { MP_QSTR_usedforsecurity, MP_ARG_KW_ONLY | MP_ARG_BOOL, {.u_bool = true} },
        { MP_QSTR_string, MP_ARG_KW_ONLY | MP_ARG_OBJ, {.u_obj = MP_OBJ_NULL} },
    };
    mp_arg_val_t v[4];
    mp_arg_parse_all(n_args, args, kw, 4, allowed, v);
    if (!mp_obj_is_str(v[0].u_obj)) {
        mp_raise_TypeError("new() argument 'name' must be str");
    }
    size_t len;
    const char *name = mp_obj_str_get_data(v[0].u_obj, &len);
    char lower[16];
    if (len < sizeof(lower)) {
        for (size_t i = 0; i < len; i++) {
            char c = name[i];
            lower[i] = (c >= 'A' && c <= 'Z') ? c + 32 : c;
        }
        lower[len] = 0;
        for (size_t i = 0; i < MP_ARRAY_SIZE(hashlib_algos); i++) {
            if (strcmp(qstr_str(hashlib_algos[i].name), lower) == 0) {
                mp_obj_t data = v[1].u_obj;
                if (v[3].u_obj != MP_OBJ_NULL && v[3].u_obj != mp_const_none) {
                    data = v[3].u_obj;
                }
                return MP_OBJ_FROM_PTR(hashlib_make(&hashlib_algos[i], data));
            }
        }
    }
    mp_raise_msg_varg(&mp_type_ValueError, "unsupported hash type %.*s", (int)len, name);
}
static MP_DEFINE_CONST_FUN_OBJ_KW(hashlib_new_obj, 0, hashlib_new);

// Runs once on import: the algorithm name sets CPython offers.
static mp_obj_t hashlib_mod_init(mp_obj_t module) {
    mp_obj_t names[MP_ARRAY_SIZE(hashlib_algos)];
    for (size_t i = 0; i < MP_ARRAY_SIZE(hashlib_algos); i++) {
        names[i] = MP_OBJ_NEW_QSTR(hashlib_algos[i].name);
    }
    mp_obj_t g = MP_OBJ_FROM_PTR(mp_obj_module_get_globals(module));
    mp_obj_dict_store(g, MP_OBJ_NEW_QSTR(MP_QSTR_algorithms_guaranteed), mp_obj_new_set(MP_ARRAY_SIZE(names), names));
    mp_obj_dict_store(g, MP_OBJ_NEW_QSTR(MP_QSTR_algorithms_available), mp_obj_new_set(MP_ARRAY_SIZE(names), names));
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_1(hashlib_mod_init_obj, hashlib_mod_init);

static const mp_rom_map_elem_t hashlib_module_globals_table[] = {
    { MP_ROM_QSTR(MP_QSTR___name__), MP_ROM_QSTR(MP_QSTR_hashlib) },
    { MP_ROM_QSTR(MP_QSTR___init__), MP_ROM_PTR(&hashlib_mod_init_obj) },
    { MP_ROM_QSTR(MP_QSTR_new), MP_ROM_PTR(&hashlib_new_obj) },
    { MP_ROM_QSTR(MP_QSTR_md5), MP_ROM_PTR(&hashlib_md5_obj) },
    { MP_ROM_QSTR(MP_QSTR_sha1), MP_ROM_PTR(&hashlib_sha1_obj) },
    { MP_ROM_QSTR(MP_QSTR_sha224), MP_ROM_PTR(&hashlib_sha224_obj) },
    { MP_ROM_QSTR(MP_QSTR_sha256), MP_ROM_PTR(&hashlib_sha256_obj) },
    { MP_ROM_QSTR(MP_QSTR_sha384), MP_ROM_PTR(&hashlib_sha384_obj) },
    { MP_ROM_QSTR(MP_QSTR_sha512), MP_ROM_PTR(&hashlib_sha512_obj) },
    { MP_ROM_QSTR(MP_QSTR_sha3_224), MP_ROM_PTR(&hashlib_sha3_224_obj) },
    { MP_ROM_QSTR(MP_QSTR_sha3_256), MP_ROM_PTR(&hashlib_sha3_256_obj) },
    { MP_ROM_QSTR(MP_QSTR_sha3_384), MP_ROM_PTR(&hashlib_sha3_384_obj) },
    { MP_ROM_QSTR(MP_QSTR_sha3_512), MP_ROM_PTR(&hashlib_sha3_512_obj) },
};
MP_DEFINE_CONST_MODULE(mp_module_hashlib, hashlib_module_globals_table);
MP_REGISTER_MODULE(MP_QSTR_hashlib, mp_module_hashlib);
