# f-strings
x = 42
name = "world"
w = 8
print(f"hello {name}")
print(f"{x}{x}{x}")
print(f"{x!r} {name!r} {name!s} {name!a}")
print(f"{x:>{w}}|{x:<{w}}|{x:^{w}}")
print(f"{3.14159:.2f} {x:05d} {x:x} {x:#o} {255:#X}")
print(f"{{literal}} {{{x}}}")
print(f"{x=}")
print(f"{x = }")
print(f"{x=!s}")
print(f"{x=:>6}")
print(f"{'nested'}", f'{"quotes"}')
print(f"{[1, 2, 3][1]} { {'a': 1}['a']}")
print(f"{x if x > 10 else -x}")
print(f"{(lambda y: y * 2)(x)}")
print(f"{x, x + 1}")
print(f"{f'{x}'}")
print(f"a" "b" f"{x}" "c")
print(rf"\n{x}\t")
print(fr"{x}\d")
print(F"upper {x}")
print(f"""triple
{x}
{name}""")
print(f"{3.14159:{w}.{3}}")
print(f"{'a' 'b'}")
d = {'key': 'val'}
print(f"{d['key']}")
print(f"{x!r:>5}")
print(f"{'{'}{'}'}")
print(f"" "", f"{''}")
print(f"{3}{4:}")
print(f"{x:{'>'}{w}}")
