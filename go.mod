module github.com/stepwise-go/stepwise

go 1.26
