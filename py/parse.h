// py/parse.h: extras of the parser beyond the API in py/ast.h (which declares mp_parse and
// mp_ast_dump).
#ifndef MICROPY_INCLUDED_PY_PARSE_H
#define MICROPY_INCLUDED_PY_PARSE_H

#include "py/ast.h"

// Like mp_ast_dump; with_pos also prints lineno= and col_offset= for the nodes that carry a
// position in Python's ast module (statements, expressions, arg, keyword, alias,
// ExceptHandler), after their fields, as ast.dump(include_attributes=True) would without the
// end positions.
void mp_ast_dump_ex(const mp_print_t *print, const mp_ast_t *node, bool with_pos);

#endif // MICROPY_INCLUDED_PY_PARSE_H
