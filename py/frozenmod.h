// py/frozenmod.h: frozen modules, compiled into the binary from a manifest.py by
// tools/makemanifest.py (the generated table lives in <build>/frozen/frozen_content.c).
//
// Data layout: mp_frozen_modules[0 .. mp_frozen_modules_count) is a table of entries
// {dotted module name, is_package, kind, data, len}. A package's entry carries the text/.mpy
// of its __init__.py and the package's own name ("pkg"); its submodules are "pkg.sub".
// kind MP_FROZEN_KIND_MPY: data is a whole .mpy image (loaded by py/persistentcode.c, checked
// like any .mpy file); MP_FROZEN_KIND_STR: data is Python source, compiled at import.
//
// Invariants: names are unique; the table is const (in .rodata). Imports see the table as a
// read-only directory named ".frozen": ".frozen/pkg" is a package directory,
// ".frozen/pkg/__init__.py" and ".frozen/mod.py" are files (frozen .mpy modules too, as in
// MicroPython, so __file__ is ".frozen/mod.py"). Without a generated table (mpy-cross, the
// fuzzer), the weak empty table of py/frozenmod_none.c applies.
#ifndef MICROPY_INCLUDED_PY_FROZENMOD_H
#define MICROPY_INCLUDED_PY_FROZENMOD_H

#include <stddef.h>
#include <stdint.h>
#include "py/obj.h"
#include "py/mphal.h"

#define MP_FROZEN_KIND_STR (1)
#define MP_FROZEN_KIND_MPY (2)

typedef struct _mp_frozen_module_t {
    const char *name;
    uint8_t is_package;
    uint8_t kind;
    const uint8_t *data;
    size_t len;
} mp_frozen_module_t;

extern const mp_frozen_module_t mp_frozen_modules[];
extern const size_t mp_frozen_modules_count;

// The directory name that stands for the table in sys.path.
#define MP_FROZEN_PATH_PREFIX ".frozen"

// True if `path` is ".frozen" or below it.
bool mp_frozen_path(const char *path);
// Like mp_import_stat for a path below ".frozen".
mp_import_stat_t mp_frozen_stat(const char *path);
// The entry for a file path below ".frozen" (".frozen/a/b.py", ".frozen/a/__init__.py"), or NULL.
const mp_frozen_module_t *mp_frozen_find_file(const char *path);
// Runs the entry's code in `globals` (sets __file__ to `path` first).
void mp_frozen_exec(const mp_frozen_module_t *fm, const char *path, mp_obj_dict_t *globals);

#endif // MICROPY_INCLUDED_PY_FROZENMOD_H
