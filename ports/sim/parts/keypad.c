// ports/sim/parts/keypad.c: 4x4 (or 4x3) membrane keypad (Wokwi "wokwi-membrane-keypad"),
// pins R1..R4 (top to bottom) and C1..C4 (left to right); attr columns "4" (default) or "3".
// Keys (Wokwi's default labels) 1 2 3 A / 4 5 6 B / 7 8 9 C / * 0 # D. Control: the key's
// label, value 1 pressed / 0 released (ours; Wokwi lists none). A pressed key joins its row
// and column; levels are copied across every group of joined lines (sim_part_join_pins), so
// the usual scan (rows driven one at a time, columns with pull-ups, or the reverse) reads it.
// Attr `keys` (Wokwi's): custom labels, a JSON array of 4 x columns strings, row by row; the
// controls then take those labels. Simplified: no bouncing.
#include <string.h>
#include "part_util.h"

static const char *const keypad_pins[] = {"R1", "R2", "R3", "R4", "C1", "C2", "C3", "C4", NULL};
static const char *const keypad_labels[16] = {
    "1", "2", "3", "A", "4", "5", "6", "B", "7", "8", "9", "C", "*", "0", "#", "D"
};

typedef struct {
    sim_part_t base;
    int columns;
    const char *labels[16];     // per key (index row * 4 + column): Wokwi's or the keys attr's
    bool pressed[16];
    bool guard;
} keypad_t;

static int find(int *parent, int i) {
    while (parent[i] != i) {
        i = parent[i] = parent[parent[i]];
    }
    return i;
}

static void keypad_update(keypad_t *k) {
    int parent[8], size[8];
    for (int i = 0; i < 8; i++) {
        parent[i] = i;
        size[i] = 1;
    }
    for (int r = 0; r < 4; r++) {
        for (int c = 0; c < k->columns; c++) {
            if (k->pressed[r * 4 + c]) {
                int a = find(parent, r), b = find(parent, 4 + c);
                if (a != b) {
                    parent[a] = b;
                    size[b] += size[a];
                }
            }
        }
    }
    int8_t group[8];
    for (int i = 0; i < 8; i++) {
        int root = find(parent, i);
        group[i] = (int8_t)(size[root] > 1 ? root : -1);
    }
    sim_part_join_pins(&k->base, group, &k->guard);
}

static const char *keypad_init(sim_part_t *p) {
    keypad_t *k = (keypad_t *)p;
    long c = sim_part_attr_int(p, "columns", 4);
    if (c != 3 && c != 4) {
        return "columns must be 3 or 4";
    }
    k->columns = (int)c;
    for (int i = 0; i < 16; i++) {
        k->labels[i] = keypad_labels[i];
    }
    const char *keys[16];
    int n = sim_part_attr_strings(p, "keys", keys, 16);
    if (n != -1 && n != 4 * c) {
        return c == 4 ? "keys must be an array of 16 strings (row by row)" : "keys must be an array of 12 strings (row by row)";
    }
    for (int i = 0; i < n; i++) {
        k->labels[(i / c) * 4 + i % c] = keys[i];
    }
    return NULL;
}

static void keypad_reset(sim_part_t *p) {
    keypad_t *k = (keypad_t *)p;
    memset(k->pressed, 0, sizeof(k->pressed));
    keypad_update(k);
}

static void keypad_pin_changed(sim_part_t *p, int pin, int level) {
    (void)pin;
    (void)level;
    keypad_update((keypad_t *)p);
}

static int keypad_set_control(sim_part_t *p, const char *name, double value) {
    keypad_t *k = (keypad_t *)p;
    for (int i = 0; i < 16; i++) {
        if (i % 4 < k->columns && strcmp(name, k->labels[i]) == 0) {
            k->pressed[i] = value != 0;
            keypad_update(k);
            return 0;
        }
    }
    return -1;
}

const sim_part_type_t sim_part_keypad = {
    .type = "wokwi-membrane-keypad",
    .size = sizeof(keypad_t),
    .pin_names = keypad_pins,
    .init = keypad_init,
    .reset = keypad_reset,
    .pin_changed = keypad_pin_changed,
    .set_control = keypad_set_control,
};
