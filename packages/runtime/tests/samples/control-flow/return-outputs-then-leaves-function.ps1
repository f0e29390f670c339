function f { 'x'; return 'y'; 'z' }
f
