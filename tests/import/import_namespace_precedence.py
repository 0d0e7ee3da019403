# A directory without __init__.py is a namespace package only when nothing else answers the
# name (PEP 420): a module beside it (ns_vs_mod.py next to ns_vs_mod/) and a built-in module
# (the json/ directory here) win; a lone directory imports as a package of its submodules.
import json
import ns_vs_mod
import ns_only.leaf

print(json.dumps([1]), json.__name__)
print(ns_vs_mod.kind)
print(ns_only.leaf.value, ns_only.__name__)
