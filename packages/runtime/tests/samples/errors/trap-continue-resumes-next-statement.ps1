trap { "trapped: $_"; continue }
'hello'
throw 'oops'
'after'
