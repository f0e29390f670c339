switch -Exact ('abc') { 'a*' { 'wild' } 'abc' { 'exact' } }
