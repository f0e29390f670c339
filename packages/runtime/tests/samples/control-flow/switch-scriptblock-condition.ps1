switch (7) { { $_ -is [int] } { 'int' } { $_ -gt 5 } { 'big' } }
