// ports/sim/main.c: the `micropython-sim` command: a simulated board running firmware.
//
//   micropython-sim [--board FILE] [--fs DIR] [--until TIME] [--screenshot PART=FILE.png]...
//                   [--vcd FILE] [--bus-log FILE] [--serial-log FILE] [--seed N]
//                   [--cpu-mhz N] [--rtc SECONDS|YYYY-MM-DDTHH:MM:SS] [--ticks-start MS]
//                   [-X heapsize=N] [script.py [args]]
//
// A run: load the board file (or the built-in default board), mount --fs as the board's "/",
// then boot: boot.py and main.py from the filesystem (or script.py, run as main.py), then the
// REPL if stdin and stdout are terminals. The run ends when the firmware ends, at --until
// (virtual time), or on an uncaught exception. machine.reset(), a WDT timeout and deepsleep
// reboot the board: the interpreter starts afresh (parts keep their state, as real external
// chips would), reset_cause() tells why, and boot.py/main.py run again.
//
// Exit codes: 0; 1 uncaught exception (traceback on the serial console); sys.exit(n) gives n;
// 2 bad usage, a bad board file or an unreadable script.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <errno.h>
#include <limits.h>
#include <unistd.h>
#include <sys/mman.h>
#include <sys/resource.h>

#include "py/runtime.h"
#include "py/gc.h"
#include "py/mphal.h"
#include "repl.h"
#include "sim.h"
#include "simport.h"
#include "simfs.h"
#include "machine.h"
#include "parts/part_util.h"
#include "py/profile.h"
#include "unix_prof.h"

static unsigned prof_kinds;        // -X prof=: MP_PROF_* bits
static const char *prof_out;       // -X prof-out=FILE

static uint64_t sim_prof_clock_ns(void) {
    return (uint64_t)sim_now();
}

extern int64_t sim_ticks_start_ms;
extern uint64_t sim_seed;
extern bool sim_stdin_is_console;
char *sim_read_host_file(const char *host, size_t *len);
void sim_uarts_reset(void);
void sim_pwm_reset(void);

mp_obj_str_t sim_sys_platform_obj = {{&mp_type_str}, 0, 5, (const byte *)"esp32"};

const char *sim_sys_machine(void) {
    return sim_profile->machine;
}

#define MAX_SHOTS 16
static struct {
    const char *part, *file;
} shots[MAX_SHOTS];
static int n_shots;

static void usage(FILE *f) {
    fprintf(f,
        "usage: micropython-sim [options] [script.py [args]]\n"
        "Runs MicroPython firmware on a simulated board, on virtual time.\n"
        "  --board FILE             Wokwi diagram.json (default: built-in ESP32 board)\n"
        "  --profile esp32|rp2      the built-in board to use when --board is not given\n"
        "  --fs DIR                 host folder mounted as the board's / (default: the script's\n"
        "                           folder, else the current folder)\n"
        "  --until TIME             stop at this virtual time (units ns, us, ms, s, min)\n"
        "  --screenshot PART=FILE   write a display part's image as PNG when the run ends\n"
        "  --vcd FILE               write every net as IEEE 1364 VCD (1 ns timescale)\n"
        "  --bus-log FILE           one JSON line per I2C/SPI/UART transaction\n"
        "  --serial-log FILE        copy of the serial console output\n"
        "  --seed N                 seed of os.urandom and other randomness (default 0)\n"
        "  --cpu-mhz N              CPU clock for the bytecode cost model (40 cycles/op)\n"
        "  --rtc SECONDS            RTC at power-on, in seconds since 2000-01-01 (default 0)\n"
        "  --ticks-start MS         value of ticks_ms() at power-on (e.g. 1073736823: 5 s\n"
        "                           before the 2**30 wrap)\n"
        "  -X heapsize=N[k|m]       heap size (default 2m)\n"
        "  -h, --help               this help\n");
}

static bool parse_time(const char *s, sim_ns_t *out) {
    char *end;
    double v = strtod(s, &end);
    if (end == s || v < 0) {
        return false;
    }
    double mult;
    if (strcmp(end, "ns") == 0) {
        mult = 1;
    } else if (strcmp(end, "us") == 0) {
        mult = 1e3;
    } else if (strcmp(end, "ms") == 0) {
        mult = 1e6;
    } else if (strcmp(end, "s") == 0 || *end == 0) {
        mult = 1e9;
    } else if (strcmp(end, "min") == 0 || strcmp(end, "m") == 0) {
        mult = 60e9;
    } else if (strcmp(end, "h") == 0) {
        mult = 3600e9;
    } else {
        return false;
    }
    double ns = v * mult;
    if (ns > 9e18) {
        return false;
    }
    *out = (sim_ns_t)(ns + 0.5);
    return true;
}

static size_t parse_size(const char *s, bool *ok) {
    char *end;
    double v = strtod(s, &end);
    size_t mult = 1;
    *ok = end != s && v > 0;
    if (*end == 'k' || *end == 'K') {
        mult = 1024;
        end++;
    } else if (*end == 'm' || *end == 'M') {
        mult = 1024 * 1024;
        end++;
    }
    *ok = *ok && *end == 0;
    return (size_t)(v * mult);
}

static void until_fire(void *arg, intptr_t a) {
    (void)arg;
    (void)a;
    sim_stop_requested = true;
    sim_vm_ops_deadline = sim_vm_ops + 1;
}

// ---- running code

#define RUN_OK 0
#define RUN_STOP 0x100      // --until reached
#define RUN_RESET 0x200     // the board resets
#define RUN_EXIT 0x400      // SystemExit: the code is in the low byte

static int run_exception(mp_obj_t exc) {
    const mp_obj_type_t *t = mp_obj_get_type(exc);
    if (mp_obj_is_subclass(t, &mp_type_SimStop)) {
        return RUN_STOP;
    }
    if (mp_obj_is_subclass(t, &mp_type_SimReset)) {
        return RUN_RESET;
    }
    if (mp_obj_is_subclass(t, &mp_type_SystemExit)) {
        mp_obj_t code = mp_obj_exception_get_value(exc);
        if (code == mp_const_none) {
            return RUN_EXIT | 0;
        }
        if (mp_obj_is_int(code)) {
            return RUN_EXIT | (int)(mp_obj_get_int_truncated(code) & 0xff);
        }
        mp_obj_print_helper(&mp_plat_print, code, PRINT_STR);
        mp_print_str(&mp_plat_print, "\n");
        return RUN_EXIT | 1;
    }
    mp_obj_print_exception(&mp_plat_print, exc);
    return RUN_EXIT | 1;
}

static int run_source(const char *src, size_t len, const char *name) {
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        mp_obj_dict_store(MP_OBJ_FROM_PTR(mp_state.dict_main), MP_OBJ_NEW_QSTR(MP_QSTR___file__), mp_obj_new_str(name, strlen(name)));
        mp_parse_compile_execute(src, len, qstr_from_str(name), MP_PARSE_FILE_INPUT, mp_state.dict_main, mp_state.dict_main);
        sim_run_scheduled();
        nlr_pop();
        fflush(stdout);
        return RUN_OK;
    }
    return run_exception(MP_OBJ_FROM_PTR(nlr.ret_val));
}

// Runs a file of the board's filesystem if it exists. Returns RUN_* (RUN_OK if absent).
static int run_board_file(const char *name) {
    size_t len;
    char *src = NULL;
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        if (mp_import_stat(name) == MP_IMPORT_STAT_FILE) {
            src = mp_hal_read_file(name, &len);
        }
        nlr_pop();
    }
    if (src == NULL) {
        return RUN_OK;
    }
    return run_source(src, len, name);
}

static size_t heap_size = MICROPY_DEFAULT_HEAP_SIZE;
static void *heap;

static void interp_start(void) {
    char *stack_top = mp_state.stack_top, *stack_limit = mp_state.stack_limit;
    size_t stack_limit_bytes = mp_state.stack_limit_bytes;
    gc_init(heap, (char *)heap + heap_size);
    mp_init();
    mp_state.stack_top = stack_top;
    mp_state.stack_limit = stack_limit;
    mp_state.stack_limit_bytes = stack_limit_bytes;
    mp_obj_list_append(mp_state.sys_path, MP_OBJ_NEW_QSTR(MP_QSTR_));
    mp_obj_list_append(mp_state.sys_path, mp_obj_new_str(".frozen", 7));
    mp_obj_list_append(mp_state.sys_path, mp_obj_new_str("/lib", 4));
    sim_machine_init();
    sim_uarts_reset();
    sim_pwm_reset();
}

static int main_(int argc, char **argv);

int main(int argc, char **argv) {
    mp_stack_set_top(__builtin_frame_address(0));
    return main_(argc, argv);
}

MP_NOINLINE static int main_(int argc, char **argv) {
    struct rlimit rl;
    size_t stack_bytes = 8 * 1024 * 1024;
    if (getrlimit(RLIMIT_STACK, &rl) == 0 && rl.rlim_cur != RLIM_INFINITY && rl.rlim_cur < stack_bytes) {
        stack_bytes = rl.rlim_cur;
    }
    mp_stack_set_limit(stack_bytes > 256 * 1024 ? stack_bytes - 192 * 1024 : stack_bytes / 2);

    const char *board = NULL, *profile = NULL, *fs = NULL, *vcd = NULL, *buslog = NULL, *serlog = NULL;
    sim_ns_t until = -1;
    int cpu_mhz = 0;
    int a = 1;
    for (; a < argc; a++) {
        const char *arg = argv[a];
        if (arg[0] != '-' || strcmp(arg, "-") == 0) {
            break;
        }
        if (strcmp(arg, "--") == 0) {
            a++;
            break;
        }
        const char *val = a + 1 < argc ? argv[a + 1] : NULL;
        #define NEED_VAL() do { if (val == NULL) { fprintf(stderr, "micropython-sim: %s needs a value\n", arg); return 2; } a++; } while (0)
        if (strcmp(arg, "-h") == 0 || strcmp(arg, "--help") == 0) {
            usage(stdout);
            return 0;
        } else if (strcmp(arg, "--version") == 0) {
            printf("MicroPython v" MICROPY_VERSION_STRING " (micropython-sim)\n");
            return 0;
        } else if (strcmp(arg, "--board") == 0 || strcmp(arg, "--diagram-file") == 0) {
            NEED_VAL();
            board = val;
        } else if (strcmp(arg, "--profile") == 0) {
            NEED_VAL();
            profile = val;
            if (strcmp(val, "esp32") != 0 && strcmp(val, "rp2") != 0 && strcmp(val, "rp2040") != 0) {
                fprintf(stderr, "micropython-sim: unknown profile '%s' (esp32 or rp2)\n", val);
                return 2;
            }
        } else if (strcmp(arg, "--fs") == 0) {
            NEED_VAL();
            fs = val;
        } else if (strcmp(arg, "--until") == 0) {
            NEED_VAL();
            if (!parse_time(val, &until)) {
                fprintf(stderr, "micropython-sim: bad time '%s' (e.g. 500ms, 10s, 2min)\n", val);
                return 2;
            }
        } else if (strcmp(arg, "--screenshot") == 0) {
            NEED_VAL();
            const char *eq = strchr(val, '=');
            if (eq == NULL || eq == val || eq[1] == 0 || n_shots == MAX_SHOTS) {
                fprintf(stderr, "micropython-sim: --screenshot needs PART=FILE.png\n");
                return 2;
            }
            shots[n_shots].part = strndup(val, eq - val);
            shots[n_shots].file = eq + 1;
            n_shots++;
        } else if (strcmp(arg, "--vcd") == 0 || strcmp(arg, "--vcd-file") == 0) {
            NEED_VAL();
            vcd = val;
        } else if (strcmp(arg, "--bus-log") == 0) {
            NEED_VAL();
            buslog = val;
        } else if (strcmp(arg, "--serial-log") == 0 || strcmp(arg, "--serial-log-file") == 0) {
            NEED_VAL();
            serlog = val;
        } else if (strcmp(arg, "--seed") == 0) {
            NEED_VAL();
            sim_seed = strtoull(val, NULL, 0) * 0x9E3779B97F4A7C15ull + 0x2545F4914F6CDD1Dull;
            if (sim_seed == 0) {
                sim_seed = 1;
            }
        } else if (strcmp(arg, "--cpu-mhz") == 0) {
            NEED_VAL();
            cpu_mhz = atoi(val);
            if (cpu_mhz <= 0 || cpu_mhz > 10000) {
                fprintf(stderr, "micropython-sim: bad --cpu-mhz '%s'\n", val);
                return 2;
            }
        } else if (strcmp(arg, "--rtc") == 0) {
            NEED_VAL();
            char *end;
            long long s = strtoll(val, &end, 10);
            if (*end != 0) {
                fprintf(stderr, "micropython-sim: bad --rtc '%s' (seconds since 2000-01-01)\n", val);
                return 2;
            }
            sim_rtc_epoch_s = s;
        } else if (strcmp(arg, "--ticks-start") == 0) {
            NEED_VAL();
            sim_ticks_start_ms = strtoll(val, NULL, 0);
        } else if (strcmp(arg, "-X") == 0) {
            NEED_VAL();
            if (strncmp(val, "heapsize=", 9) == 0) {
                bool ok;
                heap_size = parse_size(val + 9, &ok);
                if (!ok) {
                    fprintf(stderr, "micropython-sim: invalid heap size '%s'\n", val + 9);
                    return 2;
                }
                if (heap_size < 8 * 1024) {
                    heap_size = 8 * 1024;
                }
            } else if (strncmp(val, "prof=", 5) == 0) {
                prof_kinds = mp_prof_parse_kinds(val + 5);
                if (prof_kinds == 0) {
                    fprintf(stderr, "micropython-sim: -X prof= takes ops, calls, gc or all (a comma list): %s\n", val + 5);
                    return 2;
                }
            } else if (strncmp(val, "prof-out=", 9) == 0 && val[9] != 0) {
                prof_out = val + 9;
            } else if (strncmp(val, "prof-period=", 12) == 0) {
                long n = strtol(val + 12, NULL, 10);
                if (n < 2) {
                    fprintf(stderr, "micropython-sim: -X prof-period= takes a number from 2 up: %s\n", val + 12);
                    return 2;
                }
                mp_prof.period = (uint32_t)n;
            } else {
                fprintf(stderr, "micropython-sim: unknown -X option: %s\n", val);
                return 2;
            }
        } else {
            fprintf(stderr, "micropython-sim: unknown option: %s\n", arg);
            return 2;
        }
    }
    const char *script = a < argc ? argv[a] : NULL;

    // The board.
    char err[512];
    if (sim_board_load(board, profile, err, sizeof(err)) != 0) {
        fprintf(stderr, "micropython-sim: %s\n", err);
        return 2;
    }
    sim_sys_platform_obj.data = (const byte *)sim_profile->platform;
    sim_sys_platform_obj.len = strlen(sim_profile->platform);
    sim_ps_per_op = (uint64_t)40 * 1000000 / (cpu_mhz ? cpu_mhz : sim_profile->cpu_mhz);
    extern uint64_t sim_boot_ps_per_op;
    sim_boot_ps_per_op = sim_ps_per_op;

    // The filesystem.
    static char root[PATH_MAX];
    char dirbuf[PATH_MAX];
    if (fs == NULL) {
        if (script != NULL && strchr(script, '/') != NULL) {
            snprintf(dirbuf, sizeof(dirbuf), "%s", script);
            *strrchr(dirbuf, '/') = 0;
            fs = dirbuf[0] ? dirbuf : "/";
        } else {
            fs = ".";
        }
    }
    if (realpath(fs, root) == NULL) {
        fprintf(stderr, "micropython-sim: --fs '%s': %s\n", fs, strerror(errno));
        return 2;
    }
    if (strcmp(root, "/") == 0) {
        root[0] = 0;
    }
    sim_fs_root = root;

    // The script is read from the host before the board boots.
    char *script_src = NULL;
    size_t script_len = 0;
    if (script != NULL) {
        FILE *f = fopen(script, "rb");
        if (f == NULL) {
            fprintf(stderr, "micropython-sim: can't open file '%s': [Errno %d] %s\n", script, errno, strerror(errno));
            return 2;
        }
        size_t alloc = 4096;
        script_src = malloc(alloc);
        size_t n;
        while ((n = fread(script_src + script_len, 1, alloc - script_len - 1, f)) > 0) {
            script_len += n;
            if (script_len + 1 >= alloc) {
                alloc *= 2;
                script_src = realloc(script_src, alloc);
            }
        }
        script_src[script_len] = 0;
        fclose(f);
    }

    // Recorders.
    if (serlog && (sim_serial_log = fopen(serlog, "w")) == NULL) {
        fprintf(stderr, "micropython-sim: can't write '%s': %s\n", serlog, strerror(errno));
        return 2;
    }
    if (buslog) {
        FILE *f = fopen(buslog, "w");
        if (f == NULL) {
            fprintf(stderr, "micropython-sim: can't write '%s': %s\n", buslog, strerror(errno));
            return 2;
        }
        sim_buslog_open(f);
    }
    if (vcd && sim_vcd_open(vcd) != 0) {
        fprintf(stderr, "micropython-sim: can't write '%s': %s\n", vcd, strerror(errno));
        return 2;
    }
    if (until >= 0) {
        sim_event_post(until, until_fire, NULL, 0);
    }

    heap = mmap(NULL, heap_size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    if (heap == MAP_FAILED) {
        fprintf(stderr, "micropython-sim: can't allocate a heap of %lu bytes\n", (unsigned long)heap_size);
        return 2;
    }

    int ret = 0;
    sim_reset_cause = SIM_PWRON_RESET;
    for (int boots = 0;; boots++) {
        interp_start();
        if (boots == 0) {
            // the profiler runs on the board's clock, across reboots
            unix_prof_init();
            mp_prof_clock_ns = sim_prof_clock_ns;
            if (prof_out != NULL && prof_kinds == 0) {
                prof_kinds = MP_PROF_ALL;
            }
            if (prof_kinds != 0) {
                mp_prof_start(prof_kinds);
            }
        }
        if (script != NULL) {
            for (int i = a; i < argc; i++) {
                mp_obj_list_append(mp_state.sys_argv, mp_obj_new_str(argv[i], strlen(argv[i])));
            }
        }
        int r = run_board_file("boot.py");
        if (r == RUN_OK) {
            if (script != NULL) {
                r = run_source(script_src, script_len, "main.py");
            } else {
                r = run_board_file("main.py");
            }
        }
        if (r == RUN_RESET) {
            int cause = sim_pending_reset;
            sim_pending_reset = 0;
            if (cause == SIM_SOFT_RESET) {
                mp_hal_stdout_tx_strn("MPY: soft reboot\n", 17);
            }
            sim_reset_cause = cause;
            mp_deinit();
            if (boots > 10000) {
                fprintf(stderr, "micropython-sim: the board keeps resetting; stopped\n");
                ret = 1;
                break;
            }
            continue;
        }
        if (r & RUN_EXIT) {
            ret = r & 0xff;
        }
        if (r == RUN_OK && script == NULL && isatty(0) && isatty(1) && !sim_stop_requested) {
            ret = repl_run();
        }
        break;
    }
    (void)sim_stdin_is_console;
    fflush(stdout);
    if (prof_kinds != 0 && unix_prof_finish(prof_out) != 0 && ret == 0) {
        ret = 1;
    }

    for (int i = 0; i < n_shots; i++) {
        if (!sim_screenshot_png(shots[i].part, shots[i].file, err, sizeof(err))) {
            fprintf(stderr, "micropython-sim: --screenshot: %s\n", err);
            ret = ret ? ret : 2;
        }
    }
    sim_vcd_close();
    sim_buslog_close();
    if (sim_serial_log) {
        fclose(sim_serial_log);
    }
    return ret;
}

// NeoPixel data written with machine.bitstream reaches the parts on that pin.
// The first part of a chain is the one whose DIN is on the pin's net; it passes the rest on.
void sim_neopixel_write(int gpio, const uint8_t *buf, size_t n) {
    int net = sim_gpio[gpio].net;
    for (int i = 0; i < sim_n_parts; i++) {
        sim_part_t *p = sim_parts[i];
        int k = p->type ? sim_part_pin_index(p, "DIN") : -1;
        if (k >= 0 && p->pins[k].net == net) {
            sim_neopixel_data(p, buf, n);
        }
    }
}
