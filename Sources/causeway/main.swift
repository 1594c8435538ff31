import Causeway
print("causeway \(Causeway.version)")
