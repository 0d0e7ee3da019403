// lib/prof/profout.c: writers for the profiler's output: a JSON serialiser for the report dict,
// the Chrome trace-event file, a small SVG writer with four pictures (opcode histogram, GC
// pause timeline, heap occupancy and fragmentation, flame graph) and an HTML page that
// embeds them.
//
// Everything is first built in a vstr (GC heap: the profiler is stopped by now) and then
// written with stdio. The pictures read the profiler's C records (py/profile.h) directly.
// SVG coordinates are in px; every picture is W px wide with a title line on top.
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "py/profile.h"
#include "py/gc.h"
#include "lib/prof/profout.h"

#define W (960)
#define FONT "font-family=\"monospace\""

// ---- JSON ----

static void json_string(const mp_print_t *pr, const char *s, size_t n) {
    mp_print_strn(pr, "\"", 1);
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == '"' || c == '\\') {
            char e[2] = { '\\', (char)c };
            mp_print_strn(pr, e, 2);
        } else if (c < 0x20) {
            mp_printf(pr, "\\u%04x", c);
        } else {
            mp_print_strn(pr, (const char *)&s[i], 1);
        }
    }
    mp_print_strn(pr, "\"", 1);
}

static void json_value(const mp_print_t *pr, mp_obj_t o, int depth) {
    mp_stack_check();
    if (o == mp_const_none) {
        mp_print_str(pr, "null");
    } else if (o == mp_const_true) {
        mp_print_str(pr, "true");
    } else if (o == mp_const_false) {
        mp_print_str(pr, "false");
    } else if (mp_obj_is_str(o)) {
        size_t n;
        const char *s = mp_obj_str_get_data(o, &n);
        json_string(pr, s, n);
    } else if (mp_obj_is_int(o)) {
        mp_obj_print_helper(pr, o, PRINT_REPR);
    } else if (mp_obj_is_float(o)) {
        double d = mp_obj_get_float(o);
        if (isfinite(d)) {
            mp_printf(pr, "%.6g", d);
        } else {
            mp_print_str(pr, "null");
        }
    } else if (mp_obj_is_type(o, &mp_type_dict)) {
        mp_map_t *map = &((mp_obj_dict_t *)MP_OBJ_TO_PTR(o))->map;
        mp_print_str(pr, "{");
        size_t i = 0;
        bool first = true;
        mp_map_elem_t *e;
        while ((e = mp_map_iter_next(map, &i)) != NULL) {
            mp_print_str(pr, first ? "" : ",");
            if (depth == 0) {
                mp_print_str(pr, "\n");
            }
            first = false;
            if (mp_obj_is_str(e->key)) {
                json_value(pr, e->key, depth + 1);
            } else {
                // JSON keys are strings
                vstr_t v;
                vstr_init(&v, 16);
                mp_print_t vp;
                mp_print_init_vstr(&vp, &v);
                mp_obj_print_helper(&vp, e->key, PRINT_STR);
                json_string(pr, v.buf, v.len);
                vstr_clear(&v);
            }
            mp_print_str(pr, ":");
            json_value(pr, e->value, depth + 1);
        }
        mp_print_str(pr, depth == 0 ? "\n}\n" : "}");
    } else if (mp_obj_is_type(o, &mp_type_list) || mp_obj_is_type(o, &mp_type_tuple)) {
        size_t n;
        mp_obj_t *items;
        if (mp_obj_is_type(o, &mp_type_list)) {
            mp_obj_list_get(o, &n, &items);
        } else {
            mp_obj_tuple_get(o, &n, &items);
        }
        mp_print_str(pr, "[");
        for (size_t i = 0; i < n; i++) {
            mp_print_str(pr, i ? (depth == 1 ? ",\n" : ",") : (depth == 1 ? "\n" : ""));
            json_value(pr, items[i], depth + 1);
        }
        mp_print_str(pr, "]");
    } else {
        mp_raise_TypeError("profile report: value not JSON serialisable");
    }
}

void mp_prof_json(const mp_print_t *out, mp_obj_t o) {
    json_value(out, o, 0);
}

// ---- SVG primitives ----

static void xml_text(const mp_print_t *pr, const char *s, size_t max_chars) {
    size_t n = strlen(s);
    bool cut = n > max_chars;
    if (cut) {
        n = max_chars > 2 ? max_chars - 2 : 0;
    }
    for (size_t i = 0; i < n; i++) {
        switch (s[i]) {
            case '<': mp_print_str(pr, "&lt;"); break;
            case '>': mp_print_str(pr, "&gt;"); break;
            case '&': mp_print_str(pr, "&amp;"); break;
            case '"': mp_print_str(pr, "&quot;"); break;
            default: mp_print_strn(pr, &s[i], 1); break;
        }
    }
    if (cut) {
        mp_print_str(pr, "..");
    }
}

static void svg_begin(const mp_print_t *pr, int h, const char *title) {
    mp_printf(pr, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\">\n"
        "<rect x=\"0\" y=\"0\" width=\"%d\" height=\"%d\" fill=\"#fdfdf8\"/>\n"
        "<text x=\"%d\" y=\"20\" " FONT " font-size=\"15\" text-anchor=\"middle\">", W, h, W, h, W, h, W / 2);
    xml_text(pr, title, 200);
    mp_print_str(pr, "</text>\n");
}

static void svg_end(const mp_print_t *pr) {
    mp_print_str(pr, "</svg>\n");
}

static void svg_text(const mp_print_t *pr, double x, double y, const char *anchor, const char *s, size_t max_chars) {
    mp_printf(pr, "<text x=\"%.1f\" y=\"%.1f\" " FONT " font-size=\"12\" text-anchor=\"%s\">", x, y, anchor);
    xml_text(pr, s, max_chars);
    mp_print_str(pr, "</text>\n");
}

static void svg_rect(const mp_print_t *pr, double x, double y, double w, double h, const char *fill, const char *tip) {
    mp_printf(pr, "<rect x=\"%.2f\" y=\"%.2f\" width=\"%.2f\" height=\"%.2f\" fill=\"%s\">", x, y, w, h, fill);
    if (tip != NULL) {
        mp_print_str(pr, "<title>");
        xml_text(pr, tip, 400);
        mp_print_str(pr, "</title>");
    }
    mp_print_str(pr, "</rect>\n");
}

static void svg_line(const mp_print_t *pr, double x1, double y1, double x2, double y2, const char *stroke) {
    mp_printf(pr, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\"/>\n", x1, y1, x2, y2, stroke);
}

static void svg_no_data(const mp_print_t *pr, const char *title) {
    svg_begin(pr, 60, title);
    svg_text(pr, W / 2, 45, "middle", "(no data: not profiled)", 60);
    svg_end(pr);
}

// ---- pictures ----

static const mp_prof_t *P = &mp_prof;

static void svg_ops(const mp_print_t *pr) {
    if (!(P->kinds & MP_PROF_OPS)) {
        svg_no_data(pr, "opcode histogram");
        return;
    }
    // top 25 opcodes by count (selection: the table is small)
    unsigned top[25];
    size_t n = 0;
    bool used[MP_BC_NUM_OPCODES] = { false };
    uint64_t total = 0;
    for (size_t op = 0; op < MP_BC_NUM_OPCODES; op++) {
        total += P->op_count[op];
    }
    while (n < MP_ARRAY_SIZE(top)) {
        int best = -1;
        for (size_t op = 0; op < MP_BC_NUM_OPCODES; op++) {
            if (!used[op] && P->op_count[op] > 0 && (best < 0 || P->op_count[op] > P->op_count[best])) {
                best = (int)op;
            }
        }
        if (best < 0) {
            break;
        }
        used[best] = true;
        top[n++] = (unsigned)best;
    }
    char title[96];
    snprintf(title, sizeof(title), "executed opcodes (%llu in all, top %u)", (unsigned long long)total, (unsigned)n);
    int row = 18, y0 = 36;
    svg_begin(pr, y0 + (int)n * row + 10, title);
    double x0 = 200, bar_w = W - x0 - 130;
    uint64_t max = n ? P->op_count[top[0]] : 1;
    for (size_t i = 0; i < n; i++) {
        unsigned op = top[i];
        double y = y0 + (double)i * row;
        double w = bar_w * (double)P->op_count[op] / (double)max;
        char tip[96], num[48];
        snprintf(tip, sizeof(tip), "%s: %llu (%.1f%%)", mp_bc_opcode_names[op], (unsigned long long)P->op_count[op], 100.0 * (double)P->op_count[op] / (double)total);
        snprintf(num, sizeof(num), "%llu", (unsigned long long)P->op_count[op]);
        svg_text(pr, x0 - 6, y + 13, "end", mp_bc_opcode_names[op], 26);
        svg_rect(pr, x0, y + 2, w < 1 ? 1 : w, row - 4, "#4a7ab5", tip);
        svg_text(pr, x0 + w + 6, y + 13, "start", num, 20);
    }
    svg_end(pr);
}

static void svg_time_axis(const mp_print_t *pr, double x0, double x1, double y, double t_max_ns) {
    svg_line(pr, x0, y, x1, y, "#333");
    for (int i = 0; i <= 4; i++) {
        double x = x0 + (x1 - x0) * i / 4;
        char s[32];
        snprintf(s, sizeof(s), "%.1f ms", t_max_ns * i / 4 / 1e6);
        svg_line(pr, x, y, x, y + 4, "#333");
        svg_text(pr, x, y + 16, i == 0 ? "start" : i == 4 ? "end" : "middle", s, 20);
    }
}

static const char *const trigger_colour[] = { "#2a9d8f", "#e9c46a", "#e76f51", "#8d6cab" };

static void svg_gc(const mp_print_t *pr) {
    if (!(P->kinds & MP_PROF_GC)) {
        svg_no_data(pr, "GC pauses");
        return;
    }
    uint64_t max_pause = 1, total_pause = 0;
    for (size_t i = 0; i < P->n_gcs; i++) {
        max_pause = P->gcs[i].pause_ns > max_pause ? P->gcs[i].pause_ns : max_pause;
        total_pause += P->gcs[i].pause_ns;
    }
    char title[128];
    snprintf(title, sizeof(title), "GC pauses: %u collections, %.3f ms in all, longest %.1f us",
        (unsigned)P->n_gcs, (double)total_pause / 1e6, (double)max_pause / 1e3);
    int h = 260;
    svg_begin(pr, h, title);
    double x0 = 70, x1 = W - 20, y0 = 40, y1 = h - 50;
    double t_max = (double)(P->t_stop_ns - P->t_start_ns);
    if (t_max <= 0) {
        t_max = 1;
    }
    svg_line(pr, x0, y0, x0, y1, "#333");
    char s[32];
    if (max_pause >= 1000000) {
        snprintf(s, sizeof(s), "%.1f ms", (double)max_pause / 1e6);
    } else {
        snprintf(s, sizeof(s), "%.1f us", (double)max_pause / 1e3);
    }
    svg_text(pr, x0 - 4, y0 + 10, "end", s, 12);
    svg_text(pr, x0 - 4, y1, "end", "0", 12);
    for (size_t i = 0; i < P->n_gcs; i++) {
        const mp_prof_gc_t *g = &P->gcs[i];
        double x = x0 + (x1 - x0) * (double)g->t_ns / t_max;
        double w = (x1 - x0) * (double)g->pause_ns / t_max;
        double bh = (y1 - y0) * (double)g->pause_ns / (double)max_pause;
        char tip[160];
        snprintf(tip, sizeof(tip), "#%u at %.3f ms: %s, pause %.1f us, freed %lu, live %lu bytes",
            (unsigned)i + 1, (double)g->t_ns / 1e6, mp_prof_trigger_name(g->trigger), (double)g->pause_ns / 1e3,
            (unsigned long)g->freed, (unsigned long)g->live_after);
        svg_rect(pr, x, y1 - bh, w < 2 ? 2 : w, bh < 1 ? 1 : bh, trigger_colour[g->trigger & 3], tip);
    }
    svg_time_axis(pr, x0, x1, y1, t_max);
    for (int k = 0; k < 4; k++) {
        svg_rect(pr, x0 + k * 130, h - 18, 10, 10, trigger_colour[k], NULL);
        svg_text(pr, x0 + k * 130 + 14, h - 9, "start", mp_prof_trigger_name(k), 16);
    }
    svg_end(pr);
}

static void svg_heap(const mp_print_t *pr) {
    if (!(P->kinds & MP_PROF_GC)) {
        svg_no_data(pr, "heap occupancy");
        return;
    }
    size_t max_used = 1;
    for (size_t i = 0; i < P->n_gcs; i++) {
        max_used = P->gcs[i].before > max_used ? P->gcs[i].before : max_used;
    }
    char title[128];
    snprintf(title, sizeof(title), "heap in use around each collection (blue, peak %.1f KiB); fragmentation of the holes (red, 0..1)",
        (double)max_used / 1024);
    int h = 280;
    svg_begin(pr, h, title);
    double x0 = 80, x1 = W - 50, y0 = 40, y1 = h - 40;
    double t_max = (double)(P->t_stop_ns - P->t_start_ns);
    if (t_max <= 0) {
        t_max = 1;
    }
    svg_line(pr, x0, y0, x0, y1, "#333");
    svg_line(pr, x1, y0, x1, y1, "#c0392b");
    char s[32];
    snprintf(s, sizeof(s), "%.0f KiB", (double)max_used / 1024);
    svg_text(pr, x0 - 4, y0 + 10, "end", s, 14);
    svg_text(pr, x0 - 4, y1, "end", "0", 12);
    svg_text(pr, x1 + 4, y0 + 10, "start", "1.0", 6);
    svg_text(pr, x1 + 4, y1, "start", "0.0", 6);
    if (P->n_gcs > 0) {
        mp_print_str(pr, "<polyline fill=\"none\" stroke=\"#2c6fbb\" stroke-width=\"1.5\" points=\"");
        for (size_t i = 0; i < P->n_gcs; i++) {
            const mp_prof_gc_t *g = &P->gcs[i];
            double xa = x0 + (x1 - x0) * (double)g->t_ns / t_max;
            double xb = x0 + (x1 - x0) * (double)(g->t_ns + g->pause_ns) / t_max;
            mp_printf(pr, "%.1f,%.1f %.1f,%.1f ", xa, y1 - (y1 - y0) * (double)g->before / (double)max_used,
                xb, y1 - (y1 - y0) * (double)g->live_after / (double)max_used);
        }
        mp_print_str(pr, "\"/>\n<polyline fill=\"none\" stroke=\"#c0392b\" stroke-dasharray=\"4 2\" points=\"");
        for (size_t i = 0; i < P->n_gcs; i++) {
            const mp_prof_gc_t *g = &P->gcs[i];
            double frag = g->free_low ? 1.0 - (double)g->largest_free_low / (double)g->free_low : 0.0;
            mp_printf(pr, "%.1f,%.1f ", x0 + (x1 - x0) * (double)(g->t_ns + g->pause_ns) / t_max, y1 - (y1 - y0) * frag);
        }
        mp_print_str(pr, "\"/>\n");
    }
    svg_time_axis(pr, x0, x1, y1, t_max);
    svg_end(pr);
}

// Flame graph of the calling-context tree: width = stack samples (or inclusive ns when no
// samples were taken), root at the bottom.
#define FLAME_ROW (17)
#define FLAME_MAX_DEPTH (256)

typedef struct {
    const mp_print_t *pr;
    uint64_t *incl;
    double scale;       // px per unit
    int height;
} flame_t;

static void flame_label(char *buf, size_t n, uint32_t node) {
    const mp_prof_code_t *c = &P->codes[P->nodes[node].code];
    snprintf(buf, n, "%s (%s:%u)", qstr_str(c->name), qstr_str(c->file), (unsigned)c->line);
}

static void flame_node(flame_t *f, uint32_t node, double x, int depth) {
    double w = (double)f->incl[node] * f->scale;
    if (w < 0.3 || depth > FLAME_MAX_DEPTH) {
        return;
    }
    if (node != 0) {
        char label[200], tip[260];
        flame_label(label, sizeof(label), node);
        snprintf(tip, sizeof(tip), "%s: %llu", label, (unsigned long long)f->incl[node]);
        double y = f->height - 30 - (double)depth * FLAME_ROW;
        // warm colours, stable per code object
        unsigned hsh = P->nodes[node].code * 2654435761u;
        char fill[24];
        snprintf(fill, sizeof(fill), "rgb(%u,%u,%u)", 205 + (hsh >> 27), 80 + ((hsh >> 20) & 127), 40 + ((hsh >> 12) & 31));
        svg_rect(f->pr, x, y, w - 0.5 > 0.3 ? w - 0.5 : 0.3, FLAME_ROW - 1, fill, tip);
        if (w > 30) {
            // the box shows name:line, the tooltip the file too
            const mp_prof_code_t *c = &P->codes[P->nodes[node].code];
            char short_label[80];
            snprintf(short_label, sizeof(short_label), "%s:%u", qstr_str(c->name), (unsigned)c->line);
            svg_text(f->pr, x + 3, y + 12, "start", short_label, (size_t)(w / 7.3));
        }
    }
    double cx = x;
    for (uint32_t c = P->nodes[node].first_child; c != 0; c = P->nodes[c].next_sibling) {
        flame_node(f, c, cx, depth + 1);
        cx += (double)f->incl[c] * f->scale;
    }
}

static void svg_flame(const mp_print_t *pr) {
    if (!(P->kinds & MP_PROF_CALLS) || P->n_nodes < 2) {
        svg_no_data(pr, "flame graph");
        return;
    }
    size_t n = P->n_nodes;
    uint64_t *incl = m_new(uint64_t, n);
    bool by_samples = P->total_samples > 0;
    int max_depth = 0;
    int *depth = m_new(int, n);
    depth[0] = 0;
    for (size_t i = 1; i < n; i++) {
        // a parent is always created before its children
        depth[i] = depth[P->nodes[i].parent] + 1;
        max_depth = depth[i] > max_depth ? depth[i] : max_depth;
    }
    for (size_t i = 0; i < n; i++) {
        incl[i] = by_samples ? P->nodes[i].samples : P->nodes[i].excl_ns;
    }
    for (size_t i = n - 1; i > 0; i--) {
        incl[P->nodes[i].parent] += incl[i];
    }
    if (max_depth > FLAME_MAX_DEPTH) {
        max_depth = FLAME_MAX_DEPTH;
    }
    char title[128];
    if (by_samples) {
        snprintf(title, sizeof(title), "flame graph: %llu stack samples (one every %u instructions)", (unsigned long long)incl[0], (unsigned)P->period);
    } else {
        snprintf(title, sizeof(title), "flame graph: %llu ns (exclusive times)", (unsigned long long)incl[0]);
    }
    flame_t f = { pr, incl, incl[0] ? (double)(W - 20) / (double)incl[0] : 0, 40 + (max_depth + 1) * FLAME_ROW };
    svg_begin(pr, f.height, title);
    flame_node(&f, 0, 10, 0);
    svg_end(pr);
    m_del(uint64_t, incl, n);
    m_del(int, depth, n);
}

bool mp_prof_svg(vstr_t *out, const char *which) {
    mp_print_t pr;
    mp_print_init_vstr(&pr, out);
    if (strcmp(which, "ops") == 0) {
        svg_ops(&pr);
    } else if (strcmp(which, "gc") == 0) {
        svg_gc(&pr);
    } else if (strcmp(which, "heap") == 0) {
        svg_heap(&pr);
    } else if (strcmp(which, "flame") == 0) {
        svg_flame(&pr);
    } else {
        return false;
    }
    return true;
}

// ---- Chrome trace events (about://tracing, Perfetto): times in microseconds ----

static void trace_events(const mp_print_t *pr) {
    mp_print_str(pr, "{\"displayTimeUnit\":\"ns\",\"traceEvents\":[\n"
        "{\"name\":\"process_name\",\"ph\":\"M\",\"pid\":1,\"tid\":1,\"args\":{\"name\":\"micropython\"}}");
    for (size_t i = 0; i < P->n_spans; i++) {
        const mp_prof_span_t *s = &P->spans[i];
        const mp_prof_code_t *c = &P->codes[s->code];
        mp_print_str(pr, ",\n{\"name\":");
        const char *name = qstr_str(c->name);
        json_string(pr, name, strlen(name));
        mp_printf(pr, ",\"cat\":\"call\",\"ph\":\"X\",\"pid\":1,\"tid\":1,\"ts\":%.3f,\"dur\":%.3f,\"args\":{\"file\":",
            (double)s->t0 / 1e3, (double)s->dur / 1e3);
        const char *file = qstr_str(c->file);
        json_string(pr, file, strlen(file));
        mp_printf(pr, ",\"line\":%u}}", (unsigned)c->line);
    }
    for (size_t i = 0; i < P->n_gcs; i++) {
        const mp_prof_gc_t *g = &P->gcs[i];
        mp_printf(pr, ",\n{\"name\":\"gc\",\"cat\":\"gc\",\"ph\":\"X\",\"pid\":1,\"tid\":1,\"ts\":%.3f,\"dur\":%.3f,"
            "\"args\":{\"trigger\":\"%s\",\"freed\":%lu,\"live_after\":%lu}}",
            (double)g->t_ns / 1e3, (double)g->pause_ns / 1e3, mp_prof_trigger_name(g->trigger),
            (unsigned long)g->freed, (unsigned long)g->live_after);
        mp_printf(pr, ",\n{\"name\":\"heap\",\"ph\":\"C\",\"pid\":1,\"tid\":1,\"ts\":%.3f,\"args\":{\"used\":%lu}}",
            (double)g->t_ns / 1e3, (unsigned long)g->before);
        mp_printf(pr, ",\n{\"name\":\"heap\",\"ph\":\"C\",\"pid\":1,\"tid\":1,\"ts\":%.3f,\"args\":{\"used\":%lu}}",
            (double)(g->t_ns + g->pause_ns) / 1e3, (unsigned long)g->live_after);
    }
    mp_print_str(pr, "\n]}\n");
}

// ---- files ----

static bool write_file(const char *path, const vstr_t *v) {
    FILE *f = fopen(path, "wb");
    if (f == NULL) {
        perror(path);
        return false;
    }
    bool ok = fwrite(v->buf, 1, v->len, f) == v->len;
    ok = (fclose(f) == 0) && ok;
    if (!ok) {
        perror(path);
    }
    return ok;
}

static bool write_sibling(const char *base, const char *suffix, const vstr_t *v) {
    vstr_t path;
    vstr_init(&path, strlen(base) + 16);
    vstr_add_str(&path, base);
    vstr_add_str(&path, suffix);
    bool ok = write_file(vstr_null_terminated_str(&path), v);
    vstr_clear(&path);
    return ok;
}

bool mp_prof_write_files(const char *json_path, mp_obj_t report) {
    bool ok = true;
    vstr_t v;
    vstr_init(&v, 4096);
    mp_print_t pr;
    mp_print_init_vstr(&pr, &v);
    mp_prof_json(&pr, report);
    ok = write_file(json_path, &v) && ok;

    size_t n = strlen(json_path);
    if (n > 5 && strcmp(json_path + n - 5, ".json") == 0) {
        n -= 5;
    }
    vstr_t base;
    vstr_init(&base, n + 1);
    vstr_add_strn(&base, json_path, n);
    const char *b = vstr_null_terminated_str(&base);

    v.len = 0;
    trace_events(&pr);
    ok = write_sibling(b, ".trace.json", &v) && ok;

    static const char *const pics[] = { "ops", "gc", "heap", "flame" };
    vstr_t html;
    vstr_init(&html, 8192);
    mp_print_t hp;
    mp_print_init_vstr(&hp, &html);
    const char *slash = strrchr(b, '/');
    const char *name = slash ? slash + 1 : b;
    mp_print_str(&hp, "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>micropython profile: ");
    xml_text(&hp, name, 200);
    mp_print_str(&hp, "</title></head>\n<body style=\"font-family:sans-serif\">\n<h1>micropython profile</h1>\n");
    mp_printf(&hp, "<p>%.3f ms profiled. Data: <a href=\"", (double)(P->t_stop_ns - P->t_start_ns) / 1e6);
    xml_text(&hp, name, 200);
    mp_print_str(&hp, ".json\">JSON report</a>, <a href=\"");
    xml_text(&hp, name, 200);
    mp_print_str(&hp, ".trace.json\">Chrome trace</a> (open in Perfetto or about://tracing).</p>\n");
    for (size_t i = 0; i < MP_ARRAY_SIZE(pics); i++) {
        v.len = 0;
        mp_prof_svg(&v, pics[i]);
        char suffix[16];
        snprintf(suffix, sizeof(suffix), "-%s.svg", pics[i]);
        ok = write_sibling(b, suffix, &v) && ok;
        // embed the picture without its XML declaration
        const char *svg = strstr(vstr_null_terminated_str(&v), "<svg");
        mp_printf(&hp, "<div>%s</div>\n", svg ? svg : "");
    }
    mp_print_str(&hp, "</body></html>\n");
    ok = write_sibling(b, ".html", &html) && ok;
    vstr_clear(&html);
    vstr_clear(&base);
    vstr_clear(&v);
    return ok;
}
