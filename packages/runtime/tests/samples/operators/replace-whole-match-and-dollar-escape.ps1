'abc' -replace 'b', '[$&]'
'abc' -replace 'b', '$$'
