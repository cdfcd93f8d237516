break delegate.c:23
run
yc-step
delete
break delegate.c:24
continue
continue
print o
