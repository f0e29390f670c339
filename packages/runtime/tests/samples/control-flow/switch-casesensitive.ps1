switch -CaseSensitive ('ABC') { 'abc' { 'lower' } 'ABC' { 'upper' } }
