$private:p = 'secret'
function f { "[$p]" }
f
"[$p]"
