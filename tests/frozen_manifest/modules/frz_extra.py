value = "extra"
