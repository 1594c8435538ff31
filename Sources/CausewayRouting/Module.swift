// Rule language and router table (see DESIGN.md).
public enum CausewayRoutingModule {}
