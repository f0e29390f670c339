try { 'body' }
'after'
