# error: frozen twice (line 3)
module("bad_syntax.py")
module("bad_syntax.py")
