// Configuration models and loaders (see DESIGN.md).
public enum CausewayConfigModule {}
