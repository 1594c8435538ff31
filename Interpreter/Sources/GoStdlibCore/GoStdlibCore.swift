// Go standard-library algorithms in pure Swift (see DESIGN.md).
public enum GoStdlibCore {}
