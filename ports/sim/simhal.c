// ports/sim/simhal.c: the HAL of the simulated board: the serial console, virtual ticks, file
// access for import (through the confined filesystem), the deterministic random source.
//
// The serial console is UART0: firmware output (print, tracebacks: on a board both go to the
// console) goes to the process's stdout, to --serial-log, and to the scenario runner's serial
// buffer. Input comes from the console queue (scenario write-serial) or, when the REPL runs on
// a terminal, from stdin.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <errno.h>
#include <limits.h>
#include <unistd.h>
#include <fcntl.h>
#include <sys/stat.h>

#include "py/runtime.h"
#include "py/mphal.h"
#include "sim.h"
#include "simport.h"
#include "simfs.h"
#include "ports/unix/repl.h"

const char *sim_fs_root = ".";
void (*sim_serial_hook)(const char *s, size_t n);
int sim_console_getc(void);
size_t sim_console_pending(void);
bool sim_stdin_is_console = true;
// Set during CI runs (scenario.c): console input waits in virtual time for write-serial bytes.
void (*sim_console_wait_hook)(void);

void sim_serial_out(const char *s, size_t n) {
    fwrite(s, 1, n, stdout);
    if (sim_serial_log) {
        fwrite(s, 1, n, sim_serial_log);
    }
    if (sim_serial_hook) {
        sim_serial_hook(s, n);
    }
}

void mp_hal_stdout_tx_strn(const char *str, size_t len) {
    sim_serial_out(str, len);
}

// sys.stdout.buffer (ports/unix/file.c): on the --pty console, where C stdio turns "\n" into
// "\r\n" (repl.c), binary writes go to the serial line unchanged, as a board's HAL sends them.
void mp_hal_stdout_tx_strn_raw(const char *str, size_t len) {
    if (!repl_console_crlf) {
        sim_serial_out(str, len);
        return;
    }
    fflush(stdout);
    while (len > 0) {
        ssize_t w = write(1, str, len);
        if (w < 0) {
            if (errno == EINTR) {
                continue;
            }
            break;
        }
        if (sim_serial_log) {
            fwrite(str, 1, (size_t)w, sim_serial_log);
        }
        if (sim_serial_hook) {
            sim_serial_hook(str, (size_t)w);
        }
        str += w;
        len -= (size_t)w;
    }
}

void mp_hal_stderr_tx_strn(const char *str, size_t len) {
    sim_serial_out(str, len);
    fflush(stdout);
}

int mp_hal_stdin_rx_chr(void) {
    while (sim_console_pending() == 0 && sim_console_wait_hook != NULL) {
        sim_console_wait_hook();
    }
    if (sim_console_pending() > 0) {
        return sim_console_getc();
    }
    fflush(stdout);
    return sim_stdin_is_console ? getchar() : -1;
}

uint64_t mp_hal_ticks_ms(void) {
    return (uint64_t)(sim_now() / SIM_NS_PER_MS);
}

uint64_t mp_hal_ticks_us(void) {
    return (uint64_t)(sim_now() / SIM_NS_PER_US);
}

static void out_strn(void *data, const char *str, size_t len) {
    (void)data;
    mp_hal_stdout_tx_strn(str, len);
}

const mp_print_t mp_plat_print = {NULL, out_strn};
const mp_print_t mp_stderr_print = {NULL, out_strn};

// ---- confinement

static bool under_root(const char *real) {
    size_t n = strlen(sim_fs_root);
    return strncmp(real, sim_fs_root, n) == 0 && (real[n] == 0 || real[n] == '/');
}

void sim_fs_confine(const char *host_path, mp_obj_t user_path) {
    char buf[PATH_MAX];
    char tmp[PATH_MAX];
    snprintf(tmp, sizeof(tmp), "%s", host_path);
    // Walk up to the deepest existing ancestor, then resolve it.
    for (;;) {
        if (realpath(tmp, buf) != NULL) {
            break;
        }
        char *slash = strrchr(tmp, '/');
        if (slash == NULL || slash == tmp) {
            snprintf(buf, sizeof(buf), "%s", sim_fs_root);
            break;
        }
        *slash = 0;
    }
    if (!under_root(buf)) {
        mp_obj_t args[2] = {MP_OBJ_NEW_SMALL_INT(EACCES), MP_OBJ_NEW_QSTR(MP_QSTR_EACCES)};
        (void)user_path;
        nlr_raise(mp_obj_new_exception_args(&mp_type_OSError, 2, args));
    }
}

// Host path of a board path, or NULL if it is outside the board (or in a Python VFS).
mp_obj_t mp_unix_vfs_resolve(mp_obj_t path, const char **host_path, mp_obj_t *rel_path);

static const char *board_host_path(const char *path) {
    const char *host = NULL;
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        mp_obj_t rel;
        mp_obj_t vfs = mp_unix_vfs_resolve(mp_obj_new_str(path, strlen(path)), &host, &rel);
        nlr_pop();
        if (vfs != MP_OBJ_NULL) {
            return NULL;
        }
        return host;
    }
    return NULL;
}

mp_import_stat_t mp_import_stat(const char *path) {
    const char *host = board_host_path(path);
    struct stat st;
    if (host != NULL && stat(host, &st) == 0) {
        if (S_ISDIR(st.st_mode)) {
            return MP_IMPORT_STAT_DIR;
        } else if (S_ISREG(st.st_mode)) {
            return MP_IMPORT_STAT_FILE;
        }
    }
    return MP_IMPORT_STAT_NO_EXIST;
}

char *sim_read_host_file(const char *host, size_t *len) {
    int fd = open(host, O_RDONLY);
    if (fd < 0) {
        return NULL;
    }
    struct stat st;
    if (fstat(fd, &st) != 0 || S_ISDIR(st.st_mode)) {
        close(fd);
        errno = EISDIR;
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
    buf[n] = 0;
    *len = n;
    return buf;
}

char *mp_hal_read_file(const char *path, size_t *len) {
    const char *host = board_host_path(path);
    if (host == NULL) {
        errno = ENOENT;
        return NULL;
    }
    return sim_read_host_file(host, len);
}

// ---- deterministic randomness (--seed): xorshift64*

uint64_t sim_seed = 0x9E3779B97F4A7C15ull;

void sim_urandom(uint8_t *buf, size_t n) {
    for (size_t i = 0; i < n; i++) {
        uint64_t x = sim_seed;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        sim_seed = x;
        buf[i] = (uint8_t)((x * 0x2545F4914F6CDD1Dull) >> 56);
    }
}

void sim_uname_fields(const char *f[5]) {
    f[0] = sim_profile->sysname;
    f[1] = sim_profile->sysname;
    f[2] = MICROPY_VERSION_STRING;
    f[3] = "v" MICROPY_VERSION_STRING " on 2026-11-21 (simulated)";
    f[4] = sim_profile->machine;
}

// sys.executable: a board has no executable; MicroPython's board ports report "".
const char *mp_hal_executable_path(void) {
    return "";
}
