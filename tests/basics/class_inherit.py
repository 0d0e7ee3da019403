# single inheritance and method overriding
class Animal:
    sound = '...'
    def __init__(self, name):
        self.name = name
    def speak(self):
        return '%s says %s' % (self.name, self.sound)
    def kind(self):
        return 'animal'
class Dog(Animal):
    sound = 'woof'
    def kind(self):
        return 'dog, an ' + Animal.kind(self)
class Puppy(Dog):
    def __init__(self, name, age):
        Dog.__init__(self, name)
        self.age = age
    def speak(self):
        return super().speak() + ' (age %d)' % self.age
for a in (Animal('generic'), Dog('rex'), Puppy('bit', 1)):
    print(a.speak(), '|', a.kind())
p = Puppy('p', 2)
print(isinstance(p, Animal), isinstance(p, Dog), issubclass(Puppy, Animal), issubclass(Animal, Dog))
print(type(p).__name__)
class Base:
    def template(self):
        return 'base:' + self.hook()
    def hook(self):
        return 'base hook'
class Derived(Base):
    def hook(self):
        return 'derived hook'
print(Base().template(), Derived().template())
