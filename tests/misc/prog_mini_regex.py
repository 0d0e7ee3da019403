# Mini regular-expression engine: parser to NFA (Thompson), matcher, search/findall/sub

class RegexError(Exception):
    pass

class State:
    __slots__ = ('kind', 'arg', 'out', 'out2')
    def __init__(self, kind, arg=None, out=None, out2=None):
        self.kind, self.arg, self.out, self.out2 = kind, arg, out, out2

def parse(pattern):
    pos = [0]
    def peek():
        return pattern[pos[0]] if pos[0] < len(pattern) else None
    def take():
        c = pattern[pos[0]]
        pos[0] += 1
        return c
    def alt():
        node = seq()
        while peek() == '|':
            take()
            node = ('alt', node, seq())
        return node
    def seq():
        items = []
        while peek() is not None and peek() not in '|)':
            items.append(rep())
        return ('seq', items)
    def rep():
        a = atom()
        while peek() is not None and peek() in '*+?':
            a = (take(), a)
        return a
    def atom():
        c = take()
        if c == '(':
            node = alt()
            if peek() != ')':
                raise RegexError("missing ) at %d" % pos[0])
            take()
            return node
        if c == '[':
            neg = peek() == '^'
            if neg:
                take()
            chars = set()
            while peek() != ']':
                if peek() is None:
                    raise RegexError("unterminated class")
                a = take()
                if peek() == '-' and pattern[pos[0] + 1] != ']':
                    take()
                    b = take()
                    chars.update(chr(x) for x in range(ord(a), ord(b) + 1))
                else:
                    chars.add(a)
            take()
            return ('class', frozenset(chars), neg)
        if c == '.':
            return ('any',)
        if c == '\\':
            e = take()
            sets = {'d': '0123456789', 'w': 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_', 's': ' \t\n'}
            if e in sets:
                return ('class', frozenset(sets[e]), False)
            return ('char', e)
        if c in '*+?':
            raise RegexError("nothing to repeat at %d" % (pos[0] - 1))
        if c == ')':
            raise RegexError("unbalanced ) at %d" % (pos[0] - 1))
        return ('char', c)
    tree = alt()
    if pos[0] != len(pattern):
        raise RegexError("unbalanced ) at %d" % pos[0])
    return tree

def compile_nfa(node, nxt):
    k = node[0]
    if k == 'char':
        return State('char', node[1], nxt)
    if k == 'any':
        return State('any', None, nxt)
    if k == 'class':
        return State('class', (node[1], node[2]), nxt)
    if k == 'seq':
        for item in reversed(node[1]):
            nxt = compile_nfa(item, nxt)
        return nxt
    if k == 'alt':
        return State('split', None, compile_nfa(node[1], nxt), compile_nfa(node[2], nxt))
    if k == '?':
        return State('split', None, compile_nfa(node[1], nxt), nxt)
    if k == '*':
        s = State('split', None, None, nxt)
        s.out = compile_nfa(node[1], s)
        return s
    if k == '+':
        s = State('split', None, None, nxt)
        first = compile_nfa(node[1], s)
        s.out = first
        return first
    raise RegexError("bad node %r" % (k,))

class Regex:
    def __init__(self, pattern):
        self.pattern = pattern
        self.start = compile_nfa(parse(pattern), State('match'))
    def _closure(self, states):
        stack = list(states)
        seen = set()
        out = []
        while stack:
            s = stack.pop()
            if id(s) in seen:
                continue
            seen.add(id(s))
            if s.kind == 'split':
                stack.append(s.out2)
                stack.append(s.out)
            else:
                out.append(s)
        return out
    def match_at(self, text, i):
        # longest match starting at i; returns end index or -1
        cur = self._closure([self.start])
        best = -1
        j = i
        while True:
            if any(s.kind == 'match' for s in cur):
                best = j
            if j >= len(text) or not cur:
                break
            c = text[j]
            nxt = []
            for s in cur:
                if s.kind == 'char' and s.arg == c or s.kind == 'any' and c != '\n':
                    nxt.append(s.out)
                elif s.kind == 'class' and ((c in s.arg[0]) != s.arg[1]):
                    nxt.append(s.out)
            cur = self._closure(nxt)
            j += 1
        return best
    def fullmatch(self, text):
        return self.match_at(text, 0) == len(text)
    def finditer(self, text):
        i = 0
        while i <= len(text):
            e = self.match_at(text, i)
            if e >= 0:
                yield i, e
                i = e if e > i else i + 1
            else:
                i += 1
    def findall(self, text):
        return [text[a:b] for a, b in self.finditer(text)]
    def sub(self, repl, text):
        out, last = [], 0
        for a, b in self.finditer(text):
            out.append(text[last:a])
            out.append(repl(text[a:b]) if callable(repl) else repl)
            last = b
        out.append(text[last:])
        return ''.join(out)

tests = [
    ("a(b|c)*d", ["ad", "abd", "abcbcd", "abxd", "a"]),
    ("[0-9]+(\\.[0-9]+)?", ["42", "3.14", "3.", ".5", "007"]),
    ("colou?r", ["color", "colour", "colouur"]),
    ("[^aeiou]+", ["rhythm", "crypt", "beat"]),
    ("(ab)+|x*", ["", "ab", "abab", "xxx", "abx"]),
    ("\\w+@\\w+\\.(com|org)", ["me@site.com", "a_b@x.org", "me@site.net"]),
]
for pat, cases in tests:
    r = Regex(pat)
    print(pat, [(c, r.fullmatch(c)) for c in cases])
text = "Order 66 shipped 2024-03-15 for $12.50; backup on 2024-04-01 cost $7 or $7.25."
print(Regex("[0-9]+").findall(text))
print(Regex("\\$[0-9]+(\\.[0-9][0-9])?").findall(text))
print(Regex("[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]").findall(text))
print(Regex("[A-Z]\\w*").findall(text))
print(Regex("[0-9]+").sub(lambda m: "<%d>" % (int(m) * 2), "a1b22c333"))
print(Regex("\\s+").sub(" ", "too   many\t\tspaces \n here"))
print(Regex("x*").findall("axxb"))
for bad in ["a(b", "a)b", "*a", "[abc", "a|+"]:
    try:
        Regex(bad)
        print(bad, "compiled")
    except RegexError as e:
        print(bad, "RegexError:", e)
