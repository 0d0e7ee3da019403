# error: syntax error in the manifest (line 3)

freeze(
