# helper for import_getattr_missing.py: a module-level __getattr__ (PEP 562)
def __getattr__(name):
    if name.startswith("dyn_"):
        return "made " + name
    raise AttributeError(name)
