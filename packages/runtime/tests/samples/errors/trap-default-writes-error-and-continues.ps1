trap { 'trapped' }
throw 'oops'
'after'
