# subclassing str
class Shout(str):
    def shout(self):
        return self.upper() + '!'
s = Shout('hello')
print(s, s.shout(), len(s), s[1:3], s + ' there', isinstance(s, str))
print(s == 'hello', 'ell' in s, s.split('l'))
print(type(s.upper()).__name__)
class Tag(str):
    def __new__(cls, v):
        return super().__new__(cls, '<' + v + '>')
t = Tag('b')
print(t, len(t))
print({'hello': 1}[s])
