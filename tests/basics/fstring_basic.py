# f-strings
name = 'world'
n = 42
print(f'hello {name}', f"{n}", f'{n + 1}', f'{name.upper()}', F'{n * 2}')
print(f'{{braces}} {n}', f'{"inner quotes"}', f"{'single'}")
print(f'{n!r} {name!r} {name!s}')
print(f'{[1, 2][0]} {dict(a=1)["a"]} {len(name)}')
x = 3.14159
print(f'{x:.2f} {x:10.3f}| {n:05d} {n:x} {n:#b} {n:,}')
print(f'{name:>10}|{name:<10}|{name:^10}|')
width, prec = 10, 3
print(f'{x:{width}.{prec}f}|', f'{name:{width}}|', f'{n:{"<"}{width}}|')
print(f'{n}{n}', f'', f'{n}' f'{name}', 'a' f'{n}' 'b')
print(f'{n if n > 0 else -n}', f'{(lambda v: v * 2)(5)}')
print(f'{"nested {braces}"}', f'{n!r:>5}')
items = ['a', 'b']
print(f'{", ".join(items)}', f'{items}')
print(f'''triple {name}
second line {n}''')
print(rf'raw \n {name}', fr'{n}\t')
