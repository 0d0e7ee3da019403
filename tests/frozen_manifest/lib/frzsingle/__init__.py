name = "frzsingle"
