previous contents
line two
