/// Go's `time` package. The calendar, layout and duration algorithms live in GoStdlibCore
/// (`GoTime`, `GoDuration`, `GoTimeLayout`); these files bind them to interpreter values.
extension NativeRegistry {
    func installTimePackage() {
        let types = TimeTypes(self)
        installTimeDuration(types)
        installTimeCalendar(types)
        installTimeLocation(types)
        installTimeConstructors(types)
        installTimeMethods(types)
        installTimeFormatting(types)
        installTimeTimers(types)
    }
}
