import GoInterpreter
print("gointerp \(GoInterpreterVersion.string)")
