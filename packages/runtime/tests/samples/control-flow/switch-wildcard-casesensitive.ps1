switch -Wildcard -CaseSensitive ('File.TXT') { '*.txt' { 'lower' } '*.TXT' { 'upper' } }
