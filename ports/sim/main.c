// ports/sim/main.c: the `micropython-sim` command: a simulated board running firmware.
//
//   micropython-sim [--board FILE] [--fs DIR] [--until TIME] [--screenshot PART=FILE.png]...
//                   [--vcd FILE] [--bus-log FILE] [--serial-log FILE] [--seed N]
//                   [--cpu-mhz N] [--rtc SECONDS|YYYY-MM-DDTHH:MM:SS] [--ticks-start MS]
//                   [-X heapsize=N] [CI options] [script.py [args] | PROJECT-FOLDER]
//
// CI options (wokwi-cli's, see docs/sim-ci.md): --scenario FILE (repeatable), --timeout MS,
// --timeout-exit-code N, --expect-text T, --fail-text T, --screenshot-part/-time/-file,
// --junit FILE, --shard K/N, -q. Each scenario runs on a fresh board in a forked child process;
// the parent only parses options and scenario files, collects exit codes and the JUnit report.
// --pty puts the serial console (and the REPL) on a pseudo-terminal for mpremote / pyserial.
//
// A run: load the board file (or the built-in default board), mount --fs as the board's "/",
// then boot: boot.py and main.py from the filesystem (or script.py, run as main.py), then the
// REPL if stdin and stdout are terminals. The run ends when the firmware ends, at --until
// (virtual time), or on an uncaught exception. machine.reset(), a WDT timeout and deepsleep
// reboot the board: the interpreter starts afresh (parts keep their state, as real external
// chips would), reset_cause() tells why, and boot.py/main.py run again.
//
// Exit codes: 0; 1 uncaught exception (traceback on the serial console); sys.exit(n) gives n;
// 2 bad usage, a bad board file, scenario file or an unreadable script. In a CI run (scenario,
// --expect-text, --fail-text, --timeout) the runner decides: 0 passed, 1 a step failed or the
// failure text was seen, 42 (--timeout-exit-code) the timeout came first.
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <errno.h>
#include <limits.h>
#include <unistd.h>
#include <sys/mman.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <fcntl.h>
#include <poll.h>
#include <pthread.h>
#include <signal.h>
#include <termios.h>
#include <sys/ioctl.h>

#include "py/runtime.h"
#include "py/gc.h"
#include "py/mphal.h"
#include "repl.h"
#include "sim.h"
#include "simport.h"
#include "simfs.h"
#include "machine.h"
#include "parts/part_util.h"
#include "scenario.h"
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
        "  --ticks-start MS         value of ticks_ms() when boot.py starts (default 500; e.g. 1073736823: 5 s\n"
        "                           before the 2**30 wrap)\n"
        "  -X heapsize=N[k|m]       heap size (default 2m)\n"
        "CI (as wokwi-cli; times in virtual milliseconds or with a unit; see docs/sim-ci.md):\n"
        "  --scenario FILE          run a Wokwi scenario (YAML); repeatable, each on a fresh board\n"
        "  --timeout MS             fail with the timeout exit code at this virtual time\n"
        "                           (default 30000 with --scenario or --expect-text)\n"
        "  --timeout-exit-code N    exit code on timeout (default 42)\n"
        "  --expect-text TEXT       pass (exit 0) when the serial output shows TEXT\n"
        "  --fail-text TEXT         fail (exit 1) when the serial output shows TEXT\n"
        "  --serial-log-file FILE   same as --serial-log\n"
        "  --screenshot-part PART   display part to capture ...\n"
        "  --screenshot-time MS     ... at this virtual time (default: the end of the run)\n"
        "  --screenshot-file FILE   ... into this PNG (default screenshot.png)\n"
        "  --vcd-file FILE          same as --vcd\n"
        "  --diagram-file FILE      same as --board\n"
        "  --junit FILE             JUnit XML report: one testcase per scenario\n"
        "  --shard K/N              run only scenarios K, K+N, K+2N, ... (1 <= K <= N)\n"
        "  -q, --quiet              no message when a run passes\n"
        "  --pty                    serial console on a pseudo-terminal (its path is printed\n"
        "                           first): the REPL, raw REPL and raw-paste for mpremote,\n"
        "                           pyserial clients; Ctrl-D soft-reboots (boot.py, main.py)\n"
        "A PROJECT-FOLDER argument (or wokwi.toml in the current folder) selects its diagram.json\n"
        "as the board, its files as the board's filesystem and a .py firmware of wokwi.toml.\n"
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

// The interpreter's own start-up state (or the script's argv) did not fit the heap: a MemoryError
// before any handler can take it.
static NORETURN void interp_heap_too_small(void) {
    fprintf(stderr, "micropython-sim: heap size too small: %lu bytes cannot hold the interpreter's start-up state\n", (unsigned long)heap_size);
    exit(2);
}

static void interp_start(void) {
    char *stack_top = mp_state.stack_top, *stack_limit = mp_state.stack_limit;
    size_t stack_limit_bytes = mp_state.stack_limit_bytes;
    // gc_init expects zeroed tables: after a reboot the heap holds the previous boot's state
    // (a real board's RAM would too, but our allocator must start from an empty table).
    memset(heap, 0, heap_size);
    gc_init(heap, (char *)heap + heap_size);
    nlr_buf_t init_nlr;
    if (nlr_push(&init_nlr) == 0) {
        mp_init();
        mp_state.stack_top = stack_top;
        mp_state.stack_limit = stack_limit;
        mp_state.stack_limit_bytes = stack_limit_bytes;
        mp_obj_list_append(mp_state.sys_path, MP_OBJ_NEW_QSTR(MP_QSTR_));
        mp_obj_list_append(mp_state.sys_path, mp_obj_new_str(".frozen", 7));
        mp_obj_list_append(mp_state.sys_path, mp_obj_new_str("/lib", 4));
        sim_machine_init();
        nlr_pop();
    } else {
        interp_heap_too_small();
    }
    sim_uarts_reset();
    sim_pwm_reset();
}

// The board sleeps after the firmware returned while the CI runner still wants time (scenario
// steps left, expected text not seen): events fire and soft IRQs run, as on a board sitting at
// its REPL. Returns RUN_STOP (the runner stopped the board), RUN_RESET, or RUN_OK.
static int run_idle(void) {
    nlr_buf_t nlr;
    sim_ci_set_idle(true);
    if (nlr_push(&nlr) == 0) {
        while (sim_ci_wants_time()) {
            sim_ns_t next = sim_event_next_time();
            if (next == INT64_MAX) {
                break;
            }
            sim_sleep_ns(next - sim_now());
        }
        nlr_pop();
        sim_ci_set_idle(false);
        return RUN_OK;
    }
    sim_ci_set_idle(false);
    return run_exception(MP_OBJ_FROM_PTR(nlr.ret_val));
}

// ---- options (main_ fills them; board_run reads them)

#define MAX_SCENARIOS 256

static const char *opt_board, *opt_profile, *opt_fs, *opt_vcd, *opt_buslog, *opt_serlog;
static sim_ns_t opt_until = -1;
static int opt_cpu_mhz;
static const char *opt_script;
static int opt_script_argc;
static char **opt_script_argv;
static const char *opt_scenarios[MAX_SCENARIOS];
static int n_opt_scenarios;
static sim_scenario_t *scenarios[MAX_SCENARIOS];
static sim_ci_config_t opt_ci = {.timeout = -1, .timeout_exit_code = 42, .shot_time = -1};
static bool opt_timeout_given;
static const char *opt_junit;
static int shard_k = 1, shard_n = 1;
static bool opt_pty;

// "5000" is milliseconds (as wokwi-cli takes it); "5s", "500ms" carry their unit.
static bool parse_ms_or_time(const char *s, sim_ns_t *out) {
    char *end;
    double v = strtod(s, &end);
    if (end != s && *end == 0 && v >= 0 && v < 9e12) {
        *out = (sim_ns_t)(v * 1e6 + 0.5);
        return true;
    }
    return parse_time(s, out);
}

// "out.vcd" -> "out-3.vcd": per-scenario output files when several scenarios run.
static const char *numbered(const char *path, int k) {
    if (path == NULL || k <= 0) {
        return path;
    }
    const char *slash = strrchr(path, '/');
    const char *dot = strrchr(path, '.');
    if (dot == NULL || (slash && dot < slash)) {
        dot = path + strlen(path);
    }
    char *r = malloc(strlen(path) + 16);
    sprintf(r, "%.*s-%d%s", (int)(dot - path), path, k, dot);
    return r;
}

// ---- wokwi.toml: the [wokwi] section's string keys (firmware, elf), nothing else is needed.

static char *toml_wokwi_key(const char *path, const char *key) {
    FILE *f = fopen(path, "r");
    if (f == NULL) {
        return NULL;
    }
    char line[1024];
    bool in_wokwi = false;
    char *result = NULL;
    while (fgets(line, sizeof(line), f) != NULL && result == NULL) {
        char *s = line;
        while (*s == ' ' || *s == '\t') {
            s++;
        }
        if (*s == '[') {
            in_wokwi = strncmp(s, "[wokwi]", 7) == 0;
            continue;
        }
        size_t kl = strlen(key);
        if (!in_wokwi || strncmp(s, key, kl) != 0) {
            continue;
        }
        s += kl;
        while (*s == ' ' || *s == '\t') {
            s++;
        }
        if (*s++ != '=') {
            continue;
        }
        while (*s == ' ' || *s == '\t') {
            s++;
        }
        char q = *s;
        if (q != '"' && q != '\'') {
            continue;
        }
        char *e = strchr(s + 1, q);
        if (e != NULL) {
            result = strndup(s + 1, e - s - 1);
        }
    }
    fclose(f);
    return result;
}

static bool file_exists(const char *p) {
    return access(p, F_OK) == 0;
}

static char *join_path(const char *dir, const char *p) {
    if (p[0] == '/' || dir == NULL || strcmp(dir, ".") == 0) {
        return strdup(p);
    }
    char *r = malloc(strlen(dir) + strlen(p) + 2);
    sprintf(r, "%s/%s", dir, p);
    return r;
}

// A path given on the command line: as given if it exists, else inside the project folder.
static const char *project_path(const char *project, const char *p) {
    if (p == NULL || file_exists(p) || project == NULL) {
        return p;
    }
    char *q = join_path(project, p);
    return file_exists(q) ? q : p;
}


// ---- --pty: the serial console on a pseudo-terminal
//
// The board's console (fd 0 / fd 1, which the REPL of ports/unix/repl.c and the serial output
// use) becomes two pipes; a relay thread copies them to and from the pty's master side. The
// client opens the slave path (printed first on the real stdout). A Ctrl-C byte from the client
// goes to the board; when the board is running code (not waiting at a prompt) it also becomes
// SIGINT, as a terminal's line discipline would make it: KeyboardInterrupt in the running code. We keep a slave descriptor open ourselves (in raw
// mode) so that a client closing the port is no hangup and the next client finds the board.

static int pty_master, pty_in_w, pty_out_r;
static volatile sig_atomic_t pty_running_code;     // boot.py / main.py are running
static void pty_sigint(int sig);

static void *pty_relay(void *arg) {
    (void)arg;
    struct pollfd pf[2] = {{pty_master, POLLIN, 0}, {pty_out_r, POLLIN, 0}};
    unsigned char buf[1024];
    bool ctrl_c = false;    // a Ctrl-C byte went to the board: is it being read?
    for (;;) {
        int r = poll(pf, 2, ctrl_c ? 10 : -1);
        if (r < 0) {
            if (errno == EINTR) {
                continue;
            }
            return NULL;
        }
        if (ctrl_c) {
            // A REPL waiting at a prompt reads the byte itself. Code runs while the SIGINT
            // handler is installed with SA_RESTART (repl.c, and ours around boot.py/main.py):
            // then the byte stays queued and the code is interrupted. Until one of the two is
            // seen, keep looking.
            int queued = 0;
            struct sigaction sa;
            if (ioctl(0, FIONREAD, &queued) != 0 || queued == 0) {
                ctrl_c = false;
            } else if (sigaction(SIGINT, NULL, &sa) == 0
                       && (sa.sa_handler == pty_sigint ? pty_running_code : (sa.sa_flags & SA_RESTART) != 0)) {
                kill(getpid(), SIGINT);
                ctrl_c = false;
            }
        }
        if (r == 0) {
            continue;
        }
        if (pf[0].revents & POLLIN) {
            ssize_t n = read(pty_master, buf, sizeof(buf));
            for (ssize_t off = 0; off < n;) {
                ssize_t w = write(pty_in_w, buf + off, n - off);
                if (w < 0 && errno != EINTR) {
                    return NULL;
                }
                off += w > 0 ? w : 0;
            }
            ctrl_c |= n > 0 && memchr(buf, 0x03, n) != NULL;
        }
        if (pf[1].revents & (POLLIN | POLLHUP)) {
            ssize_t n = read(pty_out_r, buf, sizeof(buf));
            if (n <= 0) {
                return NULL;
            }
            for (ssize_t off = 0; off < n;) {
                ssize_t w = write(pty_master, buf + off, n - off);
                if (w < 0 && errno != EINTR) {
                    return NULL;
                }
                off += w > 0 ? w : 0;
            }
        }
    }
}

static void pty_sigint(int sig) {
    (void)sig;
    mp_state.pending_exception = mp_state.keyboard_interrupt_obj;
}

static bool pty_setup(void) {
    int m = posix_openpt(O_RDWR | O_NOCTTY);
    if (m < 0 || grantpt(m) != 0 || unlockpt(m) != 0) {
        perror("micropython-sim: --pty");
        return false;
    }
    const char *name = ptsname(m);
    int slave = name ? open(name, O_RDWR | O_NOCTTY) : -1;
    struct termios t;
    if (slave < 0 || tcgetattr(slave, &t) != 0) {
        perror("micropython-sim: --pty");
        return false;
    }
    cfmakeraw(&t);
    tcsetattr(slave, TCSANOW, &t);
    // The path goes first to stdout and as the first line of stderr: pyboard.py's `execpty:`
    // (MicroPython's run-tests.py -t execpty:CMD) reads stderr's first line and takes the
    // /dev/pts/N in it, as QEMU's "-serial pty" prints it.
    printf("%s\n", name);
    fflush(stdout);
    fprintf(stderr, "micropython-sim: serial console on %s\n", name);
    fflush(stderr);
    int in[2], out[2];
    if (pipe(in) != 0 || pipe(out) != 0) {
        return false;
    }
    dup2(in[0], 0);
    dup2(out[1], 1);
    close(in[0]);
    close(out[1]);
    pty_master = m;
    pty_in_w = in[1];
    pty_out_r = out[0];
    setvbuf(stdout, NULL, _IONBF, 0);
    // The relay thread never takes SIGINT: it goes to the thread running the board.
    sigset_t set, old;
    sigemptyset(&set);
    sigaddset(&set, SIGINT);
    pthread_sigmask(SIG_BLOCK, &set, &old);
    // Ctrl-C while boot.py / main.py run (repl.c installs its own handler for the REPL).
    struct sigaction sa;
    memset(&sa, 0, sizeof(sa));
    sa.sa_handler = pty_sigint;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = SA_RESTART;
    sigaction(SIGINT, &sa, NULL);
    pthread_t th;
    int rc = pthread_create(&th, NULL, pty_relay, NULL);
    pthread_sigmask(SIG_SETMASK, &old, NULL);
    return rc == 0;
}

// A soft reset from the raw REPL (mpremote soft-reset, pyboard.py's enter_raw_repl, run-tests'
// execpty between tests): repl.c has forgotten the names; the board's machine state goes back to
// its boot state (timers, PWM, pin IRQs, UARTs, WLAN stopped) and boot.py runs, but not
// main.py, as on a board whose soft reset lands in the raw REPL. The heap is not re-initialised
// (the REPL's buffers live on it).
static void pty_raw_soft_reset(void) {
    sim_reset_cause = SIM_SOFT_RESET;
    sim_timers_reset();         // while the old roots still list the running timers
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        sim_machine_init();
        nlr_pop();
    }
    sim_uarts_reset();
    sim_pwm_reset();
    pty_running_code = 1;
    run_board_file("boot.py");
    pty_running_code = 0;
    sim_pending_reset = 0;
    fflush(stdout);
}

// ---- one run of the board

// The cost model at boot (machine.freq() scales it; modmachine.c on main defines it, the weak
// definition lets this file build alone).
uint64_t sim_boot_ps_per_op __attribute__((weak));

// Runs the board once (the whole process when no scenario is given, else one child per
// scenario). `k` numbers the output files when several scenarios run (0: not numbered).
static int board_run(sim_scenario_t *sc, int k, FILE *junit_out) {
    // The board.
    char err[512];
    if (sim_board_load(opt_board, opt_profile, err, sizeof(err)) != 0) {
        fprintf(stderr, "micropython-sim: %s\n", err);
        return 2;
    }
    sim_sys_platform_obj.data = (const byte *)sim_profile->platform;
    sim_sys_platform_obj.len = strlen(sim_profile->platform);
    sim_ps_per_op = (uint64_t)40 * 1000000 / (opt_cpu_mhz ? opt_cpu_mhz : sim_profile->cpu_mhz);
    sim_boot_ps_per_op = sim_ps_per_op;

    // The filesystem.
    static char root[PATH_MAX];
    char dirbuf[PATH_MAX];
    const char *fs = opt_fs, *script = opt_script;
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

    // Recorders. With several scenarios the serial log collects every run; the other files
    // get the scenario's number.
    const char *vcd = numbered(opt_vcd, k), *buslog = numbered(opt_buslog, k);
    if (opt_serlog && (sim_serial_log = fopen(opt_serlog, k > 1 ? "a" : "w")) == NULL) {
        fprintf(stderr, "micropython-sim: can't write '%s': %s\n", opt_serlog, strerror(errno));
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
    if (opt_until >= 0) {
        sim_event_post(opt_until, until_fire, NULL, 0);
    }

    repl_plain_echo = opt_pty;   // a board echoes what it reads in its friendly REPL
    repl_soft_reset_hook = opt_pty ? pty_raw_soft_reset : NULL;
    if (opt_pty && !pty_setup()) {
        return 2;
    }
    if (opt_pty) {
        repl_console_crlf_begin(); // a board's UART: "\n" goes out as "\r\n"
    }

    // The CI runner: a scenario, expected/failure text, a timeout or a timed screenshot.
    sim_ci_config_t ci = opt_ci;
    ci.scenario = sc;
    ci.shot_file = numbered(opt_ci.shot_file, k);
    bool ci_mode = sc || ci.expect_text || ci.fail_text || ci.timeout > 0 || ci.shot_part;
    if (ci_mode) {
        if (sim_ci_start(&ci, err, sizeof(err)) != 0) {
            fprintf(stderr, "micropython-sim: %s\n", err);
            return 2;
        }
        sim_stdin_is_console = false;
    }

    heap = mmap(NULL, heap_size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    if (heap == MAP_FAILED) {
        fprintf(stderr, "micropython-sim: can't allocate a heap of %lu bytes\n", (unsigned long)heap_size);
        return 2;
    }

    int ret = 0;
    sim_reset_cause = SIM_PWRON_RESET;
    sim_wake_reason = 0;
    for (int boots = 0;; boots++) {
        interp_start();
        pty_running_code = opt_pty;
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
            nlr_buf_t argv_nlr;
            if (nlr_push(&argv_nlr) == 0) {
                for (int i = 0; i < opt_script_argc; i++) {
                    mp_obj_list_append(mp_state.sys_argv, mp_obj_new_str(opt_script_argv[i], strlen(opt_script_argv[i])));
                }
                nlr_pop();
            } else {
                interp_heap_too_small();
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
        if (r != RUN_RESET && r != RUN_STOP && ci_mode && sim_ci_wants_time()) {
            // The firmware returned (or crashed): the board goes on until the runner is done.
            int r2 = run_idle();
            if (r2 == RUN_RESET) {
                r = RUN_RESET;
            }
        }
        if (r == RUN_RESET) {
            int cause = sim_pending_reset;
            sim_pending_reset = 0;
            if (cause == SIM_SOFT_RESET) {
                mp_hal_stdout_tx_strn("MPY: soft reboot\n", 17);
            }
            sim_reset_cause = cause;
            if (cause != SIM_DEEPSLEEP_RESET && cause != SIM_SOFT_RESET) {
                sim_wake_reason = 0;
            }
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
        if (opt_pty && !ci_mode && !sim_stop_requested && r != RUN_STOP) {
            // The REPL on the pty; Ctrl-D at the friendly prompt soft-reboots the board. A
            // Ctrl-C that came as main.py ended is for the prompt, not for the next command.
            pty_running_code = 0;
            mp_state.pending_exception = MP_OBJ_NULL;
            fflush(stdout);
            repl_run();
            mp_hal_stdout_tx_strn("MPY: soft reboot\n", 17);
            sim_reset_cause = SIM_SOFT_RESET;
            mp_deinit();
            continue;
        }
        if (r == RUN_OK && !ci_mode && script == NULL && isatty(0) && isatty(1) && !sim_stop_requested) {
            ret = repl_run();
        }
        break;
    }
    fflush(stdout);
    if (prof_kinds != 0 && unix_prof_finish(prof_out) != 0 && ret == 0) {
        ret = 1;
    }
    if (ci_mode) {
        ret = sim_ci_end(ret);
    }
    if (junit_out) {
        sim_ci_write_junit(junit_out);
    }

    for (int i = 0; i < n_shots; i++) {
        if (!sim_screenshot_png(shots[i].part, numbered(shots[i].file, k), err, sizeof(err))) {
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

// Each scenario runs on a fresh board in a child process (fork: the parent never loads the
// board, so every child starts from the same clean state). A child reports its <testcase>
// element through a pipe. Returns the first non-zero exit code, else 0.
static int run_scenarios(void) {
    int selected[MAX_SCENARIOS], n_sel = 0;
    for (int i = 0; i < n_opt_scenarios; i++) {
        if (i % shard_n == shard_k - 1) {
            selected[n_sel++] = i;
        }
    }
    char *cases = NULL;
    size_t cases_len = 0;
    FILE *all = open_memstream(&cases, &cases_len);
    int ret = 0, n_pass = 0, n_fail = 0, n_timeout = 0;
    for (int s = 0; s < n_sel; s++) {
        int i = selected[s];
        int fds[2];
        if (pipe(fds) != 0) {
            perror("micropython-sim: pipe");
            return 2;
        }
        fflush(stdout);
        fflush(stderr);
        pid_t pid = fork();
        if (pid < 0) {
            perror("micropython-sim: fork");
            return 2;
        }
        if (pid == 0) {
            close(fds[0]);
            FILE *jf = fdopen(fds[1], "w");
            if (n_sel > 1) {
                const char *base = strrchr(opt_scenarios[i], '/');
                char *label = malloc(strlen(opt_scenarios[i]) + 3);
                sprintf(label, "%s: ", base ? base + 1 : opt_scenarios[i]);
                opt_ci.label = label;
            }
            int code = board_run(scenarios[i], n_sel > 1 ? i + 1 : 0, jf);
            fclose(jf);
            fflush(stdout);
            fflush(stderr);
            _exit(code);
        }
        close(fds[1]);
        char buf[4096];
        ssize_t r;
        size_t before = cases_len;
        fflush(all);
        before = cases_len;
        while ((r = read(fds[0], buf, sizeof(buf))) != 0) {
            if (r < 0) {
                if (errno == EINTR) {
                    continue;
                }
                break;
            }
            fwrite(buf, 1, r, all);
        }
        close(fds[0]);
        int status;
        while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {
        }
        int code;
        if (WIFEXITED(status)) {
            code = WEXITSTATUS(status);
        } else {
            code = 3;
            fprintf(stderr, "micropython-sim: scenario %s: the simulator died (signal %d)\n", opt_scenarios[i], WTERMSIG(status));
        }
        fflush(all);
        if (cases_len == before) {
            // The child wrote no <testcase> (bad board, crash): report it as an error.
            fprintf(all, "    <testcase name=\"");
            sim_xml_escape(all, sim_scenario_name(scenarios[i]));
            fprintf(all, "\" classname=\"micropython-sim\"><failure type=\"error\" message=\"exit code %d\"/></testcase>\n", code);
        }
        if (code == 0) {
            n_pass++;
        } else if (code == opt_ci.timeout_exit_code) {
            n_timeout++;
        } else {
            n_fail++;
        }
        if (code != 0 && ret == 0) {
            ret = code;
        }
    }
    fclose(all);
    if (n_sel > 1 && !opt_ci.quiet) {
        fprintf(stderr, "micropython-sim: %d scenarios: %d passed, %d failed, %d timed out\n", n_sel, n_pass, n_fail, n_timeout);
    }
    if (opt_junit && !sim_junit_write(opt_junit, cases ? cases : "", n_sel, n_sel - n_pass)) {
        fprintf(stderr, "micropython-sim: can't write '%s': %s\n", opt_junit, strerror(errno));
        ret = ret ? ret : 2;
    }
    free(cases);
    return ret;
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
            opt_board = val;
        } else if (strcmp(arg, "--profile") == 0) {
            NEED_VAL();
            opt_profile = val;
            if (strcmp(val, "esp32") != 0 && strcmp(val, "rp2") != 0 && strcmp(val, "rp2040") != 0) {
                fprintf(stderr, "micropython-sim: unknown profile '%s' (esp32 or rp2)\n", val);
                return 2;
            }
        } else if (strcmp(arg, "--fs") == 0) {
            NEED_VAL();
            opt_fs = val;
        } else if (strcmp(arg, "--until") == 0) {
            NEED_VAL();
            if (!parse_time(val, &opt_until)) {
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
            opt_vcd = val;
        } else if (strcmp(arg, "--bus-log") == 0) {
            NEED_VAL();
            opt_buslog = val;
        } else if (strcmp(arg, "--serial-log") == 0 || strcmp(arg, "--serial-log-file") == 0) {
            NEED_VAL();
            opt_serlog = val;
        } else if (strcmp(arg, "--scenario") == 0) {
            NEED_VAL();
            if (n_opt_scenarios == MAX_SCENARIOS) {
                fprintf(stderr, "micropython-sim: more than %d scenarios\n", MAX_SCENARIOS);
                return 2;
            }
            opt_scenarios[n_opt_scenarios++] = val;
        } else if (strcmp(arg, "--timeout") == 0) {
            NEED_VAL();
            if (!parse_ms_or_time(val, &opt_ci.timeout)) {
                fprintf(stderr, "micropython-sim: bad --timeout '%s' (virtual milliseconds)\n", val);
                return 2;
            }
            opt_timeout_given = true;
        } else if (strcmp(arg, "--timeout-exit-code") == 0) {
            NEED_VAL();
            char *end;
            long c = strtol(val, &end, 10);
            if (*end != 0 || end == val || c < 0 || c > 255) {
                fprintf(stderr, "micropython-sim: bad --timeout-exit-code '%s' (0..255)\n", val);
                return 2;
            }
            opt_ci.timeout_exit_code = (int)c;
        } else if (strcmp(arg, "--expect-text") == 0) {
            NEED_VAL();
            opt_ci.expect_text = val;
        } else if (strcmp(arg, "--fail-text") == 0) {
            NEED_VAL();
            opt_ci.fail_text = val;
        } else if (strcmp(arg, "--screenshot-part") == 0) {
            NEED_VAL();
            opt_ci.shot_part = val;
        } else if (strcmp(arg, "--screenshot-time") == 0) {
            NEED_VAL();
            if (!parse_ms_or_time(val, &opt_ci.shot_time)) {
                fprintf(stderr, "micropython-sim: bad --screenshot-time '%s' (virtual milliseconds)\n", val);
                return 2;
            }
        } else if (strcmp(arg, "--screenshot-file") == 0) {
            NEED_VAL();
            opt_ci.shot_file = val;
        } else if (strcmp(arg, "--junit") == 0) {
            NEED_VAL();
            opt_junit = val;
        } else if (strcmp(arg, "--shard") == 0) {
            NEED_VAL();
            char *end;
            shard_k = (int)strtol(val, &end, 10);
            shard_n = *end == '/' ? (int)strtol(end + 1, &end, 10) : 0;
            if (*end != 0 || shard_n < 1 || shard_k < 1 || shard_k > shard_n) {
                fprintf(stderr, "micropython-sim: bad --shard '%s' (K/N with 1 <= K <= N)\n", val);
                return 2;
            }
        } else if (strcmp(arg, "--pty") == 0) {
            opt_pty = true;
        } else if (strcmp(arg, "-q") == 0 || strcmp(arg, "--quiet") == 0) {
            opt_ci.quiet = true;
        } else if (strcmp(arg, "--seed") == 0) {
            NEED_VAL();
            sim_seed = strtoull(val, NULL, 0) * 0x9E3779B97F4A7C15ull + 0x2545F4914F6CDD1Dull;
            if (sim_seed == 0) {
                sim_seed = 1;
            }
        } else if (strcmp(arg, "--cpu-mhz") == 0) {
            NEED_VAL();
            opt_cpu_mhz = atoi(val);
            if (opt_cpu_mhz <= 0 || opt_cpu_mhz > 10000) {
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
    opt_script = a < argc ? argv[a] : NULL;
    opt_script_argc = argc - a;
    opt_script_argv = argv + a;

    // The project folder (as wokwi-cli takes it): a folder given instead of a script, else the
    // current folder. Its wokwi.toml makes diagram.json the board and a .py firmware the script.
    const char *project = ".";
    bool project_given = false;
    struct stat st;
    if (opt_script != NULL && stat(opt_script, &st) == 0 && S_ISDIR(st.st_mode)) {
        project = opt_script;
        project_given = true;
        opt_script = NULL;
        opt_script_argc = 0;
        if (opt_fs == NULL) {
            opt_fs = project;
        }
    }
    char *toml = join_path(project, "wokwi.toml");
    bool have_toml = file_exists(toml);
    if (opt_board == NULL && (have_toml || project_given)) {
        char *diagram = join_path(project, "diagram.json");
        if (file_exists(diagram)) {
            opt_board = diagram;
        }
    }
    if (have_toml && opt_script == NULL) {
        char *fw = toml_wokwi_key(toml, "firmware");
        size_t n = fw ? strlen(fw) : 0;
        if (n > 3 && strcmp(fw + n - 3, ".py") == 0) {
            opt_script = join_path(project, fw);
        }
    }
    opt_board = project_path(project, opt_board);

    // Scenarios are all parsed before any runs: a broken file stops everything at once.
    for (int i = 0; i < n_opt_scenarios; i++) {
        char err[512];
        opt_scenarios[i] = project_path(project, opt_scenarios[i]);
        scenarios[i] = sim_scenario_load(opt_scenarios[i], err, sizeof(err));
        if (scenarios[i] == NULL) {
            fprintf(stderr, "micropython-sim: %s\n", err);
            return 2;
        }
    }
    if (!opt_timeout_given && (n_opt_scenarios > 0 || opt_ci.expect_text)) {
        opt_ci.timeout = 30 * SIM_NS_PER_S;
    }
    if (opt_ci.shot_part && opt_ci.shot_file == NULL) {
        opt_ci.shot_file = "screenshot.png";
    }
    if (n_opt_scenarios > 0) {
        return run_scenarios();
    }
    if (shard_n > 1 && shard_k > 1) {
        return 0;   // a run without scenarios belongs to the first shard
    }
    FILE *jf = NULL;
    char *cases = NULL;
    size_t cases_len = 0;
    if (opt_junit) {
        jf = open_memstream(&cases, &cases_len);
    }
    int ret = board_run(NULL, 0, jf);
    if (jf) {
        fclose(jf);
        if (!sim_junit_write(opt_junit, cases ? cases : "", 1, ret != 0)) {
            fprintf(stderr, "micropython-sim: can't write '%s': %s\n", opt_junit, strerror(errno));
            ret = ret ? ret : 2;
        }
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
