switch -Regex -CaseSensitive ('ABC') { '^a' { 'lower' } '^A' { 'upper' } }
