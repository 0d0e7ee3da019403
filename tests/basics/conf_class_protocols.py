# class protocols: rich comparison and NotImplemented, reflected and in-place operators, hash,
# __new__/__init__, metaclasses, descriptors, properties, slots, MRO and super(), special
# methods of conversion, formatting, context managers, subclasses of built-in types
def u(code):
    g = {}
    try:
        exec(code, g)
    except Exception as e:
        print(code[:50].replace('\n', '|'), '!!', type(e).__name__, e)
for c in [
 "class A:\n  def __eq__(s, o): return NotImplemented\nprint(A() == A(), A() != A(), A() == 1)",
 "class A:\n  def __add__(s, o): return NotImplemented\nclass B:\n  def __radd__(s, o): return 'radd'\nprint(A() + B())",
 "class A:\n  def __add__(s, o): return NotImplemented\nA() + 1",
 "class A:\n  def __lt__(s, o): return NotImplemented\nA() < A()",
 "class A:\n  def __iadd__(s, o): return 5\na = A(); a += 1; print(a)",
 "class A:\n  def __init__(s): s.x = 1\n  def __eq__(s, o): return s.x == o.x\nprint(A() == A(), hash(A()) if A.__hash__ else 'unhashable')",
 "class A:\n  def __eq__(s, o): return True\n  __hash__ = object.__hash__\nprint(type(hash(A())).__name__)",
 "class A:\n  __hash__ = None\nhash(A())",
 "class A:\n  def __new__(cls, *a):\n    print('new', a)\n    return super().__new__(cls)\n  def __init__(s, *a): print('init', a)\nA(1, 2)",
 "class A:\n  def __new__(cls): return 5\n  def __init__(s): print('never')\nprint(A())",
 "class M(type):\n  def __call__(cls, *a): return ('called', a)\nclass A(metaclass=M): pass\nprint(A(1))",
 "class M(type):\n  def __new__(m, n, b, d):\n    d['z'] = 9\n    return super().__new__(m, n, b, d)\nclass A(metaclass=M): pass\nprint(A.z, type(A).__name__)",
 "class D:\n  def __get__(s, o, t): return ('get', o is None)\n  def __set__(s, o, v): print('set', v)\nclass A:\n  d = D()\na = A(); print(a.d, A.d); a.d = 3",
 "class A:\n  @property\n  def p(s): return s._p\n  @p.setter\n  def p(s, v): s._p = v * 2\n  @p.deleter\n  def p(s): print('deleted')\na = A(); a.p = 2; print(a.p); del a.p",
 "class A:\n  __slots__ = ('x',)\na = A(); a.x = 1; print(a.x); a.y = 2",
 "class A:\n  def f(s): return 'A'\nclass B(A):\n  def f(s): return 'B' + super().f()\nclass C(A):\n  def f(s): return 'C' + super().f()\nclass D(B, C):\n  def f(s): return 'D' + super().f()\nprint(D().f(), [k.__name__ for k in D.__mro__])",
 "class A:\n  @classmethod\n  def make(cls): return cls()\nclass B(A): pass\nprint(type(B.make()).__name__)",
 "class A:\n  x = 1\nclass B(A): pass\nB.x = 2\nprint(A.x, B.x)\ndel B.x\nprint(B.x)",
 "class A:\n  def __getattr__(s, n):\n    if n == 'y': return 5\n    raise AttributeError(n)\nprint(A().y, hasattr(A(), 'z'))",
 "class A:\n  def __bool__(s): return False\n  def __len__(s): return 5\nprint(bool(A()), len(A()))",
 "class A:\n  def __contains__(s, x): return x == 1\nprint(1 in A(), 2 in A())",
 "class A:\n  def __iter__(s): yield 1; yield 2\nprint(list(A()), 2 in A(), sorted(A()))",
 "class A:\n  def __index__(s): return 1\nprint([10, 20][A()], 'ab'[A()], hex(A()), range(5)[A()])",
 "class A:\n  def __int__(s): return 3\n  def __float__(s): return 1.5\nprint(int(A()), float(A()))",
 "class A:\n  def __round__(s, n=None): return ('round', n)\nprint(round(A()), round(A(), 2))",
 "class A:\n  def __abs__(s): return 'abs'\n  def __neg__(s): return 'neg'\n  def __invert__(s): return 'inv'\n  def __pos__(s): return 'pos'\nprint(abs(A()), -A(), ~A(), +A())",
 "class A:\n  def __format__(s, spec): return 'F' + spec\nprint(format(A(), 'x'), f'{A():>5}', '{:q}'.format(A()))",
 "class A:\n  def __repr__(s): return 'R'\nprint(str(A()), [A()], f'{A()!r}', '%s %r' % (A(), A()))",
 "class A:\n  def __call__(s): return 1\nprint(callable(A()), callable(A))",
 "class A:\n  def __enter__(s): print('enter'); return s\n  def __exit__(s, *a): print('exit', a[0].__name__ if a[0] else None); return True\nwith A():\n  1/0\nprint('after')",
 "class A:\n  def __del__(s): pass\nA()",
 "class A(Exception):\n  def __init__(s, x): super().__init__('msg', x); s.x = x\ntry:\n  raise A(5)\nexcept A as e: print(e.args, e.x, str(e), repr(e))",
 "class E(Exception):\n  def __str__(s): return 'custom'\ntry:\n  raise E()\nexcept E as e: print(e, repr(e))",
 "class A:\n  pass\na = A()\na.__dict__['q'] = 1\nprint(a.q, A.__name__, A.__dict__.get('__module__'))",
  "class A:\n  def __init_subclass__(cls): cls.tag = cls.__name__.lower()\nclass Bb(A): pass\nprint(Bb.tag)",
 "class A:\n  def __eq__(s, o): return 'eq'\nprint(A() == 1, 1 == A(), [A()] == [1])",
 "class A(int):\n  def __eq__(s, o): return 'eq'\n  __hash__ = int.__hash__\nprint(A(1) == 1, 1 == A(1))",
 "class A(list):\n  def __init__(s, *a): super().__init__(*a); s.extra = 1\nprint(A([1, 2]), A([1]).extra, len(A('ab')))",
 "class A(dict):\n  def __missing__(s, k): return k * 2\nprint(A()['ab'], A(a=1).get('b', 'd'))",
 "class A(str):\n  def __new__(cls, v): return super().__new__(cls, v.upper())\nprint(A('abc'), type(A('x')).__name__, A('q') == 'Q')",
 "class A(tuple):\n  def __new__(cls, a, b): return super().__new__(cls, (a, b))\nprint(A(1, 2), A(1, 2)[1], len(A(3, 4)))",
 "import sys\nclass A:\n  def __init__(s): s.v = 1\na = A()\nprint(getattr(a, 'v'), a.__class__ is A, isinstance(a, A), type(a) is A)",
]:
    u(c)
