// py/modcollections.c: the `collections` module: namedtuple, deque, OrderedDict and
// defaultdict (the last two are dict variants living in py/objdict.c).
//
// namedtuple(name, fields) builds a new type at run time: an mp_obj_namedtuple_type_t, which is
// an mp_obj_type_t followed by the field names. Its instances have exactly the tuple layout
// (mp_obj_tuple_t with base.type = the new type), so they reuse tuple's slots for indexing,
// iteration, comparison and hashing (copied from mp_type_tuple when the type is made), and
// `parent` = tuple makes isinstance(p, tuple) hold. Field access goes through the type's attr
// slot (a linear search over the few field names); _fields, _make, _asdict, _replace live in
// a per-type locals dict.
//
// deque is a ring buffer: items[(head + i) & (alloc - 1)] is element i, alloc a power of two,
// growing by doubling (the elements are unrolled into the new block). A bounded deque
// (maxlen) drops items from the opposite end when full. Slots outside the live range are kept
// MP_OBJ_NULL so the collector retains nothing stale. `version` counts structural changes so
// an iterator can detect mutation ("deque mutated during iteration").
#include <string.h>
#include <stdio.h>

#include "py/runtime.h"

// ======== namedtuple ========

typedef struct _mp_obj_namedtuple_type_t {
    mp_obj_type_t base;
    size_t n_fields;
    mp_obj_tuple_t *defaults;   // values for the last defaults->len fields
    qstr fields[];
} mp_obj_namedtuple_type_t;

static mp_obj_t namedtuple_make_new(const mp_obj_type_t *type, size_t n_args, size_t n_kw, const mp_obj_t *args);

// The namedtuple type behind `type` (which may be a user class deriving from one), or NULL.
static const mp_obj_namedtuple_type_t *namedtuple_type_of(const mp_obj_type_t *type) {
    while (type != NULL) {
        if (type->make_new == namedtuple_make_new && !(type->flags & MP_TYPE_FLAG_INSTANCE_TYPE)) {
            return (const mp_obj_namedtuple_type_t *)type;
        }
        const void *p = type->parent;
        if (p == NULL || mp_obj_is_type(p, &mp_type_tuple)) {
            // several bases: search them in MRO order
            if (type->mro != NULL) {
                for (size_t i = 1; i < type->mro->len; i++) {
                    const mp_obj_type_t *t = MP_OBJ_TO_PTR(type->mro->items[i]);
                    if (t->make_new == namedtuple_make_new && !(t->flags & MP_TYPE_FLAG_INSTANCE_TYPE)) {
                        return (const mp_obj_namedtuple_type_t *)t;
                    }
                }
            }
            return NULL;
        }
        type = p;
    }
    return NULL;
}

static mp_int_t namedtuple_field_index(const mp_obj_namedtuple_type_t *nt, qstr name) {
    for (size_t i = 0; i < nt->n_fields; i++) {
        if (nt->fields[i] == name) {
            return (mp_int_t)i;
        }
    }
    return -1;
}

static void namedtuple_print(const mp_print_t *print, mp_obj_t self_in, mp_print_kind_t kind) {
    mp_obj_tuple_t *self = MP_OBJ_TO_PTR(self_in);
    const mp_obj_namedtuple_type_t *nt = (const mp_obj_namedtuple_type_t *)self->base.type;
    mp_printf(print, "%q(", (qstr)nt->base.name);
    for (size_t i = 0; i < self->len; i++) {
        if (i > 0) {
            mp_print_str(print, ", ");
        }
        mp_printf(print, "%q=", nt->fields[i]);
        mp_obj_print_helper(print, self->items[i], PRINT_REPR);
    }
    mp_print_str(print, ")");
}

// Formats "'x'", "'x' and 'y'", "'x', 'y', and 'z'" (CPython's missing-argument lists).
static void format_name_list(vstr_t *vstr, const qstr *names, size_t n) {
    for (size_t i = 0; i < n; i++) {
        if (i > 0) {
            vstr_add_str(vstr, n == 2 ? " and " : (i == n - 1 ? ", and " : ", "));
        }
        vstr_printf(vstr, "'%s'", qstr_str(names[i]));
    }
}

static mp_obj_t namedtuple_make_new(const mp_obj_type_t *type, size_t n_args, size_t n_kw, const mp_obj_t *args) {
    const mp_obj_namedtuple_type_t *nt = namedtuple_type_of(type);
    size_t n = nt->n_fields;
    qstr name = nt->base.name;
    if (n_args > n) {
        if (nt->defaults->len > 0) {
            mp_raise_msg_varg(&mp_type_TypeError, "%q.__new__() takes from %u to %u positional arguments but %u were given",
                name, (unsigned)(n - nt->defaults->len + 1), (unsigned)(n + 1), (unsigned)(n_args + 1));
        }
        mp_raise_msg_varg(&mp_type_TypeError, "%q.__new__() takes %u positional arguments but %u were given",
            name, (unsigned)(n + 1), (unsigned)(n_args + 1));
    }
    mp_obj_tuple_t *t = MP_OBJ_TO_PTR(mp_obj_new_tuple(n, NULL));
    if (n == 0) {
        // a field-less namedtuple still needs its own type
        t = m_new_obj_var(mp_obj_tuple_t, mp_obj_t, 0);
        t->len = 0;
    }
    t->base.type = &nt->base;
    if (n_args > 0) {
        memcpy(t->items, args, n_args * sizeof(mp_obj_t));
    }
    for (size_t i = 0; i < n_kw; i++) {
        qstr kw = mp_obj_str_get_qstr(args[n_args + 2 * i]);
        mp_int_t idx = namedtuple_field_index(nt, kw);
        if (idx < 0) {
            mp_raise_msg_varg(&mp_type_TypeError, "%q.__new__() got an unexpected keyword argument '%q'", name, kw);
        }
        if (t->items[idx] != MP_OBJ_NULL) {
            mp_raise_msg_varg(&mp_type_TypeError, "%q.__new__() got multiple values for argument '%q'", name, kw);
        }
        t->items[idx] = args[n_args + 2 * i + 1];
    }
    // defaults, then report what is still missing
    size_t n_def = nt->defaults->len;
    qstr missing[n > 0 ? n : 1];
    size_t n_missing = 0;
    for (size_t i = 0; i < n; i++) {
        if (t->items[i] == MP_OBJ_NULL) {
            if (i >= n - n_def) {
                t->items[i] = nt->defaults->items[i - (n - n_def)];
            } else {
                missing[n_missing++] = nt->fields[i];
            }
        }
    }
    if (n_missing > 0) {
        vstr_t vstr;
        vstr_init(&vstr, 32);
        format_name_list(&vstr, missing, n_missing);
        mp_raise_msg_varg(&mp_type_TypeError, "%q.__new__() missing %u required positional argument%s: %s",
            name, (unsigned)n_missing, n_missing == 1 ? "" : "s", vstr_null_terminated_str(&vstr));
    }
    return MP_OBJ_FROM_PTR(t);
}

static void namedtuple_attr(mp_obj_t self_in, qstr attr, mp_obj_t *dest) {
    mp_obj_tuple_t *self = MP_OBJ_TO_PTR(self_in);
    const mp_obj_namedtuple_type_t *nt = namedtuple_type_of(self->base.type);
    mp_int_t idx = namedtuple_field_index(nt, attr);
    if (idx < 0) {
        return;
    }
    if (dest[0] == MP_OBJ_NULL) {
        dest[0] = self->items[idx];
    } else {
        mp_raise_msg(&mp_type_AttributeError, "can't set attribute");
    }
}

static mp_obj_t namedtuple_asdict(mp_obj_t self_in) {
    mp_obj_tuple_t *self = MP_OBJ_TO_PTR(self_in);
    const mp_obj_namedtuple_type_t *nt = namedtuple_type_of(self->base.type);
    mp_obj_t d = mp_obj_new_dict(self->len);
    for (size_t i = 0; i < self->len; i++) {
        mp_obj_dict_store(d, MP_OBJ_NEW_QSTR(nt->fields[i]), self->items[i]);
    }
    return d;
}
static MP_DEFINE_CONST_FUN_OBJ_1(namedtuple_asdict_obj, namedtuple_asdict);

static mp_obj_t namedtuple_replace(size_t n_args, const mp_obj_t *args, mp_map_t *kwargs) {
    if (n_args != 1) {
        mp_raise_TypeError("_replace() takes no positional arguments");
    }
    mp_obj_tuple_t *self = MP_OBJ_TO_PTR(args[0]);
    const mp_obj_namedtuple_type_t *nt = namedtuple_type_of(self->base.type);
    mp_obj_tuple_t *res = m_new_obj_var(mp_obj_tuple_t, mp_obj_t, self->len);
    res->base.type = self->base.type;
    res->len = self->len;
    memcpy(res->items, self->items, self->len * sizeof(mp_obj_t));
    if (kwargs != NULL) {
        size_t cur = 0;
        mp_map_elem_t *e;
        while ((e = mp_map_iter_next(kwargs, &cur)) != NULL) {
            qstr kw = mp_obj_str_get_qstr(e->key);
            mp_int_t idx = namedtuple_field_index(nt, kw);
            if (idx < 0) {
                mp_raise_msg_varg(&mp_type_ValueError, "Got unexpected field names: ['%q']", kw);
            }
            res->items[idx] = e->value;
        }
    }
    return MP_OBJ_FROM_PTR(res);
}
static MP_DEFINE_CONST_FUN_OBJ_KW(namedtuple_replace_obj, 1, namedtuple_replace);

static mp_obj_t namedtuple_make(mp_obj_t cls, mp_obj_t iterable) {
    mp_obj_t t = mp_obj_tuple_from_iter(iterable);
    size_t len;
    mp_obj_t *items;
    mp_obj_tuple_get(t, &len, &items);
    return mp_call_function_n_kw(cls, len, 0, items);
}
static MP_DEFINE_CONST_FUN_OBJ_2(namedtuple_make_fun_obj, namedtuple_make);
static MP_DEFINE_CONST_CLASSMETHOD_OBJ(namedtuple_make_obj, MP_ROM_PTR(&namedtuple_make_fun_obj));

static bool is_identifier(const char *s, size_t len) {
    if (len == 0 || unichar_isdigit((byte)s[0])) {
        return false;
    }
    for (size_t i = 0; i < len; i++) {
        if (!unichar_isident((byte)s[i])) {
            return false;
        }
    }
    return true;
}

static bool is_keyword(const char *s, size_t len) {
    static const char *const keywords[] = {
        "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class",
        "continue", "def", "del", "elif", "else", "except", "finally", "for", "from", "global",
        "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return",
        "try", "while", "with", "yield",
    };
    for (size_t i = 0; i < MP_ARRAY_SIZE(keywords); i++) {
        if (strlen(keywords[i]) == len && memcmp(keywords[i], s, len) == 0) {
            return true;
        }
    }
    return false;
}

// Checks a type or field name as CPython does; with `rename`, a bad field name is not an error
// (MP_QSTRnull is returned and the caller names the field _<index>).
static qstr check_name(mp_obj_t name_in, bool is_field, bool rename) {
    if (!mp_obj_is_str(name_in)) {
        mp_raise_TypeError("Type names and field names must be strings");
    }
    size_t len;
    const char *s = mp_obj_str_get_data(name_in, &len);
    const char *problem = NULL;
    if (!is_identifier(s, len)) {
        problem = "Type names and field names must be valid identifiers: '%s'";
    } else if (is_keyword(s, len)) {
        problem = "Type names and field names cannot be a keyword: '%s'";
    } else if (is_field && s[0] == '_') {
        problem = "Field names cannot start with an underscore: '%s'";
    }
    if (problem != NULL) {
        if (rename && is_field) {
            return MP_QSTRnull;
        }
        mp_raise_msg_varg(&mp_type_ValueError, problem, s);
    }
    return mp_obj_str_get_qstr(name_in);
}

static mp_obj_t collections_namedtuple(size_t n_args, const mp_obj_t *args, mp_map_t *kwargs) {
    static const mp_arg_t allowed[] = {
        { MP_QSTR_typename, MP_ARG_REQUIRED | MP_ARG_OBJ, {.u_rom_obj = MP_ROM_NONE} },
        { MP_QSTR_field_names, MP_ARG_REQUIRED | MP_ARG_OBJ, {.u_rom_obj = MP_ROM_NONE} },
        { MP_QSTR_rename, MP_ARG_KW_ONLY | MP_ARG_BOOL, {.u_bool = false} },
        { MP_QSTR_defaults, MP_ARG_KW_ONLY | MP_ARG_OBJ, {.u_rom_obj = MP_ROM_NONE} },
        { MP_QSTR_module, MP_ARG_KW_ONLY | MP_ARG_OBJ, {.u_rom_obj = MP_ROM_NONE} },
    };
    mp_arg_val_t vals[5];
    mp_arg_parse_all(n_args, args, kwargs, 5, allowed, vals);
    qstr type_name = check_name(vals[0].u_obj, false, false);

    // field names: "x y", "x, y" or an iterable of strings
    mp_obj_t fields_in = vals[1].u_obj;
    mp_obj_t field_list;
    if (mp_obj_is_str(fields_in)) {
        size_t len;
        const char *s = mp_obj_str_get_data(fields_in, &len);
        field_list = mp_obj_new_list(0, NULL);
        size_t i = 0;
        while (i < len) {
            while (i < len && (s[i] == ',' || unichar_isspace((byte)s[i]))) {
                i++;
            }
            size_t start = i;
            while (i < len && s[i] != ',' && !unichar_isspace((byte)s[i])) {
                i++;
            }
            if (i > start) {
                mp_obj_list_append(field_list, mp_obj_new_str(s + start, i - start));
            }
        }
    } else {
        field_list = mp_obj_list_from_iter(fields_in);
    }
    size_t n_fields;
    mp_obj_t *names;
    mp_obj_list_get(field_list, &n_fields, &names);

    mp_obj_namedtuple_type_t *nt = m_new_obj_var(mp_obj_namedtuple_type_t, qstr, n_fields);
    nt->n_fields = n_fields;
    for (size_t i = 0; i < n_fields; i++) {
        bool rename = vals[2].u_bool;
        qstr f = check_name(names[i], true, rename);
        for (size_t j = 0; j < i && f != MP_QSTRnull; j++) {
            if (nt->fields[j] == f) {
                if (!rename) {
                    mp_raise_msg_varg(&mp_type_ValueError, "Encountered duplicate field name: '%q'", f);
                }
                f = MP_QSTRnull;
            }
        }
        if (f == MP_QSTRnull) {
            // rename=True: an invalid or repeated name becomes _<index>
            char buf[24];
            int n = snprintf(buf, sizeof(buf), "_%u", (unsigned)i);
            f = qstr_from_strn(buf, n);
        }
        nt->fields[i] = f;
    }

    mp_obj_t defaults = vals[3].u_obj == mp_const_none ? mp_const_empty_tuple : mp_obj_tuple_from_iter(vals[3].u_obj);
    nt->defaults = MP_OBJ_TO_PTR(defaults);
    if (nt->defaults->len > n_fields) {
        mp_raise_TypeError("Got more default values than field names");
    }

    mp_obj_type_t *t = &nt->base;
    t->base.type = &mp_type_type;
    t->flags = 0;
    t->name = (uint16_t)type_name;
    t->print = namedtuple_print;
    t->make_new = namedtuple_make_new;
    t->unary_op = mp_type_tuple.unary_op;
    t->binary_op = mp_type_tuple.binary_op;
    t->attr = namedtuple_attr;
    t->subscr = mp_type_tuple.subscr;
    t->getiter = mp_type_tuple.getiter;
    t->parent = &mp_type_tuple;

    // class attributes: tuple's methods, then the namedtuple API
    mp_obj_t field_tuple = mp_obj_new_tuple(n_fields, NULL);
    mp_obj_tuple_t *ft = MP_OBJ_TO_PTR(field_tuple);
    for (size_t i = 0; i < n_fields; i++) {
        ft->items[i] = MP_OBJ_NEW_QSTR(nt->fields[i]);
    }
    mp_obj_t field_defaults = mp_obj_new_dict(0);
    for (size_t i = 0; i < nt->defaults->len; i++) {
        mp_obj_dict_store(field_defaults, ft->items[n_fields - nt->defaults->len + i], nt->defaults->items[i]);
    }
    mp_obj_t locals = mp_obj_new_dict(8);
    mp_map_t *tuple_locals = &mp_type_tuple.locals_dict->map;
    for (size_t i = 0; i < tuple_locals->used; i++) {
        mp_obj_dict_store(locals, tuple_locals->table[i].key, tuple_locals->table[i].value);
    }
    mp_obj_dict_store(locals, MP_OBJ_NEW_QSTR(MP_QSTR__fields), field_tuple);
    mp_obj_dict_store(locals, MP_OBJ_NEW_QSTR(MP_QSTR___match_args__), field_tuple);
    mp_obj_dict_store(locals, MP_OBJ_NEW_QSTR(MP_QSTR__field_defaults), field_defaults);
    mp_obj_dict_store(locals, MP_OBJ_NEW_QSTR(MP_QSTR__asdict), MP_OBJ_FROM_PTR(&namedtuple_asdict_obj));
    mp_obj_dict_store(locals, MP_OBJ_NEW_QSTR(MP_QSTR__replace), MP_OBJ_FROM_PTR(&namedtuple_replace_obj));
    mp_obj_dict_store(locals, MP_OBJ_NEW_QSTR(MP_QSTR__make), MP_OBJ_FROM_PTR(&namedtuple_make_obj));
    t->locals_dict = MP_OBJ_TO_PTR(locals);
    return MP_OBJ_FROM_PTR(t);
}
static MP_DEFINE_CONST_FUN_OBJ_KW(collections_namedtuple_obj, 2, collections_namedtuple);

// ======== deque ========

typedef struct _mp_obj_deque_t {
    mp_obj_base_t base;
    size_t alloc;       // power of two
    size_t head;        // slot of element 0
    size_t len;
    mp_int_t maxlen;    // -1: unbounded
    size_t version;     // bumped by every change of length or order
    mp_obj_t *items;
} mp_obj_deque_t;

#define DEQUE_MIN_ALLOC (8)

static inline mp_obj_t *deque_slot(mp_obj_deque_t *d, size_t i) {
    return &d->items[(d->head + i) & (d->alloc - 1)];
}

static mp_obj_deque_t *deque_alloc(mp_int_t maxlen) {
    mp_obj_deque_t *d = m_new_obj(mp_obj_deque_t);
    d->base.type = &mp_type_deque;
    d->alloc = DEQUE_MIN_ALLOC;
    d->head = 0;
    d->len = 0;
    d->maxlen = maxlen;
    d->version = 0;
    d->items = m_new(mp_obj_t, DEQUE_MIN_ALLOC);
    return d;
}

static void deque_grow(mp_obj_deque_t *d) {
    size_t new_alloc = d->alloc * 2;
    mp_obj_t *items = m_new(mp_obj_t, new_alloc);
    for (size_t i = 0; i < d->len; i++) {
        items[i] = *deque_slot(d, i);
    }
    m_del(mp_obj_t, d->items, d->alloc);
    d->items = items;
    d->alloc = new_alloc;
    d->head = 0;
}

static mp_obj_t deque_pop_right(mp_obj_deque_t *d) {
    mp_obj_t *slot = deque_slot(d, d->len - 1);
    mp_obj_t v = *slot;
    *slot = MP_OBJ_NULL;
    d->len--;
    d->version++;
    return v;
}

static mp_obj_t deque_pop_left(mp_obj_deque_t *d) {
    mp_obj_t *slot = deque_slot(d, 0);
    mp_obj_t v = *slot;
    *slot = MP_OBJ_NULL;
    d->head = (d->head + 1) & (d->alloc - 1);
    d->len--;
    d->version++;
    return v;
}

static void deque_push_right(mp_obj_deque_t *d, mp_obj_t v) {
    if (d->maxlen >= 0 && d->len >= (size_t)d->maxlen) {
        if (d->maxlen == 0) {
            return;
        }
        deque_pop_left(d);
    }
    if (d->len == d->alloc) {
        deque_grow(d);
    }
    *deque_slot(d, d->len) = v;
    d->len++;
    d->version++;
}

static void deque_push_left(mp_obj_deque_t *d, mp_obj_t v) {
    if (d->maxlen >= 0 && d->len >= (size_t)d->maxlen) {
        if (d->maxlen == 0) {
            return;
        }
        deque_pop_right(d);
    }
    if (d->len == d->alloc) {
        deque_grow(d);
    }
    d->head = (d->head - 1) & (d->alloc - 1);
    d->items[d->head] = v;
    d->len++;
    d->version++;
}

// A contiguous copy of the elements (for comparisons and for extending with itself).
static mp_obj_t *deque_to_array(mp_obj_deque_t *d) {
    mp_obj_t *a = m_new(mp_obj_t, d->len ? d->len : 1);
    for (size_t i = 0; i < d->len; i++) {
        a[i] = *deque_slot(d, i);
    }
    return a;
}

static void deque_extend(mp_obj_deque_t *d, mp_obj_t iterable, bool left) {
    if (iterable == MP_OBJ_FROM_PTR(d)) {
        iterable = mp_obj_new_list(d->len, deque_to_array(d));
    }
    mp_obj_t it = mp_getiter(iterable);
    mp_obj_t item;
    while ((item = mp_iternext(it)) != MP_OBJ_STOP_ITERATION) {
        if (left) {
            deque_push_left(d, item);
        } else {
            deque_push_right(d, item);
        }
    }
}

static mp_obj_t deque_make_new(const mp_obj_type_t *type, size_t n_args, size_t n_kw, const mp_obj_t *args) {
    static const mp_arg_t allowed[] = {
        { MP_QSTR_iterable, MP_ARG_OBJ, {.u_rom_obj = MP_OBJ_NULL} },
        { MP_QSTR_maxlen, MP_ARG_OBJ, {.u_rom_obj = MP_ROM_NONE} },
    };
    mp_arg_val_t vals[2];
    mp_arg_parse_all_kw_array(n_args, n_kw, args, 2, allowed, vals);
    mp_int_t maxlen = -1;
    if (vals[1].u_obj != mp_const_none) {
        maxlen = mp_obj_get_int(vals[1].u_obj);
        if (maxlen < 0) {
            mp_raise_ValueError("maxlen must be non-negative");
        }
    }
    mp_obj_deque_t *d = deque_alloc(maxlen);
    if (vals[0].u_obj != MP_OBJ_NULL && vals[0].u_obj != mp_const_none) {
        deque_extend(d, vals[0].u_obj, false);
    }
    return MP_OBJ_FROM_PTR(d);
}

static void deque_print_body(const mp_print_t *print, mp_obj_t self_in, mp_print_kind_t kind) {
    mp_obj_deque_t *self = MP_OBJ_TO_PTR(self_in);
    mp_print_str(print, "deque([");
    for (size_t i = 0; i < self->len; i++) {
        if (i > 0) {
            mp_print_str(print, ", ");
        }
        mp_obj_print_helper(print, *deque_slot(self, i), PRINT_REPR);
    }
    mp_print_str(print, "]");
    if (self->maxlen >= 0) {
        mp_printf(print, ", maxlen=%ld", (long)self->maxlen);
    }
    mp_print_str(print, ")");
}

static void deque_print(const mp_print_t *print, mp_obj_t self_in, mp_print_kind_t kind) {
    mp_obj_print_guarded(print, self_in, kind, deque_print_body, "[...]");
}

static mp_obj_t deque_unary_op(mp_unary_op_t op, mp_obj_t self_in) {
    mp_obj_deque_t *self = MP_OBJ_TO_PTR(self_in);
    switch (op) {
        case MP_UNARY_OP_BOOL:
            return mp_obj_new_bool(self->len != 0);
        case MP_UNARY_OP_LEN:
            return MP_OBJ_NEW_SMALL_INT(self->len);
        default:
            return MP_OBJ_NULL;
    }
}

static mp_obj_t deque_copy(mp_obj_t self_in);

static mp_obj_t deque_binary_op(mp_binary_op_t op, mp_obj_t lhs_in, mp_obj_t rhs_in) {
    mp_obj_deque_t *self = MP_OBJ_TO_PTR(lhs_in);
    switch (op) {
        case MP_BINARY_OP_CONTAINS:
            for (size_t i = 0; i < self->len; i++) {
                mp_obj_t v = *deque_slot(self, i);
                if (v == rhs_in || mp_obj_equal(v, rhs_in)) {
                    return mp_const_true;
                }
            }
            return mp_const_false;
        case MP_BINARY_OP_EQUAL:
        case MP_BINARY_OP_NOT_EQUAL:
        case MP_BINARY_OP_LESS:
        case MP_BINARY_OP_LESS_EQUAL:
        case MP_BINARY_OP_MORE:
        case MP_BINARY_OP_MORE_EQUAL: {
            if (!mp_obj_is_type(rhs_in, &mp_type_deque)) {
                if (op == MP_BINARY_OP_EQUAL) {
                    return mp_const_false;
                }
                if (op == MP_BINARY_OP_NOT_EQUAL) {
                    return mp_const_true;
                }
                return MP_OBJ_NULL;
            }
            mp_obj_deque_t *other = MP_OBJ_TO_PTR(rhs_in);
            return mp_obj_new_bool(mp_seq_cmp_objs(op, deque_to_array(self), self->len,
                deque_to_array(other), other->len));
        }
        case MP_BINARY_OP_ADD: {
            if (!mp_obj_is_type(rhs_in, &mp_type_deque)) {
                return MP_OBJ_NULL;
            }
            mp_obj_t res = deque_copy(lhs_in);
            deque_extend(MP_OBJ_TO_PTR(res), rhs_in, false);
            return res;
        }
        case MP_BINARY_OP_INPLACE_ADD:
            deque_extend(self, rhs_in, false);
            return lhs_in;
        case MP_BINARY_OP_MULTIPLY:
        case MP_BINARY_OP_REVERSE_MULTIPLY:
        case MP_BINARY_OP_INPLACE_MULTIPLY: {
            if (!mp_obj_is_int(rhs_in)) {
                return MP_OBJ_NULL;
            }
            mp_int_t n = mp_obj_get_int(rhs_in);
            mp_obj_deque_t *res = op == MP_BINARY_OP_INPLACE_MULTIPLY ? self : MP_OBJ_TO_PTR(deque_copy(lhs_in));
            mp_obj_t items = mp_obj_new_list(res->len, deque_to_array(res));
            while (res->len > 0) {
                deque_pop_right(res);
            }
            for (mp_int_t i = 0; i < n; i++) {
                deque_extend(res, items, false);
            }
            return MP_OBJ_FROM_PTR(res);
        }
        default:
            return MP_OBJ_NULL;
    }
}

static size_t deque_index(mp_obj_deque_t *self, mp_obj_t index) {
    if (!mp_obj_is_int(index)) {
        mp_raise_msg_varg(&mp_type_TypeError, "sequence index must be integer, not '%s'", mp_obj_get_type_str(index));
    }
    mp_int_t i = mp_obj_get_int(index);
    if (i < 0) {
        i += (mp_int_t)self->len;
    }
    if (i < 0 || (size_t)i >= self->len) {
        mp_raise_msg(&mp_type_IndexError, "deque index out of range");
    }
    return (size_t)i;
}

static void deque_delete_at(mp_obj_deque_t *self, size_t i) {
    for (size_t k = i; k + 1 < self->len; k++) {
        *deque_slot(self, k) = *deque_slot(self, k + 1);
    }
    deque_pop_right(self);
}

static mp_obj_t deque_subscr(mp_obj_t self_in, mp_obj_t index, mp_obj_t value) {
    mp_obj_deque_t *self = MP_OBJ_TO_PTR(self_in);
    size_t i = deque_index(self, index);
    if (value == MP_OBJ_SENTINEL) {
        return *deque_slot(self, i);
    }
    if (value == MP_OBJ_NULL) {
        deque_delete_at(self, i);
    } else {
        *deque_slot(self, i) = value;
    }
    return mp_const_none;
}

typedef struct _deque_it_t {
    mp_obj_base_t base;
    mp_obj_deque_t *deque;
    size_t cur;
    size_t version;
    bool reverse;
} deque_it_t;

static mp_obj_t deque_it_iternext(mp_obj_t self_in) {
    deque_it_t *self = MP_OBJ_TO_PTR(self_in);
    mp_obj_deque_t *d = self->deque;
    if (d->version != self->version) {
        mp_raise_msg(&mp_type_RuntimeError, "deque mutated during iteration");
    }
    if (self->cur >= d->len) {
        return MP_OBJ_STOP_ITERATION;
    }
    size_t i = self->cur++;
    return *deque_slot(d, self->reverse ? d->len - 1 - i : i);
}

static mp_obj_t it_self_getiter(mp_obj_t self_in) {
    return self_in;
}

static const mp_obj_type_t deque_iterator_type = {
    {&mp_type_type},
    .flags = MP_TYPE_FLAG_ITER_IS_GETITER,
    .name = MP_QSTR__deque_iterator,
    .getiter = it_self_getiter,
    .iternext = deque_it_iternext,
};

static mp_obj_t deque_new_iter(mp_obj_t self_in, bool reverse) {
    mp_obj_deque_t *self = MP_OBJ_TO_PTR(self_in);
    deque_it_t *it = m_new_obj(deque_it_t);
    it->base.type = &deque_iterator_type;
    it->deque = self;
    it->cur = 0;
    it->version = self->version;
    it->reverse = reverse;
    return MP_OBJ_FROM_PTR(it);
}

static mp_obj_t deque_getiter(mp_obj_t self_in) {
    return deque_new_iter(self_in, false);
}

static mp_obj_t deque_reversed(mp_obj_t self_in) {
    return deque_new_iter(self_in, true);
}
static MP_DEFINE_CONST_FUN_OBJ_1(deque_reversed_obj, deque_reversed);

static mp_obj_t deque_append(mp_obj_t self_in, mp_obj_t v) {
    deque_push_right(MP_OBJ_TO_PTR(self_in), v);
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_2(deque_append_obj, deque_append);

static mp_obj_t deque_appendleft(mp_obj_t self_in, mp_obj_t v) {
    deque_push_left(MP_OBJ_TO_PTR(self_in), v);
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_2(deque_appendleft_obj, deque_appendleft);

static mp_obj_t deque_pop(mp_obj_t self_in) {
    mp_obj_deque_t *self = MP_OBJ_TO_PTR(self_in);
    if (self->len == 0) {
        mp_raise_msg(&mp_type_IndexError, "pop from an empty deque");
    }
    return deque_pop_right(self);
}
static MP_DEFINE_CONST_FUN_OBJ_1(deque_pop_obj, deque_pop);

static mp_obj_t deque_popleft(mp_obj_t self_in) {
    mp_obj_deque_t *self = MP_OBJ_TO_PTR(self_in);
    if (self->len == 0) {
        mp_raise_msg(&mp_type_IndexError, "pop from an empty deque");
    }
    return deque_pop_left(self);
}
static MP_DEFINE_CONST_FUN_OBJ_1(deque_popleft_obj, deque_popleft);

static mp_obj_t deque_extend_meth(mp_obj_t self_in, mp_obj_t iterable) {
    deque_extend(MP_OBJ_TO_PTR(self_in), iterable, false);
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_2(deque_extend_obj, deque_extend_meth);

static mp_obj_t deque_extendleft(mp_obj_t self_in, mp_obj_t iterable) {
    deque_extend(MP_OBJ_TO_PTR(self_in), iterable, true);
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_2(deque_extendleft_obj, deque_extendleft);

static mp_obj_t deque_clear(mp_obj_t self_in) {
    mp_obj_deque_t *self = MP_OBJ_TO_PTR(self_in);
    self->items = m_new(mp_obj_t, DEQUE_MIN_ALLOC);
    self->alloc = DEQUE_MIN_ALLOC;
    self->head = 0;
    self->len = 0;
    self->version++;
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_1(deque_clear_obj, deque_clear);

static mp_obj_t deque_copy(mp_obj_t self_in) {
    mp_obj_deque_t *self = MP_OBJ_TO_PTR(self_in);
    mp_obj_deque_t *res = deque_alloc(self->maxlen);
    for (size_t i = 0; i < self->len; i++) {
        deque_push_right(res, *deque_slot(self, i));
    }
    return MP_OBJ_FROM_PTR(res);
}
static MP_DEFINE_CONST_FUN_OBJ_1(deque_copy_obj, deque_copy);

static mp_obj_t deque_count(mp_obj_t self_in, mp_obj_t value) {
    mp_obj_deque_t *self = MP_OBJ_TO_PTR(self_in);
    size_t n = 0;
    for (size_t i = 0; i < self->len; i++) {
        mp_obj_t v = *deque_slot(self, i);
        if (v == value || mp_obj_equal(v, value)) {
            n++;
        }
    }
    return MP_OBJ_NEW_SMALL_INT(n);
}
static MP_DEFINE_CONST_FUN_OBJ_2(deque_count_obj, deque_count);

static size_t clamp_bound(mp_obj_t arg, size_t len) {
    mp_int_t i = mp_obj_get_int(arg);
    if (i < 0) {
        i += (mp_int_t)len;
        if (i < 0) {
            i = 0;
        }
    }
    return (size_t)i > len ? len : (size_t)i;
}

static mp_int_t deque_find(mp_obj_deque_t *self, mp_obj_t value, size_t start, size_t stop) {
    for (size_t i = start; i < stop && i < self->len; i++) {
        mp_obj_t v = *deque_slot(self, i);
        if (v == value || mp_obj_equal(v, value)) {
            return (mp_int_t)i;
        }
    }
    return -1;
}

static mp_obj_t deque_index_meth(size_t n_args, const mp_obj_t *args) {
    mp_obj_deque_t *self = MP_OBJ_TO_PTR(args[0]);
    size_t start = n_args > 2 ? clamp_bound(args[2], self->len) : 0;
    size_t stop = n_args > 3 ? clamp_bound(args[3], self->len) : self->len;
    mp_int_t i = deque_find(self, args[1], start, stop);
    if (i < 0) {
        vstr_t vstr;
        mp_print_t print;
        vstr_init(&vstr, 16);
        mp_print_init_vstr(&print, &vstr);
        mp_obj_print_helper(&print, args[1], PRINT_REPR);
        mp_raise_msg_varg(&mp_type_ValueError, "%s is not in deque", vstr_null_terminated_str(&vstr));
    }
    return MP_OBJ_NEW_SMALL_INT(i);
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(deque_index_obj, 2, 4, deque_index_meth);

static mp_obj_t deque_insert(mp_obj_t self_in, mp_obj_t index, mp_obj_t value) {
    mp_obj_deque_t *self = MP_OBJ_TO_PTR(self_in);
    if (self->maxlen >= 0 && self->len >= (size_t)self->maxlen) {
        mp_raise_msg(&mp_type_IndexError, "deque already at its maximum size");
    }
    size_t i = clamp_bound(index, self->len);
    deque_push_right(self, mp_const_none);
    for (size_t k = self->len - 1; k > i; k--) {
        *deque_slot(self, k) = *deque_slot(self, k - 1);
    }
    *deque_slot(self, i) = value;
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_3(deque_insert_obj, deque_insert);

static mp_obj_t deque_remove(mp_obj_t self_in, mp_obj_t value) {
    mp_obj_deque_t *self = MP_OBJ_TO_PTR(self_in);
    mp_int_t i = deque_find(self, value, 0, self->len);
    if (i < 0) {
        mp_raise_ValueError("deque.remove(x): x not in deque");
    }
    deque_delete_at(self, (size_t)i);
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_2(deque_remove_obj, deque_remove);

static mp_obj_t deque_reverse(mp_obj_t self_in) {
    mp_obj_deque_t *self = MP_OBJ_TO_PTR(self_in);
    for (size_t a = 0, b = self->len; a + 1 < b; a++, b--) {
        mp_obj_t *pa = deque_slot(self, a), *pb = deque_slot(self, b - 1);
        mp_obj_t t = *pa;
        *pa = *pb;
        *pb = t;
    }
    self->version++;
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_1(deque_reverse_obj, deque_reverse);

static mp_obj_t deque_rotate(size_t n_args, const mp_obj_t *args) {
    mp_obj_deque_t *self = MP_OBJ_TO_PTR(args[0]);
    mp_int_t n = n_args > 1 ? mp_obj_get_int(args[1]) : 1;
    if (self->len <= 1) {
        return mp_const_none;
    }
    mp_int_t len = (mp_int_t)self->len;
    n %= len;
    if (n < 0) {
        n += len;
    }
    // rotating right by n == moving the last n items to the front
    for (mp_int_t k = 0; k < n; k++) {
        mp_obj_t v = *deque_slot(self, self->len - 1);
        *deque_slot(self, self->len - 1) = MP_OBJ_NULL;
        self->head = (self->head - 1) & (self->alloc - 1);
        self->items[self->head] = v;
    }
    self->version++;
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(deque_rotate_obj, 1, 2, deque_rotate);

static void deque_attr(mp_obj_t self_in, qstr attr, mp_obj_t *dest) {
    if (attr == MP_QSTR_maxlen && dest[0] == MP_OBJ_NULL) {
        mp_obj_deque_t *self = MP_OBJ_TO_PTR(self_in);
        dest[0] = self->maxlen < 0 ? mp_const_none : MP_OBJ_NEW_SMALL_INT(self->maxlen);
    }
}

static const mp_rom_map_elem_t deque_locals_dict_table[] = {
    { MP_ROM_QSTR(MP_QSTR_append), MP_ROM_PTR(&deque_append_obj) },
    { MP_ROM_QSTR(MP_QSTR_appendleft), MP_ROM_PTR(&deque_appendleft_obj) },
    { MP_ROM_QSTR(MP_QSTR_clear), MP_ROM_PTR(&deque_clear_obj) },
    { MP_ROM_QSTR(MP_QSTR_copy), MP_ROM_PTR(&deque_copy_obj) },
    { MP_ROM_QSTR(MP_QSTR_count), MP_ROM_PTR(&deque_count_obj) },
    { MP_ROM_QSTR(MP_QSTR_extend), MP_ROM_PTR(&deque_extend_obj) },
    { MP_ROM_QSTR(MP_QSTR_extendleft), MP_ROM_PTR(&deque_extendleft_obj) },
    { MP_ROM_QSTR(MP_QSTR_index), MP_ROM_PTR(&deque_index_obj) },
    { MP_ROM_QSTR(MP_QSTR_insert), MP_ROM_PTR(&deque_insert_obj) },
    { MP_ROM_QSTR(MP_QSTR_pop), MP_ROM_PTR(&deque_pop_obj) },
    { MP_ROM_QSTR(MP_QSTR_popleft), MP_ROM_PTR(&deque_popleft_obj) },
    { MP_ROM_QSTR(MP_QSTR_remove), MP_ROM_PTR(&deque_remove_obj) },
    { MP_ROM_QSTR(MP_QSTR_reverse), MP_ROM_PTR(&deque_reverse_obj) },
    { MP_ROM_QSTR(MP_QSTR_rotate), MP_ROM_PTR(&deque_rotate_obj) },
    { MP_ROM_QSTR(MP_QSTR___reversed__), MP_ROM_PTR(&deque_reversed_obj) },
};
static MP_DEFINE_CONST_DICT(deque_locals_dict, deque_locals_dict_table);

const mp_obj_type_t mp_type_deque = {
    {&mp_type_type},
    .name = MP_QSTR_deque,
    .print = deque_print,
    .make_new = deque_make_new,
    .unary_op = deque_unary_op,
    .binary_op = deque_binary_op,
    .attr = deque_attr,
    .subscr = deque_subscr,
    .getiter = deque_getiter,
    .locals_dict = (mp_obj_dict_t *)&deque_locals_dict,
};

// ======== the module ========

static const mp_rom_map_elem_t mp_module_collections_globals_table[] = {
    { MP_ROM_QSTR(MP_QSTR___name__), MP_ROM_QSTR(MP_QSTR_collections) },
    { MP_ROM_QSTR(MP_QSTR_namedtuple), MP_ROM_PTR(&collections_namedtuple_obj) },
    { MP_ROM_QSTR(MP_QSTR_deque), MP_ROM_PTR(&mp_type_deque) },
    { MP_ROM_QSTR(MP_QSTR_OrderedDict), MP_ROM_PTR(&mp_type_ordereddict) },
    { MP_ROM_QSTR(MP_QSTR_defaultdict), MP_ROM_PTR(&mp_type_defaultdict) },
};
MP_DEFINE_CONST_MODULE(mp_module_collections, mp_module_collections_globals_table);

MP_REGISTER_MODULE(MP_QSTR_collections, mp_module_collections);
