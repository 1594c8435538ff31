@testable import GoInterpreter

/// A small `main` package built by hand, as the checker would build it:
///
///     type T struct { A int; b string }
///     func (T) M()
///     func (*T) P()
///     type Inner struct { Y int; X string }
///     type Outer struct { T; *Inner; X int }
///     type A struct { Name string }; type B struct { Name string }
///     type AB struct { A; B }
///     type Stringer interface { String() string }
///     type S string;  func (S) String() string
///     type W int;     func (W) String() int
///     type MyInt int; type IntSlice []int; type MyBool bool
struct TypesFixture {
    let table = TypeTable()
    let main = PackageRef(path: "main")
    let other = PackageRef(path: "example.com/other")
    let T: GoType, Inner: GoType, Outer: GoType, A: GoType, B: GoType, AB: GoType
    let Stringer: GoType, S: GoType, W: GoType, MyInt: GoType, IntSlice: GoType, MyBool: GoType
    let emptySignature: GoType, stringerSignature: GoType

    init() {
        T = table.newNamed("T", package: main)
        T.named!.setUnderlying(table.structure([
            StructField(name: "A", type: .int, package: main),
            StructField(name: "b", type: .string, package: main),
        ]))
        emptySignature = table.signature(parameters: [], results: [])
        T.named!.addMethod(name: "M", signature: emptySignature, pointerReceiver: false)
        T.named!.addMethod(name: "P", signature: emptySignature, pointerReceiver: true)

        Inner = table.newNamed("Inner", package: main)
        Inner.named!.setUnderlying(table.structure([
            StructField(name: "Y", type: .int, package: main),
            StructField(name: "X", type: .string, package: main),
        ]))
        Outer = table.newNamed("Outer", package: main)
        Outer.named!.setUnderlying(table.structure([
            StructField(name: "T", type: T, embedded: true, package: main),
            StructField(name: "Inner", type: table.pointer(to: Inner), embedded: true, package: main),
            StructField(name: "X", type: .int, package: main),
        ]))

        A = table.newNamed("A", package: main)
        A.named!.setUnderlying(table.structure([StructField(name: "Name", type: .string, package: main)]))
        B = table.newNamed("B", package: main)
        B.named!.setUnderlying(table.structure([StructField(name: "Name", type: .string, package: main)]))
        AB = table.newNamed("AB", package: main)
        AB.named!.setUnderlying(table.structure([
            StructField(name: "A", type: A, embedded: true, package: main),
            StructField(name: "B", type: B, embedded: true, package: main),
        ]))

        stringerSignature = table.signature(parameters: [], results: [.string])
        Stringer = table.newNamed("Stringer", package: main)
        Stringer.named!.setUnderlying(table.interface(methods: [Method(name: "String", package: main, signature: stringerSignature)]))
        S = table.newNamed("S", package: main)
        S.named!.setUnderlying(.string)
        S.named!.addMethod(name: "String", signature: stringerSignature, pointerReceiver: false)
        W = table.newNamed("W", package: main)
        W.named!.setUnderlying(.int)
        W.named!.addMethod(name: "String", signature: table.signature(parameters: [], results: [.int]), pointerReceiver: false)

        MyInt = table.newNamed("MyInt", package: main)
        MyInt.named!.setUnderlying(.int)
        IntSlice = table.newNamed("IntSlice", package: main)
        IntSlice.named!.setUnderlying(table.slice(of: .int))
        MyBool = table.newNamed("MyBool", package: main)
        MyBool.named!.setUnderlying(.bool)
    }

    var checker: TypeFormatter { .checker(relativeTo: main) }
}
