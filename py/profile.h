// py/profile.h: the built-in profiler of bytecode dispatch, calls and the garbage collector.
//
// Zero cost when off. The VM is compiled twice (py/vm.c and py/vmprof.c, which includes it
// with MP_VM_PROFILED=1): only the second copy calls mp_prof_op() at every dispatch and
// mp_prof_enter()/mp_prof_exit() around every frame. The normal copy checks mp_prof_vm_on
// once per frame entry (and after a call or `with` returns, so that a frame running when
// profiling starts moves over to the profiled copy). The collector checks mp_prof_gc_on once
// per allocation and once per collection.
//
// Data kept while profiling (in mp_prof and in malloc'ed arrays, never in the GC heap, so the
// profile does not perturb what it measures):
//
//   pair_count[prev][op]      consecutive opcode pairs in a frame (superinstruction
//                             candidates); row MP_BC_NUM_OPCODES is "first instruction run
//                             by a vm_run call" (frame start, resume, handler). The only
//                             per-instruction counter: op_count[op] (the column sums) is
//                             computed when profiling stops.
//   countdown                 instructions until the next sample tick (every `period`-th
//                             instruction). Instructions executed = ops_base + cd_reload -
//                             countdown, so mp_prof_enter/exit can split the count between
//                             code objects (cur_code, code_stack) at no cost per instruction.
//   op_cycles[op]/op_samples  cycle counter deltas of every `period`-th instruction
//   codes[]                   one record per code object (raw code), found through a hash
//                             table keyed by the raw code pointer: ops, samples, cycles,
//                             calls, inclusive/exclusive ns
//   nodes[]                   the calling-context tree: node 0 is the root, each node is one
//                             call path (parent, code); calls, ns and op samples per path.
//                             Folded stacks and the flame graph are read from it.
//   stack[]                   the shadow call stack: frame, node, start time, time in callees
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
#define MP_PROF_CODE_CACHE (64)

typedef struct _mp_prof_t {
    // hot: touched at every instruction of the profiled VM
    uint32_t countdown;
    // the slow path's state
    uint32_t cd_reload;         // the value countdown was last set to
    uint64_t ops_base;          // instructions before that
    uint64_t next_sample;       // instruction number of the next sample tick
    uint64_t code_mark;         // instruction number where cur_code began
    unsigned kinds;             // MP_PROF_* being collected
    bool active;
    uint32_t period;            // sample every period-th instruction
    int pending_op;             // instruction being timed (-1: none)
    uint32_t pending_code;
    uint64_t pending_t0;
    uint64_t cyc_overhead;      // cycles of two back-to-back counter reads
    uint32_t cur_code;          // index into codes, (uint32_t)-1: none
    uint64_t t_start_ns, t_stop_ns;
    uint64_t cyc_start, cyc_stop;
    uint64_t total_ops;
    uint64_t pair_count[MP_BC_NUM_OPCODES + 1][MP_BC_NUM_OPCODES];
    uint64_t op_count[MP_BC_NUM_OPCODES];
    uint64_t op_cycles[MP_BC_NUM_OPCODES];
    uint64_t op_samples[MP_BC_NUM_OPCODES];
    uint64_t total_samples;     // stack samples taken (calls profiling)
    // code records and their hash table (indices + 1, 0 = empty)
    mp_prof_code_t *codes;
    size_t n_codes, cap_codes;
    uint32_t *code_hash;
    size_t hash_cap;
    uint32_t code_cache[MP_PROF_CODE_CACHE];   // index + 1 by raw code address bits; 0: empty
    // calling-context tree and shadow stack
    mp_prof_node_t *nodes;
    size_t n_nodes, cap_nodes;
    uint32_t *code_stack;       // cur_code of the callers of the frames entered while profiling
    size_t n_code_stack, cap_code_stack;
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
void mp_prof_enter(const mp_code_state_t *cs, bool counted);  // counted: a call (not a resumed switch)
void mp_prof_exit(const mp_code_state_t *cs);
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

// At every dispatch of the profiled VM: one pair counter and the countdown. The previous
// opcode is a local of the running vm_run (pairs never span frames: a superinstruction can't),
// so this is two read-modify-writes with no dependency between instructions except the
// countdown. Sample ticks and stopping happen on the out-of-line path when countdown reaches 0.
// After profiling stops the counters keep running harmlessly until the frames still in the
// profiled VM return.
static inline void mp_prof_op(const mp_code_state_t *cs, const byte *ip, unsigned *prev) {
    mp_prof_t *p = &mp_prof;
    unsigned op = *ip;
    p->pair_count[*prev][op]++;
    *prev = op;
    if (MP_UNLIKELY(--p->countdown == 0)) {
        mp_prof_op_slow(cs, op);
    }
}

#endif // MICROPY_INCLUDED_PY_PROFILE_H
