// tests/fuzz/fuzz_budget.h: force-included (-include) into every object of the fuzz build
// (tests/fuzz/run-all.sh) so that the VM's MICROPY_VM_DISPATCH_HOOK charges each bytecode
// instruction to fuzz_vm_budget; at zero, fuzz_vm_budget_exhausted() (tests/fuzz/fuzz_common.h)
// abandons the program. Invariant: the budget is only armed (non-zero) while a harness runs code.
#ifndef FUZZ_BUDGET_H
#define FUZZ_BUDGET_H
extern long fuzz_vm_budget;
void fuzz_vm_budget_exhausted(void);
#define MICROPY_VM_DISPATCH_HOOK() \
    do { \
        if (fuzz_vm_budget > 0 && --fuzz_vm_budget == 0) { \
            fuzz_vm_budget_exhausted(); \
        } \
    } while (0)
#endif
