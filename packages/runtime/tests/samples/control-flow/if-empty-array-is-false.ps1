if (@()) { 't' } else { 'f' }
if (@(0)) { 't' } else { 'f' }
if (@(0, 0)) { 't' } else { 'f' }
