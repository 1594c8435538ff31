// Go standard-library algorithms in pure Swift (see DESIGN.md).
//
// Go strings are byte sequences, so every algorithm here works on UTF-8 bytes (`[UInt8]` or
// `UnsafeBufferPointer<UInt8>`) with byte offsets as positions; `String` overloads are
// conveniences. Runes are `Int32` like Go's `rune`, and invalid UTF-8 decodes as U+FFFD, width 1.
//
// Entry points, by Go package:
//   unicode/utf8, unicode/utf16  GoUTF8, GoUTF16
//   strconv                      GoStrconv (+ GoNumError)
//   fmt                          GoPrintf (format walker), GoFormatter (verb state and primitive
//                                verbs), GoFormatValue (primitive arguments), GoFormatArguments
//   strings / bytes              GoStrings, GoReplacer
//   unicode                      GoUnicode
//   time                         GoTime, GoZone, GoTimeLayout, GoDuration, GoCivilDate
//   math/bits                    GoBits
//   encoding/base64, base32, hex GoBase64, GoBase32, GoHex
//   encoding/json (text level)   GoJSONParser (Go's syntax errors), GoJSONWriting
//   crypto/*, hash/*             GoSHA256, GoSHA512, GoSHA384, GoSHA1, GoMD5, GoHMAC, GoFNV*, GoCRC32
// Library panics are reported as `GoPanic` errors carrying Go's message.
public enum GoStdlibCore {}

/// Go's `rune` type.
public typealias GoRune = Int32
