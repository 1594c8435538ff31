module github.com/causeway-examples/bodyrewrite

go 1.22
