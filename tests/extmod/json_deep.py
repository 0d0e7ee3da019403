# json: very deep nesting raises (RecursionError is a RuntimeError), never crashes
import json

for n in [100, 100000]:
    s = "[" * n + "]" * n
    try:
        v = json.loads(s)
        print(n, "loads ok")
    except RuntimeError:
        print(n, "loads RuntimeError")
    s = '{"a":' * n + "1" + "}" * n
    try:
        v = json.loads(s)
        print(n, "loads obj ok")
    except RuntimeError:
        print(n, "loads obj RuntimeError")

deep = []
for i in range(1000000):
    deep = [deep]
try:
    json.dumps(deep)
    print("dumps ok")
except RuntimeError:
    print("dumps RuntimeError")
try:
    json.dumps(deep, check_circular=False)
    print("dumps ok")
except RuntimeError:
    print("dumps RuntimeError")

# a cycle without the check also ends in an exception
a = []
a.append(a)
try:
    json.dumps(a, check_circular=False)
except RuntimeError:
    print("cycle RuntimeError")
# still works after the errors
print(json.dumps([[1]]), json.loads("[[2]]"))
