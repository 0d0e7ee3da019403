#!/usr/bin/env python3
# tests/fuzz/gen_programs.py: grammar-based generator of random valid Python programs for
# differential testing against CPython (make difftest). A program is a prelude (show(), which
# prints floats as '%.6g' so float repr details do not count) followed by N top-level statements,
# each inside try/except that prints only the exception's type name (messages differ by design).
# The generator tracks the variables in scope with their kinds (int, float, str, list, dict,
# function, class, generator function) so most statements are type-correct; the rest raise
# TypeError etc. identically in both implementations.
#
#   gen_programs.py --seed S            print one program
#   gen_programs.py --run N --target T  generate N programs, run each with python3 and T,
#                                       print the mismatches (program kept in --keep DIR), exit 1
#                                       if any
import argparse
import os
import random
import subprocess
import sys

PRELUDE = '''\
def show(x):
    if isinstance(x, float):
        return '%.6g' % x
    if isinstance(x, (list, tuple)):
        return '[' + ', '.join(show(y) for y in x) + ']'
    if isinstance(x, dict):
        return '{' + ', '.join(show(k) + ': ' + show(x[k]) for k in x) + '}'
    return repr(x)
'''


class Gen:
    def __init__(self, rnd):
        self.r = rnd
        self.vars = {'int': ['i0'], 'float': ['f0'], 'str': ['s0'], 'list': ['l0'], 'dict': ['d0']}
        self.funcs = []      # (name, n_params)
        self.classes = []    # names; each has method m(self, x) and attribute v
        self.gens = []       # generator functions of one int parameter
        self.n = 0
        self.depth = 0

    def fresh(self, prefix):
        self.n += 1
        return '%s%d' % (prefix, self.n)

    def pick(self, kind):
        return self.r.choice(self.vars[kind])

    # ---- expressions by kind
    def int_expr(self, d=0):
        r = self.r
        c = r.randrange(12 if d < 3 else 3)
        if c == 0:
            return str(r.choice([0, 1, 2, 3, 7, 10, 255, -1, -5, 2**31, 2**64 + 1, -(2**70)]))
        if c == 1:
            return self.pick('int')
        if c == 2:
            return str(r.randrange(-100, 100))
        if c in (3, 4):
            op = r.choice(['+', '-', '*', '//', '%', '&', '|', '^', '<<', '>>', '**'])
            a, b = self.int_expr(d + 1), self.int_expr(d + 1)
            if op in ('<<', '**'):
                b = '(%s %% 17)' % b
            if op == '>>':
                b = 'abs(%s)' % b
            return '(%s %s %s)' % (a, op, b)
        if c == 5:
            return 'len(%s)' % self.r.choice([self.pick('str'), self.pick('list'), self.pick('dict')])
        if c == 6:
            return r.choice(['-', '~', '+', 'abs']) + '(%s)' % self.int_expr(d + 1)
        if c == 7:
            return 'int(%s)' % self.float_expr(d + 1)
        if c == 8:
            return 'sum(%s)' % self.list_expr(d + 1, ints=True)
        if c == 9 and self.funcs:
            name, n = r.choice(self.funcs)
            return 'int(%s(%s))' % (name, ', '.join(self.int_expr(d + 1) for _ in range(n)))
        if c == 10:
            return '(%s if %s else %s)' % (self.int_expr(d + 1), self.bool_expr(d + 1), self.int_expr(d + 1))
        if c == 11 and self.classes:
            return '%s(%s).m(%s)' % (r.choice(self.classes), self.int_expr(d + 1), self.int_expr(d + 1))
        return self.pick('int')

    def float_expr(self, d=0):
        r = self.r
        c = r.randrange(6 if d < 3 else 2)
        if c == 0:
            return r.choice(['0.5', '1.25', '-3.0', '1e10', '2.5e-3', '0.0', '7.0'])
        if c == 1:
            return self.pick('float')
        if c == 2:
            return '(%s %s %s)' % (self.float_expr(d + 1), r.choice(['+', '-', '*']), self.float_expr(d + 1))
        if c == 3:
            return '(%s / (abs(%s) + 1))' % (self.float_expr(d + 1), self.int_expr(d + 1))
        if c == 4:
            return 'float(%s)' % self.int_expr(d + 1)
        return 'min(%s, %s)' % (self.float_expr(d + 1), self.float_expr(d + 1))

    def str_expr(self, d=0):
        r = self.r
        c = r.randrange(9 if d < 3 else 2)
        if c == 0:
            return repr(r.choice(['', 'a', 'abc', 'Hello World', 'x y z', '\u00e9t\u00e9', '123', 'a,b,,c']))
        if c == 1:
            return self.pick('str')
        if c == 2:
            return '(%s + %s)' % (self.str_expr(d + 1), self.str_expr(d + 1))
        if c == 3:
            return '(%s * (%s %% 4))' % (self.str_expr(d + 1), self.int_expr(d + 1))
        if c == 4:
            return '%s[%s:%s]' % (self.str_expr(d + 1), self.int_expr(d + 1), self.int_expr(d + 1))
        if c == 5:
            return '%s.%s()' % (self.str_expr(d + 1), r.choice(['upper', 'lower', 'strip', 'title' if False else 'upper']))
        if c == 6:
            return 'str(%s)' % self.int_expr(d + 1)
        if c == 7:
            return "'-'.join(%s)" % self.str_list_expr(d + 1)
        return "'%%d:%%s' %% (%s, %s)" % (self.int_expr(d + 1), self.str_expr(d + 1))

    def str_list_expr(self, d):
        return self.r.choice(['%s.split(%r)' % (self.str_expr(d + 1), ','),
                              '[str(x) for x in %s]' % self.list_expr(d + 1, ints=True),
                              'sorted(%s)' % self.str_expr(d + 1)])

    def list_expr(self, d=0, ints=False):
        r = self.r
        c = r.randrange(7 if d < 3 else 2)
        if c == 0:
            return '[%s]' % ', '.join(self.int_expr(d + 1) for _ in range(r.randrange(4)))
        if c == 1:
            return self.pick('list') if not ints else '[x for x in %s if isinstance(x, int)]' % self.pick('list')
        if c == 2:
            v = self.fresh('x')
            return '[%s for %s in range(%s %% 8)%s]' % (self.int_expr(d + 1).replace('i0', v), v, self.int_expr(d + 1),
                                                        ' if %s %% 2' % v if r.random() < 0.5 else '')
        if c == 3:
            return 'sorted(%s)' % self.list_expr(d + 1, True)
        if c == 4:
            return '(%s + %s)' % (self.list_expr(d + 1, ints), self.list_expr(d + 1, ints))
        if c == 5 and self.gens:
            return 'list(%s(%s %% 6))' % (r.choice(self.gens), self.int_expr(d + 1))
        return 'list(range(%s %% 10))' % self.int_expr(d + 1)

    def dict_expr(self, d=0):
        r = self.r
        c = r.randrange(4 if d < 3 else 1)
        if c == 0:
            return self.pick('dict')
        if c == 1:
            return '{%s}' % ', '.join('%s: %s' % (self.str_expr(d + 1), self.int_expr(d + 1)) for _ in range(r.randrange(4)))
        if c == 2:
            return '{k: k * 2 for k in %s}' % self.list_expr(d + 1, True)
        return 'dict(%s, zz=%s)' % (self.dict_expr(d + 1), self.int_expr(d + 1))

    def bool_expr(self, d=0):
        r = self.r
        c = r.randrange(5)
        if c == 0:
            return '(%s %s %s)' % (self.int_expr(d + 1), r.choice(['<', '<=', '==', '!=', '>', '>=']), self.int_expr(d + 1))
        if c == 1:
            return '(%s in %s)' % (self.str_expr(d + 1), self.str_expr(d + 1))
        if c == 2:
            return '(%s in %s)' % (self.int_expr(d + 1), self.list_expr(d + 1))
        if c == 3:
            return 'not %s' % self.pick('list')
        return '(%s and %s or %s)' % (self.int_expr(d + 1), self.int_expr(d + 1), self.int_expr(d + 1))

    def any_expr(self):
        return self.r.choice([self.int_expr, self.float_expr, self.str_expr, self.list_expr, self.dict_expr, self.bool_expr])()

    # ---- statements: returns a list of lines (unindented)
    def stmt(self):
        r = self.r
        if r.random() < 0.45:
            return self.rich_stmt()
        c = r.randrange(16)
        if c <= 2:
            kind = r.choice(['int', 'float', 'str', 'list', 'dict'])
            e = getattr(self, kind + '_expr')()
            name = self.fresh(kind[0]) if r.random() < 0.5 else self.pick(kind)
            self.vars[kind].append(name)
            return ['%s = %s' % (name, e)]
        if c <= 4:
            return ['print(show(%s))' % self.any_expr()]
        if c == 5:
            l = self.pick('list')
            return [r.choice(['%s.append(%s)' % (l, self.int_expr()), '%s.extend(%s)' % (l, self.list_expr()),
                              '%s.pop()' % l, '%s.sort()' % l, '%s.reverse()' % l, 'del %s[%s]' % (l, self.int_expr()),
                              '%s[%s] = %s' % (l, self.int_expr(), self.int_expr()), '%s.insert(%s, %s)' % (l, self.int_expr(), self.int_expr())]),
                    'print(show(%s))' % l]
        if c == 6:
            dd = self.pick('dict')
            return [r.choice(['%s[%s] = %s' % (dd, self.str_expr(), self.int_expr()), 'del %s[%s]' % (dd, self.str_expr()),
                              '%s.update(%s)' % (dd, self.dict_expr()), '%s.pop(%s, None)' % (dd, self.str_expr()),
                              '%s.setdefault(%s, %s)' % (dd, self.str_expr(), self.int_expr())]),
                    'print(show(%s), show(sorted(%s.items())))' % (dd, dd)]
        if c == 7:
            name = self.fresh('fn')
            n = r.randrange(3)
            params = ['p%d' % i for i in range(n)]
            body = self.int_expr()
            for i in range(n):
                body = body.replace('i0', params[i], 1) if 'i0' in body else '(%s + %s)' % (body, params[i])
            lines = ['def %s(%s):' % (name, ', '.join(params))]
            if r.random() < 0.5:
                lines += ['    t = 0', '    for q in range(%d):' % r.randrange(5), '        t += q', '    return %s + t' % body]
            else:
                lines += ['    return %s' % body]
            self.funcs.append((name, n))
            return lines + ['print(show(%s(%s)))' % (name, ', '.join(str(r.randrange(-3, 9)) for _ in range(n)))]
        if c == 8:
            name = self.fresh('C')
            base = r.choice(self.classes) if self.classes and r.random() < 0.5 else None
            lines = ['class %s%s:' % (name, '(%s)' % base if base else ''),
                     '    def __init__(self, v):', '        self.v = v',
                     '    def m(self, x):', '        return %s' % self.int_expr().replace('i0', 'self.v'),
                     '    def __repr__(self):', "        return '%s(%%r)' %% (self.v,)" % name]
            if base:
                lines += ['    def m2(self):', '        return super().m(1)']
            self.classes.append(name)
            return lines + ['print(%s(%s), %s(3).m(4))' % (name, self.int_expr(), name)]
        if c == 9:
            name = self.fresh('g')
            lines = ['def %s(n):' % name, '    for k in range(n):', '        yield k * %s' % r.choice(['2', 'k', '3 - k'])]
            if r.random() < 0.5:
                lines += ['    yield from %s' % self.list_expr()]
            self.gens.append(name)
            return lines + ['print(list(%s(4)))' % name]
        if c == 10:
            exc = r.choice(['ValueError', 'KeyError', 'TypeError', 'ZeroDivisionError', 'IndexError'])
            return ['try:', '    if %s:' % self.bool_expr(), '        raise %s(%s, "gen")' % (exc, self.int_expr()),
                    '    print(show(%s))' % self.any_expr(),
                    'except (%s, ArithmeticError) as e:' % exc, "    print('caught', type(e).__name__, show(e.args) if e.args[-1:] == ('gen',) else '')",
                    'else:', "    print('else')", 'finally:', "    print('finally')"]
        if c == 11:
            v = self.fresh('k')
            return ['for %s in %s:' % (v, self.list_expr()), '    if %s %% 3 == 2:' % v, '        continue',
                    '    if %s > 50:' % v, '        break', '    print(%s)' % v, 'else:', "    print('done')"]
        if c == 12:
            v = self.fresh('w')
            return ['%s = 0' % v, 'while %s < %d:' % (v, r.randrange(6)), '    %s += 1' % v,
                    '    print(show(%s), %s)' % (self.int_expr(), v)]
        if c == 13:
            return ['print(show(%s))' % r.choice([
                '[(a, b) for a in range(3) for b in %s if a != b]' % self.list_expr(),
                '{x %% 5 for x in %s}' % self.list_expr() if False else 'sorted({x %% 5 for x in %s})' % self.list_expr(),
                'tuple(reversed(%s))' % self.list_expr(),
                'list(zip(%s, %s))' % (self.list_expr(), self.str_expr()),
                'list(enumerate(%s))' % self.str_expr(),
                'max(%s, default=-1)' % self.list_expr(),
                'list(map(lambda y: y * 2, %s))' % self.list_expr(),
                '[c for c in %s if c.isalpha()]' % self.str_expr()])]
        if c == 14:
            return ['def nf():', '    a = %s' % self.int_expr(), '    def inner(b):', '        nonlocal a',
                    '        a += b', '        return a', '    return inner', 'h = nf()', 'print(h(1), h(2))']
        return ['print(show(%s), show(%s))' % (self.str_expr(), self.float_expr())]

    # ---- wider coverage: methods with random arguments, mixed arithmetic, formatting, slicing,
    # sets, exceptions, generators and dunder methods. Each returns a list of lines.
    STR_LITS = ['', 'a', 'abc', 'Hello World', '  pad  ', 'a,b,,c', 'x\ty\nz', '\u00e9t\u00e9', 'AbC', '123',
                '-42', 'aaa', 'a-b_c d', '\U0001f600!', 'ß', 'İx']
    BYTES_LITS = ["b''", "b'abc'", "b'a,b,,c'", "b'  x  '", "b'\\x00\\xff\\x7f'", "b'Hello'", "bytearray(b'xyz')"]
    NUMS = ['0', '1', '-1', '7', '-13', '255', '2**31', '2**63', '-2**63', '2**64 + 1', '10**20', '-(10**30) + 7',
            '0.5', '-2.25', '1e16', '3.0', '1e-7', '-0.0', 'True', 'False']

    def small_int(self):
        return str(self.r.choice([-5, -3, -2, -1, 0, 1, 2, 3, 4, 7, 10, 100]))

    def opt_int(self):
        return self.r.choice(['None', self.small_int()])

    def str_lit(self):
        return repr(self.r.choice(self.STR_LITS))

    def rich_stmt(self):
        r = self.r
        c = r.randrange(20)
        if c >= 14:
            return self.more_stmt(c - 14)
        if c == 0:   # str methods with random arguments
            s = r.choice([self.str_lit(), self.pick('str')])
            m = r.choice([
                'find(%s)' % self.str_lit(), 'rfind(%s, %s)' % (self.str_lit(), self.small_int()),
                'index(%s)' % self.str_lit(), 'count(%s, %s, %s)' % (self.str_lit(), self.opt_int(), self.opt_int()),
                'split(%s, %s)' % (r.choice(['None', "','", "' '", "'b'"]), self.small_int()),
                'rsplit(%s, %s)' % (r.choice(['None', "','", "'a'"]), self.small_int()),
                'partition(%s)' % self.str_lit(), 'rpartition(%s)' % self.str_lit(),
                'replace(%s, %s, %s)' % (self.str_lit(), self.str_lit(), self.small_int()),
                'strip(%s)' % r.choice(['', "'a '", "'xa'", 'None']), 'lstrip()', 'rstrip(%s)' % self.str_lit(),
                'startswith(%s, %s)' % (r.choice([self.str_lit(), "('a', 'H')"]), self.small_int()),
                'endswith(%s, %s, %s)' % (self.str_lit(), self.small_int(), self.opt_int()),
                'center(%s, %s)' % (self.small_int(), repr(r.choice(['*', ' ', '\u00e9']))),
                'ljust(%s)' % self.small_int(), 'rjust(%s, %r)' % (self.small_int(), '0'),
                'zfill(%s)' % self.small_int(), 'upper()', 'lower()', 'swapcase()', 'title()', 'capitalize()',
                'casefold()', 'isdigit()', 'isalpha()', 'isalnum()', 'isspace()', 'isupper()', 'islower()',
                'istitle()', 'isidentifier()', 'isdecimal()', 'isnumeric()', 'isprintable()',
                'splitlines(%s)' % r.choice(['', 'True']), 'expandtabs(%s)' % self.small_int(),
                'encode()', 'encode(%r, %r)' % (r.choice(['ascii', 'latin-1', 'utf-8']), r.choice(['strict', 'ignore', 'replace'])),
                'join([%s, %s])' % (self.str_lit(), self.str_lit()), '__contains__(%s)' % self.str_lit(),
                'removeprefix(%s)' % self.str_lit(), 'removesuffix(%s)' % self.str_lit()])
            return ['print(show(%s.%s))' % (s, m)]
        if c == 1:   # bytes methods
            b = r.choice(self.BYTES_LITS)
            m = r.choice([
                'find(%s)' % r.choice(["b'a'", "b','", '97', "b''"]), 'count(%s)' % r.choice(["b'a'", '0', "b''"]),
                'split(%s)' % r.choice(['', "b','", 'None']), 'strip()', 'upper()', 'hex()', 'decode(%r, %r)' % (
                    r.choice(['utf-8', 'latin-1', 'ascii']), r.choice(['strict', 'ignore', 'replace'])),
                'replace(%s, %s)' % (r.choice(["b'a'", "b','"]), r.choice(["b''", "b'zz'"])),
                'startswith(%s)' % r.choice(["b'a'", "b'H'"]), 'join([b"1", b"2"])', 'isdigit()', 'isalpha()',
                'index(%s)' % r.choice(["b'b'", '120']), 'partition(%s)' % r.choice(["b','", "b'l'"]),
                'center(%s)' % self.small_int(), 'zfill(%s)' % self.small_int(), 'rsplit(None, 1)',
                '__getitem__(%s)' % self.small_int(), '__getitem__(slice(%s, %s, %s))' % (self.opt_int(), self.opt_int(),
                                                                                         r.choice(['None', '1', '2', '-1', '-2']))])
            return ['print(show(%s.%s))' % (b, m)]
        if c == 2:   # mixed int/float/bool/bigint arithmetic and comparisons
            a, b = r.choice(self.NUMS), r.choice(self.NUMS)
            op = r.choice(['+', '-', '*', '/', '//', '%', '**', '<', '<=', '==', '!=', '>', '&', '|', '^', '<<', '>>'])
            if op == '**':
                b = r.choice(['0', '1', '2', '3', '-1', '0.5', '-2', '10'])
            if op in ('<<', '>>'):
                b = r.choice(['0', '1', '3', '64', '65', '200'])
            return ['print(show((%s) %s (%s)))' % (a, op, b)]
        if c == 3:   # numeric builtins
            a = r.choice(self.NUMS)
            return ['print(show(%s))' % r.choice([
                'divmod(%s, %s)' % (a, r.choice(self.NUMS)), 'pow(%s, %s, %s)' % (a, r.choice(['2', '3', '10**5']), r.choice(['7', '1000', '2**61 - 1'])),
                'round(%s)' % a, 'round(%s, %s)' % (a, r.choice(['0', '1', '2', '-1', '-3'])), 'abs(%s)' % a,
                'int(%s)' % a, 'float(%s)' % a, 'bool(%s)' % a, 'hex(%s)' % a, 'oct(%s)' % a, 'bin(%s)' % a,
                'int(%r, %s)' % (r.choice(['ff', '-101', '0x1f', ' 42 ', '1_000', 'z', '0o17']), r.choice(['0', '2', '8', '16', '36'])),
                '(%s).bit_length()' % a, '(%s).to_bytes(%s, %r, signed=True)' % (a, r.choice(['1', '2', '9']), r.choice(['big', 'little'])),
                'int.from_bytes(%s, %r)' % (r.choice(self.BYTES_LITS), r.choice(['big', 'little'])),
                'float(%r)' % r.choice(['1.5', ' -inf', 'nan', '1e400', '0x10', '1_0.5', '.5e-3']),
                '(%s).is_integer()' % r.choice(['1.0', '1.5', '-0.0', '1e300']), 'max(%s, %s)' % (a, r.choice(self.NUMS)),
                'sum([%s, %s], %s)' % (a, r.choice(self.NUMS), r.choice(['0', '0.5']))])]
        if c == 4:   # formatting
            v = r.choice(self.NUMS + [self.str_lit()])
            spec = r.choice(['', 'd', '5d', '<8', '>8', '^9', '+', ' ', ',', '_', 'x', '#x', 'X', '#o', 'b', '#b',
                             '08.3f', '.2e', '.3g', 'g', '%', '.1%', '10.4', '=+10', '*^12', 'n', 'c', 's', '.2s',
                             '>+12,.2f', 'e', 'E', 'G', '.0f', '#.0f', '.10g'])
            fmt = r.choice(['format(%s, %r)' % (v, spec), "'{:%s}'.format(%s)" % (spec, v),
                            "'%%%s' %% (%s,)" % (r.choice(['d', 'i', 's', 'r', 'x', 'o', 'e', 'f', 'g', '5.2f', '-6d', '+d', '#x', 'c', '%', '*d']), v),
                            ('f"{%s!r:>{%s}}"' % (v, r.choice(['3', '10']))) if '\\' not in v else 'repr(%s)' % v, "'{0}{1!s}{0!r}'.format(%s, %s)" % (v, r.choice(self.NUMS)),
                            "'{a[0]}{b}'.format(a=[%s], b=%s)" % (v, self.str_lit())])
            return ['print(show(%s))' % fmt]
        if c == 5:   # slicing with random bounds and steps, read and write
            seq = r.choice([self.pick('list'), self.pick('str'), self.str_lit(), 'list(range(%s))' % self.small_int(),
                            'tuple(range(10))', "b'abcdefgh'", 'range(-3, 20, 3)', "bytearray(b'abcdef')"])
            sl = '%s:%s:%s' % (self.opt_int(), self.opt_int(), r.choice(['', 'None', '1', '2', '3', '-1', '-2', '0']))
            lines = ['print(show(%s[%s]))' % (seq, sl)]
            if r.random() < 0.4:
                l = self.pick('list')
                lines = [r.choice(['%s[%s] = %s' % (l, sl, self.list_expr()), 'del %s[%s]' % (l, sl),
                                   '%s[%s:%s] = %s' % (l, self.opt_int(), self.opt_int(), self.list_expr())]),
                         'print(show(%s))' % l]
            return lines
        if c == 6:   # sets and frozensets
            a = '{%s}' % ', '.join(self.small_int() for _ in range(r.randrange(1, 5)))
            b = r.choice(['set(%s)' % self.list_expr(), 'frozenset(%s)' % self.str_lit(), '{%s}' % self.small_int(), 'set()'])
            e = r.choice(['%s | %s', '%s & %s', '%s - %s', '%s ^ %s', '%s <= %s', '%s < %s', '%s == %s',
                          '%s.isdisjoint(%s)', '%s.union(%s)', '%s.intersection(%s)', '%s.symmetric_difference(%s)'])
            return ['print(show(sorted(%s, key=repr) if isinstance(%s, (set, frozenset)) else %s))' % ((e % (a, b),) * 3),
                    'ss = %s' % a, 'ss.%s' % r.choice(['add(%s)' % self.small_int(), 'discard(%s)' % self.small_int(),
                                                      'remove(%s)' % self.small_int(), 'update(%s)' % b,
                                                      'difference_update(%s)' % b, 'clear()']),
                    'print(show(sorted(ss)))']
        if c == 7:   # dict operations
            d = self.pick('dict')
            return ['print(show(%s))' % r.choice([
                'sorted(%s.keys())' % d, 'list(%s.items())' % d, '%s.get(%s, %s)' % (d, self.str_lit(), self.small_int()),
                'dict.fromkeys(%s, %s)' % (self.str_lit(), self.small_int()), '{**%s, %s: 1}' % (d, self.str_lit()),
                '%s | {%s: 2}' % (d, self.str_lit()), 'list(reversed(%s))' % d, '%s == dict(%s)' % (d, d),
                'len({k: v for k, v in zip(%s, range(9))})' % self.str_lit(), 'sorted(%s.values())' % d,
                '%s.popitem() if %s else None' % (d, d), "%s.copy().pop('zz', 'none')" % d])]
        if c == 8:   # comprehensions, nested and with conditions
            v1, v2 = self.fresh('u'), self.fresh('v')
            return ['print(show(%s))' % r.choice([
                '[%s * %s for %s in range(%s) for %s in range(%s) if (%s + %s) %% 3]' % (v1, v2, v1, r.randrange(5), v2, r.randrange(5), v1, v2),
                '{%s: [%s for %s in range(%s)] for %s in range(%s)}' % (v1, v2, v2, v1, v1, r.randrange(5)),
                'sorted({%s %% 4 for %s in %s})' % (v1, v1, self.list_expr()),
                'sum(%s for %s in range(%s) if %s != 2)' % (v1, v1, r.randrange(8), v1),
                'list(%s for %s in %s if %s)' % (v1, v1, self.str_lit(), r.choice(['True', '%s.isalpha()' % v1])),
                '[[%s] * %s for %s in range(3)]' % (v1, v1, v1), 'any(%s > 3 for %s in %s)' % (v1, v1, self.list_expr()),
                'all([%s for %s in %s])' % (v1, v1, self.list_expr())])]
        if c == 9:   # exceptions: chaining, nesting, finally ordering, custom classes
            e1 = r.choice(['ValueError', 'KeyError', 'IndexError', 'LookupError', 'ArithmeticError'])
            e2 = r.choice(['TypeError', 'RuntimeError', 'ValueError'])
            return ['class MyErr(%s):' % e1, '    def __init__(self, *a):', '        super().__init__(*a)', '        self.extra = len(a)',
                    'def thrower(k):', '    try:', '        if k == 0:', '            raise MyErr(k, "x")',
                    '        if k == 1:', '            return [][k]', '        if k == 2:', '            return {}["k"]',
                    '        return 1 // (k - 3)', '    except %s as e:' % r.choice(['MyErr', 'LookupError', e1]),
                    '        print("inner", type(e).__name__, e.args)', '        raise %s("wrapped") from e' % e2,
                    '    finally:', '        print("finally", k)',
                    'for k in range(5):', '    try:', '        print("ret", thrower(k))',
                    '    except (%s, %s, ZeroDivisionError) as e:' % (e2, e1),
                    '        print("outer", type(e).__name__, type(e.__cause__).__name__, getattr(e, "extra", None))']
        if c == 10:  # generators: send, close, return values, yield from with results
            return ['def gen_a(n):', '    total = 0', '    for i in range(n):', '        got = yield i',
                    '        if got:', '            total += got', '    return total',
                    'def gen_b():', '    r = yield from gen_a(%d)' % r.randrange(5), '    yield ("r", r)',
                    'g = gen_b()', 'out = [next(g)]' if r.random() < 0.5 else 'out = []', 'try:',
                    '    while True:', '        out.append(g.send(%s))' % r.choice(['1', '5', 'None', '0']),
                    'except StopIteration as e:', '    out.append(("stop", e.value))', 'print(show(out))',
                    'g2 = gen_a(10)', 'print(next(g2), next(g2))', 'g2.close()', 'print(list(g2))']
        if c == 11:  # a class with dunder methods
            name = self.fresh('V')
            return ['class %s:' % name, '    def __init__(self, x):', '        self.x = x',
                    '    def __repr__(self):', "        return '%s(%%r)' %% (self.x,)" % name,
                    '    def __add__(self, o):', '        return %s(self.x + (o.x if isinstance(o, %s) else o))' % (name, name),
                    '    def __radd__(self, o):', '        return %s(o + self.x)' % name,
                    '    def __eq__(self, o):', '        return isinstance(o, %s) and self.x == o.x' % name,
                    '    def __lt__(self, o):', '        return self.x < o.x', '    def __hash__(self):', '        return hash(self.x)',
                    '    def __len__(self):', '        return abs(self.x) % 7',
                    '    def __getitem__(self, i):', '        if i >= len(self):', '            raise IndexError(i)', '        return self.x * i',
                    '    def __bool__(self):', '        return self.x != 0', '    def __contains__(self, v):', '        return v == self.x',
                    '    def __call__(self, *a, **k):', '        return (self.x, a, sorted(k.items()))',
                    'vs = [%s(%s) for _ in range(3)] + [%s(%s)]' % (name, self.small_int(), name, self.small_int()),
                    'print(show(sorted(vs)), len(set(vs)), sum(vs, %s(0)), 3 + vs[0], vs[0] == vs[1], list(vs[3]))' % name,
                    'print(bool(vs[0]), %s in vs[0], vs[1](1, k=2), {vs[0]: 1}[vs[0]], vs[2] < vs[3])' % self.small_int()]
        if c == 12:  # unpacking, star expressions, keyword arguments
            return [r.choice(['a, *b, c = %s' % r.choice(['range(5)', self.str_lit(), '[1, 2]', self.list_expr()]),
                              'a, (b, c) = 1, %s' % r.choice(['(2, 3)', "'xy'", '[4]'])]),
                    'print(show([a, b, c]))',
                    'def kw(p, /, q=2, *args, r, s=4, **kw):', '    return [p, q, args, r, s, sorted(kw.items())]',
                    'print(show(kw(%s)))' % r.choice(['1, r=3', '1, 2, 3, r=0, z=9', '*[1, 2], **{"r": 5}', 'p=1, r=2', '1, r=2, s=3, q=4'])]
        # string building, ord/chr and repr round trips
        return ['print(show(%s))' % r.choice([
            'repr(%s)' % self.str_lit(), 'ascii(%s)' % self.str_lit(), '[ord(ch) for ch in %s]' % self.str_lit(),
            "''.join(chr(x + 65) for x in range(%s))" % r.randrange(8), 'str(%s)' % r.choice(self.NUMS),
            'repr(%s)' % r.choice(self.NUMS), 'eval(repr(%s)) == %s' % ((r.choice(self.NUMS),) * 2),
            '%s * %s' % (self.str_lit(), self.small_int()), 'sorted(%s, reverse=True)' % self.str_lit(),
            '%s < %s' % (self.str_lit(), self.str_lit()), 'min(%s, default="")' % self.str_lit(),
            '%s.split()[::-1]' % self.str_lit(), 'list(map(len, %s.split(",")))' % self.str_lit()])]

    def more_stmt(self, c):
        r = self.r
        if c == 0:   # context managers: suppression, ordering, exceptions inside __exit__
            sup = r.choice(['True', 'False', 'exc_type is KeyError'])
            return ['class CM:', '    def __init__(self, n):', '        self.n = n',
                    '    def __enter__(self):', '        print("enter", self.n)', '        return self.n * 2',
                    '    def __exit__(self, exc_type, exc, tb):',
                    '        print("exit", self.n, exc_type.__name__ if exc_type else None)',
                    '        return %s' % sup,
                    'def use(k):', '    with CM(1) as a, CM(2) as b:', '        if k == 1:', '            raise KeyError(k)',
                    '        if k == 2:', '            return a + b', '        if k == 3:', '            1 / 0',
                    '    return "end"',
                    'for k in range(4):', '    try:', '        print("use", use(k))',
                    '    except Exception as e:', '        print("raised", type(e).__name__)']
        if c == 1:   # return/break/continue through finally
            return ['def fin(k):', '    for i in range(3):', '        try:', '            if i == k:',
                    '                return "ret%d" % i', '            if i == 1:', '                continue',
                    '        finally:', '            print("fin", i, k)', '            %s' % r.choice(['pass', 'if k == 2: break']),
                    '    return "loop done"', 'print(fin(0), fin(1), fin(2), fin(5))']
        if c == 2:   # properties, static/class methods, __getattr__, class attributes
            return ['class P:', '    count = 0', '    def __init__(self, v):', '        self._v = v', '        P.count += 1',
                    '    @property', '    def v(self):', '        return self._v * 2',
                    '    @v.setter', '    def v(self, x):', '        self._v = x - 1',
                    '    @staticmethod', '    def st(a, b=3):', '        return a * b',
                    '    @classmethod', '    def cm(cls, k):', '        return cls.__name__ + str(k)',
                    '    def __getattr__(self, name):', '        return name.upper()',
                    'class Q(P):', '    def __init__(self):', '        super().__init__(%s)' % self.small_int(),
                    'p = %s' % r.choice(['P(%s)' % self.small_int(), 'Q()']), 'p.v = %s' % self.small_int(),
                    'print(p.v, p._v, p.missing, P.st(%s), p.cm(%s), Q.cm(1), P.count, isinstance(p, P), issubclass(Q, P))' % (
                        self.small_int(), self.small_int()),
                    'print(hasattr(p, "zz"), getattr(p, "_v", None), type(p).__name__, [k for k in sorted(vars(p))])']
        if c == 3:   # chained comparisons, walrus, conditional chains, augmented assignment on kinds
            return ['xs = [%s]' % ', '.join(self.small_int() for _ in range(4)),
                    'print([y for x in xs if (y := x * 2) > 0], %s < %s <= %s != %s)' % tuple(self.small_int() for _ in range(4)),
                    'acc = %s' % r.choice(['0', "''", '[]', '()', '1.5', "b''", 'set()']),
                    'for x in xs:', '    try:',
                    '        acc %s= %s' % (r.choice(['+', '*', '-', '|', '&', '//', '%']), r.choice(['x', 'str(x)', '[x]', '(x,)', '{x}', 'float(x)'])),
                    '    except Exception as e:', '        acc = type(e).__name__',
                    'print(show(acc))']
        if c == 4:   # list methods with random arguments
            l = self.pick('list')
            return [r.choice(['print(%s.index(%s, %s, %s))' % (l, self.small_int(), self.small_int(), self.small_int()),
                              'print(%s.pop(%s))' % (l, self.small_int()), 'print(%s.count(%s))' % (l, self.small_int()),
                              '%s.sort(key=lambda v: (-v if isinstance(v, int) else 0), reverse=%s)' % (l, r.choice(['True', 'False'])),
                              '%s.remove(%s)' % (l, self.small_int()), '%s *= %s' % (l, r.choice(['0', '1', '2', '-1'])),
                              '%s += %s' % (l, r.choice(["'ab'", 'range(3)', '(9,)', '{7: 0}'])),
                              'print(%s.copy() == %s, %s[::-1] < %s)' % (l, l, l, l)]),
                    'print(show(%s))' % l]
        # str translation, bytes.fromhex, int/float conversions and their errors
        return ['print(show(%s))' % r.choice([
            "%s.translate(str.maketrans('abc', 'xyz', 'd'))" % self.str_lit(),
            "bytes.fromhex(%r)" % r.choice(['00ff', '0 1', 'ab cd', 'zz', '']),
            "int(%r)" % r.choice(['0b101', '  -17  ', '1e3', '٣', '10_0', '_1']),
            "float(%r)" % r.choice(['  1.5\n', '1e-400', '-nan', 'infinity', '1.7976931348623159e308', '0x1p3']),
            "(%s).hex()" % r.choice(['b"\\x01\\xfe"', 'bytearray(3)']),
            "divmod(%s, %s)" % (r.choice(['-7', '7', '-7.5', '2**70']), r.choice(['2', '-2', '0.5', '-3'])),
            "[round(x, 1) for x in (0.25, 0.35, 2.675, -0.05)]",
            "sorted(%s, key=str.lower)" % r.choice(["['b', 'A', 'a', 'B']", "'HelLo'"]),
            "list(enumerate(%s, %s))" % (self.str_lit(), self.small_int()),
            "'%%s|%%r|%%5.1f|%%-4d|%%x' %% (%s, %s, 2.25, -3, 255)" % (self.str_lit(), self.str_lit()),
            "b'%%s-%%d-%%c' %% (b'x', %s, 65)" % self.small_int()])]

    def program(self, n):
        out = [PRELUDE, 'i0 = 5', 'f0 = 1.5', "s0 = 'seed'", 'l0 = [3, 1, 2]', "d0 = {'a': 1}"]
        for _ in range(n):
            lines = self.stmt()
            out.append('try:')
            out += ['    ' + ln for ln in lines]
            out.append('except Exception as e:')
            out.append("    print('exc', type(e).__name__)")
        return '\n'.join(out) + '\n'


def run(cmd, path):
    try:
        p = subprocess.run(cmd + [path], capture_output=True, timeout=30)
        return p.returncode, p.stdout.decode(errors='replace')
    except subprocess.TimeoutExpired:
        return 'timeout', ''
    except OSError as e:   # (the target being relinked)
        return 'cannot run: %s' % e, ''


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--seed', type=int, default=0)
    ap.add_argument('--stmts', type=int, default=30)
    ap.add_argument('--run', type=int, default=0, help='number of programs to run differentially')
    ap.add_argument('--target', default='./micropython')
    ap.add_argument('--python', default='python3')
    ap.add_argument('--keep', default='tests/results/difftest')
    a = ap.parse_args()
    if not a.run:
        sys.stdout.write(Gen(random.Random(a.seed)).program(a.stmts))
        return 0
    os.makedirs(a.keep, exist_ok=True)
    bad = 0
    for k in range(a.run):
        seed = a.seed + k
        src = Gen(random.Random(seed)).program(a.stmts)
        path = os.path.join(a.keep, 'prog_%d.py' % seed)
        with open(path, 'w') as f:
            f.write(src)
        want = run([a.python], path)
        got = run([a.target], path)
        if want != got:
            bad += 1
            wl, gl = want[1].splitlines(), got[1].splitlines()
            first = next((i for i in range(max(len(wl), len(gl))) if i >= len(wl) or i >= len(gl) or wl[i] != gl[i]), 0)
            print('MISMATCH seed %d (%s): exit %s vs %s; line %d: python3 %r, target %r' % (
                seed, path, want[0], got[0], first + 1, wl[first][:200] if first < len(wl) else None,
                gl[first][:200] if first < len(gl) else None))
        else:
            os.remove(path)
    print('difftest: %d programs, %d mismatches' % (a.run, bad))
    return 1 if bad else 0


if __name__ == '__main__':
    sys.exit(main())
