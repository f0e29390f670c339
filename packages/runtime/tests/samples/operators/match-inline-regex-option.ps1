'Hello World' -match '(?-i)hello'
'Hello World' -match '(?-i)Hello'
