/* A stand-in for Windows' bcryptprimitives.dll, which Debian's Wine 8 lacks: Rust's
   standard library asks it for random bytes (ProcessPrng) when a program starts. This
   gives them from RtlGenRandom (advapi32's SystemFunction036), which Wine has. For the
   Windows test run under Wine only; never shipped. */
#include <windows.h>

BOOLEAN WINAPI SystemFunction036(PVOID buffer, ULONG length);

__declspec(dllexport) BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T length) {
    while (length > 0) {
        ULONG chunk = length > 0x10000000 ? 0x10000000 : (ULONG)length;
        if (!SystemFunction036(data, chunk)) {
            return FALSE;
        }
        data += chunk;
        length -= chunk;
    }
    return TRUE;
}
