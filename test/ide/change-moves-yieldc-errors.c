// REQUIRES: clangd
// yieldc's own errors (checked when the file is opened or saved) follow an
// edit to their lines' new places, once each, before the next save: two
// lines added above them move them two lines down.  They stayed at their
// old lines, and clangd's errors about the view ("Use of undeclared
// identifier 'yield'") came back beside them.
// RUN: %lsp_client %s 'change 6=>/* one */\n/* two */\n#include <yieldc.h>' \
// RUN:   -- %yc_clangd --log=error | FileCheck %s
#include <yieldc.h>

generator(int) int c(int n)
{
    yield sizeof(yield n);
    return 0;
}
// CHECK: diagnostic: 13:18 'yield' in the operand of 'sizeof', which is never evaluated
// CHECK: after change:
// CHECK-NEXT: diagnostics: 1
// CHECK-NEXT: diagnostic: 15:18 'yield' in the operand of 'sizeof', which is never evaluated
