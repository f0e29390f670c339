"ABC" -match 'abc'
"ABC" -cmatch 'abc'
"abc" -notmatch 'x'
