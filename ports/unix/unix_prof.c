// ports/unix/unix_prof.c: the unix port's side of the profiler (py/profile.h): the clock hook
// (CLOCK_MONOTONIC in ns), the static-memory test used to recognise static type objects (the
// PT_LOAD segments of the executable, read once with dl_iterate_phdr), and the end of a
// `-X prof=` run: the report files (lib/prof) or a text summary on stderr.
#define _GNU_SOURCE
#include <link.h>
#include <stdio.h>
#include <time.h>

#include "py/runtime.h"
#include "py/profile.h"
#include "lib/prof/profout.h"
#include "unix_prof.h"

#define SEGMENTS_MAX (16)
static struct {
    uintptr_t lo, hi;
} segments[SEGMENTS_MAX];
static size_t n_segments;

static uint64_t unix_prof_clock_ns(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
}

// The first object dl_iterate_phdr reports is the executable itself.
static int unix_prof_phdr(struct dl_phdr_info *info, size_t size, void *data) {
    (void)size;
    (void)data;
    for (size_t i = 0; i < info->dlpi_phnum && n_segments < SEGMENTS_MAX; i++) {
        const ElfW(Phdr) *ph = &info->dlpi_phdr[i];
        if (ph->p_type == PT_LOAD) {
            segments[n_segments].lo = info->dlpi_addr + ph->p_vaddr;
            segments[n_segments].hi = info->dlpi_addr + ph->p_vaddr + ph->p_memsz;
            n_segments++;
        }
    }
    return 1;
}

static bool unix_prof_is_static(const void *p, size_t n) {
    uintptr_t a = (uintptr_t)p;
    for (size_t i = 0; i < n_segments; i++) {
        if (a >= segments[i].lo && a + n <= segments[i].hi) {
            return true;
        }
    }
    return false;
}

void unix_prof_init(void) {
    mp_prof_clock_ns = unix_prof_clock_ns;
    if (n_segments == 0) {
        dl_iterate_phdr(unix_prof_phdr, NULL);
    }
    mp_prof_is_static = unix_prof_is_static;
}

int unix_prof_finish(const char *out_path) {
    mp_prof_stop();
    int ret = 0;
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        if (out_path != NULL) {
            if (!mp_prof_write_files(out_path, mp_prof_report())) {
                ret = 1;
            }
        } else {
            mp_prof_print_summary(&mp_stderr_print);
        }
        nlr_pop();
    } else {
        fprintf(stderr, "micropython: profile report failed: ");
        mp_obj_print_helper(&mp_stderr_print, MP_OBJ_FROM_PTR(nlr.ret_val), PRINT_STR);
        fprintf(stderr, "\n");
        ret = 1;
    }
    mp_prof_free();
    return ret;
}
