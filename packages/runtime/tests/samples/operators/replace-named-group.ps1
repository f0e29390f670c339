"domain.example" -replace ".*\.(?<tld>\w+)$", "`${tld}"
