// ports/sim/clock.c: the virtual clock and the event queue.
//
// Time is one signed 64-bit count of nanoseconds since power-on, `sim_clock_ns`, plus the
// instructions executed since the clock was last brought up to date: every bytecode instruction
// costs `sim_ps_per_op` picoseconds (the cost model, see docs/sim.md), so
//
//     now = sim_clock_ns + (sim_vm_ops - ops_synced) * sim_ps_per_op / 1000
//
// The event queue is a binary min-heap of (when, seq) pairs; seq (a counter) breaks ties in
// posting order, so equal-time events fire first-posted first and every run is the same.
// Cancelled events stay in the heap with fn == NULL and are skipped when they surface.
//
// The VM hook (sim_vm_hook) runs when sim_vm_ops reaches sim_vm_ops_deadline: the deadline is
// the op count at which the next event is due (capped so that the hook also runs every
// SIM_HOOK_MAX_OPS instructions, to check --until and deliver soft IRQs promptly).
#include <stdlib.h>
#include <string.h>
#include <stdint.h>

#include "sim.h"
#include "simport.h"

typedef struct {
    sim_ns_t when;
    uint64_t seq;
    sim_event_fn_t fn;
    void *arg;
    intptr_t a;
} sim_event_t;

static sim_event_t *heap;
static size_t heap_len, heap_alloc;
static uint64_t next_seq = 1;

static sim_ns_t sim_clock_ns;
static uint64_t ops_synced;
uint64_t sim_vm_ops, sim_vm_ops_deadline = 1;
uint64_t sim_ps_per_op = 166667;   // 40 cycles at 240 MHz (esp32 profile default)

#define SIM_HOOK_MAX_OPS 4096

static inline bool ev_before(const sim_event_t *a, const sim_event_t *b) {
    return a->when < b->when || (a->when == b->when && a->seq < b->seq);
}

static void heap_swap(size_t i, size_t j) {
    sim_event_t t = heap[i];
    heap[i] = heap[j];
    heap[j] = t;
}

static void heap_up(size_t i) {
    while (i > 0) {
        size_t p = (i - 1) / 2;
        if (!ev_before(&heap[i], &heap[p])) {
            break;
        }
        heap_swap(i, p);
        i = p;
    }
}

static void heap_down(size_t i) {
    for (;;) {
        size_t l = 2 * i + 1, r = l + 1, m = i;
        if (l < heap_len && ev_before(&heap[l], &heap[m])) {
            m = l;
        }
        if (r < heap_len && ev_before(&heap[r], &heap[m])) {
            m = r;
        }
        if (m == i) {
            break;
        }
        heap_swap(i, m);
        i = m;
    }
}

static void heap_pop(void) {
    heap[0] = heap[--heap_len];
    if (heap_len > 0) {
        heap_down(0);
    }
}

// Drops cancelled events from the top so heap[0] (if any) is live.
static void heap_clean_top(void) {
    while (heap_len > 0 && heap[0].fn == NULL) {
        heap_pop();
    }
}

sim_ns_t sim_now(void) {
    return sim_clock_ns + (sim_ns_t)((sim_vm_ops - ops_synced) * sim_ps_per_op / 1000);
}

// Folds the executed instructions into the clock (keeping the sub-nanosecond remainder in the
// op count, so the cost model does not drift).
static void sync_ops(void) {
    uint64_t d = sim_vm_ops - ops_synced;
    uint64_t ns = d * sim_ps_per_op / 1000;
    if (ns > 0) {
        sim_clock_ns += (sim_ns_t)ns;
        ops_synced += ns * 1000 / sim_ps_per_op;
        if (ops_synced > sim_vm_ops) {
            ops_synced = sim_vm_ops;
        }
    }
}

// Sets the op deadline from the next event time.
void sim_clock_update_deadline(void) {
    uint64_t max = sim_vm_ops + SIM_HOOK_MAX_OPS;
    heap_clean_top();
    if (sim_hook_pending()) {
        sim_vm_ops_deadline = sim_vm_ops + 1;
        return;
    }
    if (heap_len > 0) {
        sim_ns_t now = sim_now();
        sim_ns_t dt = heap[0].when - now;
        uint64_t ops = dt <= 0 ? 1 : (uint64_t)((dt * 1000 + sim_ps_per_op - 1) / sim_ps_per_op);
        if (sim_vm_ops + ops < max) {
            max = sim_vm_ops + ops;
        }
    }
    sim_vm_ops_deadline = max;
}

uint64_t sim_event_post(sim_ns_t when, sim_event_fn_t fn, void *arg, intptr_t a) {
    if (heap_len == heap_alloc) {
        heap_alloc = heap_alloc ? heap_alloc * 2 : 64;
        heap = realloc(heap, heap_alloc * sizeof(*heap));
        if (heap == NULL) {
            abort();
        }
    }
    sim_ns_t now = sim_now();
    if (when < now) {
        when = now;
    }
    uint64_t seq = next_seq++;
    sim_event_t *e = &heap[heap_len];
    e->when = when;
    e->seq = seq;
    e->fn = fn;
    e->arg = arg;
    e->a = a;
    heap_up(heap_len++);    // moves entries: e no longer points at this event
    sim_clock_update_deadline();
    return seq;
}

void sim_event_cancel(uint64_t id) {
    for (size_t i = 0; i < heap_len; i++) {
        if (heap[i].seq == id) {
            heap[i].fn = NULL;
            return;
        }
    }
}

sim_ns_t sim_event_next_time(void) {
    heap_clean_top();
    return heap_len > 0 ? heap[0].when : INT64_MAX;
}

void sim_clock_advance_to(sim_ns_t t) {
    sync_ops();
    for (;;) {
        heap_clean_top();
        if (heap_len == 0 || heap[0].when > t) {
            break;
        }
        sim_event_t e = heap[0];
        heap_pop();
        if (e.when > sim_clock_ns) {
            sim_clock_ns = e.when;
        }
        e.fn(e.arg, e.a);
    }
    if (t > sim_clock_ns) {
        sim_clock_ns = t;
    }
    sim_clock_update_deadline();
}

// Fires the events that are due at the current (op-counted) time.
void sim_clock_run_due(void) {
    sim_clock_advance_to(sim_now());
}

// Back to t = 0 with no events (tests/fuzz/fuzz_board.c loads many boards in one process).
void sim_clock_reset(void) {
    heap_len = 0;
    sim_clock_ns = 0;
    sim_vm_ops = ops_synced = 0;
    sim_vm_ops_deadline = 1;
}
