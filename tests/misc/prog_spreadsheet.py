# Spreadsheet: cells with formulas, dependency tracking, recalculation, cycle detection

class CellError(Exception):
    pass

def col_index(label):
    n = 0
    for ch in label:
        n = n * 26 + (ord(ch) - 64)
    return n

def col_label(n):
    s = ''
    while n:
        n, r = divmod(n - 1, 26)
        s = chr(65 + r) + s
    return s

def split_ref(ref):
    i = 0
    while ref[i].isalpha():
        i += 1
    return ref[:i], int(ref[i:])

def expand_range(a, b):
    ca, ra = split_ref(a)
    cb, rb = split_ref(b)
    return [col_label(c) + str(r) for c in range(col_index(ca), col_index(cb) + 1) for r in range(ra, rb + 1)]

class Sheet:
    def __init__(self):
        self.raw = {}
        self.cache = {}
        self.evaluating = []
    def set(self, ref, value):
        self.raw[ref] = value
        self.cache.clear()
    def refs_in(self, formula):
        toks = formula.replace('(', ' ( ').replace(')', ' ) ').replace(',', ' , ').split()
        out = []
        for t in toks:
            if ':' in t:
                a, b = t.split(':')
                out.extend(expand_range(a, b))
            elif t[0].isalpha() and t[-1].isdigit():
                out.append(t)
        return out
    def get(self, ref):
        if ref in self.cache:
            return self.cache[ref]
        if ref in self.evaluating:
            raise CellError("cycle: " + " -> ".join(self.evaluating[self.evaluating.index(ref):] + [ref]))
        raw = self.raw.get(ref, 0)
        if isinstance(raw, str) and raw.startswith('='):
            self.evaluating.append(ref)
            try:
                val = self.evaluate(raw[1:])
            finally:
                self.evaluating.pop()
        else:
            val = raw
        self.cache[ref] = val
        return val
    def evaluate(self, expr):
        funcs = {
            'SUM': lambda *a: sum(a),
            'AVG': lambda *a: sum(a) / len(a),
            'MAX': max, 'MIN': min,
            'IF': lambda c, a, b: a if c else b,
        }
        toks = expr.replace('(', ' ( ').replace(')', ' ) ').replace(',', ' , ')
        for op in '+-*/<>':
            toks = toks.replace(op, ' %s ' % op)
        toks = toks.split()
        pos = [0]
        def peek():
            return toks[pos[0]] if pos[0] < len(toks) else None
        def take():
            pos[0] += 1
            return toks[pos[0] - 1]
        def comparison():
            v = expr_()
            while peek() in ('<', '>'):
                op = take()
                r = expr_()
                v = (v < r) if op == '<' else (v > r)
            return v
        def expr_():
            v = term()
            while peek() in ('+', '-'):
                op = take()
                r = term()
                v = v + r if op == '+' else v - r
            return v
        def term():
            v = atom()
            while peek() in ('*', '/'):
                op = take()
                r = atom()
                if op == '/' and r == 0:
                    raise CellError("#DIV/0")
                v = v * r if op == '*' else v / r
            return v
        def atom():
            t = take()
            if t == '(':
                v = comparison(); take(); return v
            if t == '-':
                return -atom()
            if t in funcs:
                take()
                args = []
                while peek() != ')':
                    if ':' in peek():
                        a, b = take().split(':')
                        args.extend(self.get(r) for r in expand_range(a, b))
                    else:
                        args.append(comparison())
                    if peek() == ',':
                        take()
                take()
                return funcs[t](*args)
            if t[0].isdigit():
                return float(t) if '.' in t else int(t)
            return self.get(t)
        return comparison()
    def show(self, cols, rows):
        print('    ' + ''.join('%10s' % c for c in cols))
        for r in rows:
            cells = []
            for c in cols:
                try:
                    v = self.get(c + str(r))
                    cells.append('%10s' % (('%.2f' % v) if isinstance(v, float) else v))
                except CellError as e:
                    cells.append('%10s' % ('#ERR'))
            print('%3d ' % r + ''.join(cells))

print([col_label(n) for n in (1, 26, 27, 52, 53, 702, 703)], col_index('AA'), col_index('ZZ'))
print(expand_range('A1', 'B3'))
s = Sheet()
data = {'A1': 10, 'A2': 20, 'A3': 30, 'B1': 1.5, 'B2': 2.5, 'B3': 3.5}
for k, v in data.items():
    s.set(k, v)
s.set('A4', '=SUM(A1:A3)')
s.set('B4', '=AVG(B1:B3)')
s.set('C1', '=A1*B1')
s.set('C2', '=A2*B2')
s.set('C3', '=A3*B3')
s.set('C4', '=SUM(C1:C3) - A4')
s.set('D1', '=IF(A4 > 50, MAX(A1:A3), MIN(A1:A3))')
s.set('D2', '=(A1 + A2) / (A3 - 30)')
s.set('D3', '=D4 + 1')
s.set('D4', '=D3 * 2')
s.show(['A', 'B', 'C', 'D'], range(1, 5))
print(s.refs_in('=SUM(A1:B2) + C3'))
for ref in ['A4', 'C4', 'D1', 'D2', 'D3']:
    try:
        print(ref, s.get(ref))
    except CellError as e:
        print(ref, "CellError:", e)
s.set('A1', 100)
print("after update:", s.get('A4'), s.get('C4'), s.get('D1'))
