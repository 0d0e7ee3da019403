// py/profile.h: the built-in profiler of bytecode dispatch, calls and the garbage collector.
//
// Zero cost when off. The VM is compiled twice (py/vm.c and py/vmprof.c, which includes it
// with MP_VM_PROFILED=1): only the second copy calls mp_prof_op() at every dispatch and
// mp_prof_enter()/mp_prof_exit() around every frame (both inline; their slow parts, and all
// of call profiling, are out of line in py/profile.c). The normal copy checks mp_prof_vm_on
// once per frame entry (and after a call or `with` returns, so that a frame running when
// profiling starts moves over to the profiled copy). The collector checks mp_prof_gc_on once
// per allocation and once per collection.
//
// Data kept while profiling (in mp_prof and in malloc'ed arrays, never in the GC heap, so the
// profile does not perturb what it measures):
//
//   pair_count[MP_PROF_PAIR(prev, op)]
//                             consecutive opcode pairs in a frame (superinstruction
//                             candidates), a flat array of rows of 1 << MP_PROF_PAIR_SHIFT
//                             counters (only the first MP_BC_NUM_OPCODES of a row are used);
//                             row MP_BC_NUM_OPCODES is "first instruction run by a vm_run call"
//                             (frame start, resume, handler). The only per-instruction counter:
//                             op_count[op] (the column sums) is computed when profiling stops.
//                             The profiled VM's handlers know their own row as a constant.
//   countdown                 instructions until the next sample tick (every `period`-th
//                             instruction). Instructions executed = ops_base + cd_reload -
//                             countdown. The instructions of the running code object (cur_slot)
//                             not yet added to its count are cd_mark - countdown, so
//                             mp_prof_enter/exit split the count between code objects at no
//                             cost per instruction (the sample tick settles them too).
//   hot[slot]                 what frame entry and exit touch, in a dense array: the raw code
//                             and the instruction count of record slot - 1; hot[0] (rc NULL)
//                             counts instructions of frames of unknown code (those that began
//                             before the profile). Copied to codes[].ops when profiling stops.
//   op_cycles[op]/op_samples  cycle counter deltas of every `period`-th instruction
//   codes[]                   one record per code object (raw code): ops, samples, cycles,
//                             calls, inclusive/exclusive ns. A raw code keeps the slot of its
//                             record (rc->prof_index, checked against hot[slot].rc); a hash
//                             table keyed by the raw code pointer finds it otherwise.
//   nodes[]                   the calling-context tree: node 0 is the root, each node is one
//                             call path (parent, code); calls, ns and op samples per path.
//                             Folded stacks and the flame graph are read from it.
//   stack[]                   the shadow call stack: frame, node, start time, time in callees.
//                             The caller's cur_slot is not kept here: mp_prof_enter returns it
//                             (with the profile's generation) to the VM's entry point, which
//                             hands it back to mp_prof_exit, so the C stack holds it.
//   gcs[]                     one record per collection
//   alloc_count/bytes[k]      allocations of 2^(k-1) < blocks <= 2^k blocks (k=0: 1 block)
//   types[]                   allocations by the type found in the object's first word
//
// Time: mp_prof_clock_ns (a hook a port may replace, e.g. with a virtual clock) for collections
// and for calibration; mp_prof_cycles() (rdtsc/cntvct, or the clock hook when
// MICROPY_PROF_CYCLES is 0) for calls and sampled opcode time. Call times are kept in cycles
// while profiling and converted to ns when profiling stops (ns per cycle measured over the run).
#ifndef MICROPY_INCLUDED_PY_PROFILE_H
#define MICROPY_INCLUDED_PY_PROFILE_H

#include "py/bc.h"

#define MP_PROF_OPS (1)
#define MP_PROF_CALLS (2)
#define MP_PROF_GC (4)
#define MP_PROF_ALL (7)

// Why a collection ran (gc.c sets it).
typedef enum {
    MP_GC_TRIGGER_EXPLICIT,     // gc.collect() or a port
    MP_GC_TRIGGER_THRESHOLD,    // bytes allocated since the last collection passed the threshold
    MP_GC_TRIGGER_ALLOC_FAIL,   // no free run for an allocation
    MP_GC_TRIGGER_STRESS,       // MICROPY_GC_STRESS build
} mp_gc_trigger_t;

// ---- hooks a port may set ----
// Monotonic nanoseconds. Default: mp_hal_ticks_us() * 1000.
extern uint64_t (*mp_prof_clock_ns)(void);
// True if [p, p + n) is readable static memory of the program (used to recognise static type
// objects when counting allocations by type). Default NULL: only heap types are recognised.
extern bool (*mp_prof_is_static)(const void *p, size_t n);

// ---- the switches read by the VM and the collector ----
extern bool mp_prof_vm_on;   // use the profiled VM for new frames
extern bool mp_prof_gc_on;   // report allocations and collections

// ---- records ----
typedef struct _mp_prof_code_t {
    const mp_raw_code_t *rc;
    qstr name;
    qstr file;
    uint32_t line;
    uint32_t depth;             // activations on the shadow stack (recursion)
    uint64_t ops;               // instructions executed in this code object
    uint64_t samples;           // sample ticks that fell in it
    uint64_t cycles;            // cycle deltas of those sampled instructions
    uint64_t calls;
    uint64_t incl_ns;           // outermost activations only, so recursion is not counted twice
    uint64_t excl_ns;
} mp_prof_code_t;

typedef struct _mp_prof_node_t {
    uint32_t code;              // index into codes; root: (uint32_t)-1
    uint32_t parent;
    uint32_t first_child;       // 0: none (node 0 is the root, never a child)
    uint32_t next_sibling;
    uint64_t calls;
    uint64_t incl_ns;
    uint64_t excl_ns;
    uint64_t samples;
} mp_prof_node_t;

typedef struct _mp_prof_frame_t {
    const mp_code_state_t *cs;
    uint32_t node;
    uint32_t code;              // the callee's record (node's code, unless the tree was full)
    uint64_t t0;
    uint64_t child_ns;
} mp_prof_frame_t;

typedef struct _mp_prof_gc_t {
    uint64_t t_ns;              // start, relative to the profile's start
    uint64_t pause_ns;
    size_t before;              // bytes in use when the collection started
    size_t marked;              // bytes found reachable (kept)
    size_t freed;
    size_t live_after;          // bytes in use afterwards: before = freed + live_after
    size_t heap;
    size_t largest_free;
    size_t free;
    size_t free_low;            // free bytes below the high-water mark (holes)
    size_t largest_free_low;    // the largest hole: fragmentation = 1 - largest_free_low / free_low
    uint8_t trigger;
} mp_prof_gc_t;

typedef struct _mp_prof_hot_t {
    const mp_raw_code_t *rc;
    uint64_t ops;
} mp_prof_hot_t;

typedef struct _mp_prof_span_t {
    uint32_t code;
    uint32_t depth;
    uint64_t t0;
    uint64_t dur;
} mp_prof_span_t;

typedef struct _mp_prof_type_t {
    qstr name;                  // MP_QSTRnull: not an object (raw data: string bytes, arrays)
    uint64_t count;
    uint64_t bytes;
} mp_prof_type_t;

#define MP_PROF_SIZE_CLASSES (10)   // 1, 2, 3-4, 5-8, ..., 129-256, >256 blocks
#define MP_PROF_MAX_SPANS (100000)
#define MP_PROF_NO_CODE ((uint32_t)-1)

// The pair table's layout: one row per previous opcode (plus the "frame start" row).
#define MP_PROF_PAIR_SHIFT (MP_BC_NUM_OPCODES <= 128 ? 7 : 8)
#define MP_PROF_PAIR(prev, op) (((size_t)(prev) << MP_PROF_PAIR_SHIFT) + (op))
#define MP_PROF_PAIR_SIZE ((size_t)(MP_BC_NUM_OPCODES + 1) << MP_PROF_PAIR_SHIFT)
_Static_assert(MP_BC_NUM_OPCODES <= 256, "the pair table's rows hold at most 256 opcodes");

typedef struct _mp_prof_t {
    // hot: touched at every instruction of the profiled VM
    uint32_t countdown;
    // touched at every frame entry and exit
    bool active;
    unsigned kinds;             // MP_PROF_* being collected
    uint32_t cur_slot;          // hot[] slot of the running code (0: unknown)
    uint32_t cd_mark;           // countdown when cur_slot's instructions were last settled
    uint32_t gen;               // generation: counts profiles started (tokens of mp_prof_enter)
    mp_prof_hot_t *hot;         // cap_codes + 1 entries
    size_t n_codes, cap_codes;
    mp_prof_code_t *codes;
    // the slow path's state
    uint32_t cd_reload;         // the value countdown was last set to
    uint64_t ops_base;          // instructions before that
    uint64_t next_sample;       // instruction number of the next sample tick
    uint32_t period;            // sample every period-th instruction
    int pending_op;             // instruction being timed (-1: none)
    uint32_t pending_code;
    uint64_t pending_t0;
    uint64_t cyc_overhead;      // cycles of two back-to-back counter reads
    uint64_t t_start_ns, t_stop_ns;
    uint64_t cyc_start, cyc_stop;
    uint64_t total_ops;
    uint64_t pair_count[MP_PROF_PAIR_SIZE];
    uint64_t op_count[MP_BC_NUM_OPCODES];
    uint64_t op_cycles[MP_BC_NUM_OPCODES];
    uint64_t op_samples[MP_BC_NUM_OPCODES];
    uint64_t total_samples;     // stack samples taken (calls profiling)
    // the hash table of code records (indices + 1, 0 = empty)
    uint32_t *code_hash;
    size_t hash_cap;
    // calling-context tree and shadow stack
    mp_prof_node_t *nodes;
    size_t n_nodes, cap_nodes;
    mp_prof_frame_t *stack;
    size_t n_stack, cap_stack;
    mp_prof_span_t *spans;
    size_t n_spans, cap_spans;
    uint64_t spans_dropped;
    // collector
    mp_prof_gc_t *gcs;
    size_t n_gcs, cap_gcs;
    size_t gc_before;
    uint64_t gc_t0;
    uint8_t gc_trigger;
    uint64_t alloc_count[MP_PROF_SIZE_CLASSES];
    uint64_t alloc_bytes[MP_PROF_SIZE_CLASSES];
    uint64_t alloc_total_count, alloc_total_bytes;
    void *last_alloc;           // classified by type at the next allocation (its type is set by then)
    size_t last_alloc_bytes;
    uintptr_t last_type_word;   // cache: a static type's address and its index in types
    size_t last_type;
    mp_prof_type_t *types;
    size_t n_types, cap_types;
} mp_prof_t;

extern mp_prof_t mp_prof;

// ---- control ----
// Parses "ops", "calls", "gc", "all" or a comma list; 0 if invalid.
unsigned mp_prof_parse_kinds(const char *s);
void mp_prof_start(unsigned kinds);   // discards earlier data
void mp_prof_stop(void);
void mp_prof_free(void);
mp_obj_t mp_prof_report(void);        // the data as a dict (the JSON report's structure)
void mp_prof_print_summary(const mp_print_t *print);
const char *mp_prof_trigger_name(unsigned trigger);
// Profiling sessions started from Python (micropython.profile).
extern const mp_obj_type_t mp_type_prof_session;
extern const mp_obj_fun_builtin_var_t mp_prof_session_new_obj;

// ---- hooks called by the profiled VM and the collector ----
uint32_t mp_prof_code_slot_slow(const mp_raw_code_t *rc);      // 0: out of memory
void mp_prof_call_enter(const mp_code_state_t *cs, uint32_t code);
void mp_prof_call_exit(const mp_code_state_t *cs);
void mp_prof_op_slow(const mp_code_state_t *cs, unsigned op);   // countdown reached 0
void mp_prof_gc_alloc(void *ptr, size_t n_blocks);
void mp_prof_gc_begin(unsigned trigger);
void mp_prof_gc_end(size_t marked_blocks, size_t freed_blocks);

#ifndef MICROPY_PROF_CYCLES
#define MICROPY_PROF_CYCLES (1)     // 0: time everything with the clock hook
#endif

static inline uint64_t mp_prof_cycles(void) {
    #if MICROPY_PROF_CYCLES && (defined(__x86_64__) || defined(__i386__))
    return __builtin_ia32_rdtsc();
    #elif MICROPY_PROF_CYCLES && defined(__aarch64__)
    uint64_t v;
    __asm__ volatile ("mrs %0, cntvct_el0" : "=r" (v));
    return v;
    #else
    return mp_prof_clock_ns();
    #endif
}

// At every dispatch of the profiled VM: one pair counter and the countdown. `row` is the
// previous opcode's row offset in this frame (pairs never span frames: a superinstruction
// can't); the VM knows it as a constant in each opcode's handler (py/vm.c), so this is two
// read-modify-writes with no dependency between instructions except the countdown. Sample ticks
// and stopping happen on the out-of-line path when countdown reaches 0. After profiling stops
// the counters keep running harmlessly until the frames still in the profiled VM return.
#define MP_PROF_ROW_START ((unsigned)MP_BC_NUM_OPCODES << MP_PROF_PAIR_SHIFT)
static inline void mp_prof_op(const mp_code_state_t *cs, unsigned op, size_t row) {
    mp_prof_t *p = &mp_prof;
    p->pair_count[row + (size_t)op]++;
    if (MP_UNLIKELY(--p->countdown == 0)) {
        mp_prof_op_slow(cs, op);
    }
}

// The slot of rc's record (index + 1), made on first sight (0: out of memory). Only while
// profiling (hot[] exists).
static inline uint32_t mp_prof_code_slot(const mp_raw_code_t *rc) {
    const mp_prof_t *p = &mp_prof;
    uint32_t slot = rc->prof_index;
    if (MP_LIKELY(slot <= p->n_codes && p->hot[slot].rc == rc)) {
        return slot;
    }
    return mp_prof_code_slot_slow(rc);
}

// The instructions since cd_mark belong to cur_slot.
static inline void mp_prof_settle(mp_prof_t *p) {
    p->hot[p->cur_slot].ops += p->cd_mark - p->countdown;
    p->cd_mark = p->countdown;
}

// A token of mp_prof_enter: the generation of the profile (0: none) and the caller's slot.
typedef uint64_t mp_prof_token_t;

// The profiled VM's entry point calls these around a frame's run. `counted`: a call (false: a
// frame that started in the normal VM and moves over, or one entered before profiling).
static inline mp_prof_token_t mp_prof_enter(const mp_code_state_t *cs, bool counted) {
    mp_prof_t *p = &mp_prof;
    if (MP_UNLIKELY(!p->active)) {
        return 0;
    }
    uint32_t slot = mp_prof_code_slot(cs->fun->rc);
    if (MP_UNLIKELY(slot == 0)) {
        return 0;
    }
    mp_prof_token_t token = ((uint64_t)p->gen << 32) | p->cur_slot;
    mp_prof_settle(p);
    p->cur_slot = slot;
    if ((p->kinds & MP_PROF_CALLS) && counted) {
        mp_prof_call_enter(cs, slot - 1);
    }
    return token;
}

static inline void mp_prof_exit(const mp_code_state_t *cs, mp_prof_token_t token) {
    mp_prof_t *p = &mp_prof;
    if (MP_UNLIKELY(!p->active)) {
        return;
    }
    mp_prof_settle(p);
    // back to the caller's code (unknown for frames entered before this profile started)
    p->cur_slot = (uint32_t)(token >> 32) == p->gen ? (uint32_t)token : 0;
    if (p->kinds & MP_PROF_CALLS) {
        mp_prof_call_exit(cs);
    }
}

#endif // MICROPY_INCLUDED_PY_PROFILE_H
