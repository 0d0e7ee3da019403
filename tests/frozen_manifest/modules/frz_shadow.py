where = "frozen"
