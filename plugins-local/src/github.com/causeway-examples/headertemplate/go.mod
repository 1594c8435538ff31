module github.com/causeway-examples/headertemplate

go 1.22
