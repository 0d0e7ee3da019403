// py/frozenmod_none.c: the empty frozen table of binaries linked without a generated one
// (mpy-cross, the fuzzer). Weak, so the generated <build>/frozen/frozen_content.c replaces it;
// a file of its own, so the compiler cannot fold these values into py/frozenmod.c.
#include "py/frozenmod.h"

__attribute__((weak)) const mp_frozen_module_t mp_frozen_modules[1] = { { NULL, 0, 0, NULL, 0 } };
__attribute__((weak)) const size_t mp_frozen_modules_count = 0;
