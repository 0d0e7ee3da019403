# Hand-written hash map: open addressing with linear probing, tombstones, resizing, views

class HashMap:
    _EMPTY = object()
    _DELETED = object()

    def __init__(self, cap=8):
        self._keys = [self._EMPTY] * cap
        self._vals = [None] * cap
        self._size = 0
        self._used = 0
        self.resizes = 0
        self.probes = 0

    def _hash(self, key):
        if isinstance(key, str):
            h = 2166136261
            for ch in key:
                h = ((h ^ ord(ch)) * 16777619) & 0xFFFFFFFF
            return h
        if isinstance(key, int):
            return (key * 2654435761) & 0xFFFFFFFF
        if isinstance(key, tuple):
            h = 0x345678
            for k in key:
                h = ((h * 1000003) ^ self._hash(k)) & 0xFFFFFFFF
            return h
        raise TypeError("unhashable key type: %s" % type(key).__name__)

    def _find(self, key):
        cap = len(self._keys)
        i = self._hash(key) % cap
        first_deleted = -1
        while True:
            self.probes += 1
            k = self._keys[i]
            if k is self._EMPTY:
                return (first_deleted if first_deleted >= 0 else i), False
            if k is self._DELETED:
                if first_deleted < 0:
                    first_deleted = i
            elif k == key:
                return i, True
            i = (i + 1) % cap

    def _resize(self, cap):
        old = [(k, v) for k, v in zip(self._keys, self._vals) if k is not self._EMPTY and k is not self._DELETED]
        self._keys = [self._EMPTY] * cap
        self._vals = [None] * cap
        self._size = self._used = 0
        self.resizes += 1
        for k, v in old:
            self[k] = v

    def __setitem__(self, key, val):
        i, found = self._find(key)
        if found:
            self._vals[i] = val
            return
        if self._keys[i] is self._EMPTY:
            self._used += 1
        self._keys[i] = key
        self._vals[i] = val
        self._size += 1
        if self._used * 3 >= len(self._keys) * 2:
            self._resize(len(self._keys) * 2)

    def __getitem__(self, key):
        i, found = self._find(key)
        if not found:
            raise KeyError(key)
        return self._vals[i]

    def __delitem__(self, key):
        i, found = self._find(key)
        if not found:
            raise KeyError(key)
        self._keys[i] = self._DELETED
        self._vals[i] = None
        self._size -= 1

    def get(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            return default

    def __contains__(self, key):
        return self._find(key)[1]

    def __len__(self):
        return self._size

    def __iter__(self):
        for k in self._keys:
            if k is not self._EMPTY and k is not self._DELETED:
                yield k

    def items(self):
        return [(k, self[k]) for k in self]

    def pop(self, key, *default):
        try:
            v = self[key]
        except KeyError:
            if default:
                return default[0]
            raise
        del self[key]
        return v

    def __repr__(self):
        return "HashMap({%s})" % ", ".join("%r: %r" % kv for kv in sorted(self.items(), key=repr))

h = HashMap()
words = "the quick brown fox jumps over the lazy dog and the quick cat naps".split()
for w in words:
    h[w] = h.get(w, 0) + 1
print(len(h), h.resizes, sorted(h.items()))
print(h["the"], "fox" in h, "wolf" in h, h.get("wolf", -1))
del h["the"]
del h["quick"]
print(len(h), "the" in h, sorted(h)[:5])
try:
    del h["the"]
except KeyError as e:
    print("KeyError", e)
h["the"] = 99
print(h["the"], len(h), h.pop("fox"), h.pop("fox", "gone"))
try:
    h.pop("fox")
except KeyError:
    print("KeyError on pop")
m = HashMap(4)
for i in range(200):
    m[i * 7] = i
for i in range(0, 200, 2):
    del m[i * 7]
print(len(m), m.resizes, m[7 * 199], sum(m[k] for k in m) == sum(range(1, 200, 2)))
t = HashMap()
t[(1, 2)] = 'a'
t[(1, 2, 3)] = 'b'
t[("x", 1)] = 'c'
t[(1, 2)] = 'A'
print(t, len(t))
try:
    t[[1]] = 2
except TypeError as e:
    print("TypeError:", e)
ref = {}
hm = HashMap()
x = 12345
for step in range(500):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x % 97
    if x % 3 == 0 and k in ref:
        del ref[k]
        del hm[k]
    else:
        ref[k] = step
        hm[k] = step
print(len(ref) == len(hm), sorted(ref.items()) == sorted(hm.items()), len(hm), hm.resizes)
print(hm.probes > 0, HashMap()._hash("abc"), HashMap()._hash(12345), HashMap()._hash((1, "a")))
