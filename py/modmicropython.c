// py/modmicropython.c: the `micropython` module: const, opt_level, mem_info (with the heap
// map), mem_total/current/peak, qstr_info, stack_use, heap_lock/heap_unlock, schedule, kbd_intr,
// profile (py/profile.c), RingIO (py/objringio.c).
#include <stdio.h>

#include "py/runtime.h"
#include "py/gc.h"
#include "py/profile.h"

static mp_obj_t mp_micropython_const(mp_obj_t x) {
    return x;
}
static MP_DEFINE_CONST_FUN_OBJ_1(mp_micropython_const_obj, mp_micropython_const);

static mp_obj_t mp_micropython_opt_level(size_t n_args, const mp_obj_t *args) {
    if (n_args == 0) {
        return MP_OBJ_NEW_SMALL_INT(mp_state.opt_level);
    }
    mp_state.opt_level = (uint8_t)mp_obj_get_int(args[0]);
    // __debug__ is True only at level 0, for code compiled from now on (exec, import).
    mp_obj_dict_store(MP_OBJ_FROM_PTR(mp_state.dict_builtins), MP_OBJ_NEW_QSTR(MP_QSTR___debug__), mp_obj_new_bool(mp_state.opt_level == 0));
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(mp_micropython_opt_level_obj, 0, 1, mp_micropython_opt_level);

// MicroPython's memory statistics (MICROPY_MEM_STATS): bytes ever allocated, in use, at most
// in use. Ours come from the GC's counters (py/gc.h).
static mp_obj_t mp_micropython_mem_total(void) {
    return mp_obj_new_int_from_ull(gc_stats.bytes_allocated_total);
}
static MP_DEFINE_CONST_FUN_OBJ_0(mp_micropython_mem_total_obj, mp_micropython_mem_total);

static mp_obj_t mp_micropython_mem_current(void) {
    return mp_obj_new_int_from_uint(gc_mem_current());
}
static MP_DEFINE_CONST_FUN_OBJ_0(mp_micropython_mem_current_obj, mp_micropython_mem_current);

static mp_obj_t mp_micropython_mem_peak(void) {
    return mp_obj_new_int_from_uint(gc_mem_peak());
}
static MP_DEFINE_CONST_FUN_OBJ_0(mp_micropython_mem_peak_obj, mp_micropython_mem_peak);

static mp_obj_t mp_micropython_mem_info(size_t n_args, const mp_obj_t *args) {
    gc_info_t info;
    gc_info(&info);
    mp_printf(&mp_plat_print, "mem: total=%lu, current=%lu, peak=%lu\n", (unsigned long)gc_stats.bytes_allocated_total,
        (unsigned long)gc_mem_current(), (unsigned long)gc_mem_peak());
    mp_printf(&mp_plat_print, "stack: %u out of %u\n", (unsigned)mp_stack_usage(), (unsigned)mp_state.stack_limit_bytes);
    mp_printf(&mp_plat_print, "GC: total: %lu, used: %lu, free: %lu\n",
        (unsigned long)info.total, (unsigned long)info.used, (unsigned long)info.free);
    mp_printf(&mp_plat_print, " No. of 1-blocks: %u, 2-blocks: %u, max blk sz: %u, max free sz: %lu\n",
        (unsigned)info.num_1block, (unsigned)info.num_2block, (unsigned)info.max_block,
        (unsigned long)(info.max_free / MP_GC_BLOCK_BYTES));
    if (n_args > 0) {
        gc_dump_alloc_table(&mp_plat_print);
    }
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(mp_micropython_mem_info_obj, 0, 1, mp_micropython_mem_info);

static mp_obj_t mp_micropython_qstr_info(size_t n_args, const mp_obj_t *args) {
    size_t n_pool, n_qstr, n_str_data_bytes, n_total_bytes;
    qstr_pool_info(&n_pool, &n_qstr, &n_str_data_bytes, &n_total_bytes);
    n_pool -= 1;   // MicroPython counts the pools made at run time, not the ROM one
    mp_printf(&mp_plat_print, "qstr pool: n_pool=%u, n_qstr=%u, n_str_data_bytes=%u, n_total_bytes=%u\n",
        (unsigned)n_pool, (unsigned)n_qstr, (unsigned)n_str_data_bytes, (unsigned)n_total_bytes);
    if (n_args > 0) {
        for (size_t q = MP_QSTRnumber_of; q < qstr_total(); q++) {
            mp_printf(&mp_plat_print, "Q(%s)\n", qstr_str(q));
        }
    }
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(mp_micropython_qstr_info_obj, 0, 1, mp_micropython_qstr_info);

static mp_obj_t mp_micropython_stack_use(void) {
    return MP_OBJ_NEW_SMALL_INT(mp_stack_usage());
}
static MP_DEFINE_CONST_FUN_OBJ_0(mp_micropython_stack_use_obj, mp_micropython_stack_use);

// The lock depth lives in the GC (one count shared with ffi callbacks that lock the heap).
static mp_obj_t mp_micropython_heap_lock(void) {
    gc_lock();
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_0(mp_micropython_heap_lock_obj, mp_micropython_heap_lock);

static mp_obj_t mp_micropython_heap_unlock(void) {
    gc_unlock();
    return MP_OBJ_NEW_SMALL_INT(gc_lock_depth());
}
static MP_DEFINE_CONST_FUN_OBJ_0(mp_micropython_heap_unlock_obj, mp_micropython_heap_unlock);

static mp_obj_t mp_micropython_heap_locked(void) {
    return MP_OBJ_NEW_SMALL_INT(gc_lock_depth());
}
static MP_DEFINE_CONST_FUN_OBJ_0(mp_micropython_heap_locked_obj, mp_micropython_heap_locked);

static mp_obj_t mp_micropython_schedule(mp_obj_t fun, mp_obj_t arg) {
    mp_sched_schedule(fun, arg);
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_2(mp_micropython_schedule_obj, mp_micropython_schedule);

static mp_obj_t mp_micropython_kbd_intr(mp_obj_t chr) {
    mp_obj_get_int(chr);
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_1(mp_micropython_kbd_intr_obj, mp_micropython_kbd_intr);

static mp_obj_t mp_micropython_alloc_emergency_exception_buf(mp_obj_t size) {
    // MemoryError is preallocated, and tracebacks are dropped when the heap is full.
    mp_obj_get_int(size);
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_1(mp_micropython_alloc_emergency_exception_buf_obj, mp_micropython_alloc_emergency_exception_buf);

extern const mp_obj_type_t mp_type_ringio; // py/objringio.c

static const mp_rom_map_elem_t mp_module_micropython_globals_table[] = {
    { MP_ROM_QSTR(MP_QSTR_RingIO), MP_ROM_PTR(&mp_type_ringio) },
    { MP_ROM_QSTR(MP_QSTR_alloc_emergency_exception_buf), MP_ROM_PTR(&mp_micropython_alloc_emergency_exception_buf_obj) },
    { MP_ROM_QSTR(MP_QSTR___name__), MP_ROM_QSTR(MP_QSTR_micropython) },
    { MP_ROM_QSTR(MP_QSTR_const), MP_ROM_PTR(&mp_micropython_const_obj) },
    { MP_ROM_QSTR(MP_QSTR_profile), MP_ROM_PTR(&mp_prof_session_new_obj) },
    { MP_ROM_QSTR(MP_QSTR_opt_level), MP_ROM_PTR(&mp_micropython_opt_level_obj) },
    { MP_ROM_QSTR(MP_QSTR_mem_total), MP_ROM_PTR(&mp_micropython_mem_total_obj) },
    { MP_ROM_QSTR(MP_QSTR_mem_current), MP_ROM_PTR(&mp_micropython_mem_current_obj) },
    { MP_ROM_QSTR(MP_QSTR_mem_peak), MP_ROM_PTR(&mp_micropython_mem_peak_obj) },
    { MP_ROM_QSTR(MP_QSTR_mem_info), MP_ROM_PTR(&mp_micropython_mem_info_obj) },
    { MP_ROM_QSTR(MP_QSTR_qstr_info), MP_ROM_PTR(&mp_micropython_qstr_info_obj) },
    { MP_ROM_QSTR(MP_QSTR_stack_use), MP_ROM_PTR(&mp_micropython_stack_use_obj) },
    { MP_ROM_QSTR(MP_QSTR_heap_lock), MP_ROM_PTR(&mp_micropython_heap_lock_obj) },
    { MP_ROM_QSTR(MP_QSTR_heap_unlock), MP_ROM_PTR(&mp_micropython_heap_unlock_obj) },
    { MP_ROM_QSTR(MP_QSTR_heap_locked), MP_ROM_PTR(&mp_micropython_heap_locked_obj) },
    { MP_ROM_QSTR(MP_QSTR_schedule), MP_ROM_PTR(&mp_micropython_schedule_obj) },
    { MP_ROM_QSTR(MP_QSTR_kbd_intr), MP_ROM_PTR(&mp_micropython_kbd_intr_obj) },
};
MP_DEFINE_CONST_MODULE(mp_module_micropython, mp_module_micropython_globals_table);
MP_REGISTER_MODULE(MP_QSTR_micropython, mp_module_micropython);
