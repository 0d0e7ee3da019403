# object keys of length 0 and 1 (shared qstrs) in the decoder's key cache, repeated
import json

doc = '[' + ', '.join('{"": %d, "a": %d, "%s": 0}' % (i, i, chr(98 + i % 20)) for i in range(40)) + ']'
r = json.loads(doc)
print(len(r), r[0], r[-1], sorted(r[7].keys()))
print(json.loads('[{"": 1}, {"": 2}, {"a": 1}, {"a": 2}, {"ab": 3}, {"ab": 4}]'))
