switch -Wildcard ('report.csv') { '*.txt' { 'text' } '*.csv' { 'csv' } 'r*' { 'starts with r' } }
