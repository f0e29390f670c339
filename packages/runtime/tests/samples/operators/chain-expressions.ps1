"hi" && "there"
"hi" || "there"
1 + 1 && "Hi"
