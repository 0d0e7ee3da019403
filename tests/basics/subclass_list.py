# subclassing list
class Stack(list):
    def push(self, v):
        self.append(v)
    def peek(self):
        return self[-1]
s = Stack()
s.push(1); s.push(2); s.push(3)
print(s, len(s), s.peek(), s.pop(), s)
print(isinstance(s, list), type(s).__name__)
s2 = Stack([5, 4, 6])
s2.sort()
print(s2, s2[0], s2[1:], 4 in s2)
print(list(s2) + [7], sum(s2))
class Logged(list):
    def append(self, v):
        print('append', v)
        super().append(v)
l = Logged([1])
l.append(2)
print(l)
class WithInit(list):
    def __init__(self, n):
        super().__init__(range(n))
        self.n = n
w = WithInit(4)
print(w, w.n)
