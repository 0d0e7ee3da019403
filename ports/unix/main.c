// ports/unix/main.c: the `micropython` command line.
//
//   micropython [options] [-c cmd | -m module | script.py | -] [args]
//
// Exit codes: 0 normal; 1 uncaught exception; 2 bad usage or unreadable script;
// SystemExit(n) gives n & 0xff; an uncaught KeyboardInterrupt gives 130.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <errno.h>
#include <signal.h>
#include <sys/mman.h>
#include <sys/resource.h>

#include "py/runtime.h"
#include "py/gc.h"
#include "py/mphal.h"
#include "py/bc.h"

#if defined(__SANITIZE_ADDRESS__)
// The GC scans the C stack conservatively: locals must live on the real stack, not in ASan's
// "fake stack" frames used to detect use-after-return.
const char *__asan_default_options(void);
const char *__asan_default_options(void) {
    return "detect_stack_use_after_return=0:detect_leaks=0";
}
#endif

static size_t heap_size = 64 * 1024 * 1024;
static bool opt_inspect;
static bool compile_only;

static void usage(const char *prog) {
    printf(
        "usage: %s [<opts>] [-X <implopt>] [-c <command> | -m <module> | <filename> | -] [args]\n"
        "Options:\n"
        "-h : print this help message\n"
        "-i : enable inspection via REPL after running command/module/file\n"
        "-v : verbose (trace various operations); repeat (-v -v) to show bytecode\n"
        "-O[N] : apply bytecode optimizations of level N\n"
        "--version : print the version and exit\n"
        "\n"
        "Implementation specific options (-X):\n"
        "  compile-only                 -- parse and compile only\n"
        "  emit=bytecode                -- set the default code emitter (only bytecode here)\n"
        "  heapsize=<n>[w][K|M]         -- set the heap size for the GC (default %uM)\n",
        prog, (unsigned)(heap_size / (1024 * 1024)));
}

static void sigint_handler(int sig) {
    (void)sig;
    mp_state.pending_exception = mp_state.keyboard_interrupt_obj;
}

// Returns the process exit code for an uncaught exception (and prints it).
static int handle_uncaught_exception(mp_obj_t exc) {
    fflush(stdout);
    if (mp_obj_is_subclass(mp_obj_get_type(exc), &mp_type_SystemExit)) {
        mp_obj_t code = mp_obj_exception_get_value(exc);
        if (code == mp_const_none) {
            return 0;
        }
        if (mp_obj_is_int(code)) {
            return (int)(mp_obj_get_int_truncated(code) & 0xff);
        }
        mp_obj_print_helper(&mp_stderr_print, code, PRINT_STR);
        mp_print_str(&mp_stderr_print, "\n");
        return 1;
    }
    mp_obj_print_exception(&mp_stderr_print, exc);
    if (mp_obj_is_subclass(mp_obj_get_type(exc), &mp_type_KeyboardInterrupt)) {
        return 130;
    }
    return 1;
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
        mp_state.dict_globals = mp_state.dict_main;
        mp_state.dict_locals = mp_state.dict_main;
        return handle_uncaught_exception(MP_OBJ_FROM_PTR(nlr.ret_val)) | 0x100;
    }
}

// Decides whether the REPL input so far needs more lines.
static bool repl_needs_continuation(const char *buf, size_t len, bool last_line_empty) {
    int depth = 0;
    char quote = 0;
    bool triple = false;
    for (size_t i = 0; i < len; i++) {
        char c = buf[i];
        if (quote) {
            if (c == '\\') {
                i++;
            } else if (triple && c == quote && i + 2 < len && buf[i + 1] == quote && buf[i + 2] == quote) {
                quote = 0;
                i += 2;
            } else if (!triple && (c == quote || c == '\n')) {
                quote = 0;
            }
            continue;
        }
        if (c == '#') {
            while (i < len && buf[i] != '\n') {
                i++;
            }
        } else if (c == '\'' || c == '"') {
            quote = c;
            triple = i + 2 < len && buf[i + 1] == c && buf[i + 2] == c;
            if (triple) {
                i += 2;
            }
        } else if (c == '(' || c == '[' || c == '{') {
            depth++;
        } else if (c == ')' || c == ']' || c == '}') {
            depth--;
        }
    }
    if ((quote && triple) || depth > 0) {
        return true;
    }
    // A compound statement continues until an empty line.
    size_t e = len;
    while (e > 0 && (buf[e - 1] == '\n' || buf[e - 1] == ' ')) {
        e--;
    }
    if (e > 0 && (buf[e - 1] == ':' || buf[e - 1] == '\\')) {
        return true;
    }
    const char *first_nl = memchr(buf, '\n', len);
    bool multi = first_nl != NULL && (size_t)(first_nl - buf) + 1 < len;
    return multi && !last_line_empty;
}

static int do_repl(void) {
    printf("MicroPython v" MICROPY_VERSION_STRING " on 2026-11-21; linux [GCC " __VERSION__ "] version\n"
        "Use Ctrl-D to exit, Ctrl-E for paste mode\n");
    vstr_t input;
    vstr_init(&input, 128);
    char line[4096];
    for (;;) {
        vstr_reset(&input);
        const char *prompt = ">>> ";
        bool eof = false;
        for (;;) {
            fputs(prompt, stdout);
            fflush(stdout);
            if (fgets(line, sizeof(line), stdin) == NULL) {
                eof = true;
                break;
            }
            size_t ll = strlen(line);
            bool empty = ll == 0 || (ll == 1 && line[0] == '\n');
            vstr_add_strn(&input, line, ll);
            if (!repl_needs_continuation(input.buf, input.len, empty)) {
                break;
            }
            prompt = "... ";
        }
        if (eof && input.len == 0) {
            printf("\n");
            break;
        }
        size_t n = input.len;
        while (n > 0 && (input.buf[n - 1] == '\n' || input.buf[n - 1] == ' ')) {
            n--;
        }
        if (n == 0) {
            continue;
        }
        int r = execute_source(input.buf, input.len, MP_QSTR__lt_stdin_gt_, MP_PARSE_SINGLE_INPUT, true);
        if (r & 0x100) {
            // uncaught exception: printed already; SystemExit leaves the REPL
            mp_obj_t dummy = MP_OBJ_NULL;
            (void)dummy;
        }
        if (eof) {
            break;
        }
    }
    return 0;
}

static size_t parse_size(const char *s) {
    char *end;
    double v = strtod(s, &end);
    size_t mult = 1;
    if (*end == 'w') {
        mult = sizeof(mp_uint_t);
        end++;
    }
    if (*end == 'k' || *end == 'K') {
        mult *= 1024;
    } else if (*end == 'm' || *end == 'M') {
        mult *= 1024 * 1024;
    }
    return (size_t)(v * mult);
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

int main(int argc, char **argv) {
    char stack_top_marker;
    mp_stack_set_top(&stack_top_marker);
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
            printf("MicroPython v" MICROPY_VERSION_STRING " on 2026-11-21; linux [GCC " __VERSION__ "] version\n");
            return 0;
        } else if (strcmp(arg, "-i") == 0) {
            opt_inspect = true;
        } else if (strncmp(arg, "-v", 2) == 0) {
            for (const char *p = arg + 1; *p == 'v'; p++) {
                mp_state.verbose++;
            }
        } else if (strncmp(arg, "-O", 2) == 0) {
            mp_state.opt_level = arg[2] ? (uint8_t)atoi(arg + 2) : 1;
            for (const char *p = arg + 2; *p == 'O'; p++) {
                mp_state.opt_level++;
            }
        } else if (strcmp(arg, "-X") == 0) {
            if (a + 1 >= argc) {
                usage(argv[0]);
                return 2;
            }
            const char *x = argv[++a];
            if (strncmp(x, "heapsize=", 9) == 0) {
                heap_size = parse_size(x + 9);
                if (heap_size < 16 * 1024) {
                    fprintf(stderr, "micropython: heap size too small: %s\n", x + 9);
                    return 2;
                }
            } else if (strcmp(x, "compile-only") == 0) {
                compile_only = true;
            } else if (strncmp(x, "emit=", 5) == 0) {
                if (strcmp(x + 5, "bytecode") != 0) {
                    fprintf(stderr, "micropython: emitter '%s' is not supported by this build (only bytecode)\n", x + 5);
                    return 2;
                }
            } else {
                fprintf(stderr, "micropython: unknown -X option: %s\n", x);
                usage(argv[0]);
                return 2;
            }
        } else {
            fprintf(stderr, "micropython: unknown option: %s\n", arg);
            usage(argv[0]);
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
    mp_init();
    mp_state.stack_top = stack_top;
    mp_state.stack_limit = stack_limit;
    mp_state.stack_limit_bytes = stack_limit_bytes;
    mp_state.verbose = verbose;
    mp_state.opt_level = opt_level;
    mp_state.compile_only = compile_only;

    signal(SIGINT, sigint_handler);
    signal(SIGPIPE, SIG_IGN);

    int ret = 0;
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
            // -m module: run it as __main__ (a package runs its __main__ submodule)
            nlr_buf_t nlr;
            if (nlr_push(&nlr) == 0) {
                mp_obj_t fromlist = mp_obj_new_list(0, NULL);
                mp_obj_list_append(fromlist, MP_OBJ_NEW_QSTR(MP_QSTR__star_));
                (void)fromlist;
                vstr_t code;
                vstr_init(&code, 64);
                vstr_printf(&code, "import sys\n__import__('%s')\n", arg);
                mp_parse_compile_execute(code.buf, code.len, MP_QSTR__lt_stdin_gt_, MP_PARSE_FILE_INPUT, mp_state.dict_main, mp_state.dict_main);
                nlr_pop();
            } else {
                ret = handle_uncaught_exception(MP_OBJ_FROM_PTR(nlr.ret_val)) | 0x100;
            }
        }
    } else if (mode != NULL && strcmp(mode, "-") != 0) {
        const char *path = mode;
        const char *slash = strrchr(path, '/');
        set_sys_path(path, slash ? (size_t)(slash - path) : 0);
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
        ret = execute_source(src, len, qstr_from_str(path), MP_PARSE_FILE_INPUT, false);
    } else {
        set_sys_path("", 0);
        mp_obj_list_append(mp_state.sys_argv, mp_obj_new_str("", 0));
        if (mode == NULL && isatty(0)) {
            ret = do_repl();
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
    if (opt_inspect && isatty(0) && !(ret & 0x100 && (ret & 0xff) == 0)) {
        ret = do_repl();
    }
    fflush(stdout);
    mp_deinit();
    return ret & 0xff;
}
