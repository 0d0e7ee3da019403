x = 42
name = "World"
print(f"{x}", f"{x!r}", f"{name!r}", f"{x:>6}", f"{x:#x}", f"{x * 2 + 1}", f"{'lit'}")
print(f"{{}}", f"{{{x}}}", f"a{x}b{x}c", f"{x}{name}", f"")
w = 10
p = 3
print(f"{3.14159:{w}.{p}f}|", f"{name:^{w}}|", f"{x:{'>'}{w}}")
d = {"k": 1}
print(f"{d['k']}", f"{[1, 2][0]}", f"{(lambda y: y + 1)(1)}", f"{ {'a': 1}['a'] }")
print(f"{x if x > 0 else -x}", f"{'yes' if name else 'no'}", f"{','.join(['a', 'b'])}")
print(f"{name.upper()}", f"{len(name)}", f"{name[1:3]}", f"{x=}", f"{x = }", f"{x=:>5}")
print(F"{x}", rf"\n{x}", fr"{x}\t", f"{x!s:>4}")
print(f"""{x}
{name}""")
print(f"{3+4j}", f"{1.5e10}", f"{None}", f"{True:d}" if False else "1")
n = 5
print(f"{n:03d}", f"{n:b}", f"{-n:+}", f"{n/3:.2%}")
print(f'{"quoted"}', f"{'single'}")
