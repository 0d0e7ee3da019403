def tokenize(src):
    toks = []
    i = 0
    while i < len(src):
        c = src[i]
        if c.isspace():
            i += 1
        elif c.isdigit():
            j = i
            while j < len(src) and (src[j].isdigit() or src[j] == "."):
                j += 1
            toks.append(("num", float(src[i:j]) if "." in src[i:j] else int(src[i:j])))
            i = j
        elif c.isalpha():
            j = i
            while j < len(src) and src[j].isalnum():
                j += 1
            toks.append(("id", src[i:j]))
            i = j
        else:
            toks.append(("op", c))
            i += 1
    return toks
class Parser:
    def __init__(self, toks, env):
        self.toks = toks
        self.pos = 0
        self.env = env
    def peek(self):
        return self.toks[self.pos] if self.pos < len(self.toks) else ("eof", None)
    def take(self):
        t = self.peek()
        self.pos += 1
        return t
    def expr(self):
        v = self.term()
        while self.peek() in (("op", "+"), ("op", "-")):
            op = self.take()[1]
            r = self.term()
            v = v + r if op == "+" else v - r
        return v
    def term(self):
        v = self.factor()
        while self.peek() in (("op", "*"), ("op", "/"), ("op", "%")):
            op = self.take()[1]
            r = self.factor()
            if op == "*":
                v *= r
            elif op == "/":
                v /= r
            else:
                v %= r
        return v
    def factor(self):
        kind, val = self.take()
        if kind == "num":
            return val
        if kind == "id":
            if val not in self.env:
                raise NameError("undefined: " + val)
            return self.env[val]
        if val == "-":
            return -self.factor()
        if val == "(":
            v = self.expr()
            if self.take() != ("op", ")"):
                raise SyntaxError("expected )")
            return v
        raise SyntaxError("unexpected %r" % (val,))
def run(lines):
    env = {}
    for line in lines:
        try:
            if "=" in line:
                name, rhs = line.split("=", 1)
                env[name.strip()] = Parser(tokenize(rhs), env).expr()
                print(name.strip(), "=", env[name.strip()])
            else:
                print(Parser(tokenize(line), env).expr())
        except (NameError, SyntaxError, ZeroDivisionError) as e:
            print("error:", type(e).__name__)
run(["x = 3", "y = x * (2 + 4)", "y - -x", "y / 4", "z + 1", "1 / 0", "(1 + 2", "10 % 4 * 2.5", "2 * (3 + 4) * 5"])
