// ports/unix/modos.c: the `os` and `vfs` modules of the unix port.
//
// os follows CPython where MicroPython does (stat, listdir, mkdir, remove, rename, getcwd,
// getenv ...) and MicroPython where it differs: ilistdir yields (name, type, inode) tuples with
// type 0x4000 for directories and 0x8000 for files, uname() is a 5-field attribute tuple.
//
// VFS. A mount table maps absolute mount points to file system objects: a VfsPosix (a host
// directory) or any Python object with the VFS methods (open, ilistdir, stat, mkdir, rmdir,
// remove, rename, statvfs). The host root "/" is implicitly mounted as a VfsPosix; while nothing
// else is mounted, paths go to the system calls unchanged (relative paths stay relative to the
// process cwd). Once something is mounted, a path is made absolute, normalised, and resolved by
// its longest mount-point prefix. The cwd is the process cwd while it lies in the host root;
// inside another mount it is kept here as a virtual path ("vcwd").
//
// State lives in mp_state.user_roots[UNIX_VFS_ROOT] (a GC root): a 2-list [mounts, vcwd] where
// mounts is a list of (mount_point str, vfs) tuples and vcwd is a str or None.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <errno.h>
#include <fcntl.h>
#include <unistd.h>
#include <dirent.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <sys/utsname.h>
#include <sys/random.h>

#include "py/runtime.h"
#include "py/mphal.h"
#include "py/modio.h"
#include "unix_io.h"

#if MICROPY_PORT_SIM
// The simulated board: the implicit root is the board's filesystem folder (--fs), the virtual
// cwd starts at "/", no host path escapes it (sim_fs_confine checks symlinks), and the
// host-only functions (system, getenv, ...) do not exist. See ports/sim/simhal.c.
#include "ports/sim/simfs.h"
#endif

#define UNIX_VFS_ROOT (1)

// ---- attribute tuples (stat_result, uname_result) ----
// Instances have the tuple layout, so indexing, len, iteration, comparison and unpacking are
// tuple's own; the type adds attribute access by field name. stat() and statvfs() results print
// as plain tuples and their type as <class 'tuple'>, as MicroPython's (which are tuples):
// mpremote reads them back with ast.literal_eval; uname() prints its fields as MicroPython's. The types are built at first import
// of os by copying tuple's slots (they are not constant expressions in C), into static storage.

typedef struct _attrtuple_type_t {
    mp_obj_type_t type;
    const qstr *fields;
    size_t n_fields;
    bool print_fields;          // "(sysname='Linux', ...)"; else a plain tuple's repr
} attrtuple_type_t;

static void attrtuple_print(const mp_print_t *print, mp_obj_t self_in, mp_print_kind_t kind) {
    mp_obj_tuple_t *t = MP_OBJ_TO_PTR(self_in);
    const attrtuple_type_t *at = (const attrtuple_type_t *)t->base.type;
    if (!at->print_fields) {
        mp_type_tuple.print(print, self_in, kind);
        return;
    }
    mp_print_str(print, "(");
    for (size_t i = 0; i < t->len; i++) {
        mp_printf(print, "%s%q=", i ? ", " : "", at->fields[i]);
        mp_obj_print_helper(print, t->items[i], PRINT_REPR);
    }
    mp_print_str(print, ")");
}

static void attrtuple_attr(mp_obj_t self_in, qstr attr, mp_obj_t *dest) {
    if (dest[0] != MP_OBJ_NULL) {
        return;
    }
    mp_obj_tuple_t *t = MP_OBJ_TO_PTR(self_in);
    const attrtuple_type_t *at = (const attrtuple_type_t *)t->base.type;
    for (size_t i = 0; i < at->n_fields; i++) {
        if (at->fields[i] == attr) {
            dest[0] = t->items[i];
            return;
        }
    }
}

static void attrtuple_type_init(attrtuple_type_t *at, qstr name, const qstr *fields, size_t n, bool print_fields) {
    at->type = mp_type_tuple;
    at->type.name = name;
    at->type.print = attrtuple_print;
    at->type.attr = attrtuple_attr;
    at->type.make_new = NULL;
    at->type.locals_dict = NULL;
    at->type.parent = &mp_type_tuple;
    at->type.flags |= MP_TYPE_FLAG_NOT_BASETYPE;
    at->fields = fields;
    at->n_fields = n;
    at->print_fields = print_fields;
}

static mp_obj_t attrtuple_new(attrtuple_type_t *at, const mp_obj_t *items) {
    mp_obj_tuple_t *t = MP_OBJ_TO_PTR(mp_obj_new_tuple(at->n_fields, items));
    t->base.type = &at->type;
    return MP_OBJ_FROM_PTR(t);
}

static const qstr stat_fields[] = {
    MP_QSTR_st_mode, MP_QSTR_st_ino, MP_QSTR_st_dev, MP_QSTR_st_nlink, MP_QSTR_st_uid,
    MP_QSTR_st_gid, MP_QSTR_st_size, MP_QSTR_st_atime, MP_QSTR_st_mtime, MP_QSTR_st_ctime,
};
static const qstr statvfs_fields[] = {
    MP_QSTR_f_bsize, MP_QSTR_f_frsize, MP_QSTR_f_blocks, MP_QSTR_f_bfree, MP_QSTR_f_bavail,
    MP_QSTR_f_files, MP_QSTR_f_ffree, MP_QSTR_f_favail, MP_QSTR_f_flag, MP_QSTR_f_namemax,
};
static const qstr uname_fields[] = {
    MP_QSTR_sysname, MP_QSTR_nodename, MP_QSTR_release, MP_QSTR_version, MP_QSTR_machine,
};
static attrtuple_type_t stat_result_type, statvfs_result_type, uname_result_type;
static bool attrtuple_types_ready;

static void attrtuple_types_init(void) {
    if (!attrtuple_types_ready) {
        // named "tuple": MicroPython's os.stat() gives a tuple and programs print its type
        attrtuple_type_init(&stat_result_type, MP_QSTR_tuple, stat_fields, MP_ARRAY_SIZE(stat_fields), false);
        attrtuple_type_init(&statvfs_result_type, MP_QSTR_tuple, statvfs_fields, MP_ARRAY_SIZE(statvfs_fields), false);
        attrtuple_type_init(&uname_result_type, MP_QSTR_uname_result, uname_fields, MP_ARRAY_SIZE(uname_fields), true);
        attrtuple_types_ready = true;
    }
}

// ---- host operations (host paths; errors name the user's path) ----

NORETURN static void raise_path_error(int err, mp_obj_t user_path) {
    if (user_path != MP_OBJ_NULL && mp_obj_is_str(user_path)) {
        mp_raise_OSError_with_filename(err, mp_obj_str_get_str(user_path));
    }
    mp_raise_OSError(err);
}

static mp_obj_t host_stat(const char *path, mp_obj_t user_path) {
    struct stat st;
    int r;
    MP_UNIX_RETRY_EINTR(r, stat(path, &st));
    if (r < 0) {
        raise_path_error(errno, user_path);
    }
    #if MICROPY_PORT_SIM
    // The board's VFS (FAT/LittleFS): a plain 10-tuple (mpremote reads it back with
    // ast.literal_eval), mode 0x4000 / 0x8000 only, no inode/device/link/owner numbers, times in
    // seconds since 2000-01-01 (the embedded ports' epoch).
    mp_int_t board_mtime = (mp_int_t)(st.st_mtime - 946684800);
    mp_obj_t board_items[10] = {
        MP_OBJ_NEW_SMALL_INT(S_ISDIR(st.st_mode) ? 0x4000 : 0x8000),
        MP_OBJ_NEW_SMALL_INT(0), MP_OBJ_NEW_SMALL_INT(0), MP_OBJ_NEW_SMALL_INT(0),
        MP_OBJ_NEW_SMALL_INT(0), MP_OBJ_NEW_SMALL_INT(0),
        mp_obj_new_int_from_ll(S_ISDIR(st.st_mode) ? 0 : st.st_size),
        mp_obj_new_int(board_mtime), mp_obj_new_int(board_mtime), mp_obj_new_int(board_mtime),
    };
    (void)user_path;
    return mp_obj_new_tuple(10, board_items);
    #endif
    attrtuple_types_init();
    mp_obj_t items[10] = {
        mp_obj_new_int_from_uint(st.st_mode),
        mp_obj_new_int_from_ull(st.st_ino),
        mp_obj_new_int_from_ull(st.st_dev),
        mp_obj_new_int_from_uint(st.st_nlink),
        mp_obj_new_int_from_uint(st.st_uid),
        mp_obj_new_int_from_uint(st.st_gid),
        mp_obj_new_int_from_ll(st.st_size),
        mp_obj_new_int_from_ll(st.st_atime),
        mp_obj_new_int_from_ll(st.st_mtime),
        mp_obj_new_int_from_ll(st.st_ctime),
    };
    return attrtuple_new(&stat_result_type, items);
}

static mp_obj_t host_statvfs(const char *path, mp_obj_t user_path) {
    struct statvfs sv;
    if (statvfs(path, &sv) < 0) {
        raise_path_error(errno, user_path);
    }
    #if MICROPY_PORT_SIM
    // The board's VFS: a plain 10-tuple; no inode counts or flags, names up to 255 bytes.
    mp_obj_t board_items[10] = {
        mp_obj_new_int_from_ull(sv.f_bsize), mp_obj_new_int_from_ull(sv.f_frsize),
        mp_obj_new_int_from_ull(sv.f_blocks), mp_obj_new_int_from_ull(sv.f_bfree),
        mp_obj_new_int_from_ull(sv.f_bavail), MP_OBJ_NEW_SMALL_INT(0), MP_OBJ_NEW_SMALL_INT(0),
        MP_OBJ_NEW_SMALL_INT(0), MP_OBJ_NEW_SMALL_INT(0), MP_OBJ_NEW_SMALL_INT(255),
    };
    return mp_obj_new_tuple(10, board_items);
    #endif
    attrtuple_types_init();
    mp_obj_t items[10] = {
        mp_obj_new_int_from_ull(sv.f_bsize), mp_obj_new_int_from_ull(sv.f_frsize),
        mp_obj_new_int_from_ull(sv.f_blocks), mp_obj_new_int_from_ull(sv.f_bfree),
        mp_obj_new_int_from_ull(sv.f_bavail), mp_obj_new_int_from_ull(sv.f_files),
        mp_obj_new_int_from_ull(sv.f_ffree), mp_obj_new_int_from_ull(sv.f_favail),
        mp_obj_new_int_from_ull(sv.f_flag), mp_obj_new_int_from_ull(sv.f_namemax),
    };
    return attrtuple_new(&statvfs_result_type, items);
}

static void check_ret(int r, mp_obj_t user_path) {
    if (r < 0) {
        raise_path_error(errno, user_path);
    }
}

// ilistdir iterator over a host directory. The DIR is closed when exhausted, or by the
// finaliser if the iterator is dropped early.
typedef struct _ilistdir_it_t {
    mp_obj_base_t base;
    DIR *dir;
    bool bytes_names;
} ilistdir_it_t;

static mp_obj_t ilistdir_close(mp_obj_t self_in) {
    ilistdir_it_t *self = MP_OBJ_TO_PTR(self_in);
    if (self->dir != NULL) {
        closedir(self->dir);
        self->dir = NULL;
    }
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_1(ilistdir_close_obj, ilistdir_close);

static mp_obj_t ilistdir_iternext(mp_obj_t self_in) {
    ilistdir_it_t *self = MP_OBJ_TO_PTR(self_in);
    while (self->dir != NULL) {
        errno = 0;
        struct dirent *de = readdir(self->dir);
        if (de == NULL) {
            ilistdir_close(self_in);
            break;
        }
        const char *n = de->d_name;
        if (n[0] == '.' && (n[1] == 0 || (n[1] == '.' && n[2] == 0))) {
            continue;
        }
        mp_int_t type = 0;
        if (de->d_type == DT_DIR) {
            type = 0x4000;
        } else if (de->d_type == DT_REG) {
            type = 0x8000;
        } else {
            struct stat st;
            if (fstatat(dirfd(self->dir), n, &st, 0) == 0) {
                type = st.st_mode & S_IFMT;
            }
        }
        size_t len = strlen(n);
        #if MICROPY_PORT_SIM
        // The board's VFS: (name, type, 0, size), as FAT and LittleFS give them.
        struct stat fst;
        mp_int_t fsize = 0;
        if (type == 0x8000 && fstatat(dirfd(self->dir), n, &fst, 0) == 0) {
            fsize = (mp_int_t)fst.st_size;
        }
        mp_obj_t board_items[4] = {
            self->bytes_names ? mp_obj_new_bytes((const byte *)n, len) : mp_obj_new_str(n, len),
            MP_OBJ_NEW_SMALL_INT(type == 0x4000 ? 0x4000 : 0x8000),
            MP_OBJ_NEW_SMALL_INT(0),
            mp_obj_new_int(fsize),
        };
        return mp_obj_new_tuple(4, board_items);
        #endif
        mp_obj_t items[3] = {
            self->bytes_names ? mp_obj_new_bytes((const byte *)n, len) : mp_obj_new_str(n, len),
            MP_OBJ_NEW_SMALL_INT(type),
            mp_obj_new_int_from_ull(de->d_ino),
        };
        return mp_obj_new_tuple(3, items);
    }
    return MP_OBJ_STOP_ITERATION;
}

static const mp_rom_map_elem_t ilistdir_locals_table[] = {
    { MP_ROM_QSTR(MP_QSTR___del__), MP_ROM_PTR(&ilistdir_close_obj) },
};
static MP_DEFINE_CONST_DICT(ilistdir_locals_dict, ilistdir_locals_table);

static mp_obj_t ilistdir_getiter(mp_obj_t self_in) {
    return self_in;
}

static const mp_obj_type_t ilistdir_it_type = {
    {&mp_type_type},
    .flags = MP_TYPE_FLAG_ITER_IS_GETITER,
    .name = MP_QSTR_iterator,
    .getiter = ilistdir_getiter,
    .iternext = ilistdir_iternext,
    .locals_dict = (mp_obj_dict_t *)&ilistdir_locals_dict,
};

static mp_obj_t host_ilistdir(const char *path, mp_obj_t user_path, bool bytes_names) {
    ilistdir_it_t *it = m_new_obj_with_finaliser(ilistdir_it_t);
    it->base.type = &ilistdir_it_type;
    it->dir = opendir(path);
    it->bytes_names = bytes_names;
    if (it->dir == NULL) {
        raise_path_error(errno, user_path);
    }
    return MP_OBJ_FROM_PTR(it);
}

// ---- mount table ----

static mp_obj_t *vfs_state(void) {
    mp_obj_t st = mp_state.user_roots[UNIX_VFS_ROOT];
    if (st == MP_OBJ_NULL) {
        mp_obj_t items[2] = {mp_obj_new_list(0, NULL), mp_const_none};
        st = mp_obj_new_list(2, items);
        mp_state.user_roots[UNIX_VFS_ROOT] = st;
    }
    mp_obj_list_t *l = MP_OBJ_TO_PTR(st);
    return l->items;  // [0] mounts list, [1] vcwd
}

// The host root stays implicitly mounted until someone unmounts "/".
static bool root_unmounted;

static bool vfs_is_trivial(void) {
    #if MICROPY_PORT_SIM
    return false;
    #endif
    mp_obj_t st = mp_state.user_roots[UNIX_VFS_ROOT];
    if (root_unmounted) {
        return false;
    }
    if (st == MP_OBJ_NULL) {
        return true;
    }
    mp_obj_t *s = vfs_state();
    return ((mp_obj_list_t *)MP_OBJ_TO_PTR(s[0]))->len == 0 && s[1] == mp_const_none;
}

// Appends the normalised form of path (relative to base, an absolute path) to v: an absolute
// path without ".", "..", empty components or a trailing slash ("/" for the root).
static void path_normalise(vstr_t *v, const char *base, const char *path, size_t len) {
    vstr_reset(v);
    vstr_t joined;
    vstr_init(&joined, len + (base ? strlen(base) : 0) + 2);
    if (len == 0 || path[0] != '/') {
        vstr_add_str(&joined, base);
        vstr_add_byte(&joined, '/');
    }
    vstr_add_strn(&joined, path, len);
    const char *p = joined.buf, *end = joined.buf + joined.len;
    while (p < end) {
        while (p < end && *p == '/') {
            p++;
        }
        const char *s = p;
        while (p < end && *p != '/') {
            p++;
        }
        size_t n = p - s;
        if (n == 0 || (n == 1 && s[0] == '.')) {
            continue;
        }
        if (n == 2 && s[0] == '.' && s[1] == '.') {
            while (v->len > 0 && v->buf[v->len - 1] != '/') {
                v->len--;
            }
            if (v->len > 0) {
                v->len--;
            }
            continue;
        }
        vstr_add_byte(v, '/');
        vstr_add_strn(v, s, n);
    }
    if (v->len == 0) {
        vstr_add_byte(v, '/');
    }
    vstr_null_terminated_str(v);
}

static mp_obj_t host_getcwd_str(void) {
    #if MICROPY_PORT_SIM
    return MP_OBJ_NEW_QSTR(MP_QSTR__slash_);
    #endif
    char buf[4096];
    if (getcwd(buf, sizeof(buf)) == NULL) {
        mp_raise_OSError(errno);
    }
    return mp_obj_new_str(buf, strlen(buf));
}

typedef struct _vfs_posix_t {
    mp_obj_base_t base;
    mp_obj_t root;   // str: host directory without trailing slash ("" for the host root)
} vfs_posix_t;

// Finds the mount holding abs (normalised); returns the vfs (MP_OBJ_NULL: implicit host root)
// and the length of the mount point prefix; raises ENOENT if nothing holds it.
static mp_obj_t vfs_find(const char *abs, size_t *prefix_len) {
    mp_obj_list_t *mounts = MP_OBJ_TO_PTR(vfs_state()[0]);
    mp_obj_t best = MP_OBJ_NULL;
    size_t best_len = 0;
    bool found = false;
    size_t alen = strlen(abs);
    for (size_t i = 0; i < mounts->len; i++) {
        mp_obj_t *e = ((mp_obj_tuple_t *)MP_OBJ_TO_PTR(mounts->items[i]))->items;
        size_t mlen;
        const char *m = mp_obj_str_get_data(e[0], &mlen);
        bool match = (mlen == 1 && m[0] == '/')
            || (alen >= mlen && memcmp(abs, m, mlen) == 0 && (abs[mlen] == 0 || abs[mlen] == '/'));
        if (match && (!found || mlen > best_len)) {
            best = e[1];
            best_len = mlen == 1 ? 0 : mlen;
            found = true;
        }
    }
    if (!found) {
        if (root_unmounted) {
            mp_raise_OSError(ENOENT);
        }
        best_len = 0;
    }
    *prefix_len = best_len;
    return best;
}

mp_obj_t mp_unix_vfs_resolve(mp_obj_t path, const char **host_path, mp_obj_t *rel_path) {
    size_t len;
    const char *p = mp_obj_str_get_cstr(path, &len);   // *host_path may be p itself
    if (strlen(p) != len) {
        mp_raise_ValueError("embedded null byte");
    }
    if (vfs_is_trivial()) {
        *host_path = p;
        return MP_OBJ_NULL;
    }
    mp_obj_t *st = vfs_state();
    mp_obj_t cwd = st[1] != mp_const_none ? st[1] : host_getcwd_str();
    vstr_t abs;
    vstr_init(&abs, len + 64);
    path_normalise(&abs, mp_obj_str_get_str(cwd), p, len);
    size_t plen;
    mp_obj_t vfs = vfs_find(abs.buf, &plen);
    const char *rest = abs.buf + plen;   // "" or "/..."
    if (vfs == MP_OBJ_NULL || mp_obj_is_type(vfs, &mp_type_vfs_posix)) {
        vstr_t host;
        #if MICROPY_PORT_SIM
        const char *root = vfs == MP_OBJ_NULL ? sim_fs_root : mp_obj_str_get_str(((vfs_posix_t *)MP_OBJ_TO_PTR(vfs))->root);
        #else
        const char *root = vfs == MP_OBJ_NULL ? "" : mp_obj_str_get_str(((vfs_posix_t *)MP_OBJ_TO_PTR(vfs))->root);
        #endif
        vstr_init(&host, strlen(root) + strlen(rest) + 2);
        vstr_add_str(&host, root);
        vstr_add_str(&host, rest);
        if (host.len == 0) {
            vstr_add_byte(&host, '/');
        }
        *host_path = vstr_null_terminated_str(&host);
        #if MICROPY_PORT_SIM
        sim_fs_confine(*host_path, path);
        #endif
        return MP_OBJ_NULL;
    }
    *rel_path = mp_obj_new_str(*rest ? rest : "/", *rest ? strlen(rest) : 1);
    return vfs;
}

// Calls vfs.meth(args...) for a Python-level VFS.
static mp_obj_t vfs_call(mp_obj_t vfs, qstr meth, size_t n, mp_obj_t a0, mp_obj_t a1) {
    mp_obj_t dest[4];
    mp_load_method(vfs, meth, dest);
    dest[2] = a0;
    dest[3] = a1;
    return mp_call_method_n_kw(n, 0, dest);
}

// ---- import from a Python-level VFS (mpremote's `mount`) ----
// The HAL (unix_mphal.c) asks these first; they answer only for a path inside a mounted
// Python object, and cost nothing while nothing is mounted.

// The mounted Python object holding path (*rel: the path inside it), or MP_OBJ_NULL.
static mp_obj_t vfs_import_mount(const char *path, mp_obj_t *rel) {
    if (vfs_is_trivial()) {
        return MP_OBJ_NULL;
    }
    const char *host;
    *rel = MP_OBJ_NULL;
    return mp_unix_vfs_resolve(mp_obj_new_str(path, strlen(path)), &host, rel);
}

bool mp_unix_vfs_import_stat(const char *path, mp_import_stat_t *st) {
    mp_obj_t rel;
    mp_obj_t vfs = vfs_import_mount(path, &rel);
    if (vfs == MP_OBJ_NULL) {
        return false;
    }
    *st = MP_IMPORT_STAT_NO_EXIST;
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        mp_obj_t r = vfs_call(vfs, MP_QSTR_stat, 1, rel, MP_OBJ_NULL);
        size_t n;
        mp_obj_t *items;
        mp_obj_get_array(r, &n, &items);
        mp_int_t mode = n > 0 ? mp_obj_get_int(items[0]) : 0;
        if ((mode & 0xf000) == 0x4000) {
            *st = MP_IMPORT_STAT_DIR;
        } else if ((mode & 0xf000) == 0x8000) {
            *st = MP_IMPORT_STAT_FILE;
        }
        nlr_pop();
    }
    return true;
}

bool mp_unix_vfs_read_file(const char *path, char **buf, size_t *len) {
    mp_obj_t rel;
    mp_obj_t vfs = vfs_import_mount(path, &rel);
    if (vfs == MP_OBJ_NULL) {
        return false;
    }
    *buf = NULL;
    mp_obj_t f;
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        f = vfs_call(vfs, MP_QSTR_open, 2, rel, MP_OBJ_NEW_QSTR(MP_QSTR_rb));
        nlr_pop();
    } else {
        mp_obj_t e = MP_OBJ_FROM_PTR(nlr.ret_val);
        if (!mp_obj_is_subclass(mp_obj_get_type(e), &mp_type_OSError)) {
            nlr_jump(nlr.ret_val);
        }
        errno = ENOENT;
        return true;
    }
    mp_obj_t data = mp_io_read_all(f);   // read(), or readinto() for an io.IOBase file
    mp_obj_t dest[4];
    mp_load_method_maybe(f, MP_QSTR_close, dest);
    if (dest[0] != MP_OBJ_NULL) {
        mp_call_method_n_kw(0, 0, dest);
    }
    size_t n;
    const char *d = mp_obj_str_get_data(data, &n);
    *buf = m_new(char, n + 1);
    memcpy(*buf, d, n);
    (*buf)[n] = '\0';
    *len = n;
    return true;
}


// ---- os functions ----

static bool is_bytes(mp_obj_t o) {
    return mp_obj_is_type(o, &mp_type_bytes);
}

static mp_obj_t os_stat(mp_obj_t path) {
    const char *host;
    mp_obj_t rel;
    mp_obj_t vfs = mp_unix_vfs_resolve(path, &host, &rel);
    if (vfs != MP_OBJ_NULL) {
        return vfs_call(vfs, MP_QSTR_stat, 1, rel, MP_OBJ_NULL);
    }
    return host_stat(host, path);
}
static MP_DEFINE_CONST_FUN_OBJ_1(os_stat_obj, os_stat);

static mp_obj_t os_statvfs(mp_obj_t path) {
    const char *host;
    mp_obj_t rel;
    mp_obj_t vfs = mp_unix_vfs_resolve(path, &host, &rel);
    if (vfs != MP_OBJ_NULL) {
        return vfs_call(vfs, MP_QSTR_statvfs, 1, rel, MP_OBJ_NULL);
    }
    return host_statvfs(host, path);
}
static MP_DEFINE_CONST_FUN_OBJ_1(os_statvfs_obj, os_statvfs);

static mp_obj_t os_ilistdir(size_t n_args, const mp_obj_t *args) {
    mp_obj_t path = n_args > 0 ? args[0] : MP_OBJ_NEW_QSTR(MP_QSTR__dot_);
    const char *host;
    mp_obj_t rel;
    mp_obj_t vfs = mp_unix_vfs_resolve(path, &host, &rel);
    if (vfs != MP_OBJ_NULL) {
        return vfs_call(vfs, MP_QSTR_ilistdir, 1, rel, MP_OBJ_NULL);
    }
    return host_ilistdir(host, path, is_bytes(path));
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(os_ilistdir_obj, 0, 1, os_ilistdir);

static mp_obj_t os_listdir(size_t n_args, const mp_obj_t *args) {
    mp_obj_t it = os_ilistdir(n_args, args);
    mp_obj_t list = mp_obj_new_list(0, NULL);
    mp_obj_t item;
    mp_obj_t iter = mp_getiter(it);
    while ((item = mp_iternext(iter)) != MP_OBJ_STOP_ITERATION) {
        mp_obj_t *items;
        size_t n;
        mp_obj_get_array(item, &n, &items);
        mp_obj_list_append(list, items[0]);
    }
    return list;
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(os_listdir_obj, 0, 1, os_listdir);

// One-path operations: host syscall, or the same-named method of a Python VFS.
static mp_obj_t os_path_op(mp_obj_t path, qstr meth, int (*host_op)(const char *)) {
    const char *host;
    mp_obj_t rel;
    mp_obj_t vfs = mp_unix_vfs_resolve(path, &host, &rel);
    if (vfs != MP_OBJ_NULL) {
        return vfs_call(vfs, meth, 1, rel, MP_OBJ_NULL);
    }
    int r;
    MP_UNIX_RETRY_EINTR(r, host_op(host));
    check_ret(r, path);
    return mp_const_none;
}

static int host_mkdir(const char *p) {
    return mkdir(p, 0777);
}

static mp_obj_t os_mkdir(size_t n_args, const mp_obj_t *args) {
    if (n_args > 1) {
        const char *host;
        mp_obj_t rel;
        if (mp_unix_vfs_resolve(args[0], &host, &rel) == MP_OBJ_NULL) {
            check_ret(mkdir(host, (mode_t)mp_obj_get_int(args[1])), args[0]);
            return mp_const_none;
        }
    }
    return os_path_op(args[0], MP_QSTR_mkdir, host_mkdir);
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(os_mkdir_obj, 1, 2, os_mkdir);

static mp_obj_t os_rmdir(mp_obj_t path) {
    return os_path_op(path, MP_QSTR_rmdir, rmdir);
}
static MP_DEFINE_CONST_FUN_OBJ_1(os_rmdir_obj, os_rmdir);

static mp_obj_t os_remove(mp_obj_t path) {
    return os_path_op(path, MP_QSTR_remove, unlink);
}
static MP_DEFINE_CONST_FUN_OBJ_1(os_remove_obj, os_remove);

static mp_obj_t os_rename(mp_obj_t from, mp_obj_t to) {
    const char *h1, *h2;
    mp_obj_t r1, r2;
    mp_obj_t v1 = mp_unix_vfs_resolve(from, &h1, &r1);
    mp_obj_t v2 = mp_unix_vfs_resolve(to, &h2, &r2);
    if (v1 != v2) {
        mp_raise_OSError(EXDEV);
    }
    if (v1 != MP_OBJ_NULL) {
        return vfs_call(v1, MP_QSTR_rename, 2, r1, r2);
    }
    int r;
    MP_UNIX_RETRY_EINTR(r, rename(h1, h2));
    if (r < 0) {
        int e = errno;
        // CPython names both paths; we name the source
        raise_path_error(e, from);
    }
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_2(os_rename_obj, os_rename);

static mp_obj_t os_getcwd(void) {
    if (!vfs_is_trivial()) {
        mp_obj_t vcwd = vfs_state()[1];
        if (vcwd != mp_const_none) {
            return vcwd;
        }
    }
    return host_getcwd_str();
}
static MP_DEFINE_CONST_FUN_OBJ_0(os_getcwd_obj, os_getcwd);

static mp_obj_t os_chdir(mp_obj_t path) {
    if (vfs_is_trivial()) {
        check_ret(chdir(mp_obj_str_get_str(path)), path);
        return mp_const_none;
    }
    mp_obj_t *st = vfs_state();
    mp_obj_t cwd = st[1] != mp_const_none ? st[1] : host_getcwd_str();
    size_t len;
    const char *p = mp_obj_str_get_data(path, &len);
    vstr_t abs;
    vstr_init(&abs, len + 64);
    path_normalise(&abs, mp_obj_str_get_str(cwd), p, len);
    size_t plen;
    mp_obj_t vfs = vfs_find(abs.buf, &plen);
    if (vfs == MP_OBJ_NULL) {
        #if MICROPY_PORT_SIM
        mp_obj_t m = mp_obj_subscr(os_stat(path), MP_OBJ_NEW_SMALL_INT(0), MP_OBJ_SENTINEL);
        if ((mp_obj_get_int(m) & 0xf000) != 0x4000) {
            mp_raise_OSError(ENOTDIR);
        }
        st[1] = mp_obj_new_str(abs.buf, abs.len);
        return mp_const_none;
        #endif
        // back in the host root: the process cwd is the cwd again
        check_ret(chdir(abs.buf), path);
        st[1] = mp_const_none;
        return mp_const_none;
    }
    // inside a mount: check it is a directory, then remember the virtual path
    mp_obj_t mode = mp_obj_subscr(os_stat(path), MP_OBJ_NEW_SMALL_INT(0), MP_OBJ_SENTINEL);
    if ((mp_obj_get_int(mode) & 0xf000) != 0x4000) {
        raise_path_error(ENOTDIR, path);
    }
    st[1] = mp_obj_new_str(abs.buf, abs.len);
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_1(os_chdir_obj, os_chdir);

#if !MICROPY_PORT_SIM
static mp_obj_t os_getenv(size_t n_args, const mp_obj_t *args) {
    const char *v = getenv(mp_obj_str_get_str(args[0]));
    if (v == NULL) {
        return n_args > 1 ? args[1] : mp_const_none;
    }
    return mp_obj_new_str(v, strlen(v));
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(os_getenv_obj, 1, 2, os_getenv);

static mp_obj_t os_putenv(mp_obj_t key, mp_obj_t value) {
    check_ret(setenv(mp_obj_str_get_str(key), mp_obj_str_get_str(value), 1), MP_OBJ_NULL);
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_2(os_putenv_obj, os_putenv);

static mp_obj_t os_unsetenv(mp_obj_t key) {
    check_ret(unsetenv(mp_obj_str_get_str(key)), MP_OBJ_NULL);
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_1(os_unsetenv_obj, os_unsetenv);

static mp_obj_t os_system(mp_obj_t cmd) {
    fflush(stdout);
    int r = system(mp_obj_str_get_str(cmd));
    if (r < 0) {
        mp_raise_OSError(errno);
    }
    return MP_OBJ_NEW_SMALL_INT(r);
}
static MP_DEFINE_CONST_FUN_OBJ_1(os_system_obj, os_system);
#endif

static mp_obj_t os_urandom(mp_obj_t n_in) {
    mp_int_t n = mp_obj_get_int(n_in);
    if (n < 0) {
        mp_raise_ValueError("negative argument not allowed");
    }
    vstr_t v;
    vstr_init_len(&v, n);
    #if MICROPY_PORT_SIM
    sim_urandom((uint8_t *)v.buf, n);
    return mp_obj_new_bytes_from_vstr(&v);
    #endif
    size_t done = 0;
    while (done < (size_t)n) {
        ssize_t r = getrandom(v.buf + done, n - done, 0);
        if (r < 0) {
            if (errno == EINTR) {
                mp_handle_pending(true);
                continue;
            }
            mp_raise_OSError(errno);
        }
        done += r;
    }
    return mp_obj_new_bytes_from_vstr(&v);
}
static MP_DEFINE_CONST_FUN_OBJ_1(os_urandom_obj, os_urandom);

#if !MICROPY_PORT_SIM
static mp_obj_t os_getpid(void) {
    return MP_OBJ_NEW_SMALL_INT(getpid());
}
static MP_DEFINE_CONST_FUN_OBJ_0(os_getpid_obj, os_getpid);
#endif

static mp_obj_t os_sync(void) {
    sync();
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_0(os_sync_obj, os_sync);

static mp_obj_t os_uname(void) {
    #if MICROPY_PORT_SIM
    {
        attrtuple_types_init();
        const char *f[5];
        sim_uname_fields(f);
        mp_obj_t items[5];
        for (int i = 0; i < 5; i++) {
            items[i] = mp_obj_new_str(f[i], strlen(f[i]));
        }
        return attrtuple_new(&uname_result_type, items);
    }
    #endif
    struct utsname u;
    if (uname(&u) < 0) {
        mp_raise_OSError(errno);
    }
    attrtuple_types_init();
    mp_obj_t items[5] = {
        mp_obj_new_str(u.sysname, strlen(u.sysname)),
        mp_obj_new_str(u.nodename, strlen(u.nodename)),
        mp_obj_new_str(u.release, strlen(u.release)),
        mp_obj_new_str(u.version, strlen(u.version)),
        mp_obj_new_str(u.machine, strlen(u.machine)),
    };
    return attrtuple_new(&uname_result_type, items);
}
static MP_DEFINE_CONST_FUN_OBJ_0(os_uname_obj, os_uname);

// ---- VfsPosix ----

static mp_obj_t vfs_posix_make_new(const mp_obj_type_t *type, size_t n_args, size_t n_kw, const mp_obj_t *args) {
    mp_arg_check_num(n_args, n_kw, 0, 1, false);
    vfs_posix_t *o = m_new_obj(vfs_posix_t);
    o->base.type = type;
    o->root = MP_OBJ_NEW_QSTR(MP_QSTR_);
    if (n_args > 0 && args[0] != mp_const_none) {
        size_t len;
        const char *p = mp_obj_str_get_data(args[0], &len);
        vstr_t v;
        vstr_init(&v, len + 64);
        mp_obj_t cwd = host_getcwd_str();
        path_normalise(&v, mp_obj_str_get_str(cwd), p, len);
        if (v.len == 1) {
            v.len = 0;   // the host root: no prefix
        }
        #if MICROPY_PORT_SIM
        // inside the board's filesystem: VfsPosix('/x') is --fs/x
        vstr_t r;
        vstr_init(&r, v.len + strlen(sim_fs_root) + 1);
        vstr_add_str(&r, sim_fs_root);
        vstr_add_strn(&r, v.buf, v.len);
        v = r;
        #endif
        o->root = mp_obj_new_str(v.buf, v.len);
    }
    return MP_OBJ_FROM_PTR(o);
}

static void vfs_posix_print(const mp_print_t *print, mp_obj_t self_in, mp_print_kind_t kind) {
    vfs_posix_t *self = MP_OBJ_TO_PTR(self_in);
    mp_print_str(print, "VfsPosix(");
    mp_obj_print_helper(print, self->root, PRINT_REPR);
    mp_print_str(print, ")");
}

// The host path of `path` inside this VFS (paths are relative to its root, "/" = the root).
static const char *vfs_posix_host(mp_obj_t self_in, mp_obj_t path) {
    vfs_posix_t *self = MP_OBJ_TO_PTR(self_in);
    size_t len;
    const char *p = mp_obj_str_get_data(path, &len);
    vstr_t v;
    vstr_init(&v, len + 64);
    path_normalise(&v, "/", p, len);
    vstr_t host;
    vstr_init(&host, v.len + 64);
    vstr_add_str(&host, mp_obj_str_get_str(self->root));
    if (v.len > 1 || host.len == 0) {
        vstr_add_strn(&host, v.buf, v.len);
    }
    return vstr_null_terminated_str(&host);
}

static mp_obj_t vfs_posix_mount(mp_obj_t self_in, mp_obj_t readonly, mp_obj_t mkfs) {
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_3(vfs_posix_mount_obj, vfs_posix_mount);

static mp_obj_t vfs_posix_umount(mp_obj_t self_in) {
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_1(vfs_posix_umount_obj, vfs_posix_umount);

static mp_obj_t vfs_posix_open(mp_obj_t self_in, mp_obj_t path, mp_obj_t mode) {
    return mp_unix_file_open_host(vfs_posix_host(self_in, path), path, mode);
}
static MP_DEFINE_CONST_FUN_OBJ_3(vfs_posix_open_obj, vfs_posix_open);

static mp_obj_t vfs_posix_ilistdir(mp_obj_t self_in, mp_obj_t path) {
    return host_ilistdir(vfs_posix_host(self_in, path), path, is_bytes(path));
}
static MP_DEFINE_CONST_FUN_OBJ_2(vfs_posix_ilistdir_obj, vfs_posix_ilistdir);

static mp_obj_t vfs_posix_stat(mp_obj_t self_in, mp_obj_t path) {
    return host_stat(vfs_posix_host(self_in, path), path);
}
static MP_DEFINE_CONST_FUN_OBJ_2(vfs_posix_stat_obj, vfs_posix_stat);

static mp_obj_t vfs_posix_statvfs(mp_obj_t self_in, mp_obj_t path) {
    return host_statvfs(vfs_posix_host(self_in, path), path);
}
static MP_DEFINE_CONST_FUN_OBJ_2(vfs_posix_statvfs_obj, vfs_posix_statvfs);

static mp_obj_t vfs_posix_mkdir(mp_obj_t self_in, mp_obj_t path) {
    check_ret(mkdir(vfs_posix_host(self_in, path), 0777), path);
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_2(vfs_posix_mkdir_obj, vfs_posix_mkdir);

static mp_obj_t vfs_posix_rmdir(mp_obj_t self_in, mp_obj_t path) {
    check_ret(rmdir(vfs_posix_host(self_in, path)), path);
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_2(vfs_posix_rmdir_obj, vfs_posix_rmdir);

static mp_obj_t vfs_posix_remove(mp_obj_t self_in, mp_obj_t path) {
    check_ret(unlink(vfs_posix_host(self_in, path)), path);
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_2(vfs_posix_remove_obj, vfs_posix_remove);

static mp_obj_t vfs_posix_rename(mp_obj_t self_in, mp_obj_t from, mp_obj_t to) {
    check_ret(rename(vfs_posix_host(self_in, from), vfs_posix_host(self_in, to)), from);
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_3(vfs_posix_rename_obj, vfs_posix_rename);

static const mp_rom_map_elem_t vfs_posix_locals_table[] = {
    { MP_ROM_QSTR(MP_QSTR_mount), MP_ROM_PTR(&vfs_posix_mount_obj) },
    { MP_ROM_QSTR(MP_QSTR_umount), MP_ROM_PTR(&vfs_posix_umount_obj) },
    { MP_ROM_QSTR(MP_QSTR_open), MP_ROM_PTR(&vfs_posix_open_obj) },
    { MP_ROM_QSTR(MP_QSTR_ilistdir), MP_ROM_PTR(&vfs_posix_ilistdir_obj) },
    { MP_ROM_QSTR(MP_QSTR_stat), MP_ROM_PTR(&vfs_posix_stat_obj) },
    { MP_ROM_QSTR(MP_QSTR_statvfs), MP_ROM_PTR(&vfs_posix_statvfs_obj) },
    { MP_ROM_QSTR(MP_QSTR_mkdir), MP_ROM_PTR(&vfs_posix_mkdir_obj) },
    { MP_ROM_QSTR(MP_QSTR_rmdir), MP_ROM_PTR(&vfs_posix_rmdir_obj) },
    { MP_ROM_QSTR(MP_QSTR_remove), MP_ROM_PTR(&vfs_posix_remove_obj) },
    { MP_ROM_QSTR(MP_QSTR_rename), MP_ROM_PTR(&vfs_posix_rename_obj) },
};
static MP_DEFINE_CONST_DICT(vfs_posix_locals_dict, vfs_posix_locals_table);

const mp_obj_type_t mp_type_vfs_posix = {
    {&mp_type_type},
    .name = MP_QSTR_VfsPosix,
    .print = vfs_posix_print,
    .make_new = vfs_posix_make_new,
    .locals_dict = (mp_obj_dict_t *)&vfs_posix_locals_dict,
};

// ---- vfs.mount / vfs.umount ----

static mp_obj_t vfs_mount(size_t n_args, const mp_obj_t *args, mp_map_t *kw) {
    enum { ARG_fs, ARG_mount_point, ARG_readonly, ARG_mkfs };
    static const mp_arg_t allowed[] = {
        { MP_QSTR_fsobj, MP_ARG_OBJ, {.u_obj = MP_OBJ_NULL} },
        { MP_QSTR_mount_point, MP_ARG_OBJ, {.u_obj = MP_OBJ_NULL} },
        { MP_QSTR_readonly, MP_ARG_KW_ONLY | MP_ARG_BOOL, {.u_bool = false} },
        { MP_QSTR_mkfs, MP_ARG_KW_ONLY | MP_ARG_BOOL, {.u_bool = false} },
    };
    mp_arg_val_t a[MP_ARRAY_SIZE(allowed)];
    mp_arg_parse_all(n_args, args, kw, MP_ARRAY_SIZE(allowed), allowed, a);
    mp_obj_t *st = vfs_state();
    mp_obj_list_t *mounts = MP_OBJ_TO_PTR(st[0]);
    if (a[ARG_fs].u_obj == MP_OBJ_NULL) {
        // vfs.mount(): list the mounts as (fs, mount_point) pairs
        mp_obj_t list = mp_obj_new_list(0, NULL);
        if (!root_unmounted) {
            mp_obj_t items[2] = {vfs_posix_make_new(&mp_type_vfs_posix, 0, 0, NULL), MP_OBJ_NEW_QSTR(MP_QSTR__slash_)};
            mp_obj_list_append(list, mp_obj_new_tuple(2, items));
        }
        for (size_t i = 0; i < mounts->len; i++) {
            mp_obj_t *e = ((mp_obj_tuple_t *)MP_OBJ_TO_PTR(mounts->items[i]))->items;
            mp_obj_t items[2] = {e[1], e[0]};
            mp_obj_list_append(list, mp_obj_new_tuple(2, items));
        }
        return list;
    }
    if (a[ARG_mount_point].u_obj == MP_OBJ_NULL) {
        mp_raise_TypeError("mount point required");
    }
    size_t len;
    const char *p = mp_obj_str_get_data(a[ARG_mount_point].u_obj, &len);
    vstr_t v;
    vstr_init(&v, len + 64);
    mp_obj_t cwd = st[1] != mp_const_none ? st[1] : host_getcwd_str();
    path_normalise(&v, mp_obj_str_get_str(cwd), p, len);
    if (v.len == 1 && !root_unmounted) {
        mp_raise_OSError(EPERM);
    }
    for (size_t i = 0; i < mounts->len; i++) {
        mp_obj_t mp_ = ((mp_obj_tuple_t *)MP_OBJ_TO_PTR(mounts->items[i]))->items[0];
        if (strcmp(mp_obj_str_get_str(mp_), v.buf) == 0) {
            mp_raise_OSError(EPERM);
        }
    }
    mp_obj_t fs = a[ARG_fs].u_obj;
    mp_obj_t dest[4];
    mp_load_method_maybe(fs, MP_QSTR_mount, dest);
    if (dest[0] != MP_OBJ_NULL) {
        dest[2] = mp_obj_new_bool(a[ARG_readonly].u_bool);
        dest[3] = mp_obj_new_bool(a[ARG_mkfs].u_bool);
        mp_call_method_n_kw(2, 0, dest);
    }
    mp_obj_t items[2] = {mp_obj_new_str(v.buf, v.len), fs};
    mp_obj_list_append(st[0], mp_obj_new_tuple(2, items));
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_KW(vfs_mount_obj, 0, vfs_mount);

static mp_obj_t vfs_umount(mp_obj_t target) {
    mp_obj_t *st = vfs_state();
    mp_obj_list_t *mounts = MP_OBJ_TO_PTR(st[0]);
    const char *want = NULL;
    vstr_t v;
    if (mp_obj_is_str(target)) {
        size_t len;
        const char *p = mp_obj_str_get_data(target, &len);
        vstr_init(&v, len + 64);
        mp_obj_t cwd = st[1] != mp_const_none ? st[1] : host_getcwd_str();
        path_normalise(&v, mp_obj_str_get_str(cwd), p, len);
        want = v.buf;
    }
    for (size_t i = 0; i < mounts->len; i++) {
        mp_obj_t *e = ((mp_obj_tuple_t *)MP_OBJ_TO_PTR(mounts->items[i]))->items;
        if (want != NULL ? strcmp(mp_obj_str_get_str(e[0]), want) == 0 : e[1] == target) {
            mp_obj_t fs = e[1];
            mp_obj_t mpoint = e[0];
            // remove entry i, keeping order
            memmove(&mounts->items[i], &mounts->items[i + 1], (mounts->len - i - 1) * sizeof(mp_obj_t));
            mounts->len--;
            mounts->items[mounts->len] = MP_OBJ_NULL;
            // a virtual cwd inside the unmounted file system no longer exists: go to "/"
            if (st[1] != mp_const_none) {
                size_t mlen;
                const char *m = mp_obj_str_get_data(mpoint, &mlen);
                const char *c = mp_obj_str_get_str(st[1]);
                if (strncmp(c, m, mlen) == 0 && (c[mlen] == 0 || c[mlen] == '/' || mlen == 1)) {
                    st[1] = mp_const_none;
                    if (chdir("/") < 0) {
                        mp_raise_OSError(errno);
                    }
                }
            }
            mp_obj_t dest[2];
            mp_load_method_maybe(fs, MP_QSTR_umount, dest);
            if (dest[0] != MP_OBJ_NULL) {
                mp_call_method_n_kw(0, 0, dest);
            }
            return mp_const_none;
        }
    }
    if (want != NULL && strcmp(want, "/") == 0 && !root_unmounted) {
        root_unmounted = true;
        return mp_const_none;
    }
    mp_raise_OSError(EINVAL);
}
static MP_DEFINE_CONST_FUN_OBJ_1(vfs_umount_obj, vfs_umount);

static const mp_rom_map_elem_t mp_module_vfs_globals_table[] = {
    { MP_ROM_QSTR(MP_QSTR___name__), MP_ROM_QSTR(MP_QSTR_vfs) },
    { MP_ROM_QSTR(MP_QSTR_mount), MP_ROM_PTR(&vfs_mount_obj) },
    { MP_ROM_QSTR(MP_QSTR_umount), MP_ROM_PTR(&vfs_umount_obj) },
    { MP_ROM_QSTR(MP_QSTR_VfsPosix), MP_ROM_PTR(&mp_type_vfs_posix) },
};
MP_DEFINE_CONST_MODULE(mp_module_vfs, mp_module_vfs_globals_table);
MP_REGISTER_MODULE(MP_QSTR_vfs, mp_module_vfs);

// ---- the os module ----

static mp_obj_t os___init__(mp_obj_t module) {
    attrtuple_types_init();
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_1(os___init___obj, os___init__);

static const mp_rom_map_elem_t mp_module_os_globals_table[] = {
    { MP_ROM_QSTR(MP_QSTR___name__), MP_ROM_QSTR(MP_QSTR_os) },
    { MP_ROM_QSTR(MP_QSTR___init__), MP_ROM_PTR(&os___init___obj) },
    { MP_ROM_QSTR(MP_QSTR_sep), MP_ROM_QSTR(MP_QSTR__slash_) },
    { MP_ROM_QSTR(MP_QSTR_name), MP_ROM_QSTR(MP_QSTR_posix) },
    { MP_ROM_QSTR(MP_QSTR_stat), MP_ROM_PTR(&os_stat_obj) },
    { MP_ROM_QSTR(MP_QSTR_statvfs), MP_ROM_PTR(&os_statvfs_obj) },
    { MP_ROM_QSTR(MP_QSTR_ilistdir), MP_ROM_PTR(&os_ilistdir_obj) },
    { MP_ROM_QSTR(MP_QSTR_listdir), MP_ROM_PTR(&os_listdir_obj) },
    { MP_ROM_QSTR(MP_QSTR_mkdir), MP_ROM_PTR(&os_mkdir_obj) },
    { MP_ROM_QSTR(MP_QSTR_rmdir), MP_ROM_PTR(&os_rmdir_obj) },
    { MP_ROM_QSTR(MP_QSTR_remove), MP_ROM_PTR(&os_remove_obj) },
    { MP_ROM_QSTR(MP_QSTR_unlink), MP_ROM_PTR(&os_remove_obj) },
    { MP_ROM_QSTR(MP_QSTR_rename), MP_ROM_PTR(&os_rename_obj) },
    { MP_ROM_QSTR(MP_QSTR_getcwd), MP_ROM_PTR(&os_getcwd_obj) },
    { MP_ROM_QSTR(MP_QSTR_chdir), MP_ROM_PTR(&os_chdir_obj) },
    #if !MICROPY_PORT_SIM
    { MP_ROM_QSTR(MP_QSTR_getenv), MP_ROM_PTR(&os_getenv_obj) },
    { MP_ROM_QSTR(MP_QSTR_putenv), MP_ROM_PTR(&os_putenv_obj) },
    { MP_ROM_QSTR(MP_QSTR_unsetenv), MP_ROM_PTR(&os_unsetenv_obj) },
    { MP_ROM_QSTR(MP_QSTR_system), MP_ROM_PTR(&os_system_obj) },
    { MP_ROM_QSTR(MP_QSTR_getpid), MP_ROM_PTR(&os_getpid_obj) },
    #endif
    { MP_ROM_QSTR(MP_QSTR_urandom), MP_ROM_PTR(&os_urandom_obj) },
    { MP_ROM_QSTR(MP_QSTR_sync), MP_ROM_PTR(&os_sync_obj) },
    { MP_ROM_QSTR(MP_QSTR_uname), MP_ROM_PTR(&os_uname_obj) },
    { MP_ROM_QSTR(MP_QSTR_mount), MP_ROM_PTR(&vfs_mount_obj) },
    { MP_ROM_QSTR(MP_QSTR_umount), MP_ROM_PTR(&vfs_umount_obj) },
    { MP_ROM_QSTR(MP_QSTR_VfsPosix), MP_ROM_PTR(&mp_type_vfs_posix) },
};
MP_DEFINE_CONST_MODULE(mp_module_os, mp_module_os_globals_table);
MP_REGISTER_MODULE(MP_QSTR_os, mp_module_os);
