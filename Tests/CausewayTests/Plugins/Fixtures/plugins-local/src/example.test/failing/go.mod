module example.test/failing

go 1.22
