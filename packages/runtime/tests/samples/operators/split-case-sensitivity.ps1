"aXbxc" -split "x"
"aXbxc" -csplit "x"
