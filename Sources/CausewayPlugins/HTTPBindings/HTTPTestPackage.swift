import Foundation
import GoInterpreter

/// `net/http/httptest`: ResponseRecorder and NewRequest, which plugins use to capture what the
/// rest of the chain writes (a recorder passed to `next` is a wrapped writer: it gets the whole
/// response).
struct HTTPTestPackage {
    let types: HTTPTypes
    let values: RequestValues

    /// ResponseRecorder fields: Code, HeaderMap, Body, Flushed, then the hidden wroteHeader.
    enum Field: Int { case code, headerMap, body, flushed, wroteHeader }

    func makePackage(table: TypeTable) -> GoPackage {
        let package = GoPackage(path: "net/http/httptest", name: "httptest")
        let ref = PackageRef(path: "net/http/httptest", name: "httptest")
        let t = types
        func sig(_ parameters: [GoType], _ results: [GoType]) -> GoType {
            table.signature(parameters: parameters, results: results, isVariadic: false)
        }
        let recorder = table.newNamed("ResponseRecorder", package: ref)
        recorder.named!.setUnderlying(table.structure([
            StructField(name: "Code", type: .int, package: ref),
            StructField(name: "HeaderMap", type: t.header, package: ref),
            StructField(name: "Body", type: t.bufferPointer, package: ref),
            StructField(name: "Flushed", type: .bool, package: ref),
            StructField(name: "wroteHeader", type: .bool, package: ref),
        ]))
        package.type("ResponseRecorder", recorder)
        let recorderPointer = table.pointer(to: recorder)
        let bytes = table.slice(of: .byte)
        let bufferPointer = t.bufferPointer
        package.function("NewRecorder", sig([], [recorderPointer])) { _ in
            let buffer = GoValue.zero(of: bufferPointer.pointerElement!)
            return [.structure([.int(200), .map([]), buffer, .bool(false), .bool(false)])]
        }
        func field(_ r: GoValue, _ f: Field) -> GoValue { r.field(f.rawValue) ?? .nil }
        func header(_ r: GoValue) -> GoValue {
            var map = field(r, .headerMap)
            if map.isNil {
                map = .map([])
                r.setField(Field.headerMap.rawValue, map)
            }
            return map
        }
        func writeHeader(_ r: GoValue, _ code: Int) {
            guard !field(r, .wroteHeader).boolValue else { return }
            r.setField(Field.code.rawValue, .int(code))
            r.setField(Field.wroteHeader.rawValue, .bool(true))
        }
        func write(_ c: GoCallContext, _ r: GoValue, _ data: GoValue) throws {
            writeHeader(r, 200)
            let body = field(r, .body)
            if !body.isNil { _ = try c.callMethod(.interface(body, type: bufferPointer), "Write", [data]) }
        }
        package.method(recorder, "Header", pointerReceiver: true, sig([], [t.header])) { a in [header(a[0])] }
        package.method(recorder, "WriteHeader", pointerReceiver: true, sig([.int], [])) { a in writeHeader(a[0], a[1].intValue); return [] }
        package.methodWithContext(recorder, "Write", pointerReceiver: true, sig([bytes], [.int, .error])) { c in
            try write(c, c[0], c[1])
            return [.int(c[1].sliceCount), .nil]
        }
        package.methodWithContext(recorder, "WriteString", pointerReceiver: true, sig([.string], [.int, .error])) { c in
            try write(c, c[0], .byteSlice(c[1].bytesValue))
            return [.int(c[1].bytesValue.count), .nil]
        }
        package.method(recorder, "Flush", pointerReceiver: true, sig([], [])) { a in
            writeHeader(a[0], 200)
            a[0].setField(Field.flushed.rawValue, .bool(true))
            return []
        }
        package.methodWithContext(recorder, "Result", pointerReceiver: true, sig([], [t.responsePointer])) { c in
            let r = c[0]
            let code = field(r, .code).intValue
            let body = field(r, .body)
            let content = body.isNil ? [] : (try c.callMethod(.interface(body, type: bufferPointer), "Bytes", [])).first?.byteSliceContents ?? []
            var fields = [GoValue](repeating: .nil, count: HTTPTypes.ResponseField.allCases.count)
            typealias R = HTTPTypes.ResponseField
            fields[R.status.rawValue] = .string("\(code) \(HTTPPackage.statusText(code))")
            fields[R.statusCode.rawValue] = .int(code)
            fields[R.proto.rawValue] = .string("HTTP/1.1")
            fields[R.protoMajor.rawValue] = .int(1)
            fields[R.protoMinor.rawValue] = .int(1)
            fields[R.header.rawValue] = HeaderMap.copy(header(r))
            fields[R.body.rawValue] = .interface(.structure([.hostObject(RequestBodyState(content))]), type: t.bodyPointer)
            fields[R.contentLength.rawValue] = .int64(-1)
            fields[R.close.rawValue] = .bool(false)
            fields[R.uncompressed.rawValue] = .bool(false)
            return [.structure(fields)]
        }
        let values = self.values
        package.functionWithContext("NewRequest", sig([.string, .string, t.reader], [t.requestPointer])) { c in
            let target = c[1].stringValue
            guard let components = URLComponents(string: target.hasPrefix("/") ? "http://example.com" + target : target) else {
                throw GoHostPanic("invalid NewRequest arguments; parse \"\(target)\": invalid URL")
            }
            let method = c[0].stringValue
            let request = values.makeDetached(method: method.isEmpty ? "GET" : method, components: components, body: c[2], context: .nil)
            request.setField(HTTPTypes.Field.remoteAddr.rawValue, .string("192.0.2.1:1234"))
            request.setField(HTTPTypes.Field.requestURI.rawValue, .string(target))
            return [request]
        }
        return package
    }
}
