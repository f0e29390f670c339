'abc`def' -like [WildcardPattern]::Escape('abc`def')
'a*b' -like [WildcardPattern]::Escape('a*b')
'axb' -like [WildcardPattern]::Escape('a*b')
