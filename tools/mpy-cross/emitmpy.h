// tools/mpy-cross/emitmpy.h: the mpy-cross back end (emitmpy.c): compiles Python source with
// our front end into a MicroPython .mpy v6 image.
#ifndef MICROPY_INCLUDED_TOOLS_MPY_CROSS_EMITMPY_H
#define MICROPY_INCLUDED_TOOLS_MPY_CROSS_EMITMPY_H

#include "py/obj.h"

typedef struct _mpy_cross_opts_t {
    int opt_level;              // -O<n>: >= 1 drops assert statements
    unsigned small_int_bits;    // -msmall-int-bits=N (header byte; small-int constants fit it)
} mpy_cross_opts_t;

// Parses, analyses and compiles; appends the .mpy bytes to out. Raises SyntaxError.
void mpy_cross_compile(const char *src, size_t len, qstr source_file, const mpy_cross_opts_t *opts, vstr_t *out);

#endif // MICROPY_INCLUDED_TOOLS_MPY_CROSS_EMITMPY_H
