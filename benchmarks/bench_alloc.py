# allocation-heavy: many small tuples, lists, dicts and objects
class Node:
    def __init__(self, v, nxt):
        self.v = v
        self.nxt = nxt
def run():
    acc = 0
    for rep in range(8):
        head = None
        for i in range(30000):
            head = Node((i, i + 1), head)
        n = head
        while n:
            acc += n.v[1] - n.v[0]
            n = n.nxt
    for i in range(300000):
        t = (i, i * 2, i * 3)
        l = [t[0], t[1]]
        acc += l[1] - t[0]
    for i in range(100000):
        d = {'a': i, 'b': [i]}
        acc += d['b'][0] & 1
    trees = [[j, [j + 1, [j + 2]]] for j in range(100000)]
    acc += sum(t[1][1][0] for t in trees) % 1000003
    return acc
print(run())
