// py/profile.c: the profiler's collection side: records of code objects, the calling-context
// tree, opcode counts and samples, collections and allocations; the report as a dict; the text
// summary; and micropython.profile() sessions.
//
// py/profile.h describes the records. All profiler memory comes from malloc (never the GC
// heap); when malloc fails the profile stops collecting (p->active = false) and keeps what it has.
// Indices, not pointers, link records, because the arrays grow with realloc.
#include <stdlib.h>
#include <string.h>

#include "py/profile.h"
#include "py/gc.h"
#include "py/mphal.h"

mp_prof_t mp_prof;
bool mp_prof_vm_on;
bool mp_prof_gc_on;

static uint64_t prof_default_clock_ns(void) {
    return mp_hal_ticks_us() * 1000u;
}
uint64_t (*mp_prof_clock_ns)(void) = prof_default_clock_ns;
bool (*mp_prof_is_static)(const void *p, size_t n) = NULL;

#define PROF_DEFAULT_PERIOD (499)  // a prime, so loops of any length are sampled evenly
#define PROF_MAX_NODES (1u << 20)  // deeper or wider call trees fold into their parent

// ---- memory ----

static void prof_out_of_memory(void) {
    mp_prof.active = false;
    mp_prof_vm_on = false;
    mp_prof_gc_on = false;
}

// Makes room for one more item in a growable array; false (and profiling stops) when out of memory.
static bool prof_grow(void **items, size_t *cap, size_t n, size_t item_size) {
    if (n < *cap) {
        return true;
    }
    size_t new_cap = *cap ? *cap * 2 : 64;
    void *q = realloc(*items, new_cap * item_size);
    if (q == NULL) {
        prof_out_of_memory();
        return false;
    }
    *items = q;
    *cap = new_cap;
    return true;
}
#define PROF_GROW(arr, n, cap) prof_grow((void **)&(arr), &(cap), (n), sizeof(*(arr)))

// ---- control ----

unsigned mp_prof_parse_kinds(const char *s) {
    unsigned kinds = 0;
    while (*s) {
        const char *e = strchr(s, ',');
        size_t n = e ? (size_t)(e - s) : strlen(s);
        if (n == 3 && memcmp(s, "ops", 3) == 0) {
            kinds |= MP_PROF_OPS;
        } else if (n == 5 && memcmp(s, "calls", 5) == 0) {
            kinds |= MP_PROF_CALLS;
        } else if (n == 2 && memcmp(s, "gc", 2) == 0) {
            kinds |= MP_PROF_GC;
        } else if (n == 3 && memcmp(s, "all", 3) == 0) {
            kinds |= MP_PROF_ALL;
        } else {
            return 0;
        }
        s += n;
        if (*s == ',') {
            s++;
        }
    }
    return kinds;
}

const char *mp_prof_trigger_name(unsigned trigger) {
    static const char *const names[] = { "explicit", "threshold", "alloc_fail", "stress" };
    return trigger < MP_ARRAY_SIZE(names) ? names[trigger] : "?";
}

void mp_prof_free(void) {
    mp_prof_t *p = &mp_prof;
    free(p->codes);
    free(p->hot);
    free(p->code_hash);
    free(p->nodes);
    free(p->stack);
    free(p->spans);
    free(p->gcs);
    free(p->types);
    uint32_t period = p->period;
    uint32_t gen = p->gen;
    memset(p, 0, sizeof(*p));
    p->period = period;
    p->gen = gen;
    p->countdown = p->cd_reload = p->cd_mark = UINT32_MAX;
    p->last_type = (size_t)-1;
    mp_prof_vm_on = false;
    mp_prof_gc_on = false;
}

static inline uint64_t prof_ops_now(const mp_prof_t *p) {
    return p->ops_base + (p->cd_reload - p->countdown);
}

void mp_prof_start(unsigned kinds) {
    mp_prof_free();
    mp_prof_t *p = &mp_prof;
    if (p->period < 2) {
        p->period = PROF_DEFAULT_PERIOD;
    }
    p->cd_reload = p->countdown = p->cd_mark = p->period;
    p->next_sample = p->period;
    // a new generation: tokens of frames entered in earlier profiles no longer match
    p->gen = p->gen + 1 ? p->gen + 1 : 1;
    p->pending_op = -1;
    p->kinds = kinds;
    // hot[0]: the instructions of frames of unknown code
    p->hot = calloc(1, sizeof(mp_prof_hot_t));
    // node 0: the root of the calling-context tree
    if (p->hot == NULL || !PROF_GROW(p->nodes, 0, p->cap_nodes)) {
        return;
    }
    memset(&p->nodes[0], 0, sizeof(p->nodes[0]));
    p->nodes[0].code = (uint32_t)-1;
    p->n_nodes = 1;
    // the cost of reading the cycle counter, subtracted from each timed instruction
    uint64_t best = UINT64_MAX;
    for (int i = 0; i < 64; i++) {
        uint64_t a = mp_prof_cycles();
        uint64_t b = mp_prof_cycles();
        best = b - a < best ? b - a : best;
    }
    p->cyc_overhead = best;
    p->t_start_ns = mp_prof_clock_ns();
    p->cyc_start = mp_prof_cycles();
    p->active = true;
    mp_prof_vm_on = (kinds & (MP_PROF_OPS | MP_PROF_CALLS)) != 0;
    mp_prof_gc_on = (kinds & MP_PROF_GC) != 0;
}

double mp_prof_ns_per_cycle(void);
double mp_prof_ns_per_cycle(void) {
    const mp_prof_t *p = &mp_prof;
    uint64_t dc = p->cyc_stop - p->cyc_start;
    uint64_t dt = p->t_stop_ns - p->t_start_ns;
    return dc ? (double)dt / (double)dc : 0.0;
}

static uint64_t prof_to_ns(uint64_t cycles, double ns_per_cycle) {
    return (uint64_t)((double)cycles * ns_per_cycle + 0.5);
}

static void prof_classify_last_alloc(void);

void mp_prof_stop(void) {
    mp_prof_t *p = &mp_prof;
    if (!p->active) {
        return;
    }
    if (p->kinds & MP_PROF_GC) {
        prof_classify_last_alloc();
    }
    // close the frames still running (the module, when stopping at exit)
    while (p->n_stack > 0 && p->active) {
        mp_prof_call_exit(p->stack[p->n_stack - 1].cs);
    }
    p->t_stop_ns = mp_prof_clock_ns();
    p->cyc_stop = mp_prof_cycles();
    p->total_ops = prof_ops_now(p);
    mp_prof_settle(p);
    p->cur_slot = 0;
    for (size_t i = 0; i < p->n_codes; i++) {
        p->codes[i].ops = p->hot[i + 1].ops;
    }
    for (size_t op = 0; op < MP_BC_NUM_OPCODES; op++) {
        uint64_t n = 0;
        for (size_t prev = 0; prev <= MP_BC_NUM_OPCODES; prev++) {
            n += p->pair_count[MP_PROF_PAIR(prev, op)];
        }
        p->op_count[op] = n;
    }

    // call times were kept in cycles
    double k = mp_prof_ns_per_cycle();
    for (size_t i = 0; i < p->n_codes; i++) {
        p->codes[i].incl_ns = prof_to_ns(p->codes[i].incl_ns, k);
        p->codes[i].excl_ns = prof_to_ns(p->codes[i].excl_ns, k);
    }
    for (size_t i = 0; i < p->n_nodes; i++) {
        p->nodes[i].incl_ns = prof_to_ns(p->nodes[i].incl_ns, k);
        p->nodes[i].excl_ns = prof_to_ns(p->nodes[i].excl_ns, k);
    }
    for (size_t i = 0; i < p->n_spans; i++) {
        p->spans[i].t0 = prof_to_ns(p->spans[i].t0, k);
        p->spans[i].dur = prof_to_ns(p->spans[i].dur, k);
    }
    p->active = false;
    mp_prof_vm_on = false;
    mp_prof_gc_on = false;
    p->countdown = p->cd_reload = p->cd_mark = UINT32_MAX;
}

// ---- code records ----

static uint32_t prof_hash_ptr(const void *ptr, size_t cap) {
    uint64_t h = (uint64_t)(uintptr_t)ptr * 0x9e3779b97f4a7c15ull;
    return (uint32_t)(h >> 32) & (uint32_t)(cap - 1);
}

static bool prof_rehash(size_t new_cap) {
    mp_prof_t *p = &mp_prof;
    uint32_t *h = calloc(new_cap, sizeof(uint32_t));
    if (h == NULL) {
        prof_out_of_memory();
        return false;
    }
    for (size_t i = 0; i < p->n_codes; i++) {
        uint32_t k = prof_hash_ptr(p->codes[i].rc, new_cap);
        while (h[k] != 0) {
            k = (k + 1) & (new_cap - 1);
        }
        h[k] = (uint32_t)i + 1;
    }
    free(p->code_hash);
    p->code_hash = h;
    p->hash_cap = new_cap;
    return true;
}

// The slot of rc's record when rc->prof_index does not name it (first sight in this profile):
// found in the hash table or made, and rc->prof_index set; 0 when out of memory or stopped.
// Raw codes are heap data that the profiler may write (the prof_index slot only).
static uint32_t prof_code_index_slow(const mp_raw_code_t *rc);
uint32_t mp_prof_code_slot_slow(const mp_raw_code_t *rc) {
    if (!mp_prof.active) {
        return 0;
    }
    uint32_t i = prof_code_index_slow(rc);
    if (i == MP_PROF_NO_CODE) {
        return 0;
    }
    ((mp_raw_code_t *)rc)->prof_index = i + 1;
    return i + 1;
}

static uint32_t prof_code_index_slow(const mp_raw_code_t *rc) {
    mp_prof_t *p = &mp_prof;
    if (p->hash_cap > 0) {
        uint32_t k = prof_hash_ptr(rc, p->hash_cap);
        while (p->code_hash[k] != 0) {
            uint32_t i = p->code_hash[k] - 1;
            if (p->codes[i].rc == rc) {
                return i;
            }
            k = (k + 1) & (uint32_t)(p->hash_cap - 1);
        }
    }
    if ((p->n_codes + 1) * 2 > p->hash_cap && !prof_rehash(p->hash_cap ? p->hash_cap * 2 : 256)) {
        return (uint32_t)-1;
    }
    if (p->n_codes == p->cap_codes) {
        // codes[] and hot[] grow together
        size_t cap = p->cap_codes;
        if (!PROF_GROW(p->codes, p->n_codes, cap)) {
            return MP_PROF_NO_CODE;
        }
        mp_prof_hot_t *h = realloc(p->hot, (cap + 1) * sizeof(mp_prof_hot_t));
        if (h == NULL) {
            prof_out_of_memory();
            return MP_PROF_NO_CODE;
        }
        p->hot = h;
        p->cap_codes = cap;
    }
    mp_prof_code_t *c = &p->codes[p->n_codes];
    memset(c, 0, sizeof(*c));
    c->rc = rc;
    c->name = rc->name;
    c->file = rc->source_file;
    c->line = (uint32_t)mp_raw_code_get_line(rc, 0);
    uint32_t k = prof_hash_ptr(rc, p->hash_cap);
    while (p->code_hash[k] != 0) {
        k = (k + 1) & (uint32_t)(p->hash_cap - 1);
    }
    p->code_hash[k] = (uint32_t)p->n_codes + 1;
    p->hot[p->n_codes + 1].rc = rc;
    p->hot[p->n_codes + 1].ops = 0;
    return (uint32_t)p->n_codes++;
}

// ---- calling-context tree ----

// The child of node `parent` for code `code`, created if new; the parent itself when the tree
// is full or memory runs out. The newest child is first in the list, so the callee of a
// repeated call is found at once.
static uint32_t prof_child(uint32_t parent, uint32_t code) {
    mp_prof_t *p = &mp_prof;
    for (uint32_t c = p->nodes[parent].first_child; c != 0; c = p->nodes[c].next_sibling) {
        if (p->nodes[c].code == code) {
            return c;
        }
    }
    if (p->n_nodes >= PROF_MAX_NODES || !PROF_GROW(p->nodes, p->n_nodes, p->cap_nodes)) {
        return parent;
    }
    uint32_t n = (uint32_t)p->n_nodes++;
    mp_prof_node_t *node = &p->nodes[n];
    memset(node, 0, sizeof(*node));
    node->code = code;
    node->parent = parent;
    node->next_sibling = p->nodes[parent].first_child;
    p->nodes[parent].first_child = n;
    return n;
}

// A call of `code` begins (calls profiling): a shadow frame on the calling-context tree.
// Times are in cycles here (converted by mp_prof_stop).
void mp_prof_call_enter(const mp_code_state_t *cs, uint32_t code) {
    mp_prof_t *p = &mp_prof;
    if (MP_UNLIKELY(p->n_stack == p->cap_stack) && !PROF_GROW(p->stack, p->n_stack, p->cap_stack)) {
        return;
    }
    uint32_t parent = p->n_stack ? p->stack[p->n_stack - 1].node : 0;
    uint32_t node = p->nodes[parent].first_child;   // the newest child: a repeated call
    if (node == 0 || p->nodes[node].code != code) {
        node = prof_child(parent, code);
        if (MP_UNLIKELY(!p->active)) {
            return;
        }
    }
    p->codes[code].calls++;
    p->codes[code].depth++;
    p->nodes[node].calls++;
    mp_prof_frame_t *f = &p->stack[p->n_stack++];
    f->cs = cs;
    f->node = node;
    f->code = code;
    f->child_ns = 0;
    f->t0 = mp_prof_cycles();
}

// The frame cs returns (calls profiling). Frames entered before profiling started have no
// shadow frame; anything above the frame that returns (left by an escape we did not see) is
// closed with it.
void mp_prof_call_exit(const mp_code_state_t *cs) {
    mp_prof_t *p = &mp_prof;
    uint64_t t = mp_prof_cycles();
    size_t i = p->n_stack;
    if (MP_UNLIKELY(i == 0 || p->stack[i - 1].cs != cs)) {
        while (i > 0 && p->stack[i - 1].cs != cs) {
            i--;
        }
        if (i == 0) {
            return;
        }
    }
    while (p->n_stack >= i) {
        mp_prof_frame_t *f = &p->stack[--p->n_stack];
        uint64_t d = t - f->t0;
        uint64_t excl = d > f->child_ns ? d - f->child_ns : 0;
        mp_prof_node_t *node = &p->nodes[f->node];
        mp_prof_code_t *c = &p->codes[f->code];
        node->incl_ns += d;
        node->excl_ns += excl;
        c->excl_ns += excl;
        if (--c->depth == 0) {
            c->incl_ns += d;
        }
        if (p->n_stack > 0) {
            p->stack[p->n_stack - 1].child_ns += d;
        }
        if (p->n_spans < MP_PROF_MAX_SPANS && PROF_GROW(p->spans, p->n_spans, p->cap_spans)) {
            mp_prof_span_t *s = &p->spans[p->n_spans++];
            s->code = f->code;
            s->depth = (uint32_t)p->n_stack;
            s->t0 = f->t0 - p->cyc_start;
            s->dur = d;
        } else {
            p->spans_dropped++;
        }
        if (!p->active) {
            return;
        }
    }
}

// ---- the slow path of the per-instruction hook: a frame change or a sample tick ----

void mp_prof_op_slow(const mp_code_state_t *cs, unsigned op) {
    mp_prof_t *p = &mp_prof;
    if (!p->active) {
        p->countdown = p->cd_reload = p->cd_mark = UINT32_MAX;
        return;
    }
    uint64_t now = prof_ops_now(p);   // this instruction included
    mp_prof_settle(p);
    uint64_t t = mp_prof_cycles();
    if (p->pending_op >= 0) {
        // the timed instruction has ended: this one begins
        uint64_t d = t - p->pending_t0;
        d = d > p->cyc_overhead ? d - p->cyc_overhead : 0;
        p->op_cycles[p->pending_op] += d;
        p->op_samples[p->pending_op]++;
        p->codes[p->pending_code].cycles += d;
        p->pending_op = -1;
        p->next_sample = now + p->period - 1;
    } else {
        // the running frame's code (cur_slot is 0 in a frame that started before the profile)
        uint32_t slot = p->cur_slot;
        if (p->hot[slot].rc != cs->fun->rc) {
            slot = mp_prof_code_slot(cs->fun->rc);
            if (slot == 0) {
                return;
            }
        }
        uint32_t code = slot - 1;
        p->codes[code].samples++;
        if (p->kinds & MP_PROF_CALLS) {
            uint32_t node;
            if (p->n_stack > 0 && p->stack[p->n_stack - 1].cs == cs) {
                node = p->stack[p->n_stack - 1].node;
            } else {
                // a frame that started before profiling: a child of the innermost known frame
                node = prof_child(p->n_stack ? p->stack[p->n_stack - 1].node : 0, code);
                if (!p->active) {
                    return;
                }
            }
            p->nodes[node].samples++;
            p->total_samples++;
        }
        p->pending_op = (int)op;
        p->pending_code = code;
        p->next_sample = now + 1;
    }
    p->ops_base = now;
    p->cd_reload = p->countdown = p->cd_mark = (uint32_t)(p->next_sample - now);
    p->pending_t0 = mp_prof_cycles();
}

// ---- collector ----

static int prof_size_class(size_t n_blocks) {
    int k = 0;
    size_t lim = 1;
    while (n_blocks > lim && k < MP_PROF_SIZE_CLASSES - 1) {
        lim <<= 1;
        k++;
    }
    return k;
}

// The type that the word w (an object's first word) points to, or NULL if w is not a type
// pointer: only readable memory is looked at (the heap, or static memory per the port).
static const mp_obj_type_t *prof_type_of_word(uintptr_t w) {
    if (w == 0 || (w & (sizeof(void *) - 1)) != 0) {
        return NULL;
    }
    const mp_obj_type_t *t = (const mp_obj_type_t *)w;
    bool readable = gc_is_heap_ptr(t) ? gc_is_heap_ptr((const byte *)t + sizeof(*t) - 1)
        : (mp_prof_is_static != NULL && mp_prof_is_static(t, sizeof(*t)));
    if (!readable || t->base.type != &mp_type_type) {
        return NULL;
    }
    return t;
}

// Counts an allocation of `bytes` for type name `name`; returns the index of its record.
static size_t prof_count_type(qstr name, size_t bytes) {
    mp_prof_t *p = &mp_prof;
    size_t i = 0;
    while (i < p->n_types && p->types[i].name != name) {
        i++;
    }
    if (i == p->n_types) {
        if (!PROF_GROW(p->types, p->n_types, p->cap_types)) {
            return (size_t)-1;
        }
        p->types[i].name = name;
        p->types[i].count = 0;
        p->types[i].bytes = 0;
        p->n_types++;
    }
    p->types[i].count++;
    p->types[i].bytes += bytes;
    return i;
}

// Objects get their type after gc_alloc returns, so the previous allocation is classified
// when the next one happens (or a collection starts, or profiling stops). The last type word
// seen is cached: runs of allocations of one type skip the checks and the search.
static void prof_classify_last_alloc(void) {
    mp_prof_t *p = &mp_prof;
    if (p->last_alloc == NULL) {
        return;
    }
    uintptr_t w = *(const uintptr_t *)p->last_alloc;
    size_t bytes = p->last_alloc_bytes;
    p->last_alloc = NULL;
    if (w == p->last_type_word && p->last_type < p->n_types) {
        p->types[p->last_type].count++;
        p->types[p->last_type].bytes += bytes;
        return;
    }
    const mp_obj_type_t *t = prof_type_of_word(w);
    size_t i = prof_count_type(t ? t->name : MP_QSTRnull, bytes);
    if (t != NULL && !gc_is_heap_ptr(t)) {
        // static types never move or die; heap types might, so they are not cached
        p->last_type_word = w;
        p->last_type = i;
    }
}

void mp_prof_gc_alloc(void *ptr, size_t n_blocks) {
    mp_prof_t *p = &mp_prof;
    if (!p->active || !(p->kinds & MP_PROF_GC)) {
        return;
    }
    prof_classify_last_alloc();
    size_t bytes = n_blocks * MP_GC_BLOCK_BYTES;
    int k = prof_size_class(n_blocks);
    p->alloc_count[k]++;
    p->alloc_bytes[k] += bytes;
    p->alloc_total_count++;
    p->alloc_total_bytes += bytes;
    p->last_alloc = ptr;
    p->last_alloc_bytes = bytes;
}

void mp_prof_gc_begin(unsigned trigger) {
    mp_prof_t *p = &mp_prof;
    if (!p->active || !(p->kinds & MP_PROF_GC)) {
        return;
    }
    prof_classify_last_alloc();
    gc_info_t info;
    gc_info(&info);
    p->gc_before = info.used;
    p->gc_trigger = (uint8_t)trigger;
    p->gc_t0 = mp_prof_clock_ns();
}

void mp_prof_gc_end(size_t marked_blocks, size_t freed_blocks) {
    mp_prof_t *p = &mp_prof;
    if (!p->active || !(p->kinds & MP_PROF_GC)) {
        return;
    }
    uint64_t t = mp_prof_clock_ns();
    if (!PROF_GROW(p->gcs, p->n_gcs, p->cap_gcs)) {
        return;
    }
    gc_info_t info;
    gc_info(&info);
    mp_prof_gc_t *g = &p->gcs[p->n_gcs++];
    g->t_ns = p->gc_t0 - p->t_start_ns;
    g->pause_ns = t - p->gc_t0;
    g->before = p->gc_before;
    g->marked = marked_blocks * MP_GC_BLOCK_BYTES;
    g->freed = freed_blocks * MP_GC_BLOCK_BYTES;
    g->live_after = info.used;
    g->heap = info.total;
    g->largest_free = info.max_free;
    g->free = info.free;
    g->free_low = info.free_low;
    g->largest_free_low = info.max_free_low;
    g->trigger = p->gc_trigger;
}

// ---- the report as Python objects ----

static void prof_store(mp_obj_t dict, const char *key, mp_obj_t value) {
    mp_obj_dict_store(dict, MP_OBJ_NEW_QSTR(qstr_from_str(key)), value);
}

static mp_obj_t prof_uint(uint64_t v) {
    return mp_obj_new_int_from_ull(v);
}

static mp_obj_t prof_str(const char *s) {
    return mp_obj_new_str(s, strlen(s));
}

// "name (file:line)": the label of a code object in folded stacks and caller lists.
static mp_obj_t prof_code_label(const mp_prof_code_t *c) {
    vstr_t v;
    vstr_init(&v, 32);
    mp_print_t pr;
    mp_print_init_vstr(&pr, &v);
    mp_printf(&pr, "%s (%s:%u)", qstr_str(c->name), qstr_str(c->file), (unsigned)c->line);
    mp_obj_t s = mp_obj_new_str(v.buf, v.len);
    vstr_clear(&v);
    return s;
}

// Sorts indices by a key, largest first.
static const uint64_t *prof_sort_keys;
static int prof_cmp_desc(const void *a, const void *b) {
    uint64_t ka = prof_sort_keys[*(const uint32_t *)a], kb = prof_sort_keys[*(const uint32_t *)b];
    if (ka != kb) {
        return ka < kb ? 1 : -1;
    }
    return *(const uint32_t *)a < *(const uint32_t *)b ? -1 : 1;
}
static uint32_t *prof_sorted(const uint64_t *keys, size_t n) {
    uint32_t *idx = malloc((n ? n : 1) * sizeof(uint32_t));
    if (idx == NULL) {
        mp_raise_msg(&mp_type_MemoryError, "out of memory for the profile report");
    }
    // Most keys are 0 (the 65,536 opcode pairs of a typical run): only the others are sorted;
    // the zeros follow in index order, which is where the comparison would put them.
    size_t nz = 0;
    for (size_t i = 0; i < n; i++) {
        if (keys[i] != 0) {
            idx[nz++] = (uint32_t)i;
        }
    }
    size_t z = nz;
    for (size_t i = 0; i < n; i++) {
        if (keys[i] == 0) {
            idx[z++] = (uint32_t)i;
        }
    }
    prof_sort_keys = keys;
    qsort(idx, nz, sizeof(uint32_t), prof_cmp_desc);
    return idx;
}

static void prof_report_ops(mp_obj_t rep) {
    mp_prof_t *p = &mp_prof;
    uint32_t *idx = prof_sorted(p->op_count, MP_BC_NUM_OPCODES);
    mp_obj_t ops = mp_obj_new_dict(0);
    mp_obj_t times = mp_obj_new_dict(0);
    double ns_per_cycle = mp_prof_ns_per_cycle();
    uint64_t total = 0;
    for (size_t i = 0; i < MP_BC_NUM_OPCODES; i++) {
        unsigned op = idx[i];
        if (p->op_count[op] == 0) {
            break;
        }
        total += p->op_count[op];
        prof_store(ops, mp_bc_opcode_names[op], prof_uint(p->op_count[op]));
        if (p->op_samples[op] > 0) {
            double cyc = (double)p->op_cycles[op] / (double)p->op_samples[op];
            mp_obj_t t = mp_obj_new_dict(0);
            prof_store(t, "samples", prof_uint(p->op_samples[op]));
            prof_store(t, "cycles_per_op", mp_obj_new_float(cyc));
            prof_store(t, "est_total_ns", prof_uint((uint64_t)(cyc * ns_per_cycle * (double)p->op_count[op])));
            prof_store(times, mp_bc_opcode_names[op], t);
        }
    }
    free(idx);
    prof_store(rep, "ops", ops);
    prof_store(rep, "ops_total", prof_uint(total));
    prof_store(rep, "op_time", times);

    // the most frequent pairs
    mp_obj_t pairs = mp_obj_new_list(0, NULL);
    uint32_t *pidx = prof_sorted(p->pair_count, MP_PROF_PAIR(MP_BC_NUM_OPCODES, 0));
    for (size_t i = 0; i < 20; i++) {
        uint32_t k = pidx[i];
        uint64_t n = p->pair_count[k];
        if (n == 0) {
            break;
        }
        mp_obj_t items[3] = {
            prof_str(mp_bc_opcode_names[k >> MP_PROF_PAIR_SHIFT]),
            prof_str(mp_bc_opcode_names[k & ((1u << MP_PROF_PAIR_SHIFT) - 1)]),
            prof_uint(n),
        };
        mp_obj_list_append(pairs, mp_obj_new_list(3, items));
    }
    free(pidx);
    prof_store(rep, "op_pairs", pairs);

    // per code object
    uint64_t *keys = malloc((p->n_codes ? p->n_codes : 1) * sizeof(uint64_t));
    if (keys == NULL) {
        mp_raise_msg(&mp_type_MemoryError, "out of memory for the profile report");
    }
    for (size_t i = 0; i < p->n_codes; i++) {
        keys[i] = p->codes[i].ops;
    }
    uint32_t *cidx = prof_sorted(keys, p->n_codes);
    free(keys);
    mp_obj_t codes = mp_obj_new_list(0, NULL);
    for (size_t i = 0; i < p->n_codes; i++) {
        const mp_prof_code_t *c = &p->codes[cidx[i]];
        if (c->ops == 0) {
            break;
        }
        mp_obj_t d = mp_obj_new_dict(0);
        prof_store(d, "name", MP_OBJ_NEW_QSTR(c->name));
        prof_store(d, "file", MP_OBJ_NEW_QSTR(c->file));
        prof_store(d, "line", prof_uint(c->line));
        prof_store(d, "ops", prof_uint(c->ops));
        prof_store(d, "samples", prof_uint(c->samples));
        prof_store(d, "est_ns", prof_uint(c->samples ? (uint64_t)((double)c->cycles / (double)c->samples
            * (double)c->ops * mp_prof_ns_per_cycle()) : 0));
        mp_obj_list_append(codes, d);
    }
    free(cidx);
    prof_store(rep, "code", codes);
}

// Appends the folded stack lines of the subtree at node n; path holds the labels above it.
static void prof_fold(mp_obj_t out, uint32_t n, vstr_t *path, mp_obj_t *labels) {
    mp_prof_t *p = &mp_prof;
    mp_stack_check();
    size_t len = path->len;
    if (n != 0) {
        if (len > 0) {
            vstr_add_char(path, ';');
        }
        size_t l;
        const char *s = mp_obj_str_get_data(labels[p->nodes[n].code], &l);
        vstr_add_strn(path, s, l);
        if (p->nodes[n].samples > 0) {
            vstr_t line;
            vstr_init(&line, path->len + 24);
            vstr_add_strn(&line, path->buf, path->len);
            mp_print_t pr;
            mp_print_init_vstr(&pr, &line);
            mp_printf(&pr, " %lu", (unsigned long)p->nodes[n].samples);
            mp_obj_list_append(out, mp_obj_new_str(line.buf, line.len));
            vstr_clear(&line);
        }
    }
    for (uint32_t c = p->nodes[n].first_child; c != 0; c = p->nodes[c].next_sibling) {
        prof_fold(out, c, path, labels);
    }
    path->len = len;
}

static void prof_report_calls(mp_obj_t rep) {
    mp_prof_t *p = &mp_prof;
    size_t nc = p->n_codes;
    mp_obj_t *labels = m_new(mp_obj_t, nc ? nc : 1);
    mp_obj_t *callers = m_new(mp_obj_t, nc ? nc : 1);
    mp_obj_t *callees = m_new(mp_obj_t, nc ? nc : 1);
    for (size_t i = 0; i < nc; i++) {
        labels[i] = prof_code_label(&p->codes[i]);
        callers[i] = mp_obj_new_dict(0);
        callees[i] = mp_obj_new_dict(0);
    }
    // caller -> callee edges, summed over the call paths
    for (size_t n = 1; n < p->n_nodes; n++) {
        const mp_prof_node_t *node = &p->nodes[n];
        if (node->parent == 0 || node->calls == 0) {
            continue;
        }
        uint32_t caller = p->nodes[node->parent].code, callee = node->code;
        mp_obj_t d[2] = { callers[callee], callees[caller] };
        mp_obj_t k[2] = { labels[caller], labels[callee] };
        for (int j = 0; j < 2; j++) {
            mp_map_elem_t *e = mp_map_lookup(&((mp_obj_dict_t *)MP_OBJ_TO_PTR(d[j]))->map, k[j], MP_MAP_LOOKUP_ADD_IF_NOT_FOUND);
            uint64_t prev = e->value == MP_OBJ_NULL ? 0 : (uint64_t)mp_obj_get_int(e->value);
            e->value = prof_uint(prev + node->calls);
        }
    }
    uint64_t *keys = malloc((nc ? nc : 1) * sizeof(uint64_t));
    if (keys == NULL) {
        mp_raise_msg(&mp_type_MemoryError, "out of memory for the profile report");
    }
    for (size_t i = 0; i < nc; i++) {
        keys[i] = p->codes[i].excl_ns;
    }
    uint32_t *idx = prof_sorted(keys, nc);
    free(keys);
    mp_obj_t calls = mp_obj_new_list(0, NULL);
    for (size_t i = 0; i < nc; i++) {
        const mp_prof_code_t *c = &p->codes[idx[i]];
        if (c->calls == 0) {
            continue;
        }
        mp_obj_t d = mp_obj_new_dict(0);
        prof_store(d, "name", MP_OBJ_NEW_QSTR(c->name));
        prof_store(d, "file", MP_OBJ_NEW_QSTR(c->file));
        prof_store(d, "line", prof_uint(c->line));
        prof_store(d, "calls", prof_uint(c->calls));
        prof_store(d, "incl_ns", prof_uint(c->incl_ns));
        prof_store(d, "excl_ns", prof_uint(c->excl_ns));
        prof_store(d, "callers", callers[idx[i]]);
        prof_store(d, "callees", callees[idx[i]]);
        mp_obj_list_append(calls, d);
    }
    free(idx);
    prof_store(rep, "calls", calls);
    mp_obj_t folded = mp_obj_new_list(0, NULL);
    vstr_t path;
    vstr_init(&path, 128);
    prof_fold(folded, 0, &path, labels);
    vstr_clear(&path);
    prof_store(rep, "folded", folded);
    prof_store(rep, "samples", prof_uint(p->total_samples));
    prof_store(rep, "spans_dropped", prof_uint(p->spans_dropped));
}

static mp_obj_t prof_ratio(size_t largest, size_t free_bytes) {
    return mp_obj_new_float(free_bytes ? 1.0 - (double)largest / (double)free_bytes : 0.0);
}

static void prof_report_gc(mp_obj_t rep) {
    mp_prof_t *p = &mp_prof;
    mp_obj_t gcs = mp_obj_new_list(0, NULL);
    for (size_t i = 0; i < p->n_gcs; i++) {
        const mp_prof_gc_t *g = &p->gcs[i];
        mp_obj_t d = mp_obj_new_dict(0);
        prof_store(d, "t_ns", prof_uint(g->t_ns));
        prof_store(d, "pause_ns", prof_uint(g->pause_ns));
        prof_store(d, "trigger", prof_str(mp_prof_trigger_name(g->trigger)));
        prof_store(d, "before", prof_uint(g->before));
        prof_store(d, "marked", prof_uint(g->marked));
        prof_store(d, "freed", prof_uint(g->freed));
        prof_store(d, "live_after", prof_uint(g->live_after));
        prof_store(d, "heap", prof_uint(g->heap));
        prof_store(d, "largest_free", prof_uint(g->largest_free));
        prof_store(d, "holes", prof_uint(g->free_low));
        prof_store(d, "fragmentation", prof_ratio(g->largest_free_low, g->free_low));
        mp_obj_list_append(gcs, d);
    }
    prof_store(rep, "gc", gcs);

    mp_obj_t alloc = mp_obj_new_dict(0);
    prof_store(alloc, "count", prof_uint(p->alloc_total_count));
    prof_store(alloc, "bytes", prof_uint(p->alloc_total_bytes));
    mp_obj_t by_size = mp_obj_new_list(0, NULL);
    for (int k = 0; k < MP_PROF_SIZE_CLASSES; k++) {
        mp_obj_t d = mp_obj_new_dict(0);
        size_t lo = k == 0 ? 1 : ((size_t)1 << (k - 1)) + 1, hi = (size_t)1 << k;
        prof_store(d, "min_bytes", prof_uint(lo * MP_GC_BLOCK_BYTES));
        prof_store(d, "max_bytes", k == MP_PROF_SIZE_CLASSES - 1 ? mp_const_none : prof_uint(hi * MP_GC_BLOCK_BYTES));
        prof_store(d, "count", prof_uint(p->alloc_count[k]));
        prof_store(d, "bytes", prof_uint(p->alloc_bytes[k]));
        mp_obj_list_append(by_size, d);
    }
    prof_store(alloc, "by_size", by_size);
    uint64_t *keys = malloc((p->n_types ? p->n_types : 1) * sizeof(uint64_t));
    if (keys == NULL) {
        mp_raise_msg(&mp_type_MemoryError, "out of memory for the profile report");
    }
    for (size_t i = 0; i < p->n_types; i++) {
        keys[i] = p->types[i].bytes;
    }
    uint32_t *idx = prof_sorted(keys, p->n_types);
    free(keys);
    mp_obj_t by_type = mp_obj_new_dict(0);
    for (size_t i = 0; i < p->n_types; i++) {
        const mp_prof_type_t *t = &p->types[idx[i]];
        mp_obj_t d = mp_obj_new_dict(0);
        prof_store(d, "count", prof_uint(t->count));
        prof_store(d, "bytes", prof_uint(t->bytes));
        prof_store(by_type, t->name == MP_QSTRnull ? "<data>" : qstr_str(t->name), d);
    }
    free(idx);
    prof_store(alloc, "by_type", by_type);
    prof_store(rep, "alloc", alloc);

    // occupancy over time: before and after each collection
    mp_obj_t heap = mp_obj_new_list(0, NULL);
    for (size_t i = 0; i < p->n_gcs; i++) {
        const mp_prof_gc_t *g = &p->gcs[i];
        mp_obj_t a[3] = { prof_uint(g->t_ns), prof_uint(g->before), mp_const_none };
        mp_obj_list_append(heap, mp_obj_new_list(3, a));
        mp_obj_t b[3] = { prof_uint(g->t_ns + g->pause_ns), prof_uint(g->live_after), prof_ratio(g->largest_free_low, g->free_low) };
        mp_obj_list_append(heap, mp_obj_new_list(3, b));
    }
    prof_store(rep, "heap", heap);
}

mp_obj_t mp_prof_report(void) {
    mp_prof_t *p = &mp_prof;
    mp_obj_t rep = mp_obj_new_dict(0);
    prof_store(rep, "duration_ns", prof_uint(p->t_stop_ns - p->t_start_ns));
    prof_store(rep, "period", prof_uint(p->period));
    if (p->kinds & MP_PROF_OPS) {
        prof_report_ops(rep);
    }
    if (p->kinds & MP_PROF_CALLS) {
        prof_report_calls(rep);
    }
    if (p->kinds & MP_PROF_GC) {
        prof_report_gc(rep);
    }
    return rep;
}

// ---- text summary (stderr at exit when no report file is asked for) ----

static void prof_summary_ops(const mp_print_t *pr) {
    mp_prof_t *p = &mp_prof;
    uint64_t total = 0;
    for (size_t op = 0; op < MP_BC_NUM_OPCODES; op++) {
        total += p->op_count[op];
    }
    double ns_per_cycle = mp_prof_ns_per_cycle();
    mp_printf(pr, "ops: %llu instructions (sampled time: every %u-th)\n", (unsigned long long)total, (unsigned)p->period);
    mp_printf(pr, "  %-24s %12s %7s %9s\n", "opcode", "count", "%", "ns/op");
    uint32_t *idx = prof_sorted(p->op_count, MP_BC_NUM_OPCODES);
    for (size_t i = 0; i < 15 && p->op_count[idx[i]] > 0; i++) {
        unsigned op = idx[i];
        double ns = p->op_samples[op] ? (double)p->op_cycles[op] / (double)p->op_samples[op] * ns_per_cycle : 0.0;
        mp_printf(pr, "  %-24s %12llu %6.1f%% %9.1f\n", mp_bc_opcode_names[op], (unsigned long long)p->op_count[op],
            100.0 * (double)p->op_count[op] / (double)(total ? total : 1), ns);
    }
    free(idx);
    mp_printf(pr, "  most frequent pairs:\n");
    idx = prof_sorted(p->pair_count, MP_PROF_PAIR(MP_BC_NUM_OPCODES, 0));
    for (size_t i = 0; i < 10 && p->pair_count[idx[i]] > 0; i++) {
        mp_printf(pr, "  %-24s %-24s %12llu\n", mp_bc_opcode_names[idx[i] >> MP_PROF_PAIR_SHIFT],
            mp_bc_opcode_names[idx[i] & ((1u << MP_PROF_PAIR_SHIFT) - 1)], (unsigned long long)p->pair_count[idx[i]]);
    }
    free(idx);
}

static void prof_summary_calls(const mp_print_t *pr) {
    mp_prof_t *p = &mp_prof;
    uint64_t *keys = malloc((p->n_codes ? p->n_codes : 1) * sizeof(uint64_t));
    if (keys == NULL) {
        return;
    }
    for (size_t i = 0; i < p->n_codes; i++) {
        keys[i] = p->codes[i].excl_ns;
    }
    uint32_t *idx = prof_sorted(keys, p->n_codes);
    free(keys);
    mp_printf(pr, "calls: %u functions, %llu stack samples\n", (unsigned)p->n_codes, (unsigned long long)p->total_samples);
    mp_printf(pr, "  %10s %12s %12s  %s\n", "calls", "incl_ms", "excl_ms", "function");
    for (size_t i = 0; i < 15 && i < p->n_codes; i++) {
        const mp_prof_code_t *c = &p->codes[idx[i]];
        if (c->calls == 0) {
            continue;
        }
        mp_printf(pr, "  %10llu %12.3f %12.3f  %s (%s:%u)\n", (unsigned long long)c->calls, (double)c->incl_ns / 1e6,
            (double)c->excl_ns / 1e6, qstr_str(c->name), qstr_str(c->file), (unsigned)c->line);
    }
    free(idx);
}

static void prof_summary_gc(const mp_print_t *pr) {
    mp_prof_t *p = &mp_prof;
    uint64_t pause = 0, max_pause = 0;
    for (size_t i = 0; i < p->n_gcs; i++) {
        pause += p->gcs[i].pause_ns;
        max_pause = p->gcs[i].pause_ns > max_pause ? p->gcs[i].pause_ns : max_pause;
    }
    // the count by trigger, so that a build that collects more often (GC stress) is told apart
    size_t by_trigger[MP_GC_TRIGGER_STRESS + 1] = { 0 };
    for (size_t i = 0; i < p->n_gcs; i++) {
        if (p->gcs[i].trigger <= MP_GC_TRIGGER_STRESS) {
            by_trigger[p->gcs[i].trigger]++;
        }
    }
    mp_printf(pr, "gc: %u collections", (unsigned)p->n_gcs);
    const char *sep = " (";
    for (unsigned k = 0; k <= MP_GC_TRIGGER_STRESS; k++) {
        if (by_trigger[k] > 0) {
            mp_printf(pr, "%s%s %u", sep, mp_prof_trigger_name(k), (unsigned)by_trigger[k]);
            sep = ", ";
        }
    }
    mp_printf(pr, "%s, pause total %.3f ms, max %.3f ms\n", p->n_gcs ? ")" : "", (double)pause / 1e6, (double)max_pause / 1e6);
    mp_printf(pr, "  allocations: %llu, %llu bytes\n", (unsigned long long)p->alloc_total_count, (unsigned long long)p->alloc_total_bytes);
    for (int k = 0; k < MP_PROF_SIZE_CLASSES; k++) {
        if (p->alloc_count[k]) {
            mp_printf(pr, "  <= %6u bytes: %12llu allocations %14llu bytes\n",
                (unsigned)(((size_t)1 << k) * MP_GC_BLOCK_BYTES), (unsigned long long)p->alloc_count[k], (unsigned long long)p->alloc_bytes[k]);
        }
    }
    uint64_t *keys = malloc((p->n_types ? p->n_types : 1) * sizeof(uint64_t));
    if (keys == NULL) {
        return;
    }
    for (size_t i = 0; i < p->n_types; i++) {
        keys[i] = p->types[i].bytes;
    }
    uint32_t *idx = prof_sorted(keys, p->n_types);
    free(keys);
    for (size_t i = 0; i < 10 && i < p->n_types; i++) {
        const mp_prof_type_t *t = &p->types[idx[i]];
        mp_printf(pr, "  %-20s %12llu allocations %14llu bytes\n", t->name == MP_QSTRnull ? "<data>" : qstr_str(t->name),
            (unsigned long long)t->count, (unsigned long long)t->bytes);
    }
    free(idx);
}

void mp_prof_print_summary(const mp_print_t *print) {
    mp_prof_t *p = &mp_prof;
    mp_printf(print, "---- profile: %.3f ms ----\n", (double)(p->t_stop_ns - p->t_start_ns) / 1e6);
    if (p->kinds & MP_PROF_OPS) {
        prof_summary_ops(print);
    }
    if (p->kinds & MP_PROF_CALLS) {
        prof_summary_calls(print);
    }
    if (p->kinds & MP_PROF_GC) {
        prof_summary_gc(print);
    }
}

// ---- micropython.profile(kind): a session object ----
//
//   p = micropython.profile("ops"); p.start(); ...; data = p.stop()
//   with micropython.profile("all") as p: ...      then p.data()
// One session runs at a time (the profiler state is global).

typedef struct _prof_session_t {
    mp_obj_base_t base;
    unsigned kinds;
    bool running;
    mp_obj_t data;
} prof_session_t;

static mp_obj_t prof_session_new(size_t n_args, const mp_obj_t *args) {
    unsigned kinds = MP_PROF_ALL;
    if (n_args > 0) {
        kinds = mp_prof_parse_kinds(mp_obj_str_get_str(args[0]));
        if (kinds == 0) {
            mp_raise_ValueError("profile kind must be 'ops', 'calls', 'gc' or 'all'");
        }
    }
    prof_session_t *s = m_new_obj(prof_session_t);
    s->base.type = &mp_type_prof_session;
    s->kinds = kinds;
    s->running = false;
    s->data = mp_const_none;
    return MP_OBJ_FROM_PTR(s);
}
MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(mp_prof_session_new_obj, 0, 1, prof_session_new);

static mp_obj_t prof_session_start(mp_obj_t self_in) {
    prof_session_t *s = MP_OBJ_TO_PTR(self_in);
    if (mp_prof.active) {
        mp_raise_msg(&mp_type_RuntimeError, "a profile is already running");
    }
    mp_prof_start(s->kinds);
    s->running = true;
    s->data = mp_const_none;
    return self_in;
}
static MP_DEFINE_CONST_FUN_OBJ_1(prof_session_start_obj, prof_session_start);

static mp_obj_t prof_session_stop(mp_obj_t self_in) {
    prof_session_t *s = MP_OBJ_TO_PTR(self_in);
    if (!s->running) {
        mp_raise_msg(&mp_type_RuntimeError, "profile not running");
    }
    s->running = false;
    mp_prof_stop();
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        s->data = mp_prof_report();
        nlr_pop();
    } else {
        mp_prof_free();
        nlr_jump(nlr.ret_val);
    }
    mp_prof_free();
    return s->data;
}
static MP_DEFINE_CONST_FUN_OBJ_1(prof_session_stop_obj, prof_session_stop);

static mp_obj_t prof_session_data(mp_obj_t self_in) {
    prof_session_t *s = MP_OBJ_TO_PTR(self_in);
    return s->data;
}
static MP_DEFINE_CONST_FUN_OBJ_1(prof_session_data_obj, prof_session_data);

static mp_obj_t prof_session_exit(size_t n_args, const mp_obj_t *args) {
    prof_session_t *s = MP_OBJ_TO_PTR(args[0]);
    if (s->running) {
        prof_session_stop(args[0]);
    }
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(prof_session_exit_obj, 4, 4, prof_session_exit);

static const mp_rom_map_elem_t prof_session_locals_table[] = {
    { MP_ROM_QSTR(MP_QSTR_start), MP_ROM_PTR(&prof_session_start_obj) },
    { MP_ROM_QSTR(MP_QSTR_stop), MP_ROM_PTR(&prof_session_stop_obj) },
    { MP_ROM_QSTR(MP_QSTR_data), MP_ROM_PTR(&prof_session_data_obj) },
    { MP_ROM_QSTR(MP_QSTR___enter__), MP_ROM_PTR(&prof_session_start_obj) },
    { MP_ROM_QSTR(MP_QSTR___exit__), MP_ROM_PTR(&prof_session_exit_obj) },
};
static MP_DEFINE_CONST_DICT(prof_session_locals, prof_session_locals_table);

const mp_obj_type_t mp_type_prof_session = {
    {&mp_type_type},
    .name = MP_QSTR_Profile,
    .locals_dict = (mp_obj_dict_t *)&prof_session_locals,
};
