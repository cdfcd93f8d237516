break count.c:21
break count.c:11
info line count__istep
run
print c
continue
bt
print *yc_f
next
next
next
delete
yc-next
print i
break count.c:13
continue
print total
break count.c:23
continue
print c
