# complex(): parsing of odd strings, arithmetic corners (inf, nan, -0.0, powers), repr and
# format; cmath functions on branch cuts and signed zeros
import cmath, math
def t(s):
    try:
        print(s, '->', repr(eval(s)))
    except Exception as e:
        print(s, "!!", type(e).__name__, e)
for s in ["complex('1e3j')", "complex('-j')", "complex('+1.5-2.5J')", "complex(' 3 ')", "complex('3+')", "complex('(1+2j')", "complex('1+2j)')", "complex('inf+nanj')", "complex('1_0+2_0j')", "complex(1, '2')", "complex('1', 2)", "complex(1+2j, 3j)", "complex(float('inf'), 0) * 0", "(1e308+1e308j) * 10", "abs(complex(3e200, 4e200))", "(1+2j) ** 0.5", "(1+2j) ** (1+1j)", "2 ** (1+1j)", "(-1) ** 0.5", "(0j) ** 2", "1j ** 2", "(1+1j) // 1", "(1+1j) % 1", "hash(1j) == hash(complex(0, 1))", "repr(complex(1.5, -0.0))", "repr(-0j)", "repr(complex(-0.0, -0.0))", "str(1e-7j)", "format(1+2j, '.1e')", "format(1.5-2j, '^20')", "format(1j, 'g')", "format(complex(1, 1), '+.2f')", "cmath.sqrt(-1)", "cmath.exp(1j * cmath.pi)", "cmath.log(-1)", "cmath.log(1j, 2)", "cmath.phase(-1)", "cmath.phase(complex(-1, -0.0))", "cmath.polar(1j)", "cmath.rect(1, cmath.pi / 2)", "cmath.isclose(1j, 1.0000000001j)", "cmath.sin(1j)", "cmath.cos(1+1j)", "cmath.isnan(complex(float('nan'), 0))", "cmath.isinf(complex(0, float('inf')))", "cmath.log10(100)", "cmath.sqrt(complex(-4, -0.0))", "cmath.acos(2)", "cmath.atan(1j)", "cmath.e", "cmath.inf", "cmath.infj", "cmath.nanj"]:
    t(s)
