# Raising KeyError explicitly with a message: the message is shown via repr.
def require(cfg, key):
    if key not in cfg:
        raise KeyError(f"missing setting {key}")
    return cfg[key]

cfg = {"width": 80, "height": 24}
print(require(cfg, "width"), require(cfg, "height"))
print(require(cfg, "depth"))
