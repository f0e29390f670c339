try { throw 'e' } finally { 'fin' }
'after'
