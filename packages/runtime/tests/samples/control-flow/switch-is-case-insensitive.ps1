switch ('ABC') { 'abc' { 'matched' } }
