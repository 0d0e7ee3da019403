// tests/fuzz/fuzz_compile.c: libFuzzer target for the front end (lexer, parser, scope analysis,
// compiler: py/lexer.c, py/parse.c, py/scope.c, py/compile.c). Each input is Python source,
// compiled as a module (file input) and, if the first byte is odd, also as single (REPL) input.
// Nothing is executed. Acceptable outcomes: a raw code object, or any Python exception
// (SyntaxError, MemoryError, RuntimeError for too-deep nesting).
#define FUZZ_HEAP_BYTES (4 * 1024 * 1024)
#include "fuzz_common.h"

typedef struct { const char *src; size_t len; mp_parse_input_kind_t kind; } fuzz_compile_arg_t;

static void fuzz_compile_run(void *p) {
    fuzz_compile_arg_t *a = p;
    mp_compile_to_raw_code(a->src, a->len, qstr_from_str("<fuzz>"), a->kind, a->kind == MP_PARSE_SINGLE_INPUT);
}

static void fuzz_body(const uint8_t *data, size_t size) {
    fuzz_compile_arg_t a = { (const char *)data, size, MP_PARSE_FILE_INPUT };
    fuzz_protect(fuzz_compile_run, &a);
    if (size > 0 && (data[0] & 1)) {
        a.kind = MP_PARSE_SINGLE_INPUT;
        fuzz_protect(fuzz_compile_run, &a);
    }
}
