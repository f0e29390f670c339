switch (9) { 1 { 'one' } }
'done'
