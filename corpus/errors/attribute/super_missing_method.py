# AttributeError: super() call to a method the base class does not define.
class Animal:
    def __init__(self, name):
        self.name = name
    def speak(self):
        return "..."

class Dog(Animal):
    def speak(self):
        return super().speak() + " woof"
    def describe(self):
        return self.name + ": " + super().describe()

d = Dog("rex")
print(d.speak())
print(d.describe())
