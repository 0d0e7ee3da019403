x, y = 10, 3.14159
name = "W"
d = {"k": "v"}
print(f"{x}", f"{x!r}", f"{x:>5}", f"{y:.2f}", f"{x + 1}", f"{x * 2:04d}", f"{name!r:>6}", f"{d['k']}", f"{'lit'}")
print(f"{{x}}", f"{{{x}}}", f"{x=}", f"{y=:.1f}", f"{x = }", f"{name=!s}", f"{[1, 2][0]}", f"{(lambda a: a * 2)(4)}")
w, p = 8, 3
print(f"{y:{w}.{p}f}|", f"{name:*^{w}}", f"{x:#x}", f"{x:b}", f"{-x:+}", f"{x if x > 5 else 0}", f"{'a' 'b'}", f"{x!s:>{w}}|")
print(f"a" f"b{x}" "c", rf"\n{x}", fr"{x}\t", F"{x}", f"""{x}
{y:.1f}""")
print(f"{3.0:g} {1e-7:g} {2**64} {-0.0} {None} {True:d} {'é':>3} {b'x'}")
nested = [f"{i}-{j}" for i in range(2) for j in "ab"]
print(nested, f"{','.join(nested)}", f"{len(nested):03}")
