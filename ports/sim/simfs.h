// ports/sim/simfs.h: the board's filesystem root and its confinement (used by the unix port's
// VFS code when compiled for the simulated board).
#ifndef MICROPY_INCLUDED_PORTS_SIM_SIMFS_H
#define MICROPY_INCLUDED_PORTS_SIM_SIMFS_H

#include <stdint.h>
#include <stddef.h>
#include "py/obj.h"

// Real path of --fs, without a trailing slash.
extern const char *sim_fs_root;
// Raises OSError(EACCES) if host_path (root + a normalised board path) resolves, through
// symlinks, to a place outside the root. Paths that do not exist yet are checked through their
// deepest existing ancestor.
void sim_fs_confine(const char *host_path, mp_obj_t user_path);
void sim_urandom(uint8_t *buf, size_t n);
void sim_uname_fields(const char *f[5]);

#endif
