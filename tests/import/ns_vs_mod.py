kind = "module ns_vs_mod.py"
