# error: a Python error in the manifest (line 2)
undefined_name
