// py/astdump.c: prints an AST (py/ast.h) in the style of Python's ast.dump(), for tests and
// debugging of the parser (mp_ast_dump, mp_ast_dump_ex; declared in py/ast.h and py/parse.h).
// Moved out of py/parse.c to keep that file under the size limit; node fields are printed in
// the order of Python's ast module, absent optional fields are left out.
#include <stdio.h>
#include <string.h>

#include "py/parse.h"
#include "py/runtime.h"

typedef struct _dumper_t {
    const mp_print_t *print;
    bool with_pos;
} dumper_t;

static void dump_node(dumper_t *d, const mp_ast_t *n);

static void dump_sep(dumper_t *d, int *nf, const char *name) {
    if ((*nf)++) {
        mp_print_str(d->print, ", ");
    }
    mp_print_str(d->print, name);
    mp_print_str(d->print, "=");
}

static void f_node(dumper_t *d, int *nf, const char *name, const mp_ast_t *n) {
    if (n) {
        dump_sep(d, nf, name);
        dump_node(d, n);
    }
}

static void f_seq(dumper_t *d, int *nf, const char *name, mp_ast_seq_t seq) {
    dump_sep(d, nf, name);
    mp_print_str(d->print, "[");
    for (size_t i = 0; i < seq.len; ++i) {
        if (i) {
            mp_print_str(d->print, ", ");
        }
        if (seq.items[i]) {
            dump_node(d, seq.items[i]);
        } else {
            mp_print_str(d->print, "None");
        }
    }
    mp_print_str(d->print, "]");
}

static void print_qstr_repr(dumper_t *d, qstr q) {
    mp_print_str(d->print, "'");
    mp_print_str(d->print, qstr_str(q));
    mp_print_str(d->print, "'");
}

static void f_qstr(dumper_t *d, int *nf, const char *name, qstr q) {
    if (q != MP_QSTRnull) {
        dump_sep(d, nf, name);
        print_qstr_repr(d, q);
    }
}

static void f_raw(dumper_t *d, int *nf, const char *name, const char *text) {
    dump_sep(d, nf, name);
    mp_print_str(d->print, text);
}

static void f_int(dumper_t *d, int *nf, const char *name, int v) {
    char buf[16];
    snprintf(buf, sizeof(buf), "%d", v);
    f_raw(d, nf, name, buf);
}

static void f_ctx(dumper_t *d, int *nf, uint8_t ctx) {
    f_raw(d, nf, "ctx", ctx == AST_CTX_LOAD ? "Load()" : ctx == AST_CTX_STORE ? "Store()" : "Del()");
}

static const char *binop_name(uint8_t op) {
    static const char *const names[] = {
        "BitOr()", "BitXor()", "BitAnd()", "LShift()", "RShift()", "Add()", "Sub()", "Mult()",
        "MatMult()", "FloorDiv()", "Div()", "Mod()", "Pow()",
    };
    return op >= MP_BINARY_OP_OR && op <= MP_BINARY_OP_POWER ? names[op - MP_BINARY_OP_OR] : "?";
}

static const char *cmpop_name(uint8_t op) {
    switch (op) {
        case MP_BINARY_OP_LESS:
            return "Lt()";
        case MP_BINARY_OP_MORE:
            return "Gt()";
        case MP_BINARY_OP_EQUAL:
            return "Eq()";
        case MP_BINARY_OP_LESS_EQUAL:
            return "LtE()";
        case MP_BINARY_OP_MORE_EQUAL:
            return "GtE()";
        case MP_BINARY_OP_NOT_EQUAL:
            return "NotEq()";
        case MP_BINARY_OP_IN:
            return "In()";
        case MP_BINARY_OP_NOT_IN:
            return "NotIn()";
        case MP_BINARY_OP_IS:
            return "Is()";
        case MP_BINARY_OP_IS_NOT:
            return "IsNot()";
        default:
            return "?";
    }
}

static const char *const kind_names[AST_NUM_KINDS] = {
    "Module", "Interactive", "Expression",
    "FunctionDef", "AsyncFunctionDef", "ClassDef", "Return", "Delete", "Assign",
    "AugAssign", "AnnAssign", "For", "AsyncFor", "While", "If", "With",
    "AsyncWith", "Raise", "Try", "Assert", "Import", "ImportFrom", "Global",
    "Nonlocal", "Expr", "Pass", "Break", "Continue",
    "BoolOp", "NamedExpr", "BinOp", "UnaryOp", "Lambda", "IfExp", "Dict", "Set",
    "ListComp", "SetComp", "DictComp", "GeneratorExp", "Await", "Yield",
    "YieldFrom", "Compare", "Call", "FormattedValue", "JoinedStr", "Constant",
    "Attribute", "Subscript", "Starred", "Name", "List", "Tuple", "Slice",
    "comprehension", "ExceptHandler", "arguments", "arg", "keyword", "alias",
    "withitem",
    "Match", "match_case", "MatchValue", "MatchSingleton", "MatchSequence",
    "MatchMapping", "MatchClass", "MatchStar", "MatchAs", "MatchOr",
};

static void dump_node(dumper_t *d, const mp_ast_t *n) {
    const mp_print_t *pr = d->print;
    int nf_ = 0;
    int *nf = &nf_;
    mp_print_str(pr, kind_names[n->kind]);
    mp_print_str(pr, "(");
    const typeof(n->u) *u = &n->u;
    switch (n->kind) {
        case AST_Module:
            f_seq(d, nf, "body", u->Module.body);
            f_raw(d, nf, "type_ignores", "[]");
            break;
        case AST_Interactive:
            f_seq(d, nf, "body", u->Module.body);
            break;
        case AST_Expression:
            f_node(d, nf, "body", u->Expression.body);
            break;
        case AST_FunctionDef:
        case AST_AsyncFunctionDef:
            f_qstr(d, nf, "name", u->FunctionDef.name);
            f_node(d, nf, "args", u->FunctionDef.args);
            f_seq(d, nf, "body", u->FunctionDef.body);
            f_seq(d, nf, "decorator_list", u->FunctionDef.decorator_list);
            f_node(d, nf, "returns", u->FunctionDef.returns);
            break;
        case AST_ClassDef:
            f_qstr(d, nf, "name", u->ClassDef.name);
            f_seq(d, nf, "bases", u->ClassDef.bases);
            f_seq(d, nf, "keywords", u->ClassDef.keywords);
            f_seq(d, nf, "body", u->ClassDef.body);
            f_seq(d, nf, "decorator_list", u->ClassDef.decorator_list);
            break;
        case AST_Return:
            f_node(d, nf, "value", u->Return.value);
            break;
        case AST_Delete:
            f_seq(d, nf, "targets", u->Delete.targets);
            break;
        case AST_Assign:
            f_seq(d, nf, "targets", u->Assign.targets);
            f_node(d, nf, "value", u->Assign.value);
            break;
        case AST_AugAssign:
            f_node(d, nf, "target", u->AugAssign.target);
            f_raw(d, nf, "op", binop_name(u->AugAssign.op));
            f_node(d, nf, "value", u->AugAssign.value);
            break;
        case AST_AnnAssign:
            f_node(d, nf, "target", u->AnnAssign.target);
            f_node(d, nf, "annotation", u->AnnAssign.annotation);
            f_node(d, nf, "value", u->AnnAssign.value);
            f_int(d, nf, "simple", u->AnnAssign.simple);
            break;
        case AST_For:
        case AST_AsyncFor:
            f_node(d, nf, "target", u->For.target);
            f_node(d, nf, "iter", u->For.iter);
            f_seq(d, nf, "body", u->For.body);
            f_seq(d, nf, "orelse", u->For.orelse);
            break;
        case AST_While:
            f_node(d, nf, "test", u->While.test);
            f_seq(d, nf, "body", u->While.body);
            f_seq(d, nf, "orelse", u->While.orelse);
            break;
        case AST_If:
            f_node(d, nf, "test", u->If.test);
            f_seq(d, nf, "body", u->If.body);
            f_seq(d, nf, "orelse", u->If.orelse);
            break;
        case AST_With:
        case AST_AsyncWith:
            f_seq(d, nf, "items", u->With.items);
            f_seq(d, nf, "body", u->With.body);
            break;
        case AST_Raise:
            f_node(d, nf, "exc", u->Raise.exc);
            f_node(d, nf, "cause", u->Raise.cause);
            break;
        case AST_Try:
            f_seq(d, nf, "body", u->Try.body);
            f_seq(d, nf, "handlers", u->Try.handlers);
            f_seq(d, nf, "orelse", u->Try.orelse);
            f_seq(d, nf, "finalbody", u->Try.finalbody);
            break;
        case AST_Assert:
            f_node(d, nf, "test", u->Assert.test);
            f_node(d, nf, "msg", u->Assert.msg);
            break;
        case AST_Import:
            f_seq(d, nf, "names", u->Import.names);
            break;
        case AST_ImportFrom:
            f_qstr(d, nf, "module", u->ImportFrom.module);
            f_seq(d, nf, "names", u->ImportFrom.names);
            f_int(d, nf, "level", u->ImportFrom.level);
            break;
        case AST_Global:
        case AST_Nonlocal:
            dump_sep(d, nf, "names");
            mp_print_str(pr, "[");
            for (size_t i = 0; i < u->Global.len; ++i) {
                if (i) {
                    mp_print_str(pr, ", ");
                }
                print_qstr_repr(d, u->Global.names[i]);
            }
            mp_print_str(pr, "]");
            break;
        case AST_Expr:
            f_node(d, nf, "value", u->Expr.value);
            break;
        case AST_Pass:
        case AST_Break:
        case AST_Continue:
            break;
        case AST_BoolOp:
            f_raw(d, nf, "op", u->BoolOp.op == AST_BOOL_AND ? "And()" : "Or()");
            f_seq(d, nf, "values", u->BoolOp.values);
            break;
        case AST_NamedExpr:
            f_node(d, nf, "target", u->NamedExpr.target);
            f_node(d, nf, "value", u->NamedExpr.value);
            break;
        case AST_BinOp:
            f_node(d, nf, "left", u->BinOp.left);
            f_raw(d, nf, "op", binop_name(u->BinOp.op));
            f_node(d, nf, "right", u->BinOp.right);
            break;
        case AST_UnaryOp: {
            static const char *const names[] = { "UAdd()", "USub()", "Invert()", "Not()" };
            f_raw(d, nf, "op", u->UnaryOp.op <= MP_UNARY_OP_NOT ? names[u->UnaryOp.op] : "?");
            f_node(d, nf, "operand", u->UnaryOp.operand);
            break;
        }
        case AST_Lambda:
            f_node(d, nf, "args", u->Lambda.args);
            f_node(d, nf, "body", u->Lambda.body);
            break;
        case AST_IfExp:
            f_node(d, nf, "test", u->IfExp.test);
            f_node(d, nf, "body", u->IfExp.body);
            f_node(d, nf, "orelse", u->IfExp.orelse);
            break;
        case AST_Dict:
            f_seq(d, nf, "keys", u->Dict.keys);
            f_seq(d, nf, "values", u->Dict.values);
            break;
        case AST_Set:
            f_seq(d, nf, "elts", u->Set.elts);
            break;
        case AST_ListComp:
        case AST_SetComp:
        case AST_GeneratorExp:
            f_node(d, nf, "elt", u->ListComp.elt);
            f_seq(d, nf, "generators", u->ListComp.generators);
            break;
        case AST_DictComp:
            f_node(d, nf, "key", u->DictComp.key);
            f_node(d, nf, "value", u->DictComp.value);
            f_seq(d, nf, "generators", u->DictComp.generators);
            break;
        case AST_Await:
        case AST_Yield:
        case AST_YieldFrom:
            f_node(d, nf, "value", u->Await.value);
            break;
        case AST_Compare:
            f_node(d, nf, "left", u->Compare.left);
            dump_sep(d, nf, "ops");
            mp_print_str(pr, "[");
            for (size_t i = 0; i < u->Compare.n; ++i) {
                mp_print_str(pr, i ? ", " : "");
                mp_print_str(pr, cmpop_name(u->Compare.ops[i]));
            }
            mp_print_str(pr, "]");
            f_seq(d, nf, "comparators", (mp_ast_seq_t) {u->Compare.n, u->Compare.comparators});
            break;
        case AST_Call:
            f_node(d, nf, "func", u->Call.func);
            f_seq(d, nf, "args", u->Call.args);
            f_seq(d, nf, "keywords", u->Call.keywords);
            break;
        case AST_FormattedValue:
            f_node(d, nf, "value", u->FormattedValue.value);
            f_int(d, nf, "conversion", u->FormattedValue.conversion);
            f_node(d, nf, "format_spec", u->FormattedValue.format_spec);
            break;
        case AST_JoinedStr:
            f_seq(d, nf, "values", u->JoinedStr.values);
            break;
        case AST_Constant:
            dump_sep(d, nf, "value");
            mp_obj_print_helper(pr, u->Constant.value, PRINT_REPR);
            break;
        case AST_Attribute:
            f_node(d, nf, "value", u->Attribute.value);
            f_qstr(d, nf, "attr", u->Attribute.attr);
            f_ctx(d, nf, u->Attribute.ctx);
            break;
        case AST_Subscript:
            f_node(d, nf, "value", u->Subscript.value);
            f_node(d, nf, "slice", u->Subscript.slice);
            f_ctx(d, nf, u->Subscript.ctx);
            break;
        case AST_Starred:
            f_node(d, nf, "value", u->Starred.value);
            f_ctx(d, nf, u->Starred.ctx);
            break;
        case AST_Name:
            f_qstr(d, nf, "id", u->Name.id);
            f_ctx(d, nf, u->Name.ctx);
            break;
        case AST_List:
        case AST_Tuple:
            f_seq(d, nf, "elts", u->List.elts);
            f_ctx(d, nf, u->List.ctx);
            break;
        case AST_Slice:
            f_node(d, nf, "lower", u->Slice.lower);
            f_node(d, nf, "upper", u->Slice.upper);
            f_node(d, nf, "step", u->Slice.step);
            break;
        case AST_comprehension:
            f_node(d, nf, "target", u->comprehension.target);
            f_node(d, nf, "iter", u->comprehension.iter);
            f_seq(d, nf, "ifs", u->comprehension.ifs);
            f_int(d, nf, "is_async", u->comprehension.is_async);
            break;
        case AST_ExceptHandler:
            f_node(d, nf, "type", u->ExceptHandler.type);
            f_qstr(d, nf, "name", u->ExceptHandler.name);
            f_seq(d, nf, "body", u->ExceptHandler.body);
            break;
        case AST_arguments:
            f_seq(d, nf, "posonlyargs", u->arguments.posonlyargs);
            f_seq(d, nf, "args", u->arguments.args);
            f_node(d, nf, "vararg", u->arguments.vararg);
            f_seq(d, nf, "kwonlyargs", u->arguments.kwonlyargs);
            f_seq(d, nf, "kw_defaults", u->arguments.kw_defaults);
            f_node(d, nf, "kwarg", u->arguments.kwarg);
            f_seq(d, nf, "defaults", u->arguments.defaults);
            break;
        case AST_arg:
            f_qstr(d, nf, "arg", u->arg.arg);
            f_node(d, nf, "annotation", u->arg.annotation);
            break;
        case AST_keyword:
            f_qstr(d, nf, "arg", u->keyword.arg);
            f_node(d, nf, "value", u->keyword.value);
            break;
        case AST_alias:
            f_qstr(d, nf, "name", u->alias.name);
            f_qstr(d, nf, "asname", u->alias.asname);
            break;
        case AST_withitem:
            f_node(d, nf, "context_expr", u->withitem.context_expr);
            f_node(d, nf, "optional_vars", u->withitem.optional_vars);
            break;
        case AST_Match:
            f_node(d, nf, "subject", u->Match.subject);
            f_seq(d, nf, "cases", u->Match.cases);
            break;
        case AST_match_case:
            f_node(d, nf, "pattern", u->match_case.pattern);
            f_node(d, nf, "guard", u->match_case.guard);
            f_seq(d, nf, "body", u->match_case.body);
            break;
        case AST_MatchValue:
            f_node(d, nf, "value", u->MatchValue.value);
            break;
        case AST_MatchSingleton:
            dump_sep(d, nf, "value");
            mp_obj_print_helper(pr, u->MatchSingleton.value, PRINT_REPR);
            break;
        case AST_MatchSequence:
        case AST_MatchOr:
            f_seq(d, nf, "patterns", u->MatchSequence.patterns);
            break;
        case AST_MatchMapping:
            f_seq(d, nf, "keys", u->MatchMapping.keys);
            f_seq(d, nf, "patterns", u->MatchMapping.patterns);
            f_qstr(d, nf, "rest", u->MatchMapping.rest);
            break;
        case AST_MatchClass:
            f_node(d, nf, "cls", u->MatchClass.cls);
            f_seq(d, nf, "patterns", u->MatchClass.patterns);
            dump_sep(d, nf, "kwd_attrs");
            mp_print_str(pr, "[");
            for (size_t i = 0; i < u->MatchClass.kwd_patterns.len; i++) {
                mp_print_str(pr, i ? ", " : "");
                print_qstr_repr(d, u->MatchClass.kwd_attrs[i]);
            }
            mp_print_str(pr, "]");
            f_seq(d, nf, "kwd_patterns", u->MatchClass.kwd_patterns);
            break;
        case AST_MatchStar:
            f_qstr(d, nf, "name", u->MatchStar.name);
            break;
        case AST_MatchAs:
            f_node(d, nf, "pattern", u->MatchAs.pattern);
            f_qstr(d, nf, "name", u->MatchAs.name);
            break;
        default:
            break;
    }
    if (d->with_pos && n->kind >= AST_FunctionDef && n->kind != AST_comprehension
        && n->kind != AST_arguments && n->kind != AST_withitem && n->kind != AST_match_case) {
        f_int(d, nf, "lineno", (int)n->line);
        f_int(d, nf, "col_offset", n->col);
    }
    mp_print_str(pr, ")");
}

void mp_ast_dump_ex(const mp_print_t *print, const mp_ast_t *node, bool with_pos) {
    dumper_t d = { print, with_pos };
    dump_node(&d, node);
}

void mp_ast_dump(const mp_print_t *print, const mp_ast_t *node) {
    mp_ast_dump_ex(print, node, false);
}
