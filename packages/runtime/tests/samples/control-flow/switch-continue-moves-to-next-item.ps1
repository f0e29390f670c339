switch (1, 2, 3) { { $_ -gt 1 } { "gt $_"; continue } 3 { 'three' } }
