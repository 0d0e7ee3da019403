// lib/btree/modbtree.c: MicroPython's `btree` module on Berkeley DB (libdb 5.3, native API).
//
// btree.open(stream, *, flags=0, pagesize=0, cachesize=0, minkeypage=0) returns a database of
// bytes keys -> bytes values, sorted by key (bytes order: lexicographic, a prefix first).
//
// Storage design (Berkeley DB reads and writes a file, MicroPython's btree a Python stream):
// the database lives in a private file: <TMPDIR or /tmp>/mpbtreeXXXXXX/db, in a fresh mode-0700
// mkdtemp() directory, removed by close() or by the finaliser (Berkeley DB reopens the file by
// name while it runs, so it cannot be unlinked earlier; a killed process leaves the directory
// behind). On open() the stream's whole content
// (from offset 0) is copied into that file first; flush() and close() sync the database and
// copy the file back over the stream from offset 0. So the stream holds a Berkeley DB 5.3
// btree file (not the format of MicroPython's bundled Berkeley DB 1.85: files are not
// interchangeable with a board's), and data reaches the stream only on flush()/close().
//
// Iterators (keys/values/items/__iter__) hold no Berkeley DB cursor between steps: each step
// opens a cursor, positions it after (or, descending, before) the last key returned, reads one
// record and closes it. So an iterator stays valid when the database is changed or closed
// under it (a closed database raises ValueError on the next step).
//
// Invariants: `db` is NULL once closed; every DBT that Berkeley DB fills is DB_DBT_MALLOC
// (ours to free) and is copied into Python bytes only after the cursor is closed, so an
// exception never leaks a cursor.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <errno.h>
#include <unistd.h>
#include <fcntl.h>
#include <sys/stat.h>

#include "py/runtime.h"

#include <db.h>

#define BTREE_FLAG_INCL 1   // end key included
#define BTREE_FLAG_DESC 2   // descending order

typedef struct _btree_obj_t {
    mp_obj_base_t base;
    DB *db;            // owned; NULL once closed
    int fd;            // the private file's fd (owned by db)
    mp_obj_t stream;
    char dir[256];     // the private directory holding the file "db"; "" once removed
} btree_obj_t;

typedef enum { BTREE_ITER_KEYS, BTREE_ITER_VALUES, BTREE_ITER_ITEMS } btree_iter_kind_t;

typedef struct _btree_iter_t {
    mp_obj_base_t base;
    btree_obj_t *btree;
    mp_obj_t start;    // bytes or None
    mp_obj_t end;      // bytes or None
    mp_obj_t last;     // the last key returned (bytes), MP_OBJ_NULL before the first step
    uint8_t kind;
    uint8_t flags;
    bool done;
} btree_iter_t;

extern const mp_obj_type_t btree_type;
static const mp_obj_type_t btree_iter_type;

NORETURN static void btree_raise_db(int err) {
    if (err > 0) {
        mp_raise_OSError(err);   // Berkeley DB passes system errors through as errno values
    }
    mp_raise_msg_varg(&mp_type_OSError, "btree: %s", db_strerror(err));
}

static btree_obj_t *btree_get(mp_obj_t self_in) {
    btree_obj_t *self = MP_OBJ_TO_PTR(self_in);
    if (self->db == NULL) {
        mp_raise_ValueError("database is closed");
    }
    return self;
}

// A key or value argument: bytes-like or str (MicroPython accepts both).
static void btree_dbt_in(mp_obj_t obj, DBT *dbt) {
    memset(dbt, 0, sizeof(*dbt));
    mp_buffer_info_t bi;
    if (mp_obj_is_str(obj)) {
        size_t len;
        bi.buf = (void *)mp_obj_str_get_data(obj, &len);
        bi.len = len;
    } else if (!mp_get_buffer(obj, &bi, MP_BUFFER_READ)) {
        mp_raise_msg_varg(&mp_type_TypeError, "btree keys and values must be bytes or str, not '%s'", mp_obj_get_type_str(obj));
    }
    if (bi.len > 0xffffffffu) {
        mp_raise_ValueError("btree key or value too long");
    }
    dbt->data = bi.buf;
    dbt->size = (u_int32_t)bi.len;
}

static void btree_dbt_out(DBT *dbt) {
    memset(dbt, 0, sizeof(*dbt));
    dbt->flags = DB_DBT_MALLOC;
}

// Python bytes from a DB_DBT_MALLOC DBT, freeing it (also if the allocation fails).
static mp_obj_t btree_dbt_take(DBT *dbt) {
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        mp_obj_t b = mp_obj_new_bytes(dbt->data, dbt->size);
        nlr_pop();
        free(dbt->data);
        dbt->data = NULL;
        return b;
    }
    free(dbt->data);
    dbt->data = NULL;
    nlr_jump(nlr.ret_val);
}

// ---- the stream <-> private file copies ----

static void btree_stream_seek0(mp_obj_t stream) {
    mp_obj_t dest[3];
    mp_load_method(stream, MP_QSTR_seek, dest);
    dest[2] = MP_OBJ_NEW_SMALL_INT(0);
    mp_call_method_n_kw(1, 0, dest);
}

// Copies the stream's content (from offset 0) to fd.
static void btree_stream_to_fd(mp_obj_t stream, int fd) {
    btree_stream_seek0(stream);
    mp_obj_t dest[3];
    for (;;) {
        mp_load_method(stream, MP_QSTR_read, dest);
        dest[2] = MP_OBJ_NEW_SMALL_INT(65536);
        mp_obj_t chunk = mp_call_method_n_kw(1, 0, dest);
        if (chunk == mp_const_none) {
            mp_raise_OSError(EAGAIN);
        }
        mp_buffer_info_t bi;
        mp_get_buffer_raise(chunk, &bi, MP_BUFFER_READ);
        if (bi.len == 0) {
            break;
        }
        const byte *p = bi.buf;
        size_t left = bi.len;
        while (left > 0) {
            ssize_t w = write(fd, p, left);
            if (w < 0) {
                if (errno == EINTR) {
                    continue;
                }
                mp_raise_OSError(errno);
            }
            p += w;
            left -= w;
        }
    }
}

// Syncs the database and copies the private file over the stream from offset 0.
static void btree_write_back(btree_obj_t *self) {
    int err = self->db->sync(self->db, 0);
    if (err != 0) {
        btree_raise_db(err);
    }
    struct stat st;
    if (fstat(self->fd, &st) != 0) {
        mp_raise_OSError(errno);
    }
    btree_stream_seek0(self->stream);
    byte *buf = m_new(byte, 65536);
    off_t off = 0;
    while (off < st.st_size) {
        ssize_t r = pread(self->fd, buf, 65536, off);
        if (r < 0) {
            if (errno == EINTR) {
                continue;
            }
            mp_raise_OSError(errno);
        }
        if (r == 0) {
            break;
        }
        mp_obj_t dest[3];
        mp_load_method(self->stream, MP_QSTR_write, dest);
        dest[2] = mp_obj_new_bytes(buf, r);
        mp_call_method_n_kw(1, 0, dest);
        off += r;
    }
    m_del(byte, buf, 65536);
    mp_obj_t dest[2];
    mp_load_method_maybe(self->stream, MP_QSTR_flush, dest);
    if (dest[0] != MP_OBJ_NULL) {
        mp_call_method_n_kw(0, 0, dest);
    }
}

// ---- open ----

static void btree_remove_dir(btree_obj_t *self) {
    if (self->dir[0] != 0) {
        char path[sizeof(self->dir) + 4];
        snprintf(path, sizeof(path), "%s/db", self->dir);
        unlink(path);
        rmdir(self->dir);
        self->dir[0] = 0;
    }
}

static mp_obj_t btree_open(size_t n_args, const mp_obj_t *pos, mp_map_t *kw) {
    enum { ARG_stream, ARG_flags, ARG_pagesize, ARG_cachesize, ARG_minkeypage };
    static const mp_arg_t allowed[] = {
        { MP_QSTR_stream, MP_ARG_REQUIRED | MP_ARG_OBJ, {.u_obj = MP_OBJ_NULL} },
        { MP_QSTR_flags, MP_ARG_KW_ONLY | MP_ARG_INT, {.u_int = 0} },
        { MP_QSTR_pagesize, MP_ARG_KW_ONLY | MP_ARG_INT, {.u_int = 0} },
        { MP_QSTR_cachesize, MP_ARG_KW_ONLY | MP_ARG_INT, {.u_int = 0} },
        { MP_QSTR_minkeypage, MP_ARG_KW_ONLY | MP_ARG_INT, {.u_int = 0} },
    };
    mp_arg_val_t a[5];
    mp_arg_parse_all(n_args, pos, kw, 5, allowed, a);
    mp_obj_t stream = a[ARG_stream].u_obj;
    static const uint16_t needed[] = {MP_QSTR_read, MP_QSTR_write, MP_QSTR_seek};
    for (size_t i = 0; i < MP_ARRAY_SIZE(needed); i++) {
        mp_obj_t dest[2];
        mp_load_method_maybe(stream, needed[i], dest);
        if (dest[0] == MP_OBJ_NULL) {
            mp_raise_msg_varg(&mp_type_TypeError, "btree.open needs a stream with read, write and seek, not '%s'", mp_obj_get_type_str(stream));
        }
    }
    mp_int_t pagesize = a[ARG_pagesize].u_int, cachesize = a[ARG_cachesize].u_int, minkey = a[ARG_minkeypage].u_int;
    if (pagesize != 0 && (pagesize < 512 || pagesize > 65536 || (pagesize & (pagesize - 1)) != 0)) {
        mp_raise_ValueError("pagesize must be a power of 2 from 512 to 65536");
    }
    if (cachesize < 0 || minkey < 0 || minkey == 1) {
        mp_raise_ValueError("cachesize and minkeypage must be 0 or positive (minkeypage >= 2)");
    }

    btree_obj_t *o = m_new_obj_with_finaliser(btree_obj_t);
    o->base.type = &btree_type;
    o->db = NULL;
    o->fd = -1;
    o->stream = stream;

    // the private file, in a directory of its own
    const char *tmp = getenv("TMPDIR");
    o->dir[0] = 0;
    char dir[sizeof(o->dir)];
    snprintf(dir, sizeof(dir), "%s/mpbtreeXXXXXX", tmp != NULL && tmp[0] != 0 && strlen(tmp) < 200 ? tmp : "/tmp");
    if (mkdtemp(dir) == NULL) {
        mp_raise_OSError(errno);
    }
    strcpy(o->dir, dir);
    char path[sizeof(dir) + 4];
    snprintf(path, sizeof(path), "%s/db", dir);
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        int fd = open(path, O_RDWR | O_CREAT | O_EXCL, 0600);
        if (fd < 0) {
            mp_raise_OSError(errno);
        }
        nlr_buf_t nlr2;
        if (nlr_push(&nlr2) == 0) {
            btree_stream_to_fd(stream, fd);
            nlr_pop();
        } else {
            close(fd);
            nlr_jump(nlr2.ret_val);
        }
        off_t size = lseek(fd, 0, SEEK_END);
        close(fd);
        if (size == 0) {
            unlink(path);   // an empty stream: a new database
        }
        DB *db;
        int err = db_create(&db, NULL, 0);
        if (err != 0) {
            btree_raise_db(err);
        }
        o->db = db;
        if (pagesize > 0) {
            db->set_pagesize(db, (u_int32_t)pagesize);
        }
        if (cachesize > 0) {
            db->set_cachesize(db, 0, (u_int32_t)cachesize, 1);
        }
        if (minkey > 0) {
            db->set_bt_minkey(db, (u_int32_t)minkey);
        }
        db->set_errfile(db, NULL);   // errors are raised, not printed
        err = db->open(db, NULL, path, NULL, DB_BTREE, DB_CREATE, 0600);
        if (err != 0) {
            db->close(db, DB_NOSYNC);
            o->db = NULL;
            if (err == EINVAL || err == DB_OLD_VERSION) {
                mp_raise_msg(&mp_type_OSError, "btree: the stream does not hold a Berkeley DB btree file");
            }
            btree_raise_db(err);
        }
        if (db->fd(db, &o->fd) != 0) {
            o->fd = -1;
        }
        nlr_pop();
    } else {
        btree_remove_dir(o);
        nlr_jump(nlr.ret_val);
    }
    return MP_OBJ_FROM_PTR(o);
}
static MP_DEFINE_CONST_FUN_OBJ_KW(btree_open_obj, 1, btree_open);

// ---- methods ----

static mp_obj_t btree_flush(mp_obj_t self_in) {
    btree_write_back(btree_get(self_in));
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_1(btree_flush_obj, btree_flush);

static mp_obj_t btree_close(mp_obj_t self_in) {
    btree_obj_t *self = MP_OBJ_TO_PTR(self_in);
    if (self->db == NULL) {
        return mp_const_none;
    }
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        btree_write_back(self);
        nlr_pop();
    } else {
        self->db->close(self->db, DB_NOSYNC);
        self->db = NULL;
        btree_remove_dir(self);
        nlr_jump(nlr.ret_val);
    }
    int err = self->db->close(self->db, DB_NOSYNC);
    self->db = NULL;
    btree_remove_dir(self);
    if (err != 0) {
        btree_raise_db(err);
    }
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_1(btree_close_obj, btree_close);

// Finaliser: frees the database without writing to the stream (close() does that).
static mp_obj_t btree_del(mp_obj_t self_in) {
    btree_obj_t *self = MP_OBJ_TO_PTR(self_in);
    if (self->db != NULL) {
        self->db->close(self->db, DB_NOSYNC);
        self->db = NULL;
    }
    btree_remove_dir(self);
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_1(btree_del_obj, btree_del);

// The value of key, or MP_OBJ_NULL when absent.
static mp_obj_t btree_lookup(btree_obj_t *self, mp_obj_t key_in) {
    DBT key, val;
    btree_dbt_in(key_in, &key);
    btree_dbt_out(&val);
    int err = self->db->get(self->db, NULL, &key, &val, 0);
    if (err == DB_NOTFOUND || err == DB_KEYEMPTY) {
        return MP_OBJ_NULL;
    }
    if (err != 0) {
        btree_raise_db(err);
    }
    return btree_dbt_take(&val);
}

static mp_obj_t btree_get_method(size_t n_args, const mp_obj_t *args) {
    mp_obj_t v = btree_lookup(btree_get(args[0]), args[1]);
    if (v == MP_OBJ_NULL) {
        return n_args > 2 ? args[2] : mp_const_none;
    }
    return v;
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(btree_get_obj, 2, 3, btree_get_method);

static void btree_store(btree_obj_t *self, mp_obj_t key_in, mp_obj_t val_in) {
    DBT key, val;
    btree_dbt_in(key_in, &key);
    btree_dbt_in(val_in, &val);
    int err = self->db->put(self->db, NULL, &key, &val, 0);
    if (err != 0) {
        btree_raise_db(err);
    }
}

static mp_obj_t btree_put(mp_obj_t self_in, mp_obj_t key, mp_obj_t val) {
    btree_store(btree_get(self_in), key, val);
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_3(btree_put_obj, btree_put);

static mp_obj_t btree_subscr(mp_obj_t self_in, mp_obj_t index, mp_obj_t value) {
    btree_obj_t *self = btree_get(self_in);
    if (value == MP_OBJ_SENTINEL) {
        mp_obj_t v = btree_lookup(self, index);
        if (v == MP_OBJ_NULL) {
            nlr_raise(mp_obj_new_exception_args(&mp_type_KeyError, 1, &index));
        }
        return v;
    }
    if (value == MP_OBJ_NULL) {
        DBT key;
        btree_dbt_in(index, &key);
        int err = self->db->del(self->db, NULL, &key, 0);
        if (err == DB_NOTFOUND || err == DB_KEYEMPTY) {
            nlr_raise(mp_obj_new_exception_args(&mp_type_KeyError, 1, &index));
        }
        if (err != 0) {
            btree_raise_db(err);
        }
        return mp_const_none;
    }
    btree_store(self, index, value);
    return mp_const_none;
}

static mp_obj_t btree_binary_op(mp_binary_op_t op, mp_obj_t lhs, mp_obj_t rhs) {
    if (op == MP_BINARY_OP_CONTAINS) {
        return mp_obj_new_bool(btree_lookup(btree_get(lhs), rhs) != MP_OBJ_NULL);
    }
    return MP_OBJ_NULL;
}

// ---- iteration ----

static mp_obj_t btree_iter_new(mp_obj_t self_in, btree_iter_kind_t kind, size_t n_args, const mp_obj_t *args) {
    btree_obj_t *self = btree_get(self_in);
    btree_iter_t *it = m_new_obj(btree_iter_t);
    it->base.type = &btree_iter_type;
    it->btree = self;
    it->start = mp_const_none;
    it->end = mp_const_none;
    it->last = MP_OBJ_NULL;
    it->kind = (uint8_t)kind;
    it->flags = 0;
    it->done = false;
    DBT check;
    if (n_args > 0 && args[0] != mp_const_none) {
        btree_dbt_in(args[0], &check);   // type check now, not at the first step
        it->start = args[0];
    }
    if (n_args > 1 && args[1] != mp_const_none) {
        btree_dbt_in(args[1], &check);
        it->end = args[1];
    }
    if (n_args > 2) {
        it->flags = (uint8_t)mp_obj_get_int(args[2]);
    }
    return MP_OBJ_FROM_PTR(it);
}

static mp_obj_t btree_keys(size_t n_args, const mp_obj_t *args) {
    return btree_iter_new(args[0], BTREE_ITER_KEYS, n_args - 1, args + 1);
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(btree_keys_obj, 1, 4, btree_keys);

static mp_obj_t btree_values(size_t n_args, const mp_obj_t *args) {
    return btree_iter_new(args[0], BTREE_ITER_VALUES, n_args - 1, args + 1);
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(btree_values_obj, 1, 4, btree_values);

static mp_obj_t btree_items(size_t n_args, const mp_obj_t *args) {
    return btree_iter_new(args[0], BTREE_ITER_ITEMS, n_args - 1, args + 1);
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(btree_items_obj, 1, 4, btree_items);

static mp_obj_t btree_getiter(mp_obj_t self_in) {
    return btree_iter_new(self_in, BTREE_ITER_KEYS, 0, NULL);
}

// Bytes order of two DBTs (Berkeley DB's default btree order).
static int btree_cmp(const DBT *a, const DBT *b) {
    size_t n = a->size < b->size ? a->size : b->size;
    int c = memcmp(a->data, b->data, n);
    if (c != 0) {
        return c;
    }
    return a->size < b->size ? -1 : a->size > b->size ? 1 : 0;
}

// One cursor get into (key, val) (both DB_DBT_MALLOC'd on success). For DB_SET_RANGE, key
// holds the target on entry.
static int btree_cursor_get(DBC *c, DBT *key, DBT *val, u_int32_t how, const DBT *target) {
    if (how == DB_SET_RANGE) {
        // DB_SET_RANGE reads the target from key and replaces it: hand it a malloc'd copy
        memset(key, 0, sizeof(*key));
        key->data = malloc(target->size > 0 ? target->size : 1);
        if (key->data == NULL) {
            return ENOMEM;
        }
        memcpy(key->data, target->data, target->size);
        key->size = target->size;
        key->flags = DB_DBT_REALLOC;
        int err = c->get(c, key, val, how);
        if (err != 0) {
            free(key->data);
            key->data = NULL;
        }
        return err;
    }
    btree_dbt_out(key);
    return c->get(c, key, val, how);
}

// Positions on the next record of the iteration; 0 with (key, val) filled, DB_NOTFOUND at the
// end, or another Berkeley DB error. The cursor is closed by the caller.
static int btree_iter_position(btree_iter_t *it, DBC *c, DBT *key, DBT *val) {
    bool desc = it->flags & BTREE_FLAG_DESC;
    DBT from;
    bool have_from = false;
    bool from_is_last = false;
    if (it->last != MP_OBJ_NULL) {
        btree_dbt_in(it->last, &from);
        have_from = from_is_last = true;
    } else if (it->start != mp_const_none) {
        btree_dbt_in(it->start, &from);
        have_from = true;
    }
    btree_dbt_out(val);
    if (!have_from) {
        return btree_cursor_get(c, key, val, desc ? DB_LAST : DB_FIRST, NULL);
    }
    int err = btree_cursor_get(c, key, val, DB_SET_RANGE, &from);
    if (err == DB_NOTFOUND && desc) {
        return btree_cursor_get(c, key, val, DB_LAST, NULL);   // everything is below `from`
    }
    if (err != 0) {
        return err;
    }
    int cmp = btree_cmp(key, &from);
    // ascending: skip the last key returned; descending: step below `from` unless it is the
    // start key itself (inclusive)
    if ((!desc && from_is_last && cmp == 0) || (desc && (cmp > 0 || from_is_last))) {
        free(key->data);
        free(val->data);
        key->data = val->data = NULL;
        btree_dbt_out(val);
        return btree_cursor_get(c, key, val, desc ? DB_PREV : DB_NEXT, NULL);
    }
    return 0;
}

static mp_obj_t btree_iter_next(mp_obj_t self_in) {
    btree_iter_t *it = MP_OBJ_TO_PTR(self_in);
    if (it->done) {
        return MP_OBJ_STOP_ITERATION;
    }
    btree_obj_t *bt = btree_get(MP_OBJ_FROM_PTR(it->btree));
    DBC *c;
    int err = bt->db->cursor(bt->db, NULL, &c, 0);
    if (err != 0) {
        btree_raise_db(err);
    }
    DBT key, val;
    memset(&key, 0, sizeof(key));
    memset(&val, 0, sizeof(val));
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        err = btree_iter_position(it, c, &key, &val);
        nlr_pop();
    } else {
        c->close(c);
        nlr_jump(nlr.ret_val);
    }
    c->close(c);
    if (err == DB_NOTFOUND) {
        it->done = true;
        return MP_OBJ_STOP_ITERATION;
    }
    if (err != 0) {
        btree_raise_db(err);
    }
    if (it->end != mp_const_none) {
        DBT end;
        btree_dbt_in(it->end, &end);
        int cmp = btree_cmp(&key, &end);
        if (it->flags & BTREE_FLAG_DESC) {
            cmp = -cmp;
        }
        // past the end key, or at it without INCL
        if (cmp > 0 || (cmp == 0 && !(it->flags & BTREE_FLAG_INCL))) {
            free(key.data);
            free(val.data);
            it->done = true;
            return MP_OBJ_STOP_ITERATION;
        }
    }
    mp_obj_t k = MP_OBJ_NULL;
    nlr_buf_t nlr2;
    if (nlr_push(&nlr2) == 0) {
        k = btree_dbt_take(&key);
        nlr_pop();
    } else {
        free(val.data);
        nlr_jump(nlr2.ret_val);
    }
    mp_obj_t v = btree_dbt_take(&val);
    it->last = k;
    if (it->kind == BTREE_ITER_KEYS) {
        return k;
    }
    if (it->kind == BTREE_ITER_VALUES) {
        return v;
    }
    mp_obj_t t[2] = {k, v};
    return mp_obj_new_tuple(2, t);
}

static mp_obj_t btree_iter_getiter(mp_obj_t self_in) {
    return self_in;
}

static const mp_obj_type_t btree_iter_type = {
    {&mp_type_type},
    .flags = MP_TYPE_FLAG_ITER_IS_GETITER,
    .name = MP_QSTR_iterator,
    .getiter = btree_iter_getiter,
    .iternext = btree_iter_next,
};

static void btree_print(const mp_print_t *print, mp_obj_t self_in, mp_print_kind_t kind) {
    (void)kind;
    btree_obj_t *self = MP_OBJ_TO_PTR(self_in);
    mp_printf(print, "<btree%s>", self->db == NULL ? " closed" : "");
}

static const mp_rom_map_elem_t btree_locals_table[] = {
    { MP_ROM_QSTR(MP_QSTR_close), MP_ROM_PTR(&btree_close_obj) },
    { MP_ROM_QSTR(MP_QSTR_flush), MP_ROM_PTR(&btree_flush_obj) },
    { MP_ROM_QSTR(MP_QSTR_get), MP_ROM_PTR(&btree_get_obj) },
    { MP_ROM_QSTR(MP_QSTR_put), MP_ROM_PTR(&btree_put_obj) },
    { MP_ROM_QSTR(MP_QSTR_keys), MP_ROM_PTR(&btree_keys_obj) },
    { MP_ROM_QSTR(MP_QSTR_values), MP_ROM_PTR(&btree_values_obj) },
    { MP_ROM_QSTR(MP_QSTR_items), MP_ROM_PTR(&btree_items_obj) },
    { MP_ROM_QSTR(MP_QSTR___del__), MP_ROM_PTR(&btree_del_obj) },
};
static MP_DEFINE_CONST_DICT(btree_locals_dict, btree_locals_table);

const mp_obj_type_t btree_type = {
    {&mp_type_type},
    .name = MP_QSTR_btree,
    .print = btree_print,
    .binary_op = btree_binary_op,
    .subscr = btree_subscr,
    .getiter = btree_getiter,
    .locals_dict = (mp_obj_dict_t *)&btree_locals_dict,
};

static const mp_rom_map_elem_t btree_module_globals_table[] = {
    { MP_ROM_QSTR(MP_QSTR___name__), MP_ROM_QSTR(MP_QSTR_btree) },
    { MP_ROM_QSTR(MP_QSTR_open), MP_ROM_PTR(&btree_open_obj) },
    { MP_ROM_QSTR(MP_QSTR_INCL), MP_ROM_INT(BTREE_FLAG_INCL) },
    { MP_ROM_QSTR(MP_QSTR_DESC), MP_ROM_INT(BTREE_FLAG_DESC) },
};
MP_DEFINE_CONST_MODULE(btree_module, btree_module_globals_table);
MP_REGISTER_MODULE(MP_QSTR_btree, btree_module);
