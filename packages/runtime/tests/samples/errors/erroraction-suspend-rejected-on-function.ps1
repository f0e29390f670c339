function MyHelperFunction { [CmdletBinding()] param() "Hello" }
MyHelperFunction -ErrorAction Suspend
'after'
