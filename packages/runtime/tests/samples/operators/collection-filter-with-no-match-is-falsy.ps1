if (@(1, 2) -eq 3) { 'yes' } else { 'no' }
