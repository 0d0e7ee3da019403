# f-string self-documenting expressions
x = 10
name = 'v'
print(f'{x=}', f'{x + 1=}', f'{name=}', f'{x=:5}', f'{x = }')
