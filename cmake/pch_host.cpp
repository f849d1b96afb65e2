// Nothing but a target that carries the precompiled headers the tests of one folder share
// (ait_add_test in cmake/AitHelpers.cmake).
int main()
{
    return 0;
}
