foreach ($f in 'a.csv', 'b.txt', 'c.log') {
    switch -Wildcard ($f) {
        '*.csv' { "csv:$f" }
        '*.txt' { "txt:$f" }
        default { "other:$f" }
    }
}
