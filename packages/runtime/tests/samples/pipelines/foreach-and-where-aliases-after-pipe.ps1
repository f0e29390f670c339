1..2 | foreach { $_ + 10 }
1..3 | where { $_ -ne 2 }
