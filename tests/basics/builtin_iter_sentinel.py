# iter(callable, sentinel)
data = [3, 2, 1, 0, 5]
pos = [0]
def nxt():
    v = data[pos[0]]
    pos[0] += 1
    return v
print(list(iter(nxt, 0)))
print(pos[0])
counter = iter(range(100)).__next__
print(list(iter(counter, 7)))
class Reader:
    def __init__(self, s):
        self.s = s
    def read(self):
        c, self.s = self.s[:2], self.s[2:]
        return c
r = Reader('abcdefg')
print(list(iter(r.read, '')))
