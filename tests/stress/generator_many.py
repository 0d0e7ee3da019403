def counter(n):
    for i in range(n):
        yield i
gens = [counter(100) for _ in range(2000)]
total = 0
for g in gens:
    total += sum(g)
print(total)
def pipeline(n):
    g = range(n)
    for _ in range(50):
        g = (x + 1 for x in g)
    return sum(g)
print(pipeline(5000))
