/* No generator: --explain=json gives an empty list. */
int plain(int x)
{
    return x + 1;
}
