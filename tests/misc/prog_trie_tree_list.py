# Container library: linked list, binary search tree, trie with iteration protocols

class Node:
    __slots__ = ('val', 'next')
    def __init__(self, val, nxt=None):
        self.val = val
        self.next = nxt

class LinkedList:
    def __init__(self, items=()):
        self.head = None
        self.size = 0
        for x in reversed(list(items)):
            self.push(x)
    def push(self, v):
        self.head = Node(v, self.head)
        self.size += 1
    def __iter__(self):
        n = self.head
        while n:
            yield n.val
            n = n.next
    def __len__(self):
        return self.size
    def __getitem__(self, i):
        if i < 0:
            i += self.size
        for j, v in enumerate(self):
            if j == i:
                return v
        raise IndexError("list index out of range")
    def __contains__(self, v):
        return any(x == v for x in self)
    def reverse(self):
        prev, cur = None, self.head
        while cur:
            cur.next, prev, cur = prev, cur, cur.next
        self.head = prev
    def remove(self, v):
        prev, cur = None, self.head
        while cur:
            if cur.val == v:
                if prev: prev.next = cur.next
                else: self.head = cur.next
                self.size -= 1
                return
            prev, cur = cur, cur.next
        raise ValueError("%r not in list" % (v,))
    def __repr__(self):
        return "LinkedList([" + ", ".join(map(repr, self)) + "])"

ll = LinkedList([3, 1, 4, 1, 5, 9, 2, 6])
print(ll, len(ll), ll[0], ll[-1], 9 in ll, 7 in ll)
ll.reverse(); print(ll)
ll.remove(1); ll.remove(6); print(ll, len(ll))
try:
    ll.remove(42)
except ValueError as e:
    print("ValueError", e)
try:
    ll[100]
except IndexError as e:
    print("IndexError", e)
print(sorted(ll), sum(ll), list(map(lambda x: x * 2, ll)), list(zip(ll, "abc")))

class BST:
    class _N:
        __slots__ = ('k', 'v', 'l', 'r')
        def __init__(self, k, v):
            self.k, self.v, self.l, self.r = k, v, None, None
    def __init__(self):
        self.root = None
        self.n = 0
    def __setitem__(self, k, v):
        if self.root is None:
            self.root = self._N(k, v); self.n += 1; return
        cur = self.root
        while True:
            if k == cur.k:
                cur.v = v; return
            side = 'l' if k < cur.k else 'r'
            nxt = getattr(cur, side)
            if nxt is None:
                setattr(cur, side, self._N(k, v)); self.n += 1; return
            cur = nxt
    def __getitem__(self, k):
        cur = self.root
        while cur:
            if k == cur.k:
                return cur.v
            cur = cur.l if k < cur.k else cur.r
        raise KeyError(k)
    def __iter__(self):
        stack, cur = [], self.root
        while stack or cur:
            while cur:
                stack.append(cur); cur = cur.l
            cur = stack.pop()
            yield cur.k
            cur = cur.r
    def items(self):
        return ((k, self[k]) for k in self)
    def height(self, node=0):
        if node == 0:
            node = self.root
        if node is None:
            return 0
        return 1 + max(self.height(node.l), self.height(node.r))
    def __len__(self):
        return self.n
    def range(self, lo, hi):
        return [k for k in self if lo <= k < hi]

t = BST()
for i, w in enumerate("the quick brown fox jumps over the lazy dog again".split()):
    t[w] = i
print(list(t), len(t), t.height())
print(list(t.items())[:4], t['the'], t.range('d', 'p'))
try:
    t['cat']
except KeyError as e:
    print("KeyError", e)

class Trie:
    def __init__(self):
        self.root = {}
        self.count = 0
    def insert(self, word):
        node = self.root
        for ch in word:
            node = node.setdefault(ch, {})
        if '$' not in node:
            self.count += 1
        node['$'] = node.get('$', 0) + 1
    def _walk(self, node, prefix):
        for ch in sorted(node):
            if ch == '$':
                yield prefix, node['$']
            else:
                yield from self._walk(node[ch], prefix + ch)
    def __iter__(self):
        return (w for w, _ in self._walk(self.root, ''))
    def starts_with(self, prefix):
        node = self.root
        for ch in prefix:
            if ch not in node:
                return []
            node = node[ch]
        return list(self._walk(node, prefix))
    def __contains__(self, word):
        node = self.root
        for ch in word:
            node = node.get(ch)
            if node is None:
                return False
        return '$' in node
    def longest_common_prefix(self):
        node, out = self.root, ''
        while len(node) == 1 and '$' not in node:
            ch = next(iter(node))
            out += ch
            node = node[ch]
        return out

tr = Trie()
for w in "car card care careful cart cat dog dot do card care".split():
    tr.insert(w)
print(list(tr), tr.count)
print(tr.starts_with('car'), tr.starts_with('do'), tr.starts_with('x'))
print('car' in tr, 'ca' in tr, 'dots' in tr)
t2 = Trie()
for w in ["interview", "internet", "internal", "interval"]:
    t2.insert(w)
print(t2.longest_common_prefix(), tr.longest_common_prefix() == '')
it = iter(tr)
print(next(it), next(it), list(it)[-1])
