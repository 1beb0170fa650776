# RecursionError: a property reads itself instead of the private field.
class Temperature:
    def __init__(self, celsius):
        self._celsius = celsius

    @property
    def fahrenheit(self):
        return self._celsius * 9 / 5 + 32

    @property
    def celsius(self):
        return self.celsius

t = Temperature(100)
print(t.fahrenheit)
print(t._celsius)
print(t.celsius)
