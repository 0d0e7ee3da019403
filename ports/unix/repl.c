// ports/unix/repl.c: the interactive prompt of the unix port (see repl.h for the four modes).
//
// Input comes from fd 0 one byte per read(2), never through C stdio's buffer, so that the REPL,
// readline and a running program's input() never steal bytes from each other (stdin is made
// unbuffered while the REPL runs). Output of the REPL itself goes straight to fd 1 after
// flushing stdout, so it interleaves correctly with what programs print.
//
// Terminal handling. readline puts the terminal in its own mode while it reads a line and
// restores the original afterwards. Paste mode and the raw REPL read bytes themselves, so on a
// terminal they switch to "byte mode": no canonical line editing, no echo, no input or output
// translation (the protocol is byte for byte), but ISIG stays on so that a Ctrl-C byte still
// becomes SIGINT and interrupts a running program. The raw REPL writes "\r\n" itself: program
// output is sent through a stream that turns "\n" into "\r\n", as a board's UART does.
//
// Ctrl-C. The SIGINT handler only sets mp_state.pending_exception; the VM raises it. While the
// REPL waits for input the handler is installed without SA_RESTART, so select/read return EINTR
// and the pending KeyboardInterrupt is taken back and treated as a Ctrl-C keypress.
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <errno.h>
#include <signal.h>
#include <unistd.h>
#include <termios.h>
#include <sys/select.h>
#include <sys/ioctl.h>
#include <readline/readline.h>
#include <readline/history.h>

#include "py/runtime.h"
#include "py/mphal.h"
#include "py/gc.h"
#include "py/mpthread.h"
#include "repl.h"

#define CHAR_CTRL_A 0x01
#define CHAR_CTRL_B 0x02
#define CHAR_CTRL_C 0x03
#define CHAR_CTRL_D 0x04
#define CHAR_CTRL_E 0x05
#define CHAR_CTRL_U 0x15
#define CHAR_CTRL_W 0x17

#define HISTORY_MAX 1000
#define RAW_PASTE_WINDOW 128     // flow-control window increment of raw-paste mode, in bytes
#define INDENT_STEP 4

// Outcome of reading one line (or one statement) at the friendly prompt.
typedef enum {
    LINE_OK,        // a line was read
    LINE_EOF,       // Ctrl-D at an empty prompt, or end of input
    LINE_CANCEL,    // Ctrl-C: forget the statement
    LINE_RAW,       // Ctrl-A at an empty primary prompt
    LINE_PASTE,     // Ctrl-E at an empty primary prompt
    LINE_BANNER,    // Ctrl-B at an empty primary prompt
} line_status_t;

static bool use_readline;        // stdin and stdout are terminals
static bool term_is_tty;         // stdin is a terminal (byte mode can be set)
static bool term_saved;
static struct termios term_orig; // the terminal as we found it
// What fd 0's terminal is set to (when it is one).
bool repl_console_crlf;

typedef enum { TERM_ORIGINAL, TERM_BYTES, TERM_BYTES_SIGINT } term_mode_t;
static term_mode_t term_mode;

// ---- output and input ----

static void write_all(const char *s, size_t n) {
    while (n > 0) {
        ssize_t w = write(1, s, n);
        if (w < 0) {
            if (errno == EINTR) {
                continue;
            }
            return;
        }
        s += w;
        n -= (size_t)w;
    }
}

// A board's console (repl_console_crlf) sends every lone "\n" as "\r\n".
static void out_strn(const char *s, size_t n) {
    fflush(stdout);
    if (!repl_console_crlf) {
        write_all(s, n);
        return;
    }
    size_t start = 0;
    for (size_t i = 0; i < n; i++) {
        if (s[i] == '\n' && (i == 0 || s[i - 1] != '\r')) {
            write_all(s + start, i - start);
            write_all("\r\n", 2);
            start = i + 1;
        }
    }
    write_all(s + start, n - start);
}

static void out_str(const char *s) {
    out_strn(s, strlen(s));
}

// Takes back a KeyboardInterrupt raised by SIGINT while no code was running.
static bool take_sigint(void) {
    if (mp_state.pending_exception != MP_OBJ_NULL && mp_state.pending_exception == mp_state.keyboard_interrupt_obj) {
        mp_state.pending_exception = MP_OBJ_NULL;
        return true;
    }
    return false;
}

// Next byte of fd 0, CHAR_CTRL_C for a SIGINT, -1 at end of input.
static int in_byte(void) {
    for (;;) {
        unsigned char c;
        MP_THREAD_GIL_EXIT();
        ssize_t r = read(0, &c, 1);
        MP_THREAD_GIL_ENTER();
        if (r == 1) {
            return c;
        }
        if (r < 0 && errno == EINTR) {
            if (take_sigint()) {
                return CHAR_CTRL_C;
            }
            continue;
        }
        return -1;
    }
}

// ---- signals and terminal modes ----

static void sigint_handler(int sig) {
    (void)sig;
    mp_state.pending_exception = mp_state.keyboard_interrupt_obj;
}

// restart: true while code runs (blocking calls of the program resume), false while we wait.
static void sigint_install(bool restart) {
    struct sigaction sa;
    memset(&sa, 0, sizeof(sa));
    sa.sa_handler = sigint_handler;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = restart ? SA_RESTART : 0;
    sigaction(SIGINT, &sa, NULL);
}

// Byte mode: every byte arrives as sent, in order (Ctrl-C too: no signal while we read it).
// With sigint (while code runs), a Ctrl-C byte becomes SIGINT, without flushing what is queued.
static void term_set(term_mode_t mode) {
    if (!term_is_tty || !term_saved || term_mode == mode) {
        return;
    }
    struct termios t = term_orig;
    if (mode != TERM_ORIGINAL) {
        t.c_iflag &= ~(tcflag_t)(IGNBRK | BRKINT | PARMRK | ISTRIP | INLCR | IGNCR | ICRNL | IXON | IXOFF);
        t.c_oflag &= ~(tcflag_t)OPOST;
        t.c_lflag &= ~(tcflag_t)(ICANON | ECHO | ECHONL | IEXTEN | ISIG);
        t.c_lflag |= NOFLSH;
        if (mode == TERM_BYTES_SIGINT) {
            t.c_lflag |= ISIG;
        }
        t.c_cc[VINTR] = CHAR_CTRL_C;
        t.c_cc[VQUIT] = _POSIX_VDISABLE;
        t.c_cc[VSUSP] = _POSIX_VDISABLE;
        t.c_cc[VMIN] = 1;
        t.c_cc[VTIME] = 0;
    }
    if (tcsetattr(0, TCSANOW, &t) == 0) {
        term_mode = mode;
    }
}

static void term_byte_mode(void) {
    term_set(TERM_BYTES);
}

static void term_restore(void) {
    term_set(TERM_ORIGINAL);
}

// ---- the raw REPL's output stream: "\n" becomes "\r\n" ----

static ssize_t crlf_write(void *cookie, const char *buf, size_t n) {
    (void)cookie;
    size_t start = 0;
    for (size_t i = 0; i < n; i++) {
        if (buf[i] == '\n') {
            write_all(buf + start, i - start);
            write_all("\r\n", 2);
            start = i + 1;
        }
    }
    write_all(buf + start, n - start);
    return (ssize_t)n;
}

static FILE *crlf_stream;
static FILE *saved_stdout, *saved_stderr;

// While redirected, stdout and stderr (C stdio, used by print and by the HAL) both go to fd 1
// through crlf_write: a board has one serial line for both.
static void crlf_redirect(bool on) {
    if (on) {
        if (crlf_stream == NULL) {
            cookie_io_functions_t fns = {NULL, crlf_write, NULL, NULL};
            crlf_stream = fopencookie(NULL, "w", fns);
            if (crlf_stream == NULL) {
                return;
            }
            setvbuf(crlf_stream, NULL, _IOLBF, 512);
        }
        fflush(stdout);
        fflush(stderr);
        saved_stdout = stdout;
        saved_stderr = stderr;
        stdout = crlf_stream;
        stderr = crlf_stream;
    } else if (saved_stdout != NULL) {
        fflush(crlf_stream);
        stdout = saved_stdout;
        stderr = saved_stderr;
        saved_stdout = saved_stderr = NULL;
    }
}

// A board's console: C stdio output turns "\n" into "\r\n" for the whole run (ports/sim --pty),
// so the friendly REPL and the firmware's prints do not stair-step on a raw terminal.
void repl_console_crlf_begin(void) {
    repl_console_crlf = true;
    crlf_redirect(true);
    if (crlf_stream != NULL) {
        setvbuf(crlf_stream, NULL, _IONBF, 0); // nothing written yet; a prompt without "\n" shows at once
    }
    saved_stdout = saved_stderr = NULL; // permanent: a raw REPL's redirect nests inside it
}

// ---- running code ----

static bool is_system_exit(mp_obj_t exc) {
    return mp_obj_is_subclass(mp_obj_get_type(exc), &mp_type_SystemExit);
}

// Process exit code for SystemExit(exc.value), printing a non-int value to stderr.
static int system_exit_code(mp_obj_t exc) {
    mp_obj_t code = mp_obj_exception_get_value(exc);
    if (code == mp_const_none) {
        return 0;
    }
    if (mp_obj_is_int(code)) {
        return (int)(mp_obj_get_int_truncated(code) & 0xff);
    }
    mp_obj_print_protected(&mp_stderr_print, code, PRINT_STR); // as CPython: a failing __str__ leaves just "\n"
    mp_print_str(&mp_stderr_print, "\n");
    return 1;
}

// Compiles and runs src in __main__. single: one interactive statement (expression values are
// printed and kept in `_`), else a whole file. Returns the uncaught exception or MP_OBJ_NULL.
static mp_obj_t repl_exec(const char *src, size_t len, bool single) {
    mp_obj_t exc = MP_OBJ_NULL;
    mp_state.repl_last_value = MP_OBJ_NULL;
    sigint_install(true);
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        mp_state.dict_globals = mp_state.dict_main;
        mp_state.dict_locals = mp_state.dict_main;
        if (single) {
            struct _mp_raw_code_t *rc = mp_compile_to_raw_code(src, len, MP_QSTR__lt_stdin_gt_, MP_PARSE_SINGLE_INPUT, true);
            mp_call_function_0(mp_make_function_from_raw_code(rc, MP_OBJ_NULL, MP_OBJ_NULL));
            if (mp_state.repl_last_value != MP_OBJ_NULL) {
                mp_obj_dict_store(MP_OBJ_FROM_PTR(mp_state.dict_main), MP_OBJ_NEW_QSTR(MP_QSTR__), mp_state.repl_last_value);
            }
        } else {
            mp_parse_compile_execute(src, len, MP_QSTR__lt_stdin_gt_, MP_PARSE_FILE_INPUT, mp_state.dict_main, mp_state.dict_main);
        }
        mp_handle_pending(true);
        nlr_pop();
    } else {
        exc = MP_OBJ_FROM_PTR(nlr.ret_val);
    }
    // A heap the statement left locked would make every later prompt fail: unlock it.
    gc_unlock_all();
    mp_state.repl_last_value = MP_OBJ_NULL;
    mp_state.dict_globals = mp_state.dict_main;
    mp_state.dict_locals = mp_state.dict_main;
    fflush(stdout);
    clearerr(stdin);
    sigint_install(false);
    return exc;
}

// Friendly REPL and paste mode: tracebacks go to stdout, as MicroPython's REPL prints them.
// Returns -1, or the process exit code when the code raised SystemExit.
static int friendly_exec(const char *src, size_t len, bool single) {
    mp_obj_t exc = repl_exec(src, len, single);
    if (exc == MP_OBJ_NULL) {
        return -1;
    }
    if (is_system_exit(exc)) {
        return system_exit_code(exc);
    }
    mp_obj_print_exception(&mp_plat_print, exc);
    return -1;
}

// Raw REPL: ack ("OK", or \x04 in raw-paste), output, \x04, the traceback if any, \x04 -- all
// on fd 1 with "\r\n" line ends. SystemExit ends the program quietly (the REPL goes on).
static void raw_exec(const char *src, size_t len, const char *ack) {
    term_set(TERM_BYTES_SIGINT); // before the ack: a client may send Ctrl-C as soon as it sees it
    out_str(ack);
    crlf_redirect(true);
    mp_obj_t exc = repl_exec(src, len, false);
    term_set(TERM_BYTES);
    out_str("\x04");
    if (exc != MP_OBJ_NULL && !is_system_exit(exc)) {
        mp_obj_print_exception(&mp_plat_print, exc);
    }
    out_str("\x04");
    crlf_redirect(false);
}

void (*repl_soft_reset_hook)(void);

// A soft reset forgets __main__'s names and the imported modules.
// What a soft reset restores, taken when the REPL starts: sys.path and sys.argv (as C strings,
// outside the GC heap) and the -O level of the command line.
static char **reset_path, **reset_argv;
static size_t reset_path_n, reset_argv_n;
static uint8_t reset_opt_level;

static char **strings_save(mp_obj_t list, size_t *n_out) {
    size_t n;
    mp_obj_t *items;
    mp_obj_list_get(list, &n, &items);
    char **v = malloc((n ? n : 1) * sizeof(char *));
    size_t k = 0;
    for (size_t i = 0; v != NULL && i < n; i++) {
        if (mp_obj_is_str(items[i])) {
            size_t len;
            const char *str = mp_obj_str_get_data(items[i], &len);
            char *c = malloc(len + 1);
            if (c != NULL) {
                memcpy(c, str, len);
                c[len] = '\0';
                v[k++] = c;
            }
        }
    }
    *n_out = k;
    return v;
}

static void strings_restore(mp_obj_t list, char **v, size_t n) {
    mp_obj_list_t *l = MP_OBJ_TO_PTR(list);
    l->len = 0;
    for (size_t i = 0; i < n; i++) {
        mp_obj_list_append(list, mp_obj_new_str(v[i], strlen(v[i])));
    }
}

static void soft_reset_save(void) {
    reset_path = strings_save(mp_state.sys_path, &reset_path_n);
    reset_argv = strings_save(mp_state.sys_argv, &reset_argv_n);
    reset_opt_level = mp_state.opt_level;
}

// The builtins namespace as at start-up: names a program added are dropped, replaced ones
// (builtins.__import__ = f) restored from the ROM table, __debug__ set for the -O level. The
// dict is changed in place: the VM's built-in caches check the key at their slot on each use.
static void soft_reset_builtins(void) {
    mp_obj_t b = MP_OBJ_FROM_PTR(mp_state.dict_builtins);
    mp_map_t *rom = (mp_map_t *)&mp_builtins_dict.map;
    mp_obj_t extra = mp_obj_new_list(0, NULL);
    size_t cur = 0;
    mp_map_elem_t *e;
    while ((e = mp_map_iter_next(mp_obj_dict_get_map(b), &cur)) != NULL) {
        if (e->key != MP_OBJ_NEW_QSTR(MP_QSTR___debug__) && mp_map_lookup(rom, e->key, MP_MAP_LOOKUP) == NULL) {
            mp_obj_list_append(extra, e->key);
        }
    }
    size_t n;
    mp_obj_t *keys;
    mp_obj_list_get(extra, &n, &keys);
    for (size_t i = 0; i < n; i++) {
        mp_map_lookup(mp_obj_dict_get_map(b), keys[i], MP_MAP_LOOKUP_REMOVE_IF_FOUND);
    }
    for (size_t i = 0; i < rom->used; i++) {
        mp_map_elem_t *r = mp_map_lookup(mp_obj_dict_get_map(b), rom->table[i].key, MP_MAP_LOOKUP);
        if (r == NULL || r->value != rom->table[i].value) {
            mp_obj_dict_store(b, rom->table[i].key, rom->table[i].value);
        }
    }
    mp_obj_dict_store(b, MP_OBJ_NEW_QSTR(MP_QSTR___debug__), mp_obj_new_bool(mp_state.opt_level == 0));
}

// Ctrl-D at an empty raw REPL prompt: a fresh interpreter state as far as programs can see it
// (MicroPython re-initialises the VM): no globals, no loaded modules, fresh built-in module
// objects (a new sys: default ps1/ps2, tracebacklimit), the builtins as at start-up,
// sys.path, sys.argv and the
// optimisation level as the REPL started, no sys.atexit function or atexit registrations, no
// scheduled callbacks.
static void soft_reset(void) {
    mp_map_clear(&mp_state.dict_main->map);
    mp_obj_dict_store(MP_OBJ_FROM_PTR(mp_state.dict_main), MP_OBJ_NEW_QSTR(MP_QSTR___name__), MP_OBJ_NEW_QSTR(MP_QSTR___main__));
    mp_map_clear(mp_obj_dict_get_map(mp_state.loaded_modules));
    mp_register_main_module();
    mp_state.dict_globals = mp_state.dict_main;
    mp_state.dict_locals = mp_state.dict_main;
    mp_state.user_roots[MP_ROOT_BUILTIN_MODULES] = MP_OBJ_NULL;
    mp_state.user_roots[0] = MP_OBJ_NULL;          // the sys module
    mp_state.user_roots[MP_ROOT_SYS_ATEXIT] = MP_OBJ_NULL;
    mp_state.user_roots[MP_ROOT_ATEXIT] = MP_OBJ_NULL;
    mp_state.schedule_queue = MP_OBJ_NULL;
    if (reset_path != NULL) {
        strings_restore(mp_state.sys_path, reset_path, reset_path_n);
    }
    if (reset_argv != NULL) {
        strings_restore(mp_state.sys_argv, reset_argv, reset_argv_n);
    }
    mp_state.opt_level = reset_opt_level;
    soft_reset_builtins();
    gc_collect();
}

// ---- when is a statement complete? ----

static bool is_blank(const char *s, size_t n) {
    for (size_t i = 0; i < n; i++) {
        if (s[i] != ' ' && s[i] != '\t' && s[i] != '\r' && s[i] != '\n') {
            return false;
        }
    }
    return true;
}

// The last character of src that is code (not a comment, not white space); 0 if none.
// Also reports open brackets and an unterminated triple-quoted string.
// *lines counts the logical lines ended so far: newlines outside brackets and strings that do
// not follow a backslash continuation.
static char scan_code_lines(const char *src, size_t len, int *depth, bool *in_triple, int *lines) {
    char last = 0;
    char quote = 0;
    bool triple = false;
    *depth = 0;
    *lines = 0;
    for (size_t i = 0; i < len; i++) {
        char c = src[i];
        if (c == '\n' && !quote && *depth <= 0 && last != '\\') {
            (*lines)++;
        }
        if (quote) {
            if (c == '\\') {
                i++;
            } else if (triple && c == quote && i + 2 < len && src[i + 1] == quote && src[i + 2] == quote) {
                quote = 0;
                i += 2;
                last = c;
            } else if (!triple && c == quote) {
                quote = 0;
                last = c;
            } else if (!triple && c == '\n') {
                quote = 0; // unterminated: the compiler will say so
            }
            continue;
        }
        if (c == '#') {
            while (i + 1 < len && src[i + 1] != '\n') {
                i++;
            }
        } else if (c == '\'' || c == '"') {
            quote = c;
            triple = i + 2 < len && src[i + 1] == c && src[i + 2] == c;
            if (triple) {
                i += 2;
            }
        } else if (c == '(' || c == '[' || c == '{') {
            (*depth)++;
            last = c;
        } else if (c == ')' || c == ']' || c == '}') {
            (*depth)--;
            last = c;
        } else if (c != ' ' && c != '\t' && c != '\r' && c != '\n') {
            last = c;
        }
    }
    *in_triple = quote != 0 && triple;
    return last;
}

static char scan_code(const char *src, size_t len, int *depth, bool *in_triple) {
    int lines;
    return scan_code_lines(src, len, depth, in_triple, &lines);
}

// src: the statement so far, complete lines each ending in '\n'. A single line needs more when
// it opens a block (ends in ':'), is a decorator, or leaves a bracket, a triple-quoted string or
// a backslash continuation open; a compound statement ends at the first empty line.
static bool statement_needs_more(const char *src, size_t len, bool last_line_blank) {
    int depth, lines;
    bool in_triple;
    char last = scan_code_lines(src, len, &depth, &in_triple, &lines);
    if (in_triple || depth > 0 || last == '\\') {
        return true;
    }
    // one logical line, possibly over several physical ones (brackets, backslashes, strings):
    // a simple statement runs as soon as it is complete
    bool one_line = lines <= 1;
    if (one_line) {
        size_t i = 0;
        while (i < len && (src[i] == ' ' || src[i] == '\t')) {
            i++;
        }
        if (last == ':' || (i < len && src[i] == '@')) {
            return true;
        }
        // A one-line compound statement ("for i in x: f(i)") waits for a blank line too, as
        // MicroPython's REPL does, so that more of its body can follow.
        static const char *const compound[] = {"if", "while", "for", "try", "with", "def", "class", "async"};
        size_t w = i;
        while (w < len && (unichar_isalpha((byte)src[w]) || unichar_isdigit((byte)src[w]) || src[w] == '_')) {   // a whole word: `if1 = 2` is no `if`
            w++;
        }
        for (size_t k = 0; k < MP_ARRAY_SIZE(compound); k++) {
            if (w - i == strlen(compound[k]) && memcmp(src + i, compound[k], w - i) == 0) {
                return true;
            }
        }
        return false;
    }
    return !last_line_blank;
}

// MicroPython's auto-indent for the line after src (the statement so far, complete lines each
// ending in '\n'): the previous line's indentation in whole steps, one step more after a ':';
// none when the previous two lines are both all spaces, so that RETURN pressed on auto-indented
// lines twice and then on an empty line ends a block (docs: "Auto-indent won't be applied if
// the previous two lines were all spaces").
static int next_indent(const char *src, size_t len) {
    if (len == 0) {
        return 0;
    }
    size_t end = len - 1;            // the previous line is src[start:end]
    size_t start = end;
    while (start > 0 && src[start - 1] != '\n') {
        start--;
    }
    size_t sp = start;
    while (sp < end && src[sp] == ' ') {
        sp++;
    }
    if (sp == end && start > 0) {
        // the previous line is all spaces: look at the one before it
        size_t k = start - 1;        // its '\n'
        while (k > 0 && src[k - 1] == ' ') {
            k--;
        }
        if (k == 0 || src[k - 1] == '\n') {
            return 0;
        }
    }
    int n = (int)(sp - start) / INDENT_STEP * INDENT_STEP;
    int depth;
    bool in_triple;
    if (scan_code(src + start, end - start, &depth, &in_triple) == ':') {
        n += INDENT_STEP;
    }
    return n;
}

// ---- readline: history, completion, auto-indent, mode keys ----

static char *history_path;       // malloc'd; NULL without $HOME
static int history_added;        // lines added in this session

static int rl_pending_indent;    // spaces pre-inserted on the next line
static bool rl_at_primary;       // prompt is ">>> ": Ctrl-A/B/E switch modes on an empty line
static line_status_t rl_special; // set by a mode key
static char *rl_result;          // the line read (malloc'd by readline), or NULL at EOF
static bool rl_have_result;

static int rl_auto_indent;       // spaces the line got from auto-indent (0: none, or typed over)

// Auto-indent, unless more input is already waiting: then the line is part of a paste (or
// typed ahead) and brings its own indentation.
static int startup_hook(void) {
    rl_auto_indent = 0;
    int waiting = 0;
    if (ioctl(0, FIONREAD, &waiting) == 0 && waiting > 0) {
        return 0;
    }
    if (rl_pending_indent > 0) {
        rl_auto_indent = rl_pending_indent;
        char spaces[256];
        int n = rl_pending_indent < (int)sizeof(spaces) - 1 ? rl_pending_indent : (int)sizeof(spaces) - 1;
        memset(spaces, ' ', (size_t)n);
        spaces[n] = '\0';
        rl_insert_text(spaces);
    }
    return 0;
}

// Ends readline's line with a mode request when typed on an empty primary prompt; otherwise
// the key keeps its usual editing meaning.
static int mode_key(line_status_t mode, rl_command_func_t *usual, int count, int key) {
    if (rl_at_primary && rl_end == 0) {
        rl_special = mode;
        rl_done = 1;
        return 0;
    }
    return usual(count, key);
}

// Ctrl-C (a SIGINT taken as a key by repl_rl_getc, or the byte itself): forget the line.
static int key_ctrl_c(int count, int key) {
    (void)count;
    (void)key;
    rl_special = LINE_CANCEL;
    rl_done = 1;
    return 0;
}

// readline's input: waits for a byte of fd 0 with SIGINT blocked except inside pselect (so one
// that comes between the look at the flag and the wait ends the wait), then reads it with
// SIGINT open (so a SIGINT whose line discipline flushed the byte away interrupts the read).
// A SIGINT becomes the Ctrl-C key, wherever readline was.
static int repl_rl_getc(FILE *f) {
    (void)f;
    sigset_t block, waitmask;
    sigemptyset(&block);
    sigaddset(&block, SIGINT);
    for (;;) {
        sigprocmask(SIG_BLOCK, &block, &waitmask);
        sigdelset(&waitmask, SIGINT);
        if (take_sigint()) {
            sigprocmask(SIG_UNBLOCK, &block, NULL);
            // what was typed before the Ctrl-C goes, as a terminal's own flush would do it
            // (the terminal keeps it under NOFLSH: see read_line_readline)
            if (term_is_tty) {
                tcflush(0, TCIFLUSH);
            }
            return CHAR_CTRL_C;
        }
        fd_set fds;
        FD_ZERO(&fds);
        FD_SET(0, &fds);
        int r;
        {
            MP_THREAD_GIL_EXIT();
            r = pselect(1, &fds, NULL, NULL, NULL, &waitmask);
            MP_THREAD_GIL_ENTER();
        }
        sigprocmask(SIG_UNBLOCK, &block, NULL);
        if (r < 0) {
            if (errno == EINTR) {
                continue;
            }
            return EOF;
        }
        unsigned char c;
        ssize_t n;
        {
            MP_THREAD_GIL_EXIT();
            n = read(0, &c, 1);
            MP_THREAD_GIL_ENTER();
        }
        if (n == 1) {
            return c;
        }
        if (n < 0 && errno == EINTR) {
            continue;
        }
        return EOF;
    }
}

static int key_ctrl_a(int count, int key) {
    return mode_key(LINE_RAW, rl_beg_of_line, count, key);
}

static int key_ctrl_b(int count, int key) {
    return mode_key(LINE_BANNER, rl_backward_char, count, key);
}

static int key_ctrl_e(int count, int key) {
    return mode_key(LINE_PASTE, rl_end_of_line, count, key);
}

static bool only_spaces_before_point(void) {
    for (int i = 0; i < rl_point; i++) {
        if (rl_line_buffer[i] != ' ') {
            return false;
        }
    }
    return true;
}

// TAB in the indentation indents to the next step; elsewhere it completes.
// A space typed first on an auto-indented line replaces the auto-indent: the user indents
// the line themselves (and a paste that slipped past startup_hook keeps its own indentation).
static int key_space(int count, int key) {
    if (rl_auto_indent > 0 && rl_end == rl_auto_indent && rl_point == rl_end) {
        rl_delete_text(0, rl_end);
        rl_point = 0;
    }
    rl_auto_indent = 0;
    return rl_insert(count, key);
}

static int key_tab(int count, int key) {
    if (only_spaces_before_point()) {
        int n = INDENT_STEP - rl_point % INDENT_STEP;
        rl_insert_text(&"    "[INDENT_STEP - n]);
        return 0;
    }
    // readline lists the candidates on a second TAB only when its last command was
    // rl_complete itself; here the last command is this wrapper.
    if (rl_last_func == key_tab) {
        rl_last_func = rl_complete;
    }
    return rl_complete(count, key);
}

// Backspace in the indentation removes one indentation step.
static int key_backspace(int count, int key) {
    if (rl_point > 0 && only_spaces_before_point()) {
        int n = rl_point % INDENT_STEP;
        if (n == 0) {
            n = INDENT_STEP;
        }
        rl_delete_text(rl_point - n, rl_point);
        rl_point -= n;
        return 0;
    }
    return rl_rubout(count, key);
}

// Completion candidates: full replacement strings for the word being completed.
static char **compl_items;
static size_t compl_len, compl_alloc, compl_next;

static void compl_reset(void) {
    for (size_t i = 0; i < compl_len; i++) {
        free(compl_items[i]);
    }
    compl_len = compl_next = 0;
}

static void compl_add(const char *head, size_t head_len, const char *name, size_t name_len) {
    if (compl_len == compl_alloc) {
        size_t n = compl_alloc ? compl_alloc * 2 : 32;
        char **p = realloc(compl_items, n * sizeof(char *));
        if (p == NULL) {
            return;
        }
        compl_items = p;
        compl_alloc = n;
    }
    char *s = malloc(head_len + name_len + 1);
    if (s == NULL) {
        return;
    }
    memcpy(s, head, head_len);
    memcpy(s + head_len, name, name_len);
    s[head_len + name_len] = '\0';
    compl_items[compl_len++] = s;
}

// Adds the keys of map that start with prefix (names with a leading '_' only when asked).
static void compl_from_map(const mp_map_t *map, const char *head, size_t head_len, const char *prefix, size_t prefix_len) {
    size_t cur = 0;
    mp_map_elem_t *e;
    while ((e = mp_map_iter_next(map, &cur)) != NULL) {
        if (!mp_obj_is_str(e->key)) {
            continue;
        }
        size_t n;
        const char *name = mp_obj_str_get_data(e->key, &n);
        if (n >= prefix_len && memcmp(name, prefix, prefix_len) == 0 && (prefix_len > 0 || name[0] != '_')) {
            compl_add(head, head_len, name, n);
        }
    }
}

static bool is_ident(const char *s, size_t n) {
    if (n == 0) {
        return false;
    }
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (!(c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c >= 0x80)) {
            return false;
        }
    }
    return true;
}

// Collects candidates for text: a global or builtin name, or "a.b.pre" -> the attributes of a.b.
static void compl_collect(const char *text) {
    compl_reset();
    const char *dot = strrchr(text, '.');
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        if (dot == NULL) {
            size_t n = strlen(text);
            compl_from_map(&mp_state.dict_main->map, "", 0, text, n);
            compl_from_map(&mp_state.dict_builtins->map, "", 0, text, n);
            static const char *const keywords[] = {
                "False", "None", "True", "and", "as", "assert", "async", "await", "break",
                "class", "continue", "def", "del", "elif", "else", "except", "finally", "for",
                "from", "global", "if", "import", "in", "is", "lambda", "nonlocal", "not", "or",
                "pass", "raise", "return", "try", "while", "with", "yield",
            };
            for (size_t k = 0; n > 0 && k < MP_ARRAY_SIZE(keywords); k++) {
                if (strncmp(keywords[k], text, n) == 0) {
                    compl_add("", 0, keywords[k], strlen(keywords[k]));
                }
            }
        } else {
            mp_obj_t obj = MP_OBJ_NULL;
            const char *p = text;
            while (p <= dot) {
                const char *q = memchr(p, '.', (size_t)(dot - p) + 1);
                size_t n = (size_t)(q - p);
                qstr qst = is_ident(p, n) ? qstr_find_strn(p, n) : MP_QSTRnull;
                if (qst == MP_QSTRnull) {
                    obj = MP_OBJ_NULL;
                    break;
                }
                if (obj == MP_OBJ_NULL) {
                    mp_map_elem_t *e = mp_map_lookup(&mp_state.dict_main->map, MP_OBJ_NEW_QSTR(qst), MP_MAP_LOOKUP);
                    obj = e != NULL ? e->value : mp_builtins_lookup(qst);
                    if (obj == MP_OBJ_NULL) {
                        break;
                    }
                } else {
                    obj = mp_load_attr(obj, qst);
                }
                p = q + 1;
            }
            if (obj != MP_OBJ_NULL) {
                const char *prefix = dot + 1;
                size_t prefix_len = strlen(prefix), head_len = (size_t)(prefix - text);
                if (mp_obj_is_type(obj, &mp_type_module)) {
                    compl_from_map(&mp_obj_module_get_globals(obj)->map, text, head_len, prefix, prefix_len);
                } else {
                    mp_obj_t names = mp_call_function_1(mp_load_global(MP_QSTR_dir), obj);
                    size_t len;
                    mp_obj_t *items;
                    mp_obj_list_get(names, &len, &items);
                    for (size_t i = 0; i < len; i++) {
                        size_t n;
                        const char *name = mp_obj_str_get_data(items[i], &n);
                        if (n >= prefix_len && memcmp(name, prefix, prefix_len) == 0 && (prefix_len > 0 || name[0] != '_')) {
                            compl_add(text, head_len, name, n);
                        }
                    }
                }
            }
        }
        nlr_pop();
    }
    // an exception (a failing property, MemoryError) just means fewer candidates
}

static char *compl_generator(const char *text, int state) {
    if (state == 0) {
        compl_collect(text);
    }
    if (compl_next < compl_len) {
        char *s = compl_items[compl_next];
        compl_items[compl_next++] = NULL;
        return s; // readline frees it
    }
    compl_reset();
    return NULL;
}

static char **attempt_completion(const char *text, int start, int end) {
    (void)start;
    (void)end;
    rl_attempted_completion_over = 1; // never fall back to file names
    rl_completion_append_character = '\0';
    char **matches = rl_completion_matches(text, compl_generator);
    // MicroPython completes a line's first word to "import " with the space
    if (matches != NULL && matches[1] == NULL && strcmp(matches[0], "import") == 0) {
        bool first_word = true;
        for (int i = 0; i < start; i++) {
            first_word &= rl_line_buffer[i] == ' ';
        }
        if (first_word) {
            rl_completion_append_character = ' ';
        }
    }
    return matches;
}

static char word_breaks[] = " \t\n\"\\'`@$><=;|&{([,)]}+-*/%^~!:";

static void line_handler(char *line) {
    rl_result = line;
    rl_have_result = true;
    rl_callback_handler_remove();
}

static void readline_setup(void) {
    rl_readline_name = "micropython";
    rl_catch_signals = 0;
    rl_initialize(); // reads ~/.inputrc first, so that our bindings win
    rl_variable_bind("enable-bracketed-paste", "off");
    rl_variable_bind("bell-style", "none"); // no BEL on an ambiguous or failed completion
    // readline would rebind the terminal's erase character (DEL) to a plain rubout each time
    // it prepares the terminal, undoing key_backspace; the kill-line and word-erase keys that
    // binding gave are bound here instead.
    rl_variable_bind("bind-tty-special-chars", "off");
    rl_bind_key(CHAR_CTRL_U, rl_unix_line_discard);
    rl_bind_key(CHAR_CTRL_W, rl_unix_word_rubout);
    rl_startup_hook = startup_hook;
    rl_attempted_completion_function = attempt_completion;
    rl_completer_word_break_characters = word_breaks;
    rl_getc_function = repl_rl_getc;
    rl_bind_key(CHAR_CTRL_C, key_ctrl_c);
    rl_bind_key(CHAR_CTRL_A, key_ctrl_a);
    rl_bind_key(CHAR_CTRL_B, key_ctrl_b);
    rl_bind_key(CHAR_CTRL_E, key_ctrl_e);
    rl_bind_key('\t', key_tab);
    rl_bind_key(' ', key_space);
    rl_bind_key(0x7f, key_backspace);
    rl_bind_key(0x08, key_backspace);
    using_history();
    stifle_history(HISTORY_MAX);
    const char *home = getenv("HOME");
    if (home != NULL && home[0] != '\0') {
        size_t n = strlen(home) + sizeof("/.micropython.history");
        history_path = malloc(n);
        if (history_path != NULL) {
            snprintf(history_path, n, "%s/.micropython.history", home);
            read_history(history_path); // a missing or unreadable file is not an error
        }
    }
}

static void readline_finish(void) {
    if (history_path != NULL && history_added > 0) {
        int n = history_added < history_length ? history_added : history_length;
        if (access(history_path, F_OK) == 0) {
            append_history(n, history_path);
        } else {
            write_history(history_path);
        }
        history_truncate_file(history_path, HISTORY_MAX);
    }
    free(history_path);
    history_path = NULL;
    for (size_t i = 0; i < compl_len; i++) {
        free(compl_items[i]);
    }
    free(compl_items);
    compl_items = NULL;
    compl_len = compl_alloc = 0;
}

static void remember_line(const char *line) {
    if (is_blank(line, strlen(line))) {
        return;
    }
    HIST_ENTRY *prev = history_length > 0 ? history_get(history_base + history_length - 1) : NULL;
    if (prev == NULL || strcmp(prev->line, line) != 0) {
        add_history(line);
        history_added++;
    }
}

// Reads a line with readline's callback interface (so that SIGINT can cancel it).
static line_status_t read_line_readline(const char *prompt, bool primary, int indent, char **line_out) {
    rl_pending_indent = indent;
    rl_at_primary = primary;
    rl_special = LINE_OK;
    rl_have_result = false;
    rl_result = NULL;
    fflush(stdout);
    rl_callback_handler_install(prompt, line_handler);
    // readline reads every key through repl_rl_getc, which waits for input and turns a SIGINT
    // into a Ctrl-C key (bound to key_ctrl_c: the line ends as LINE_CANCEL). In readline's
    // terminal mode a Ctrl-C must not flush the input queue (NOFLSH): else a key that pselect
    // saw could vanish before its read, which would then wait for the next key. repl_rl_getc
    // flushes the typed-ahead keys itself when it takes the SIGINT.
    struct termios t;
    if (term_is_tty && tcgetattr(0, &t) == 0 && !(t.c_lflag & NOFLSH)) {
        t.c_lflag |= NOFLSH;
        tcsetattr(0, TCSANOW, &t);
    }
    while (!rl_have_result) {
        rl_callback_read_char();
    }
    if (rl_special != LINE_OK) {
        free(rl_result);
        if (rl_special == LINE_CANCEL) {
            out_str("\n");
        }
        if (rl_special == LINE_RAW || rl_special == LINE_PASTE) {
            term_byte_mode(); // straight after readline's restore: no byte gets echoed
        }
        return rl_special;
    }
    if (rl_result == NULL) {
        return LINE_EOF;
    }
    remember_line(rl_result);
    *line_out = rl_result;
    return LINE_OK;
}

// ---- the plain line reader (pipes): no echo, no editing beyond backspace ----
// A board's REPL echoes what it reads (mpremote's `repl` relies on it): the simulated board's
// --pty console sets repl_plain_echo, and the plain reader then echoes like a board.

bool repl_plain_echo;
static bool plain_skip_lf; // a '\n' straight after '\r' belongs to the same line end

static line_status_t read_line_plain(const char *prompt, bool primary, char **line_out) {
    out_str(prompt);
    vstr_t line;
    vstr_init(&line, 64);
    for (;;) {
        int c = in_byte();
        if (c == '\n' && plain_skip_lf) {
            plain_skip_lf = false;
            continue;
        }
        plain_skip_lf = false;
        if (c < 0) {
            if (line.len == 0) {
                return LINE_EOF;
            }
            break;
        }
        if (c == '\r' || c == '\n') {
            plain_skip_lf = c == '\r';
            if (repl_plain_echo) {
                out_str("\r\n");
            }
            break;
        }
        if (c == CHAR_CTRL_C) {
            out_str("\n");
            return LINE_CANCEL;
        }
        if (c == CHAR_CTRL_D) {
            if (line.len == 0) {
                return LINE_EOF;
            }
            continue;
        }
        if (primary && line.len == 0 && (c == CHAR_CTRL_A || c == CHAR_CTRL_B || c == CHAR_CTRL_E)) {
            return c == CHAR_CTRL_A ? LINE_RAW : c == CHAR_CTRL_B ? LINE_BANNER : LINE_PASTE;
        }
        if (c == 0x7f || c == 0x08) {
            while (line.len > 0 && (line.buf[line.len - 1] & 0xc0) == 0x80) {
                line.len--; // continuation bytes of a UTF-8 character
            }
            if (line.len > 0) {
                line.len--;
                if (repl_plain_echo) {
                    out_str("\b \b");
                }
            }
            continue;
        }
        vstr_add_byte(&line, (byte)c);
        if (repl_plain_echo && (c >= 0x20 || c == '\t')) {
            char ch[2] = {(char)c, 0};
            out_str(ch);
        }
    }
    size_t n = line.len;
    char *s = malloc(n + 1);
    if (s == NULL) {
        return LINE_EOF;
    }
    memcpy(s, line.buf, n);
    s[n] = '\0';
    *line_out = s;
    return LINE_OK;
}

// ---- the friendly REPL ----

static void print_banner(void) {
    out_str(REPL_VERSION_LINE "\nUse Ctrl-D to exit, Ctrl-E for paste mode\n");
}

// The prompt: sys.ps1 / sys.ps2 when the program imported sys and set them to strings.
static const char *repl_prompt(qstr name, const char *dflt) {
    mp_obj_t sys = mp_state.user_roots[0];
    if (sys == MP_OBJ_NULL) {
        return dflt;
    }
    mp_map_elem_t *e = mp_map_lookup(&mp_obj_module_get_globals(sys)->map, MP_OBJ_NEW_QSTR(name), MP_MAP_LOOKUP);
    if (e == NULL || !mp_obj_is_str(e->value)) {
        return dflt;
    }
    return mp_obj_str_get_str(e->value);
}

// readline echoes by itself; a client that turned the terminal's ECHO off (mpremote does) gets
// the plain reader, which echoes nothing.
static bool tty_echo_on(void) {
    struct termios t;
    return tcgetattr(0, &t) != 0 || (t.c_lflag & ECHO);
}

// Reads a whole statement (with "... " continuation lines) into input.
static line_status_t read_statement(vstr_t *input) {
    const char *prompt = repl_prompt(MP_QSTR_ps1, ">>> ");
    bool primary = true;
    int indent = 0;
    for (;;) {
        char *line = NULL;
        line_status_t st = use_readline && tty_echo_on() ? read_line_readline(prompt, primary, indent, &line)
            : read_line_plain(prompt, primary, &line);
        if (st == LINE_EOF && !primary) {
            return LINE_OK; // run what we have; the next read sees the end again
        }
        if (st != LINE_OK) {
            return st;
        }
        size_t n = strlen(line);
        // only an empty line ends a compound statement (MicroPython): one of spaces is a line
        // of the block, as auto-indent leaves it
        bool empty = n == 0;
        vstr_add_strn(input, line, n);
        vstr_add_byte(input, '\n');
        indent = next_indent(input->buf, input->len);
        free(line);
        if (!statement_needs_more(input->buf, input->len, empty)) {
            return LINE_OK;
        }
        prompt = repl_prompt(MP_QSTR_ps2, "... ");
        primary = false;
    }
}

// Paste mode: echoes, "=== " prompts; Ctrl-D runs the text as a file, Ctrl-C forgets it.
// Returns -1, or an exit code after SystemExit.
static int paste_mode(void) {
    term_byte_mode();
    out_str("\r\npaste mode; Ctrl-C to cancel, Ctrl-D to finish\r\n=== ");
    vstr_t code;
    vstr_init(&code, 256);
    bool skip_lf = false;
    for (;;) {
        int c = in_byte();
        if (c < 0 || c == CHAR_CTRL_D) {
            out_str("\r\n");
            break;
        }
        if (c == CHAR_CTRL_C) {
            out_str("\r\n");
            term_restore();
            return -1;
        }
        if (c == '\n' && skip_lf) {
            skip_lf = false;
            continue;
        }
        skip_lf = c == '\r';
        if (c == '\r' || c == '\n') {
            vstr_add_byte(&code, '\n');
            out_str("\r\n=== ");
        } else if (c == 0x7f || c == 0x08) {
            if (code.len > 0 && code.buf[code.len - 1] != '\n') {
                code.len--;
                out_str("\b \b");
            }
        } else {
            char ch = (char)c;
            vstr_add_byte(&code, (byte)c);
            out_strn(&ch, 1);
        }
    }
    term_restore();
    int r = friendly_exec(code.buf, code.len, false);
    // What was typed while the pasted code ran is dropped, as MicroPython's terminal switch
    // back to raw mode (TCSAFLUSH) drops it: a newline sent right after the Ctrl-D gives no
    // extra prompt.
    if (term_is_tty) {
        tcflush(0, TCIFLUSH);
    }
    return r;
}

// Raw-paste mode (entered by "\x05A\x01" in the raw REPL): the code arrives under flow control,
// \x04 ends it and is acknowledged with \x04, then the code runs as in the raw REPL.
static void raw_paste(void) {
    static const char hello[] = {'R', 0x01, RAW_PASTE_WINDOW & 0xff, RAW_PASTE_WINDOW >> 8, 0x01};
    out_strn(hello, sizeof(hello)); // the initial window, plus one more window granted at once
    vstr_t code;
    vstr_init(&code, 256);
    size_t used = 0;
    for (;;) {
        int c = in_byte();
        if (c < 0 || c == CHAR_CTRL_D) {
            break;
        }
        vstr_add_byte(&code, (byte)c);
        if (++used == RAW_PASTE_WINDOW) {
            used = 0;
            out_str("\x01");
        }
    }
    raw_exec(code.buf, code.len, "\x04");
}

// The raw REPL. Returns false after Ctrl-B (back to the friendly REPL), true at end of input.
static bool raw_repl(void) {
    static const char raw_banner[] = "raw REPL; CTRL-B to exit\r\n";
    term_byte_mode();
    out_str(raw_banner);
    vstr_t code;
    vstr_init(&code, 256);
    for (;;) {
        out_str(">");
        vstr_reset(&code);
        for (;;) {
            int c = in_byte();
            if (c < 0) {
                term_restore();
                return true;
            }
            if (c == CHAR_CTRL_A) {
                if (code.len == 2 && code.buf[0] == CHAR_CTRL_E && code.buf[1] == 'A') {
                    raw_paste();
                    break;
                }
                vstr_reset(&code);
                out_str(raw_banner);
                out_str(">");
            } else if (c == CHAR_CTRL_B) {
                out_str("\r\n");
                term_restore();
                return false;
            } else if (c == CHAR_CTRL_C) {
                vstr_reset(&code);
            } else if (c == CHAR_CTRL_D) {
                if (code.len == 0) {
                    out_str("MPY: soft reboot\r\n");
                    soft_reset();
                    if (repl_soft_reset_hook != NULL) {
                        repl_soft_reset_hook();
                    }
                    out_str(raw_banner);
                    break;
                }
                raw_exec(code.buf, code.len, "OK");
                break;
            } else {
                vstr_add_byte(&code, (byte)c);
            }
        }
    }
}

#define REPL_CONTINUE (-1)
#define REPL_LEAVE (-2)

// One prompt: reads a statement (or a mode key) and runs it. Returns REPL_CONTINUE,
// REPL_LEAVE (end of input, or the raw REPL was told to end), or the exit code of SystemExit.
static int repl_step(vstr_t *input) {
    vstr_reset(input);
    line_status_t st = read_statement(input);
    if (st == LINE_EOF) {
        out_str("\n");
        return REPL_LEAVE;
    } else if (st == LINE_RAW) {
        out_str("\r\n");
        if (raw_repl()) {
            return REPL_LEAVE;
        }
        print_banner();
    } else if (st == LINE_BANNER) {
        out_str("\n");
        print_banner();
    } else if (st == LINE_PASTE) {
        return paste_mode();
    } else if (st == LINE_OK && !is_blank(input->buf, input->len)) {
        return friendly_exec(input->buf, input->len, true);
    }
    return REPL_CONTINUE;
}

int repl_run(void) {
    term_is_tty = isatty(0);
    use_readline = term_is_tty && isatty(1);
    term_saved = term_is_tty && tcgetattr(0, &term_orig) == 0;
    setvbuf(stdin, NULL, _IONBF, 0);
    sigint_install(false);
    if (use_readline) {
        readline_setup();
    }
    soft_reset_save();
    print_banner();
    int exit_code = 0;
    vstr_t input;
    vstr_init(&input, 256);
    for (;;) {
        int r;
        nlr_buf_t nlr;
        if (nlr_push(&nlr) == 0) {
            r = repl_step(&input);
            nlr_pop();
        } else {
            // MemoryError (or Ctrl-C) while reading input, outside any code: report, go on.
            gc_unlock_all();
            mp_obj_print_exception(&mp_stderr_print, MP_OBJ_FROM_PTR(nlr.ret_val));
            r = REPL_CONTINUE;
        }
        if (r == REPL_LEAVE) {
            break;
        }
        if (r >= 0) {
            exit_code = r;
            break;
        }
    }
    term_restore();
    if (use_readline) {
        readline_finish();
    }
    sigint_install(true);
    fflush(stdout);
    return exit_code;
}
