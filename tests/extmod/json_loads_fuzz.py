# json.loads on seeded random token soups: the same values or the same JSONDecodeError
# messages and positions as CPython
import json
import random

random.seed(2718)
tokens = ["{", "}", "[", "]", ",", ":", " ", "\n", '"a"', '"\\u00e9"', '"\\"', "\\", '"', "1",
          "-", "0", "2.5", "e", "E+", ".", "true", "fals", "null", "NaN", "-Infinity", "\u00e9",
          "\t", '"\\ud83d\\ude00"', '"x\\ny"', "01", "1e5", "[1,2]", '{"k":[]}', "\x01"]
for i in range(600):
    s = "".join(random.choice(tokens) for _ in range(random.randrange(1, 9)))
    try:
        r = json.loads(s)
        print(i, "ok", repr(r))
    except json.JSONDecodeError as e:
        print(i, e)
    s2 = "".join(random.choice(tokens[:6] + ["1", '"s"', "null", " "]) for _ in range(random.randrange(1, 12)))
    try:
        print(i, "ok", repr(json.loads(s2)))
    except json.JSONDecodeError as e:
        print(i, e)
