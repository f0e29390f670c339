'before'
"unterminated
