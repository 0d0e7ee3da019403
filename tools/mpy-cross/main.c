// tools/mpy-cross/main.c: the mpy-cross command line.
//
//   mpy-cross [options] FILE.py | -
//     -o OUT                 output file (default FILE.mpy; stdout's file name "-" is not
//                            special: with `-` as input the default is out.mpy)
//     -s NAME                source name stored in the .mpy (default: the input path)
//     -O<n>                  optimisation level (n >= 1 drops asserts)
//     -v                     verbose: report the output size
//     -X emit=bytecode       the only emitter (others: error)
//     -msmall-int-bits=N     small-int bits of the target (default 31)
//     -march=ARCH            target architecture: only bytecode is produced, a native
//                            architecture is an error
//     --version              print the version and the .mpy version
//
// Exit status: 0 ok, 1 compile error (printed as a traceback), 2 usage error.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

#include "py/runtime.h"
#include "py/gc.h"
#include "py/mphal.h"
#include "py/persistentcode.h"
#include "emitmpy.h"

static const char *const native_archs[] = {
    "x86", "x64", "armv6", "armv6m", "armv7m", "armv7em", "armv7emsp", "armv7emdp", "xtensa",
    "xtensawin", "rv32imc", "rv64imc", "debug", NULL,
};

static int usage(const char *prog) {
    fprintf(stderr,
        "usage: %s [<opts>] [-X <implopt>] <input filename | ->\n"
        "Options:\n"
        "--version : show version information\n"
        "-o : output file for compiled bytecode (defaults to input filename with .mpy extension)\n"
        "-s : source filename to embed in the compiled bytecode (defaults to input file)\n"
        "-v : verbose (report the output size)\n"
        "-O[N] : apply bytecode optimizations of level N\n"
        "\n"
        "Target specific options:\n"
        "-msmall-int-bits=number : set the maximum bits used to encode a small-int\n"
        "-march=<arch> : set architecture for native emitter; only bytecode is supported here\n"
        "\n"
        "Implementation specific options:\n"
        "  emit={bytecode} -- set the default code emitter\n",
        prog);
    return 2;
}

static char *read_all(FILE *f, size_t *len) {
    vstr_t v;
    vstr_init(&v, 4096);
    char buf[4096];
    size_t n;
    while ((n = fread(buf, 1, sizeof(buf), f)) > 0) {
        vstr_add_strn(&v, buf, n);
    }
    *len = v.len;
    return v.buf;
}

static int compile_file(const char *input, const char *output, const char *source_name, const mpy_cross_opts_t *opts, bool verbose) {
    size_t len;
    char *src;
    if (strcmp(input, "-") == 0) {
        src = read_all(stdin, &len);
    } else {
        src = mp_hal_read_file(input, &len);
        if (src == NULL) {
            fprintf(stderr, "mpy-cross: can't open file '%s'\n", input);
            return 1;
        }
    }
    vstr_t out;
    vstr_init(&out, 1024);
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        mpy_cross_compile(src, len, qstr_from_str(source_name), opts, &out);
        nlr_pop();
    } else {
        mp_obj_print_exception(&mp_stderr_print, MP_OBJ_FROM_PTR(nlr.ret_val));
        return 1;
    }
    FILE *f = fopen(output, "wb");
    if (f == NULL || fwrite(out.buf, 1, out.len, f) != out.len || fclose(f) != 0) {
        fprintf(stderr, "mpy-cross: can't write '%s'\n", output);
        return 1;
    }
    if (verbose) {
        fprintf(stderr, "%s: %u bytes\n", output, (unsigned)out.len);
    }
    return 0;
}

int main(int argc, char **argv) {
    mp_stack_set_top(__builtin_frame_address(0));
    mp_stack_set_limit(4 * 1024 * 1024);
    size_t heap_size = 256 * 1024 * 1024;
    void *heap = mmap(NULL, heap_size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    if (heap == MAP_FAILED) {
        fprintf(stderr, "mpy-cross: can't allocate the heap\n");
        return 2;
    }
    gc_init(heap, (char *)heap + heap_size);
    mp_init();
    mp_stack_set_top(__builtin_frame_address(0));
    mp_stack_set_limit(4 * 1024 * 1024);

    mpy_cross_opts_t opts = { 0, 31 };
    const char *input = NULL, *output = NULL, *source_name = NULL;
    bool verbose = false;
    for (int a = 1; a < argc; a++) {
        const char *arg = argv[a];
        if (strcmp(arg, "--version") == 0) {
            printf("MicroPython v" MICROPY_VERSION_STRING " (this project's mpy-cross); mpy-cross emitting mpy v%d.%d\n", MPY_VERSION, MPY_SUB_VERSION);
            return 0;
        } else if (strcmp(arg, "-h") == 0 || strcmp(arg, "--help") == 0) {
            usage(argv[0]);
            return 0;
        } else if (strcmp(arg, "-o") == 0 || strcmp(arg, "-s") == 0) {
            if (a + 1 >= argc) {
                return usage(argv[0]);
            }
            if (arg[1] == 'o') {
                output = argv[++a];
            } else {
                source_name = argv[++a];
            }
        } else if (strcmp(arg, "-v") == 0) {
            verbose = true;
        } else if (strncmp(arg, "-O", 2) == 0) {
            opts.opt_level = arg[2] ? atoi(arg + 2) : 1;
        } else if (strcmp(arg, "-X") == 0) {
            if (a + 1 >= argc) {
                return usage(argv[0]);
            }
            const char *x = argv[++a];
            if (strcmp(x, "emit=bytecode") != 0) {
                fprintf(stderr, "mpy-cross: unsupported -X option '%s' (only emit=bytecode)\n", x);
                return 2;
            }
        } else if (strncmp(arg, "-msmall-int-bits=", 17) == 0) {
            int n = atoi(arg + 17);
            if (n < 8 || n > (int)MPY_SMALL_INT_BITS) {
                fprintf(stderr, "mpy-cross: bad -msmall-int-bits value '%s'\n", arg + 17);
                return 2;
            }
            opts.small_int_bits = n;
        } else if (strncmp(arg, "-march=", 7) == 0) {
            const char *m = arg + 7;
            bool known = strcmp(m, "bytecode") == 0 || strcmp(m, "none") == 0;
            for (size_t i = 0; native_archs[i] != NULL && !known; i++) {
                if (strcmp(m, native_archs[i]) == 0) {
                    fprintf(stderr, "mpy-cross: native code for -march=%s is not supported (this mpy-cross emits bytecode only)\n", m);
                    return 2;
                }
            }
            if (!known) {
                fprintf(stderr, "mpy-cross: invalid arch '%s'\n", m);
                return 2;
            }
        } else if (arg[0] == '-' && arg[1] != '\0') {
            fprintf(stderr, "mpy-cross: unknown option '%s'\n", arg);
            return usage(argv[0]);
        } else if (input == NULL) {
            input = arg;
        } else {
            return usage(argv[0]);
        }
    }
    if (input == NULL) {
        return usage(argv[0]);
    }
    vstr_t out_name;
    vstr_init(&out_name, 64);
    if (output == NULL) {
        if (strcmp(input, "-") == 0) {
            vstr_add_str(&out_name, "out.mpy");
        } else {
            size_t n = strlen(input);
            if (n > 3 && strcmp(input + n - 3, ".py") == 0) {
                n -= 3;
            }
            vstr_add_strn(&out_name, input, n);
            vstr_add_str(&out_name, ".mpy");
        }
        output = vstr_null_terminated_str(&out_name);
    }
    if (source_name == NULL) {
        source_name = strcmp(input, "-") == 0 ? "<stdin>" : input;
    }
    int ret = compile_file(input, output, source_name, &opts, verbose);
    mp_deinit();
    return ret;
}
