def depth(n):
    if n == 0:
        return 0
    return 1 + depth(n - 1)
print(depth(500))
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(20))
def ack(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ack(m - 1, 1)
    return ack(m - 1, ack(m, n - 1))
print(ack(2, 3))
def mutual_even(n):
    return True if n == 0 else mutual_odd(n - 1)
def mutual_odd(n):
    return False if n == 0 else mutual_even(n - 1)
print(mutual_even(300), mutual_odd(301))
def inf(n):
    return inf(n + 1)
try:
    inf(0)
except RecursionError:
    print('RecursionError')
class Node:
    def __init__(self, nxt):
        self.nxt = nxt
    def length(self):
        return 1 + (self.nxt.length() if self.nxt else 0)
n = None
for i in range(300):
    n = Node(n)
print(n.length())
def gen_rec(n):
    if n:
        yield n
        yield from gen_rec(n - 1)
print(sum(gen_rec(100)))
