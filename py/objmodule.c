// py/objmodule.c: module objects and the table of built-in modules.
//
// A module is its globals dict. Built-in modules are declared with MP_REGISTER_MODULE and
// defined with ROM globals; on first import a module gets a heap copy of those globals so
// that its attributes can be assigned like any Python module's (CPython allows math.x = 1).
#include <string.h>

#include "py/runtime.h"
#include "genhdr/moduledefs.h"

static void module_print(const mp_print_t *print, mp_obj_t self_in, mp_print_kind_t kind) {
    mp_obj_module_t *self = MP_OBJ_TO_PTR(self_in);
    mp_map_elem_t *name = mp_map_lookup(&self->globals->map, MP_OBJ_NEW_QSTR(MP_QSTR___name__), MP_MAP_LOOKUP);
    mp_map_elem_t *file = mp_map_lookup(&self->globals->map, MP_OBJ_NEW_QSTR(MP_QSTR___file__), MP_MAP_LOOKUP);
    mp_print_str(print, "<module '");
    if (name != NULL) {
        mp_obj_print_helper(print, name->value, PRINT_STR);
    }
    if (file != NULL) {
        mp_print_str(print, "' from '");
        mp_obj_print_helper(print, file->value, PRINT_STR);
    }
    mp_print_str(print, "'>");
}

static void module_attr(mp_obj_t self_in, qstr attr, mp_obj_t *dest) {
    mp_obj_module_t *self = MP_OBJ_TO_PTR(self_in);
    if (dest[0] == MP_OBJ_NULL) {
        if (attr == MP_QSTR___dict__) {
            dest[0] = MP_OBJ_FROM_PTR(self->globals);
            return;
        }
        mp_map_elem_t *e = mp_map_lookup(&self->globals->map, MP_OBJ_NEW_QSTR(attr), MP_MAP_LOOKUP);
        if (e != NULL) {
            dest[0] = e->value;
        } else {
            // PEP 562: a module-level __getattr__
            e = mp_map_lookup(&self->globals->map, MP_OBJ_NEW_QSTR(MP_QSTR___getattr__), MP_MAP_LOOKUP);
            if (e != NULL) {
                dest[0] = mp_call_function_1(e->value, MP_OBJ_NEW_QSTR(attr));
            }
        }
        return;
    }
    if (self->globals->map.is_fixed) {
        return;
    }
    if (dest[1] == MP_OBJ_NULL) {
        if (mp_map_lookup(&self->globals->map, MP_OBJ_NEW_QSTR(attr), MP_MAP_LOOKUP_REMOVE_IF_FOUND) != NULL) {
            dest[0] = MP_OBJ_NULL;
        }
    } else {
        mp_obj_dict_store(MP_OBJ_FROM_PTR(self->globals), MP_OBJ_NEW_QSTR(attr), dest[1]);
        dest[0] = MP_OBJ_NULL;
    }
}

const mp_obj_type_t mp_type_module = {
    {&mp_type_type},
    .name = MP_QSTR_module,
    .print = module_print,
    .unary_op = mp_generic_unary_op,
    .attr = module_attr,
};

mp_obj_t mp_obj_new_module(qstr module_name) {
    mp_obj_module_t *o = m_new_obj(mp_obj_module_t);
    o->base.type = &mp_type_module;
    o->globals = MP_OBJ_TO_PTR(mp_obj_new_dict(8));
    mp_obj_dict_store(MP_OBJ_FROM_PTR(o->globals), MP_OBJ_NEW_QSTR(MP_QSTR___name__), MP_OBJ_NEW_QSTR(module_name));
    mp_map_watch_builtins(&o->globals->map);
    return MP_OBJ_FROM_PTR(o);
}

static const mp_rom_map_elem_t builtin_modules_table[] = {
    MICROPY_REGISTERED_MODULES
};

mp_obj_t mp_module_get_builtin(qstr module_name) {
    if (module_name == MP_QSTR_builtins) {
        mp_obj_module_t *o = m_new_obj(mp_obj_module_t);
        o->base.type = &mp_type_module;
        o->globals = mp_state.dict_builtins;
        mp_obj_dict_store(MP_OBJ_FROM_PTR(o->globals), MP_OBJ_NEW_QSTR(MP_QSTR___name__), MP_OBJ_NEW_QSTR(MP_QSTR_builtins));
        return MP_OBJ_FROM_PTR(o);
    }
    for (size_t i = 0; i < MP_ARRAY_SIZE(builtin_modules_table); i++) {
        if (MP_OBJ_QSTR_VALUE(builtin_modules_table[i].key) == module_name) {
            const mp_obj_module_t *rom = MP_OBJ_TO_PTR(builtin_modules_table[i].value);
            mp_obj_module_t *o = m_new_obj(mp_obj_module_t);
            o->base.type = &mp_type_module;
            const mp_map_t *src = &rom->globals->map;
            mp_obj_t d = mp_obj_new_dict(src->used + 4);
            for (size_t k = 0; k < src->used; k++) {
                mp_obj_dict_store(d, src->table[k].key, src->table[k].value);
            }
            o->globals = MP_OBJ_TO_PTR(d);
            if (mp_map_lookup(&o->globals->map, MP_OBJ_NEW_QSTR(MP_QSTR___name__), MP_MAP_LOOKUP) == NULL) {
                mp_obj_dict_store(d, MP_OBJ_NEW_QSTR(MP_QSTR___name__), MP_OBJ_NEW_QSTR(module_name));
            }
            // The C __init__ hook runs once, here, and is then dropped from the module: it
            // trusts its argument to be this module, so Python code must not reach it.
            mp_map_elem_t *init = mp_map_lookup(&o->globals->map, MP_OBJ_NEW_QSTR(MP_QSTR___init__), MP_MAP_LOOKUP_REMOVE_IF_FOUND);
            if (init != NULL) {
                mp_call_function_1(init->value, MP_OBJ_FROM_PTR(o));
            }
            return MP_OBJ_FROM_PTR(o);
        }
    }
    return MP_OBJ_NULL;
}
