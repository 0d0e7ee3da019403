// py/qstr.h: interned strings.
//
// A qstr is an index. Index 0 is MP_QSTRnull (no string), 1 is MP_QSTR_ (the empty string).
// Indices [1, MP_QSTRnumber_of) name the static pool generated at build time by
// tools/makeqstrdata.py from every `MP_QSTR_xxx` token found in the sources; higher indices
// live in run-time pools (malloc'ed, never freed, never moved once a string is handed out).
//
// Invariants:
//   - each distinct byte string has exactly one qstr, so qstr equality is string equality;
//   - qstr_compute_hash(s) == the hash stored for s == the hash of a str object with the same
//     bytes (dict lookups mix qstrs and heap strings);
//   - lookup by text goes through an open-addressing hash table over all pools: no linear search.
//
// Special characters in MP_QSTR names (except dunder names) are spelled: _lt_ <, _gt_ >, _dot_ ., _star_ *,
// _slash_ /, _space_ ' ', _hyphen_ -, _colon_ :, _comma_ ,, _brace_open_ {, _brace_close_ }.
#ifndef MICROPY_INCLUDED_PY_QSTR_H
#define MICROPY_INCLUDED_PY_QSTR_H

#include "py/mpconfig.h"
#include "py/misc.h"

typedef size_t qstr;

enum {
    MP_QSTRnull = 0,
#define QDEF(id, hash, len, str) id,
#include "genhdr/qstrdefs.generated.h"
#undef QDEF
    MP_QSTRnumber_of,
};

void qstr_init(void);
size_t qstr_compute_hash(const byte *data, size_t len);
qstr qstr_find_strn(const char *str, size_t str_len); // MP_QSTRnull if not interned
qstr qstr_from_str(const char *str);
qstr qstr_from_strn(const char *str, size_t len);
size_t qstr_hash(qstr q);
size_t qstr_len(qstr q);
const char *qstr_str(qstr q);                           // NUL-terminated
const byte *qstr_data(qstr q, size_t *len);
size_t qstr_total(void);                                // number of qstrs (static + dynamic)
void qstr_pool_info(size_t *n_pool, size_t *n_qstr, size_t *n_str_data_bytes, size_t *n_total_bytes);

#endif
