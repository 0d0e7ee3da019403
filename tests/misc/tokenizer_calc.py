# a tiny expression tokenizer and recursive-descent evaluator
def tokenize(s):
    toks = []
    i = 0
    while i < len(s):
        c = s[i]
        if c.isspace():
            i += 1
        elif c.isdigit():
            j = i
            while j < len(s) and (s[j].isdigit() or s[j] == '.'):
                j += 1
            toks.append(('num', float(s[i:j]) if '.' in s[i:j] else int(s[i:j])))
            i = j
        elif c in '+-*/()':
            toks.append(('op', c))
            i += 1
        else:
            raise SyntaxError('bad char %r' % c)
    return toks
class Parser:
    def __init__(self, toks):
        self.toks = toks
        self.pos = 0
    def peek(self):
        return self.toks[self.pos] if self.pos < len(self.toks) else (None, None)
    def take(self):
        t = self.peek()
        self.pos += 1
        return t
    def expr(self):
        v = self.term()
        while self.peek()[1] in ('+', '-'):
            op = self.take()[1]
            r = self.term()
            v = v + r if op == '+' else v - r
        return v
    def term(self):
        v = self.factor()
        while self.peek()[1] in ('*', '/'):
            op = self.take()[1]
            r = self.factor()
            v = v * r if op == '*' else v / r
        return v
    def factor(self):
        kind, val = self.take()
        if kind == 'num':
            return val
        if val == '-':
            return -self.factor()
        if val == '(':
            v = self.expr()
            self.take()
            return v
        raise SyntaxError('unexpected')
for src in ['1 + 2 * 3', '(1 + 2) * 3', '10 / 4', '-(2 + 3) * 2', '2 * (3 + (4 - 1)) / 3', '1.5 * 4']:
    print(src, '=', Parser(tokenize(src)).expr())
try:
    tokenize('1 $ 2')
except SyntaxError as e:
    print('SyntaxError', e.args[0])
