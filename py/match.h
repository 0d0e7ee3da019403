// py/match.h: run-time helpers of the match statement (PEP 634), py/match.c.
//
// The compiler (py/compile.c) calls them as constant function objects (LOAD_CONST f, ROT_TWO to
// put the subject under it, the other arguments, CALL_FUNCTION), so the VM has no opcode for
// patterns. Each helper either fails (the pattern does not match) or returns the values the
// sub-patterns are matched against, in source order, to be unpacked by UNPACK_SEQUENCE:
//
//   result when n_values > 0:   a tuple (or, for a sequence pattern without a star whose
//                               subject is an exact tuple or list, the subject itself) of
//                               n_values items, or None on failure
//   result when n_values == 0:  True (match) or False (no match)
//
// Only our own bytecode holds such constants: the .mpy writer (tools/mpy-cross) refuses a
// match statement, since MicroPython cannot load a function object as a constant.
#ifndef MICROPY_INCLUDED_PY_MATCH_H
#define MICROPY_INCLUDED_PY_MATCH_H

#include "py/obj.h"

// (subject, n_fixed, star_index, star_capture): a sequence pattern with n_fixed non-star
// sub-patterns and, when star_index >= 0, a star at that position (star_capture: `*name`,
// whose value is a list; otherwise `*_`, which yields no value). Sequences are the instances of
// list, tuple, range, memoryview, array.array, collections.deque and their subclasses (never
// str, bytes or bytearray).
extern const mp_obj_fun_builtin_var_t mp_match_sequence_obj;

// (subject, keys, want_rest): a mapping pattern. keys is a tuple; the values are looked up in
// order (a repeated key raises ValueError), then, if want_rest, a dict of the other items.
// Mappings are the instances of dict and its subclasses (OrderedDict, defaultdict, user classes).
extern const mp_obj_fun_builtin_var_t mp_match_mapping_obj;

// (subject, cls, n_pos, kwd_names): a class pattern with n_pos positional sub-patterns (their
// attributes named by cls.__match_args__; bool, bytearray, bytes, dict, float, frozenset, int,
// list, set, str, tuple and their subclasses without __match_args__ match themselves for one
// positional) and the attributes named by the tuple kwd_names.
extern const mp_obj_fun_builtin_var_t mp_match_class_obj;

#endif // MICROPY_INCLUDED_PY_MATCH_H
