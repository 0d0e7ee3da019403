# dict and set churn with int and string keys
def run1():
    d = {}
    for i in range(200000):
        d[i] = i * 2
    for i in range(0, 200000, 3):
        del d[i]
    acc = sum(d.values()) % 1000003
    s = {}
    for i in range(60000):
        k = 'k' + str(i % 5000)
        s[k] = s.get(k, 0) + i
    acc += len(s) + s['k42'] % 1000
    st = set()
    for i in range(200000):
        st.add(i * 7 % 65536)
    for i in range(0, 65536, 2):
        st.discard(i)
    acc += len(st)
    a = set(range(0, 100000, 2))
    b = set(range(0, 100000, 3))
    acc += len(a & b) + len(a | b) + len(a - b) + len(a ^ b)
    words = {}
    for i in range(50000):
        w = 'w%d' % (i * 31 % 997)
        if w in words:
            words[w] += 1
        else:
            words[w] = 1
    acc += max(words.values())
    return acc
print(sum(run1() for _ in range(3)))
