# dicts preserve insertion order
d = {}
for k in ['zebra', 'apple', 'mango', 'kiwi', 3, 1, 2]:
    d[k] = len(str(k))
print(list(d), list(d.values()))
del d['apple']
d['apple'] = 0
print(list(d.keys()))
d['zebra'] = 'updated'
print(list(d.items())[0])
print(d.popitem(), d.popitem(), list(d))
d2 = dict.fromkeys('dcba')
print(list(d2))
d3 = {k: None for k in [5, 3, 9, 1]}
print(list(d3))
d3.update({0: 0, 5: 5})
print(list(d3.items()))
m = {}
for i in range(100):
    m[(i * 37) % 101] = i
print(list(m)[:10], list(m)[-3:])
for i in range(0, 100, 3):
    del m[(i * 37) % 101]
print(list(m)[:10])
