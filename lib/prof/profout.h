// lib/prof/profout.h: the profiler's file writers (JSON report, Chrome trace, SVG pictures,
// HTML page). See lib/prof/profout.c and docs/profiling.md for the formats.
#ifndef MICROPY_INCLUDED_LIB_PROF_PROFOUT_H
#define MICROPY_INCLUDED_LIB_PROF_PROFOUT_H

#include "py/obj.h"

// Writes `report` (mp_prof_report()) as JSON to json_path and, beside it (BASE is json_path
// without ".json"), BASE.trace.json, BASE-ops.svg, BASE-gc.svg, BASE-heap.svg,
// BASE-flame.svg and BASE.html, from the stopped profiler's records. False if a file could not
// be written (a message is printed on stderr).
bool mp_prof_write_files(const char *json_path, mp_obj_t report);

// One picture into vstr: "ops", "gc", "heap" or "flame". False for an unknown name.
bool mp_prof_svg(vstr_t *out, const char *which);

// `o` (dicts, lists, tuples, str, int, float, bool, None) as JSON into out.
void mp_prof_json(const mp_print_t *out, mp_obj_t o);

#endif
