/*
** reset_diag.c -- tool/diag.c, plus the reset that running yieldc twice in
** one process needs (the libFuzzer target runs it once per input).
**
** diag.c keeps its state in file-scope statics that diag_init() does not
** clear: the error count (after one input with an error every later one
** would fail), the held diagnostics and the lines with errors (arena
** memory, freed with the arena at the end of each run, then written again
** by the next: use after free).  A diag_reset() in the tool would make this
** file unnecessary; until then it includes diag.c to reach its statics.
*/
#include "../../../tool/diag.c"

void yc_fuzz_reset_diag(void);

void yc_fuzz_reset_diag(void)
{
    source = NULL;
    nerrors = 0;
    holding = false;
    memset(&held, 0, sizeof held);
    error_lines = NULL;
    error_lines_cap = 0;
    newlines = NULL;
    nnewlines = 0;
    newlines_made = false;
    /* the original file's lines (expand.c's rounds): a new run's Source may
       be where the last one's was */
    root = NULL;
    root_newlines = NULL;
    root_nnewlines = 0;
    capturing = false;
    captured = (Buf){ 0 };
    captured_errors = 0;
}
