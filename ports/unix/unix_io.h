// ports/unix/unix_io.h: what the unix port's I/O modules share (file.c, modos.c, modselect.c,
// modsocket.c): file objects over fds, and the VFS path resolution behind open() and os.
#ifndef MICROPY_INCLUDED_PORTS_UNIX_UNIX_IO_H
#define MICROPY_INCLUDED_PORTS_UNIX_UNIX_IO_H

#include "py/runtime.h"
#include "py/mpthread.h"

extern const mp_obj_type_t mp_type_textio;   // text file objects (str)
extern const mp_obj_type_t mp_type_fileio;   // binary file objects (bytes)
extern const mp_obj_type_t mp_type_vfs_posix;

// Wraps an open fd (now owned by the file object unless closefd is false) in a file object.
// mode is a str like "rb" or "w+"; name is any object (str path or int fd).
mp_obj_t mp_unix_file_new_fd(int fd, mp_obj_t name, mp_obj_t mode, bool closefd);

// Opens `path` on the host file system with an open() mode string; raises OSError.
mp_obj_t mp_unix_file_open_host(const char *host_path, mp_obj_t name, mp_obj_t mode);

// The fd behind obj for poll/select: an int, or anything with a fileno() method.
int mp_unix_get_fd(mp_obj_t obj);

// VFS: a path handed to open()/os resolves either to a host path (a VfsPosix mount, the common
// case) or to a mounted Python-level VFS object plus the path inside it.
//   returns MP_OBJ_NULL: *host_path is the host path to use (valid until the next allocation
//                        may move nothing: it is a str's data or a heap buffer kept by the caller)
//   returns a vfs object: *rel_path is the path (str) to pass to its methods
mp_obj_t mp_unix_vfs_resolve(mp_obj_t path, const char **host_path, mp_obj_t *rel_path);

// Import from a mounted Python-level VFS (ports/unix/modos.c): each returns false when path
// does not lie in one (the caller then uses the host path); mp_unix_vfs_read_file gives
// *buf NULL with errno set when the file cannot be opened.
#include "py/mphal.h"
bool mp_unix_vfs_import_stat(const char *path, mp_import_stat_t *st);
bool mp_unix_vfs_read_file(const char *path, char **buf, size_t *len);

// poll(2) that restarts after EINTR (running pending events: Ctrl-C raises KeyboardInterrupt)
// with the time already spent taken off a positive timeout; returns the number of ready fds.
struct pollfd;
int mp_unix_poll(struct pollfd *pfd, size_t n, int timeout_ms);

// Retries a syscall expression while it fails with EINTR, running pending events (Ctrl-C raises
// KeyboardInterrupt) in between. Leaves the result in `ret`. The syscall runs without the GIL
// (other threads run meanwhile): `expr` must not allocate or touch Python objects beyond
// reading fields and buffers its caller keeps alive.
#define MP_UNIX_RETRY_EINTR(ret, expr) \
    do { \
        if (mp_state.pending_exception != MP_OBJ_NULL) { \
            mp_handle_pending(true); /* a Ctrl-C that came just before: don't block first */ \
        } \
        { \
            MP_THREAD_GIL_EXIT(); \
            (ret) = (expr); \
            MP_THREAD_GIL_ENTER(); \
        } \
        if ((ret) != -1 || errno != EINTR) { \
            break; \
        } \
        mp_handle_pending(true); \
    } while (1)

#endif
