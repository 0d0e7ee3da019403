// py/modgc.c: the `gc` module.
#include "py/runtime.h"
#include "py/gc.h"

static bool gc_auto_enabled = true;

static mp_obj_t gc_collect_fn(void) {
    gc_collect();
    return MP_OBJ_NEW_SMALL_INT(gc_stats.last_freed_blocks);
}
static MP_DEFINE_CONST_FUN_OBJ_0(gc_collect_obj, gc_collect_fn);

static mp_obj_t gc_disable(void) {
    gc_auto_enabled = false;
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_0(gc_disable_obj, gc_disable);

static mp_obj_t gc_enable(void) {
    gc_auto_enabled = true;
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_0(gc_enable_obj, gc_enable);

static mp_obj_t gc_isenabled(void) {
    return mp_obj_new_bool(gc_auto_enabled);
}
static MP_DEFINE_CONST_FUN_OBJ_0(gc_isenabled_obj, gc_isenabled);

static mp_obj_t gc_mem_free(void) {
    gc_info_t info;
    gc_info(&info);
    return mp_obj_new_int_from_uint(info.free);
}
static MP_DEFINE_CONST_FUN_OBJ_0(gc_mem_free_obj, gc_mem_free);

static mp_obj_t gc_mem_alloc(void) {
    gc_info_t info;
    gc_info(&info);
    return mp_obj_new_int_from_uint(info.used);
}
static MP_DEFINE_CONST_FUN_OBJ_0(gc_mem_alloc_obj, gc_mem_alloc);

static mp_obj_t gc_threshold(size_t n_args, const mp_obj_t *args) {
    // As MicroPython: the amount is kept in whole GC blocks (rounded down), -1 means none set.
    if (n_args == 0) {
        size_t t = gc_get_threshold();
        return t == 0 ? MP_OBJ_NEW_SMALL_INT(-1) : mp_obj_new_int_from_uint(t / MP_GC_BLOCK_BYTES * MP_GC_BLOCK_BYTES);
    }
    mp_int_t v = mp_obj_get_int(args[0]);
    if (v < 0) {
        gc_set_threshold(0);
    } else {
        // 0 blocks: collect as often as possible (1 byte: our gc treats 0 as "automatic")
        size_t bytes = (size_t)v / MP_GC_BLOCK_BYTES * MP_GC_BLOCK_BYTES;
        gc_set_threshold(bytes ? bytes : 1);
    }
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(gc_threshold_obj, 0, 1, gc_threshold);

// gc.info(): the collector's counters and the heap's shape, as a dict (an extension; MicroPython
// has no gc.info, its micropython.mem_info() prints a subset).
static void gc_info_store(mp_obj_t d, qstr key, uint64_t v) {
    mp_obj_dict_store(d, MP_OBJ_NEW_QSTR(key), mp_obj_new_int_from_ull(v));
}
static mp_obj_t gc_info_fn(void) {
    gc_info_t info;
    gc_info(&info);
    mp_obj_t d = mp_obj_new_dict(0);
    gc_info_store(d, MP_QSTR_collections, gc_stats.collections);
    gc_info_store(d, MP_QSTR_bytes_allocated, gc_stats.bytes_allocated_total);
    gc_info_store(d, MP_QSTR_last_freed, gc_stats.last_freed_blocks * MP_GC_BLOCK_BYTES);
    gc_info_store(d, MP_QSTR_pause_total_ns, gc_stats.total_pause_ns);
    gc_info_store(d, MP_QSTR_pause_max_ns, gc_stats.max_pause_ns);
    gc_info_store(d, MP_QSTR_heap, info.total);
    gc_info_store(d, MP_QSTR_used, info.used);
    gc_info_store(d, MP_QSTR_free, info.free);
    gc_info_store(d, MP_QSTR_largest_free, info.max_free);
    gc_info_store(d, MP_QSTR_high_water, info.high_water);
    gc_info_store(d, MP_QSTR_threshold, gc_get_threshold());
    return d;
}
static MP_DEFINE_CONST_FUN_OBJ_0(gc_info_obj, gc_info_fn);

static const mp_rom_map_elem_t mp_module_gc_globals_table[] = {
    { MP_ROM_QSTR(MP_QSTR_info), MP_ROM_PTR(&gc_info_obj) },
    { MP_ROM_QSTR(MP_QSTR___name__), MP_ROM_QSTR(MP_QSTR_gc) },
    { MP_ROM_QSTR(MP_QSTR_collect), MP_ROM_PTR(&gc_collect_obj) },
    { MP_ROM_QSTR(MP_QSTR_disable), MP_ROM_PTR(&gc_disable_obj) },
    { MP_ROM_QSTR(MP_QSTR_enable), MP_ROM_PTR(&gc_enable_obj) },
    { MP_ROM_QSTR(MP_QSTR_isenabled), MP_ROM_PTR(&gc_isenabled_obj) },
    { MP_ROM_QSTR(MP_QSTR_mem_free), MP_ROM_PTR(&gc_mem_free_obj) },
    { MP_ROM_QSTR(MP_QSTR_mem_alloc), MP_ROM_PTR(&gc_mem_alloc_obj) },
    { MP_ROM_QSTR(MP_QSTR_threshold), MP_ROM_PTR(&gc_threshold_obj) },
};
MP_DEFINE_CONST_MODULE(mp_module_gc, mp_module_gc_globals_table);
MP_REGISTER_MODULE(MP_QSTR_gc, mp_module_gc);
