if ('') { 't' } else { 'f' }
if ('False') { 't' } else { 'f' }
if ('0') { 't' } else { 'f' }
