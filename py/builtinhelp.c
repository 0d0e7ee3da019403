// py/builtinhelp.c: the help() builtin, as MicroPython's REPL offers it.
//
// help()           prints a fixed text about the REPL's control keys;
// help('modules')  lists the built-in module names (sorted, four columns of 18 characters);
// help(obj)        prints "object <repr> is of type <name>" and then one "  name -- value"
//                  line per entry of the object's namespace: a module's globals, a type's
//                  locals_dict, or for any other object its type's locals_dict.
#include <stdlib.h>
#include <string.h>

#include "py/runtime.h"
#include "genhdr/moduledefs.h"

static const mp_rom_map_elem_t help_modules_table[] = {
    MICROPY_REGISTERED_MODULES
};

static const char help_text[] =
    "Welcome to MicroPython!\n"
    "\n"
    "This is the unix port: a Python 3 interpreter for Linux hosts.\n"
    "For online docs please visit http://docs.micropython.org/\n"
    "\n"
    "Control commands:\n"
    "  CTRL-A        -- on a blank line, enter raw REPL mode\n"
    "  CTRL-B        -- on a blank line, enter normal REPL mode\n"
    "  CTRL-C        -- interrupt a running program\n"
    "  CTRL-D        -- on a blank line, exit or do a soft reset\n"
    "  CTRL-E        -- on a blank line, enter paste mode\n"
    "\n"
    "For further help on a specific object, type help(obj)\n"
    "For a list of available modules, type help('modules')\n";

static int help_cmp_names(const void *a, const void *b) {
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

static void help_print_modules(void) {
    enum { N = MP_ARRAY_SIZE(help_modules_table) };
    const char *names[N + 1];
    size_t n = 0;
    for (size_t i = 0; i < N; i++) {
        names[n++] = qstr_str(MP_OBJ_QSTR_VALUE(help_modules_table[i].key));
    }
    names[n++] = "builtins";
    qsort(names, n, sizeof(names[0]), help_cmp_names);
    for (size_t i = 0; i < n; i++) {
        bool last_in_row = i % 4 == 3 || i + 1 == n;
        if (last_in_row) {
            mp_printf(&mp_plat_print, "%s\n", names[i]);
        } else {
            mp_printf(&mp_plat_print, "%-18s", names[i]);
        }
    }
    mp_print_str(&mp_plat_print, "Plus any modules on the filesystem\n");
}

static void help_print_map(const mp_map_t *map) {
    for (size_t i = 0; i < map->used; i++) {
        const mp_map_elem_t *e = &map->table[i];
        if (e->key == MP_OBJ_NULL || e->key == MP_OBJ_SENTINEL) {
            continue;
        }
        mp_print_str(&mp_plat_print, "  ");
        mp_obj_print_helper(&mp_plat_print, e->key, PRINT_STR);
        mp_print_str(&mp_plat_print, " -- ");
        mp_obj_print_helper(&mp_plat_print, e->value, PRINT_STR);
        mp_print_str(&mp_plat_print, "\n");
    }
}

static mp_obj_t builtin_help(size_t n_args, const mp_obj_t *args) {
    if (n_args == 0) {
        mp_print_str(&mp_plat_print, help_text);
        return mp_const_none;
    }
    mp_obj_t obj = args[0];
    if (mp_obj_is_str(obj) && strcmp(mp_obj_str_get_str(obj), "modules") == 0) {
        help_print_modules();
        return mp_const_none;
    }
    const mp_obj_type_t *type = mp_obj_get_type(obj);
    mp_print_str(&mp_plat_print, "object ");
    mp_obj_print_helper(&mp_plat_print, obj, PRINT_REPR);
    mp_printf(&mp_plat_print, " is of type %q\n", type->name);
    const mp_map_t *map = NULL;
    if (type == &mp_type_module) {
        map = &mp_obj_module_get_globals(obj)->map;
    } else if (type == &mp_type_type) {
        const mp_obj_type_t *t = MP_OBJ_TO_PTR(obj);
        map = t->locals_dict != NULL ? &t->locals_dict->map : NULL;
    } else if (type->locals_dict != NULL) {
        map = &type->locals_dict->map;
    }
    if (map != NULL) {
        help_print_map(map);
    }
    return mp_const_none;
}
MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(mp_builtin_help_obj, 0, 1, builtin_help);
