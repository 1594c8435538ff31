module example.test/behave

go 1.22
