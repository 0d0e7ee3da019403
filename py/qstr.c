// py/qstr.c: interned strings.
//
// Storage: three parallel arrays indexed by qstr (hash, length, pointer to NUL-terminated
// bytes). The static part is generated at build time (genhdr/qstrdefs.generated.h) and lives in
// ROM; run-time qstrs are appended to malloc'ed arrays that grow by doubling. String bytes of
// run-time qstrs are packed into malloc'ed chunks that are never freed or moved, so pointers
// returned by qstr_str stay valid for the life of the process. (Qstr memory is outside the GC
// heap: qstrs are never collected, as in MicroPython.)
//
// Lookup by text: an open-addressing table of qstr indices keyed by hash, covering static and
// dynamic qstrs, rebuilt (doubled) when 3/4 full. No linear searches.
#include <stdlib.h>
#include <string.h>
#include <stdio.h>

#include "py/qstr.h"

static const uint32_t static_hashes[] = {
    0,
#define QDEF(id, hash, len, str) hash,
#include "genhdr/qstrdefs.generated.h"
#undef QDEF
};
static const uint16_t static_lens[] = {
    0,
#define QDEF(id, hash, len, str) len,
#include "genhdr/qstrdefs.generated.h"
#undef QDEF
};
static const char *const static_strs[] = {
    "",
#define QDEF(id, hash, len, str) str,
#include "genhdr/qstrdefs.generated.h"
#undef QDEF
};

typedef struct _qstr_dyn_t {
    uint32_t hash;
    uint32_t len;
    const char *str;
} qstr_dyn_t;

static qstr_dyn_t *dyn;         // entries for qstr >= MP_QSTRnumber_of
static size_t dyn_len, dyn_alloc;
static char *chunk;             // current string chunk
static size_t chunk_used, chunk_size;
static size_t dyn_str_bytes;

static qstr *table;             // hash -> qstr (0 = empty slot)
static size_t table_size;       // power of two
static size_t table_used;

#define CHUNK_BYTES (4096)

size_t qstr_compute_hash(const byte *data, size_t len) {
    uint32_t h = 5381;
    for (const byte *top = data + len; data < top; data++) {
        h = (h * 33) ^ *data;
    }
    if (h == 0) {
        h = 1;
    }
    return h;
}

static inline uint32_t q_hash(qstr q) {
    return q < MP_QSTRnumber_of ? static_hashes[q] : dyn[q - MP_QSTRnumber_of].hash;
}

size_t qstr_hash(qstr q) {
    return q_hash(q);
}

size_t qstr_len(qstr q) {
    return q < MP_QSTRnumber_of ? static_lens[q] : dyn[q - MP_QSTRnumber_of].len;
}

const char *qstr_str(qstr q) {
    return q < MP_QSTRnumber_of ? static_strs[q] : dyn[q - MP_QSTRnumber_of].str;
}

const byte *qstr_data(qstr q, size_t *len) {
    if (q < MP_QSTRnumber_of) {
        *len = static_lens[q];
        return (const byte *)static_strs[q];
    }
    const qstr_dyn_t *d = &dyn[q - MP_QSTRnumber_of];
    *len = d->len;
    return (const byte *)d->str;
}

size_t qstr_total(void) {
    return MP_QSTRnumber_of + dyn_len;
}

static void *q_xrealloc(void *p, size_t n) {
    void *r = realloc(p, n);
    if (r == NULL) {
        fprintf(stderr, "fatal: out of memory for qstr pool\n");
        abort();
    }
    return r;
}

static void table_insert(qstr q) {
    size_t mask = table_size - 1;
    size_t i = q_hash(q) & mask;
    while (table[i] != 0) {
        i = (i + 1) & mask;
    }
    table[i] = q;
    table_used++;
}

static void table_grow(void) {
    qstr *old = table;
    size_t old_size = table_size;
    table_size = old_size ? old_size * 2 : 1024;
    table = calloc(table_size, sizeof(qstr));
    if (table == NULL) {
        fprintf(stderr, "fatal: out of memory for qstr table\n");
        abort();
    }
    table_used = 0;
    if (old) {
        for (size_t i = 0; i < old_size; i++) {
            if (old[i] != 0) {
                table_insert(old[i]);
            }
        }
        free(old);
    }
}

void qstr_init(void) {
    if (table != NULL) {
        return;
    }
    table_size = 1;
    while (table_size < MP_QSTRnumber_of * 2) {
        table_size *= 2;
    }
    table_size /= 2;
    table_grow();
    for (qstr q = 1; q < MP_QSTRnumber_of; q++) {
        table_insert(q);
    }
}

static qstr qstr_find_hashed(const char *str, size_t len, uint32_t h) {
    size_t mask = table_size - 1;
    for (size_t i = h & mask;; i = (i + 1) & mask) {
        qstr q = table[i];
        if (q == 0) {
            return MP_QSTRnull;
        }
        if (q_hash(q) == h && qstr_len(q) == len && memcmp(qstr_str(q), str, len) == 0) {
            return q;
        }
    }
}

qstr qstr_find_strn(const char *str, size_t len) {
    return qstr_find_hashed(str, len, qstr_compute_hash((const byte *)str, len));
}

qstr qstr_from_strn(const char *str, size_t len) {
    uint32_t h = qstr_compute_hash((const byte *)str, len);
    qstr q = qstr_find_hashed(str, len, h);
    if (q != MP_QSTRnull) {
        return q;
    }
    // Copy the bytes into the current chunk (or a dedicated one for long strings).
    char *s;
    if (len + 1 > CHUNK_BYTES / 4) {
        s = q_xrealloc(NULL, len + 1);
    } else {
        if (chunk == NULL || chunk_used + len + 1 > chunk_size) {
            chunk = q_xrealloc(NULL, CHUNK_BYTES);
            chunk_size = CHUNK_BYTES;
            chunk_used = 0;
        }
        s = chunk + chunk_used;
        chunk_used += len + 1;
    }
    memcpy(s, str, len);
    s[len] = '\0';
    dyn_str_bytes += len + 1;
    if (dyn_len == dyn_alloc) {
        dyn_alloc = dyn_alloc ? dyn_alloc * 2 : 256;
        dyn = q_xrealloc(dyn, dyn_alloc * sizeof(qstr_dyn_t));
    }
    dyn[dyn_len].hash = h;
    dyn[dyn_len].len = (uint32_t)len;
    dyn[dyn_len].str = s;
    q = MP_QSTRnumber_of + dyn_len;
    dyn_len++;
    if ((table_used + 1) * 4 > table_size * 3) {
        table_grow();
    }
    table_insert(q);
    return q;
}

qstr qstr_from_str(const char *str) {
    return qstr_from_strn(str, strlen(str));
}

void qstr_pool_info(size_t *n_pool, size_t *n_qstr, size_t *n_str_data_bytes, size_t *n_total_bytes) {
    *n_pool = 1 + (dyn_alloc ? 1 : 0);
    *n_qstr = dyn_len;
    *n_str_data_bytes = dyn_str_bytes;
    *n_total_bytes = dyn_alloc * sizeof(qstr_dyn_t) + dyn_str_bytes + table_size * sizeof(qstr);
}
