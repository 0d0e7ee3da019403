// ports/sim/scenario.c: Wokwi scenario files and the CI runner (see scenario.h).
//
// Loading (libyaml's document API): the file is a mapping {name, version: 1, author?, steps};
// each step is a mapping with exactly one command key, plus `name` and `timeout`. Every key is
// checked (an unknown key is an error naming the step) and every operand converted here, so a
// run never meets a malformed step. Steps become step_t records (one struct for every command;
// each command uses the fields listed beside it).
//
// Running: `ci` holds the state of the one run of this process. run_steps() executes steps
// from ci.cur until one has to wait; a wait ends in one of three places, all outside the
// interpreter:
//   - a clock event (delay / run-for end, a step timeout, the global timeout);
//   - the serial hook (wait-serial: text matched in the serial stream);
//   - a net watcher (wait-pin / wait-pin-change).
// The hook and the watchers never run further steps themselves (they may be deep inside a
// print() or a pin write): they post a continuation event at the current time, which fires at
// the next instruction boundary or inside the next sleep.
//
// Serial stream: every byte the console sends is appended to ci.ser; a wait-serial matches in
// the bytes not consumed yet (so text printed just before the step started counts) and consumes
// through the end of its match. --expect-text / --fail-text scan the same stream independently.
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <stdarg.h>
#include <setjmp.h>
#include <ctype.h>
#include <math.h>
#include <errno.h>
#include <yaml.h>

#include "sim.h"
#include "simport.h"
#include "scenario.h"
#include "inject.h"
#include "record.h"
#include "parts/part_util.h"

// Run control (modmachine.c / clock.c): the stop flag that the VM hook raises as SimStop.
extern bool sim_stop_requested;
extern uint64_t sim_vm_ops, sim_vm_ops_deadline;
void sim_request_reset(int cause);
extern void (*sim_serial_hook)(const char *s, size_t n);
void sim_console_feed(const uint8_t *d, size_t n);
size_t sim_console_pending(void);
// Reset causes as machine.reset_cause() reports them (machine.h).
#define CI_PWRON_RESET 1
#define CI_HARD_RESET 2
// Sleeping in virtual time (modmachine.c), for console input waits.
void sim_sleep_ns(sim_ns_t ns);

// ---------------------------------------------------------------------------------------------
// Steps

typedef enum {
    CMD_DELAY, CMD_RUN_FOR, CMD_WAIT_SERIAL, CMD_WRITE_SERIAL, CMD_SET_CONTROL, CMD_EXPECT_PIN,
    CMD_TAKE_SCREENSHOT, CMD_WAIT_PIN, CMD_WAIT_PIN_CHANGE, CMD_EXPECT_I2C, CMD_EXPECT_SPI,
    CMD_EXPECT_DISPLAY, CMD_INJECT, CMD_RESET, CMD_TOUCH, CMD_TOUCH_PRESS, CMD_TOUCH_MOVE,
    CMD_TOUCH_RELEASE,
} cmd_t;

static const char *const cmd_names[] = {
    "delay", "run-for", "wait-serial", "write-serial", "set-control", "expect-pin",
    "take-screenshot", "wait-pin", "wait-pin-change", "expect-i2c", "expect-spi",
    "expect-display", "inject", "reset", "touch", "touch-press", "touch-move", "touch-release",
};
#define N_CMDS (sizeof(cmd_names) / sizeof(cmd_names[0]))

// Wokwi commands that need parts this board does not simulate.
static const char *const unsupported_cmds[] = {
    "expect-chip-output", NULL,
};

typedef enum { ST_PENDING, ST_PASSED, ST_FAILED } step_status_t;

typedef struct {
    sim_ns_t at;
    double value;
} sched_t;

typedef struct {
    cmd_t cmd;
    int line;                   // 1-based line of the step in the file
    char *name;                 // the step's `name:`, or NULL
    sim_ns_t timeout;           // per-step timeout (wait-*), -1: none
    sim_ns_t duration;          // delay, run-for
    uint8_t *bytes;             // wait-serial / write-serial text, expect-i2c/spi data
    size_t n_bytes;
    bool has_data;              // expect-i2c/spi: data given
    char *part, *pin;           // part-id; pin or control name
    double value;               // set-control, expect-pin, wait-pin
    char *save_to, *compare_with;   // take-screenshot (resolved paths); expect-display png
    int addr;                   // expect-i2c, inject: -1 any
    int dir;                    // expect-i2c: -1 any, 0 write, 1 read
    int ack;                    // expect-i2c: -1 any, 0 NACKed, 1 ACKed
    bool prefix, since_start;   // expect-i2c/spi
    int x, y;                   // expect-display; touch, touch-press, touch-move: the point
    bool touch_wait;            // touch: the step ends when the panel is released
    char **rows;                // expect-display ASCII art ('#' lit, '.' dark, other: any)
    int n_rows;
    bool inject_clear;          // inject
    sim_inject_rule_t rule;
    bool has_rule;
    sim_ns_t after, window;
    sched_t *sched;             // inject: a value schedule for part-id/pin(control)
    size_t n_sched;
    bool reset_power;           // reset: power cycle (parts too) vs EN pin (MCU only)
    // outcome
    step_status_t status;
    sim_ns_t t_done;
} step_t;

struct _sim_scenario_t {
    char *path, *dir;
    char *name, *author;
    step_t *steps;
    int n_steps;
};

const char *sim_scenario_name(const sim_scenario_t *s) {
    return s->name;
}

const char *sim_scenario_path(const sim_scenario_t *s) {
    return s->path;
}

static char *xstrdup(const char *s) {
    char *d = strdup(s);
    if (d == NULL) {
        abort();
    }
    return d;
}

static void *xcalloc(size_t n, size_t size) {
    void *p = calloc(n ? n : 1, size);
    if (p == NULL) {
        abort();
    }
    return p;
}

// Virtual time as "1.250000000s".
static const char *fmt_time(sim_ns_t t, char *buf, size_t len) {
    snprintf(buf, len, "%lld.%09llds", (long long)(t / SIM_NS_PER_S), (long long)(t % SIM_NS_PER_S));
    return buf;
}

// A duration as the user would write it: 500ms, 1.5s, 100us.
static const char *fmt_duration(sim_ns_t t, char *buf, size_t len) {
    if (t % SIM_NS_PER_S == 0 && t != 0) {
        snprintf(buf, len, "%llds", (long long)(t / SIM_NS_PER_S));
    } else if (t % SIM_NS_PER_MS == 0) {
        snprintf(buf, len, "%lldms", (long long)(t / SIM_NS_PER_MS));
    } else if (t % SIM_NS_PER_US == 0) {
        snprintf(buf, len, "%lldus", (long long)(t / SIM_NS_PER_US));
    } else {
        snprintf(buf, len, "%lldns", (long long)t);
    }
    return buf;
}

// Text quoted for a message, non-printable bytes escaped, cut after 40 bytes.
static const char *fmt_text(const uint8_t *s, size_t n, char *buf, size_t len) {
    size_t k = 0;
    buf[k++] = '"';
    for (size_t i = 0; i < n && k + 8 < len; i++) {
        if (i == 40) {
            k += snprintf(buf + k, len - k, "...");
            break;
        }
        uint8_t c = s[i];
        if (c == '\n') {
            k += snprintf(buf + k, len - k, "\\n");
        } else if (c == '\r') {
            k += snprintf(buf + k, len - k, "\\r");
        } else if (c == '"' || c == '\\') {
            k += snprintf(buf + k, len - k, "\\%c", c);
        } else if (c < 32 || c >= 127) {
            k += snprintf(buf + k, len - k, "\\x%02x", c);
        } else {
            buf[k++] = (char)c;
        }
    }
    buf[k++] = '"';
    buf[k] = 0;
    return buf;
}

static void fmt_hex(const uint8_t *d, size_t n, char *buf, size_t len) {
    size_t k = 0;
    buf[0] = 0;
    for (size_t i = 0; i < n && k + 6 < len; i++) {
        if (i == 24) {
            snprintf(buf + k, len - k, "...");
            return;
        }
        k += snprintf(buf + k, len - k, "%02x", d[i]);
    }
}

// "expect-pin led1:A": the command and its main operand, for messages and reports.
static void step_desc(const step_t *st, char *buf, size_t len) {
    char a[96], b[64];
    const char *cmd = cmd_names[st->cmd];
    switch (st->cmd) {
        case CMD_DELAY:
        case CMD_RUN_FOR:
            snprintf(buf, len, "%s %s", cmd, fmt_duration(st->duration, b, sizeof(b)));
            break;
        case CMD_WAIT_SERIAL:
        case CMD_WRITE_SERIAL:
            snprintf(buf, len, "%s %s", cmd, fmt_text(st->bytes, st->n_bytes, a, sizeof(a)));
            break;
        case CMD_SET_CONTROL:
            snprintf(buf, len, "%s %s.%s=%g", cmd, st->part, st->pin, st->value);
            break;
        case CMD_EXPECT_PIN:
        case CMD_WAIT_PIN:
        case CMD_WAIT_PIN_CHANGE:
            snprintf(buf, len, "%s %s:%s", cmd, st->part, st->pin);
            break;
        case CMD_TAKE_SCREENSHOT:
        case CMD_EXPECT_DISPLAY:
        case CMD_TOUCH_RELEASE:
            snprintf(buf, len, "%s %s", cmd, st->part);
            break;
        case CMD_TOUCH:
        case CMD_TOUCH_PRESS:
        case CMD_TOUCH_MOVE:
            snprintf(buf, len, "%s %s (%d,%d)", cmd, st->part, st->x, st->y);
            break;
        case CMD_EXPECT_I2C:
            if (st->addr >= 0) {
                snprintf(buf, len, "%s 0x%02x", cmd, st->addr);
            } else {
                snprintf(buf, len, "%s", cmd);
            }
            break;
        case CMD_INJECT:
            if (st->n_sched) {
                snprintf(buf, len, "%s %s.%s schedule", cmd, st->part, st->pin);
            } else {
                snprintf(buf, len, "%s", cmd);
            }
            break;
        default:
            snprintf(buf, len, "%s", cmd);
            break;
    }
}

// ---------------------------------------------------------------------------------------------
// Loading

typedef struct {
    yaml_document_t doc;
    const char *path;
    char *err;
    size_t err_len;
    jmp_buf fail;
    int step_no;                // 1-based step being parsed, 0 outside steps
    const char *step_name;
} load_t;

static void load_fail(load_t *L, const yaml_node_t *n, const char *fmt, ...) __attribute__((format(printf, 3, 4), noreturn));
static void load_fail(load_t *L, const yaml_node_t *n, const char *fmt, ...) {
    char msg[300];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof(msg), fmt, ap);
    va_end(ap);
    int line = n ? (int)n->start_mark.line + 1 : 0;
    if (L->step_no > 0) {
        char who[120];
        if (L->step_name) {
            snprintf(who, sizeof(who), "step %d (\"%s\")", L->step_no, L->step_name);
        } else {
            snprintf(who, sizeof(who), "step %d", L->step_no);
        }
        snprintf(L->err, L->err_len, "%s:%d: %s: %s", L->path, line, who, msg);
    } else if (n == NULL) {
        snprintf(L->err, L->err_len, "%s: %s", L->path, msg);
    } else {
        snprintf(L->err, L->err_len, "%s:%d: %s", L->path, line, msg);
    }
    longjmp(L->fail, 1);
}

static yaml_node_t *node_at(load_t *L, int id) {
    return yaml_document_get_node(&L->doc, id);
}

static bool is_scalar(const yaml_node_t *n) {
    return n->type == YAML_SCALAR_NODE;
}

static const char *scalar(const yaml_node_t *n) {
    return (const char *)n->data.scalar.value;
}

static bool is_null(const yaml_node_t *n) {
    if (n->type != YAML_SCALAR_NODE || n->data.scalar.style != YAML_PLAIN_SCALAR_STYLE) {
        return false;
    }
    const char *s = scalar(n);
    return s[0] == 0 || strcmp(s, "~") == 0 || strcmp(s, "null") == 0 || strcmp(s, "Null") == 0 || strcmp(s, "NULL") == 0;
}

static const char *get_str(load_t *L, const yaml_node_t *n, const char *key) {
    if (!is_scalar(n) || is_null(n)) {
        load_fail(L, n, "\"%s\" must be a string", key);
    }
    return scalar(n);
}

static double get_num(load_t *L, const yaml_node_t *n, const char *key) {
    if (is_scalar(n) && !is_null(n)) {
        const char *s = scalar(n);
        if (strcmp(s, "true") == 0 || strcmp(s, "True") == 0) {
            return 1;
        }
        if (strcmp(s, "false") == 0 || strcmp(s, "False") == 0) {
            return 0;
        }
        char *end;
        double v = (s[0] == '0' && (s[1] == 'x' || s[1] == 'X')) ? (double)strtol(s, &end, 16) : strtod(s, &end);
        while (isspace((unsigned char)*end)) {
            end++;
        }
        if (end != s && *end == 0 && isfinite(v)) {
            return v;
        }
    }
    load_fail(L, n, "\"%s\" must be a number", key);
}

static long get_int(load_t *L, const yaml_node_t *n, const char *key, long lo, long hi) {
    double v = get_num(L, n, key);
    if (v != floor(v) || v < lo || v > hi) {
        load_fail(L, n, "\"%s\" must be an integer from %ld to %ld", key, lo, hi);
    }
    return (long)v;
}

static bool get_bool(load_t *L, const yaml_node_t *n, const char *key) {
    if (is_scalar(n)) {
        const char *s = scalar(n);
        if (!strcmp(s, "true") || !strcmp(s, "True") || !strcmp(s, "yes") || !strcmp(s, "1")) {
            return true;
        }
        if (!strcmp(s, "false") || !strcmp(s, "False") || !strcmp(s, "no") || !strcmp(s, "0")) {
            return false;
        }
    }
    load_fail(L, n, "\"%s\" must be true or false", key);
}

// "500ms", "1.5s", "2m": units are required (ns, us, ms, s, m).
static bool parse_duration(const char *s, sim_ns_t *out) {
    char *end;
    double v = strtod(s, &end);
    if (end == s || !(v >= 0)) {
        return false;
    }
    while (*end == ' ') {
        end++;
    }
    double mult;
    if (!strcmp(end, "ns")) {
        mult = 1;
    } else if (!strcmp(end, "us")) {
        mult = 1e3;
    } else if (!strcmp(end, "ms")) {
        mult = 1e6;
    } else if (!strcmp(end, "s")) {
        mult = 1e9;
    } else if (!strcmp(end, "m") || !strcmp(end, "min")) {
        mult = 60e9;
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

static sim_ns_t get_duration(load_t *L, const yaml_node_t *n, const char *key) {
    sim_ns_t t;
    if (!is_scalar(n) || !parse_duration(scalar(n), &t)) {
        load_fail(L, n, "\"%s\" must be a duration with a unit (ns, us, ms, s or m), e.g. 500ms", key);
    }
    return t;
}

// Bytes: a list of integers 0..255, or a string of hex bytes ("80ae", "80 ae", "0x80 0xae").
static void get_hex_bytes(load_t *L, const yaml_node_t *n, const char *key, uint8_t **out, size_t *n_out) {
    if (n->type == YAML_SEQUENCE_NODE) {
        size_t cnt = n->data.sequence.items.top - n->data.sequence.items.start;
        uint8_t *b = xcalloc(cnt, 1);
        for (size_t i = 0; i < cnt; i++) {
            b[i] = (uint8_t)get_int(L, node_at(L, n->data.sequence.items.start[i]), key, 0, 255);
        }
        *out = b;
        *n_out = cnt;
        return;
    }
    if (!is_scalar(n)) {
        load_fail(L, n, "\"%s\" must be hex bytes (\"80ae\") or a list of numbers", key);
    }
    const char *s = scalar(n);
    uint8_t *b = xcalloc(strlen(s) / 2 + 1, 1);
    size_t k = 0;
    while (*s) {
        if (isspace((unsigned char)*s) || *s == ',') {
            s++;
            continue;
        }
        if (s[0] == '0' && (s[1] == 'x' || s[1] == 'X')) {
            s += 2;
        }
        if (!isxdigit((unsigned char)s[0]) || !isxdigit((unsigned char)s[1])) {
            load_fail(L, n, "\"%s\": \"%s\" is not hex bytes (two hex digits a byte)", key, scalar(n));
        }
        char hx[3] = {s[0], s[1], 0};
        b[k++] = (uint8_t)strtol(hx, NULL, 16);
        s += 2;
    }
    *out = b;
    *n_out = k;
}

// Text: a string, or a list of byte values (write-serial).
static void get_text(load_t *L, const yaml_node_t *n, const char *key, bool allow_list, uint8_t **out, size_t *n_out) {
    if (allow_list && n->type == YAML_SEQUENCE_NODE) {
        get_hex_bytes(L, n, key, out, n_out);
        return;
    }
    if (!is_scalar(n) || is_null(n)) {
        load_fail(L, n, "\"%s\" must be a string%s", key, allow_list ? " or a list of byte values" : "");
    }
    size_t len = n->data.scalar.length;
    uint8_t *b = xcalloc(len + 1, 1);
    memcpy(b, n->data.scalar.value, len);
    *out = b;
    *n_out = len;
}

// A mapping's entries, as (key string, value node) pairs checked against the allowed keys.
typedef struct {
    const char *key;
    yaml_node_t *val;
} kv_t;

static size_t get_map(load_t *L, const yaml_node_t *n, const char *what, const char *const *allowed, kv_t *out, size_t max) {
    if (n->type != YAML_MAPPING_NODE) {
        load_fail(L, n, "%s must be a mapping", what);
    }
    size_t k = 0;
    for (yaml_node_pair_t *p = n->data.mapping.pairs.start; p < n->data.mapping.pairs.top; p++) {
        yaml_node_t *key = node_at(L, p->key);
        if (!is_scalar(key)) {
            load_fail(L, key, "%s: keys must be strings", what);
        }
        bool ok = false;
        for (size_t i = 0; allowed[i]; i++) {
            ok |= strcmp(allowed[i], scalar(key)) == 0;
        }
        if (!ok) {
            char list[256] = "";
            for (size_t i = 0; allowed[i]; i++) {
                snprintf(list + strlen(list), sizeof(list) - strlen(list), "%s%s", i ? ", " : "", allowed[i]);
            }
            load_fail(L, key, "unknown key \"%s\" in %s (known: %s)", scalar(key), what, list);
        }
        for (size_t i = 0; i < k; i++) {
            if (strcmp(out[i].key, scalar(key)) == 0) {
                load_fail(L, key, "key \"%s\" given twice", scalar(key));
            }
        }
        if (k == max) {
            load_fail(L, key, "too many keys in %s", what);
        }
        out[k].key = scalar(key);
        out[k].val = node_at(L, p->value);
        k++;
    }
    return k;
}

// The value of the first of the alias keys present (NULL if none; two aliases is an error).
static yaml_node_t *kv_find(load_t *L, const yaml_node_t *where, kv_t *kv, size_t n, const char *const *aliases, const char **which) {
    yaml_node_t *found = NULL;
    for (size_t i = 0; i < n; i++) {
        for (size_t a = 0; aliases[a]; a++) {
            if (strcmp(kv[i].key, aliases[a]) == 0) {
                if (found) {
                    load_fail(L, kv[i].val, "\"%s\" and \"%s\" mean the same: give one", *which, kv[i].key);
                }
                found = kv[i].val;
                if (which) {
                    *which = kv[i].key;
                }
            }
        }
    }
    (void)where;
    return found;
}

static yaml_node_t *kv_need(load_t *L, const yaml_node_t *where, kv_t *kv, size_t n, const char *const *aliases) {
    const char *which = aliases[0];
    yaml_node_t *v = kv_find(L, where, kv, n, aliases, &which);
    if (v == NULL) {
        char list[128] = "";
        for (size_t a = 0; aliases[a]; a++) {
            snprintf(list + strlen(list), sizeof(list) - strlen(list), "%s\"%s\"", a ? " or " : "", aliases[a]);
        }
        load_fail(L, where, "%s is missing", list);
    }
    return v;
}

static yaml_node_t *kv_opt(load_t *L, const yaml_node_t *where, kv_t *kv, size_t n, const char *const *aliases) {
    const char *which = aliases[0];
    return kv_find(L, where, kv, n, aliases, &which);
}

static const char *const K_PART[] = {"part-id", NULL};
static const char *const K_PIN[] = {"pin", "name", NULL};
static const char *const K_CONTROL[] = {"control", "name", NULL};
static const char *const K_VALUE[] = {"value", "expected", NULL};
static const char *const K_TIMEOUT[] = {"timeout", NULL};
static const char *const K_SAVE[] = {"save-to", NULL};
static const char *const K_COMPARE[] = {"compare-with", NULL};
static const char *const K_ADDR[] = {"address", "addr", NULL};
static const char *const K_DIR[] = {"direction", "dir", NULL};
static const char *const K_DATA[] = {"data", NULL};
static const char *const K_PREFIX[] = {"prefix", NULL};
static const char *const K_ACK[] = {"ack", NULL};
static const char *const K_SINCE[] = {"since", NULL};
static const char *const K_X[] = {"x", NULL};
static const char *const K_Y[] = {"y", NULL};
static const char *const K_ART[] = {"pixels", "ascii", NULL};
static const char *const K_PNG[] = {"png", "compare-with", NULL};
static const char *const K_FAULT[] = {"fault", NULL};
static const char *const K_INDEX[] = {"index", "byte", NULL};
static const char *const K_XOR[] = {"xor", NULL};
static const char *const K_FOR[] = {"for", "duration", NULL};
static const char *const K_AFTER[] = {"after", NULL};
static const char *const K_COUNT[] = {"count", NULL};
static const char *const K_SCHED[] = {"schedule", NULL};
static const char *const K_AT[] = {"at", "time", NULL};
static const char *const K_TPART[] = {"part-id", "part", NULL};
static const char *const K_WAIT[] = {"wait", NULL};
static const char *const K_TDUR[] = {"duration", "for", NULL};

static char *resolve_path(const sim_scenario_t *sc, const char *p) {
    if (p[0] == '/' || sc->dir[0] == 0) {
        return xstrdup(p);
    }
    char *r = xcalloc(strlen(sc->dir) + strlen(p) + 2, 1);
    sprintf(r, "%s/%s", sc->dir, p);
    return r;
}

static int get_level(load_t *L, const yaml_node_t *n) {
    if (is_scalar(n)) {
        const char *s = scalar(n);
        if (!strcmp(s, "high") || !strcmp(s, "HIGH")) {
            return 1;
        }
        if (!strcmp(s, "low") || !strcmp(s, "LOW")) {
            return 0;
        }
    }
    return (int)get_int(L, n, "value", 0, 1);
}

static void parse_pin_ref(load_t *L, step_t *st, const yaml_node_t *n, const char *what, const char *const *extra_keys, kv_t *kv, size_t *nkv) {
    static const char *keys[16];
    size_t k = 0;
    keys[k++] = "part-id";
    keys[k++] = "pin";
    keys[k++] = "name";
    for (size_t i = 0; extra_keys[i]; i++) {
        keys[k++] = extra_keys[i];
    }
    keys[k] = NULL;
    *nkv = get_map(L, n, what, keys, kv, 16);
    st->part = xstrdup(get_str(L, kv_need(L, n, kv, *nkv, K_PART), "part-id"));
    st->pin = xstrdup(get_str(L, kv_need(L, n, kv, *nkv, K_PIN), "pin"));
}

// A touch coordinate: a number (rounded to a pixel) in the controller's 12-bit range; the
// panel's own size is checked with the part (check_refs).
static int get_coord(load_t *L, const yaml_node_t *n, const char *key) {
    double v = get_num(L, n, key);
    if (!(v >= 0 && v <= 4095)) {
        load_fail(L, n, "\"%s\" must be a number from 0 to 4095", key);
    }
    return (int)lround(v);
}

static void parse_command(load_t *L, sim_scenario_t *sc, step_t *st, yaml_node_t *v) {
    kv_t kv[16];
    size_t n;
    yaml_node_t *x;
    switch (st->cmd) {
        case CMD_DELAY:
        case CMD_RUN_FOR:
            st->duration = get_duration(L, v, cmd_names[st->cmd]);
            break;
        case CMD_WAIT_SERIAL:
            get_text(L, v, "wait-serial", false, &st->bytes, &st->n_bytes);
            if (st->n_bytes == 0) {
                load_fail(L, v, "wait-serial needs a non-empty text");
            }
            break;
        case CMD_WRITE_SERIAL:
            get_text(L, v, "write-serial", true, &st->bytes, &st->n_bytes);
            break;
        case CMD_SET_CONTROL: {
            static const char *const keys[] = {"part-id", "control", "name", "value", NULL};
            n = get_map(L, v, "set-control", keys, kv, 16);
            st->part = xstrdup(get_str(L, kv_need(L, v, kv, n, K_PART), "part-id"));
            st->pin = xstrdup(get_str(L, kv_need(L, v, kv, n, K_CONTROL), "control"));
            st->value = get_num(L, kv_need(L, v, kv, n, K_VALUE), "value");
            break;
        }
        case CMD_EXPECT_PIN: {
            static const char *const extra[] = {"value", "expected", NULL};
            parse_pin_ref(L, st, v, "expect-pin", extra, kv, &n);
            st->value = get_level(L, kv_need(L, v, kv, n, K_VALUE));
            break;
        }
        case CMD_WAIT_PIN: {
            static const char *const extra[] = {"value", "expected", "timeout", NULL};
            parse_pin_ref(L, st, v, "wait-pin", extra, kv, &n);
            st->value = get_level(L, kv_need(L, v, kv, n, K_VALUE));
            if ((x = kv_opt(L, v, kv, n, K_TIMEOUT)) != NULL) {
                st->timeout = get_duration(L, x, "timeout");
            }
            break;
        }
        case CMD_WAIT_PIN_CHANGE: {
            static const char *const extra[] = {"timeout", NULL};
            parse_pin_ref(L, st, v, "wait-pin-change", extra, kv, &n);
            if ((x = kv_opt(L, v, kv, n, K_TIMEOUT)) != NULL) {
                st->timeout = get_duration(L, x, "timeout");
            }
            break;
        }
        case CMD_TOUCH:
        case CMD_TOUCH_PRESS:
        case CMD_TOUCH_MOVE:
        case CMD_TOUCH_RELEASE: {
            // Wokwi's keys: part-id, x, y (numbers, panel pixels); touch adds duration and wait.
            static const char *const point_keys[] = {"part-id", "part", "x", "y", NULL};
            static const char *const touch_keys[] = {"part-id", "part", "x", "y", "duration", "for", "wait", NULL};
            static const char *const release_keys[] = {"part-id", "part", NULL};
            const char *what = cmd_names[st->cmd];
            n = get_map(L, v, what, st->cmd == CMD_TOUCH ? touch_keys : st->cmd == CMD_TOUCH_RELEASE ? release_keys : point_keys, kv, 16);
            st->part = xstrdup(get_str(L, kv_need(L, v, kv, n, K_TPART), "part-id"));
            if (st->cmd != CMD_TOUCH_RELEASE) {
                st->x = get_coord(L, kv_need(L, v, kv, n, K_X), "x");
                st->y = get_coord(L, kv_need(L, v, kv, n, K_Y), "y");
            }
            if (st->cmd == CMD_TOUCH) {
                st->duration = 50 * 1000000LL;      // wokwi-cli's defaults: 50 ms, no wait
                st->touch_wait = false;
                if ((x = kv_opt(L, v, kv, n, K_TDUR)) != NULL) {
                    st->duration = get_duration(L, x, "duration");
                }
                if ((x = kv_opt(L, v, kv, n, K_WAIT)) != NULL) {
                    st->touch_wait = get_bool(L, x, "wait");
                }
            }
            break;
        }
        case CMD_TAKE_SCREENSHOT: {
            static const char *const keys[] = {"part-id", "save-to", "compare-with", NULL};
            n = get_map(L, v, "take-screenshot", keys, kv, 16);
            st->part = xstrdup(get_str(L, kv_need(L, v, kv, n, K_PART), "part-id"));
            if ((x = kv_opt(L, v, kv, n, K_SAVE)) != NULL) {
                st->save_to = resolve_path(sc, get_str(L, x, "save-to"));
            }
            if ((x = kv_opt(L, v, kv, n, K_COMPARE)) != NULL) {
                st->compare_with = resolve_path(sc, get_str(L, x, "compare-with"));
            }
            break;
        }
        case CMD_EXPECT_I2C:
        case CMD_EXPECT_SPI: {
            static const char *const keys_i2c[] = {"address", "addr", "direction", "dir", "data", "prefix", "ack", "since", NULL};
            static const char *const keys_spi[] = {"data", "prefix", "since", NULL};
            bool i2c = st->cmd == CMD_EXPECT_I2C;
            n = get_map(L, v, cmd_names[st->cmd], i2c ? keys_i2c : keys_spi, kv, 16);
            if (i2c && (x = kv_opt(L, v, kv, n, K_ADDR)) != NULL) {
                st->addr = (int)get_int(L, x, "address", 0, 127);
            }
            if (i2c && (x = kv_opt(L, v, kv, n, K_DIR)) != NULL) {
                const char *d = get_str(L, x, "direction");
                if (!strcmp(d, "write") || !strcmp(d, "w")) {
                    st->dir = 0;
                } else if (!strcmp(d, "read") || !strcmp(d, "r")) {
                    st->dir = 1;
                } else {
                    load_fail(L, x, "\"direction\" must be write or read");
                }
            }
            if (i2c && (x = kv_opt(L, v, kv, n, K_ACK)) != NULL) {
                st->ack = get_bool(L, x, "ack");
            }
            if ((x = kv_opt(L, v, kv, n, K_DATA)) != NULL) {
                get_hex_bytes(L, x, "data", &st->bytes, &st->n_bytes);
                st->has_data = true;
            } else if (!i2c) {
                load_fail(L, v, "expect-spi needs \"data\"");
            }
            if ((x = kv_opt(L, v, kv, n, K_PREFIX)) != NULL) {
                st->prefix = get_bool(L, x, "prefix");
            }
            if ((x = kv_opt(L, v, kv, n, K_SINCE)) != NULL) {
                const char *s = get_str(L, x, "since");
                if (!strcmp(s, "start")) {
                    st->since_start = true;
                } else if (strcmp(s, "previous-step") != 0) {
                    load_fail(L, x, "\"since\" must be start or previous-step");
                }
            }
            break;
        }
        case CMD_EXPECT_DISPLAY: {
            static const char *const keys[] = {"part-id", "x", "y", "pixels", "ascii", "png", "compare-with", NULL};
            n = get_map(L, v, "expect-display", keys, kv, 16);
            st->part = xstrdup(get_str(L, kv_need(L, v, kv, n, K_PART), "part-id"));
            if ((x = kv_opt(L, v, kv, n, K_X)) != NULL) {
                st->x = (int)get_int(L, x, "x", 0, 4095);
            }
            if ((x = kv_opt(L, v, kv, n, K_Y)) != NULL) {
                st->y = (int)get_int(L, x, "y", 0, 4095);
            }
            yaml_node_t *art = kv_opt(L, v, kv, n, K_ART);
            yaml_node_t *png = kv_opt(L, v, kv, n, K_PNG);
            if ((art == NULL) == (png == NULL)) {
                load_fail(L, v, "expect-display needs either \"pixels\" (ASCII art) or \"png\"");
            }
            if (png) {
                st->compare_with = resolve_path(sc, get_str(L, png, "png"));
                break;
            }
            // One row per line ('#' lit, '.' dark, anything else: don't care); or a list of rows.
            if (art->type == YAML_SEQUENCE_NODE) {
                size_t cnt = art->data.sequence.items.top - art->data.sequence.items.start;
                st->rows = xcalloc(cnt, sizeof(char *));
                for (size_t i = 0; i < cnt; i++) {
                    st->rows[st->n_rows++] = xstrdup(get_str(L, node_at(L, art->data.sequence.items.start[i]), "pixels"));
                }
            } else {
                const char *s = get_str(L, art, "pixels");
                size_t cnt = 1;
                for (const char *c = s; *c; c++) {
                    cnt += *c == '\n';
                }
                st->rows = xcalloc(cnt, sizeof(char *));
                while (*s) {
                    const char *e = strchr(s, '\n');
                    size_t len = e ? (size_t)(e - s) : strlen(s);
                    char *row = xcalloc(len + 1, 1);
                    memcpy(row, s, len);
                    // leading and trailing blanks are indentation, not pixels
                    char *a = row;
                    while (*a == ' ' || *a == '\t') {
                        a++;
                    }
                    size_t l = strlen(a);
                    while (l > 0 && (a[l - 1] == ' ' || a[l - 1] == '\t' || a[l - 1] == '\r')) {
                        a[--l] = 0;
                    }
                    if (l > 0) {
                        st->rows[st->n_rows++] = xstrdup(a);
                    }
                    free(row);
                    s += len + (e != NULL);
                }
            }
            if (st->n_rows == 0) {
                load_fail(L, art, "\"pixels\" has no rows");
            }
            break;
        }
        case CMD_INJECT: {
            static const char *const keys[] = {"fault", "address", "addr", "index", "byte", "xor", "for", "duration",
                                               "after", "count", "part-id", "control", "name", "schedule", NULL};
            n = get_map(L, v, "inject", keys, kv, 16);
            yaml_node_t *fault = kv_opt(L, v, kv, n, K_FAULT);
            yaml_node_t *sched = kv_opt(L, v, kv, n, K_SCHED);
            if ((fault == NULL) == (sched == NULL)) {
                load_fail(L, v, "inject needs either \"fault\" or \"schedule\"");
            }
            if (sched) {
                st->part = xstrdup(get_str(L, kv_need(L, v, kv, n, K_PART), "part-id"));
                st->pin = xstrdup(get_str(L, kv_need(L, v, kv, n, K_CONTROL), "control"));
                if (sched->type != YAML_SEQUENCE_NODE) {
                    load_fail(L, sched, "\"schedule\" must be a list of [time, value] pairs");
                }
                size_t cnt = sched->data.sequence.items.top - sched->data.sequence.items.start;
                st->sched = xcalloc(cnt, sizeof(sched_t));
                for (size_t i = 0; i < cnt; i++) {
                    yaml_node_t *e = node_at(L, sched->data.sequence.items.start[i]);
                    if (e->type == YAML_SEQUENCE_NODE && e->data.sequence.items.top - e->data.sequence.items.start == 2) {
                        st->sched[i].at = get_duration(L, node_at(L, e->data.sequence.items.start[0]), "schedule time");
                        st->sched[i].value = get_num(L, node_at(L, e->data.sequence.items.start[1]), "schedule value");
                    } else if (e->type == YAML_MAPPING_NODE) {
                        static const char *const ekeys[] = {"at", "time", "value", NULL};
                        kv_t ekv[4];
                        size_t en = get_map(L, e, "a schedule entry", ekeys, ekv, 4);
                        st->sched[i].at = get_duration(L, kv_need(L, e, ekv, en, K_AT), "at");
                        st->sched[i].value = get_num(L, kv_need(L, e, ekv, en, K_VALUE), "value");
                    } else {
                        load_fail(L, e, "a schedule entry must be [time, value] or {at: time, value: v}");
                    }
                }
                st->n_sched = cnt;
                for (size_t i = 0; i < n; i++) {
                    if (strcmp(kv[i].key, "schedule") && strcmp(kv[i].key, "part-id") && strcmp(kv[i].key, "control") && strcmp(kv[i].key, "name")) {
                        load_fail(L, kv[i].val, "\"%s\" does not apply to a value schedule", kv[i].key);
                    }
                }
                break;
            }
            const char *f = get_str(L, fault, "fault");
            sim_inject_rule_t *r = &st->rule;
            r->addr = -1;
            r->index = -1;
            r->count = -1;
            st->has_rule = true;
            bool need_addr = true, need_window = false;
            if (!strcmp(f, "clear")) {
                st->inject_clear = true;
                st->has_rule = false;
                need_addr = false;
            } else if (!strcmp(f, "address-nack") || !strcmp(f, "nack")) {
                r->kind = SIM_INJ_ADDR_NACK;
            } else if (!strcmp(f, "busy")) {
                r->kind = SIM_INJ_ADDR_NACK;
                need_window = true;
            } else if (!strcmp(f, "byte-nack")) {
                r->kind = SIM_INJ_BYTE_NACK;
                r->index = get_int(L, kv_need(L, v, kv, n, K_INDEX), "index", 0, 1 << 20);
            } else if (!strcmp(f, "corrupt-read")) {
                r->kind = SIM_INJ_READ_CORRUPT;
                r->value = 0xff;
                if ((x = kv_opt(L, v, kv, n, K_INDEX)) != NULL) {
                    r->index = get_int(L, x, "index", 0, 1 << 20);
                }
                if ((x = kv_opt(L, v, kv, n, K_XOR)) != NULL) {
                    r->value = (uint8_t)get_int(L, x, "xor", 1, 255);
                }
            } else if (!strcmp(f, "stuck-sda")) {
                r->kind = SIM_INJ_STUCK_SDA;
                need_addr = false;
            } else if (!strcmp(f, "clock-stretch")) {
                r->kind = SIM_INJ_CLOCK_STRETCH;
                need_addr = false;
            } else {
                load_fail(L, fault, "unknown fault \"%s\" (address-nack, byte-nack, corrupt-read, stuck-sda, clock-stretch, busy, clear)", f);
            }
            if ((x = kv_opt(L, v, kv, n, K_ADDR)) != NULL) {
                r->addr = (int)get_int(L, x, "address", 0, 127);
            } else if (need_addr) {
                load_fail(L, v, "fault \"%s\" needs \"address\"", f);
            }
            if ((x = kv_opt(L, v, kv, n, K_FOR)) != NULL) {
                st->window = get_duration(L, x, "for");
            } else if (need_window) {
                load_fail(L, v, "fault \"%s\" needs \"for\" (how long the device stays busy)", f);
            }
            if ((x = kv_opt(L, v, kv, n, K_AFTER)) != NULL) {
                st->after = get_duration(L, x, "after");
            }
            if ((x = kv_opt(L, v, kv, n, K_COUNT)) != NULL) {
                r->count = get_int(L, x, "count", 1, 1L << 30);
            }
            if (kv_opt(L, v, kv, n, K_PART) || kv_opt(L, v, kv, n, K_CONTROL)) {
                load_fail(L, v, "\"part-id\"/\"control\" go with \"schedule\", not with \"fault\"");
            }
            break;
        }
        case CMD_RESET:
            st->reset_power = true;
            if (!is_null(v)) {
                const char *s = is_scalar(v) ? scalar(v) : "";
                if (!strcmp(s, "en") || !strcmp(s, "hard")) {
                    st->reset_power = false;
                } else if (strcmp(s, "power") != 0 && strcmp(s, "true") != 0) {
                    load_fail(L, v, "reset takes no value, \"power\" (default) or \"en\"");
                }
            }
            break;
    }
}

static void parse_step(load_t *L, sim_scenario_t *sc, step_t *st, yaml_node_t *n) {
    st->line = (int)n->start_mark.line + 1;
    st->timeout = -1;
    st->addr = -1;
    st->dir = -1;
    st->ack = -1;
    if (n->type != YAML_MAPPING_NODE) {
        load_fail(L, n, "a step must be a mapping such as {delay: 500ms}");
    }
    yaml_node_t *cmd_val = NULL;
    yaml_node_t *timeout = NULL;
    for (yaml_node_pair_t *p = n->data.mapping.pairs.start; p < n->data.mapping.pairs.top; p++) {
        yaml_node_t *key = node_at(L, p->key), *val = node_at(L, p->value);
        const char *k = is_scalar(key) ? scalar(key) : "";
        if (!strcmp(k, "name")) {
            st->name = xstrdup(get_str(L, val, "name"));
            L->step_name = st->name;
        }
    }
    for (yaml_node_pair_t *p = n->data.mapping.pairs.start; p < n->data.mapping.pairs.top; p++) {
        yaml_node_t *key = node_at(L, p->key), *val = node_at(L, p->value);
        if (!is_scalar(key)) {
            load_fail(L, key, "keys must be strings");
        }
        const char *k = scalar(key);
        if (!strcmp(k, "name")) {
            continue;
        }
        if (!strcmp(k, "timeout")) {
            timeout = val;
            continue;
        }
        size_t c = 0;
        while (c < N_CMDS && strcmp(cmd_names[c], k) != 0) {
            c++;
        }
        if (c == N_CMDS) {
            for (size_t u = 0; unsupported_cmds[u]; u++) {
                if (!strcmp(unsupported_cmds[u], k)) {
                    load_fail(L, key, "command \"%s\" is not supported by micropython-sim", k);
                }
            }
            load_fail(L, key, "unknown key \"%s\"", k);
        }
        if (cmd_val != NULL) {
            load_fail(L, key, "two commands in one step (\"%s\" and \"%s\")", cmd_names[st->cmd], k);
        }
        st->cmd = (cmd_t)c;
        cmd_val = val;
    }
    if (cmd_val == NULL) {
        load_fail(L, n, "no command (one of delay, wait-serial, write-serial, set-control, expect-pin, take-screenshot, wait-pin, ...)");
    }
    parse_command(L, sc, st, cmd_val);
    if (timeout != NULL) {
        if (st->timeout >= 0) {
            load_fail(L, timeout, "timeout given twice");
        }
        st->timeout = get_duration(L, timeout, "timeout");
        if (st->cmd != CMD_WAIT_SERIAL && st->cmd != CMD_WAIT_PIN && st->cmd != CMD_WAIT_PIN_CHANGE) {
            load_fail(L, timeout, "\"timeout\" applies to wait-serial, wait-pin and wait-pin-change only");
        }
    }
}

sim_scenario_t *sim_scenario_load(const char *path, char *err, size_t err_len) {
    FILE *f = fopen(path, "rb");
    if (f == NULL) {
        snprintf(err, err_len, "can't open scenario '%s': %s", path, strerror(errno));
        return NULL;
    }
    yaml_parser_t parser;
    yaml_parser_initialize(&parser);
    yaml_parser_set_input_file(&parser, f);
    load_t *L = xcalloc(1, sizeof(load_t));
    L->path = path;
    L->err = err;
    L->err_len = err_len;
    if (!yaml_parser_load(&parser, &L->doc)) {
        snprintf(err, err_len, "%s:%d: not valid YAML: %s", path, (int)parser.problem_mark.line + 1,
            parser.problem ? parser.problem : "syntax error");
        yaml_parser_delete(&parser);
        fclose(f);
        free(L);
        return NULL;
    }
    yaml_parser_delete(&parser);
    fclose(f);
    sim_scenario_t *sc = xcalloc(1, sizeof(*sc));
    sc->path = xstrdup(path);
    sc->dir = xstrdup(path);
    char *slash = strrchr(sc->dir, '/');
    if (slash) {
        slash[slash == sc->dir] = 0;
    } else {
        sc->dir[0] = 0;
    }
    if (setjmp(L->fail)) {
        yaml_document_delete(&L->doc);
        free(L);
        return NULL;    // the partial scenario is not freed: the process exits on this error
    }
    yaml_node_t *root = yaml_document_get_root_node(&L->doc);
    if (root == NULL) {
        load_fail(L, NULL, "empty scenario");
    }
    static const char *const top_keys[] = {"name", "version", "author", "steps", NULL};
    kv_t kv[8];
    size_t n = get_map(L, root, "the scenario", top_keys, kv, 8);
    static const char *const K_NAME[] = {"name", NULL}, *const K_VERSION[] = {"version", NULL};
    static const char *const K_AUTHOR[] = {"author", NULL}, *const K_STEPS[] = {"steps", NULL};
    sc->name = xstrdup(get_str(L, kv_need(L, root, kv, n, K_NAME), "name"));
    yaml_node_t *ver = kv_need(L, root, kv, n, K_VERSION);
    if (get_num(L, ver, "version") != 1) {
        load_fail(L, ver, "unsupported version %s (only 1)", scalar(ver));
    }
    yaml_node_t *x = kv_opt(L, root, kv, n, K_AUTHOR);
    if (x) {
        sc->author = xstrdup(get_str(L, x, "author"));
    }
    yaml_node_t *steps = kv_need(L, root, kv, n, K_STEPS);
    if (steps->type != YAML_SEQUENCE_NODE) {
        load_fail(L, steps, "\"steps\" must be a list");
    }
    size_t cnt = steps->data.sequence.items.top - steps->data.sequence.items.start;
    sc->steps = xcalloc(cnt, sizeof(step_t));
    for (size_t i = 0; i < cnt; i++) {
        L->step_no = (int)i + 1;
        L->step_name = NULL;
        parse_step(L, sc, &sc->steps[i], node_at(L, steps->data.sequence.items.start[i]));
        sc->n_steps++;
    }
    yaml_document_delete(&L->doc);
    free(L);
    return sc;
}

// ---------------------------------------------------------------------------------------------
// The run

// A byte stream matcher: finds `pat` in a stream fed in chunks (keeps the last m-1 bytes).
typedef struct {
    const uint8_t *pat;
    size_t m;
    uint8_t *win;       // m - 1 + chunk bytes scratch
    size_t wn, walloc;
    bool found;
} stream_match_t;

static void sm_init(stream_match_t *sm, const char *pat) {
    memset(sm, 0, sizeof(*sm));
    sm->pat = (const uint8_t *)pat;
    sm->m = strlen(pat);
}

static bool sm_feed(stream_match_t *sm, const uint8_t *s, size_t n) {
    if (sm->found || sm->m == 0) {
        return sm->found = true;
    }
    if (sm->wn + n > sm->walloc) {
        sm->walloc = sm->wn + n + 64;
        sm->win = realloc(sm->win, sm->walloc);
        if (sm->win == NULL) {
            abort();
        }
    }
    memcpy(sm->win + sm->wn, s, n);
    sm->wn += n;
    if (memmem(sm->win, sm->wn, sm->pat, sm->m) != NULL) {
        return sm->found = true;
    }
    if (sm->wn >= sm->m) {
        memmove(sm->win, sm->win + sm->wn - (sm->m - 1), sm->m - 1);
        sm->wn = sm->m - 1;
    }
    return false;
}

#define SER_MAX (1 << 20)   // unconsumed serial bytes kept for wait-serial

enum { WAIT_NONE, WAIT_EVENT, WAIT_SERIAL, WAIT_PIN, WAIT_PIN_CHANGE, WAIT_DONE };

static struct {
    bool active;
    sim_ci_config_t cfg;
    sim_scenario_t *sc;
    int cur;                    // current step
    int wait;                   // what the current step waits for
    uint64_t wait_ev, timeout_ev, cont_ev;
    int wait_net, wait_level;
    sim_ns_t step_start;
    size_t mark, prev_mark;     // record indices at the start of this / the previous step
    bool *net_watched;
    uint8_t *ser;               // unconsumed serial output
    size_t ser_len, ser_alloc, ser_scanned;
    stream_match_t expect, failm;
    int result;                 // -1 undecided
    int fail_step;              // 1-based step that failed, 0 none
    bool timed_out;
    char message[1024];
    bool scenario_done;
    bool shot_pending, idle;
    sim_ns_t t_end;
} ci = {.result = -1};

static void ci_stop_board(void) {
    sim_stop_requested = true;
    sim_vm_ops_deadline = sim_vm_ops + 1;
}

// Records the verdict (the first one wins) and stops the board.
static void decide(int code, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void decide(int code, const char *fmt, ...) {
    if (ci.result >= 0) {
        return;
    }
    ci.result = code;
    ci.t_end = sim_now();
    char tb[40];
    int k = snprintf(ci.message, sizeof(ci.message), "[%s] ", fmt_time(sim_now(), tb, sizeof(tb)));
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(ci.message + k, sizeof(ci.message) - k, fmt, ap);
    va_end(ap);
    fflush(stdout);
    if (code != 0 || !ci.cfg.quiet) {
        fprintf(stderr, "%s%s\n", ci.cfg.label ? ci.cfg.label : "", ci.message);
    }
    ci_stop_board();
}

bool sim_ci_wants_time(void) {
    if (!ci.active || sim_stop_requested) {
        return false;
    }
    if (ci.result < 0 && ((ci.sc && !ci.scenario_done) || (ci.cfg.expect_text && !ci.expect.found))) {
        return true;
    }
    return ci.shot_pending && ci.cfg.shot_time >= 0;     // a shot "at the end" waits for nothing
}

static void check_idle(void) {
    if (ci.idle && !sim_ci_wants_time()) {
        ci_stop_board();
    }
}

void sim_ci_set_idle(bool idle) {
    ci.idle = idle;
}

// Passes once every finisher (scenario, expected text) is satisfied.
static void check_pass(void) {
    bool sc_ok = ci.sc == NULL || ci.scenario_done;
    bool ex_ok = ci.cfg.expect_text == NULL || ci.expect.found;
    if (ci.result >= 0 || !sc_ok || !ex_ok || (ci.sc == NULL && ci.cfg.expect_text == NULL)) {
        return;
    }
    if (ci.sc && ci.cfg.expect_text) {
        decide(0, "scenario \"%s\" passed (%d steps), expected text found", ci.sc->name, ci.sc->n_steps);
    } else if (ci.sc) {
        decide(0, "scenario \"%s\" passed (%d steps)", ci.sc->name, ci.sc->n_steps);
    } else {
        decide(0, "expected text found: \"%s\"", ci.cfg.expect_text);
    }
}

static void step_fail(const step_t *st, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void step_fail(const step_t *st, const char *fmt, ...) {
    char detail[700], desc[160];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(detail, sizeof(detail), fmt, ap);
    va_end(ap);
    step_desc(st, desc, sizeof(desc));
    int no = (int)(st - ci.sc->steps) + 1;
    ((step_t *)st)->status = ST_FAILED;
    ((step_t *)st)->t_done = sim_now();
    ci.fail_step = no;
    if (st->name) {
        decide(1, "step %d (\"%s\") %s %s", no, st->name, desc, detail);
    } else {
        decide(1, "step %d %s %s", no, desc, detail);
    }
}

static void run_steps(void);

static void cont_fire(void *arg, intptr_t a) {
    (void)arg;
    ci.cont_ev = 0;
    if (ci.result >= 0 || a != ci.cur || ci.wait != WAIT_DONE) {
        return;
    }
    if (ci.timeout_ev) {
        sim_event_cancel(ci.timeout_ev);
        ci.timeout_ev = 0;
    }
    step_t *st = &ci.sc->steps[ci.cur];
    st->status = ST_PASSED;
    st->t_done = sim_now();
    ci.wait = WAIT_NONE;
    ci.cur++;
    run_steps();
}

// The current wait is over: continue at the next instruction boundary.
static void wait_satisfied(void) {
    ci.wait = WAIT_DONE;
    if (ci.cont_ev == 0) {
        ci.cont_ev = sim_event_post(sim_now(), cont_fire, NULL, ci.cur);
    }
}

static void wait_event_fire(void *arg, intptr_t a) {
    (void)arg;
    ci.wait_ev = 0;
    if (ci.result < 0 && a == ci.cur && ci.wait == WAIT_EVENT) {
        wait_satisfied();
    }
}

static void step_timeout_fire(void *arg, intptr_t a) {
    (void)arg;
    ci.timeout_ev = 0;
    if (ci.result >= 0 || a != ci.cur || ci.wait == WAIT_DONE || ci.wait == WAIT_NONE) {
        return;
    }
    step_t *st = &ci.sc->steps[ci.cur];
    char d[32];
    fmt_duration(st->timeout, d, sizeof(d));
    if (ci.wait == WAIT_PIN) {
        step_fail(st, "timed out after %s waiting for %d (level is %d)", d, (int)st->value, sim_net_level(ci.wait_net));
    } else if (ci.wait == WAIT_PIN_CHANGE) {
        step_fail(st, "timed out after %s: the level stayed %d", d, ci.wait_level);
    } else {
        step_fail(st, "timed out after %s", d);
    }
}

// ---- serial

// Searches the unconsumed serial bytes for the waiting step's text; consumes through the match.
static void serial_scan(void) {
    if (ci.wait != WAIT_SERIAL) {
        return;
    }
    step_t *st = &ci.sc->steps[ci.cur];
    size_t from = ci.ser_scanned >= st->n_bytes ? ci.ser_scanned - st->n_bytes + 1 : 0;
    if (from > ci.ser_len) {
        from = ci.ser_len;
    }
    if (ci.ser == NULL || st->n_bytes == 0) {
        return;     // nothing received yet (memmem must not see a NULL buffer)
    }
    uint8_t *hit = memmem(ci.ser + from, ci.ser_len - from, st->bytes, st->n_bytes);
    if (hit == NULL) {
        ci.ser_scanned = ci.ser_len;
        return;
    }
    size_t end = (size_t)(hit - ci.ser) + st->n_bytes;
    memmove(ci.ser, ci.ser + end, ci.ser_len - end);
    ci.ser_len -= end;
    ci.ser_scanned = 0;
    wait_satisfied();
}

static void serial_hook(const char *s, size_t n) {
    if (!ci.active) {
        return;
    }
    const uint8_t *b = (const uint8_t *)s;
    if (ci.sc && ci.result < 0) {
        if (ci.ser_len + n > SER_MAX) {
            // Keep the newest half: a wait-serial pattern is never that long.
            size_t drop = ci.ser_len + n - SER_MAX / 2;
            if (drop > ci.ser_len) {
                drop = ci.ser_len;
            }
            memmove(ci.ser, ci.ser + drop, ci.ser_len - drop);
            ci.ser_len -= drop;
            ci.ser_scanned = ci.ser_scanned > drop ? ci.ser_scanned - drop : 0;
        }
        if (ci.ser_len + n > ci.ser_alloc) {
            ci.ser_alloc = (ci.ser_len + n) * 2;
            ci.ser = realloc(ci.ser, ci.ser_alloc);
            if (ci.ser == NULL) {
                abort();
            }
        }
        memcpy(ci.ser + ci.ser_len, b, n);
        ci.ser_len += n;
        serial_scan();
    }
    if (ci.cfg.fail_text && !ci.failm.found && sm_feed(&ci.failm, b, n)) {
        decide(1, "fail text found: \"%s\"", ci.cfg.fail_text);
    }
    if (ci.cfg.expect_text && !ci.expect.found && sm_feed(&ci.expect, b, n)) {
        check_pass();
    }
}

// ---- pins

static void net_watch_fn(void *arg, int net, int level) {
    (void)arg;
    if (!ci.active || ci.result >= 0 || net != ci.wait_net) {
        return;
    }
    if (ci.wait == WAIT_PIN) {
        if (level == (int)ci.sc->steps[ci.cur].value) {
            wait_satisfied();
        }
    } else if (ci.wait == WAIT_PIN_CHANGE) {
        if (level != ci.wait_level) {
            wait_satisfied();
        }
    }
}

static void watch_net(int net) {
    if (net >= 0 && net < sim_n_nets && !ci.net_watched[net]) {
        ci.net_watched[net] = true;
        sim_net_watch(net, net_watch_fn, NULL);
    }
}

static sim_driver_t *step_endpoint(const step_t *st) {
    char ref[200];
    snprintf(ref, sizeof(ref), "%s:%s", st->part, st->pin);
    return sim_endpoint(ref);
}

// ---- screenshots

static bool shoot(const step_t *st, sim_image_t *img) {
    sim_part_t *p = sim_part_find(st->part);
    memset(img, 0, sizeof(*img));
    if (p == NULL || p->type == NULL || p->type->screenshot == NULL || !p->type->screenshot(p, img)) {
        step_fail(st, "failed: %s is not a display", st->part);
        return false;
    }
    return true;
}

// Lit: the brightest channel is at least 128, so a red LED matrix or 7-segment digit counts as
// lit and a dark grey unlit segment (0x44) or an LCD's dark dot does not.
static bool px_lit(const uint8_t *px) {
    return px[0] >= 128 || px[1] >= 128 || px[2] >= 128;
}

static void do_screenshot(const step_t *st) {
    sim_image_t img;
    if (!shoot(st, &img)) {
        return;
    }
    if (st->save_to && !sim_png_write(st->save_to, &img)) {
        step_fail(st, "can't write '%s'", st->save_to);
        free(img.rgba);
        return;
    }
    if (st->compare_with) {
        sim_image_t gold = {0};
        if (!sim_png_read(st->compare_with, &gold)) {
            step_fail(st, "can't read '%s' (PNG)", st->compare_with);
        } else if (gold.width != img.width || gold.height != img.height) {
            step_fail(st, "size mismatch: the screenshot is %dx%d, %s is %dx%d", img.width, img.height,
                st->compare_with, gold.width, gold.height);
        } else {
            for (int y = 0; y < img.height && ci.result < 0; y++) {
                for (int x = 0; x < img.width; x++) {
                    const uint8_t *a = img.rgba + ((size_t)y * img.width + x) * 4;
                    const uint8_t *b = gold.rgba + ((size_t)y * img.width + x) * 4;
                    if (memcmp(a, b, 4) != 0) {
                        step_fail(st, "differs from %s at pixel (%d,%d): got RGBA(%d,%d,%d,%d), expected RGBA(%d,%d,%d,%d)",
                            st->compare_with, x, y, a[0], a[1], a[2], a[3], b[0], b[1], b[2], b[3]);
                        break;
                    }
                }
            }
        }
        free(gold.rgba);
    }
    free(img.rgba);
}

static void do_expect_display(const step_t *st) {
    sim_image_t img;
    if (!shoot(st, &img)) {
        return;
    }
    if (st->compare_with) {
        sim_image_t gold = {0};
        if (!sim_png_read(st->compare_with, &gold)) {
            step_fail(st, "can't read '%s' (PNG)", st->compare_with);
        } else if (st->x + gold.width > img.width || st->y + gold.height > img.height) {
            step_fail(st, "region %dx%d at (%d,%d) does not fit the %dx%d display", gold.width, gold.height, st->x, st->y, img.width, img.height);
        } else {
            for (int y = 0; y < gold.height && ci.result < 0; y++) {
                for (int x = 0; x < gold.width; x++) {
                    const uint8_t *a = img.rgba + ((size_t)(st->y + y) * img.width + st->x + x) * 4;
                    const uint8_t *b = gold.rgba + ((size_t)y * gold.width + x) * 4;
                    if (memcmp(a, b, 4) != 0) {
                        step_fail(st, "differs from %s at display pixel (%d,%d): got RGBA(%d,%d,%d,%d), expected RGBA(%d,%d,%d,%d)",
                            st->compare_with, st->x + x, st->y + y, a[0], a[1], a[2], a[3], b[0], b[1], b[2], b[3]);
                        break;
                    }
                }
            }
        }
        free(gold.rgba);
        free(img.rgba);
        return;
    }
    int w = 0;
    for (int r = 0; r < st->n_rows; r++) {
        int l = (int)strlen(st->rows[r]);
        w = l > w ? l : w;
    }
    if (st->x + w > img.width || st->y + st->n_rows > img.height) {
        step_fail(st, "region %dx%d at (%d,%d) does not fit the %dx%d display", w, st->n_rows, st->x, st->y, img.width, img.height);
        free(img.rgba);
        return;
    }
    for (int r = 0; r < st->n_rows && ci.result < 0; r++) {
        for (int c = 0; st->rows[r][c]; c++) {
            char want = st->rows[r][c];
            if (want != '#' && want != '.') {
                continue;
            }
            int x = st->x + c, y = st->y + r;
            bool lit = px_lit(img.rgba + ((size_t)y * img.width + x) * 4);
            if (lit != (want == '#')) {
                step_fail(st, "pixel (%d,%d) is %s, expected %s", x, y, lit ? "lit" : "dark", lit ? "dark" : "lit");
                // What the region shows, to compare with the expected art.
                fprintf(stderr, "  the display shows at (%d,%d):\n", st->x, st->y);
                for (int rr = 0; rr < st->n_rows; rr++) {
                    fputs("    ", stderr);
                    for (int cc = 0; cc < w; cc++) {
                        fputc(px_lit(img.rgba + ((size_t)(st->y + rr) * img.width + st->x + cc) * 4) ? '#' : '.', stderr);
                    }
                    fputc('\n', stderr);
                }
                break;
            }
        }
    }
    free(img.rgba);
}

// ---- bus transactions

static void do_expect_bus(const step_t *st) {
    const sim_txn_t *t;
    size_t n = sim_record_txns(&t);
    bool spi = st->cmd == CMD_EXPECT_SPI;
    size_t from = st->since_start ? 0 : ci.prev_mark;
    if (from > n) {
        from = n;
    }
    size_t seen = 0;
    const sim_txn_t *last = NULL;
    for (size_t i = from; i < n; i++) {
        if (t[i].is_spi != spi) {
            continue;
        }
        seen++;
        last = &t[i];
        if (!spi) {
            if ((st->addr >= 0 && t[i].addr != st->addr) || (st->dir >= 0 && (int)t[i].read != st->dir)) {
                continue;
            }
            if (st->ack >= 0 ? (int)t[i].ack != st->ack : (!t[i].ack && st->has_data)) {
                continue;
            }
        }
        if (st->has_data) {
            if (st->prefix ? t[i].n < st->n_bytes : t[i].n != st->n_bytes) {
                continue;
            }
            if (memcmp(t[i].data, st->bytes, st->n_bytes) != 0) {
                continue;
            }
        }
        return;     // found
    }
    char want[256], hx[80], lasts[160] = "";
    fmt_hex(st->bytes, st->n_bytes, hx, sizeof(hx));
    if (spi) {
        snprintf(want, sizeof(want), "no SPI transfer with data %s%s", hx, st->prefix ? "..." : "");
    } else {
        char a[24] = "";
        if (st->addr >= 0) {
            snprintf(a, sizeof(a), "%s0x%02x", st->dir == 1 ? " from " : st->dir == 0 ? " to " : " with ", st->addr);
        }
        snprintf(want, sizeof(want), "no %s%s%s%s%s%s", st->dir < 0 ? "transaction" : st->dir ? "read" : "write",
            a, st->has_data ? " with data " : "", st->has_data ? hx : "", st->prefix ? "..." : "",
            st->ack == 0 ? " (NACKed)" : st->ack == 1 ? " (ACKed)" : "");
    }
    if (last) {
        char lh[64];
        fmt_hex(last->data, last->n, lh, sizeof(lh));
        if (spi) {
            snprintf(lasts, sizeof(lasts), "; last: %s", lh);
        } else {
            snprintf(lasts, sizeof(lasts), "; last: %s 0x%02x%s %s", last->read ? "read" : "write", last->addr, last->ack ? "" : " NACK", lh);
        }
    }
    char since[32] = "the start";
    int no = (int)(st - ci.sc->steps) + 1;
    if (!st->since_start && no > 1) {
        snprintf(since, sizeof(since), "step %d", no - 1);
    }
    step_fail(st, "failed: %s since %s (%zu %s transactions seen%s)", want, since, seen, spi ? "SPI" : "I2C", lasts);
}

// ---- inject

static void sched_fire(void *arg, intptr_t a) {
    step_t *st = arg;
    if (ci.result >= 0) {
        return;
    }
    sim_part_t *p = sim_part_find(st->part);
    if (p->type->set_control(p, st->pin, st->sched[a].value) != 0) {
        int no = (int)(st - ci.sc->steps) + 1;
        st->status = ST_FAILED;
        ci.fail_step = no;
        decide(1, "step %d inject: part %s has no control \"%s\"", no, st->part, st->pin);
    }
}

static void do_inject(step_t *st) {
    if (st->inject_clear) {
        sim_inject_clear();
        return;
    }
    if (st->has_rule) {
        sim_inject_rule_t r = st->rule;
        r.from = sim_now() + st->after;
        r.until = st->window > 0 ? r.from + st->window : 0;
        sim_inject_add(&r);
        return;
    }
    for (size_t i = 0; i < st->n_sched; i++) {
        sim_event_post(sim_now() + st->sched[i].at, sched_fire, st, (intptr_t)i);
    }
}

// ---- touch steps (the panel's controller: parts/ft6206.c)

// The release a `touch` step scheduled (0: none); a later touch step on any panel replaces it.
static uint64_t touch_release_ev;

static void touch_release_fire(void *arg, intptr_t a) {
    touch_release_ev = 0;
    sim_ft6206_touch((sim_ft6206_t *)arg, 0, NAN, NAN);
    wait_event_fire(NULL, a);
}

static void do_touch(const step_t *st) {
    sim_ft6206_t *t = sim_touch_panel(sim_part_find(st->part));
    if (touch_release_ev) {
        sim_event_cancel(touch_release_ev);
        touch_release_ev = 0;
    }
    switch (st->cmd) {
        case CMD_TOUCH:
        case CMD_TOUCH_PRESS:
            sim_ft6206_touch(t, 1, st->x, st->y);
            if (st->cmd == CMD_TOUCH) {
                touch_release_ev = sim_event_post(sim_now() + st->duration, touch_release_fire, t, ci.cur);
                if (st->touch_wait) {
                    ci.wait = WAIT_EVENT;
                    ci.wait_ev = touch_release_ev;
                }
            }
            break;
        case CMD_TOUCH_MOVE:
        case CMD_TOUCH_RELEASE:
            if (!t->pressed) {
                step_fail(st, "failed: %s is not being touched (no touch-press before)", st->part);
            } else if (st->cmd == CMD_TOUCH_MOVE) {
                sim_ft6206_touch(t, -1, st->x, st->y);
            } else {
                sim_ft6206_touch(t, 0, NAN, NAN);
            }
            break;
        default:
            break;
    }
}

// ---- the step loop

static void run_steps(void) {
    sim_scenario_t *sc = ci.sc;
    while (ci.result < 0 && ci.cur < sc->n_steps) {
        step_t *st = &sc->steps[ci.cur];
        ci.prev_mark = ci.mark;
        const sim_txn_t *t;
        ci.mark = sim_record_txns(&t);
        ci.step_start = sim_now();
        ci.wait = WAIT_NONE;
        switch (st->cmd) {
            case CMD_DELAY:
            case CMD_RUN_FOR:
                ci.wait = WAIT_EVENT;
                ci.wait_ev = sim_event_post(sim_now() + st->duration, wait_event_fire, NULL, ci.cur);
                break;
            case CMD_WAIT_SERIAL:
                ci.wait = WAIT_SERIAL;
                ci.ser_scanned = 0;
                serial_scan();
                break;
            case CMD_WRITE_SERIAL:
                sim_console_feed(st->bytes, st->n_bytes);
                break;
            case CMD_SET_CONTROL: {
                sim_part_t *p = sim_part_find(st->part);
                if (p->type->set_control(p, st->pin, st->value) != 0) {
                    step_fail(st, "failed: %s (%s) has no control \"%s\"", st->part, p->type->type, st->pin);
                }
                break;
            }
            case CMD_EXPECT_PIN: {
                int level = sim_net_level(step_endpoint(st)->net);
                if (level != (int)st->value) {
                    step_fail(st, "expected %d, was %d", (int)st->value, level);
                }
                break;
            }
            case CMD_WAIT_PIN:
            case CMD_WAIT_PIN_CHANGE: {
                ci.wait_net = step_endpoint(st)->net;
                ci.wait_level = sim_net_level(ci.wait_net);
                watch_net(ci.wait_net);
                if (st->cmd == CMD_WAIT_PIN && ci.wait_level == (int)st->value) {
                    break;  // already there
                }
                ci.wait = st->cmd == CMD_WAIT_PIN ? WAIT_PIN : WAIT_PIN_CHANGE;
                break;
            }
            case CMD_TAKE_SCREENSHOT:
                do_screenshot(st);
                break;
            case CMD_EXPECT_DISPLAY:
                do_expect_display(st);
                break;
            case CMD_EXPECT_I2C:
            case CMD_EXPECT_SPI:
                do_expect_bus(st);
                break;
            case CMD_INJECT:
                do_inject(st);
                break;
            case CMD_TOUCH:
            case CMD_TOUCH_PRESS:
            case CMD_TOUCH_MOVE:
            case CMD_TOUCH_RELEASE:
                do_touch(st);
                break;
            case CMD_RESET:
                if (st->reset_power) {
                    sim_board_reset_parts();
                }
                sim_request_reset(st->reset_power ? CI_PWRON_RESET : CI_HARD_RESET);
                break;
        }
        if (ci.result >= 0) {
            return;
        }
        if (ci.wait != WAIT_NONE) {
            if (st->timeout >= 0 && ci.wait != WAIT_DONE) {
                ci.timeout_ev = sim_event_post(sim_now() + st->timeout, step_timeout_fire, NULL, ci.cur);
            }
            return;     // continues from an event, the serial hook or a net watcher
        }
        st->status = ST_PASSED;
        st->t_done = sim_now();
        ci.cur++;
    }
    if (ci.result < 0 && ci.cur >= sc->n_steps) {
        ci.scenario_done = true;
        check_pass();
        check_idle();
    }
}

static void start_fire(void *arg, intptr_t a) {
    (void)arg;
    (void)a;
    run_steps();
}

static void timeout_fire(void *arg, intptr_t a) {
    (void)arg;
    (void)a;
    if (ci.result >= 0) {
        return;
    }
    char d[32], desc[160];
    fmt_duration(ci.cfg.timeout, d, sizeof(d));
    ci.timed_out = true;
    if (ci.sc && !ci.scenario_done) {
        step_t *st = &ci.sc->steps[ci.cur];
        step_desc(st, desc, sizeof(desc));
        ci.fail_step = ci.cur + 1;
        decide(ci.cfg.timeout_exit_code, "timeout: the simulation did not finish in %s: step %d %s still waiting",
            d, ci.cur + 1, desc);
    } else if (ci.cfg.expect_text && !ci.expect.found) {
        decide(ci.cfg.timeout_exit_code, "timeout: the simulation did not finish in %s: expected text \"%s\" not seen",
            d, ci.cfg.expect_text);
    } else {
        decide(ci.cfg.timeout_exit_code, "timeout: the simulation did not finish in %s", d);
    }
}

static void shot_take(void) {
    char err[300];
    ci.shot_pending = false;
    if (!sim_screenshot_png(ci.cfg.shot_part, ci.cfg.shot_file, err, sizeof(err))) {
        fprintf(stderr, "micropython-sim: --screenshot-part: %s\n", err);
    }
}

static void shot_fire(void *arg, intptr_t a) {
    (void)arg;
    (void)a;
    if (ci.shot_pending) {
        shot_take();
    }
    check_idle();
}

static int check_refs(char *err, size_t err_len) {
    sim_scenario_t *sc = ci.sc;
    for (int i = 0; sc && i < sc->n_steps; i++) {
        step_t *st = &sc->steps[i];
        char pre[300], desc[160];
        step_desc(st, desc, sizeof(desc));
        snprintf(pre, sizeof(pre), "%s:%d: step %d %s", sc->path, st->line, i + 1, desc);
        if (st->part == NULL) {
            continue;
        }
        bool is_mcu = strcmp(st->part, sim_mcu_id) == 0;
        sim_part_t *p = is_mcu ? NULL : sim_part_find(st->part);
        if (!is_mcu && p == NULL) {
            snprintf(err, err_len, "%s: no part \"%s\" on the board", pre, st->part);
            return -1;
        }
        switch (st->cmd) {
            case CMD_EXPECT_PIN:
            case CMD_WAIT_PIN:
            case CMD_WAIT_PIN_CHANGE: {
                sim_driver_t *d = step_endpoint(st);
                if (d == NULL) {
                    snprintf(err, err_len, "%s: part \"%s\" has no pin \"%s\"", pre, st->part, st->pin);
                    return -1;
                }
                if (d->net < 0) {
                    snprintf(err, err_len, "%s: %s:%s is not connected to anything", pre, st->part, st->pin);
                    return -1;
                }
                break;
            }
            case CMD_SET_CONTROL:
            case CMD_INJECT:
                if (is_mcu || p->type == NULL || p->type->set_control == NULL) {
                    snprintf(err, err_len, "%s: part \"%s\" has no controls", pre, st->part);
                    return -1;
                }
                break;
            case CMD_TOUCH:
            case CMD_TOUCH_PRESS:
            case CMD_TOUCH_MOVE:
            case CMD_TOUCH_RELEASE:
                if (is_mcu || sim_touch_panel(p) == NULL) {
                    snprintf(err, err_len, "%s: part \"%s\" has no touch screen", pre, st->part);
                    return -1;
                }
                if (st->cmd != CMD_TOUCH_RELEASE && (st->x >= SIM_FT6206_W || st->y >= SIM_FT6206_H)) {
                    snprintf(err, err_len, "%s: (%d,%d) is outside the %dx%d panel", pre, st->x, st->y, SIM_FT6206_W, SIM_FT6206_H);
                    return -1;
                }
                break;
            case CMD_TAKE_SCREENSHOT:
            case CMD_EXPECT_DISPLAY:
                if (is_mcu || p->type == NULL || p->type->screenshot == NULL) {
                    snprintf(err, err_len, "%s: part \"%s\" is not a display", pre, st->part);
                    return -1;
                }
                break;
            default:
                break;
        }
    }
    return 0;
}

static void console_wait(void) {
    sim_ci_console_wait();
}

extern void (*sim_console_wait_hook)(void);

int sim_ci_start(const sim_ci_config_t *cfg, char *err, size_t err_len) {
    ci.cfg = *cfg;
    ci.sc = cfg->scenario;
    ci.active = true;
    touch_release_ev = 0;       // the last board's events are gone
    ci.result = -1;
    if (check_refs(err, err_len) != 0) {
        return -1;
    }
    ci.net_watched = xcalloc(sim_n_nets + 1, sizeof(bool));
    if (cfg->expect_text) {
        sm_init(&ci.expect, cfg->expect_text);
    }
    if (cfg->fail_text) {
        sm_init(&ci.failm, cfg->fail_text);
    }
    sim_serial_hook = serial_hook;
    sim_console_wait_hook = console_wait;
    if (ci.sc) {
        sim_event_post(0, start_fire, NULL, 0);
    }
    if (cfg->timeout > 0) {
        sim_event_post(cfg->timeout, timeout_fire, NULL, 0);
    }
    if (cfg->shot_part) {
        ci.shot_pending = true;
        if (cfg->shot_time >= 0) {
            sim_event_post(cfg->shot_time, shot_fire, NULL, 0);
        }
    }
    return 0;
}

void sim_ci_console_wait(void) {
    sim_ns_t next = sim_event_next_time();
    if (next == INT64_MAX) {
        // Nothing will ever type: stop waiting (the read sees end of input).
        ci_stop_board();
        sim_sleep_ns(0);
        return;
    }
    sim_sleep_ns(next - sim_now());
}

int sim_ci_end(int firmware_code) {
    if (!ci.active) {
        return firmware_code;
    }
    if (ci.shot_pending) {
        shot_take();
    }
    if (ci.t_end == 0) {
        ci.t_end = sim_now();
    }
    if (ci.result < 0 && (ci.sc || ci.cfg.expect_text)) {
        // The board ran out of things to do (no timeout set) before the verdict.
        ci.timed_out = true;
        if (ci.sc && !ci.scenario_done) {
            char desc[160];
            step_desc(&ci.sc->steps[ci.cur], desc, sizeof(desc));
            ci.fail_step = ci.cur + 1;
            decide(ci.cfg.timeout_exit_code, "timeout: the board stopped with step %d %s still waiting", ci.cur + 1, desc);
        } else {
            decide(ci.cfg.timeout_exit_code, "timeout: the board stopped before the expected text \"%s\"", ci.cfg.expect_text);
        }
    }
    fflush(stdout);
    return ci.result >= 0 ? ci.result : firmware_code;
}

// ---- JUnit

void sim_xml_escape(FILE *f, const char *s) {
    for (; *s; s++) {
        unsigned char c = (unsigned char)*s;
        switch (c) {
            case '<': fputs("&lt;", f); break;
            case '>': fputs("&gt;", f); break;
            case '&': fputs("&amp;", f); break;
            case '"': fputs("&quot;", f); break;
            case '\n': fputs("&#10;", f); break;
            default:
                if (c < 32 && c != '\t') {
                    fprintf(f, "&#x%x;", 0xE000 + c);   // not representable in XML 1.0
                } else {
                    fputc(c, f);
                }
        }
    }
}

void sim_ci_write_junit(FILE *f) {
    char tb[40];
    const char *name = ci.sc ? ci.sc->name : "run";
    fprintf(f, "    <testcase name=\"");
    sim_xml_escape(f, name);
    fprintf(f, "\" classname=\"micropython-sim\"");
    if (ci.sc) {
        fprintf(f, " file=\"");
        sim_xml_escape(f, ci.sc->path);
        fprintf(f, "\"");
    }
    fmt_time(ci.t_end ? ci.t_end : sim_now(), tb, sizeof(tb));
    *strchr(tb, 's') = 0;
    fprintf(f, " time=\"%s\">\n", tb);
    if (ci.sc && ci.sc->n_steps > 0) {
        fprintf(f, "      <properties>\n");
        for (int i = 0; i < ci.sc->n_steps; i++) {
            step_t *st = &ci.sc->steps[i];
            char desc[160], v[300];
            step_desc(st, desc, sizeof(desc));
            const char *status = st->status == ST_PASSED ? "passed" : st->status == ST_FAILED ? "failed"
                : (ci.timed_out && i == ci.fail_step - 1) ? "timed out" : "not run";
            if (st->status != ST_PENDING) {
                snprintf(v, sizeof(v), "%s: %s at %s", desc, status, fmt_time(st->t_done, tb, sizeof(tb)));
            } else {
                snprintf(v, sizeof(v), "%s: %s", desc, status);
            }
            fprintf(f, "        <property name=\"step %d%s", i + 1, st->name ? " " : "");
            if (st->name) {
                sim_xml_escape(f, st->name);
            }
            fprintf(f, "\" value=\"");
            sim_xml_escape(f, v);
            fprintf(f, "\"/>\n");
        }
        fprintf(f, "      </properties>\n");
    }
    if (ci.result > 0) {
        fprintf(f, "      <failure type=\"%s\" message=\"", ci.timed_out ? "timeout" : "failure");
        sim_xml_escape(f, ci.message);
        fprintf(f, "\">");
        sim_xml_escape(f, ci.message);
        fprintf(f, "</failure>\n");
    }
    fprintf(f, "    </testcase>\n");
}

bool sim_junit_write(const char *path, const char *cases, int tests, int failures) {
    FILE *f = fopen(path, "w");
    if (f == NULL) {
        return false;
    }
    fprintf(f, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    fprintf(f, "<testsuites name=\"micropython-sim\" tests=\"%d\" failures=\"%d\" errors=\"0\">\n", tests, failures);
    fprintf(f, "  <testsuite name=\"micropython-sim\" tests=\"%d\" failures=\"%d\" errors=\"0\" skipped=\"0\">\n", tests, failures);
    fputs(cases, f);
    fprintf(f, "  </testsuite>\n</testsuites>\n");
    return fclose(f) == 0;
}
