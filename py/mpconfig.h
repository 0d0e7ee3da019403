// py/mpconfig.h: build-time feature flags and basic types.
//
// Every flag is `#ifndef` guarded with a one-line reason; a port's mpconfigport.h (included first)
// may override. Keep this set small: every flag is a build that must be tested.
#ifndef MICROPY_INCLUDED_PY_MPCONFIG_H
#define MICROPY_INCLUDED_PY_MPCONFIG_H

#include <stdint.h>
#include <stddef.h>
#include <stdbool.h>

#ifdef MP_CONFIGFILE
#include MP_CONFIGFILE
#endif

// Machine word types. mp_int_t/mp_uint_t are exactly the width of a pointer.
typedef intptr_t mp_int_t;
typedef uintptr_t mp_uint_t;
typedef uint8_t byte;
typedef unsigned int uint;

#define MICROPY_VERSION_MAJOR 1
#define MICROPY_VERSION_MINOR 24
#define MICROPY_VERSION_MICRO 0
#define MICROPY_VERSION_STRING "1.24.0"

// Default heap size in bytes (overridden by -X heapsize=N). The unix port reserves it with
// mmap(MAP_NORESERVE): pages cost RSS only once used, and collections are paced by the live
// size, not by the heap size, so a large default costs nothing for small programs.
#ifndef MICROPY_DEFAULT_HEAP_SIZE
#define MICROPY_DEFAULT_HEAP_SIZE (512 * 1024 * 1024)
#endif

// 1: the VM dispatches with computed goto (GCC labels-as-values); 0: a switch statement.
#ifndef MICROPY_COMPUTED_GOTO
#define MICROPY_COMPUTED_GOTO (1)
#endif

// 1: collect on every allocation (white-box GC stress testing; very slow).
#ifndef MICROPY_GC_STRESS
#define MICROPY_GC_STRESS (0)
#endif
// GC stress (py/gc.c, gc_alloc_impl): collect before every allocation while the live heap plus
// the C stack is at most FULL_BYTES, then every (that >> SPACING_SHIFT)-th allocation: about
// 2^SPACING_SHIFT bytes marked per allocation (11: tests/stress/recursion_nested_more.py, 7.5
// million allocations, in 7 s of CPU; 13 took 28 s)
#ifndef MICROPY_GC_STRESS_FULL_BYTES
#define MICROPY_GC_STRESS_FULL_BYTES (65536)
#endif
#ifndef MICROPY_GC_STRESS_SPACING_SHIFT
#define MICROPY_GC_STRESS_SPACING_SHIFT (11)
#endif

// Bytes of C stack we allow ourselves to use before raising RuntimeError (0: from getrlimit).
#ifndef MICROPY_STACK_LIMIT
#define MICROPY_STACK_LIMIT (0)
#endif

#ifndef MICROPY_DEBUG
#define MICROPY_DEBUG (0)
#endif

#define MP_BYTES_PER_OBJ_WORD (sizeof(mp_uint_t))
#define MP_BITS_PER_WORD (8 * sizeof(mp_uint_t))

#define NORETURN __attribute__((noreturn))
#define MP_UNLIKELY(x) __builtin_expect(!!(x), 0)
#define MP_LIKELY(x) __builtin_expect(!!(x), 1)
#define MP_NOINLINE __attribute__((noinline))
#define MP_ALWAYSINLINE inline __attribute__((always_inline))
#define MP_ARRAY_SIZE(a) (sizeof(a) / sizeof((a)[0]))
#define MP_UNUSED(x) ((void)(x))

#if MICROPY_DEBUG
#include <assert.h>
#define mp_assert(x) assert(x)
#else
#define mp_assert(x) ((void)0)
#endif

#endif
