// ports/unix/main.c: the `micropython` command line.
//
//   micropython [options] [-c cmd | -m module | script.py | -] [args]
//
// Exit codes: 0 normal; 1 uncaught exception; 2 bad usage or unreadable script;
// SystemExit(n) gives n & 0xff (SystemExit('msg') prints msg to stderr and gives 1);
// an uncaught KeyboardInterrupt gives 130.
//
// Without a script the REPL runs when stdin is a terminal, or always with -i (so that a client
// driving the binary over pipes, like pyboard.py's `exec:` device, can use the raw REPL);
// otherwise stdin is read and run as a script. The REPL itself is in repl.c.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <errno.h>
#include <signal.h>
#include <sys/mman.h>
#include <sys/resource.h>

#include "py/runtime.h"
#include "py/frozenmod.h"
#include "py/gc.h"
#include "py/mphal.h"
#include "py/bc.h"
#include "py/profile.h"
#include "py/persistentcode.h"
#include "repl.h"
#include "unix_prof.h"
#include "mpthread.h"

#if defined(__SANITIZE_ADDRESS__)
// The GC scans the C stack conservatively: locals must live on the real stack, not in ASan's
// "fake stack" frames used to detect use-after-return.
const char *__asan_default_options(void);
const char *__asan_default_options(void) {
    return "detect_stack_use_after_return=0:detect_leaks=0";
}
#endif

static size_t heap_size = MICROPY_DEFAULT_HEAP_SIZE;
static bool opt_inspect;
static bool compile_only;
static unsigned prof_kinds;        // -X prof=: MP_PROF_* bits
static const char *prof_out;       // -X prof-out=FILE

static void usage(const char *prog) {
    printf(
        "usage: %s [<opts>] [-X <implopt>] [-c <command> | -m <module> | <filename> | -] [args]\n"
        "Options:\n"
        "-h : print this help message\n"
        "-i : enter the REPL after running command/module/file; with no script, run the REPL\n"
        "     even when stdin is not a terminal (pipes: raw REPL for pyboard.py exec:)\n"
        "-v : verbose (trace various operations); repeat (-v -v) to show bytecode\n"
        "-O[N] : apply bytecode optimizations of level N\n"
        "--version : print the version and exit\n"
        "\n"
        "Implementation specific options (-X):\n"
        "  compile-only                 -- parse and compile only\n"
        "  emit=bytecode                -- set the default code emitter (only bytecode here)\n"
        "  heapsize=<n>[w][K|M]         -- set the heap size for the GC (default %uM)\n"
        "  prof=ops|calls|gc|all        -- profile the run (comma list); summary on stderr at exit\n"
        "  prof-out=FILE.json           -- write the profile as JSON, FILE.trace.json, SVGs, FILE.html\n"
        "  prof-period=<n>              -- sample time and stacks every n-th instruction (default 499)\n"
        "\n"
        "Environment variables:\n"
        "  MICROPYPATH     import search path, ':'-separated (default .frozen:~/.micropython/lib:/usr/lib/micropython)\n"
        "  MICROPYINSPECT  when set and not empty, act as if -i was given\n",
        prog, (unsigned)(heap_size / (1024 * 1024)));
}

static void sigint_handler(int sig) {
    (void)sig;
    mp_state.pending_exception = mp_state.keyboard_interrupt_obj;
}

// Results of running code: the process exit code in the low byte, plus these flags.
#define EXEC_RAISED 0x100       // an exception escaped (and was printed)
#define EXEC_SYSTEM_EXIT 0x200  // ... and it was SystemExit: -i does not enter the REPL

// Returns the exit code for an uncaught exception (with EXEC_* flags) after printing it.
// Never raises: printing is protected and the heap is unlocked first (the code that locked it
// has ended).
static int handle_uncaught_exception(mp_obj_t exc) {
    fflush(stdout);
    gc_unlock_all();
    mp_state.dict_globals = mp_state.dict_main;
    mp_state.dict_locals = mp_state.dict_main;
    if (mp_obj_is_subclass(mp_obj_get_type(exc), &mp_type_SystemExit)) {
        mp_obj_t code = mp_obj_exception_get_value(exc);
        int ret = EXEC_RAISED | EXEC_SYSTEM_EXIT;
        if (code == mp_const_none) {
            return ret;
        }
        if (mp_obj_is_int(code)) {
            return ret | (int)(mp_obj_get_int_truncated(code) & 0xff);
        }
        mp_obj_print_protected(&mp_stderr_print, code, PRINT_STR); // as CPython: a failing __str__ leaves just "\n"
        mp_print_str(&mp_stderr_print, "\n");
        return ret | 1;
    }
    mp_obj_print_exception(&mp_stderr_print, exc);
    if (mp_obj_is_subclass(mp_obj_get_type(exc), &mp_type_KeyboardInterrupt)) {
        return EXEC_RAISED | 130;
    }
    return EXEC_RAISED | 1;
}

// Compiles and runs source in __main__; returns an exit code (0 = ok, or from an exception).
static int execute_source(const char *src, size_t len, qstr source_file, mp_parse_input_kind_t kind, bool is_repl) {
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        if (compile_only || mp_state.verbose >= 2) {
            struct _mp_raw_code_t *rc = mp_compile_to_raw_code(src, len, source_file, kind, is_repl);
            if (mp_state.verbose >= 2) {
                mp_bytecode_print(&mp_plat_print, rc);
            }
            if (compile_only) {
                nlr_pop();
                return 0;
            }
        }
        if (is_repl) {
            mp_obj_dict_t *g = mp_state.dict_main;
            struct _mp_raw_code_t *rc = mp_compile_to_raw_code(src, len, source_file, kind, true);
            mp_obj_dict_t *old_g = mp_state.dict_globals, *old_l = mp_state.dict_locals;
            mp_state.dict_globals = g;
            mp_state.dict_locals = g;
            mp_obj_t f = mp_make_function_from_raw_code(rc, MP_OBJ_NULL, MP_OBJ_NULL);
            mp_call_function_0(f);
            mp_state.dict_globals = old_g;
            mp_state.dict_locals = old_l;
        } else {
            mp_parse_compile_execute(src, len, source_file, kind, mp_state.dict_main, mp_state.dict_main);
        }
        mp_handle_pending(true);
        nlr_pop();
        fflush(stdout);
        return 0;
    } else {
        return handle_uncaught_exception(MP_OBJ_FROM_PTR(nlr.ret_val));
    }
}

// Loads and runs a precompiled .mpy file in __main__; returns an exit code.
static int execute_mpy(const char *src, size_t len) {
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        mp_raw_code_t *rc = mp_raw_code_load_mem((const byte *)src, len);
        if (!compile_only) {
            mp_exec_raw_code(rc, mp_state.dict_main);
        } else if (mp_state.verbose >= 2) {
            mp_bytecode_print(&mp_plat_print, rc);
        }
        mp_handle_pending(true);
        nlr_pop();
        fflush(stdout);
        return 0;
    } else {
        return handle_uncaught_exception(MP_OBJ_FROM_PTR(nlr.ret_val));
    }
}

static bool is_mpy_path(const char *path) {
    size_t n = strlen(path);
    return n >= 4 && strcmp(path + n - 4, ".mpy") == 0;
}

// -m name: finds the module along sys.path (dots separate package levels) and runs its file as
// __main__; a package runs its __main__.py. The enclosing package (or the package itself) is
// imported first, as `import` would do.
// The path's kind, looking in the frozen table for ".frozen/..." paths.
static mp_import_stat_t run_module_stat(const char *path) {
    return mp_frozen_path(path) ? mp_frozen_stat(path) : mp_import_stat(path);
}

static int run_module(const char *name) {
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        // sys.argv[0] is the module's name as given (MicroPython; CPython: the file's path)
        size_t argc;
        mp_obj_t *argv;
        mp_obj_list_get(mp_state.sys_argv, &argc, &argv);
        if (argc > 0) {
            argv[0] = mp_obj_new_str(name, strlen(name));
        }
        vstr_t rel;
        vstr_init(&rel, 32);
        vstr_add_str(&rel, name);
        for (size_t i = 0; i < rel.len; i++) {
            if (rel.buf[i] == '.') {
                rel.buf[i] = '/';
            }
        }
        size_t n_path;
        mp_obj_t *paths;
        mp_obj_list_get(mp_state.sys_path, &n_path, &paths);
        vstr_t file;
        vstr_init(&file, 64);
        bool found = false, is_pkg = false;
        for (size_t i = 0; i < n_path && !found; i++) {
            size_t dl;
            const char *d = mp_obj_str_get_data(paths[i], &dl);
            vstr_reset(&file);
            if (dl > 0) {
                vstr_add_strn(&file, d, dl);
                vstr_add_byte(&file, '/');
            }
            vstr_add_strn(&file, rel.buf, rel.len);
            size_t base_len = file.len;
            vstr_add_str(&file, ".py");
            if (run_module_stat(vstr_null_terminated_str(&file)) == MP_IMPORT_STAT_FILE) {
                found = true;
                break;
            }
            file.len = base_len;
            vstr_add_str(&file, ".mpy");
            if (run_module_stat(vstr_null_terminated_str(&file)) == MP_IMPORT_STAT_FILE) {
                found = true;
                break;
            }
            file.len = base_len;
            if (run_module_stat(vstr_null_terminated_str(&file)) == MP_IMPORT_STAT_DIR) {
                vstr_add_str(&file, "/__main__.py");
                if (run_module_stat(vstr_null_terminated_str(&file)) == MP_IMPORT_STAT_FILE) {
                    found = is_pkg = true;
                }
            }
        }
        if (!found) {
            mp_raise_msg_varg(&mp_type_ImportError, "no module named '%s'", name);
        }
        const char *dot = strrchr(name, '.');
        if (is_pkg || dot != NULL) {
            size_t n = is_pkg ? strlen(name) : (size_t)(dot - name);
            mp_import_name(qstr_from_strn(name, n), mp_const_none, MP_OBJ_NEW_SMALL_INT(0));
            // relative imports of the module run as __main__ resolve against its package
            mp_obj_dict_store(MP_OBJ_FROM_PTR(mp_state.dict_main), MP_OBJ_NEW_QSTR(MP_QSTR___package__), mp_obj_new_str(name, n));
        }
        const char *path = vstr_null_terminated_str(&file);
        const mp_frozen_module_t *fm = mp_frozen_path(path) ? mp_frozen_find_file(path) : NULL;
        if (fm != NULL) {
            // a module frozen into the binary runs from its table entry, as __main__
            mp_frozen_exec(fm, path, mp_state.dict_main);
            nlr_pop();
            return 0;
        }
        size_t len;
        char *src = mp_hal_read_file(path, &len);
        if (src == NULL) {
            mp_raise_OSError_with_filename(errno, path);
        }
        mp_obj_t path_obj = mp_obj_new_str(path, strlen(path));
        mp_obj_dict_store(MP_OBJ_FROM_PTR(mp_state.dict_main), MP_OBJ_NEW_QSTR(MP_QSTR___file__), path_obj);
        nlr_pop();
        if (is_mpy_path(path)) {
            return execute_mpy(src, len);
        }
        return execute_source(src, len, qstr_from_str(path), MP_PARSE_FILE_INPUT, false);
    } else {
        return handle_uncaught_exception(MP_OBJ_FROM_PTR(nlr.ret_val));
    }
}

// "-X heapsize=" value: <n>[w][K|M] (w: words, not bytes). 0 when malformed.
// The interpreter's own start-up (builtins, sys, __main__) needs about this much heap.
#define MAIN_MIN_HEAP 8192u

static size_t parse_size(const char *s) {
    char *end;
    double v = strtod(s, &end);
    if (end == s || !(v > 0) || v > 1e15) {
        return 0;
    }
    size_t mult = 1;
    if (*end == 'w') {
        mult = sizeof(mp_uint_t);
        end++;
    }
    if (*end == 'k' || *end == 'K') {
        mult *= 1024;
        end++;
    } else if (*end == 'm' || *end == 'M') {
        mult *= 1024 * 1024;
        end++;
    }
    return *end != 0 ? 0 : (size_t)(v * mult);
}

static void set_sys_path(const char *script_dir, size_t dir_len) {
    mp_obj_t path = mp_state.sys_path;
    mp_obj_list_append(path, mp_obj_new_str(script_dir, dir_len));
    const char *env = getenv("MICROPYPATH");
    if (env == NULL) {
        env = ".frozen:~/.micropython/lib:/usr/lib/micropython";
    }
    const char *home = getenv("HOME");
    while (*env) {
        const char *colon = strchr(env, ':');
        size_t n = colon ? (size_t)(colon - env) : strlen(env);
        if (n > 0 && env[0] == '~' && home != NULL) {
            vstr_t v;
            vstr_init(&v, 64);
            vstr_add_str(&v, home);
            vstr_add_strn(&v, env + 1, n - 1);
            mp_obj_list_append(path, mp_obj_new_str(v.buf, v.len));
        } else {
            mp_obj_list_append(path, mp_obj_new_str(env, n));
        }
        env += n;
        if (*env == ':') {
            env++;
        }
    }
}

static int main_(int argc, char **argv);
static int run_main(int a, int argc, char **argv);

// The GC scans the C stack from its current bottom up to the recorded top: record the top in
// a frame above every frame that holds interpreter objects (main_'s locals included).
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
    // Leave room for the C library, signal handlers and the frames between checks.
    mp_stack_set_limit(stack_bytes > 256 * 1024 ? stack_bytes - 192 * 1024 : stack_bytes / 2);

    // Options that must be known before the heap exists.
    int a = 1;
    for (; a < argc; a++) {
        const char *arg = argv[a];
        if (arg[0] != '-' || strcmp(arg, "-") == 0) {
            break;
        }
        if (strcmp(arg, "-c") == 0 || strcmp(arg, "-m") == 0) {
            break;
        }
        if (strcmp(arg, "-h") == 0 || strcmp(arg, "--help") == 0) {
            usage(argv[0]);
            return 0;
        } else if (strcmp(arg, "--version") == 0) {
            printf(REPL_VERSION_LINE "\n");
            return 0;
        } else if (strcmp(arg, "-i") == 0) {
            opt_inspect = true;
        } else if (strncmp(arg, "-v", 2) == 0) {
            for (const char *p = arg + 1; *p == 'v'; p++) {
                mp_state.verbose++;
            }
        } else if (strncmp(arg, "-O", 2) == 0) {
            // -O<digit> sets the level, -O, -OO, -OOO count the letters (MicroPython's form)
            if (arg[2] >= '0' && arg[2] <= '9') {
                mp_state.opt_level = (uint8_t)(arg[2] - '0');
            } else {
                mp_state.opt_level = 0;
                for (const char *p = arg + 1; *p == 'O'; p++) {
                    mp_state.opt_level++;
                }
            }
        } else if (strcmp(arg, "-X") == 0) {
            if (a + 1 >= argc) {
                usage(argv[0]);
                return 2;
            }
            const char *x = argv[++a];
            if (strncmp(x, "heapsize=", 9) == 0) {
                heap_size = parse_size(x + 9);
                if (heap_size == 0) {
                    fprintf(stderr, "micropython: invalid heap size: %s\n", x + 9);
                    return 2;
                }
                if (heap_size < MAIN_MIN_HEAP) {
                    fprintf(stderr, "micropython: heap size too small: %s (at least %u bytes)\n", x + 9, MAIN_MIN_HEAP);
                    return 2;
                }
            } else if (strncmp(x, "prof=", 5) == 0) {
                prof_kinds = mp_prof_parse_kinds(x + 5);
                if (prof_kinds == 0) {
                    fprintf(stderr, "micropython: -X prof= takes ops, calls, gc or all (a comma list): %s\n", x + 5);
                    return 2;
                }
            } else if (strncmp(x, "prof-out=", 9) == 0 && x[9] != '\0') {
                prof_out = x + 9;
            } else if (strncmp(x, "prof-period=", 12) == 0) {
                long n = atol(x + 12);
                if (n < 2 || n > 1000000000) {
                    fprintf(stderr, "micropython: -X prof-period= takes a number from 2 up: %s\n", x + 12);
                    return 2;
                }
                mp_prof.period = (uint32_t)n;
            } else if (strcmp(x, "compile-only") == 0) {
                compile_only = true;
            } else if (strncmp(x, "emit=", 5) == 0) {
                if (strcmp(x + 5, "bytecode") != 0) {
                    fprintf(stderr, "micropython: emitter '%s' is not supported by this build (only bytecode)\n", x + 5);
                    return 2;
                }
            } else {
                fprintf(stderr, "micropython: unknown -X option: %s (-h lists the options)\n", x);
                return 2;
            }
        } else {
            fprintf(stderr, "micropython: unknown option: %s (-h lists the options)\n", arg);
            return 2;
        }
    }
    // Keep the saved settings across mp_init's reset of mp_state.
    uint8_t verbose = mp_state.verbose, opt_level = mp_state.opt_level;
    char *stack_top = mp_state.stack_top, *stack_limit = mp_state.stack_limit;
    size_t stack_limit_bytes = mp_state.stack_limit_bytes;

    void *heap = mmap(NULL, heap_size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    if (heap == MAP_FAILED) {
        fprintf(stderr, "micropython: can't allocate a heap of %lu bytes\n", (unsigned long)heap_size);
        return 2;
    }
    gc_init(heap, (char *)heap + heap_size);
    mp_state.stack_top = stack_top;
    nlr_buf_t init_nlr;
    if (nlr_push(&init_nlr) == 0) {
        mp_init();
        nlr_pop();
    } else {
        // the interpreter's own start-up state did not fit (a MemoryError before any handler)
        fprintf(stderr, "micropython: heap size too small: %lu bytes cannot hold the interpreter's start-up state\n", (unsigned long)heap_size);
        return 2;
    }
    mp_state.stack_top = stack_top;
    mp_state.stack_limit = stack_limit;
    mp_state.stack_limit_bytes = stack_limit_bytes;
    mp_state.verbose = verbose;
    mp_state.opt_level = opt_level;
    mp_state.compile_only = compile_only;
    mp_thread_init();

    // Without SA_RESTART (signal() would set it): a blocking read/write/open/stat returns EINTR,
    // and MP_UNIX_RETRY_EINTR (unix_io.h) raises the pending KeyboardInterrupt instead of waiting
    // on (a FIFO with no data would otherwise never give Ctrl-C back).
    struct sigaction sa;
    memset(&sa, 0, sizeof(sa));
    sa.sa_handler = sigint_handler;
    sigemptyset(&sa.sa_mask);
    sigaction(SIGINT, &sa, NULL);
    const char *inspect_env = getenv("MICROPYINSPECT");
    if (inspect_env != NULL && inspect_env[0] != '\0') {
        opt_inspect = true;
    }
    signal(SIGPIPE, SIG_IGN);

    unix_prof_init();
    if (prof_out != NULL && prof_kinds == 0) {
        prof_kinds = MP_PROF_ALL;
    }
    if (prof_kinds != 0) {
        mp_prof_start(prof_kinds);
    }
    int ret;
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        ret = run_main(a, argc, argv);
        nlr_pop();
    } else {
        // an exception outside the user's code (setting up sys.argv/sys.path, reading the script)
        ret = handle_uncaught_exception(MP_OBJ_FROM_PTR(nlr.ret_val));
    }
    mp_thread_deinit();   // other threads stay parked: the process ends with the main thread
    fflush(stdout);
    if (prof_kinds != 0 && unix_prof_finish(prof_out) != 0 && (ret & 0xff) == 0) {
        ret = 1;
    }
    mp_deinit();
    return ret & 0xff;
}

// Runs what the command line asks for; returns the exit code with EXEC_* flags.
static int run_main(int a, int argc, char **argv) {
    int ret = 0;
    bool ran_repl = false;
    const char *mode = a < argc ? argv[a] : NULL;
    if (mode != NULL && (strcmp(mode, "-c") == 0 || strcmp(mode, "-m") == 0)) {
        if (a + 1 >= argc) {
            fprintf(stderr, "micropython: argument expected for the %s option\n", mode);
            return 2;
        }
        set_sys_path("", 0);
        const char *arg = argv[a + 1];
        mp_obj_list_append(mp_state.sys_argv, mp_obj_new_str(mode, 2));
        for (int i = a + 2; i < argc; i++) {
            mp_obj_list_append(mp_state.sys_argv, mp_obj_new_str(argv[i], strlen(argv[i])));
        }
        if (mode[1] == 'c') {
            ret = execute_source(arg, strlen(arg), MP_QSTR__lt_stdin_gt_, MP_PARSE_FILE_INPUT, false);
        } else {
            ret = run_module(arg);
        }
    } else if (mode != NULL && strcmp(mode, "-") != 0) {
        const char *path = mode;
        // sys.path[0] is the script's directory made absolute (realpath, as MicroPython and
        // CPython do), so modules imported beside it have absolute __file__ names
        char *real = realpath(path, NULL);
        const char *base = real != NULL ? real : path;
        const char *slash = strrchr(base, '/');
        set_sys_path(base, slash ? (size_t)(slash - base) : 0);
        free(real);
        for (int i = a; i < argc; i++) {
            mp_obj_list_append(mp_state.sys_argv, mp_obj_new_str(argv[i], strlen(argv[i])));
        }
        size_t len;
        char *src = mp_hal_read_file(path, &len);
        if (src == NULL) {
            int err = errno;
            fprintf(stderr, "%s: can't open file '%s': [Errno %d] %s\n", argv[0], path, err, strerror(err));
            return 2;
        }
        mp_obj_dict_store(MP_OBJ_FROM_PTR(mp_state.dict_main), MP_OBJ_NEW_QSTR(MP_QSTR___file__), mp_obj_new_str(path, strlen(path)));
        if (is_mpy_path(path) || mp_raw_code_is_mpy((const byte *)src, len)) {
            ret = execute_mpy(src, len);
        } else {
            ret = execute_source(src, len, qstr_from_str(path), MP_PARSE_FILE_INPUT, false);
        }
    } else {
        set_sys_path("", 0);
        if (mode == NULL) {
            mp_obj_list_append(mp_state.sys_argv, mp_obj_new_str("", 0));
        } else {
            // "-": the program is stdin; sys.argv is ['-', args...] as in CPython
            for (int i = a; i < argc; i++) {
                mp_obj_list_append(mp_state.sys_argv, mp_obj_new_str(argv[i], strlen(argv[i])));
            }
        }
        if (mode == NULL && (isatty(0) || opt_inspect)) {
            ret = repl_run();
            opt_inspect = false;
            ran_repl = true;
        } else {
            // stdin is a pipe or file: run it as a script
            vstr_t src;
            vstr_init(&src, 1024);
            char buf[4096];
            size_t n;
            while ((n = fread(buf, 1, sizeof(buf), stdin)) > 0) {
                vstr_add_strn(&src, buf, n);
            }
            ret = execute_source(src.buf, src.len, MP_QSTR__lt_stdin_gt_, MP_PARSE_FILE_INPUT, false);
        }
    }
    gc_unlock_all();
    // The script may have set MICROPYINSPECT itself (os.putenv), as with PYTHONINSPECT.
    const char *inspect_env = getenv("MICROPYINSPECT");
    if (!ran_repl && inspect_env != NULL && inspect_env[0] != '\0') {
        opt_inspect = true;
    }
    if (opt_inspect && !(ret & EXEC_SYSTEM_EXIT)) {
        ret = repl_run();
    }
    mp_sys_run_atexit();
    if (mp_state.verbose >= 1) {
        // -v: memory statistics at exit, as MicroPython's unix port prints them.
        nlr_buf_t nlr;
        if (nlr_push(&nlr) == 0) {
            mp_obj_t m = mp_import_name(MP_QSTR_micropython, mp_const_none, MP_OBJ_NEW_SMALL_INT(0));
            mp_call_function_0(mp_load_attr(m, MP_QSTR_mem_info));
            nlr_pop();
        }
    }
    return ret;
}
