switch (1, 2, 3) { 1 { [void]$switch.MoveNext(); $switch.Current } 3 { 'three' } }
