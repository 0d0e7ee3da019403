print("ERROR: the namespace directory won")
