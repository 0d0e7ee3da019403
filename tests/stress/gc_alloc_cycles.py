import gc
class Node:
    def __init__(self, v):
        self.v = v
        self.next = None
for round in range(20):
    head = Node(0)
    cur = head
    for i in range(1, 2000):
        cur.next = Node(i)
        cur = cur.next
    cur.next = head
gc.collect()
total = 0
cur = head.next
while cur is not head:
    total += cur.v
    cur = cur.next
print(total)
data = []
for i in range(200):
    data.append([bytearray(100), {"k": [i] * 10}, "s" * i])
    if len(data) > 50:
        data.pop(0)
gc.collect()
print(len(data), sum(len(x[2]) for x in data))
