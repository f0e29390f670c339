trap { 'trapped'; break }
throw 'oops'
'after'
