// ports/unix/unix_prof.h: profiler hooks of the unix port (see unix_prof.c).
#ifndef MICROPY_INCLUDED_UNIX_PROF_H
#define MICROPY_INCLUDED_UNIX_PROF_H

void unix_prof_init(void);                 // install the clock and static-memory hooks
int unix_prof_finish(const char *out_path); // stop, write files (or summary if NULL); 0 ok
#endif
