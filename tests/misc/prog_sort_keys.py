# Sorting with complex keys, stability, multi-pass sorts, custom comparators

students = [
    ("alice", "B", 88, 21), ("bob", "A", 95, 22), ("carol", "B", 88, 20),
    ("dave", "C", 70, 23), ("erin", "A", 95, 21), ("frank", "B", 79, 22),
    ("grace", "A", 91, 20), ("heidi", "C", 70, 21), ("ivan", "B", 88, 22),
]

print(sorted(students, key=lambda s: s[2], reverse=True))
print([s[0] for s in sorted(students, key=lambda s: (s[1], -s[2], s[0]))])
by_age = sorted(students, key=lambda s: s[3])
stable = sorted(by_age, key=lambda s: s[1])
print([(s[1], s[3], s[0]) for s in stable])
multi = sorted(students, key=lambda s: s[0])
multi.sort(key=lambda s: s[2], reverse=True)
print([s[0] for s in multi])
rev_stable = sorted(students, key=lambda s: s[2], reverse=True)
print([s[0] for s in rev_stable if s[2] == 88])

def cmp_to_key(cmp):
    class K:
        __slots__ = ('obj',)
        def __init__(self, obj):
            self.obj = obj
        def __lt__(self, other):
            return cmp(self.obj, other.obj) < 0
        def __gt__(self, other):
            return cmp(self.obj, other.obj) > 0
        def __eq__(self, other):
            return cmp(self.obj, other.obj) == 0
    return K

def largest_number_cmp(a, b):
    return (b + a > a + b) - (b + a < a + b)

nums = [3, 30, 34, 5, 9, 301, 0]
print(''.join(sorted(map(str, nums), key=cmp_to_key(largest_number_cmp))))

def natural_key(s):
    parts = []
    num = ''
    txt = ''
    for ch in s:
        if ch.isdigit():
            if txt:
                parts.append((1, txt.lower(), 0)); txt = ''
            num += ch
        else:
            if num:
                parts.append((0, '', int(num))); num = ''
            txt += ch
    if num:
        parts.append((0, '', int(num)))
    if txt:
        parts.append((1, txt.lower(), 0))
    return parts

files = ["file10.txt", "file2.txt", "File1.txt", "file1b.txt", "file20.txt", "a100", "a9", "b", "file2.TXT"]
print(sorted(files))
print(sorted(files, key=natural_key))
print(sorted(files, key=str.lower))
print(sorted(files, key=len))

words = "the Quick brown fox Jumps over the lazy Dog".split()
print(sorted(words), sorted(words, key=str.casefold if hasattr(str, 'casefold') else str.lower))
print(sorted(words, key=lambda w: (-len(w), w)))
print(max(words, key=len), min(words, key=len), max(words), min(words))
data = [(1, 'b'), (1, 'a'), (0, 'z'), (2, 'y'), (0, 'a')]
print(sorted(data), sorted(data, key=lambda t: t[1]), sorted(data, reverse=True))
print(sorted({'b': 2, 'a': 3, 'c': 1}.items(), key=lambda kv: kv[1]))
print(sorted("hello world"), sorted((3, 1, 2)), sorted(range(5), reverse=True))
mixed = [3.5, 2, -1, 7.25, 0, True, -3.5]
print(sorted(mixed), sorted(mixed, key=abs))
try:
    sorted([1, 'a', 2])
except TypeError:
    print("TypeError mixing int and str")
lst = [5, 2, 8, 1]
print(lst.sort(), lst)
lst.sort(key=lambda x: -x)
print(lst)
matrix = [[3, 1], [1, 2], [3, 0], [1, 1]]
matrix.sort()
print(matrix)

class Version:
    def __init__(self, s):
        self.s = s
        self.parts = tuple(int(p) for p in s.split('.'))
    def __lt__(self, o):
        return self.parts < o.parts
    def __repr__(self):
        return "v" + self.s
vs = [Version(s) for s in ["1.10.0", "1.2.10", "1.2.9", "0.9", "1.2", "10.0"]]
print(sorted(vs), max(vs), min(vs))

def merge_sort(a, key=lambda x: x):
    if len(a) <= 1:
        return a[:]
    mid = len(a) // 2
    l, r = merge_sort(a[:mid], key), merge_sort(a[mid:], key)
    out = []
    i = j = 0
    while i < len(l) and j < len(r):
        if key(r[j]) < key(l[i]):
            out.append(r[j]); j += 1
        else:
            out.append(l[i]); i += 1
    return out + l[i:] + r[j:]
print(merge_sort(students, key=lambda s: s[1]) == sorted(students, key=lambda s: s[1]))
ranked = sorted(students, key=lambda s: -s[2])
rank = 0
prev = None
for i, s in enumerate(ranked, 1):
    if s[2] != prev:
        rank = i
        prev = s[2]
    print("%d. %-6s %d" % (rank, s[0], s[2]))
