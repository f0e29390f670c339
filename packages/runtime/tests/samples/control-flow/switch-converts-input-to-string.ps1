$test = @{ Test = 'test'; Test2 = 'test2' }
switch -Exact ($test) {
    'System.Collections.Hashtable' { 'Hashtable string coercion' }
    'Test' { 'Hashtable value' }
}
