# Subclassing built-ins: dict with defaults & attribute access, list with validation, str/int/float wrappers

class AttrDict(dict):
    def __getattr__(self, name):
        try:
            return self[name]
        except KeyError:
            raise AttributeError(name) from None
    def __setattr__(self, name, value):
        self[name] = value
    def __repr__(self):
        return "AttrDict(" + super().__repr__() + ")"

class Counter(dict):
    def __missing__(self, key):
        return 0
    def add(self, iterable):
        for x in iterable:
            self[x] += 1
        return self
    def most_common(self, n=None):
        items = sorted(self.items(), key=lambda kv: (-kv[1], kv[0]))
        return items if n is None else items[:n]
    def __add__(self, other):
        out = Counter(self)
        for k, v in other.items():
            out[k] += v
        return out

class TypedList(list):
    def __init__(self, kind, items=()):
        self.kind = kind
        super().__init__()
        self.extend(items)
    def _check(self, x):
        if not isinstance(x, self.kind):
            raise TypeError("expected %s, got %s" % (self.kind.__name__, type(x).__name__))
        return x
    def append(self, x):
        super().append(self._check(x))
    def extend(self, xs):
        for x in xs:
            self.append(x)
    def __setitem__(self, i, x):
        super().__setitem__(i, self._check(x))
    def __add__(self, other):
        return TypedList(self.kind, list(self) + list(other))
    def __repr__(self):
        return "TypedList[%s](%s)" % (self.kind.__name__, super().__repr__())

class Celsius(float):
    def __new__(cls, v):
        if v < -273.15:
            raise ValueError("below absolute zero")
        return super().__new__(cls, v)
    @property
    def fahrenheit(self):
        return self * 9 / 5 + 32
    def __repr__(self):
        return "%.1f°C" % self

class Money(int):
    def __str__(self):
        return "$%d.%02d" % divmod(int(self), 100)
    def __add__(self, o):
        return Money(int(self) + int(o))
    __radd__ = __add__

class Tag(str):
    def __new__(cls, s):
        return super().__new__(cls, s.strip().lower().replace(' ', '-'))
    def __eq__(self, o):
        return str.__eq__(self, Tag(o)) if isinstance(o, str) else NotImplemented
    def __hash__(self):
        return str.__hash__(self)

cfg = AttrDict(host="localhost", port=8080)
cfg.debug = True
print(cfg, cfg.host, cfg["debug"], sorted(cfg), len(cfg), isinstance(cfg, dict))
try:
    cfg.missing
except AttributeError as e:
    print("AttributeError", e)
print(cfg.get("port"), "port" in cfg, {**cfg, "port": 1}["port"])

c = Counter().add("abracadabra")
print(c.most_common(3), c["z"], "z" in c, len(c))
c2 = c + Counter().add("banana")
print(c2.most_common(), type(c2).__name__)
words = Counter()
for w in "the cat and the hat and the bat".split():
    words[w] += 1
print(words.most_common(2), sorted(words.values()))

tl = TypedList(int, [1, 2, 3])
tl.append(4)
tl[0] = 10
print(tl, len(tl), sum(tl), tl[1:3], sorted(tl, reverse=True))
for bad in [lambda: tl.append("x"), lambda: tl.extend([5, 6.0]), lambda: tl.__setitem__(1, None)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)
print(tl, tl + [7], isinstance(tl + [7], TypedList))

temps = [Celsius(v) for v in (21.5, -40, 100)]
print(temps, [round(t.fahrenheit, 1) for t in temps], max(temps), sum(temps) / len(temps))
try:
    Celsius(-300)
except ValueError as e:
    print("ValueError", e)
prices = [Money(199), Money(250), Money(1)]
total = sum(prices)
print(total, type(total).__name__, str(Money(5)), Money(100) + 50, int(total), total > 400)
tags = {Tag("  Machine Learning "), Tag("python"), Tag("PYTHON")}
print(sorted(tags), Tag("Big Data") == "big data", Tag("X") in ["x"], Tag("A b").upper())
print(isinstance(Tag("a"), str), Tag("Hello World").split("-"), len(Tag(" ab ")))
