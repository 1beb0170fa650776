# set.remove of an element that was already removed raises KeyError.
open_ports = {22, 80, 443, 8080}
for port in [80, 8080, 22, 80]:
    open_ports.remove(port)
    print("closed", port, "left", sorted(open_ports))
