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
            return ['try:', '    if %s:' % self.bool_expr(), '        raise %s(%s)' % (exc, self.int_expr()),
                    '    print(show(%s))' % self.any_expr(),
                    'except (%s, ArithmeticError) as e:' % exc, "    print('caught', type(e).__name__, show(e.args))",
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
                seed, path, want[0], got[0], first + 1, wl[first] if first < len(wl) else None,
                gl[first] if first < len(gl) else None))
        else:
            os.remove(path)
    print('difftest: %d programs, %d mismatches' % (a.run, bad))
    return 1 if bad else 0


if __name__ == '__main__':
    sys.exit(main())
