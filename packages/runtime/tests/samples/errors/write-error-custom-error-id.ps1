function f { Write-Error -Message 'm' -ErrorId 'MyError' -Category InvalidData }
f
