# Tokenizer + recursive-descent evaluator with error handling

class ParseError(Exception):
    def __init__(self, msg, pos):
        super().__init__(msg)
        self.pos = pos

class EvalError(Exception):
    pass

OPS = "+-*/%^(),="

def tokenize(src):
    toks = []
    i = 0
    n = len(src)
    while i < n:
        c = src[i]
        if c.isspace():
            i += 1
        elif c.isdigit() or c == '.':
            j = i
            while j < n and (src[j].isdigit() or src[j] == '.'):
                j += 1
            text = src[i:j]
            if text.count('.') > 1:
                raise ParseError("bad number %r" % text, i)
            toks.append(('num', float(text) if '.' in text else int(text), i))
            i = j
        elif c.isalpha() or c == '_':
            j = i
            while j < n and (src[j].isalnum() or src[j] == '_'):
                j += 1
            toks.append(('name', src[i:j], i))
            i = j
        elif c in OPS:
            toks.append(('op', c, i))
            i += 1
        else:
            raise ParseError("unexpected char %r" % c, i)
    toks.append(('eof', None, n))
    return toks

FUNCS = {
    'max': max, 'min': min, 'abs': abs,
    'sq': lambda x: x * x,
    'sum': lambda *a: sum(a),
}

class Parser:
    def __init__(self, src, env):
        self.toks = tokenize(src)
        self.i = 0
        self.env = env

    def peek(self):
        return self.toks[self.i]

    def next(self):
        t = self.toks[self.i]
        self.i += 1
        return t

    def expect(self, kind, val=None):
        t = self.next()
        if t[0] != kind or (val is not None and t[1] != val):
            raise ParseError("expected %s got %r" % (val or kind, t[1]), t[2])
        return t

    def statement(self):
        t = self.peek()
        if t[0] == 'name' and self.toks[self.i + 1][1] == '=':
            self.next(); self.next()
            v = self.expr()
            self.env[t[1]] = v
            self.expect('eof')
            return v
        v = self.expr()
        self.expect('eof')
        return v

    def expr(self):
        v = self.term()
        while self.peek()[1] in ('+', '-'):
            op = self.next()[1]
            r = self.term()
            v = v + r if op == '+' else v - r
        return v

    def term(self):
        v = self.factor()
        while self.peek()[1] in ('*', '/', '%'):
            op = self.next()
            r = self.factor()
            if op[1] == '*':
                v = v * r
            elif r == 0:
                raise EvalError("division by zero at %d" % op[2])
            elif op[1] == '/':
                v = v / r
            else:
                v = v % r
        return v

    def factor(self):
        if self.peek()[1] == '-':
            self.next()
            return -self.factor()
        base = self.atom()
        if self.peek()[1] == '^':
            self.next()
            return base ** self.factor()
        return base

    def atom(self):
        t = self.next()
        if t[0] == 'num':
            return t[1]
        if t[0] == 'name':
            if self.peek()[1] == '(':
                self.next()
                args = []
                if self.peek()[1] != ')':
                    args.append(self.expr())
                    while self.peek()[1] == ',':
                        self.next()
                        args.append(self.expr())
                self.expect('op', ')')
                f = FUNCS.get(t[1])
                if f is None:
                    raise EvalError("unknown function " + t[1])
                return f(*args)
            try:
                return self.env[t[1]]
            except KeyError:
                raise EvalError("undefined name %s" % t[1]) from None
        if t[1] == '(':
            v = self.expr()
            self.expect('op', ')')
            return v
        raise ParseError("unexpected %r" % (t[1],), t[2])

env = {'pi': 3.25}
lines = [
    "1 + 2 * 3",
    "(1 + 2) * 3",
    "2 ^ 3 ^ 2",
    "-2 ^ 2",
    "x = 10",
    "y = x * 2 + 1",
    "y % 7",
    "max(x, y, 3) - min(4, 2)",
    "sq(3) + abs(-4)",
    "sum(1, 2, 3, 4, 5) / 2",
    "pi * 2",
    "7 / 0",
    "1 + ",
    "foo + 1",
    "bar(2)",
    "3 $ 4",
    "1.2.3 + 1",
    "(1 + 2",
    "10 - 3 - 2",
    "2 * (3 + 4) * 5 / 7",
    "x = x + 1",
    "x",
    "1000000 * 1000000 * 1000000",
]
for line in lines:
    try:
        res = Parser(line, env).statement()
        print("%-30s => %r" % (line, res))
    except ParseError as e:
        print("%-30s !! parse error at %d: %s" % (line, e.pos, e))
    except EvalError as e:
        print("%-30s !! eval error: %s" % (line, e))
print(sorted(env.items()))
toks = tokenize("a1 = (b_2+3.5)*c")
for kind, val, pos in toks:
    print(kind, repr(val), pos)
