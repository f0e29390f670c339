'abc`def' -like 'abc`def'
'abc`def' -like 'abc``def'
'abc`def' -like 'abc````def'
'abc``def' -like 'abc````def'
