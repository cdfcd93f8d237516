void print_all(void);

int main(void)
{
    print_all();
    return 0;
}
