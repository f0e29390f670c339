'hello'.IndexOf('l')
'hello'.LastIndexOf('l')
'hello'.IndexOf('z')
