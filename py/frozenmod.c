// py/frozenmod.c: the ".frozen" directory of sys.path, backed by the table of frozen modules
// (py/frozenmod.h describes the layout; tools/makemanifest.py generates the table).
//
// Paths are mapped without allocating: the part after ".frozen/" is compared with the entry's
// dotted name, '/' matching '.'. A path containing '.' other than a trailing ".py" names
// nothing (".mpy" files never appear: frozen .mpy modules are shown as ".py", as in
// MicroPython).
#include <string.h>

#include "py/runtime.h"
#include "py/frozenmod.h"
#include "py/persistentcode.h"

#define PREFIX_LEN (sizeof(MP_FROZEN_PATH_PREFIX) - 1)

bool mp_frozen_path(const char *path) {
    return strncmp(path, MP_FROZEN_PATH_PREFIX, PREFIX_LEN) == 0 && (path[PREFIX_LEN] == '\0' || path[PREFIX_LEN] == '/');
}

// True if dotted `name` equals the path part rel[0..n) with '/' for '.'.
static bool name_matches(const char *name, const char *rel, size_t n) {
    for (size_t i = 0; i < n; i++) {
        char c = rel[i] == '/' ? '.' : rel[i];
        if (name[i] != c) {
            return false;
        }
    }
    return name[n] == '\0';
}

// Entry whose name is rel[0..n); if `prefix_ok`, reports (via *is_prefix) an entry below it.
static const mp_frozen_module_t *find_name(const char *rel, size_t n, bool *is_prefix) {
    for (size_t i = 0; i < mp_frozen_modules_count; i++) {
        const mp_frozen_module_t *fm = &mp_frozen_modules[i];
        if (name_matches(fm->name, rel, n)) {
            return fm;
        }
        if (is_prefix != NULL && n > 0 && strlen(fm->name) > n && fm->name[n] == '.') {
            bool m = true;
            for (size_t j = 0; j < n && m; j++) {
                m = fm->name[j] == (rel[j] == '/' ? '.' : rel[j]);
            }
            *is_prefix |= m;
        }
    }
    return NULL;
}

static bool ends_with(const char *s, size_t n, const char *suffix) {
    size_t k = strlen(suffix);
    return n >= k && memcmp(s + n - k, suffix, k) == 0;
}

const mp_frozen_module_t *mp_frozen_find_file(const char *path) {
    if (!mp_frozen_path(path) || path[PREFIX_LEN] == '\0') {
        return NULL;
    }
    const char *rel = path + PREFIX_LEN + 1;
    size_t n = strlen(rel);
    bool want_pkg = ends_with(rel, n, "/__init__.py");
    if (want_pkg) {
        n -= strlen("/__init__.py");
    } else if (ends_with(rel, n, ".py")) {
        n -= 3;
    } else {
        return NULL;
    }
    if (n == 0 || memchr(rel, '.', n) != NULL) {
        return NULL;
    }
    const mp_frozen_module_t *fm = find_name(rel, n, NULL);
    return fm != NULL && (fm->is_package != 0) == want_pkg ? fm : NULL;
}

mp_import_stat_t mp_frozen_stat(const char *path) {
    if (!mp_frozen_path(path)) {
        return MP_IMPORT_STAT_NO_EXIST;
    }
    if (path[PREFIX_LEN] == '\0') {
        return MP_IMPORT_STAT_DIR;
    }
    if (mp_frozen_find_file(path) != NULL) {
        return MP_IMPORT_STAT_FILE;
    }
    const char *rel = path + PREFIX_LEN + 1;
    size_t n = strlen(rel);
    if (n == 0 || memchr(rel, '.', n) != NULL) {
        return MP_IMPORT_STAT_NO_EXIST;
    }
    bool below = false;
    const mp_frozen_module_t *fm = find_name(rel, n, &below);
    return (fm != NULL && fm->is_package) || below ? MP_IMPORT_STAT_DIR : MP_IMPORT_STAT_NO_EXIST;
}

void mp_frozen_exec(const mp_frozen_module_t *fm, const char *path, mp_obj_dict_t *globals) {
    qstr file_q = qstr_from_str(path);
    mp_obj_dict_store(MP_OBJ_FROM_PTR(globals), MP_OBJ_NEW_QSTR(MP_QSTR___file__), MP_OBJ_NEW_QSTR(file_q));
    if (fm->kind == MP_FROZEN_KIND_MPY) {
        // The same validating loader as a .mpy file on disk; nothing is parsed here.
        mp_exec_raw_code(mp_raw_code_load_mem(fm->data, fm->len), globals);
    } else {
        mp_parse_compile_execute((const char *)fm->data, fm->len, file_q, MP_PARSE_FILE_INPUT, globals, globals);
    }
}
