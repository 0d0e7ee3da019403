import sys
print(isinstance(sys.path, list), all(isinstance(p, str) for p in sys.path), isinstance(sys.argv, list), len(sys.argv) >= 1)
before = "json" in sys.modules
print(isinstance(sys.modules, dict), sys.modules.get("sys") is sys, "builtins" in sys.modules or True)
sys.path.append("/nonexistent_dir_xyz")
print(sys.path[-1])
sys.path.pop()
try:
    import not_a_real_module_qq
except ImportError as e:
    print("ImportError", type(e).__name__ in ("ImportError", "ModuleNotFoundError"))
print("not_a_real_module_qq" in sys.modules)
print(sys.maxsize + 1 > sys.maxsize, -sys.maxsize - 1 < 0, type(sys.maxsize + 1).__name__)
