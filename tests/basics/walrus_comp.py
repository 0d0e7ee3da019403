# walrus inside comprehension binds in the containing scope
total = 0
sums = [total := total + x for x in range(5)]
print(sums, total)
def f():
    last = None
    [last := c for c in 'xyz']
    return last
print(f())
if any((hit := w).startswith('b') for w in ['apple', 'banana', 'cherry']):
    print('first b word:', hit)
