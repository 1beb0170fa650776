# AttributeError: reading a class attribute that was never defined.
class Config:
    VERSION = "1.4"
    RETRIES = 3

print(Config.VERSION, Config.RETRIES)
Config.TIMEOUT = 30
print(Config.TIMEOUT)
print(Config.DEBUG)
