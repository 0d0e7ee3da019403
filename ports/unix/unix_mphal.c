// ports/unix/unix_mphal.c: the HAL for Linux: stdio, time, file access for import.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <errno.h>
#include <time.h>
#include <fcntl.h>
#include <unistd.h>
#include <sys/stat.h>

#include "py/runtime.h"
#include "py/mphal.h"
#include "unix_io.h"

void mp_hal_stdout_tx_strn(const char *str, size_t len) {
    fwrite(str, 1, len, stdout);
}

void mp_hal_stderr_tx_strn(const char *str, size_t len) {
    fflush(stdout);
    fwrite(str, 1, len, stderr);
    fflush(stderr);
}

int mp_hal_stdin_rx_chr(void) {
    return getchar();
}

uint64_t mp_hal_ticks_ms(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (uint64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

uint64_t mp_hal_ticks_us(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (uint64_t)ts.tv_sec * 1000000 + ts.tv_nsec / 1000;
}

static void stdout_print_strn(void *data, const char *str, size_t len) {
    (void)data;
    mp_hal_stdout_tx_strn(str, len);
}

static void stderr_print_strn(void *data, const char *str, size_t len) {
    (void)data;
    mp_hal_stderr_tx_strn(str, len);
}

const mp_print_t mp_plat_print = {NULL, stdout_print_strn};
const mp_print_t mp_stderr_print = {NULL, stderr_print_strn};

mp_import_stat_t mp_import_stat(const char *path) {
    mp_import_stat_t vst;
    if (mp_unix_vfs_import_stat(path, &vst)) {
        return vst;   // a path inside a mounted Python-level VFS
    }
    struct stat st;
    if (stat(path, &st) == 0) {
        if (S_ISDIR(st.st_mode)) {
            return MP_IMPORT_STAT_DIR;
        } else if (S_ISREG(st.st_mode)) {
            return MP_IMPORT_STAT_FILE;
        }
    }
    return MP_IMPORT_STAT_NO_EXIST;
}

char *mp_hal_read_file(const char *path, size_t *len) {
    char *vbuf;
    if (mp_unix_vfs_read_file(path, &vbuf, len)) {
        return vbuf;   // a path inside a mounted Python-level VFS
    }
    int fd = open(path, O_RDONLY);
    if (fd < 0) {
        return NULL;
    }
    struct stat st;
    if (fstat(fd, &st) != 0 || S_ISDIR(st.st_mode)) {
        if (S_ISDIR(st.st_mode)) {
            errno = EISDIR;
        }
        close(fd);
        return NULL;
    }
    size_t alloc = st.st_size > 0 ? (size_t)st.st_size + 1 : 4096;
    char *buf = m_new(char, alloc);
    size_t n = 0;
    for (;;) {
        if (n + 1 >= alloc) {
            buf = m_renew(char, buf, alloc, alloc * 2);
            alloc *= 2;
        }
        ssize_t r = read(fd, buf + n, alloc - 1 - n);
        if (r < 0) {
            if (errno == EINTR) {
                continue;
            }
            int e = errno;
            close(fd);
            errno = e;
            return NULL;
        }
        if (r == 0) {
            break;
        }
        n += r;
    }
    close(fd);
    buf[n] = '\0';
    *len = n;
    return buf;
}

// sys.executable: the absolute path of this binary, as the kernel knows it.
const char *mp_hal_executable_path(void) {
    static char path[4096];
    if (path[0] == 0) {
        ssize_t n = readlink("/proc/self/exe", path, sizeof(path) - 1);
        path[n > 0 ? n : 0] = 0;
    }
    return path;
}
