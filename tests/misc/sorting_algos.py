# hand-written sorting algorithms agree with sorted()
def bubble(a):
    a = list(a)
    for i in range(len(a)):
        for j in range(len(a) - 1 - i):
            if a[j] > a[j + 1]:
                a[j], a[j + 1] = a[j + 1], a[j]
    return a
def merge_sort(a):
    if len(a) <= 1:
        return list(a)
    m = len(a) // 2
    l, r = merge_sort(a[:m]), merge_sort(a[m:])
    out = []
    i = j = 0
    while i < len(l) and j < len(r):
        if l[i] <= r[j]:
            out.append(l[i]); i += 1
        else:
            out.append(r[j]); j += 1
    return out + l[i:] + r[j:]
def quick(a):
    if len(a) <= 1:
        return list(a)
    p = a[0]
    return quick([x for x in a[1:] if x < p]) + [p] + quick([x for x in a[1:] if x >= p])
seed = 12345
data = []
for i in range(300):
    seed = (seed * 1103515245 + 12345) % 2 ** 31
    data.append(seed % 1000)
ref = sorted(data)
print(bubble(data) == ref, merge_sort(data) == ref, quick(data) == ref)
print(ref[:10], ref[-10:])
