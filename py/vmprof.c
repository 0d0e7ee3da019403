// py/vmprof.c: the profiled copy of the VM (py/vm.c compiled with MP_VM_PROFILED=1).
//
// It differs from the normal VM in two places only: every dispatch calls mp_prof_op() (with the
// pair-table row of the handler's own opcode: each CASE is wrapped in a one-pass `for` that
// names it, see VM_PROF_CASE) and its entry point, mp_vm_execute_profiled, records the frame's
// call with mp_prof_enter/exit. py/profile.h explains when frames run here.
#define MP_VM_PROFILED (1)
#include "py/vm.c"
