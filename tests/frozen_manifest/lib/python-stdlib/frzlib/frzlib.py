name = "frzlib"
