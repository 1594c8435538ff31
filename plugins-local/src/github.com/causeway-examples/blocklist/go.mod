module github.com/causeway-examples/blocklist

go 1.22
