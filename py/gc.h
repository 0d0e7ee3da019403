// py/gc.h: the garbage-collected heap.
//
// One contiguous area, reserved once (its size from -X heapsize), cut into blocks of
// MP_GC_BLOCK_BYTES = 4 machine words. Two side tables describe the blocks:
//
//   ATB, allocation table: 2 bits a block, 4 blocks a byte (block i at bits 2*(i%4))
//        00 FREE   01 HEAD (first block of an allocation)   10 TAIL   11 MARK (a marked head)
//   FTB, finaliser table: 1 bit a block, set on the head of allocations that want their
//        finaliser (__del__) run before they are freed.
//
// Invariants:
//   - every allocation is HEAD followed by zero or more TAILs; memory handed out is zeroed;
//   - outside gc_collect there are no MARK entries;
//   - a pointer anywhere inside an allocation keeps it alive (conservative, interior pointers ok);
//   - the collector never scans past the heap's last used block.
//
// Collection is mark-sweep. Roots: the [root_start, root_end) words of mp_state, the C stack
// (from the current stack pointer up to mp_state.stack_top) and the callee-saved registers
// (spilled with setjmp). Marking uses an explicit stack; when it overflows, the collector
// remembers that and later rescans the heap for marked blocks whose children may be unmarked.
//
// A collection runs when an allocation fails, or when the bytes allocated since the last
// collection exceed a threshold that tracks the live size (so the pages touched, and the RSS,
// stay close to the live data even with a large reserved heap).
#ifndef MICROPY_INCLUDED_PY_GC_H
#define MICROPY_INCLUDED_PY_GC_H

#include "py/mpconfig.h"
#include "py/misc.h"

#define MP_GC_BLOCK_WORDS (4)
#define MP_GC_BLOCK_BYTES (MP_GC_BLOCK_WORDS * sizeof(mp_uint_t))

void gc_init(void *start, void *end);   // [start, end) must be zero-filled (fresh mmap or .bss)
void gc_deinit(void);

void *gc_alloc(size_t n_bytes, bool has_finaliser);   // NULL on failure (or when locked)
// Like gc_alloc without finaliser, but the contents are unspecified (old data, which the
// conservative scan may read as pointers: only retention, never a crash). For buffers the
// caller fills whole before reading (bigint digits).
void *gc_alloc_uninit(size_t n_bytes);
void gc_free(void *ptr);                              // explicit free; ptr must be a head
size_t gc_nbytes(const void *ptr);                    // usable size of an allocation
void *gc_realloc(void *ptr, size_t n_bytes, bool allow_move); // NULL on failure
bool gc_is_heap_ptr(const void *ptr);
void *gc_alloc_containing(const void *ptr, size_t *n_bytes); // head of the allocation holding ptr, or NULL

void gc_collect(void);                                // full collection now
void gc_collect_start(void);                          // phases, for ports that add roots
void gc_collect_root(void **ptrs, size_t len);
void gc_collect_end(void);
// Scans [lo, hi) conservatively, as the C stack is (other threads' stacks and saved registers).
void gc_collect_stack_range(void **lo, void **hi);

// Number of finalisers run so far (a caller short of a resource retries while this grows).
size_t gc_finalisers_run(void);
void gc_lock(void);
void gc_unlock(void);
bool gc_is_locked(void);
size_t gc_lock_depth(void);
void gc_unlock_all(void);     // top level of the REPL / script: a locked heap must not outlive the code

typedef struct _gc_info_t {
    size_t total;        // bytes in the heap
    size_t used;         // bytes in allocated blocks
    size_t free;
    size_t max_free;     // largest contiguous free run, bytes
    size_t num_1block;
    size_t num_2block;
    size_t max_block;    // largest allocation, blocks
    size_t high_water;   // highest block index ever used, bytes
    size_t free_low;     // free bytes below the high-water mark (holes between allocations)
    size_t max_free_low; // largest free run below the high-water mark, bytes
} gc_info_t;
void gc_info(gc_info_t *info);
// micropython.mem_current/mem_peak: bytes in use now (those that survived the last collection
// plus those allocated since, less explicit frees: an O(1) estimate, never above the heap size)
// and the highest such value so far.
size_t gc_mem_current(void);
size_t gc_mem_peak(void);
void gc_dump_alloc_table(const mp_print_t *print);

// Statistics kept by the collector (cheap counters; a later issue adds profiling).
typedef struct _gc_stats_t {
    size_t collections;
    size_t bytes_allocated_total;
    size_t last_freed_blocks;
    uint64_t total_pause_ns;
    uint64_t max_pause_ns;
    size_t peak_bytes;          // highest gc_mem_current() seen at the start of a collection
} gc_stats_t;
extern gc_stats_t gc_stats;

// Threshold in bytes; 0 disables threshold collections (only on failure).
void gc_set_threshold(size_t bytes);
size_t gc_get_threshold(void);

#endif
