// py/mphal.h: what the core needs from its port (the hardware/OS abstraction layer).
// Each port implements these; py/ calls nothing else outside the C library.
#ifndef MICROPY_INCLUDED_PY_MPHAL_H
#define MICROPY_INCLUDED_PY_MPHAL_H

#include "py/mpconfig.h"

void mp_hal_stdout_tx_strn(const char *str, size_t len);
void mp_hal_stderr_tx_strn(const char *str, size_t len);
int mp_hal_stdin_rx_chr(void);                      // -1 at end of input
uint64_t mp_hal_ticks_ms(void);
uint64_t mp_hal_ticks_us(void);

typedef enum {
    MP_IMPORT_STAT_NO_EXIST,
    MP_IMPORT_STAT_DIR,
    MP_IMPORT_STAT_FILE,
} mp_import_stat_t;
mp_import_stat_t mp_import_stat(const char *path);
// Reads a whole file into a GC-heap buffer (NUL-terminated); NULL if it cannot be read.
char *mp_hal_read_file(const char *path, size_t *len);
const char *mp_hal_executable_path(void);          // sys.executable ("" if unknown)

#endif
