# Single inheritance chains with super().__init__ and super().method() called in hot loops; overriding and isinstance.
class Animal:
    def __init__(self, name, legs):
        self.name = name
        self.legs = legs

    def speak(self):
        return "..."

    def info(self):
        return "%s(%d):%s" % (self.name, self.legs, self.speak())


class Dog(Animal):
    def __init__(self, name):
        super().__init__(name, 4)
        self.tricks = 0

    def speak(self):
        return "woof"

    def learn(self):
        self.tricks += 1
        return self.tricks


class Puppy(Dog):
    def speak(self):
        return super().speak() + "ish"

    def learn(self):
        return super().learn() * 2


class Bird(Animal):
    def __init__(self, name):
        super().__init__(name, 2)


zoo = [Animal("thing", 0), Dog("rex"), Puppy("bit"), Bird("tweet")]
print([a.info() for a in zoo])
tot = 0
for i in range(1500):
    a = zoo[i % 4]
    if isinstance(a, Dog):
        tot += a.learn()
    tot += a.legs
print(tot, zoo[1].tricks, zoo[2].tricks)
print([isinstance(a, Animal) for a in zoo], [isinstance(a, Dog) for a in zoo], isinstance(zoo[2], Puppy), isinstance(3, Animal))
print([type(a).__name__ for a in zoo], isinstance(True, int), isinstance(1, (str, float)), isinstance(1.0, (str, float)))


class Base:
    def __init__(self):
        self.log = ["base"]


class L1(Base):
    def __init__(self):
        super().__init__()
        self.log.append("l1")


class L2(L1):
    def __init__(self, k):
        super().__init__()
        self.log.append("l2:%d" % k)


objs = [L2(i) for i in range(300)]
print(objs[7].log, sum(len(o.log) for o in objs))
