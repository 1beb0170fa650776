# Walking a dotted path through nested config dicts.
config = {"db": {"primary": {"host": "db1", "port": 5432}, "pool": 8}, "debug": False}
def get_path(cfg, path):
    node = cfg
    for part in path.split("."):
        node = node[part]
    return node

for p in ["db.pool", "db.primary.host", "debug", "db.replica.host"]:
    print(p, "=", get_path(config, p))
