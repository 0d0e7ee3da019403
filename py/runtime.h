// py/runtime.h: the runtime API used by the VM, the built-in types and the modules.
//
// Everything here raises Python exceptions through nlr (never returns error codes). Interpreter
// state is one global struct, mp_state (no thread-local lookups on hot paths).
#ifndef MICROPY_INCLUDED_PY_RUNTIME_H
#define MICROPY_INCLUDED_PY_RUNTIME_H

#include "py/obj.h"
#include "py/nlr.h"

// ---- interpreter state ----
typedef struct _mp_state_t {
    // The GC scans [root_start, root_end) of this struct conservatively as roots.
    mp_obj_t root_start[0];
    mp_obj_dict_t *dict_globals;     // current module's globals (the running frame's)
    mp_obj_dict_t *dict_locals;      // current locals dict (module / class body / exec)
    mp_obj_dict_t *dict_main;        // __main__'s globals
    mp_obj_t loaded_modules;         // dict: name -> module (sys.modules)
    mp_obj_t sys_path;               // list
    mp_obj_t sys_argv;               // list
    mp_obj_t sys_exitfunc;
    mp_obj_t cur_exception;          // exception being handled (for bare `raise`, sys.exc_info)
    volatile mp_obj_t pending_exception; // set by signal handlers (KeyboardInterrupt); VM checks it
    mp_obj_t keyboard_interrupt_obj;
    mp_obj_t memory_error_obj;       // preallocated
    mp_obj_t memory_error_args;      // its plain ("memory allocation failed",) args tuple
    mp_obj_t schedule_queue;         // micropython.schedule (list of (fun, arg))
    mp_obj_t repl_last_value;        // `_` in the REPL
    mp_obj_t stop_iteration_arg;     // set by a generator's iternext when it returns STOP with a return value (NULL: none)
    mp_obj_t compile_state_root;     // parser/compiler roots while they run (optional)
    mp_obj_t map_removed[2];         // key/value of the last MP_MAP_LOOKUP_REMOVE_IF_FOUND
    mp_obj_dict_t *dict_builtins;    // the builtins namespace (hashed; built from ROM at init)
    mp_obj_t user_roots[8];          // for ports
#define MP_ROOT_SYS_ATEXIT 3            // user_roots slot of sys.atexit's function
#define MP_ROOT_ATEXIT 6                // user_roots slot of the atexit module's registrations
#define MP_ROOT_BUILTIN_MODULES 7       // user_roots slot of py/builtinimport.c's built-in module instances
    mp_obj_t root_end[0];

    char *stack_top;                 // C stack of the main thread (highest address in use)
    char *stack_limit;               // lowest address we allow ourselves to reach
    size_t stack_limit_bytes;
    uint8_t opt_level;               // -O
    uint8_t verbose;                 // -v count
    bool heap_locked_dummy;
    bool compile_only;               // -X compile-only
} mp_state_t;

extern mp_state_t mp_state;

void mp_init(void);
void mp_deinit(void);

// ---- stack check ----
// Raises RuntimeError("maximum recursion depth exceeded") when the C stack is nearly used up.
NORETURN void mp_raise_recursion_depth(void);
static inline void mp_stack_check(void) {
    char dummy;
    if (MP_UNLIKELY(&dummy < mp_state.stack_limit)) {
        mp_raise_recursion_depth();
    }
}
void mp_stack_set_top(void *top);
void mp_stack_set_limit(size_t bytes);
size_t mp_stack_usage(void);

// ---- raising ----
NORETURN void nlr_raise(mp_obj_t exc);              // exc: an exception instance (or type: instantiated)
NORETURN void mp_raise_msg(const mp_obj_type_t *exc_type, const char *msg);
NORETURN void mp_raise_msg_varg(const mp_obj_type_t *exc_type, const char *fmt, ...);
NORETURN void mp_raise_name_error(qstr name); // NameError with .name set
mp_obj_t mp_obj_kwarg_key(mp_obj_t key);      // a **kwargs key as a str (TypeError for a non-str)
NORETURN void mp_raise_ValueError(const char *msg);
NORETURN void mp_raise_TypeError(const char *msg);
NORETURN void mp_raise_NotImplementedError(const char *msg);
NORETURN void mp_raise_OSError(int errno_);          // FileNotFoundError etc. with args (errno,)
const mp_obj_type_t *mp_obj_oserror_type(int errno_); // the OSError subclass for an errno
qstr mp_obj_exception_type_name(mp_obj_t exc);       // "OSError" for the (errno,) form
void mp_sys_run_atexit(void);                         // runs the atexit module's calls, then sys.atexit's function, once
void mp_atexit_run(void);                             // the atexit module's calls (py/modatexit.c)
void mp_register_main_module(void);                   // sys.modules['__main__'] = dict_main
qstr mp_errno_to_qstr(int errno_);                   // ENOENT etc., MP_QSTRnull if unknown
NORETURN void mp_raise_OSError_with_filename(int errno_, const char *filename);
NORETURN void mp_raise_StopIteration(mp_obj_t arg);  // arg may be NULL (no value)
NORETURN void mp_raise_type(const mp_obj_type_t *exc_type); // no args

// ---- argument checking and parsing ----
// n_args_min..n_args_max positional args; takes_kw false: error if n_kw > 0.
void mp_arg_check_num(size_t n_args, size_t n_kw, size_t n_args_min, size_t n_args_max, bool takes_kw);
NORETURN void mp_arg_error_terse_mismatch(void);

typedef enum {
    MP_ARG_BOOL      = 0x001,
    MP_ARG_INT       = 0x002,
    MP_ARG_OBJ       = 0x003,
    MP_ARG_KIND_MASK = 0x0ff,
    MP_ARG_REQUIRED  = 0x100,
    MP_ARG_KW_ONLY   = 0x200,
} mp_arg_flag_t;
typedef union _mp_arg_val_t {
    bool u_bool;
    mp_int_t u_int;
    mp_obj_t u_obj;
    const void *u_rom_obj;
} mp_arg_val_t;
typedef struct _mp_arg_t {
    uint16_t qst;
    uint16_t flags;
    mp_arg_val_t defval;
} mp_arg_t;
// Parses positional `pos` and keyword `kws` against allowed[]; results in order of allowed.
void mp_arg_parse_all(size_t n_pos, const mp_obj_t *pos, mp_map_t *kws, size_t n_allowed, const mp_arg_t *allowed, mp_arg_val_t *out_vals);
void mp_arg_parse_all_kw_array(size_t n_pos, size_t n_kw, const mp_obj_t *args, size_t n_allowed, const mp_arg_t *allowed, mp_arg_val_t *out_vals);

// ---- names ----
mp_obj_t mp_load_name(qstr qst);        // locals, globals, builtins; NameError
mp_obj_t mp_load_global(qstr qst);      // globals, builtins; NameError "name 'x' isn't defined"
mp_obj_t mp_load_build_class(void);
void mp_store_name(qstr qst, mp_obj_t obj);
void mp_store_global(qstr qst, mp_obj_t obj);
void mp_delete_name(qstr qst);
void mp_delete_global(qstr qst);
static inline mp_obj_dict_t *mp_globals_get(void) { return mp_state.dict_globals; }
static inline void mp_globals_set(mp_obj_dict_t *d) { mp_state.dict_globals = d; }
static inline mp_obj_dict_t *mp_locals_get(void) { return mp_state.dict_locals; }
static inline void mp_locals_set(mp_obj_dict_t *d) { mp_state.dict_locals = d; }
extern const mp_obj_dict_t mp_builtins_dict; // the builtins module's ROM dict
mp_obj_t mp_builtins_lookup(qstr qst);   // MP_OBJ_NULL if absent (looks in mp_state.dict_builtins)
extern const uint16_t mp_unary_op_method_name[MP_UNARY_OP_NUM_RUNTIME];  // qstrs: __neg__ ...
extern const uint16_t mp_binary_op_method_name[MP_BINARY_OP_NUM];        // qstrs: __add__ ...

// ---- operators ----
mp_obj_t mp_unary_op(mp_unary_op_t op, mp_obj_t arg);
mp_obj_t mp_binary_op(mp_binary_op_t op, mp_obj_t lhs, mp_obj_t rhs);

// ---- calls ----
mp_obj_t mp_call_function_0(mp_obj_t fun);
mp_obj_t mp_call_function_1(mp_obj_t fun, mp_obj_t arg);
mp_obj_t mp_call_function_2(mp_obj_t fun, mp_obj_t arg1, mp_obj_t arg2);
// args: n_args positional then n_kw (key qstr-obj, value) pairs.
mp_obj_t mp_call_function_n_kw(mp_obj_t fun, size_t n_args, size_t n_kw, const mp_obj_t *args);
// args[0] = method, args[1] = self or MP_OBJ_NULL (then not passed), then args, then kw pairs.
mp_obj_t mp_call_method_n_kw(size_t n_args, size_t n_kw, const mp_obj_t *args);
// f(*pos_seq, **kw_dict) with extra leading positional args; pos_seq/kw_dict may be NULL.
mp_obj_t mp_call_function_star(mp_obj_t fun, size_t n_args, const mp_obj_t *args, mp_obj_t pos_seq, mp_obj_t kw_dict);
// Converts keyword pairs in args to a map (for C functions taking **kw)
void mp_map_init_from_kw_args(mp_map_t *map, size_t n_kw, const mp_obj_t *kw_args);

// ---- attributes ----
mp_obj_t mp_load_attr(mp_obj_t base, qstr attr);                 // AttributeError
void mp_load_method(mp_obj_t base, qstr attr, mp_obj_t *dest);   // dest[0]=fun, dest[1]=self or NULL
void mp_load_method_maybe(mp_obj_t base, qstr attr, mp_obj_t *dest); // dest[0] NULL if absent
void mp_load_method_protected(mp_obj_t obj, qstr attr, mp_obj_t *dest, bool catch_all_exc);
void mp_load_super_method(qstr attr, mp_obj_t *dest);            // dest[0]=class, dest[1]=self on entry
void mp_store_attr(mp_obj_t base, qstr attr, mp_obj_t val);       // val NULL: delete
void mp_convert_member_lookup(mp_obj_t obj, const mp_obj_type_t *type, mp_obj_t member, mp_obj_t *dest);
bool mp_obj_hasattr(mp_obj_t obj, qstr attr);

// ---- iteration ----
mp_obj_t mp_getiter(mp_obj_t o);                 // TypeError "'X' object isn't iterable"
// The same, with the iterator of an exact tuple or list built in *buf (on the caller's C stack:
// no heap, so it runs with the heap locked). Only where the iterator cannot escape.
mp_obj_t mp_getiter_buf(mp_obj_t o, mp_obj_iter_buf_t *buf);
mp_obj_t mp_iternext(mp_obj_t o);                // MP_OBJ_STOP_ITERATION when exhausted
mp_obj_t mp_iternext_allow_raise(mp_obj_t o);    // may raise StopIteration
// Generators: resume with a value to send or an exception to throw (one of the two).
typedef enum { MP_VM_RETURN_NORMAL, MP_VM_RETURN_YIELD, MP_VM_RETURN_EXCEPTION } mp_vm_return_kind_t;
mp_vm_return_kind_t mp_resume(mp_obj_t self_in, mp_obj_t send_value, mp_obj_t throw_value, mp_obj_t *ret_val);

// ---- sequences / containers ----
void mp_unpack_sequence(mp_obj_t seq, size_t num, mp_obj_t *items);          // items in reverse order (items[num-1] = first)
void mp_unpack_ex(mp_obj_t seq, size_t num_in, mp_obj_t *items);             // num_in = n_before | (n_after << 8)
mp_obj_t mp_obj_list_from_iter(mp_obj_t iterable);   // list(iterable)
mp_obj_t mp_obj_tuple_from_iter(mp_obj_t iterable);  // tuple(iterable)

// ---- import ----
mp_obj_t mp_import_name(qstr name, mp_obj_t fromlist, mp_obj_t level);
mp_obj_t mp_import_from(mp_obj_t module, qstr name);
void mp_import_all(mp_obj_t module);
mp_obj_t mp_module_get_builtin(qstr module_name);     // MP_OBJ_NULL if not built in
mp_obj_t mp_builtin___import__(size_t n_args, const mp_obj_t *args);

// ---- compile and execute ----
typedef enum { MP_PARSE_SINGLE_INPUT, MP_PARSE_FILE_INPUT, MP_PARSE_EVAL_INPUT } mp_parse_input_kind_t;
struct _mp_raw_code_t;
// Compiles source (UTF-8 bytes) to a raw code object; raises SyntaxError/IndentationError with
// filename and line. `is_repl`: print expression statements' values (single input).
struct _mp_raw_code_t *mp_compile_to_raw_code(const char *src, size_t len, qstr source_file, mp_parse_input_kind_t kind, bool is_repl);
mp_obj_t mp_make_function_from_raw_code(const struct _mp_raw_code_t *rc, mp_obj_t def_args, mp_obj_t def_kw_args);
// Compile + run in the given globals/locals; returns the value (eval) or None.
mp_obj_t mp_parse_compile_execute(const char *src, size_t len, qstr source_file, mp_parse_input_kind_t kind, mp_obj_dict_t *globals, mp_obj_dict_t *locals);

// ---- scheduler / signals ----
void mp_handle_pending(bool raise_exc);   // VM calls this when mp_state.pending_exception != NULL
void mp_sched_schedule(mp_obj_t fun, mp_obj_t arg); // micropython.schedule (py/runtime.c)
#ifndef MP_SCHEDULER_DEPTH
#define MP_SCHEDULER_DEPTH 8   // queued callbacks before "schedule queue full"
#endif

// ---- printing helpers ----
mp_obj_t mp_obj_repr(mp_obj_t o);          // repr() as a str
mp_obj_t mp_obj_str(mp_obj_t o);           // str()

// Helpers to declare locals dicts of modules
#define MP_DEFINE_CONST_MODULE(mod_name, globals_table) \
    static MP_DEFINE_CONST_DICT(mod_name##_globals, globals_table); \
    const mp_obj_module_t mod_name = { .base = {&mp_type_module}, .globals = (mp_obj_dict_t *)&mod_name##_globals }

// Heap lock (micropython.heap_lock): allocation raises MemoryError while locked
void gc_lock(void);
void gc_unlock(void);

#endif // MICROPY_INCLUDED_PY_RUNTIME_H
