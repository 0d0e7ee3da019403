// py/builtinimport.c: `import`, `from ... import`, __import__.
//
// Resolution of a dotted name a.b.c imports a, then a.b, then a.b.c, each step:
//   1. sys.modules (mp_state.loaded_modules), keyed by the full dotted name;
//   2. for a top-level name, a built-in module (MP_REGISTER_MODULE);
//   3. a file: for a top-level name each entry of sys.path ('' = the current directory), for a
//      submodule its package's __path__. In each directory, MicroPython's order: the package
//      `name/` (its `__init__.py`, else `__init__.mpy`), then `name.py`, then `name.mpy`
//      (precompiled, loaded by py/persistentcode.c); the first directory with a match wins.
//      The entry ".frozen" is the table of frozen modules (py/frozenmod.h), searched in its
//      place: a file in a directory listed before ".frozen" wins over a frozen module.
// A module is entered in sys.modules before its body runs (circular imports see the partial
// module) and removed again if the body raises.
#include <string.h>

#include "py/runtime.h"
#include "py/mphal.h"
#include "py/persistentcode.h"
#include "py/frozenmod.h"

// ---- frozen modules (py/frozenmod.c): ".frozen" in sys.path stands for the built-in table ----

// mp_import_stat, except that paths below ".frozen" are looked up in the frozen table.
static mp_import_stat_t import_stat(const char *path) {
    return mp_frozen_path(path) ? mp_frozen_stat(path) : mp_import_stat(path);
}

// ---- end of frozen modules ----

static mp_obj_t loaded_module(mp_obj_t full_name) {
    mp_map_elem_t *e = mp_map_lookup(mp_obj_dict_get_map(mp_state.loaded_modules), full_name, MP_MAP_LOOKUP);
    return e ? e->value : MP_OBJ_NULL;
}

// Looks for `name` (one component) in directory `dir`; fills path (without the trailing
// "/__init__.py" for packages) and returns FILE, DIR (package) or NO_EXIST. A directory without
// __init__.py / __init__.mpy is a namespace package (*ns set): it is returned only when the
// directory has no name.py / name.mpy either.
static mp_import_stat_t find_in_dir(vstr_t *path, const char *dir, size_t dir_len, const char *name, size_t name_len, bool *ns) {
    *ns = false;
    vstr_reset(path);
    if (dir_len > 0) {
        vstr_add_strn(path, dir, dir_len);
        if (dir[dir_len - 1] != '/') {
            vstr_add_byte(path, '/');
        }
    }
    vstr_add_strn(path, name, name_len);
    size_t base_len = path->len;
    bool is_dir = import_stat(vstr_null_terminated_str(path)) == MP_IMPORT_STAT_DIR;
    if (is_dir) {
        static const char *const inits[] = {"/__init__.py", "/__init__.mpy"};
        for (size_t i = 0; i < MP_ARRAY_SIZE(inits); i++) {
            vstr_add_str(path, inits[i]);
            bool found = import_stat(vstr_null_terminated_str(path)) == MP_IMPORT_STAT_FILE;
            path->len = base_len;
            if (found) {
                return MP_IMPORT_STAT_DIR;
            }
        }
    }
    static const char *const exts[] = {".py", ".mpy"};
    for (size_t i = 0; i < MP_ARRAY_SIZE(exts); i++) {
        vstr_add_str(path, exts[i]);
        if (import_stat(vstr_null_terminated_str(path)) == MP_IMPORT_STAT_FILE) {
            return MP_IMPORT_STAT_FILE;
        }
        path->len = base_len;
    }
    if (is_dir) {
        *ns = true;
        vstr_null_terminated_str(path);
        return MP_IMPORT_STAT_DIR;
    }
    return MP_IMPORT_STAT_NO_EXIST;
}

static bool path_is_mpy(const char *path) {
    size_t n = strlen(path);
    return n >= 4 && strcmp(path + n - 4, ".mpy") == 0;
}

void mp_exec_raw_code(const mp_raw_code_t *rc, mp_obj_dict_t *globals) {
    if (mp_state.verbose >= 2) {
        mp_bytecode_print(&mp_plat_print, rc);
    }
    mp_obj_dict_t *old_globals = mp_state.dict_globals;
    mp_obj_dict_t *old_locals = mp_state.dict_locals;
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        mp_state.dict_globals = globals;
        mp_state.dict_locals = globals;
        mp_obj_t fun = mp_make_function_from_raw_code(rc, MP_OBJ_NULL, MP_OBJ_NULL);
        mp_call_function_0(fun);
        nlr_pop();
        mp_state.dict_globals = old_globals;
        mp_state.dict_locals = old_locals;
    } else {
        mp_state.dict_globals = old_globals;
        mp_state.dict_locals = old_locals;
        nlr_jump(nlr.ret_val);
    }
}

static void exec_file_in_module(mp_obj_t module, const char *file_path) {
    if (mp_frozen_path(file_path)) {   // frozen module: .mpy image or source in the binary
        const mp_frozen_module_t *fm = mp_frozen_find_file(file_path);
        if (fm == NULL) {
            mp_raise_OSError_with_filename(2, file_path);
        }
        mp_frozen_exec(fm, file_path, mp_obj_module_get_globals(module));
        return;
    }
    if (path_is_mpy(file_path)) {
        mp_obj_dict_t *g = mp_obj_module_get_globals(module);
        mp_obj_dict_store(MP_OBJ_FROM_PTR(g), MP_OBJ_NEW_QSTR(MP_QSTR___file__), MP_OBJ_NEW_QSTR(qstr_from_str(file_path)));
        mp_exec_raw_code(mp_raw_code_load_file(file_path), g);
        return;
    }
    size_t len;
    char *src = mp_hal_read_file(file_path, &len);
    if (src == NULL) {
        mp_raise_OSError_with_filename(2, file_path);
    }
    mp_obj_dict_t *g = mp_obj_module_get_globals(module);
    qstr file_q = qstr_from_str(file_path);
    mp_obj_dict_store(MP_OBJ_FROM_PTR(g), MP_OBJ_NEW_QSTR(MP_QSTR___file__), MP_OBJ_NEW_QSTR(file_q));
    mp_parse_compile_execute(src, len, file_q, MP_PARSE_FILE_INPUT, g, g);
}

// Imports one component. parent: the package module or NULL. full_name: dotted name.

// ModuleNotFoundError with MicroPython's message and CPython's `name` attribute.
NORETURN static void import_raise_not_found(mp_obj_t full_name) {
    mp_obj_t exc = mp_obj_new_exception_msg_varg(&mp_type_ModuleNotFoundError, "no module named '%s'", mp_obj_str_get_str(full_name));
    mp_store_attr(exc, MP_QSTR_name, full_name);
    nlr_raise(exc);
}

// MicroPython's extensible built-in modules (docs: "Extending built-in libraries from
// Python"): a file or package of the same name on sys.path wins over the built-in, which is the
// fallback. Every other built-in (sys, micropython, gc, math, ...) bypasses the file system.
// `import u<name>` always gives the built-in <name>; so does `import <name>` while sys.path is
// empty (the documented way for an extending time.py to reach the built-in time).
static const qstr import_extensible[] = {
    MP_QSTR_array, MP_QSTR_binascii, MP_QSTR_collections, MP_QSTR_errno, MP_QSTR_gzip,
    MP_QSTR_hashlib, MP_QSTR_heapq, MP_QSTR_io, MP_QSTR_json, MP_QSTR_os, MP_QSTR_platform,
    MP_QSTR_random, MP_QSTR_re, MP_QSTR_select, MP_QSTR_socket, MP_QSTR_ssl, MP_QSTR_struct,
    MP_QSTR_time, MP_QSTR_zlib, MP_QSTR_machine,
};

static bool import_is_extensible(qstr q) {
    for (size_t i = 0; i < MP_ARRAY_SIZE(import_extensible); i++) {
        if (import_extensible[i] == q) {
            return true;
        }
    }
    return false;
}

// The one instance of built-in module q (made on first use, then kept in the dict at
// mp_state.user_roots[MP_ROOT_BUILTIN_MODULES], so that sys.modules may hold a file module of
// the same name); MP_OBJ_NULL if q is not built in.
static mp_obj_t import_builtin(qstr q) {
    mp_obj_t cache = mp_state.user_roots[MP_ROOT_BUILTIN_MODULES];
    if (cache == MP_OBJ_NULL) {
        cache = mp_state.user_roots[MP_ROOT_BUILTIN_MODULES] = mp_obj_new_dict(8);
    }
    mp_map_elem_t *e = mp_map_lookup(mp_obj_dict_get_map(cache), MP_OBJ_NEW_QSTR(q), MP_MAP_LOOKUP);
    if (e != NULL) {
        return e->value;
    }
    mp_obj_t mod = mp_module_get_builtin(q);
    if (mod != MP_OBJ_NULL) {
        mp_obj_dict_store(cache, MP_OBJ_NEW_QSTR(q), mod);
    }
    return mod;
}

// A built-in found for full_name goes into sys.modules unless that name is taken (by the
// file module that is importing its built-in namesake while sys.path is empty).
static mp_obj_t import_builtin_found(mp_obj_t full_name, mp_obj_t mod) {
    if (loaded_module(full_name) == MP_OBJ_NULL) {
        mp_obj_dict_store(mp_state.loaded_modules, full_name, mod);
    }
    return mod;
}

// sys.path as the program sees it: `sys.path = [...]` rebinds the attribute of the sys module
// (mp_state.sys_path is the list it started with).
static mp_obj_t import_sys_path(void) {
    mp_obj_t sys = mp_state.user_roots[0];
    if (sys != MP_OBJ_NULL) {
        mp_map_elem_t *e = mp_map_lookup(&mp_obj_module_get_globals(sys)->map, MP_OBJ_NEW_QSTR(MP_QSTR_path), MP_MAP_LOOKUP);
        if (e != NULL) {
            return e->value;
        }
    }
    return mp_state.sys_path;
}

static bool import_sys_path_empty(void) {
    size_t n;
    mp_obj_t *items;
    mp_obj_get_array(import_sys_path(), &n, &items);
    return n == 0;
}

static mp_obj_t import_one(mp_obj_t parent, mp_obj_t full_name, const char *name, size_t name_len) {
    qstr full_q = mp_obj_str_get_qstr(full_name);
    bool extensible = parent == MP_OBJ_NULL && import_is_extensible(full_q);
    mp_obj_t mod;
    if (!extensible || !import_sys_path_empty()) {
        mod = loaded_module(full_name);
        if (mod == mp_const_none) {
            // CPython: None in sys.modules blocks the import
            mp_obj_t exc = mp_obj_new_exception_msg_varg(&mp_type_ModuleNotFoundError, "import of %s halted; None in sys.modules", mp_obj_str_get_str(full_name));
            mp_store_attr(exc, MP_QSTR_name, full_name);
            nlr_raise(exc);
        }
        if (mod != MP_OBJ_NULL) {
            return mod;
        }
    }
    if (parent == MP_OBJ_NULL && !extensible) {
        mod = import_builtin(full_q);
        if (mod == MP_OBJ_NULL && name_len > 1 && name[0] == 'u') {
            mod = import_builtin(qstr_from_strn(name + 1, name_len - 1));
        }
        if (mod != MP_OBJ_NULL) {
            return import_builtin_found(full_name, mod);
        }
    }
    // Search directories.
    vstr_t path;
    vstr_init(&path, 64);
    mp_import_stat_t st = MP_IMPORT_STAT_NO_EXIST;
    mp_obj_t dirs;
    if (parent == MP_OBJ_NULL) {
        dirs = import_sys_path();
    } else {
        mp_obj_t dest[2];
        mp_load_method_maybe(parent, MP_QSTR___path__, dest);
        dirs = dest[0];
        if (dirs == MP_OBJ_NULL) {
            import_raise_not_found(full_name);
        }
        if (mp_obj_is_str(dirs)) {
            dirs = mp_obj_new_list(1, &dirs);
        }
    }
    size_t n_dirs;
    mp_obj_t *dir_items;
    mp_obj_get_array(dirs, &n_dirs, &dir_items);
    // As PEP 420: a module or regular package anywhere on the path (or an extensible
    // built-in) wins over a namespace package found before it; the first namespace
    // directory is used when there is nothing else.
    vstr_t ns_path;
    vstr_init(&ns_path, 16);
    bool have_ns = false;
    for (size_t i = 0; i < n_dirs; i++) {
        size_t dl;
        const char *d = mp_obj_str_get_data(dir_items[i], &dl);
        bool ns;
        st = find_in_dir(&path, d, dl, name, name_len, &ns);
        if (st != MP_IMPORT_STAT_NO_EXIST && !ns) {
            break;
        }
        if (ns && !have_ns) {
            have_ns = true;
            vstr_add_strn(&ns_path, path.buf, path.len);
        }
        st = MP_IMPORT_STAT_NO_EXIST;
    }
    if (st == MP_IMPORT_STAT_NO_EXIST && extensible) {
        mod = import_builtin(full_q);
        if (mod != MP_OBJ_NULL) {
            vstr_clear(&path);
            return import_builtin_found(full_name, mod);
        }
    }
    if (st == MP_IMPORT_STAT_NO_EXIST && have_ns) {
        st = MP_IMPORT_STAT_DIR;
        vstr_reset(&path);
        vstr_add_strn(&path, ns_path.buf, ns_path.len);
    }
    if (st == MP_IMPORT_STAT_NO_EXIST) {
        import_raise_not_found(full_name);
    }
    mod = mp_obj_new_module(full_q);
    mp_obj_dict_t *g = mp_obj_module_get_globals(mod);
    mp_obj_dict_store(mp_state.loaded_modules, full_name, mod);
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        if (st == MP_IMPORT_STAT_DIR) {
            mp_obj_t pkg_path = mp_obj_new_str(path.buf, path.len);
            mp_obj_dict_store(MP_OBJ_FROM_PTR(g), MP_OBJ_NEW_QSTR(MP_QSTR___path__), pkg_path);
            size_t pkg_len = path.len;
            vstr_add_str(&path, "/__init__.py");
            if (import_stat(vstr_null_terminated_str(&path)) == MP_IMPORT_STAT_FILE) {
                exec_file_in_module(mod, vstr_null_terminated_str(&path));
            } else {
                path.len = pkg_len;
                vstr_add_str(&path, "/__init__.mpy");
                if (import_stat(vstr_null_terminated_str(&path)) == MP_IMPORT_STAT_FILE) {
                    exec_file_in_module(mod, vstr_null_terminated_str(&path));
                }
            }
        } else {
            exec_file_in_module(mod, vstr_null_terminated_str(&path));
        }
        nlr_pop();
    } else {
        mp_map_lookup(mp_obj_dict_get_map(mp_state.loaded_modules), full_name, MP_MAP_LOOKUP_REMOVE_IF_FOUND);
        nlr_jump(nlr.ret_val);
    }
    // Make the submodule an attribute of its package.
    if (parent != MP_OBJ_NULL) {
        mp_store_attr(parent, qstr_from_strn(name, name_len), mod);
    }
    return mod;
}

// The length of dotted name[0:len] without its last component ("a.b.c" -> "a.b"; 0 for "a").
static size_t import_parent_len(const char *name, size_t len) {
    while (len > 0 && name[len - 1] != '.') {
        len--;
    }
    return len > 0 ? len - 1 : 0;
}

// The import itself; globals: the importing module's (relative imports resolve from it).
static mp_obj_t import_name_from(qstr name, mp_obj_t fromlist, mp_obj_t level_in, mp_obj_dict_t *globals) {
    mp_int_t level = mp_obj_is_small_int(level_in) ? MP_OBJ_SMALL_INT_VALUE(level_in) : mp_obj_get_int(level_in);
    vstr_t full;
    vstr_init(&full, 32);
    size_t name_len;
    const char *name_str = (const char *)qstr_data(name, &name_len);
    if (level < 0) {
        mp_raise_ValueError("level must be >= 0");
    }
    if (level == 0 && name_len == 0) {
        mp_raise_ValueError("Empty module name");
    }
    if (level > 0) {
        // Relative import: from the package of the importing module (globals): its
        // __package__ when set (a module run with -m inside a package is named __main__ and
        // carries it, as CPython sets it), else its __name__ if it is a package (has
        // __path__), else its __name__ minus the last component; each level past the first
        // strips one more component.
        mp_map_t *g = &globals->map;
        mp_map_elem_t *e = mp_map_lookup(g, MP_OBJ_NEW_QSTR(MP_QSTR___name__), MP_MAP_LOOKUP);
        mp_map_elem_t *pk = mp_map_lookup(g, MP_OBJ_NEW_QSTR(MP_QSTR___package__), MP_MAP_LOOKUP);
        const char *pkg = "";
        size_t pl = 0;
        if (pk != NULL && mp_obj_is_str(pk->value) && (mp_obj_str_get_data(pk->value, &pl), pl > 0)) {
            pkg = mp_obj_str_get_data(pk->value, &pl);
        } else if (e != NULL && mp_obj_is_str(e->value)) {
            pkg = mp_obj_str_get_data(e->value, &pl);
            if (mp_map_lookup(g, MP_OBJ_NEW_QSTR(MP_QSTR___path__), MP_MAP_LOOKUP) == NULL) {
                pl = import_parent_len(pkg, pl);
            }
        }
        if (pl == 0) {
            mp_raise_msg(&mp_type_ImportError, "attempted relative import with no known parent package");
        }
        for (mp_int_t strip = level - 1; strip > 0; strip--) {
            pl = import_parent_len(pkg, pl);
            if (pl == 0) {
                mp_raise_msg(&mp_type_ImportError, "attempted relative import beyond top-level package");
            }
        }
        vstr_add_strn(&full, pkg, pl);
        if (name_len > 0) {
            vstr_add_byte(&full, '.');
        }
    }
    vstr_add_strn(&full, name_str, name_len);

    // Import each component in turn.
    mp_obj_t top = MP_OBJ_NULL, mod = MP_OBJ_NULL;
    size_t start = 0;
    for (;;) {
        size_t end = start;
        while (end < full.len && full.buf[end] != '.') {
            end++;
        }
        mp_obj_t full_name = mp_obj_new_str_via_qstr(full.buf, end);
        mod = import_one(mod, full_name, full.buf + start, end - start);
        if (top == MP_OBJ_NULL) {
            top = mod;
        }
        if (end >= full.len) {
            break;
        }
        start = end + 1;
    }
    if (fromlist == mp_const_none || fromlist == MP_OBJ_NULL || !mp_obj_is_true(fromlist)) {
        if (level > 0) {
            return mod;
        }
        return top;
    }
    // `from pkg import name`: name may be a submodule not yet imported.
    if (mp_obj_is_type(mod, &mp_type_module)) {
        mp_map_elem_t *pe = mp_map_lookup(&mp_obj_module_get_globals(mod)->map, MP_OBJ_NEW_QSTR(MP_QSTR___path__), MP_MAP_LOOKUP);
        if (pe != NULL) {
            size_t n;
            mp_obj_t *items;
            mp_obj_get_array(fromlist, &n, &items);
            for (size_t i = 0; i < n; i++) {
                qstr q = mp_obj_str_get_qstr(items[i]);
                if (q == MP_QSTR__star_) {
                    continue;
                }
                mp_obj_t dest[2];
                mp_load_method_maybe(mod, q, dest);
                if (dest[0] == MP_OBJ_NULL) {
                    vstr_t sub;
                    vstr_init(&sub, full.len + 16);
                    vstr_add_strn(&sub, full.buf, full.len);
                    vstr_add_byte(&sub, '.');
                    size_t ql;
                    const char *qs = (const char *)qstr_data(q, &ql);
                    vstr_add_strn(&sub, qs, ql);
                    nlr_buf_t nlr;
                    if (nlr_push(&nlr) == 0) {
                        import_one(mod, mp_obj_new_str_via_qstr(sub.buf, sub.len), qs, ql);
                        nlr_pop();
                    } else {
                        // not a submodule: mp_import_from reports the missing name
                        if (!mp_obj_is_subclass(mp_obj_get_type(MP_OBJ_FROM_PTR(nlr.ret_val)), &mp_type_ImportError)) {
                            nlr_jump(nlr.ret_val);
                        }
                    }
                }
            }
        }
    }
    return mod;
}

mp_obj_t mp_import_from(mp_obj_t module, qstr name) {
    mp_obj_t dest[2];
    // an AttributeError from a module's __getattr__ (PEP 562) means the name is missing
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        mp_load_method_maybe(module, name, dest);
        nlr_pop();
    } else {
        if (!mp_obj_is_subclass(mp_obj_get_type(MP_OBJ_FROM_PTR(nlr.ret_val)), &mp_type_AttributeError)) {
            nlr_jump(nlr.ret_val);
        }
        dest[0] = MP_OBJ_NULL;
    }
    if (dest[0] == MP_OBJ_NULL) {
        mp_obj_t mname = MP_OBJ_NULL;
        if (mp_obj_is_type(module, &mp_type_module)) {
            mp_map_elem_t *e = mp_map_lookup(&mp_obj_module_get_globals(module)->map, MP_OBJ_NEW_QSTR(MP_QSTR___name__), MP_MAP_LOOKUP);
            if (e != NULL) {
                mname = e->value;
            }
        }
        if (mname != MP_OBJ_NULL) {
            mp_obj_t exc = mp_obj_new_exception_msg_varg(&mp_type_ImportError, "cannot import name '%q' from '%s'", name, mp_obj_str_get_str(mname));
            mp_store_attr(exc, MP_QSTR_name, mname);
            nlr_raise(exc);
        }
        mp_raise_msg_varg(&mp_type_ImportError, "cannot import name '%q'", name);
    }
    if (dest[1] != MP_OBJ_NULL) {
        return mp_obj_new_bound_meth(dest[0], dest[1]);
    }
    return dest[0];
}

// `from x import *` where x is not a module (any object placed in sys.modules): the generic
// attribute protocol, as CPython: the names in x.__all__, else the keys of x.__dict__ that do
// not start with '_', each fetched with getattr.
static void import_all_generic(mp_obj_t obj) {
    mp_obj_t dest[2];
    mp_load_method_maybe(obj, MP_QSTR___all__, dest);
    bool from_all = dest[0] != MP_OBJ_NULL;
    if (!from_all) {
        mp_load_method_maybe(obj, MP_QSTR___dict__, dest);
        if (dest[0] == MP_OBJ_NULL) {
            mp_raise_msg(&mp_type_ImportError, "from-import-* object has no __dict__ and no __all__");
        }
    }
    mp_obj_t names = dest[1] != MP_OBJ_NULL ? mp_obj_new_bound_meth(dest[0], dest[1]) : dest[0];
    // Snapshot the names first: fetching attributes may run code that changes the mapping.
    mp_obj_t list = mp_obj_list_from_iter(names);
    size_t n;
    mp_obj_t *items;
    mp_obj_list_get(list, &n, &items);
    for (size_t i = 0; i < n; i++) {
        mp_obj_t key = items[i];   // (the list is ours: user code cannot resize it)
        if (!mp_obj_is_str(key)) {
            mp_raise_msg_varg(&mp_type_TypeError, from_all ? "Item in __all__ must be str, not %s" : "Key in __dict__ must be str, not %s",
                mp_obj_get_type_str(key));
        }
        qstr q = mp_obj_str_get_qstr(key);
        if (!from_all && qstr_str(q)[0] == '_') {
            continue;
        }
        mp_store_name(q, mp_load_attr(obj, q));
    }
}

void mp_import_all(mp_obj_t module) {
    if (!mp_obj_is_type(module, &mp_type_module)) {
        import_all_generic(module);
        return;
    }
    mp_map_t *map = &mp_obj_module_get_globals(module)->map;
    mp_map_elem_t *all = mp_map_lookup(map, MP_OBJ_NEW_QSTR(MP_QSTR___all__), MP_MAP_LOOKUP);
    if (all != NULL) {
        mp_obj_t iter = mp_getiter(all->value);
        mp_obj_t item;
        while ((item = mp_iternext(iter)) != MP_OBJ_STOP_ITERATION) {
            if (!mp_obj_is_str(item)) {
                mp_raise_msg_varg(&mp_type_TypeError, "Item in %s.__all__ must be str, not %s",
                    mp_obj_str_get_str(mp_load_attr(module, MP_QSTR___name__)), mp_obj_get_type_str(item));
            }
            // a name of a package's __all__ may be a submodule not imported yet; a name the
            // module still lacks is an AttributeError (CPython)
            qstr q = mp_obj_str_get_qstr(item);
            mp_obj_t dest[2];
            mp_load_method_maybe(module, q, dest);
            if (dest[0] == MP_OBJ_NULL && mp_map_lookup(map, MP_OBJ_NEW_QSTR(MP_QSTR___path__), MP_MAP_LOOKUP) != NULL) {
                mp_map_elem_t *ne = mp_map_lookup(map, MP_OBJ_NEW_QSTR(MP_QSTR___name__), MP_MAP_LOOKUP);
                if (ne != NULL && mp_obj_is_str(ne->value)) {
                    size_t pl, ql;
                    const char *pn = mp_obj_str_get_data(ne->value, &pl);
                    const char *qs = (const char *)qstr_data(q, &ql);
                    vstr_t sub;
                    vstr_init(&sub, pl + ql + 2);
                    vstr_add_strn(&sub, pn, pl);
                    vstr_add_byte(&sub, '.');
                    vstr_add_strn(&sub, qs, ql);
                    nlr_buf_t nlr;
                    if (nlr_push(&nlr) == 0) {
                        import_one(module, mp_obj_new_str_via_qstr(sub.buf, sub.len), qs, ql);
                        nlr_pop();
                    } else if (!mp_obj_is_subclass(mp_obj_get_type(MP_OBJ_FROM_PTR(nlr.ret_val)), &mp_type_ImportError)) {
                        nlr_jump(nlr.ret_val);   // no such submodule: the AttributeError below
                    }
                }
            }
            mp_store_name(q, mp_load_attr(module, q));
        }
        return;
    }
    size_t cur = 0;
    mp_map_elem_t *e;
    while ((e = mp_map_iter_next(map, &cur)) != NULL) {
        qstr q = mp_obj_str_get_qstr(e->key);
        const char *s = qstr_str(q);
        if (s[0] != '_') {
            mp_store_name(q, e->value);
        }
    }
}

// __import__(name, globals=None, locals=None, fromlist=(), level=0): relative to `globals`
// when it is a dict (CPython), else to the calling code's module.
mp_obj_t mp_builtin___import__(size_t n_args, const mp_obj_t *args) {
    mp_obj_t fromlist = n_args > 3 ? args[3] : mp_const_none;
    mp_obj_t level = n_args > 4 ? args[4] : MP_OBJ_NEW_SMALL_INT(0);
    mp_obj_dict_t *globals = mp_state.dict_globals;
    if (n_args > 1 && mp_obj_is_type(args[1], &mp_type_dict)) {
        globals = MP_OBJ_TO_PTR(args[1]);
    }
    if (!mp_obj_is_str(args[0])) {
        mp_raise_TypeError("module name must be str");
    }
    return import_name_from(mp_obj_str_get_qstr(args[0]), fromlist, level, globals);
}

extern const mp_obj_fun_builtin_var_t mp_builtin___import___obj;   // py/modbuiltins.c

// The `import` statement: through builtins.__import__ when a program replaced it (called as
// CPython does, with the importing module's globals), else directly.
mp_obj_t mp_import_name(qstr name, mp_obj_t fromlist, mp_obj_t level) {
    mp_map_elem_t *e = mp_map_lookup(&mp_state.dict_builtins->map, MP_OBJ_NEW_QSTR(MP_QSTR___import__), MP_MAP_LOOKUP);
    if (e != NULL && e->value != MP_OBJ_FROM_PTR(&mp_builtin___import___obj)) {
        mp_obj_t args[5] = {
            MP_OBJ_NEW_QSTR(name), MP_OBJ_FROM_PTR(mp_state.dict_globals), mp_const_none,
            fromlist == MP_OBJ_NULL ? mp_const_none : fromlist, level,
        };
        return mp_call_function_n_kw(e->value, 5, 0, args);
    }
    return import_name_from(name, fromlist, level, mp_state.dict_globals);
}
