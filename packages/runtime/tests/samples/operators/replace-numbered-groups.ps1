"domain.example" -replace ".*\.(\w+)$", "Tld of '`$0' is - '`$1'"
