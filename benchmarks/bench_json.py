# json.dumps / json.loads round trips of a ~5 MB document (dicts, lists, str, int, float)
import json


def make_doc(n):
    out = []
    for i in range(n):
        out.append({
            "id": i,
            "name": "user%d" % i,
            "email": "user%d@example.com" % i,
            "active": i % 3 == 0,
            "score": i * 0.37 + 0.5,
            "ratio": 1 / (i + 1),
            "tags": ["a", "bb", "ccc", "tag%d" % (i % 10)],
            "nested": {"x": i, "y": -i, "z": None, "big": 10 ** 20 + i},
            "text": "caf\u00e9 \"quoted\" line\nbreak %d" % i,
        })
    return out


def run():
    doc = make_doc(20000)
    acc = 0
    for _ in range(2):
        s = json.dumps(doc)
        acc += len(s)
        back = json.loads(s)
        acc += len(back) + back[-1]["id"]
        s2 = json.dumps(back, indent=2, sort_keys=True)
        acc += len(s2)
        acc += len(json.loads(s2))
        s3 = json.dumps(back, ensure_ascii=False, separators=(",", ":"))
        acc += len(s3)
    return acc


print(run())
