// ports/sim/json.h: a small JSON reader for board files (diagram.json), independent of the
// interpreter (the loader runs before the heap exists and reports errors with line numbers).
//
// A document is a tree of sim_json_t nodes allocated with malloc and freed with sim_json_free.
// Objects keep their members in file order (Wokwi's files are read as written).
#ifndef MICROPY_INCLUDED_PORTS_SIM_JSON_H
#define MICROPY_INCLUDED_PORTS_SIM_JSON_H

#include <stddef.h>
#include <stdbool.h>

typedef enum {
    SIM_JSON_NULL, SIM_JSON_BOOL, SIM_JSON_NUMBER, SIM_JSON_STRING, SIM_JSON_ARRAY, SIM_JSON_OBJECT,
} sim_json_kind_t;

struct _sim_json_t {
    sim_json_kind_t kind;
    int line;                   // where the value starts (1-based), for messages
    double num;                 // NUMBER, BOOL (0/1)
    char *str;                  // STRING (NUL-terminated UTF-8)
    size_t n;                   // ARRAY/OBJECT: number of items
    struct _sim_json_t **items; // ARRAY items, OBJECT values
    char **keys;                // OBJECT keys
};
typedef struct _sim_json_t sim_json_t;

// Parses text; on error returns NULL and writes "line N: message" into err.
sim_json_t *sim_json_parse(const char *text, size_t len, char *err, size_t err_len);
void sim_json_free(sim_json_t *j);
const sim_json_t *sim_json_get(const sim_json_t *obj, const char *key);   // NULL if absent
const char *sim_json_kind_name(sim_json_kind_t k);

#endif
