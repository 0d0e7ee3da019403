// ports/sim/mpconfigport.h: configuration of the simulated board (included first by
// py/mpconfig.h through MP_CONFIGFILE).
#ifndef MICROPY_INCLUDED_PORTS_SIM_MPCONFIGPORT_H
#define MICROPY_INCLUDED_PORTS_SIM_MPCONFIGPORT_H

// A board-sized default heap; -X heapsize overrides.
#define MICROPY_DEFAULT_HEAP_SIZE (2 * 1024 * 1024)

// Virtual time: every executed bytecode instruction costs time (see vclock.c). The counter is
// compared with a deadline set to the next event, so the common path is one add and compare.
#include <stdint.h>
extern uint64_t sim_vm_ops, sim_vm_ops_deadline;
void sim_vm_hook(void);
#define MICROPY_VM_DISPATCH_HOOK() \
    do { \
        if (__builtin_expect(++sim_vm_ops >= sim_vm_ops_deadline, 0)) { \
            sim_vm_hook(); \
        } \
    } while (0)

// The profiler times everything with the board's virtual clock (mp_prof_clock_ns, set by main):
// GC pauses and call times are on the board's clock, from the bytecode cost model.
#define MICROPY_PROF_CYCLES (0)

#endif
