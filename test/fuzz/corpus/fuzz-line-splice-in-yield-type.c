generator(\
d)k(){yield;