switch -Regex ('abc123') { '(\d+)' { $Matches[1] } '^x' { 'no' } }
