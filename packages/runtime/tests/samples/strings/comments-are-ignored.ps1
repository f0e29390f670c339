# a line comment
'a' # trailing comment
<# block
   comment #> 'b'
