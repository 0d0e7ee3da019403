# Tiny language: lexer (generator), parser to AST tuples, interpreter with scopes and functions

KEYWORDS = {'let', 'fn', 'if', 'else', 'while', 'return', 'print'}

def lex(src):
    i = 0
    while i < len(src):
        c = src[i]
        if c in ' \t\n':
            i += 1
        elif c == '#':
            while i < len(src) and src[i] != '\n':
                i += 1
        elif c.isdigit():
            j = i
            while j < len(src) and src[j].isdigit():
                j += 1
            yield ('NUM', int(src[i:j]))
            i = j
        elif c.isalpha():
            j = i
            while j < len(src) and (src[j].isalnum() or src[j] == '_'):
                j += 1
            w = src[i:j]
            yield ('KW' if w in KEYWORDS else 'ID', w)
            i = j
        elif src[i:i + 2] in ('==', '!=', '<=', '>='):
            yield ('OP', src[i:i + 2]); i += 2
        elif c in '+-*/%<>=(){},;':
            yield ('OP', c); i += 1
        elif c == '"':
            j = src.index('"', i + 1)
            yield ('STR', src[i + 1:j]); i = j + 1
        else:
            raise SyntaxError("bad char %r" % c)
    yield ('EOF', None)

class P:
    def __init__(self, src):
        self.t = list(lex(src)); self.i = 0
    def peek(self, v=None):
        t = self.t[self.i]
        return t if v is None or t[1] == v else None
    def take(self, v=None):
        t = self.t[self.i]
        if v is not None and t[1] != v:
            raise SyntaxError("expected %r got %r" % (v, t[1]))
        self.i += 1
        return t
    def program(self):
        out = []
        while self.peek()[0] != 'EOF':
            out.append(self.stmt())
        return out
    def block(self):
        self.take('{'); body = []
        while not self.peek('}'):
            body.append(self.stmt())
        self.take('}')
        return body
    def stmt(self):
        t = self.peek()
        if t[1] == 'let':
            self.take(); name = self.take()[1]; self.take('='); e = self.expr(); self.take(';')
            return ('let', name, e)
        if t[1] == 'fn':
            self.take(); name = self.take()[1]; self.take('(')
            params = []
            while not self.peek(')'):
                params.append(self.take()[1])
                if self.peek(','): self.take()
            self.take(')')
            return ('fn', name, params, self.block())
        if t[1] == 'if':
            self.take(); c = self.expr(); body = self.block(); other = []
            if self.peek('else'):
                self.take(); other = self.block()
            return ('if', c, body, other)
        if t[1] == 'while':
            self.take(); c = self.expr(); return ('while', c, self.block())
        if t[1] == 'return':
            self.take(); e = self.expr(); self.take(';'); return ('return', e)
        if t[1] == 'print':
            self.take(); args = [self.expr()]
            while self.peek(','):
                self.take(); args.append(self.expr())
            self.take(';'); return ('print', args)
        if t[0] == 'ID' and self.t[self.i + 1][1] == '=':
            name = self.take()[1]; self.take('='); e = self.expr(); self.take(';')
            return ('set', name, e)
        e = self.expr(); self.take(';'); return ('expr', e)
    PREC = [('==', '!=', '<', '>', '<=', '>='), ('+', '-'), ('*', '/', '%')]
    def expr(self, level=0):
        if level == len(self.PREC):
            return self.unary()
        left = self.expr(level + 1)
        while self.peek()[0] == 'OP' and self.peek()[1] in self.PREC[level]:
            op = self.take()[1]
            left = ('bin', op, left, self.expr(level + 1))
        return left
    def unary(self):
        if self.peek('-'):
            self.take(); return ('neg', self.unary())
        t = self.take()
        if t[0] in ('NUM', 'STR'):
            node = ('lit', t[1])
        elif t[0] == 'ID':
            node = ('var', t[1])
        elif t[1] == '(':
            node = self.expr(); self.take(')')
        else:
            raise SyntaxError("unexpected %r" % (t[1],))
        while self.peek('('):
            self.take(); args = []
            while not self.peek(')'):
                args.append(self.expr())
                if self.peek(','): self.take()
            self.take(')')
            node = ('call', node, args)
        return node

class Return(Exception):
    def __init__(self, v): self.v = v

OPS = {'+': lambda a, b: a + b, '-': lambda a, b: a - b, '*': lambda a, b: a * b,
       '/': lambda a, b: a // b, '%': lambda a, b: a % b, '==': lambda a, b: int(a == b),
       '!=': lambda a, b: int(a != b), '<': lambda a, b: int(a < b), '>': lambda a, b: int(a > b),
       '<=': lambda a, b: int(a <= b), '>=': lambda a, b: int(a >= b)}

def run(stmts, env, out):
    for s in stmts:
        k = s[0]
        if k == 'let': env[-1][s[1]] = ev(s[2], env, out)
        elif k == 'set':
            for scope in reversed(env):
                if s[1] in scope:
                    scope[s[1]] = ev(s[2], env, out); break
            else:
                raise NameError("assign to undeclared " + s[1])
        elif k == 'fn': env[-1][s[1]] = ('closure', s[2], s[3], env[:])
        elif k == 'if': run(s[2] if ev(s[1], env, out) else s[3], env + [{}], out)
        elif k == 'while':
            while ev(s[1], env, out):
                run(s[2], env + [{}], out)
        elif k == 'return': raise Return(ev(s[1], env, out))
        elif k == 'print': out.append(' '.join(str(ev(a, env, out)) for a in s[1]))
        else: ev(s[1], env, out)

def ev(e, env, out):
    k = e[0]
    if k == 'lit': return e[1]
    if k == 'var':
        for scope in reversed(env):
            if e[1] in scope:
                return scope[e[1]]
        raise NameError("undefined " + e[1])
    if k == 'neg': return -ev(e[1], env, out)
    if k == 'bin': return OPS[e[1]](ev(e[2], env, out), ev(e[3], env, out))
    if k == 'call':
        f = ev(e[1], env, out)
        args = [ev(a, env, out) for a in e[2]]
        _, params, body, cenv = f
        if len(params) != len(args):
            raise TypeError("arity mismatch")
        frame = dict(zip(params, args))
        frame['__self'] = f
        try:
            run(body, cenv + [frame], out)
        except Return as r:
            return r.v
        return 0

SRC = """
# recursion, closures, loops
fn fact(n) { if n <= 1 { return 1; } return n * fact(n - 1); }
fn make_adder(k) { fn add(x) { return x + k; } return add; }
let add5 = make_adder(5);
print "fact", fact(20), add5(10);
let i = 0; let total = 0;
while i < 10 { i = i + 1; if i % 2 == 0 { total = total + i * i; } else { total = total - 1; } }
print "total", total, i;
fn fib(n) { let a = 0; let b = 1; while n > 0 { let t = a + b; a = b; b = t; n = n - 1; } return a; }
print "fib", fib(10), fib(50), -fib(5) * (2 + 3) / 4;
print "cmp", 3 < 4, 4 <= 3, 2 == 2, "str" == "str";
"""
for fact_def in ['fn fact']:
    pass
fact_def = [t for t in lex("fn fact(n) { return n; }")]
fact_ast = P(SRC).program()
print(fact_def)
print(fact_ast[0][0], fact_ast[0][1], fact_ast[0][2], len(fact_ast))
env = [{}]
out = []
run(fact_ast, env, out)
print('\n'.join(out))
print(sorted(env[0]))
for bad in ["print x;", "let a = 1; b = 2;", "fn f(a) { return a; } print f(1, 2);", "let = 5;", "print 1 $ 2;", "print (1 + 2;"]:
    try:
        o = []
        run(P(bad).program(), [{}], o)
        print(o)
    except (SyntaxError, NameError, TypeError) as e:
        print(type(e).__name__, e)
