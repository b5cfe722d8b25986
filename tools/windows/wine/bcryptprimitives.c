/* For the tests under Wine only; never packaged. Wine 8.0 (Debian 12) lacks
 * bcryptprimitives.dll, from which Rust's standard library takes random numbers (ProcessPrng);
 * Windows 10 and 11 have it. This stand-in answers ProcessPrng with advapi32's
 * SystemFunction036 (RtlGenRandom). Built by tools/windows/test.sh with mingw-w64. */
#include <windows.h>

BOOLEAN WINAPI SystemFunction036(PVOID buffer, ULONG length);

__declspec(dllexport) BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T length)
{
    while (length > 0) {
        ULONG n = length > 0x40000000 ? 0x40000000 : (ULONG)length;
        if (!SystemFunction036(data, n))
            return FALSE;
        data += n;
        length -= n;
    }
    return TRUE;
}
