// py/showbc.c: the opcode name/format tables (generated from the X-macro list in py/bc.h) and
// the disassembler used by `micropython -v -v`.
//
// Output, one raw code after another (children after their parent):
//   code <name> (file <file>, n_locals 3, n_stack 4, n_exc 1, args 2, flags 0x01)
//     00000 LOAD_FAST 0
//     00003 LOAD_GLOBAL foo [cache 65535]
#include "py/bc.h"

const char *const mp_bc_opcode_names[MP_BC_NUM_OPCODES] = {
#define MP_BC_X_NAME(name, fmt) [MP_BC_##name] = #name,
    MP_BC_OPCODES(MP_BC_X_NAME)
#undef MP_BC_X_NAME
};

const char *const mp_bc_opcode_formats[MP_BC_NUM_OPCODES] = {
#define MP_BC_X_FMT(name, fmt) [MP_BC_##name] = fmt,
    MP_BC_OPCODES(MP_BC_X_FMT)
#undef MP_BC_X_FMT
};

size_t mp_bc_operand_size(char fmt) {
    switch (fmt) {
        case 'b':
            return 1;
        case 'h':
        case 'c':
            return 2;
        default:
            return 4;   // q, j, i
    }
}

size_t mp_bc_insn_size(const byte *ip) {
    size_t n = 1;
    for (const char *f = mp_bc_opcode_formats[*ip]; *f; f++) {
        n += mp_bc_operand_size(*f);
    }
    return n;
}

static void print_one(const mp_print_t *print, const mp_raw_code_t *rc) {
    mp_printf(print, "code %q (file %q, n_locals %u, n_stack %u, n_exc %u, args %u+%u kw, flags 0x%02x)\n",
        rc->name, rc->source_file, (unsigned)rc->n_locals, (unsigned)rc->n_stack, (unsigned)rc->n_exc_stack,
        (unsigned)rc->n_pos_args, (unsigned)rc->n_kwonly_args, (unsigned)rc->scope_flags);
    if (rc->n_cells || rc->n_free) {
        mp_printf(print, "  cells:");
        for (size_t i = 0; i < rc->n_cells; i++) {
            mp_printf(print, " %u", (unsigned)rc->cell_slots[i]);
        }
        mp_printf(print, "  free: %u..%u\n", (unsigned)rc->free_start, (unsigned)(rc->free_start + rc->n_free));
    }
    size_t li = 0;
    const byte *ip = rc->code;
    const byte *end = rc->code + rc->code_len;
    while (ip < end) {
        size_t off = ip - rc->code;
        while (li < rc->n_line_info && rc->line_info[2 * li] <= off) {
            if (rc->line_info[2 * li] == off) {
                mp_printf(print, "  line %u:\n", (unsigned)rc->line_info[2 * li + 1]);
            }
            li++;
        }
        byte opcode = *ip;
        if (opcode >= MP_BC_NUM_OPCODES) {
            mp_printf(print, "    %05u <bad opcode %u>\n", (unsigned)off, opcode);
            return;
        }
        mp_printf(print, "    %05u %s", (unsigned)off, mp_bc_opcode_names[opcode]);
        const byte *p = ip + 1;
        for (const char *f = mp_bc_opcode_formats[opcode]; *f; f++) {
            switch (*f) {
                case 'b':
                    mp_printf(print, " %u", p[0]);
                    break;
                case 'h':
                    mp_printf(print, " %u", (unsigned)mp_bc_read_u16(p));
                    break;
                case 'c':
                    mp_printf(print, " [cache %u]", (unsigned)mp_bc_read_u16(p));
                    break;
                case 'q':
                    mp_printf(print, " %q", (qstr)mp_bc_read_u32(p));
                    break;
                case 'j':
                    mp_printf(print, " ->%u", (unsigned)mp_bc_read_u32(p));
                    break;
                case 'i':
                    mp_printf(print, " %d", (int)(int32_t)mp_bc_read_u32(p));
                    break;
            }
            p += mp_bc_operand_size(*f);
        }
        if (opcode == MP_BC_LOAD_CONST) {
            mp_print_str(print, "  (");
            mp_obj_print_helper(print, rc->consts[mp_bc_read_u16(ip + 1)], PRINT_REPR);
            mp_print_str(print, ")");
        } else if (opcode == MP_BC_MAKE_FUNCTION || opcode == MP_BC_MAKE_CLOSURE) {
            mp_printf(print, "  (%q)", rc->children[mp_bc_read_u16(ip + 1)]->name);
        }
        mp_print_str(print, "\n");
        ip = p;
    }
}

void mp_bytecode_print(const mp_print_t *print, const mp_raw_code_t *rc) {
    print_one(print, rc);
    for (size_t i = 0; i < rc->n_children; i++) {
        mp_bytecode_print(print, rc->children[i]);
    }
}
