# recursion to depth 500 works
def depth(n):
    if n == 0:
        return 0
    return 1 + depth(n - 1)
print(depth(500))
def sum_list(l, i=0):
    return 0 if i == len(l) else l[i] + sum_list(l, i + 1)
print(sum_list(list(range(400))))
def mutual_a(n):
    return n if n <= 0 else mutual_b(n - 1)
def mutual_b(n):
    return mutual_a(n - 1)
print(mutual_a(450))
class Node:
    def __init__(self, nxt):
        self.nxt = nxt
    def length(self):
        return 1 + (self.nxt.length() if self.nxt else 0)
n = None
for i in range(300):
    n = Node(n)
print(n.length())
