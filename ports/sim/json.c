// ports/sim/json.c: the board-file JSON reader (see json.h). Recursive descent with a depth
// limit (a hostile file cannot exhaust the C stack) and strict RFC 8259 syntax.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <stdint.h>

#include "json.h"

#define JSON_MAX_DEPTH 64

typedef struct {
    const char *p, *end;
    int line;
    char *err;
    size_t err_len;
    bool failed;
} jparser_t;

static void jfail(jparser_t *j, const char *msg) {
    if (!j->failed) {
        snprintf(j->err, j->err_len, "line %d: %s", j->line, msg);
        j->failed = true;
    }
}

static void jskip_ws(jparser_t *j) {
    while (j->p < j->end) {
        char c = *j->p;
        if (c == '\n') {
            j->line++;
        } else if (c != ' ' && c != '\t' && c != '\r') {
            break;
        }
        j->p++;
    }
}

static sim_json_t *jnew(jparser_t *j, sim_json_kind_t k) {
    sim_json_t *v = calloc(1, sizeof(*v));
    if (v == NULL) {
        jfail(j, "out of memory");
        return NULL;
    }
    v->kind = k;
    v->line = j->line;
    return v;
}

static void jput_utf8(char **out, unsigned cp) {
    char *o = *out;
    if (cp < 0x80) {
        *o++ = cp;
    } else if (cp < 0x800) {
        *o++ = 0xC0 | (cp >> 6);
        *o++ = 0x80 | (cp & 0x3F);
    } else if (cp < 0x10000) {
        *o++ = 0xE0 | (cp >> 12);
        *o++ = 0x80 | ((cp >> 6) & 0x3F);
        *o++ = 0x80 | (cp & 0x3F);
    } else {
        *o++ = 0xF0 | (cp >> 18);
        *o++ = 0x80 | ((cp >> 12) & 0x3F);
        *o++ = 0x80 | ((cp >> 6) & 0x3F);
        *o++ = 0x80 | (cp & 0x3F);
    }
    *out = o;
}

static int jhex4(const char *s) {
    int v = 0;
    for (int i = 0; i < 4; i++) {
        char c = s[i];
        v <<= 4;
        if (c >= '0' && c <= '9') {
            v |= c - '0';
        } else if (c >= 'a' && c <= 'f') {
            v |= c - 'a' + 10;
        } else if (c >= 'A' && c <= 'F') {
            v |= c - 'A' + 10;
        } else {
            return -1;
        }
    }
    return v;
}

// At the opening quote; returns a malloc'ed NUL-terminated string.
static char *jstring(jparser_t *j) {
    j->p++;
    const char *s = j->p;
    // The decoded form is never longer than the source.
    while (j->p < j->end && *j->p != '"') {
        if (*j->p == '\\') {
            j->p++;
        }
        if (j->p < j->end && *j->p == '\n') {
            jfail(j, "newline inside a string");
            return NULL;
        }
        j->p++;
    }
    if (j->p >= j->end) {
        jfail(j, "unterminated string");
        return NULL;
    }
    size_t n = j->p - s;
    j->p++;
    char *out = malloc(n + 1), *o = out;
    if (out == NULL) {
        jfail(j, "out of memory");
        return NULL;
    }
    for (const char *q = s; q < s + n; q++) {
        unsigned char c = *q;
        if (c < 0x20) {
            jfail(j, "control character inside a string");
            free(out);
            return NULL;
        }
        if (c != '\\') {
            *o++ = c;
            continue;
        }
        q++;
        switch (*q) {
            case '"': *o++ = '"'; break;
            case '\\': *o++ = '\\'; break;
            case '/': *o++ = '/'; break;
            case 'b': *o++ = '\b'; break;
            case 'f': *o++ = '\f'; break;
            case 'n': *o++ = '\n'; break;
            case 'r': *o++ = '\r'; break;
            case 't': *o++ = '\t'; break;
            case 'u': {
                int cp = q + 4 < s + n ? jhex4(q + 1) : -1;
                if (cp < 0) {
                    jfail(j, "bad \\u escape");
                    free(out);
                    return NULL;
                }
                q += 4;
                if (cp >= 0xD800 && cp < 0xDC00 && q + 6 < s + n && q[1] == '\\' && q[2] == 'u') {
                    int lo = jhex4(q + 3);
                    if (lo >= 0xDC00 && lo < 0xE000) {
                        cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
                        q += 6;
                    }
                }
                // A \u escape is 6 source bytes and at most 4 UTF-8 bytes: fits.
                jput_utf8(&o, (unsigned)cp);
                break;
            }
            default:
                jfail(j, "bad escape in a string");
                free(out);
                return NULL;
        }
    }
    *o = 0;
    return out;
}

static sim_json_t *jvalue(jparser_t *j, int depth);

static bool jpush(jparser_t *j, sim_json_t *v, sim_json_t *item, char *key) {
    size_t n = v->n + 1;
    sim_json_t **items = realloc(v->items, n * sizeof(*items));
    if (items == NULL) {
        jfail(j, "out of memory");
        return false;
    }
    v->items = items;
    if (v->kind == SIM_JSON_OBJECT) {
        char **keys = realloc(v->keys, n * sizeof(*keys));
        if (keys == NULL) {
            jfail(j, "out of memory");
            return false;
        }
        v->keys = keys;
        keys[v->n] = key;
    }
    items[v->n] = item;
    v->n = n;
    return true;
}

static sim_json_t *jcontainer(jparser_t *j, int depth, bool is_obj) {
    sim_json_t *v = jnew(j, is_obj ? SIM_JSON_OBJECT : SIM_JSON_ARRAY);
    if (v == NULL) {
        return NULL;
    }
    j->p++;
    jskip_ws(j);
    char close = is_obj ? '}' : ']';
    if (j->p < j->end && *j->p == close) {
        j->p++;
        return v;
    }
    for (;;) {
        char *key = NULL;
        jskip_ws(j);
        if (is_obj) {
            if (j->p >= j->end || *j->p != '"') {
                jfail(j, "expected a string key");
                break;
            }
            key = jstring(j);
            if (key == NULL) {
                break;
            }
            jskip_ws(j);
            if (j->p >= j->end || *j->p != ':') {
                free(key);
                jfail(j, "expected ':' after a key");
                break;
            }
            j->p++;
        }
        sim_json_t *item = jvalue(j, depth + 1);
        if (item == NULL) {
            free(key);
            break;
        }
        if (!jpush(j, v, item, key)) {
            free(key);
            sim_json_free(item);
            break;
        }
        jskip_ws(j);
        if (j->p < j->end && *j->p == ',') {
            j->p++;
            continue;
        }
        if (j->p < j->end && *j->p == close) {
            j->p++;
            return v;
        }
        jfail(j, is_obj ? "expected ',' or '}'" : "expected ',' or ']'");
        break;
    }
    sim_json_free(v);
    return NULL;
}

static sim_json_t *jvalue(jparser_t *j, int depth) {
    if (depth > JSON_MAX_DEPTH) {
        jfail(j, "nesting too deep");
        return NULL;
    }
    jskip_ws(j);
    if (j->p >= j->end) {
        jfail(j, "unexpected end of file");
        return NULL;
    }
    char c = *j->p;
    if (c == '{' || c == '[') {
        return jcontainer(j, depth, c == '{');
    }
    if (c == '"') {
        sim_json_t *v = jnew(j, SIM_JSON_STRING);
        if (v != NULL && (v->str = jstring(j)) == NULL) {
            free(v);
            return NULL;
        }
        return v;
    }
    static const struct { const char *word; sim_json_kind_t kind; double num; } words[] = {
        {"true", SIM_JSON_BOOL, 1}, {"false", SIM_JSON_BOOL, 0}, {"null", SIM_JSON_NULL, 0},
    };
    for (size_t i = 0; i < 3; i++) {
        size_t wl = strlen(words[i].word);
        if ((size_t)(j->end - j->p) >= wl && memcmp(j->p, words[i].word, wl) == 0) {
            j->p += wl;
            sim_json_t *v = jnew(j, words[i].kind);
            if (v) {
                v->num = words[i].num;
            }
            return v;
        }
    }
    if (c == '-' || (c >= '0' && c <= '9')) {
        char buf[64];
        size_t n = 0;
        while (j->p < j->end && n < sizeof(buf) - 1 && strchr("+-0123456789.eE", *j->p)) {
            buf[n++] = *j->p++;
        }
        buf[n] = 0;
        char *endp;
        double d = strtod(buf, &endp);
        if (*endp != 0 || n == 0) {
            jfail(j, "bad number");
            return NULL;
        }
        sim_json_t *v = jnew(j, SIM_JSON_NUMBER);
        if (v) {
            v->num = d;
        }
        return v;
    }
    jfail(j, "unexpected character");
    return NULL;
}

sim_json_t *sim_json_parse(const char *text, size_t len, char *err, size_t err_len) {
    jparser_t j = {text, text + len, 1, err, err_len, false};
    sim_json_t *v = jvalue(&j, 0);
    if (v != NULL) {
        jskip_ws(&j);
        if (j.p != j.end) {
            jfail(&j, "extra data after the document");
            sim_json_free(v);
            v = NULL;
        }
    }
    return v;
}

void sim_json_free(sim_json_t *v) {
    if (v == NULL) {
        return;
    }
    for (size_t i = 0; i < v->n; i++) {
        sim_json_free(v->items[i]);
        if (v->keys) {
            free(v->keys[i]);
        }
    }
    free(v->items);
    free(v->keys);
    free(v->str);
    free(v);
}

const sim_json_t *sim_json_get(const sim_json_t *obj, const char *key) {
    if (obj == NULL || obj->kind != SIM_JSON_OBJECT) {
        return NULL;
    }
    for (size_t i = 0; i < obj->n; i++) {
        if (strcmp(obj->keys[i], key) == 0) {
            return obj->items[i];
        }
    }
    return NULL;
}

const char *sim_json_kind_name(sim_json_kind_t k) {
    static const char *const names[] = {"null", "boolean", "number", "string", "array", "object"};
    return names[k];
}
