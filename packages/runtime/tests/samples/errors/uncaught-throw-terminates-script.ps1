'before'
throw 'stop here'
'after'
