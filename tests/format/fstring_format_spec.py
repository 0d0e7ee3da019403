# f-strings with format specs, conversions and nested fields
x, y, name = 3.14159, 42, 'world'
w, p = 10, 3
print(f'{x:.2f} {y:05d} {name!r} {name:>8} {y:#x} {y:,} {x:{w}.{p}f}|')
print(f'{y * 2 = }', f'{name=}', f'{x=:.1f}', f'{"nested":^{w}}|')
print(f'{1e6:,.0f} {-0.5:+.1%} {2**40:_} {"é":*^5} {3+4j!s} {[1, 2]!r:>10}')
items = ['a', 'b']
print(f'{len(items)} items: {", ".join(items)}', f'{{braces}} {y}{{}}', f"{'q'!a}")
