# a linked list class with iteration and dunder methods
class Node:
    def __init__(self, val, nxt=None):
        self.val = val
        self.nxt = nxt
class LinkedList:
    def __init__(self, items=()):
        self.head = None
        self.size = 0
        for it in reversed(list(items)):
            self.push(it)
    def push(self, v):
        self.head = Node(v, self.head)
        self.size += 1
    def __iter__(self):
        n = self.head
        while n:
            yield n.val
            n = n.nxt
    def __len__(self):
        return self.size
    def __getitem__(self, i):
        for j, v in enumerate(self):
            if j == i:
                return v
        raise IndexError(i)
    def __contains__(self, v):
        return any(x == v for x in self)
    def reverse(self):
        prev = None
        n = self.head
        while n:
            n.nxt, prev, n = prev, n, n.nxt
        self.head = prev
    def __repr__(self):
        return 'LL(' + ' -> '.join(repr(v) for v in self) + ')'
ll = LinkedList([1, 2, 3, 4])
print(ll, len(ll), ll[2], 3 in ll, 9 in ll)
ll.reverse()
print(ll, list(ll), sum(ll))
ll.push('x')
print(ll)
try:
    ll[10]
except IndexError:
    print('IndexError')
