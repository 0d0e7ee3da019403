# error: require of an unknown library (line 2)
require("no_such_lib")
