# error: unknown variable (line 3)
x = 1
freeze("$(NOPE)/x")
