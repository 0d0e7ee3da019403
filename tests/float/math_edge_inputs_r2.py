import math
inf, nan = math.inf, math.nan
def t(name, *args):
    f = getattr(math, name)
    try:
        r = f(*args)
        if isinstance(r, float):
            r = round(r, 10) if math.isfinite(r) else r
        print(name, args, r)
    except (ValueError, OverflowError, TypeError, ZeroDivisionError) as e:
        print(name, args, type(e).__name__)
for x in [0.0, -0.0, 1, -1, 0.5, 2, 1e308, inf, -inf, nan, 10**400]:
    for n in ["sqrt", "exp", "log", "log2", "log10", "sin", "cos", "tan", "atan", "asin", "acos", "sinh", "cosh", "tanh", "asinh", "acosh", "atanh", "fabs", "floor", "ceil", "trunc", "expm1", "log1p", "erf", "erfc", "gamma", "lgamma", "degrees", "radians", "frexp", "modf"]:
        t(n, x)
t("log", 8, 2)
t("log", 100, 10)
t("log", 1, 1)
t("log", 2, 0)
t("log", 0)
t("log", -1)
t("log", 10**400)
t("pow", 0.0, -1)
t("pow", -8, 1 / 3)
t("pow", 2, 1024)
t("pow", inf, 0)
t("pow", nan, 0)
t("pow", 1, nan)
t("atan2", 0.0, -0.0)
t("atan2", -0.0, -1)
t("atan2", inf, inf)
t("hypot", 3, 4)
t("hypot", inf, nan)
t("fmod", 5, 0)
t("fmod", inf, 1)
t("fmod", -7, 3)
t("ldexp", 1, 1024)
t("ldexp", 1.5, -1075)
t("ldexp", 1, 10)
t("copysign", 2, nan)
t("floor", 10**30)
t("floor", 2.5)
t("ceil", -2.5)
t("exp", 710)
t("exp", -1000)
