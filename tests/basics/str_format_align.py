# table formatting with str.format and f-strings
rows = [('apple', 3, 1.5), ('banana', 12, 0.25), ('kiwi', 100, 12.0)]
print('{:<8}|{:>5}|{:>8}'.format('name', 'qty', 'price'))
print('-' * 23)
for name, qty, price in rows:
    print('{:<8}|{:>5d}|{:>8.2f}'.format(name, qty, price))
for name, qty, price in rows:
    print(f'{name:^8}|{qty:05}|{price:+8.3f}')
print('{0:>{1}}'.format('x', 4), '{:{fill}{align}{width}}'.format('y', fill='*', align='^', width=7))
print('total: {:,}'.format(sum(q for _, q, _ in rows) * 1000))
