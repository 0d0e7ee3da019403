// py/gc.c: mark-sweep collector over a fixed heap of 4-word blocks.
//
// See py/gc.h for the layout of the allocation table (ATB) and finaliser table (FTB) and the
// invariants. Allocation is next-fit from `alloc_hint`, a roving pointer just past the last
// allocation, wrapping around once before collecting; after a collection the rover goes back to
// the start so that holes low in the heap are reused first (keeps touched pages, and RSS, compact).
#include <string.h>
#include <time.h>
#include <setjmp.h>

#include "py/gc.h"
#include "py/runtime.h"
#include "py/profile.h"
#include "py/mpthread.h"

#if defined(__has_include)
#if __has_include(<valgrind/memcheck.h>)
#include <stdlib.h>
#include <valgrind/memcheck.h>
#define GC_VALGRIND (1)
#endif
#endif
#ifndef GC_VALGRIND
#define GC_VALGRIND (0)
#endif

#define AT_FREE (0)
#define AT_HEAD (1)
#define AT_TAIL (2)
#define AT_MARK (3)

#define BLOCKS_PER_ATB (4)
// Entries, in .bss (pages cost RSS only once touched). A list with more children than this
// overflows into the rescan fallback, which walks the whole used heap, so keep it large.
#define MARK_STACK_SIZE (65536)
// Large allocations keep their own rover so they don't rescan the small holes that small
// allocations leave behind them after a collection.
#define LARGE_BLOCKS (8)
// Interior-pointer runs remembered per collection (a deep C stack holds thousands of pointers
// into the same few large blocks: the compiler's source text and node stacks).
#define GC_TAIL_CACHE (4)
#define MIN_THRESHOLD (2 * 1024 * 1024)

typedef struct _gc_heap_t {
    byte *atb;            // allocation table
    byte *ftb;            // finaliser table
    byte *pool;           // first block
    byte *pool_end;
    size_t n_blocks;
    size_t alloc_hint;    // the rover: next-fit searches start here
    size_t alloc_hint_large; // rover for allocations of more than LARGE_BLOCKS blocks
    size_t high_block;    // one past the highest block ever allocated
    size_t lock_depth;
    bool collecting;
    bool mark_overflow;
    size_t mark_sp;
    size_t mark_stack[MARK_STACK_SIZE];
    size_t bytes_since_collect;
    size_t used_after_collect; // bytes in use when the last collection ended
    size_t threshold;
    size_t threshold_user;    // 0: automatic
    #if MICROPY_GC_STRESS
    size_t stress_skipped;    // allocations since the last stress collection
    #endif
    // Interior pointers resolved during this collection: blocks head+1 .. hi are all tails of
    // the allocation at head (head == hi: empty). Heads and tails do not move while marking;
    // gc_collect_start empties the cache.
    struct { size_t head, hi; } tail_cache[GC_TAIL_CACHE];
    size_t tail_cache_next;
} gc_heap_t;

static gc_heap_t heap;
gc_stats_t gc_stats;

static void gc_init_sweep_table(void);

#define ATB_GET(b) ((heap.atb[(b) / BLOCKS_PER_ATB] >> (2 * ((b) % BLOCKS_PER_ATB))) & 3)
#define ATB_SET(b, v) do { \
        byte *p_ = &heap.atb[(b) / BLOCKS_PER_ATB]; \
        unsigned s_ = 2 * ((b) % BLOCKS_PER_ATB); \
        *p_ = (byte)((*p_ & ~(3u << s_)) | ((unsigned)(v) << s_)); \
    } while (0)
#define FTB_GET(b) ((heap.ftb[(b) / 8] >> ((b) % 8)) & 1)
#define FTB_SET(b) (heap.ftb[(b) / 8] |= (byte)(1u << ((b) % 8)))
#define FTB_CLEAR(b) (heap.ftb[(b) / 8] &= (byte)~(1u << ((b) % 8)))
// Debug builds fill freed blocks with a pattern so that a use after free shows quickly.
#if MICROPY_DEBUG || MICROPY_GC_STRESS
#define GC_POISON(b) memset(PTR_FROM_BLOCK(b), 0xa5, MP_GC_BLOCK_BYTES)
#else
#define GC_POISON(b) ((void)0)
#endif
#define BLOCK_FROM_PTR(p) (((byte *)(p) - heap.pool) / MP_GC_BLOCK_BYTES)
#define PTR_FROM_BLOCK(b) (heap.pool + (b) * MP_GC_BLOCK_BYTES)

void gc_init(void *start, void *end) {
    byte *s = (byte *)(((uintptr_t)start + MP_GC_BLOCK_BYTES - 1) & ~(uintptr_t)(MP_GC_BLOCK_BYTES - 1));
    size_t total = (byte *)end - s;
    // Each block costs BLOCK_BYTES of pool, 1/4 byte of ATB and 1/8 byte of FTB.
    size_t n = (total - 2 * MP_GC_BLOCK_BYTES) * 8 / (MP_GC_BLOCK_BYTES * 8 + 3);
    n &= ~(size_t)7;
    heap.atb = s;
    heap.ftb = heap.atb + n / BLOCKS_PER_ATB;
    byte *p = heap.ftb + n / 8;
    heap.pool = (byte *)(((uintptr_t)p + MP_GC_BLOCK_BYTES - 1) & ~(uintptr_t)(MP_GC_BLOCK_BYTES - 1));
    heap.n_blocks = n;
    heap.pool_end = heap.pool + n * MP_GC_BLOCK_BYTES;
    // The tables must start zeroed (all blocks free): the caller passes fresh memory (mmap'ed or
    // .bss), so we don't touch it here and untouched pages cost no RSS.
    heap.alloc_hint = 0;
    heap.alloc_hint_large = 0;
    heap.high_block = 0;
    heap.lock_depth = 0;
    heap.threshold = MIN_THRESHOLD;
    heap.threshold_user = 0;
    heap.bytes_since_collect = 0;
    heap.used_after_collect = 0;
    memset(&gc_stats, 0, sizeof(gc_stats));
    gc_init_sweep_table();
}

void gc_deinit(void) {
}

void gc_lock(void) {
    heap.lock_depth++;
}

void gc_unlock(void) {
    if (heap.lock_depth > 0) {
        heap.lock_depth--;
    }
}

size_t gc_lock_depth(void) {
    return heap.lock_depth;
}

void gc_unlock_all(void) {
    heap.lock_depth = 0;
}

bool gc_is_locked(void) {
    return heap.lock_depth != 0;
}

void gc_set_threshold(size_t bytes) {
    heap.threshold_user = bytes;
    heap.threshold = bytes ? bytes : MIN_THRESHOLD;
}

size_t gc_get_threshold(void) {
    return heap.threshold_user;
}

bool gc_is_heap_ptr(const void *ptr) {
    return (const byte *)ptr >= heap.pool && (const byte *)ptr < heap.pool_end;
}

// ---- marking ----

// Marks blocks [b, end) as tails: single blocks up to an ATB byte boundary, then whole bytes.
static void gc_set_tails(size_t b, size_t end) {
    for (; b < end && (b % BLOCKS_PER_ATB) != 0; b++) {
        ATB_SET(b, AT_TAIL);
    }
    size_t whole = (end - b) / BLOCKS_PER_ATB;
    memset(&heap.atb[b / BLOCKS_PER_ATB], 0xaa, whole);   // 0b10101010: four AT_TAIL
    for (b += whole * BLOCKS_PER_ATB; b < end; b++) {
        ATB_SET(b, AT_TAIL);
    }
}

static void gc_set_free(size_t b, size_t end) {
    for (; b < end && (b % BLOCKS_PER_ATB) != 0; b++) {
        ATB_SET(b, AT_FREE);
    }
    size_t whole = (end - b) / BLOCKS_PER_ATB;
    memset(&heap.atb[b / BLOCKS_PER_ATB], 0, whole);
    for (b += whole * BLOCKS_PER_ATB; b < end; b++) {
        ATB_SET(b, AT_FREE);
    }
}

static void gc_mark_block(size_t b) {
    // b is a HEAD block: mark it and queue it for scanning.
    ATB_SET(b, AT_MARK);
    if (heap.mark_sp < MARK_STACK_SIZE) {
        heap.mark_stack[heap.mark_sp++] = b;
    } else {
        heap.mark_overflow = true;
    }
}

// The head of the allocation that tail block b belongs to (or the free block below a stray
// tail). The walk back skips whole ATB bytes of four tails (0xaa) and ends early on a run
// already resolved in this collection, so N interior pointers into one block of B blocks cost
// O(B / 4 + N), not O(N * B): under GC stress a 10^5-deep compile collected for minutes.
static size_t gc_head_of_tail(size_t b) {
    size_t top = b;
    for (;;) {
        for (size_t i = 0; i < GC_TAIL_CACHE; i++) {
            if (b > heap.tail_cache[i].head && b <= heap.tail_cache[i].hi) {
                if (top > heap.tail_cache[i].hi) {
                    heap.tail_cache[i].hi = top;   // b .. top are tails too
                }
                return heap.tail_cache[i].head;
            }
        }
        if (b % BLOCKS_PER_ATB == 0 && b >= BLOCKS_PER_ATB && heap.atb[b / BLOCKS_PER_ATB - 1] == 0xaa) {
            b -= BLOCKS_PER_ATB;   // the four blocks below b are tails: b - 4 is one
            continue;
        }
        b--;
        if (ATB_GET(b) != AT_TAIL) {
            break;
        }
    }
    size_t slot = heap.tail_cache_next++ % GC_TAIL_CACHE;
    heap.tail_cache[slot].head = b;
    heap.tail_cache[slot].hi = top;
    return b;
}

static inline void gc_mark_ptr(void *ptr) {
    if ((byte *)ptr < heap.pool || (byte *)ptr >= heap.pool_end) {
        return;
    }
    size_t b = BLOCK_FROM_PTR(ptr);
    if (b >= heap.high_block) {
        return;
    }
    unsigned kind = ATB_GET(b);
    if (kind == AT_HEAD) {
        gc_mark_block(b);
    } else if (kind == AT_TAIL) {
        b = gc_head_of_tail(b);
        if (ATB_GET(b) == AT_HEAD) {
            gc_mark_block(b);
        }
    }
}

// One past the last block of the allocation whose head is b: tails are skipped a whole ATB
// byte (0xaa, four tails) at a time where aligned.
static size_t gc_run_end(size_t b) {
    size_t end = b + 1;
    size_t top = heap.high_block;
    for (;;) {
        if ((end % BLOCKS_PER_ATB) == 0) {
            while (end + BLOCKS_PER_ATB <= top && heap.atb[end / BLOCKS_PER_ATB] == 0xaa) {
                end += BLOCKS_PER_ATB;
            }
        }
        if (end < top && ATB_GET(end) == AT_TAIL) {
            end++;
        } else {
            return end;
        }
    }
}

static void gc_scan_block(size_t b) {
    size_t end = gc_run_end(b);
    void **p = (void **)PTR_FROM_BLOCK(b);
    void **p_end = (void **)PTR_FROM_BLOCK(end);
    for (; p < p_end; p++) {
        gc_mark_ptr(*p);
    }
}

static void gc_drain(void) {
    for (;;) {
        while (heap.mark_sp > 0) {
            gc_scan_block(heap.mark_stack[--heap.mark_sp]);
        }
        if (!heap.mark_overflow) {
            break;
        }
        // Overflow fallback: rescan every marked block; their children get marked (and
        // queued) again if they were dropped. Repeats until nothing overflows.
        heap.mark_overflow = false;
        for (size_t b = 0; b < heap.high_block; b++) {
            if (ATB_GET(b) == AT_MARK) {
                gc_scan_block(b);
                while (heap.mark_sp > 0) {
                    gc_scan_block(heap.mark_stack[--heap.mark_sp]);
                }
            }
        }
    }
}

void gc_collect_root(void **ptrs, size_t len) {
    for (size_t i = 0; i < len; i++) {
        gc_mark_ptr(ptrs[i]);
    }
}

// The C stack holds ASan redzones; reading them is intended here.
__attribute__((no_sanitize_address, noinline))
static void gc_scan_words(void **lo, void **hi) {
    for (void **p = lo; p < hi; p++) {
        void *v = *p;
        if ((byte *)v >= heap.pool && (byte *)v < heap.pool_end) {
            gc_mark_ptr(v);
            if (heap.mark_sp == MARK_STACK_SIZE) {
                // a deep C stack holds more roots than the mark stack: scan what is queued
                // rather than overflow into the whole-heap rescan
                while (heap.mark_sp > 0) {
                    gc_scan_block(heap.mark_stack[--heap.mark_sp]);
                }
            }
        }
    }
}

// Scanning the stack conservatively reads uninitialised words on purpose. Under Valgrind the
// range is marked defined for the scan and its validity bits are restored afterwards, so
// Valgrind keeps checking the program itself. (Without Valgrind these are no-ops.)
static void gc_scan_stack_range(void **lo, void **hi) {
    #if GC_VALGRIND
    if (RUNNING_ON_VALGRIND) {
        size_t n = (byte *)hi - (byte *)lo;
        unsigned char *vbits = malloc(n);
        if (vbits != NULL && VALGRIND_GET_VBITS(lo, vbits, n) == 1) {
            VALGRIND_MAKE_MEM_DEFINED(lo, n);
            gc_scan_words(lo, hi);
            VALGRIND_SET_VBITS(lo, vbits, n);
            free(vbits);
            return;
        }
        free(vbits);
    }
    #endif
    gc_scan_words(lo, hi);
}

void gc_collect_stack_range(void **lo, void **hi) {
    if (hi > lo) {
        gc_scan_stack_range(lo, hi);
    }
}

__attribute__((noinline))
static void gc_scan_regs_and_stack(void) {
    jmp_buf regs;
    setjmp(regs);   // spills callee-saved registers into `regs`, which is on the stack
    void *sp = (void *)&regs;
    void **lo = (void **)((uintptr_t)sp & ~(uintptr_t)(sizeof(void *) - 1));
    void **hi = (void **)mp_state.stack_top;
    if (hi > lo) {
        gc_scan_stack_range(lo, hi);
    }
    gc_scan_stack_range((void **)&regs, (void **)((byte *)&regs + sizeof(regs)));
}

// ---- sweeping ----

static void gc_run_finaliser(void *ptr) {
    mp_obj_base_t *base = ptr;
    if (base->type == NULL || !mp_obj_is_obj(base->type)) {
        return;
    }
    mp_obj_t dest[2];
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        mp_load_method_maybe(MP_OBJ_FROM_PTR(ptr), MP_QSTR___del__, dest);
        if (dest[0] != MP_OBJ_NULL) {
            mp_call_method_n_kw(0, 0, dest);
        }
        nlr_pop();
    } else {
        // Exceptions in finalisers are ignored, as CPython does (it prints a warning).
    }
}

// The sweep works on whole ATB bytes (4 blocks) through a table computed once:
// sweep_table[freeing][byte] gives the swept byte, whether the last block leaves a freed
// allocation open (its tails must be freed too), the counts, and the last used block + 1.
typedef struct {
    byte out;
    uint8_t freeing_out : 1;
    uint8_t freed : 3;
    uint8_t used : 3;
    uint8_t last_used;    // 0: no used block in this byte, else index + 1
} sweep_entry_t;

static sweep_entry_t sweep_table[2][256];

static void gc_init_sweep_table(void) {
    for (int freeing_in = 0; freeing_in < 2; freeing_in++) {
        for (int v = 0; v < 256; v++) {
            bool freeing = freeing_in;
            sweep_entry_t e = {0, 0, 0, 0, 0};
            for (int i = 0; i < BLOCKS_PER_ATB; i++) {
                unsigned k = (v >> (2 * i)) & 3;
                unsigned nk = k;
                switch (k) {
                    case AT_HEAD:
                        nk = AT_FREE;
                        freeing = true;
                        e.freed++;
                        break;
                    case AT_TAIL:
                        if (freeing) {
                            nk = AT_FREE;
                            e.freed++;
                        } else {
                            e.used++;
                            e.last_used = i + 1;
                        }
                        break;
                    case AT_MARK:
                        nk = AT_HEAD;
                        freeing = false;
                        e.used++;
                        e.last_used = i + 1;
                        break;
                    default:
                        freeing = false;
                        break;
                }
                e.out |= (byte)(nk << (2 * i));
            }
            e.freeing_out = freeing;
            sweep_table[freeing_in][v] = e;
        }
    }
}

// Frees unmarked allocations and unmarks marked ones; returns the number of blocks freed and
// stores the number still in use.
static size_t gc_sweep(size_t *used_out) {
    size_t freed = 0, used = 0;
    int freeing = 0;
    size_t last_used = 0;
    size_t end_byte = (heap.high_block + BLOCKS_PER_ATB - 1) / BLOCKS_PER_ATB;
    for (size_t i = 0; i < end_byte; i++) {
        byte v = heap.atb[i];
        if (v == 0) {
            freeing = 0;
            continue;
        }
        const sweep_entry_t *e = &sweep_table[freeing][v];
        #if MICROPY_DEBUG || MICROPY_GC_STRESS
        for (size_t k = 0; k < BLOCKS_PER_ATB; k++) {
            if (((v >> (2 * k)) & 3) != AT_FREE && ((e->out >> (2 * k)) & 3) == AT_FREE) {
                GC_POISON(i * BLOCKS_PER_ATB + k);
            }
        }
        #endif
        heap.atb[i] = e->out;
        freeing = e->freeing_out;
        freed += e->freed;
        used += e->used;
        if (e->last_used) {
            last_used = i * BLOCKS_PER_ATB + e->last_used;
        }
    }
    heap.high_block = last_used;
    *used_out = used;
    return freed;
}

static uint64_t gc_now_ns(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (uint64_t)ts.tv_sec * 1000000000u + ts.tv_nsec;
}

static uint64_t collect_t0;
// Why the next collection runs (mp_gc_trigger_t, for the profiler); gc_collect resets it.
static uint8_t collect_trigger = MP_GC_TRIGGER_EXPLICIT;

// Unreachable objects with a finaliser are kept alive for one more cycle: they (and what they
// reference) are marked, queued here, and finalised after the sweep with the heap unlocked,
// so __del__ may allocate. The queue is a root until the finalisers have run; their FTB bits
// are cleared, so the next collection frees them.
#define FINAL_QUEUE_SIZE (4096)
static void *final_queue[FINAL_QUEUE_SIZE];
static size_t final_len;
static bool finalising;
static size_t finalisers_run;   // total finalisers run so far (gc_alloc watches it)

// Walks the FTB a byte (8 blocks) at a time: most bytes are 0, and only set bits need the ATB.
static void gc_queue_finalisers(void) {
    size_t end_byte = (heap.high_block + 7) / 8;
    for (size_t i = 0; i < end_byte; i++) {
        unsigned bits = heap.ftb[i];
        while (bits != 0) {
            size_t b = i * 8 + (size_t)__builtin_ctz(bits);
            bits &= bits - 1;
            if (b < heap.high_block && ATB_GET(b) == AT_HEAD) {
                if (final_len < FINAL_QUEUE_SIZE) {
                    FTB_CLEAR(b);
                    final_queue[final_len++] = PTR_FROM_BLOCK(b);
                }
                gc_mark_block(b);
            }
        }
    }
    gc_drain();
}

size_t gc_finalisers_run(void) {
    return finalisers_run;
}

static void gc_run_queued_finalisers(void) {
    if (finalising) {
        return;
    }
    finalising = true;
    while (final_len > 0) {
        void *p = final_queue[--final_len];
        final_queue[final_len] = NULL;
        gc_run_finaliser(p);
        finalisers_run++;
    }
    finalising = false;
}

void gc_collect_start(void) {
    if (MP_UNLIKELY(mp_prof_gc_on)) {
        mp_prof_gc_begin(collect_trigger);
    }
    collect_t0 = gc_now_ns();
    // the heap is at its fullest just before a collection: that is where peaks are seen
    size_t in_use = gc_mem_current();
    if (in_use > gc_stats.peak_bytes) {
        gc_stats.peak_bytes = in_use;
    }
    heap.lock_depth++;
    heap.collecting = true;
    heap.mark_sp = 0;
    heap.mark_overflow = false;
    memset(heap.tail_cache, 0, sizeof(heap.tail_cache));
    size_t n = (mp_obj_t *)&mp_state.root_end - (mp_obj_t *)&mp_state.root_start;
    gc_collect_root((void **)&mp_state.root_start, n);
    gc_collect_root(final_queue, final_len);
    gc_scan_regs_and_stack();
    #if MICROPY_PY_THREAD
    mp_thread_gc_others();
    #endif
    gc_drain();
}

void gc_collect_end(void) {
    gc_drain();
    gc_queue_finalisers();
    size_t used_blocks;
    size_t freed = gc_sweep(&used_blocks);
    heap.alloc_hint = 0;
    heap.alloc_hint_large = 0;
    heap.collecting = false;
    heap.lock_depth--;
    // Next threshold: proportional to what survived, so collection cost stays amortised.
    size_t used_bytes = used_blocks * MP_GC_BLOCK_BYTES;
    if (heap.threshold_user == 0) {
        heap.threshold = used_bytes > MIN_THRESHOLD ? used_bytes : MIN_THRESHOLD;
    }
    heap.bytes_since_collect = 0;
    heap.used_after_collect = used_bytes;
    uint64_t dt = gc_now_ns() - collect_t0;
    gc_stats.collections++;
    gc_stats.last_freed_blocks = freed;
    gc_stats.total_pause_ns += dt;
    if (dt > gc_stats.max_pause_ns) {
        gc_stats.max_pause_ns = dt;
    }
    if (MP_UNLIKELY(mp_prof_gc_on)) {
        mp_prof_gc_end(used_blocks, freed);
    }
}

void gc_collect(void) {
    if (heap.collecting) {
        return;
    }
    gc_collect_start();
    gc_collect_end();
    collect_trigger = MP_GC_TRIGGER_EXPLICIT;
    gc_run_queued_finalisers();
}

// ---- allocation ----

// Finds n_blocks consecutive free blocks at or after `from`; (size_t)-1 if none.
// While no run is in progress it skips 32 blocks at a time over fully used ATB words.
static size_t gc_find_free_run(size_t from, size_t n_blocks) {
    size_t n = heap.n_blocks;
    size_t b = from;
    size_t run = 0;
    while (b < n) {
        if (run == 0) {
            // skip used ATB bytes (4 blocks) and words (32 blocks)
            while ((b % 32) != 0 && b < n && ATB_GET(b) != AT_FREE) {
                b++;
            }
            while (b + 32 <= n) {
                uint64_t w;
                memcpy(&w, &heap.atb[b / BLOCKS_PER_ATB], sizeof(w));
                // a 2-bit field is free iff both its bits are 0
                if (((w | (w >> 1)) & 0x5555555555555555ull) != 0x5555555555555555ull) {
                    break;
                }
                b += 32;
            }
            if (b >= n) {
                break;
            }
        }
        if ((b % BLOCKS_PER_ATB) == 0 && b + BLOCKS_PER_ATB <= n && heap.atb[b / BLOCKS_PER_ATB] == 0) {
            // a whole free ATB byte; the run starts at b - run either way
            run += BLOCKS_PER_ATB;
            b += BLOCKS_PER_ATB;
            if (run >= n_blocks) {
                return b - run;
            }
            continue;
        }
        if (ATB_GET(b) == AT_FREE) {
            run++;
            if (run == n_blocks) {
                return b + 1 - n_blocks;
            }
        } else {
            run = 0;
        }
        b++;
    }
    return (size_t)-1;
}

// zero: whether allocations of more than one block are zero-filled (single blocks always are).
static void *gc_alloc_impl(size_t n_bytes, bool has_finaliser, bool zero) {
    if (heap.lock_depth > 0) {
        return NULL;
    }
    if (n_bytes == 0) {
        n_bytes = 1;
    }
    size_t n_blocks = (n_bytes + MP_GC_BLOCK_BYTES - 1) / MP_GC_BLOCK_BYTES;
    if (n_blocks > heap.n_blocks) {
        return NULL;
    }
    #if MICROPY_GC_STRESS
    // Stress: collect before every allocation while what a collection scans (the heap that
    // survived the last one, plus the C stack in use) is at most MICROPY_GC_STRESS_FULL_BYTES;
    // above that, before every (scanned >> MICROPY_GC_STRESS_SPACING_SHIFT)-th allocation, so
    // that marking costs about 2^shift bytes per allocation and programs that build 10^5-object
    // structures or recurse 10^5 deep finish (every allocation point of small programs is hit).
    size_t stress_scan = heap.used_after_collect;
    char *stress_sp = (char *)__builtin_frame_address(0);
    if (mp_state.stack_top != NULL && mp_state.stack_top > stress_sp) {
        stress_scan += (size_t)(mp_state.stack_top - stress_sp);
    }
    size_t stress_every = stress_scan <= MICROPY_GC_STRESS_FULL_BYTES ? 0 : stress_scan >> MICROPY_GC_STRESS_SPACING_SHIFT;
    if (heap.stress_skipped++ >= stress_every) {
        heap.stress_skipped = 0;
        collect_trigger = MP_GC_TRIGGER_STRESS;
        gc_collect();
    }
    #else
    if (heap.bytes_since_collect > heap.threshold) {
        collect_trigger = MP_GC_TRIGGER_THRESHOLD;
        gc_collect();
    }
    #endif
    // Next-fit from the rover; wrap around once; then collect and try again from the start.
    size_t start;
    if (n_blocks == 2 && heap.alloc_hint + 2 <= heap.n_blocks
        && ATB_GET(heap.alloc_hint) == AT_FREE && ATB_GET(heap.alloc_hint + 1) == AT_FREE) {
        // two blocks at the rover: a str/bytes header with its short data, small tuples
        start = heap.alloc_hint;
        heap.alloc_hint = start + 2;
        ATB_SET(start, AT_HEAD);
        ATB_SET(start + 1, AT_TAIL);
        if (start + 2 > heap.high_block) {
            heap.high_block = start + 2;
        }
        if (has_finaliser) {
            FTB_SET(start);
        }
        mp_uint_t *w = (mp_uint_t *)PTR_FROM_BLOCK(start);
        if (zero) {
            memset(w, 0, 2 * MP_GC_BLOCK_BYTES);
        }
        heap.bytes_since_collect += 2 * MP_GC_BLOCK_BYTES;
        gc_stats.bytes_allocated_total += 2 * MP_GC_BLOCK_BYTES;
        if (MP_UNLIKELY(mp_prof_gc_on)) {
            mp_prof_gc_alloc(w, 2);
        }
        return w;
    }
    if (n_blocks == 1 && heap.alloc_hint < heap.n_blocks && ATB_GET(heap.alloc_hint) == AT_FREE) {
        // the common case: a small object right at the rover
        start = heap.alloc_hint;
        heap.alloc_hint = start + 1;
        ATB_SET(start, AT_HEAD);
        if (start >= heap.high_block) {
            heap.high_block = start + 1;
        }
        if (has_finaliser) {
            FTB_SET(start);
        }
        mp_uint_t *w = (mp_uint_t *)PTR_FROM_BLOCK(start);
        w[0] = w[1] = w[2] = w[3] = 0;
        heap.bytes_since_collect += MP_GC_BLOCK_BYTES;
        gc_stats.bytes_allocated_total += MP_GC_BLOCK_BYTES;
        if (MP_UNLIKELY(mp_prof_gc_on)) {
            mp_prof_gc_alloc(w, 1);
        }
        return w;
    }
    size_t *rover = n_blocks > LARGE_BLOCKS ? &heap.alloc_hint_large : &heap.alloc_hint;
    start = gc_find_free_run(*rover, n_blocks);
    if (start == (size_t)-1 && *rover > 0 && heap.bytes_since_collect < heap.threshold / 4) {
        start = gc_find_free_run(0, n_blocks);
    }
    if (start == (size_t)-1) {
        // Objects with finalisers outlive the collection that finalises them (e.g. files
        // dropped without close()): while collections keep running finalisers, the next one
        // may free what the previous one finalised.
        size_t ran;
        do {
            ran = finalisers_run;
            collect_trigger = MP_GC_TRIGGER_ALLOC_FAIL;
            gc_collect();
            start = gc_find_free_run(0, n_blocks);
        } while (start == (size_t)-1 && finalisers_run != ran);
        if (start == (size_t)-1) {
            return NULL;
        }
    }
    *rover = start + n_blocks;
    ATB_SET(start, AT_HEAD);
    gc_set_tails(start + 1, start + n_blocks);
    if (start + n_blocks > heap.high_block) {
        heap.high_block = start + n_blocks;
    }
    if (has_finaliser) {
        FTB_SET(start);
    }
    byte *p = PTR_FROM_BLOCK(start);
    if (zero) {
        memset(p, 0, n_blocks * MP_GC_BLOCK_BYTES);
    }
    size_t bytes = n_blocks * MP_GC_BLOCK_BYTES;
    heap.bytes_since_collect += bytes;
    gc_stats.bytes_allocated_total += bytes;
    if (MP_UNLIKELY(mp_prof_gc_on)) {
        mp_prof_gc_alloc(p, n_blocks);
    }
    return p;
}

void *gc_alloc(size_t n_bytes, bool has_finaliser) {
    return gc_alloc_impl(n_bytes, has_finaliser, true);
}

void *gc_alloc_uninit(size_t n_bytes) {
    return gc_alloc_impl(n_bytes, false, false);
}

static size_t gc_head_block(const void *ptr) {
    if (!gc_is_heap_ptr(ptr)) {
        return (size_t)-1;
    }
    size_t b = BLOCK_FROM_PTR(ptr);
    if (ATB_GET(b) != AT_HEAD || PTR_FROM_BLOCK(b) != ptr) {
        return (size_t)-1;
    }
    return b;
}

static size_t gc_alloc_blocks(size_t b) {
    return gc_run_end(b) - b;
}

// The allocation holding ptr (any byte inside it): its first byte, and in *n_bytes its usable
// size; NULL when ptr is outside the heap or in a free block. Walks back over TAIL blocks.
void *gc_alloc_containing(const void *ptr, size_t *n_bytes) {
    if (!gc_is_heap_ptr(ptr)) {
        return NULL;
    }
    size_t b = BLOCK_FROM_PTR(ptr);
    if (b >= heap.high_block) {
        return NULL;
    }
    while (b > 0 && ATB_GET(b) == AT_TAIL) {
        b--;
    }
    unsigned kind = ATB_GET(b);
    if (kind != AT_HEAD && kind != AT_MARK) {
        return NULL;
    }
    *n_bytes = gc_alloc_blocks(b) * MP_GC_BLOCK_BYTES;
    return PTR_FROM_BLOCK(b);
}

void gc_free(void *ptr) {
    if (heap.lock_depth > 0 || ptr == NULL) {
        return;
    }
    size_t b = gc_head_block(ptr);
    if (b == (size_t)-1) {
        return;
    }
    size_t n = gc_alloc_blocks(b);
    FTB_CLEAR(b);
    gc_set_free(b, b + n);
    // Freed just below a rover (LIFO temporaries, e.g. bigint scratch): reuse the blocks at
    // once, while they are still in the cache.
    if (heap.alloc_hint == b + n) {
        heap.alloc_hint = b;
    }
    if (heap.alloc_hint_large == b + n) {
        heap.alloc_hint_large = b;
    }
    // Explicitly freed memory does not count towards the next collection.
    size_t bytes = n * MP_GC_BLOCK_BYTES;
    heap.bytes_since_collect = heap.bytes_since_collect > bytes ? heap.bytes_since_collect - bytes : 0;
}

size_t gc_nbytes(const void *ptr) {
    size_t b = gc_head_block(ptr);
    if (b == (size_t)-1) {
        return 0;
    }
    return gc_alloc_blocks(b) * MP_GC_BLOCK_BYTES;
}

void *gc_realloc(void *ptr, size_t n_bytes, bool allow_move) {
    if (ptr == NULL) {
        return gc_alloc(n_bytes, false);
    }
    if (heap.lock_depth > 0) {
        return NULL;
    }
    size_t b = gc_head_block(ptr);
    if (b == (size_t)-1) {
        return NULL;
    }
    size_t have = gc_alloc_blocks(b);
    size_t want = (n_bytes + MP_GC_BLOCK_BYTES - 1) / MP_GC_BLOCK_BYTES;
    if (want == 0) {
        want = 1;
    }
    if (want == have) {
        return ptr;
    }
    if (want < have) {
        // Shrink in place.
        for (size_t i = want; i < have; i++) {
            ATB_SET(b + i, AT_FREE);
        }
        return ptr;
    }
    // Grow in place if the following blocks are free.
    size_t extra = want - have;
    size_t i = 0;
    while (i < extra && b + have + i < heap.n_blocks && ATB_GET(b + have + i) == AT_FREE) {
        i++;
    }
    if (i == extra) {
        for (size_t k = 0; k < extra; k++) {
            ATB_SET(b + have + k, AT_TAIL);
        }
        memset(PTR_FROM_BLOCK(b + have), 0, extra * MP_GC_BLOCK_BYTES);
        if (b + want > heap.high_block) {
            heap.high_block = b + want;
        }
        heap.bytes_since_collect += extra * MP_GC_BLOCK_BYTES;
        gc_stats.bytes_allocated_total += extra * MP_GC_BLOCK_BYTES;
        return ptr;
    }
    if (!allow_move) {
        return NULL;
    }
    bool ftb = FTB_GET(b);
    void *p = gc_alloc(n_bytes, ftb);
    if (p == NULL) {
        return NULL;
    }
    // gc_alloc may have collected: ptr is still referenced from our caller's stack, so alive.
    memcpy(p, ptr, have * MP_GC_BLOCK_BYTES);
    gc_free(ptr);
    return p;
}

// ---- introspection ----

size_t gc_mem_current(void) {
    size_t total = heap.n_blocks * MP_GC_BLOCK_BYTES;
    size_t cur = heap.used_after_collect + heap.bytes_since_collect;
    return cur < total ? cur : total;
}

size_t gc_mem_peak(void) {
    size_t cur = gc_mem_current();
    return cur > gc_stats.peak_bytes ? cur : gc_stats.peak_bytes;
}

void gc_info(gc_info_t *info) {
    memset(info, 0, sizeof(*info));
    info->total = heap.n_blocks * MP_GC_BLOCK_BYTES;
    size_t run_free = 0;
    size_t run_alloc = 0;
    for (size_t b = 0; b < heap.n_blocks; b++) {
        unsigned k = (b < heap.high_block) ? ATB_GET(b) : AT_FREE;
        if (b >= heap.high_block) {
            // everything above the high-water mark is free
            info->free_low = info->free;
            info->max_free_low = info->max_free;
            run_free += heap.n_blocks - b;
            info->free += (heap.n_blocks - b) * MP_GC_BLOCK_BYTES;
            break;
        }
        if (k == AT_FREE) {
            run_free++;
            info->free += MP_GC_BLOCK_BYTES;
        } else {
            if (run_free * MP_GC_BLOCK_BYTES > info->max_free) {
                info->max_free = run_free * MP_GC_BLOCK_BYTES;
            }
            run_free = 0;
            info->used += MP_GC_BLOCK_BYTES;
        }
        if (k == AT_HEAD || k == AT_MARK) {
            if (run_alloc == 1) {
                info->num_1block++;
            } else if (run_alloc == 2) {
                info->num_2block++;
            }
            if (run_alloc > info->max_block) {
                info->max_block = run_alloc;
            }
            run_alloc = 1;
        } else if (k == AT_TAIL) {
            run_alloc++;
        } else {
            if (run_alloc == 1) {
                info->num_1block++;
            } else if (run_alloc == 2) {
                info->num_2block++;
            }
            if (run_alloc > info->max_block) {
                info->max_block = run_alloc;
            }
            run_alloc = 0;
        }
    }
    if (run_free * MP_GC_BLOCK_BYTES > info->max_free) {
        info->max_free = run_free * MP_GC_BLOCK_BYTES;
    }
    if (heap.high_block >= heap.n_blocks) {
        info->free_low = info->free;
        info->max_free_low = info->max_free;
    }
    if (run_alloc > info->max_block) {
        info->max_block = run_alloc;
    }
    info->high_water = heap.high_block * MP_GC_BLOCK_BYTES;
}

// Heap map, one character a block, 64 blocks a line: '.' free, 'h' head, '=' tail.
// Only up to the high-water mark (the rest is free).
void gc_dump_alloc_table(const mp_print_t *print) {
    // the address in bare hex digits, as MicroPython prints it
    mp_printf(print, "GC memory layout; from %lx:", (unsigned long)(uintptr_t)heap.pool);
    size_t end = heap.high_block;
    for (size_t b = 0; b < end; b++) {
        if (b % 64 == 0) {
            mp_printf(print, "\n%08x: ", (unsigned)(b * MP_GC_BLOCK_BYTES));
        }
        unsigned k = ATB_GET(b);
        char c = k == AT_FREE ? '.' : k == AT_TAIL ? '=' : 'h';
        mp_print_strn(print, &c, 1);
    }
    mp_printf(print, "\n(%u blocks free above high-water mark)\n", (unsigned)(heap.n_blocks - end));
}
